import { decideHold, holdSlot, type HoldFloor, type HoldRequest, type SlotTaken } from '@tablekeeper/domain';

const floor: HoldFloor = {
  id: 'r1',
  timezone: 'UTC',
  minPartySize: 1,
  maxPartySize: 10,
  defaultDurationSeconds: 5400,
  holdTtlSeconds: 300,
  reminderLeadSeconds: [7200],
  noShowGraceSeconds: 900,
  manualReviewTimeoutSeconds: 3600,
  autoConfirmMaxPartySize: 6,
  slotIntervalMinutes: 15,
  mustEndByClose: false,
  bookingWindowDays: 90,
  offGridStartsAllowed: false,
  durationByPartySize: [],
  exceptions: [],
  // Tuesday 1 December 2026: lunch 12:00-15:00, dinner 18:00-23:00 (ISO weekday 2).
  servicePeriods: [
    { id: 'lunch', name: 'Lunch', dayOfWeek: 2, opensAt: 720, closesAt: 900 },
    { id: 'dinner', name: 'Dinner', dayOfWeek: 2, opensAt: 1080, closesAt: 1380 },
  ],
  capacityRules: [
    { servicePeriodId: null, intervalMinutes: 30, maxCovers: 20, maxParties: 5 },
    { servicePeriodId: 'dinner', intervalMinutes: 60, maxCovers: 8, maxParties: 2 },
  ],
  tables: [
    { id: 't1', label: 'A1', zoneId: 'z1', zoneName: 'Main', minCovers: 1, maxCovers: 2 },
    { id: 't2', label: 'T1', zoneId: 'z2', zoneName: 'Terrace', minCovers: 1, maxCovers: 2 },
    { id: 't3', label: 'B1', zoneId: 'z1', zoneName: 'Main', minCovers: 3, maxCovers: 6 },
  ],
  combinable: [],
};

const request = (overrides: Partial<HoldRequest> = {}): HoldRequest => ({
  partySize: 2,
  startsAt: '2026-12-01T19:15:00Z',
  mode: 'book',
  ...overrides,
});
const free: SlotTaken = { covers: 0, parties: 0, busy: new Set() };
const now = new Date('2026-12-01T10:00:00Z');

function slotOf(req: HoldRequest) {
  const where = holdSlot(floor, req, now);
  if (!where.ok) throw new Error(`refused: ${where.code}`);
  return where.slot;
}

describe('where a hold sits', () => {
  it('refuses an unknown restaurant, a party size out of range and a closed hour, in that order', () => {
    expect(holdSlot(null, request(), now)).toMatchObject({ ok: false, code: 'restaurant_not_found' });
    expect(holdSlot(floor, request({ partySize: 11, startsAt: '2026-12-01T03:00:00Z' }), now)).toEqual({
      ok: false,
      code: 'party_size_out_of_range',
      detail: 'partySize must be between 1 and 10',
    });
    expect(holdSlot(floor, request({ startsAt: '2026-12-01T16:00:00Z' }), now)).toMatchObject({
      ok: false,
      code: 'restaurant_closed',
    });
  });

  it("counts against the service period's own pacing rule, on its interval", () => {
    const slot = slotOf(request());
    expect(slot.rule).toMatchObject({ servicePeriodId: 'dinner', maxCovers: 8 });
    expect(slot.pacingSlotStart.toISOString()).toBe('2026-12-01T19:00:00.000Z');
    expect(slot.endsAt.toISOString()).toBe('2026-12-01T20:45:00.000Z');
  });

  it('falls back to the restaurant-wide rule for a period without one', () => {
    const slot = slotOf(request({ startsAt: '2026-12-01T12:45:00Z' }));
    expect(slot.rule).toMatchObject({ servicePeriodId: null, intervalMinutes: 30 });
    expect(slot.pacingSlotStart.toISOString()).toBe('2026-12-01T12:30:00.000Z');
  });
});

