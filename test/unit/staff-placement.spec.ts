import {
  decideHold,
  holdSlot,
  planOfChoice,
  walkInStart,
  type HoldFloor,
  type HoldRequest,
  type SlotTaken,
} from '@tablekeeper/domain';

const floor: HoldFloor = {
  id: 'r1',
  timezone: 'Europe/London',
  minPartySize: 1,
  maxPartySize: 12,
  defaultDurationSeconds: 5400,
  holdTtlSeconds: 300,
  reminderLeadSeconds: [],
  noShowGraceSeconds: 900,
  manualReviewTimeoutSeconds: 3600,
  autoConfirmMaxPartySize: 4,
  slotIntervalMinutes: 15,
  mustEndByClose: false,
  bookingWindowDays: 90,
  offGridStartsAllowed: false,
  durationByPartySize: [],
  exceptions: [],
  servicePeriods: [{ id: 'all', name: 'All day', dayOfWeek: 2, opensAt: 0, closesAt: 1440 }],
  capacityRules: [],
  tables: [
    { id: 't1', label: 'A1', zoneId: 'z1', zoneName: 'Main', minCovers: 1, maxCovers: 2 },
    { id: 't2', label: 'A2', zoneId: 'z1', zoneName: 'Main', minCovers: 1, maxCovers: 4 },
    { id: 't3', label: 'B1', zoneId: 'z1', zoneName: 'Main', minCovers: 4, maxCovers: 6 },
  ],
  combinable: [],
};
const free: SlotTaken = { covers: 0, parties: 0, busy: new Set() };
const now = new Date('2026-12-01T10:00:00Z');
const request = (overrides: Partial<HoldRequest> = {}): HoldRequest => ({
  partySize: 2,
  startsAt: '2026-12-01T19:15:00Z',
  mode: 'book',
  ...overrides,
});
function decide(req: HoldRequest, taken: SlotTaken = free) {
  const where = holdSlot(floor, req, now);
  if (!where.ok) throw new Error(where.code);
  return decideHold(floor, req, where.slot, taken, { now, settle: true });
}

describe("staff's table choice", () => {
  it('takes exactly the tables chosen, even where the engine would pick others', () => {
    expect(planOfChoice(floor, new Set(), ['t3'], 2)).toMatchObject({
      ok: true,
      plan: { tableIds: ['t3'], labels: ['B1'], strategy: 'staff_choice', seats: 6 },
    });
    expect(decide(request({ tableIds: ['t3'] }))).toMatchObject({ ok: true, plan: { labels: ['B1'] } });
    expect(decide(request())).toMatchObject({ ok: true, plan: { labels: ['A1'] } });
  });

  it('refuses unknown, too small or taken tables with the reason', () => {
    expect(planOfChoice(floor, new Set(), ['nope'], 2)).toEqual({
      ok: false,
      detail: 'Choose active tables of this restaurant',
    });
    expect(planOfChoice(floor, new Set(), ['t1'], 3)).toEqual({
      ok: false,
      detail: 'Those tables seat 2; the party is 3',
    });
    expect(decide(request({ tableIds: ['t1', 't2'] }), { ...free, busy: new Set(['t1', 't2']) })).toEqual({
      ok: false,
      code: 'tables_unavailable',
      detail: 'A1, A2 are taken then',
    });
  });

  it("confirms staff's own large party instead of sending it to review", () => {
    const guest = decide(request({ partySize: 6 }));
    expect(guest.ok && guest.steps.at(-1)?.to).toBe('manual_review');
    const staff = decide(request({ partySize: 6, byStaff: true }));
    expect(staff.ok && staff.steps.at(-1)?.to).toBe('confirmed');
  });
});

describe('when a walk-in starts', () => {
  it('at the last grid start at or before now, counted in local time', () => {
    const policy = { timezone: 'Asia/Kolkata', slotIntervalMinutes: 15, offGridStartsAllowed: false };
    // 10:07:31 UTC is 15:37:31 in Kolkata (+05:30): the grid start there is 15:30, 10:00 UTC.
    expect(walkInStart(new Date('2026-12-01T10:07:31Z'), policy).toISOString()).toBe(
      '2026-12-01T10:00:00.000Z',
    );
    expect(walkInStart(new Date('2026-12-01T10:15:00Z'), policy).toISOString()).toBe(
      '2026-12-01T10:15:00.000Z',
    );
  });

  it('at the whole minute where any start is taken', () => {
    const policy = { timezone: 'UTC', slotIntervalMinutes: 15, offGridStartsAllowed: true };
    expect(walkInStart(new Date('2026-12-01T10:07:31Z'), policy).toISOString()).toBe(
      '2026-12-01T10:07:00.000Z',
    );
  });
});
