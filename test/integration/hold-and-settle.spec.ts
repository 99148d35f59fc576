/**
 * The one-shot placement activity against a real Postgres: hold, verify, assign and confirm (or
 * review) in one transaction leave exactly the rows the step-by-step path leaves (events in
 * order, outbox, table assignments), a retry writes nothing, and a refusal writes nothing at all.
 */
import { MockActivityEnvironment } from '@temporalio/testing';
import type { BookingRequest, BookingSnapshot, HoldOutcome } from '@tablekeeper/domain';
import type { HoldAndSettleInput } from '@tablekeeper/temporal/activities/booking.activities';
import { GuestLookupRepository } from '@tablekeeper/db';
import { activityHarness } from '../support/activity-harness';

const ACTOR = 'system:booking-workflow';
// One table of two, one of four; parties up to 8 are taken, only up to 3 confirmed on their own.
const h = activityHarness({
  policy: { autoConfirmMaxPartySize: 3, maxPartySize: 8 },
  tables: [
    { label: 'A1', zone: 'Main', min: 1, max: 2 },
    { label: 'A2', zone: 'Main', min: 1, max: 4 },
  ],
  combinations: [],
});

const place = (req: BookingRequest): Promise<HoldOutcome> =>
  new MockActivityEnvironment().run((i: HoldAndSettleInput) => h.activities.holdAndSettle(i), {
    request: req,
    actor: ACTOR,
  });

async function placed(req: BookingRequest): Promise<BookingSnapshot> {
  const outcome = await place(req);
  if (!outcome.ok) throw new Error(`refused: ${outcome.code}`);
  return outcome.booking;
}

async function eventsOf(bookingId: string): Promise<string[]> {
  const events = await h.prisma.bookingEvent.findMany({ where: { bookingId }, orderBy: { id: 'asc' } });
  return events.map((e) => `${e.fromStatus ?? '∅'}→${e.toStatus}:${e.reason}:${e.actor}`);
}

it('confirms a booking in one step, leaving the events, outbox rows and tables of every step', async () => {
  const req = h.request(2);
  const booking = await placed(req);
  expect(booking).toMatchObject({
    id: req.bookingId,
    status: 'confirmed',
    tables: ['A1'],
    holdExpiresAt: null,
    reviewReason: null,
    version: 4,
  });
  expect(await eventsOf(req.bookingId)).toEqual([
    '∅→held:hold_taken:api:test',
    `held→capacity_verified:pacing_and_tables_held:${ACTOR}`,
    `capacity_verified→assigned:tables_assigned:${ACTOR}`,
    `assigned→confirmed:auto_confirmed:${ACTOR}`,
  ]);
  const assignedEvent = await h.prisma.bookingEvent.findFirstOrThrow({
    where: { bookingId: req.bookingId, toStatus: 'assigned' },
  });
  expect(assignedEvent.data).toEqual({ tables: ['A1'] });
  const outbox = await h.prisma.outboxEvent.findMany({
    where: { bookingId: req.bookingId },
    orderBy: { id: 'asc' },
  });
  expect(outbox.map((o) => o.type)).toEqual([
    'booking.held',
    'booking.capacity_verified',
    'booking.assigned',
    'booking.confirmed',
  ]);
  expect(outbox[3].payload).toEqual({
    bookingId: req.bookingId,
    status: 'confirmed',
    from: 'assigned',
    reason: 'auto_confirmed',
  });
  const row = await h.prisma.booking.findUniqueOrThrow({
    where: { id: req.bookingId },
    include: { assignments: true },
  });
  expect(row).toMatchObject({ status: 'confirmed', version: 4, holdExpiresAt: null });
  expect(row.assignments.map((a) => [a.kind, a.releasedAt])).toEqual([['assigned', null]]);
  // The cache and the live view hear of the outcome once.
  expect(h.capacityChanges).toEqual([h.restaurant.id]);
  expect(h.announced.map((b) => b.status)).toEqual(['confirmed']);
});

