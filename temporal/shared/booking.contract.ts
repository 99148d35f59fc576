/**
 * The one contract between the gateway and the booking workflow: names, payload types and the
 * update/query definitions both sides import. Changing a name here changes it everywhere.
 */
import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { UpdateDefinition } from '@temporalio/common';
import type { BookingAction, BookingStatus } from '../../libs/domain/src/booking-status';
import type {
  ActorRef,
  BookingRequest,
  BookingSnapshot,
  HoldRefusalCode,
  PendingChange,
  SealedBookingRequest,
} from '../../libs/domain/src/booking.types';
import type { BookingChanges, ModifyRefusalCode } from '../../libs/domain/src/booking-modification';
import type { CancelReasonCode } from '../../libs/domain/src/cancellation-reasons';

export const BOOKING_WORKFLOW_TYPE = 'bookingWorkflow';

export {
  SA_CHANNEL,
  SA_PARTY_SIZE,
  SA_RESTAURANT,
  SA_STARTS_AT,
  SA_STATUS,
  SEARCH_ATTRIBUTES,
} from './search-attributes';

/**
 * The workflow's input: what the gateway sends since sealing (guest data sealed with the booking's
 * key, guest-data-seal.ts), or a plain request (workflows started before it, tests, the CLI). The
 * workflow reads only the references and numbers both shapes share.
 */
export type BookingWorkflowInput = BookingRequest | SealedBookingRequest;

/** What the caller of POST /v1/bookings or /v1/holds learns, synchronously. */
export type PlacementResult =
  | {
      readonly outcome: 'placed';
      readonly requestFingerprint: string;
      readonly booking: BookingSnapshot;
      /**
       * The hold's finding that the guest was known before (answers since it was added carry it),
       * so the gateway need not ask Postgres again before it answers.
       */
      readonly guestRecognised?: boolean;
    }
  | {
      readonly outcome: 'refused';
      readonly requestFingerprint: string;
      readonly code: HoldRefusalCode;
      readonly detail: string;
    };

/** What the workflow returns when it closes; a retried request of a closed one reads it. */
export interface BookingWorkflowResult {
  readonly placement: PlacementResult | null;
  readonly booking: BookingSnapshot | null;
}

/** Live state, for engineers (Temporal UI query) and for the gateway. */
export interface BookingWorkflowState {
  readonly bookingId: string;
  readonly status: BookingStatus | 'pending' | 'refused';
  readonly booking: BookingSnapshot | null;
  readonly nextTimer: { readonly kind: string; readonly at: string } | null;
  readonly remindersSent: readonly number[];
  /** The change waiting for staff (workflows with BOOKING_CHANGES_PATCH only). */
  readonly pendingChange?: PendingChange | null;
}

/**
 * A cancel or reject as the caller gives it: `reason` is free text (it may name the guest), so the
 * gateway sends it as `sealedReason` instead (ActorRef); the workflow passes it on unread.
 */
export interface CancelInput extends ActorRef {
  readonly reason: string;
  /** The catalog code of the reason (absent in requests made before the catalog existed). */
  readonly reasonCode?: CancelReasonCode;
}

/** A change of a placed booking: new time, party, seating, notes, guest contact, or tables. */
export interface ModifyInput extends ActorRef {
  readonly changes: BookingChanges;
  /** The version the caller last read (If-Match); refused as stale when the booking moved on. */
  readonly expectedVersion?: number;
  /** Staff change a booking on their own authority: no review of the change. */
  readonly byStaff?: boolean;
}
export type RejectInput = CancelInput;
/** Approving a review; staff may seat the party at other tables than the engine chose. */
export interface ApproveInput extends ActorRef {
  readonly tableIds?: readonly string[];
}

/**
 * Waits until the booking's first answer is known: `held` for a hold, `confirmed` or
 * `manual_review` for a booking, or the refusal. The update ID is derived from the
 * Idempotency-Key, so a retried request attaches to the first one instead of running twice.
 */
