/**
 * The placement's one-step settle activity (verify → assign → confirm | review) against a real
 * Postgres: every step still leaves its own event, a retry after any committed step ends where
 * the first attempt would have, and a hold that lapsed before verification is expired.
 */
import { MockActivityEnvironment } from '@temporalio/testing';
import type { BookingMode, BookingSnapshot } from '@tablekeeper/domain';
import type { SettlePlacementInput } from '@tablekeeper/temporal/activities/booking.activities';
import { activityHarness } from '../support/activity-harness';

const h = activityHarness({ policy: { holdTtlSeconds: 600 } });

async function hold(partySize: number, mode: BookingMode = 'book', now?: Date): Promise<string> {
  const request = h.request(partySize, { mode, actor: 'test' });
  const outcome = await h.placement.holdBooking(request, now);
  if (!outcome.ok) throw new Error(`hold refused: ${outcome.code}`);
  return request.bookingId;
}

const settle = (input: SettlePlacementInput): Promise<BookingSnapshot> =>
  new MockActivityEnvironment().run((i: SettlePlacementInput) => h.activities.settlePlacement(i), input);

async function eventsOf(bookingId: string): Promise<string[]> {
  const events = await h.prisma.bookingEvent.findMany({ where: { bookingId }, orderBy: { id: 'asc' } });
  return events.map((e) => `${e.fromStatus ?? '∅'}→${e.toStatus}:${e.reason}`);
}

it('confirms a held booking, each step its own event, and announces only the outcome', async () => {
  const bookingId = await hold(2);
  const booking = await settle({ bookingId, actor: 'system:test', reviewReason: null });
  expect(booking).toMatchObject({ id: bookingId, status: 'confirmed' });
  expect(booking.tables.length).toBeGreaterThan(0);
  expect(await eventsOf(bookingId)).toEqual([
    '∅→held:hold_taken',
    'held→capacity_verified:pacing_and_tables_held',
    'capacity_verified→assigned:tables_assigned',
    'assigned→confirmed:auto_confirmed',
  ]);
  expect(h.announced.map((b) => b.status)).toEqual(['confirmed']);
  // The tables were taken with the hold: confirming takes no new capacity.
  expect(h.capacityChanges).toEqual([]);
});

it('sends the booking to manual review with the reason the workflow gave', async () => {
  const bookingId = await hold(4);
  const booking = await settle({ bookingId, actor: 'system:test', reviewReason: 'party_size_over_limit' });
  expect(booking).toMatchObject({ status: 'manual_review', reviewReason: 'party_size_over_limit' });
  expect((await eventsOf(bookingId)).at(-1)).toBe('assigned→manual_review:party_size_over_limit');
});

it('ends where the first attempt would have when retried after any committed step', async () => {
  const bookingId = await hold(2);
  await h.statuses.transition({
    bookingId,
    action: 'verify_capacity',
    actor: 'system:test',
    reason: 'pacing_and_tables_held',
  });
  // A first attempt that committed the verification, then lost its worker: the retry goes on.
  const retried = await settle({ bookingId, actor: 'system:test', reviewReason: null });
  expect(retried.status).toBe('confirmed');
  // A retry after everything committed answers the same booking and writes nothing.
  const again = await settle({ bookingId, actor: 'system:test', reviewReason: null });
  expect(again).toEqual(retried);
  expect(await eventsOf(bookingId)).toHaveLength(4);
});

it('expires a hold that lapsed before it was verified, and frees its capacity', async () => {
  const bookingId = await hold(2, 'hold', new Date(Date.now() - 3_600_000));
  const booking = await settle({ bookingId, actor: 'system:test', reviewReason: null });
  expect(booking).toMatchObject({ status: 'expired', tables: [] });
  expect((await eventsOf(bookingId)).at(-1)).toBe('held→expired:hold_expired');
  expect(h.capacityChanges).toEqual([h.restaurant.id]);
  // Retried after the expiry committed: the same expired booking, no second event.
  expect((await settle({ bookingId, actor: 'system:test', reviewReason: null })).status).toBe('expired');
  expect(await eventsOf(bookingId)).toHaveLength(2);
});

it('leaves a booking that has already left placement as it is', async () => {
  const bookingId = await hold(2);
  await h.statuses.transition({ bookingId, action: 'cancel', actor: 'guest', reason: 'changed plans' });
  await expect(settle({ bookingId, actor: 'system:test', reviewReason: null })).resolves.toMatchObject({
    status: 'cancelled',
  });
});

it('plans a party held without tables on the tables a lapsed hold left, as the hold would', async () => {
  // No table set seats 14 when the party is held; then a table for 16 is set up, and a hold taken
  // an hour ago lapsed on it without its workflow expiring it (its tables are not released).
  const request = h.request(14, { mode: 'hold', actor: 'test' });
  const held = await h.placement.holdBooking(request);
  expect(held).toMatchObject({ ok: true, booking: { status: 'held', tables: [] } });
  const zone = await h.prisma.zone.findFirstOrThrow({ where: { restaurantId: h.restaurant.id } });
  await h.prisma.diningTable.create({
    data: { restaurantId: h.restaurant.id, zoneId: zone.id, label: 'C1', minCovers: 10, maxCovers: 16 },
  });
  const lapsed = h.request(14, { mode: 'hold', actor: 'test', startsAt: request.startsAt });
  await h.placement.holdBooking(lapsed, new Date(Date.now() - 3_600_000));
  const lapsedTables = await h.prisma.tableAssignment.findMany({ where: { bookingId: lapsed.bookingId } });
  expect(lapsedTables.map((a) => a.releasedAt)).toEqual([null]);

  const booking = await settle({ bookingId: request.bookingId, actor: 'system:test', reviewReason: null });
  expect(booking).toMatchObject({ status: 'confirmed', tables: ['C1'], reviewReason: null });
  expect(await eventsOf(request.bookingId)).toEqual([
    '∅→held:hold_taken',
    'held→capacity_verified:pacing_and_tables_held',
    'capacity_verified→assigned:tables_assigned',
    'assigned→confirmed:auto_confirmed',
  ]);
  // The lapsed hold's table was released on the way, and the late plan took new capacity.
  const released = await h.prisma.tableAssignment.findMany({ where: { bookingId: lapsed.bookingId } });
  expect(released.map((a) => a.releasedAt === null)).toEqual([false]);
  expect(h.capacityChanges).toEqual([h.restaurant.id]);
});
