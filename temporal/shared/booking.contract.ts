/**
 * The one contract between the gateway and the booking workflow: names, payload types and the
 * update/query definitions both sides import. Changing a name here changes it everywhere.
 */
import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { BookingStatus } from '../../libs/domain/src/booking-status';
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

/** ApplicationFailure type the update validators throw for a refused transition. */
export const INVALID_TRANSITION_FAILURE = 'InvalidTransition';