describe("the restaurant's rules of time and hours, re-checked in the hold", () => {
  const refusal = (f: typeof floor, startsAt: string, partySize = 2) =>
    holdSlot(f, request({ startsAt, partySize }), now);

  it('refuses a start beyond the booking window (a booking for 2099) and relaxes with the policy', () => {
    expect(refusal(floor, '2099-12-01T19:00:00Z')).toMatchObject({
      ok: false,
      code: 'beyond_booking_window',
    });
    // 90 days from 1 December 2026 is 1 March 2027 10:00 UTC; the last day inside it still books.
    expect(refusal(floor, '2027-03-02T19:00:00Z')).toMatchObject({ code: 'beyond_booking_window' });
    expect(refusal({ ...floor, bookingWindowDays: 730 }, '2027-03-02T19:00:00Z')).not.toMatchObject({
      code: 'beyond_booking_window',
    });
  });

  it('refuses a start off the 15-minute grid (13:07), and takes it where the policy allows', () => {
    expect(refusal(floor, '2026-12-01T13:07:00Z')).toMatchObject({ ok: false, code: 'off_grid_start_time' });
    expect(refusal(floor, '2026-12-01T13:15:30Z')).toMatchObject({ code: 'off_grid_start_time' });
    expect(refusal({ ...floor, offGridStartsAllowed: true }, '2026-12-01T13:07:00Z')).toMatchObject({
      ok: true,
    });
    expect(refusal({ ...floor, slotIntervalMinutes: 30 }, '2026-12-01T13:15:00Z')).toMatchObject({
      code: 'off_grid_start_time',
    });
  });

  it('refuses a closed date with its own code and reason, whatever the weekday says', () => {
    const closed = {
      ...floor,
      exceptions: [
        {
          id: 'x',
          startsOn: '2026-12-01',
          endsOn: '2026-12-01',
          closed: true,
          reason: 'Staff party',
          periods: [],
        },
      ],
    };
    expect(refusal(closed, '2026-12-01T19:15:00Z')).toEqual({
      ok: false,
      code: 'closed_on_date',
      detail: 'The restaurant is closed on 2026-12-01: Staff party',
    });
  });

  it('replaces the weekday by special hours for their dates, last seating included', () => {
    const special = {
      ...floor,
      exceptions: [
        {
          id: 'eve',
          startsOn: '2026-11-30',
          endsOn: '2026-12-02',
          closed: false,
          reason: 'Christmas market',
          periods: [{ name: 'Market', opensAt: 600, closesAt: 960, lastSeatingAt: 840 }],
        },
      ],
    };
    expect(refusal(special, '2026-12-01T19:15:00Z')).toMatchObject({ code: 'restaurant_closed' });
    expect(refusal(special, '2026-12-01T10:30:00Z')).toMatchObject({ ok: true });
    expect(refusal(special, '2026-12-01T14:00:00Z')).toMatchObject({ ok: true });
    expect(refusal(special, '2026-12-01T14:15:00Z')).toMatchObject({ code: 'restaurant_closed' });
  });

  it('lasts as long as the duration rule for the party size says', () => {
    const byParty = {
      ...floor,
      durationByPartySize: [
        { maxPartySize: 6, durationSeconds: 7200 },
        { maxPartySize: 2, durationSeconds: 3600 },
      ],
    };
    const at = '2026-12-01T19:00:00Z';
    const endOf = (partySize: number) => {
      const where = holdSlot(byParty, request({ startsAt: at, partySize }), now);
      return where.ok ? where.slot.endsAt.toISOString() : where.code;
    };
    expect(endOf(2)).toBe('2026-12-01T20:00:00.000Z');
    expect(endOf(5)).toBe('2026-12-01T21:00:00.000Z');
    expect(endOf(8)).toBe('2026-12-01T20:30:00.000Z');
  });
});

describe('the hold decision', () => {
  const decide = (req: HoldRequest, taken: SlotTaken = free, settle = true) =>
    decideHold(floor, req, slotOf(req), taken, { now, settle });

  it('refuses a slot whose pacing is full, and a party whose tables are all taken', () => {
    expect(decide(request({ partySize: 3 }), { covers: 6, parties: 1, busy: new Set() })).toMatchObject({
      ok: false,
      code: 'no_capacity',
      detail: 'That time is fully booked',
    });
    expect(decide(request(), { covers: 0, parties: 0, busy: new Set(['t1', 't2', 't3']) })).toMatchObject({
      ok: false,
      code: 'no_capacity',
      detail: 'No table is free for that party at that time',
    });
  });

  it('seats the party at the best free table set, in the zone it prefers', () => {
    const decision = decide(request({ seatingPreference: 'terrace' }));
    expect(decision).toMatchObject({ ok: true, plan: { labels: ['T1'] } });
    const busyFirst = decide(request(), { covers: 0, parties: 0, busy: new Set(['t1']) });
    expect(busyFirst).toMatchObject({ ok: true, plan: { labels: ['T1'] } });
  });

  it('places a one-shot booking in the same decision, and a hold alone not', () => {
    const booked = decide(request());
    expect(booked.ok && booked.steps.map((s) => s.to)).toEqual([
      'capacity_verified',
      'assigned',
      'confirmed',
    ]);
    const big = decide(request({ partySize: 7 }));
    expect(big).toMatchObject({ ok: true, plan: null });
    expect(big.ok && big.steps.map((s) => `${s.to}:${s.reason}`)).toEqual([
      'capacity_verified:pacing_and_tables_held',
      'manual_review:no_table_set_fits_party',
    ]);
    const held = decide(request({ mode: 'hold' }), free, false);
    expect(held).toMatchObject({ ok: true, steps: [] });
  });

  it("holds for the restaurant's hold TTL, a one-shot booking's lease for at least two minutes", () => {
    const held = decide(request({ mode: 'hold' }), free, false);
    expect(held.ok && held.holdExpiresAt.toISOString()).toBe('2026-12-01T10:05:00.000Z');
    const leased = decideHold({ ...floor, holdTtlSeconds: 30 }, request(), slotOf(request()), free, {
      now,
      settle: false,
    });
    expect(leased.ok && leased.holdExpiresAt.toISOString()).toBe('2026-12-01T10:02:00.000Z');
  });

  it("keeps a widget's hold to its key's shorter TTL, never longer than the restaurant's", () => {
    const short = decide(request({ mode: 'hold', maxHoldSeconds: 45 }), free, false);
    expect(short.ok && short.holdExpiresAt.toISOString()).toBe('2026-12-01T10:00:45.000Z');
    const longer = decide(request({ mode: 'hold', maxHoldSeconds: 3600 }), free, false);
    expect(longer.ok && longer.holdExpiresAt.toISOString()).toBe('2026-12-01T10:05:00.000Z');
  });

  it("carries the restaurant's policy for the booking's timers", () => {
    expect(decide(request())).toMatchObject({
      ok: true,
      policy: { holdTtlSeconds: 300, reminderLeadSeconds: [7200], autoConfirmMaxPartySize: 6 },
    });
  });
});
