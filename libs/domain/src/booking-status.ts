/**
 * The booking lifecycle as one table. The workflow, the activities (which re-check inside the
 * database transaction) and the API all ask this module whether a change is allowed, so there is
 * exactly one place where the lifecycle is defined.
 */
export const BOOKING_STATUSES = [
  'held',
  'capacity_verified',
  'assigned',
  'confirmed',
  'manual_review',
  'rejected',
  'expired',
  'cancelled',
  'checked_in',
  'completed',
  'no_show',
] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];

export const TERMINAL_STATUSES: readonly BookingStatus[] = [
  'completed',
  'cancelled',
  'no_show',
  'rejected',
  'expired',
];

/**
 * Statuses whose booking takes capacity (pacing covers and its tables). A hold takes it only until
 * its expiry: every reader of capacity leaves lapsed holds out, even before their tables are
 * released.
 */
export const CAPACITY_TAKING_STATUSES: readonly BookingStatus[] = [
  'held',
  'capacity_verified',
  'assigned',
  'manual_review',
  'confirmed',
  'checked_in',
];

/** Statuses that give the booking's tables back (closing statuses other than `completed`). */
export const RELEASING_STATUSES: readonly BookingStatus[] = ['cancelled', 'expired', 'rejected', 'no_show'];

/** Statuses a booking passes through while it is placed, before it rests confirmed or in review. */
export const PLACING_STATUSES: readonly BookingStatus[] = ['held', 'capacity_verified', 'assigned'];

/** Every way a booking's status can change, named in the restaurant's language. */
export type BookingAction =
  | 'verify_capacity'
  | 'assign_tables'
  | 'send_to_review'
  | 'confirm'
  | 'approve'
  | 'reject'
  | 'expire'
  | 'cancel'
  | 'check_in'
  | 'mark_no_show'
  | 'undo_no_show'
  | 'complete';

interface Transition {
  readonly from: readonly BookingStatus[];
  readonly to: BookingStatus;
}

// Cancellation is refused once the party is seated: a seated party completes instead.
const CANCELLABLE: readonly BookingStatus[] = [
  'held',
  'capacity_verified',
  'assigned',
  'manual_review',
  'confirmed',
];

export const TRANSITIONS: Readonly<Record<BookingAction, Transition>> = {
  verify_capacity: { from: ['held'], to: 'capacity_verified' },
  assign_tables: { from: ['capacity_verified'], to: 'assigned' },
  send_to_review: { from: ['capacity_verified', 'assigned'], to: 'manual_review' },
  confirm: { from: ['assigned'], to: 'confirmed' },
  approve: { from: ['manual_review'], to: 'confirmed' },
  reject: { from: ['manual_review'], to: 'rejected' },
  expire: { from: ['held'], to: 'expired' },
  cancel: { from: CANCELLABLE, to: 'cancelled' },
  check_in: { from: ['confirmed'], to: 'checked_in' },
  mark_no_show: { from: ['confirmed'], to: 'no_show' },
  // The one way out of a terminal status: staff correct a no-show within the restaurant's window
  // (the guest turned up late). The workflow keeps the booking open for that window.
  undo_no_show: { from: ['no_show'], to: 'confirmed' },
  complete: { from: ['checked_in'], to: 'completed' },
};

/**
 * Statuses whose booking may still be changed (time, party, tables, notes, guest): a hold changes
 * the hold, a confirmed booking moves. A booking being placed, in review, seated or finished may not.
 */
export const MODIFIABLE_STATUSES: readonly BookingStatus[] = ['held', 'confirmed'];

export function canModify(status: BookingStatus): boolean {
  return MODIFIABLE_STATUSES.includes(status);
}

export function isTerminal(status: BookingStatus): boolean {
  return TERMINAL_STATUSES.includes(status);
}

export function canApply(action: BookingAction, status: BookingStatus): boolean {
  return TRANSITIONS[action].from.includes(status);
}

export function targetStatus(action: BookingAction): BookingStatus {
  return TRANSITIONS[action].to;
}

export class InvalidTransitionError extends Error {
  readonly code = 'invalid_transition';
  constructor(
    readonly action: BookingAction,
    readonly status: BookingStatus,
  ) {
    super(`Cannot ${action.replace(/_/g, ' ')} a booking that is ${status.replace(/_/g, ' ')}`);
    this.name = 'InvalidTransitionError';
  }
}

/** Returns the status after `action`, or throws when the table does not allow it. */
export function applyTransition(action: BookingAction, status: BookingStatus): BookingStatus {
  if (!canApply(action, status)) throw new InvalidTransitionError(action, status);
  return TRANSITIONS[action].to;
}
