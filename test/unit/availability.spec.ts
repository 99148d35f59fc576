import fc from 'fast-check';
import {
  computeAvailability,
  instantOf,
  nearestAlternatives,
  type DayState,
  type ZonedTable,
} from '@tablekeeper/domain/availability';
import { freeTables, overlaps, planAssignments } from '@tablekeeper/domain/table-assignment';

const table = (id: string, min: number, max: number, zone = 'Main'): ZonedTable => ({
  id,
  label: id,
  zoneId: zone,
  zoneName: zone,
  minCovers: min,
  maxCovers: max,
});

const everyDay = (opensAt: number, closesAt: number) =>
  [1, 2, 3, 4, 5, 6, 7].map((d) => ({ id: `p${d}`, name: 'Dinner', dayOfWeek: d, opensAt, closesAt }));

function state(overrides: Partial<DayState> = {}): DayState {
  return {
    timezone: 'Europe/London',
    policy: {
      durationSeconds: 5400,
      slotIntervalMinutes: 30,
      mustEndByClose: true,
      autoConfirmMaxPartySize: 8,
    },
    windows: everyDay(18 * 60, 22 * 60),
    pacingRules: [{ servicePeriodId: null, intervalMinutes: 30, maxCovers: 6, maxParties: 2 }],
    tables: [table('T1', 1, 2), table('T2', 2, 4, 'Terrace'), table('T3', 4, 6)],
    combinable: [['T2', 'T3']],
    taken: [],
    starting: [],
    ...overrides,
  };
}

const DATE = '2026-12-01'; // a Tuesday in winter: London is UTC+0
const at = (hhmm: string) => Date.parse(`${DATE}T${hhmm}:00Z`);

describe('computeAvailability', () => {
  it('lists every start time from opening to the last seating', () => {
    const slots = computeAvailability(state(), DATE, 2);
    // 18:00 .. 20:30: a 90-minute booking must end by 22:00.
    expect(slots.map((s) => s.time)).toEqual(['18:00', '18:30', '19:00', '19:30', '20:00', '20:30']);
    expect(slots.every((s) => s.available)).toBe(true);
    expect(slots[0]).toMatchObject({
      startsAt: '2026-12-01T18:00:00Z',
      remainingCovers: 6,
      zones: ['Main', 'Terrace'],
    });
  });

  it('allows later starts when the policy lets bookings run past closing', () => {
    const slots = computeAvailability(
      state({ policy: { ...state().policy, mustEndByClose: false } }),
      DATE,
      2,
    );
    expect(slots.at(-1)!.time).toBe('21:30');
  });

  it('answers an empty day when the restaurant is closed', () => {
    expect(
      computeAvailability(
        state({ windows: everyDay(18 * 60, 22 * 60).filter((w) => w.dayOfWeek !== 2) }),
        DATE,
        2,
      ),
    ).toEqual([]);
    expect(computeAvailability(state(), 'not-a-date', 2)).toEqual([]);
  });

  it('subtracts pacing: covers and parties starting in the interval', () => {
    const slots = computeAvailability(
      state({ starting: [{ slotStart: at('19:00'), partySize: 4 }] }),
      DATE,
      4,
    );
    const seven = slots.find((s) => s.time === '19:00')!;
    expect(seven).toMatchObject({ available: false, remainingCovers: 2 });
    expect(slots.find((s) => s.time === '19:30')!.available).toBe(true);
    const twoParties = computeAvailability(
      state({
        starting: [
          { slotStart: at('19:00'), partySize: 1 },
          { slotStart: at('19:00'), partySize: 1 },
        ],
      }),
      DATE,
      1,
    );
    expect(twoParties.find((s) => s.time === '19:00')).toMatchObject({
      available: false,
      remainingCovers: 0,
    });
  });

  it('subtracts tables taken by overlapping bookings and holds', () => {
    const taken = [{ tableId: 'T3', start: at('18:30'), end: at('20:00') }];
    const slots = computeAvailability(state({ taken }), DATE, 5);
    // T3 (4-6) is the only table for five; it is busy 18:30-20:00, so 17:00-start windows that overlap are out.
    expect(slots.filter((s) => s.available).map((s) => s.time)).toEqual(['20:00', '20:30']);
  });

  it('offers combined tables and says when the booking would go to manual review', () => {
    const slots = computeAvailability(
      state({ policy: { ...state().policy, autoConfirmMaxPartySize: 6 } }),
      DATE,
      9,
    );
    expect(slots[0]).toMatchObject({ available: false });
    const ten = computeAvailability(state({ pacingRules: [] }), DATE, 10);
    expect(ten[0]).toMatchObject({ available: true, zones: ['Main', 'Terrace'], manualReview: true });
    const huge = computeAvailability(state({ pacingRules: [] }), DATE, 30);
    // No table set could ever seat 30: the hold is taken on pacing alone and goes to review.
    expect(huge[0]).toMatchObject({ available: true, zones: [], manualReview: true });
  });

  it('counts slots from local midnight across a daylight-saving change', () => {
    const summer = computeAvailability(state(), '2026-07-01', 2);
    expect(summer[0]).toMatchObject({ time: '18:00', startsAt: '2026-07-01T17:00:00Z' });
  });
});

