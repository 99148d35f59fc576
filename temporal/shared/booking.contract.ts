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
} from '../../libs/domain/src/booking.types';

export const BOOKING_WORKFLOW_TYPE = 'bookingWorkflow';

export {
  SA_CHANNEL,
  SA_PARTY_SIZE,
  SA_RESTAURANT,
  SA_STARTS_AT,
  SA_STATUS,
  SEARCH_ATTRIBUTES,
} from './search-attributes';

export type BookingWorkflowInput = BookingRequest;

/** What the caller of POST /v1/bookings or /v1/holds learns, synchronously. */
export type PlacementResult =
  | { readonly outcome: 'placed'; readonly requestFingerprint: string; readonly booking: BookingSnapshot }
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
}

export interface CancelInput extends ActorRef {
  readonly reason: string;
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
export const bookingStateQuery = defineQuery<BookingWorkflowState>('bookingState');

/** What each command on a booking carries. */
export interface BookingCommandArgs {
  readonly confirm_hold: ActorRef;
  readonly cancel: CancelInput;
  readonly check_in: ActorRef;
  readonly approve: ApproveInput;
  readonly reject: RejectInput;
}

/** Every change a caller (API key, staff, agent) can ask of a running booking. */
export type BookingCommandKind = keyof BookingCommandArgs;

export interface BookingCommandDefinition<K extends BookingCommandKind> {
  /** The update the gateway sends and the workflow handles. */
  readonly update: UpdateDefinition<BookingSnapshot, [BookingCommandArgs[K]]>;
  /**
   * The transition-table action it applies; null for confirming a hold, which is not one status
   * change but the rest of the placement (verify, assign, confirm or review).
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
};

/** ApplicationFailure type the update validators throw for a refused transition. */
export const INVALID_TRANSITION_FAILURE = 'InvalidTransition';
