/**
 * Why a booking is cancelled, as a small catalog every caller picks from (documented in OpenAPI);
 * free text says the rest. Reports and webhooks switch on the code, people read the text.
 */
export const CANCEL_REASON_CODES = [
  'guest_request',
  'restaurant_closed',
  'duplicate',
  'no_payment',
  'other',
] as const;
export type CancelReasonCode = (typeof CANCEL_REASON_CODES)[number];

/** A cancellation without a code is a guest's or partner's own request unless they say otherwise. */
export const DEFAULT_CANCEL_REASON_CODE: CancelReasonCode = 'other';