export const placeBookingUpdate = defineUpdate<PlacementResult>('placeBooking');
export const confirmHoldUpdate = defineUpdate<BookingSnapshot, [ActorRef]>('confirmHold');
export const cancelBookingUpdate = defineUpdate<BookingSnapshot, [CancelInput]>('cancelBooking');
export const checkInUpdate = defineUpdate<BookingSnapshot, [ActorRef]>('checkIn');
export const approveReviewUpdate = defineUpdate<BookingSnapshot, [ApproveInput]>('approveReview');
export const rejectReviewUpdate = defineUpdate<BookingSnapshot, [RejectInput]>('rejectReview');
export const modifyBookingUpdate = defineUpdate<BookingSnapshot, [ModifyInput]>('modifyBooking');
export const markNoShowUpdate = defineUpdate<BookingSnapshot, [ActorRef]>('markNoShow');
export const undoNoShowUpdate = defineUpdate<BookingSnapshot, [ActorRef]>('undoNoShow');
export const approveChangeUpdate = defineUpdate<BookingSnapshot, [ActorRef]>('approveChange');
export const rejectChangeUpdate = defineUpdate<BookingSnapshot, [RejectInput]>('rejectChange');
export const bookingStateQuery = defineQuery<BookingWorkflowState>('bookingState');

/** What each command on a booking carries. */
export interface BookingCommandArgs {
  readonly confirm_hold: ActorRef;
  readonly cancel: CancelInput;
  readonly check_in: ActorRef;
  readonly approve: ApproveInput;
  readonly reject: RejectInput;
  readonly modify: ModifyInput;
  readonly mark_no_show: ActorRef;
  readonly undo_no_show: ActorRef;
  readonly approve_change: ActorRef;
  readonly reject_change: RejectInput;
}

/** Every change a caller (API key, staff, agent) can ask of a running booking. */
export type BookingCommandKind = keyof BookingCommandArgs;

export interface BookingCommandDefinition<K extends BookingCommandKind> {
  /** The update the gateway sends and the workflow handles. */
  readonly update: UpdateDefinition<BookingSnapshot, [BookingCommandArgs[K]]>;
  /**
   * The transition-table action it applies; null for confirming a hold, which is not one status
   * change but the rest of the placement (verify, assign, confirm or review), and for changing a
   * booking or deciding a change, which leave its status as it is.
   */
  readonly action: BookingAction | null;
}

/**
 * The one map from command to update and domain action: the workflow registers its handlers from it,
 * and the public API and the admin API send through it, so a command cannot mean two things.
 */
export const BOOKING_COMMANDS: { readonly [K in BookingCommandKind]: BookingCommandDefinition<K> } = {
  confirm_hold: { update: confirmHoldUpdate, action: null },
  cancel: { update: cancelBookingUpdate, action: 'cancel' },
  check_in: { update: checkInUpdate, action: 'check_in' },
  approve: { update: approveReviewUpdate, action: 'approve' },
  reject: { update: rejectReviewUpdate, action: 'reject' },
  modify: { update: modifyBookingUpdate, action: null },
  mark_no_show: { update: markNoShowUpdate, action: 'mark_no_show' },
  undo_no_show: { update: undoNoShowUpdate, action: 'undo_no_show' },
  approve_change: { update: approveChangeUpdate, action: null },
  reject_change: { update: rejectChangeUpdate, action: null },
};

/** ApplicationFailure type the update validators throw for a refused transition. */
export const INVALID_TRANSITION_FAILURE = 'InvalidTransition';

/** ApplicationFailure type of a refused change (modify); details: `{ code, detail }`. */
export const CHANGE_REFUSED_FAILURE = 'BookingChangeRefused';
export interface ChangeRefusal {
  readonly code: ModifyRefusalCode;
  readonly detail: string;
}

/**
 * The patch that brought changes of a placed booking (modify, staff no-show and its undo window,
 * changes under review). Workflows started before it keep their old story: they refuse these
 * commands. README "Changing the workflow".
 */
export const BOOKING_CHANGES_PATCH = 'booking-changes-v1';

/**
 * The patch that seats a walk-in as it is placed (one local activity, one transaction: it is never
 * seen confirmed). Taken only by walk-ins, so no other booking pays its marker. A walk-in started
 * before it is placed confirmed and checked in by the gateway's check-in update, as it was.
 */
export const WALK_IN_SEATED_PATCH = 'walk-in-seated-v1';

/**
 * The patch that runs a timer's own step (hold expiry, review timeout, reminder, no-show,
 * completion) as a local activity: a timer firing is one workflow task instead of two with an
 * activity task between them. Asked only when such a step runs, never at the start, so a booking
 * whose timers never do their step (cancelled, still waiting) records no marker. README
 * "Changing the workflow".
 */
export const TIMER_LOCAL_STEPS_PATCH = 'timer-local-steps-v1';
