import { findServiceWindow, pacingSlotStart } from '@tablekeeper/domain/service-hours';
import { fitsPacing, remainingCovers } from '@tablekeeper/domain/pacing';

const everyDay = [1, 2, 3, 4, 5, 6, 7].map((d) => ({
  id: `p${d}`,
  name: 'All day',
  dayOfWeek: d,
  opensAt: 720,
  closesAt: 1350,
}));
const at = (iso: string) => new Date(iso);
const plus = (date: Date, minutes: number) => new Date(date.getTime() + minutes * 60_000);

describe('service hours', () => {
  it('accepts a booking inside opening hours in the restaurant timezone', () => {
    // 19:00 London in winter is 19:00 UTC; in summer 18:00 UTC.
    // 1 December 2026 is a Tuesday (2), 1 July 2026 a Wednesday (3): the window of that local day.
    const winter = at('2026-12-01T19:00:00Z');
    expect(findServiceWindow(winter, plus(winter, 90), 'Europe/London', everyDay, true)).toEqual(everyDay[1]);
    const summer = at('2026-07-01T18:00:00Z');
    expect(findServiceWindow(summer, plus(summer, 90), 'Europe/London', everyDay, true)).toEqual(everyDay[2]);
    // Past local midnight in Auckland it is already the next day there, and that day's window.
    const auckland = at('2026-12-01T12:00:00Z'); // 01:00 on Wednesday 2 December, NZDT
    const lateNight = everyDay.map((w) => ({ ...w, opensAt: 0, closesAt: 180 }));
    expect(findServiceWindow(auckland, plus(auckland, 60), 'Pacific/Auckland', lateNight, true)).toEqual(
      lateNight[2],
    );
  });

  it('refuses before opening and a last seating that would end after closing', () => {
    const early = at('2026-12-01T11:45:00Z');
    expect(findServiceWindow(early, plus(early, 90), 'Europe/London', everyDay, true)).toBeUndefined();
    const late = at('2026-12-01T21:15:00Z');
    expect(findServiceWindow(late, plus(late, 90), 'Europe/London', everyDay, true)).toBeUndefined();
    expect(findServiceWindow(late, plus(late, 90), 'Europe/London', everyDay, false)).toEqual(everyDay[1]);
  });

  it('floors a start to its pacing slot in local time', () => {
    expect(pacingSlotStart(at('2026-12-01T19:07:30Z'), 'Europe/London', 15).toISOString()).toBe(
      '2026-12-01T19:00:00.000Z',
    );
    expect(pacingSlotStart(at('2026-07-01T18:29:00Z'), 'Europe/London', 30).toISOString()).toBe(
      '2026-07-01T18:00:00.000Z',
    );
    // India is UTC+5:30: slots are counted from local midnight, not from UTC.
    expect(pacingSlotStart(at('2026-12-01T13:40:00Z'), 'Asia/Kolkata', 60).toISOString()).toBe(
      '2026-12-01T13:30:00.000Z',
    );
  });
});

describe('pacing', () => {
  const rule = { intervalMinutes: 15, maxCovers: 10, maxParties: 3 };
  it('admits a party while covers and parties stay within the rule', () => {
    expect(fitsPacing({ covers: 6, parties: 2 }, 4, rule)).toBe(true);
    expect(fitsPacing({ covers: 7, parties: 2 }, 4, rule)).toBe(false);
    expect(fitsPacing({ covers: 2, parties: 3 }, 1, rule)).toBe(false);
    expect(fitsPacing({ covers: 100, parties: 100 }, 4, undefined)).toBe(true);
  });
  it('reports remaining covers, zero once the party limit is reached', () => {
    expect(remainingCovers({ covers: 6, parties: 2 }, rule)).toBe(4);
    expect(remainingCovers({ covers: 2, parties: 3 }, rule)).toBe(0);
  });
});
