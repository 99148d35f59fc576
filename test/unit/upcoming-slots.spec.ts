import { upcoming } from '../../apps/gateway/src/availability/availability.service';
import type { AvailabilitySlot } from '@tablekeeper/domain';

const slot = (startsAt: string) => ({ startsAt }) as AvailabilitySlot;
const meta = { restaurantId: 'r', timezone: 'UTC' } as never;

describe('slots still ahead of now', () => {
  const day = { meta, slots: [slot('2026-11-23T12:00:00Z'), slot('2026-11-23T12:15:00Z')] };

  it('drops a slot from the second it starts, not a second later', () => {
    const at = (iso: string) => upcoming(day, Date.parse(iso)).slots.map((s) => s.startsAt);
    expect(at('2026-11-23T11:59:59.999Z')).toEqual(['2026-11-23T12:00:00Z', '2026-11-23T12:15:00Z']);
    expect(at('2026-11-23T12:00:00.000Z')).toEqual(['2026-11-23T12:15:00Z']);
    expect(at('2026-11-23T12:00:00.500Z')).toEqual(['2026-11-23T12:15:00Z']);
    expect(at('2026-11-23T12:15:00.000Z')).toEqual([]);
  });

  it('answers a day ahead with its cached slots, without copying them', () => {
    expect(upcoming(day, Date.parse('2026-11-22T20:00:00Z')).slots).toBe(day.slots);
  });

  it('judges every slot on its own, in whatever order they come', () => {
    const unordered = { meta, slots: [slot('2026-11-23T12:15:00Z'), slot('2026-11-23T12:00:00Z')] };
    expect(upcoming(unordered, Date.parse('2026-11-23T12:05:00Z')).slots.map((s) => s.startsAt)).toEqual([
      '2026-11-23T12:15:00Z',
    ]);
  });

  it("offers nothing sooner than the restaurant's notice nor beyond its booking window", () => {
    const ruled = {
      meta: { timezone: 'UTC', minNoticeMinutes: 30, bookingWindowDays: 1 } as never,
      slots: [
        slot('2026-11-23T12:00:00Z'),
        slot('2026-11-23T12:30:00Z'),
        slot('2026-11-24T11:45:00Z'),
        slot('2026-11-24T12:00:00Z'),
      ],
    };
    expect(upcoming(ruled, Date.parse('2026-11-23T12:00:00Z')).slots.map((s) => s.startsAt)).toEqual([
      '2026-11-23T12:30:00Z',
      '2026-11-24T11:45:00Z',
    ]);
  });
});
