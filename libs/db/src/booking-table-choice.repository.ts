/**
 * Staff's table choices: approving a review at tables staff picked, and checking such a choice.
 * Every other write of tables is the placement's (booking-placement.repository.ts).
 */
import { compareTableLabels, type BookingSnapshot } from '@tablekeeper/domain';
import type { Tx } from './prisma-client.factory';
import { busyAssignments, lockRestaurant, releaseLapsedHolds } from './booking-statements';
import { readAndChangeBooking, type TransitionCommand } from './booking-status-change';

/** Staff chose tables that cannot take the booking (unknown, blocked, too small or taken). */
export class TablesUnavailableError extends Error {
  readonly code = 'tables_unavailable';
  constructor(detail: string) {
    super(detail);
    this.name = 'TablesUnavailableError';
  }
}

/**
 * manual_review -> confirmed at the tables staff picked. Under the restaurant lock, like every
 * write that takes capacity: the tables are checked free, the engine's tables are released and
 * the chosen ones assigned, all with the status change. Runs inside the caller's transaction.
 */
export async function approveAtTables(tx: Tx, command: TransitionCommand): Promise<BookingSnapshot> {
  const row = await tx.booking.findUniqueOrThrow({ where: { id: command.bookingId } });
  if (row.status !== 'manual_review') return readAndChangeBooking(tx, command);
  await lockRestaurant(tx, row.restaurantId);
  const now = new Date();
  await releaseLapsedHolds(tx, row.restaurantId, now);
  const tables = await checkTableChoice(tx, row, command.tableIds ?? [], now);
  await tx.tableAssignment.updateMany({
    where: { bookingId: row.id, releasedAt: null },
    data: { releasedAt: now },
  });
  await tx.tableAssignment.createMany({
    data: tables.map((t) => ({
      bookingId: row.id,
      tableId: t.id,
      startsAt: row.startsAt,
      endsAt: row.endsAt,
      kind: 'assigned',
    })),
  });
  const { tableIds: _chosen, ...rest } = command;
  return readAndChangeBooking(tx, {
    ...rest,
    data: { tables: tables.map((t) => t.label), chosenBy: 'staff' },
  });
}

/**
 * The tables staff chose for a booking, if they can take it: all of the restaurant, active, seating
 * the party together, and free for the booking's time (its own tables do not count as taken; busy
 * as the hold counts it). Throws TablesUnavailableError naming the problem otherwise. Used under
 * the restaurant lock by the approve path, and by the admin API to refuse a bad choice before it
 * reaches the workflow.
 */
export async function checkTableChoice(
  db: Tx,
  booking: { id: string; restaurantId: string; partySize: number; startsAt: Date; endsAt: Date },
  tableIds: readonly string[],
  now: Date = new Date(),
): Promise<{ id: string; label: string }[]> {
  const wanted = [...new Set(tableIds)];
  const tables = await db.diningTable.findMany({
    where: { id: { in: wanted }, restaurantId: booking.restaurantId, active: true },
    select: { id: true, label: true, maxCovers: true },
  });
  if (wanted.length === 0 || tables.length !== wanted.length) {
    throw new TablesUnavailableError('Choose active tables of this restaurant');
  }
  const seats = tables.reduce((sum, t) => sum + t.maxCovers, 0);
  if (seats < booking.partySize) {
    throw new TablesUnavailableError(`Those tables seat ${seats}; the party is ${booking.partySize}`);
  }
  const busy = busyAssignments({
    restaurantId: booking.restaurantId,
    startsAt: booking.startsAt,
    endsAt: booking.endsAt,
    now,
  });
  const taken = await db.$queryRaw<{ label: string }[]>`
    SELECT DISTINCT dt.label
    FROM (${busy}) busy JOIN dining_tables dt ON dt.id = busy.table_id
    WHERE busy.table_id = ANY(${wanted}::uuid[]) AND busy.booking_id <> ${booking.id}::uuid`;
  if (taken.length > 0) {
    const labels = taken.map((t) => t.label).sort(compareTableLabels);
    throw new TablesUnavailableError(`${labels.join(', ')} ${labels.length > 1 ? 'are' : 'is'} taken then`);
  }
  return tables
    .map((t) => ({ id: t.id, label: t.label }))
    .sort((a, b) => compareTableLabels(a.label, b.label));
}
