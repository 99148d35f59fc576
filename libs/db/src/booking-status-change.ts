/**
 * One status change of a booking, the primitive every write of the lifecycle goes through (the
 * placement steps, staff's decisions, the timers): the transition table re-checked against the
 * status just read, then one version-guarded statement with its event and outbox row.
 */
import {
  InvalidTransitionError,
  RELEASING_STATUSES,
  applyTransition,
  canApply,
  isLateCancellation,
  targetStatus,
  type BookingAction,
  type BookingSnapshot,
  type BookingStatus,
} from '@tablekeeper/domain';
import type { Prisma } from './generated/prisma/client';
import type { Tx } from './prisma-client.factory';
import { applyStatusChange, readBookingState, type BookingState } from './booking-statements';

export interface TransitionCommand {
  readonly bookingId: string;
  readonly action: BookingAction;
  readonly actor: string;
  readonly reason?: string;
  readonly data?: Prisma.InputJsonValue;
  /** On `approve` only: staff seat the party at these tables instead of the engine's choice. */
  readonly tableIds?: readonly string[];
  /** On `cancel` only: the catalog code of the reason (cancellation-reasons.ts). */
  readonly reasonCode?: string;
}

/**
 * Applies `command` to the booking as read in `state`. The update is guarded by the version
 * read (optimistic lock), so two concurrent changes cannot both apply. Idempotent: a retried
 * activity whose first attempt committed finds the booking already in the target status and gets
 * it back unchanged.
 */
export async function changeBooking(
  tx: Tx,
  state: BookingState,
  command: TransitionCommand,
  options: { assignHeldTables?: boolean } = {},
): Promise<BookingSnapshot> {
  const from = state.snapshot;
  const to = applyTransitionOrReplay(command.action, from.status);
  if (to === 'replay') return from;
  const now = new Date();
  const data = to === 'cancelled' ? await withLateFlag(tx, from, command.data, now) : command.data;
  const snapshot = await applyStatusChange(tx, {
    from: state,
    to,
    actor: command.actor,
    reason: command.reason ?? null,
    data: data ?? null,
    reviewReason: to === 'manual_review',
    closeReason: RELEASING_STATUSES.includes(to) || to === 'completed',
    releaseTables: RELEASING_STATUSES.includes(to),
    assignHeldTables: options.assignHeldTables ?? false,
    closeReasonCode: to === 'cancelled' ? (command.reasonCode ?? null) : null,
    reopen: command.action === 'undo_no_show',
    now,
  });
  if (!snapshot) throw new Error(`Booking ${from.id} changed concurrently (version ${from.version}); retry`);
  return snapshot;
}

/**
 * A cancellation's event says whether it came after the restaurant's cancellation cutoff (only
 * staff can cancel then), so guest statistics can count late cancellations.
 */
async function withLateFlag(
  tx: Tx,
  booking: BookingSnapshot,
  data: Prisma.InputJsonValue | undefined,
  now: Date,
): Promise<Prisma.InputJsonValue> {
  const restaurant = await tx.restaurant.findUnique({
    where: { id: booking.restaurantId },
    select: { cancellationCutoffMinutes: true },
  });
  const cutoffMinutes = restaurant?.cancellationCutoffMinutes ?? 0;
  const late = isLateCancellation(booking.status, new Date(booking.startsAt), cutoffMinutes, now);
  const base = data && typeof data === 'object' && !Array.isArray(data) ? data : {};
  return { ...base, late };
}

/** Reads the booking, then changes it: one statement after one read, atomic without a transaction. */
export async function readAndChangeBooking(tx: Tx, command: TransitionCommand): Promise<BookingSnapshot> {
  const state = await readBookingState(tx, command.bookingId);
  if (!state) throw new Error(`Booking ${command.bookingId} not found`);
  return changeBooking(tx, state, command);
}

function applyTransitionOrReplay(action: BookingAction, status: BookingStatus): BookingStatus | 'replay' {
  if (canApply(action, status)) return applyTransition(action, status);
  // Already where this action leads: the earlier attempt committed.
  if (targetStatus(action) === status) return 'replay';
  throw new InvalidTransitionError(action, status);
}
