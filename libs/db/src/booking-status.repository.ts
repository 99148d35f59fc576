import type { BookingSnapshot } from '@tablekeeper/domain';
import type { PrismaClient } from './prisma-client.factory';
import { LOCKING_TX_OPTIONS } from './booking-statements';
import { readAndChangeBooking, type TransitionCommand } from './booking-status-change';
import { approveAtTables } from './booking-table-choice.repository';

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
