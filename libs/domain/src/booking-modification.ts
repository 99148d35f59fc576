/**
 * Changing a booking without losing it: which bookings may change, what a change asks for, when it
 * needs staff, and how its timers move. Pure rules; the repository applies them under the
 * restaurant's lock with the same hold rules (hold-decision.ts) every new booking meets, so a
 * policy check added there applies to a change too.
 */
import { canModify, type BookingStatus } from './booking-status';
import type {
  BookingPolicy,
  BookingSnapshot,
  GuestDetails,
  HoldRefusalCode,
  PendingChange,
  SealedGuestData,
} from './booking.types';
import { reviewReasonFor } from './placement';

/** What a caller asks to change; anything left out stays as it is. */
export interface BookingChanges {
  readonly startsAt?: string;
  readonly partySize?: number;
  /** A zone name; null clears the preference. */
  readonly seatingPreference?: string | null;
  /** null clears the notes. */
  readonly notes?: string | null;
  readonly guest?: Partial<GuestDetails>;
  /** Staff moving the party to tables of their choosing (the timeline's drag, the drawer). */
  readonly tableIds?: readonly string[];
  /**
   * `notes` and `guest` sealed with the booking's key (BookingChangeSecrets) instead of the two
   * fields above: what the gateway sends the workflow, opened by the activity.
   */
  readonly sealed?: SealedGuestData;
}

/** What a change seals: its free text and the guest's contact. */
export interface BookingChangeSecrets {
  readonly notes?: string | null;
  readonly guest?: Partial<GuestDetails>;
}

/** Why a change is refused; the booking is left exactly as it was. */
export type ModifyRefusalCode =
  | HoldRefusalCode
  | 'invalid_transition'
  | 'stale_version'
  | 'tables_unavailable'
  | 'change_pending'
  | 'starts_at_in_past';

export interface ModifyRefusal {
  readonly ok: false;
  readonly code: ModifyRefusalCode;
  readonly detail: string;
}

/** A change applied (the booking moved) or sent to staff (`booking.pendingChange` says what). */
export interface ModifyApplied {
  readonly ok: true;
  readonly booking: BookingSnapshot;
  /** The time the booking took capacity at before and after, when it moved (the cache hears). */
  readonly freed: Pick<BookingSnapshot, 'restaurantId' | 'startsAt' | 'endsAt'> | null;
}

export type ModifyOutcome = ModifyApplied | ModifyRefusal;

/** The booking as a change starts from. */
export interface ChangeableBooking {
  readonly status: BookingStatus;
  readonly version: number;
  readonly partySize: number;
  readonly startsAt: string;
  readonly seatingPreference: string | null;
  readonly hasPendingChange: boolean;
}

/** Whether the booking may change at all; null when it may. */
export function modifyRefusal(
  booking: ChangeableBooking,
  expectedVersion: number | undefined,
): ModifyRefusal | null {
  if (!canModify(booking.status)) {
    return {
      ok: false,
      code: 'invalid_transition',
      detail: `Cannot modify a booking that is ${booking.status.replace(/_/g, ' ')}`,
    };
  }
  if (expectedVersion !== undefined && expectedVersion !== booking.version) {
    return {
      ok: false,
      code: 'stale_version',
      detail: `The booking is at version ${booking.version}, not ${expectedVersion}; read it again`,
    };
  }
  if (booking.hasPendingChange) {
    return {
      ok: false,
      code: 'change_pending',
      detail: 'A change of this booking is waiting for staff; wait for their decision',
    };
  }
  return null;
}

/** The time, party and seating the booking would have after the change. */
export function changedPlacement(
  booking: ChangeableBooking,
  changes: BookingChanges,
): { startsAt: string; partySize: number; seatingPreference: string | null } {
  return {
    startsAt: changes.startsAt === undefined ? booking.startsAt : new Date(changes.startsAt).toISOString(),
    partySize: changes.partySize ?? booking.partySize,
    seatingPreference:
      changes.seatingPreference === undefined ? booking.seatingPreference : changes.seatingPreference,
  };
}

/**
 * Whether the change touches capacity (time, party, seating or tables) and so must be placed
 * again; a change of notes or contact details alone is written as it is.
 */
export function movesCapacity(booking: ChangeableBooking, changes: BookingChanges): boolean {
  const after = changedPlacement(booking, changes);
  return (
    Date.parse(after.startsAt) !== Date.parse(booking.startsAt) ||
    after.partySize !== booking.partySize ||
    (after.seatingPreference ?? null) !== (booking.seatingPreference ?? null) ||
    (changes.tableIds?.length ?? 0) > 0
  );
}

/**
 * Why a change of a confirmed booking needs staff before it applies; null: apply it now. The same
 * rule as a new booking (party above the auto-confirm limit), but only for a party that grows past
 * it and only when a guest or partner asks: staff's own change is their decision already. A hold
 * is reviewed, if at all, when it is confirmed.
 */
export function changeReviewReason(
  booking: Pick<ChangeableBooking, 'status' | 'partySize'>,
  partySize: number,
  policy: Pick<BookingPolicy, 'autoConfirmMaxPartySize'>,
  byStaff: boolean,
): string | null {
  if (byStaff || booking.status !== 'confirmed' || partySize <= booking.partySize) return null;
  return reviewReasonFor(partySize, policy);
}

/** The latest a change under review may wait for staff: the review timeout, never past either start. */
export function changeReviewDeadline(
  change: Pick<PendingChange, 'startsAt'>,
  booking: Pick<BookingSnapshot, 'startsAt'>,
  policy: Pick<BookingPolicy, 'manualReviewTimeoutSeconds'>,
  now: number,
): number {
  return Math.min(
    now + policy.manualReviewTimeoutSeconds * 1000,
    Date.parse(change.startsAt),
    Date.parse(booking.startsAt),
  );
}

export interface DueReminder {
  readonly lead: number;
  readonly at: number;
}

/**
 * The reminders still to send for a booking starting at `startsAt`, soonest first: none whose time
 * has passed, and none for a lead already sent (a booking moved after its 24 h reminder does not
 * get a second one).
 */
export function remindersDue(
  startsAt: number,
  leadSeconds: readonly number[],
  sent: readonly number[],
  now: number,
): DueReminder[] {
  return leadSeconds
    .filter((lead) => !sent.includes(lead))
    .map((lead) => ({ lead, at: startsAt - lead * 1000 }))
    .filter((r) => r.at > now)
    .sort((a, b) => a.at - b.at);
}

/** Staff or a partner marks a no-show only once the booking has started; null when they may. */
export function noShowRefusal(booking: Pick<BookingSnapshot, 'startsAt'>, now: number): string | null {
  return now >= Date.parse(booking.startsAt)
    ? null
    : 'A booking can be marked a no-show only after its start time';
}

/** The default window to undo a no-show, for policies recorded before the window existed. */
export const DEFAULT_UNDO_NO_SHOW_WINDOW_SECONDS = 7200;

export function undoNoShowWindowSeconds(policy: Pick<BookingPolicy, 'undoNoShowWindowSeconds'>): number {
  return policy.undoNoShowWindowSeconds ?? DEFAULT_UNDO_NO_SHOW_WINDOW_SECONDS;
}
