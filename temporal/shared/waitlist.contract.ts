/**
 * The contract between the gateway, the waitlist entry workflows and the per-restaurant matcher:
 * names, payloads and the update/signal/query definitions all sides import.
 */
import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { BookingSnapshot, SealedGuestData } from '../../libs/domain/src/booking.types';
import type {
  NewWaitlistEntry,
  SealedWaitlistEntry,
  WaitlistEntryState,
} from '../../libs/db/src/waitlist.repository';

export const WAITLIST_ENTRY_WORKFLOW_TYPE = 'waitlistEntryWorkflow';
export const WAITLIST_MATCHER_WORKFLOW_TYPE = 'waitlistMatcherWorkflow';

/** One matcher per restaurant: freed capacity is offered by one process at a time, never twice. */
export function waitlistMatcherWorkflowId(restaurantId: string): string {
  return `waitlist-matcher:${restaurantId}`;
}

/** One entry per (caller, Idempotency-Key), like a booking. */
export function waitlistEntryWorkflowId(scope: string, idempotencyKey: string): string {
  return `waitlist:${scope}:${idempotencyKey}`;
}

/**
 * The gateway starts a wish with its guest data sealed (`sealedGuest`); a workflow started before
 * sealing carries them plain. The workflow passes its input to createEntry unread either way.
 */
export type WaitlistEntryInput = NewWaitlistEntry | SealedWaitlistEntry;

export interface WaitlistMatcherInput {
  readonly restaurantId: string;
  /** How often the matcher looks for freed capacity while anyone waits (the durable backstop). */
  readonly pollSeconds: number;
}

export interface LeaveWaitlistInput {
  readonly actor: string;
  /** cancel: the guest leaves; remove: staff take the entry off. */
  readonly action: 'cancel' | 'remove';
  readonly reason?: string;
  /** `reason` sealed with the entry's key instead (the gateway sends this); passed on unread. */
  readonly sealedReason?: SealedGuestData;
}

export interface AcceptOfferInput {
  readonly actor: string;
  /** The offer the guest was told of (its hold's booking id); refused if another is current. */
  readonly offerId?: string;
}

/** The entry as it now is, and the booking its accepted offer became. */
export interface AcceptedOffer {
  readonly entry: WaitlistEntryState;
  readonly booking: BookingSnapshot;
}

/**
 * Every entry below is its state without the guest's data (WaitlistEntryState); the gateway reads
 * the rest from Postgres. Histories recorded before carried the full entry, which nothing reads.
 */
/** Answers once the entry is recorded (update-with-start from POST /v1/waitlist). */
export const joinWaitlistUpdate = defineUpdate<WaitlistEntryState>('joinWaitlist');
export const leaveWaitlistUpdate = defineUpdate<WaitlistEntryState, [LeaveWaitlistInput]>('leaveWaitlist');
export const acceptOfferUpdate = defineUpdate<AcceptedOffer, [AcceptOfferInput]>('acceptWaitlistOffer');
/** From the matcher: the entry was offered a hold (already recorded in Postgres). */
export const offerMadeSignal = defineSignal<[WaitlistEntryState]>('waitlistOfferMade');
/** To the matcher: capacity may have freed (a cancellation, an expiry, a new entry); look again. */
export const capacityFreedSignal = defineSignal('waitlistCapacityFreed');
export const waitlistEntryQuery = defineQuery<WaitlistEntryState | null>('waitlistEntry');

/** ApplicationFailure type of a refused waitlist command; details: `[{ code, detail }]`. */
export const WAITLIST_REFUSED_FAILURE = 'WaitlistRefused';
export type WaitlistRefusalCode = 'invalid_transition' | 'offer_expired' | 'offer_mismatch';
export interface WaitlistRefusal {
  readonly code: WaitlistRefusalCode;
  readonly detail: string;
}