it('sends a party over the auto-confirm limit to review at its tables', async () => {
  const req = h.request(4);
  const booking = await placed(req);
  expect(booking).toMatchObject({
    status: 'manual_review',
    tables: ['A2'],
    reviewReason: 'party_size_over_auto_confirm_limit',
  });
  expect((await eventsOf(req.bookingId)).at(-1)).toBe(
    `assigned→manual_review:party_size_over_auto_confirm_limit:${ACTOR}`,
  );
  const row = await h.prisma.booking.findUniqueOrThrow({ where: { id: req.bookingId } });
  expect(row.reviewReason).toBe('party_size_over_auto_confirm_limit');
});

it('sends a party no table set can seat to review once verified, without tables', async () => {
  const req = h.request(8);
  const booking = await placed(req);
  expect(booking).toMatchObject({
    status: 'manual_review',
    tables: [],
    reviewReason: 'no_table_set_fits_party',
  });
  expect(await eventsOf(req.bookingId)).toEqual([
    '∅→held:hold_taken:api:test',
    `held→capacity_verified:pacing_and_tables_held:${ACTOR}`,
    `capacity_verified→manual_review:no_table_set_fits_party:${ACTOR}`,
  ]);
});

it('answers a retry with the booking as it is and writes nothing more', async () => {
  const req = h.request(2);
  const first = await placed(req);
  const again = await placed(req);
  expect(again).toEqual(first);
  expect(await eventsOf(req.bookingId)).toHaveLength(4);
  expect(await h.prisma.outboxEvent.count({ where: { bookingId: req.bookingId } })).toBe(4);
});

it('writes nothing when the booking is refused', async () => {
  const first = h.request(2);
  await placed(first);
  // Both tables that seat two are taken at that time once a second party has A2.
  const second = await placed(h.request(2, { startsAt: first.startsAt }));
  expect(second.tables).toEqual(['A2']);
  const refused = h.request(2, { startsAt: first.startsAt });
  const outcome = await place(refused);
  expect(outcome).toMatchObject({ ok: false, code: 'no_capacity' });
  expect(await h.prisma.booking.count({ where: { id: refused.bookingId } })).toBe(0);
  expect(await h.prisma.bookingEvent.count({ where: { bookingId: refused.bookingId } })).toBe(0);
});

it('takes a hold alone when asked for one: the same statement without placement steps', async () => {
  const req = h.request(2, { mode: 'hold' });
  const outcome = await h.placement.holdBooking(req);
  expect(outcome).toMatchObject({ ok: true, booking: { status: 'held', version: 1, tables: ['A1'] } });
  expect(outcome.ok && outcome.booking.holdExpiresAt).toBeTruthy();
  expect(await eventsOf(req.bookingId)).toEqual(['∅→held:hold_taken:api:test']);
  const row = await h.prisma.booking.findUniqueOrThrow({
    where: { id: req.bookingId },
    include: { assignments: true },
  });
  expect(row.assignments.map((a) => a.kind)).toEqual(['held']);
});

it('tells whether the guest was known before, as the gateway would read it back, and not on a retry', async () => {
  const guest = { name: 'Rita Return', phone: '+447700900777' };
  const first = h.request(2, { guest });
  const firstOutcome = await place(first);
  expect(firstOutcome).toMatchObject({ ok: true, guestRecognised: false });
  const again = h.request(2, { guest });
  const againOutcome = await place(again);
  expect(againOutcome).toMatchObject({ ok: true, guestRecognised: true });
  // The answer the gateway no longer asks Postgres for is the one Postgres gives.
  const lookup = new GuestLookupRepository(h.prisma);
  expect(await lookup.guestRecognised(first.bookingId)).toBe(false);
  expect(await lookup.guestRecognised(again.bookingId)).toBe(true);
  // A retry answers the booking as it is and leaves the question to the gateway.
  const retried = await place(again);
  expect(retried.ok && 'guestRecognised' in retried).toBe(false);
});
