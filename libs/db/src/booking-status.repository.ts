import type { BookingSnapshot } from '@tablekeeper/domain';
import type { PrismaClient } from './prisma-client.factory';
import { LOCKING_TX_OPTIONS, lockRestaurantOfBooking, readBookingState } from './booking-statements';
import { changeBooking, readAndChangeBooking, type TransitionCommand } from './booking-status-change';
import { TablesUnavailableError, approveAtTables } from './booking-table-choice.repository';
import { isExclusionViolation } from './postgres-errors';
import type { Tx } from './prisma-client.factory';

export type { TransitionCommand } from './booking-status-change';

/**
 * Status changes of a placed booking (staff's decisions, a guest's cancel, the workflow's timers)
 * and the reminders its timers record. Every change is one statement that also appends the
 * booking event and the outbox event, so the record never shows a change without its history.
 */
export class BookingStatusRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /**
   * One version-guarded statement after one read: atomic without a transaction. Approving at
   * tables staff chose takes capacity, so that one runs under the restaurant lock.
   */
  async transition(command: TransitionCommand): Promise<BookingSnapshot> {
    if (command.action === 'approve' && command.tableIds?.length) {
      return this.prisma.$transaction((tx) => approveAtTables(tx, command), LOCKING_TX_OPTIONS);
    }
    if (command.action === 'undo_no_show') {
      try {
        return await this.prisma.$transaction((tx) => undoNoShow(tx, command), LOCKING_TX_OPTIONS);
      } catch (error) {
        if (!isExclusionViolation(error)) throw error;
        throw new TablesUnavailableError("The booking's tables were given to another party meanwhile");
      }
    }
    return readAndChangeBooking(this.prisma, command);
  }

  /** A reminder that fell due: one outbox row per booking and lead time, however often retried. */
  async recordReminder(bookingId: string, leadSeconds: number, dueAt: string): Promise<void> {
    await this.prisma.outboxEvent.createMany({
      data: [
        {
          bookingId,
          type: 'booking.reminder_due',
          dedupeKey: `${bookingId}:reminder:${leadSeconds}`,
          payload: { leadSeconds, dueAt },
        },
      ],
      skipDuplicates: true,
    });
  }
}

/**
 * no_show -> confirmed, taking back the tables the no-show released, under the restaurant lock.
 * If another party was seated at one of them meanwhile, the exclusion constraint refuses and the
 * no-show stands (TablesUnavailableError).
 */
async function undoNoShow(tx: Tx, command: TransitionCommand): Promise<BookingSnapshot> {
  await lockRestaurantOfBooking(tx, command.bookingId);
  const state = await readBookingState(tx, command.bookingId);
  if (!state) throw new Error(`Booking ${command.bookingId} not found`);
  if (state.snapshot.status === 'no_show') {
    const released = await tx.tableAssignment.findMany({
      where: { bookingId: command.bookingId, modificationId: null, releasedAt: { not: null } },
      orderBy: { releasedAt: 'desc' },
    });
    const last = released[0]?.releasedAt?.getTime();
    const retaken = released.filter((a) => a.releasedAt?.getTime() === last);
    await tx.tableAssignment.createMany({
      data: retaken.map((a) => ({
        bookingId: a.bookingId,
        tableId: a.tableId,
        startsAt: a.startsAt,
        endsAt: a.endsAt,
        kind: 'assigned',
      })),
    });
    const labels = await tx.diningTable.findMany({
      where: { id: { in: retaken.map((a) => a.tableId) } },
      select: { label: true },
    });
    const snapshot = await changeBooking(tx, state, {
      ...command,
      data: { tables: labels.map((t) => t.label).sort() },
    });
    return { ...snapshot, tables: labels.map((t) => t.label).sort() };
  }
  return changeBooking(tx, state, command);
}
