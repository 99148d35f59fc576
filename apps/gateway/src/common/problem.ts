import { HttpException } from '@nestjs/common';

/** One offending input, named by its path in the request (`guest.email`, `Idempotency-Key`). */
export interface FieldError {
  readonly field: string;
  readonly code: string;
  readonly message: string;
}

/** RFC 9457 problem details, with our stable machine-readable `code`. */
export interface ProblemBody {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly code: string;
  readonly errors?: readonly FieldError[];
  readonly instance?: string;
  readonly errorId?: string;
  readonly [extension: string]: unknown;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/**
 * The error catalog: every code the API answers with, its HTTP status and title. Clients switch
 * on `code`; the title is for people.
 */
export const PROBLEMS = {
  validation_failed: { status: 400, title: 'The request is invalid' },
  erasure_not_confirmed: { status: 400, title: "The erasure was not confirmed with the guest's id" },
  malformed_json: { status: 400, title: 'The body is not valid JSON' },
  idempotency_key_required: { status: 400, title: 'Idempotency-Key header is required' },
  invalid_idempotency_key: { status: 400, title: 'Idempotency-Key is malformed' },
  unauthorized: { status: 401, title: 'Missing or invalid API key' },
  not_signed_in: { status: 401, title: 'Sign in to the admin UI first' },
  invalid_credentials: { status: 401, title: 'Wrong email or password' },
  csrf_token_invalid: { status: 403, title: 'Missing or wrong X-CSRF-Token header' },
  role_forbidden: { status: 403, title: 'Your staff role may not do this' },
  insufficient_scope: { status: 403, title: 'The API key lacks the scope for this action' },
  publishable_key_not_allowed: {
    status: 403,
    title: 'A publishable key may only read availability and place new bookings',
  },
  origin_not_allowed: { status: 403, title: 'This publishable key does not allow that origin' },
  challenge_failed: { status: 403, title: 'The anti-abuse challenge was missing or not passed' },
  not_found: { status: 404, title: 'Not found' },
  manage_link_invalid: { status: 404, title: 'This booking link is not valid (revoked or mistyped)' },
  manage_link_expired: { status: 410, title: 'This booking link expired when the booking ended' },
  restaurant_not_found: { status: 404, title: 'Restaurant not found' },
  booking_not_found: { status: 404, title: 'Booking not found' },
  waitlist_entry_not_found: { status: 404, title: 'Waitlist entry not found' },
  api_key_not_found: { status: 404, title: 'API key not found' },
  zone_not_found: { status: 404, title: 'Zone not found' },
  table_not_found: { status: 404, title: 'Table not found' },
  exception_not_found: { status: 404, title: 'Exception to the opening hours not found' },
  block_not_found: { status: 404, title: 'Table block not found' },
  staff_not_found: { status: 404, title: 'Staff account not found' },
  webhook_endpoint_not_found: { status: 404, title: 'Webhook endpoint not found' },
  webhook_delivery_not_found: { status: 404, title: 'Webhook delivery not found' },
  guest_not_found: { status: 404, title: 'Guest not found' },
  guest_note_not_found: { status: 404, title: 'Note not found' },
  guest_conflict_not_found: { status: 404, title: 'Open guest conflict not found' },
  guest_merge_same_guest: { status: 409, title: 'A guest cannot be merged into itself' },
  guest_erased: { status: 409, title: 'The guest was erased; their record cannot change' },
  no_capacity: { status: 409, title: 'No capacity for that party at that time' },
  offer_expired: { status: 409, title: 'The waitlist entry has no offer to accept now' },
  offer_mismatch: { status: 409, title: 'That offer is not the waitlist entry’s current one' },
  waitlist_closed: { status: 409, title: 'The walk-in list is closed now' },
  not_a_walk_in: { status: 409, title: 'Only a walk-in is seated from the list' },
  invalid_wish_window: { status: 422, title: 'The wished window cannot be waited for' },
  invalid_transition: { status: 409, title: 'The booking cannot do that in its current status' },
  tables_unavailable: { status: 409, title: 'Those tables cannot take the booking' },
  duplicate_zone_name: { status: 409, title: 'A zone of that name exists already' },
  duplicate_table_label: { status: 409, title: 'A table with that label exists already' },
  zone_has_tables: { status: 409, title: 'The zone still has tables' },
  table_has_future_bookings: { status: 409, title: 'Future bookings hold the table; deactivate it instead' },
  table_has_history: { status: 409, title: 'Past bookings name the table; deactivate it instead' },
  overlapping_exception: { status: 409, title: 'Another exception already covers some of those dates' },
  duplicate_staff_email: { status: 409, title: 'A staff account with that email exists already' },
  last_active_manager: {
    status: 409,
    title: 'The restaurant would be left without an active manager',
  },
  change_pending: { status: 409, title: 'A change of this booking is waiting for staff' },
  version_mismatch: { status: 412, title: 'The booking changed since you read it (If-Match)' },
  idempotency_request_in_progress: {
    status: 409,
    title: 'A request with this Idempotency-Key is still running',
  },
  payload_too_large: { status: 413, title: 'The body is too large' },
  unsupported_media_type: { status: 415, title: 'Send the body as application/json' },
  idempotency_key_reused: { status: 422, title: 'Idempotency-Key was used for a different request' },
  restaurant_closed: { status: 422, title: 'The restaurant does not take bookings at that time' },
  payload_not_decryptable: { status: 422, title: 'A payload cannot be decrypted with the configured keys' },
  party_size_out_of_range: { status: 422, title: 'Party size is outside what the restaurant accepts' },
  starts_at_in_past: { status: 422, title: 'The booking would start in the past' },
  beyond_booking_window: { status: 422, title: 'The restaurant does not take bookings that far ahead' },
  insufficient_notice: {
    status: 422,
    title: 'The booking would start sooner than the restaurant’s minimum notice',
  },
  off_grid_start_time: { status: 422, title: 'The start time is not on the restaurant’s start-time grid' },
  cancellation_cutoff_passed: {
    status: 422,
    title: 'The cancellation cutoff has passed; only the restaurant can cancel now',
  },
  closed_on_date: { status: 422, title: 'The restaurant is closed on that date' },
  invalid_setup: { status: 422, title: 'The setup change is inconsistent; errors[] names the fields' },
  channel_not_enabled: { status: 422, title: 'The restaurant does not take bookings from this channel' },
  invalid_webhook_url: {
    status: 422,
    title: 'The webhook URL is not allowed (https, no credentials, no internal address)',
  },
  unknown_seating_preference: { status: 422, title: 'The restaurant has no zone by that name' },
  rate_limited: { status: 429, title: 'Too many requests for this API key' },
  too_many_live_holds: { status: 429, title: 'Too many unconfirmed holds from this address' },
  sign_in_rate_limited: { status: 429, title: 'Too many failed sign-ins; wait before trying again' },
  internal_error: { status: 500, title: 'Something went wrong on our side' },
  service_unavailable: { status: 503, title: 'A dependency is unavailable; retry later' },
  overloaded: { status: 503, title: 'The gateway is at its limit; retry after Retry-After' },
  database_unavailable: { status: 503, title: 'The database is unavailable; retry after Retry-After' },
  workflow_engine_unavailable: {
    status: 503,
    title: 'The workflow engine is unavailable; retry after Retry-After',
  },
  cache_unavailable: { status: 503, title: 'Redis is unavailable; retry after Retry-After' },
} as const satisfies Record<string, { status: number; title: string }>;

export type ProblemCode = keyof typeof PROBLEMS;

export function problemType(code: string): string {
  return `/problems/${code}`;
}

export class ProblemException extends HttpException {
  constructor(
    readonly code: ProblemCode,
    detail?: string,
    readonly errors?: readonly FieldError[],
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(detail ?? PROBLEMS[code].title, PROBLEMS[code].status);
  }

  toBody(instance?: string): ProblemBody {
    const { status, title } = PROBLEMS[this.code];
    return {
      type: problemType(this.code),
      title,
      status,
      detail: this.message,
      code: this.code,
      ...(this.errors?.length ? { errors: this.errors } : {}),
      ...(instance ? { instance } : {}),
      ...this.extensions,
    };
  }
}

export function fieldProblem(code: ProblemCode, field: string, message: string): ProblemException {
  return new ProblemException(code, message, [{ field, code, message }]);
}
