/**
 * The admin API's types, generated from the gateway's OpenAPI document by openapi-typescript.
 * Do not edit: change the gateway's DTOs and run `npm run api-types` (a test fails while this
 * file is stale).
 */
export interface paths {
  readonly '/admin/api/bookings': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** A day's bookings by time, filtered by status and guest name or phone */
    readonly get: operations['AdminBookingsController_day'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/admin/api/bookings/{id}': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** A booking with its event timeline, tables, channel and workflow link */
    readonly get: operations['AdminBookingsController_details'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/admin/api/bookings/{id}/approve': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /** Approve a booking in review, optionally at other tables (ops only) */
    readonly post: operations['AdminBookingsController_approve'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/admin/api/bookings/{id}/cancel': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /** Cancel a booking with a reason (ops only) */
    readonly post: operations['AdminBookingsController_cancel'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/admin/api/bookings/{id}/check-in': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /** Seat a confirmed booking (ops only) */
    readonly post: operations['AdminBookingsController_checkIn'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/admin/api/bookings/{id}/reject': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /** Reject a booking in review with a reason (ops only) */
    readonly post: operations['AdminBookingsController_reject'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/admin/api/events': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * Live booking changes of your restaurant (server-sent events)
     * @description A `ready` event on connect, then one `booking` event per committed change with {bookingId, restaurantId, status, at}, and a `ping` every 20 s.
     */
    readonly get: operations['AdminBookingsController_events'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/admin/api/floor': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** Tables by zone at one instant: free, held, reserved, seated or blocked */
    readonly get: operations['AdminBookingsController_floor'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/admin/api/reviews': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** Bookings in manual_review, soonest first, with why and the engine’s pick */
    readonly get: operations['AdminBookingsController_reviews'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/admin/api/session': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** The signed-in member of staff and the CSRF token */
    readonly get: operations['AdminSessionController_current'];
    readonly put?: never;
    /**
     * Sign in to the admin UI
     * @description Sets the httpOnly, SameSite=Strict session cookie and answers the CSRF token to send with every state-changing admin request. Five failed attempts per email and address pause sign-in for 15 minutes.
     */
    readonly post: operations['AdminSessionController_signIn'];
    /** Sign out: ends the session and clears the cookie */
    readonly delete: operations['AdminSessionController_signOut'];
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    readonly AdminBookingOutput: {
      /** @example voice */
      readonly channel: string;
      readonly closeReason: string | null;
      /** Format: date-time */
      readonly endsAt: string;
      readonly guest: components['schemas']['AdminGuestOutput'];
      /** Format: uuid */
      readonly id: string;
      readonly notes: string | null;
      readonly partySize: number;
      /** @example party_size_over_auto_confirm_limit */
      readonly reviewReason: string | null;
      /** Format: date-time */
      readonly startsAt: string;
      /** @enum {string} */
      readonly status:
        | 'held'
        | 'capacity_verified'
        | 'assigned'
        | 'confirmed'
        | 'manual_review'
        | 'rejected'
        | 'expired'
        | 'cancelled'
        | 'checked_in'
        | 'completed'
        | 'no_show';
      readonly tables: readonly components['schemas']['TableRefOutput'][];
      readonly workflowId: string;
    };
    readonly AdminGuestOutput: {
      readonly name: string;
      /** @example +447700900123 */
      readonly phone: string | null;
    };
    readonly ApproveInput: {
      /** @example Manager agreed */
      readonly reason?: string;
      /** @description Seat the party at these tables instead of the engine's; checked free at approval */
      readonly tableIds?: readonly string[];
    };
    readonly BookingDetailsOutput: {
      /** @example api */
      readonly channel: string;
      readonly closeReason: string | null;
      /** Format: date-time */
      readonly createdAt: string;
      /** Format: date-time */
      readonly endsAt: string;
      readonly events: readonly components['schemas']['BookingEventOutput'][];
      readonly guest: components['schemas']['GuestOutput'];
      /** Format: date-time */
      readonly holdExpiresAt: string | null;
      /** Format: uuid */
      readonly id: string;
      readonly notes: string | null;
      readonly partySize: number;
      /** Format: uuid */
      readonly restaurantId: string;
      /** @example party_size_over_auto_confirm_limit */
      readonly reviewReason: string | null;
      /** Format: date-time */
      readonly startsAt: string;
      /** @enum {string} */
      readonly status:
        | 'held'
        | 'capacity_verified'
        | 'assigned'
        | 'confirmed'
        | 'manual_review'
        | 'rejected'
        | 'expired'
        | 'cancelled'
        | 'checked_in'
        | 'completed'
        | 'no_show';
      /**
       * @example [
       *       "T4"
       *     ]
       */
      readonly tables: readonly string[];
      /** @description Increments on every status change */
      readonly version: number;
      /** @example booking:4f1c…:checkout-123 */
      readonly workflowId: string;
      /** @description The booking workflow in the Temporal UI */
      readonly workflowUrl: string;
    };
    readonly BookingEventOutput: {
      /** @example system:booking-workflow */
      readonly actor: string;
      /** Format: date-time */
      readonly at: string;
      readonly data?: {
        readonly [key: string]: unknown;
      } | null;
      /** @enum {string|null} */
      readonly from:
        | 'held'
        | 'capacity_verified'
        | 'assigned'
        | 'confirmed'
        | 'manual_review'
        | 'rejected'
        | 'expired'
        | 'cancelled'
        | 'checked_in'
        | 'completed'
        | 'no_show'
        | null;
      readonly reason: string | null;
      /** @enum {string} */
      readonly to:
        | 'held'
        | 'capacity_verified'
        | 'assigned'
        | 'confirmed'
        | 'manual_review'
        | 'rejected'
        | 'expired'
        | 'cancelled'
        | 'checked_in'
        | 'completed'
        | 'no_show';
    };
    readonly BookingOutput: {
      readonly closeReason: string | null;
      /** Format: date-time */
      readonly endsAt: string;
      /** Format: date-time */
      readonly holdExpiresAt: string | null;
      /** Format: uuid */
      readonly id: string;
      readonly partySize: number;
      /** Format: uuid */
      readonly restaurantId: string;
      /** @example party_size_over_auto_confirm_limit */
      readonly reviewReason: string | null;
      /** Format: date-time */
      readonly startsAt: string;
      /** @enum {string} */
      readonly status:
        | 'held'
        | 'capacity_verified'
        | 'assigned'
        | 'confirmed'
        | 'manual_review'
        | 'rejected'
        | 'expired'
        | 'cancelled'
        | 'checked_in'
        | 'completed'
        | 'no_show';
      /**
       * @example [
       *       "T4"
       *     ]
       */
      readonly tables: readonly string[];
      /** @description Increments on every status change */
      readonly version: number;
      /** @example booking:4f1c…:checkout-123 */
      readonly workflowId: string;
    };
    readonly BookingPageOutput: {
      /**
       * Format: date
       * @description The local date listed
       * @example 2026-11-23
       */
      readonly date: string;
      readonly items: readonly components['schemas']['AdminBookingOutput'][];
      /** @description Pass as cursor for the next page */
      readonly nextCursor: string | null;
    };
    readonly EngineSuggestionOutput: {
      /** @example no_table_set_fits_party */
      readonly reason: string | null;
      readonly score: number | null;
      /** @example combination */
      readonly strategy: string | null;
      /**
       * @description The engine's tables
       * @example [
       *       "B1",
       *       "B2"
       *     ]
       */
      readonly tables: readonly string[];
    };
    readonly FloorBookingOutput: {
      /** Format: date-time */
      readonly endsAt: string;
      readonly guestName: string;
      /** Format: uuid */
      readonly id: string;
      readonly partySize: number;
      /** Format: date-time */
      readonly startsAt: string;
      /** @enum {string} */
      readonly status:
        | 'held'
        | 'capacity_verified'
        | 'assigned'
        | 'confirmed'
        | 'manual_review'
        | 'rejected'
        | 'expired'
        | 'cancelled'
        | 'checked_in'
        | 'completed'
        | 'no_show';
    };
    readonly FloorOutput: {
      /** Format: date-time */
      readonly at: string;
      readonly zones: readonly components['schemas']['FloorZoneOutput'][];
    };
    readonly FloorTableOutput: {
      readonly booking: components['schemas']['FloorBookingOutput'] | null;
      /** Format: uuid */
      readonly id: string;
      readonly label: string;
      readonly maxCovers: number;
      readonly minCovers: number;
      /** @enum {string} */
      readonly state: 'free' | 'held' | 'reserved' | 'seated' | 'blocked';
    };
    readonly FloorZoneOutput: {
      /** Format: uuid */
      readonly id: string;
      /** @example Terrace */
      readonly name: string;
      readonly tables: readonly components['schemas']['FloorTableOutput'][];
    };
    readonly GuestOutput: {
      readonly email: string | null;
      readonly name: string;
      readonly phone: string | null;
    };
    /** @description RFC 9457 problem details */
    readonly Problem: {
      /** @description On no_capacity and restaurant_closed: the nearest free times */
      readonly alternatives?: readonly Record<string, never>[];
      /**
       * @description Stable machine-readable code
       * @enum {string}
       */
      readonly code:
        | 'validation_failed'
        | 'malformed_json'
        | 'idempotency_key_required'
        | 'invalid_idempotency_key'
        | 'unauthorized'
        | 'not_signed_in'
        | 'invalid_credentials'
        | 'csrf_token_invalid'
        | 'role_forbidden'
        | 'insufficient_scope'
        | 'not_found'
        | 'restaurant_not_found'
        | 'booking_not_found'
        | 'api_key_not_found'
        | 'no_capacity'
        | 'invalid_transition'
        | 'tables_unavailable'
        | 'idempotency_request_in_progress'
        | 'payload_too_large'
        | 'unsupported_media_type'
        | 'idempotency_key_reused'
        | 'restaurant_closed'
        | 'payload_not_decryptable'
        | 'party_size_out_of_range'
        | 'starts_at_in_past'
        | 'beyond_booking_window'
        | 'insufficient_notice'
        | 'off_grid_start_time'
        | 'closed_on_date'
        | 'channel_not_enabled'
        | 'unknown_seating_preference'
        | 'rate_limited'
        | 'sign_in_rate_limited'
        | 'internal_error'
        | 'service_unavailable'
        | 'overloaded'
        | 'database_unavailable'
        | 'workflow_engine_unavailable'
        | 'cache_unavailable';
      readonly detail: string;
      /** @description On 5xx only; the same id is in the server log */
      readonly errorId?: string;
      readonly errors?: readonly {
        readonly code: string;
        readonly field: string;
        readonly message: string;
      }[];
      readonly instance?: string;
      readonly status: number;
      readonly title: string;
      /** @description URI reference of the problem type */
      readonly type: string;
    };
    readonly ReasonInput: {
      /** @example Guest called to cancel */
      readonly reason: string;
    };
    readonly ReviewItemOutput: {
      /** @example voice */
      readonly channel: string;
      readonly closeReason: string | null;
      /** Format: date-time */
      readonly endsAt: string;
      readonly guest: components['schemas']['AdminGuestOutput'];
      /** Format: uuid */
      readonly id: string;
      readonly notes: string | null;
      readonly partySize: number;
      /** @example party_size_over_auto_confirm_limit */
      readonly reviewReason: string | null;
      /** Format: date-time */
      readonly sentToReviewAt: string | null;
      /** Format: date-time */
      readonly startsAt: string;
      /** @enum {string} */
      readonly status:
        | 'held'
        | 'capacity_verified'
        | 'assigned'
        | 'confirmed'
        | 'manual_review'
        | 'rejected'
        | 'expired'
        | 'cancelled'
        | 'checked_in'
        | 'completed'
        | 'no_show';
      readonly suggestion: components['schemas']['EngineSuggestionOutput'];
      readonly tables: readonly components['schemas']['TableRefOutput'][];
      readonly workflowId: string;
    };
    readonly ReviewPageOutput: {
      readonly items: readonly components['schemas']['ReviewItemOutput'][];
      /** @description Pass as cursor for the next page */
      readonly nextCursor: string | null;
    };
    readonly SessionOutput: {
      /** @description Send as X-CSRF-Token on every POST and DELETE of the admin API */
      readonly csrfToken: string;
      readonly staff: components['schemas']['StaffOutput'];
      /**
       * @description Base URL of the Temporal UI
       * @example http://localhost:8233
       */
      readonly temporalUiUrl: string;
    };
    readonly SignInInput: {
      /** @example ops@demo-bistro.test */
      readonly email: string;
      /** Format: password */
      readonly password: string;
    };
    readonly StaffOutput: {
      /** @example ops@demo-bistro.test */
      readonly email: string;
      /** Format: uuid */
      readonly id: string;
      /** Format: uuid */
      readonly restaurantId: string;
      /** @example Demo Bistro */
      readonly restaurantName: string;
      /** @enum {string} */
      readonly role: 'manager' | 'ops' | 'viewer';
      /** @example Europe/London */
      readonly timezone: string;
    };
    readonly TableRefOutput: {
      /** Format: uuid */
      readonly id: string;
      /** @example T4 */
      readonly label: string;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: {
    /** @description Seconds to wait before retrying */
    readonly 'Retry-After': number;
  };
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  readonly AdminBookingsController_day: {
    readonly parameters: {
      readonly query?: {
        /** @description nextCursor of the previous page */
        readonly cursor?: string;
        /** @description Local date; default today at the restaurant */
        readonly date?: string;
        /** @description 1 to 100 (default 50) */
        readonly limit?: string;
        /** @description Part of the guest name or phone number */
        readonly q?: string;
        /** @description Comma-separated statuses */
        readonly status?: string;
      };
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['BookingPageOutput'];
        };
      };
      /** @description Problem: validation_failed, malformed_json, idempotency_key_required, invalid_idempotency_key */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  readonly AdminBookingsController_details: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['BookingDetailsOutput'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem: not_found, restaurant_not_found, booking_not_found, api_key_not_found */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  readonly AdminBookingsController_approve: {
    readonly parameters: {
      readonly query?: never;
      readonly header: {
        /** @description The csrfToken of the session */
        readonly 'X-CSRF-Token': string;
      };
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': components['schemas']['ApproveInput'];
      };
    };
    readonly responses: {
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['BookingOutput'];
        };
      };
      /** @description Problem: validation_failed, malformed_json, idempotency_key_required, invalid_idempotency_key */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem: not_found, restaurant_not_found, booking_not_found, api_key_not_found */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem: no_capacity, invalid_transition, tables_unavailable, idempotency_request_in_progress */
      readonly 409: {
        headers: {
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  readonly AdminBookingsController_cancel: {
    readonly parameters: {
      readonly query?: never;
      readonly header: {
        /** @description The csrfToken of the session */
        readonly 'X-CSRF-Token': string;
      };
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': components['schemas']['ReasonInput'];
      };
    };
    readonly responses: {
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['BookingOutput'];
        };
      };
      /** @description Problem: validation_failed, malformed_json, idempotency_key_required, invalid_idempotency_key */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem: not_found, restaurant_not_found, booking_not_found, api_key_not_found */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem: no_capacity, invalid_transition, tables_unavailable, idempotency_request_in_progress */
      readonly 409: {
        headers: {
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  readonly AdminBookingsController_checkIn: {
    readonly parameters: {
      readonly query?: never;
      readonly header: {
        /** @description The csrfToken of the session */
        readonly 'X-CSRF-Token': string;
      };
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['BookingOutput'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem: not_found, restaurant_not_found, booking_not_found, api_key_not_found */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem: no_capacity, invalid_transition, tables_unavailable, idempotency_request_in_progress */
      readonly 409: {
        headers: {
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  readonly AdminBookingsController_reject: {
    readonly parameters: {
      readonly query?: never;
      readonly header: {
        /** @description The csrfToken of the session */
        readonly 'X-CSRF-Token': string;
      };
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': components['schemas']['ReasonInput'];
      };
    };
    readonly responses: {
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['BookingOutput'];
        };
      };
      /** @description Problem: validation_failed, malformed_json, idempotency_key_required, invalid_idempotency_key */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem: not_found, restaurant_not_found, booking_not_found, api_key_not_found */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem: no_capacity, invalid_transition, tables_unavailable, idempotency_request_in_progress */
      readonly 409: {
        headers: {
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  readonly AdminBookingsController_events: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description An event stream */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'text/event-stream': string;
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  readonly AdminBookingsController_floor: {
    readonly parameters: {
      readonly query?: {
        /** @description The instant to show; default now */
        readonly at?: string;
      };
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['FloorOutput'];
        };
      };
      /** @description Problem: validation_failed, malformed_json, idempotency_key_required, invalid_idempotency_key */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  readonly AdminBookingsController_reviews: {
    readonly parameters: {
      readonly query?: {
        /** @description nextCursor of the previous page */
        readonly cursor?: string;
        /** @description 1 to 100 (default 50) */
        readonly limit?: string;
      };
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ReviewPageOutput'];
        };
      };
      /** @description Problem: validation_failed, malformed_json, idempotency_key_required, invalid_idempotency_key */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  readonly AdminSessionController_current: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['SessionOutput'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  readonly AdminSessionController_signIn: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': components['schemas']['SignInInput'];
      };
    };
    readonly responses: {
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['SessionOutput'];
        };
      };
      /** @description Problem: validation_failed, malformed_json, idempotency_key_required, invalid_idempotency_key */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem: rate_limited, sign_in_rate_limited */
      readonly 429: {
        headers: {
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  readonly AdminSessionController_signOut: {
    readonly parameters: {
      readonly query?: never;
      readonly header: {
        /** @description The csrfToken of the session */
        readonly 'X-CSRF-Token': string;
      };
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Signed out */
      readonly 204: {
        headers: {
          readonly [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
}