describe('computeAvailability on a daylight-saving change', () => {
  it('gives the same answer as the hold rules on the day the clocks go forward', () => {
    // 2026-03-29: London moves from UTC+0 to UTC+1 at 01:00.
    const slots = computeAvailability(state(), '2026-03-29', 2);
    expect(slots[0]).toMatchObject({ time: '18:00', startsAt: '2026-03-29T17:00:00Z' });
    expect(slots.at(-1)).toMatchObject({ time: '20:30', startsAt: '2026-03-29T19:30:00Z' });
    const paced = computeAvailability(
      state({ starting: [{ slotStart: Date.parse('2026-03-29T18:00:00Z'), partySize: 6 }] }),
      '2026-03-29',
      2,
    );
    expect(paced.find((s) => s.time === '19:00')!.available).toBe(false);
  });
});

describe('nearestAlternatives', () => {
  it('orders free times by distance, earlier first on a tie, leaving out the wanted one', () => {
    const slots = computeAvailability(
      state({ starting: [{ slotStart: at('19:00'), partySize: 6 }] }),
      DATE,
      2,
    );
    const alternatives = nearestAlternatives(slots, at('19:00'), 4).map((s) => s.time);
    expect(alternatives).toEqual(['18:30', '19:30', '18:00', '20:00']);
  });
});

describe('instantOf', () => {
  it('reads a local time in the restaurant timezone', () => {
    expect(instantOf('2026-07-01', '19:30', 'Europe/London')!.toISOString()).toBe('2026-07-01T18:30:00.000Z');
  });
});

describe('seating a stream of bookings (property)', () => {
  it('never assigns one table to two overlapping bookings, nor a party to too small a table set', () => {
    const tables = [table('A', 1, 2), table('B', 1, 2), table('C', 2, 4), table('D', 4, 6), table('E', 4, 8)];
    const combinable: [string, string][] = [
      ['A', 'B'],
      ['C', 'D'],
      ['D', 'E'],
    ];
    const request = fc.record({
      party: fc.integer({ min: 1, max: 14 }),
      start: fc.integer({ min: 0, max: 40 }),
      length: fc.integer({ min: 1, max: 8 }),
    });
    // Totals over every run: a property that seats nobody, or never seats two parties at once on
    // overlapping times, would pass without checking anything.
    let seated = 0;
    let overlappingPairs = 0;
    fc.assert(
      fc.property(fc.array(request, { minLength: 1, maxLength: 60 }), (requests) => {
        const taken: { tableId: string; start: number; end: number; party: number }[] = [];
        for (const [i, r] of requests.entries()) {
          const window = { start: r.start, end: r.start + r.length };
          const free = freeTables(tables, taken, window);
          const best = planAssignments({ partySize: r.party, tables: free, combinable }).plans[0];
          // The floor is empty for the first request: a party the room can seat must be seated.
          if (i === 0 && r.party <= 12) expect(best).toBeDefined();
          if (!best) continue;
          seated++;
          overlappingPairs += taken.filter((t) => overlaps(t, window)).length;
          const seats = best.tableIds.reduce(
            (sum, id) => sum + tables.find((t) => t.id === id)!.maxCovers,
            0,
          );
          expect(seats).toBeGreaterThanOrEqual(r.party);
          for (const id of best.tableIds) taken.push({ tableId: id, ...window, party: r.party });
        }
        for (let i = 0; i < taken.length; i++) {
          for (let j = i + 1; j < taken.length; j++) {
            if (taken[i].tableId === taken[j].tableId) expect(overlaps(taken[i], taken[j])).toBe(false);
          }
        }
      }),
      { numRuns: 300 },
    );
    expect(seated).toBeGreaterThan(300);
    expect(overlappingPairs).toBeGreaterThan(0);
  });
});
