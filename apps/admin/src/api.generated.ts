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
    /**
     * Change a booking or move it to other tables (ops only): the same path as the public PATCH
     * @description Staff's own change is applied without a review of the change. Send an Idempotency-Key so a double submit attaches to the first change.
     */
    readonly patch: operations['AdminBookingsController_modify'];
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
    /** Cancel a booking with a reason code and free text (ops only) */
    readonly post: operations['AdminBookingsController_cancel'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/admin/api/bookings/{id}/change/approve': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /** Approve the change waiting for staff: the booking moves (ops only) */
    readonly post: operations['AdminBookingsController_approveChange'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/admin/api/bookings/{id}/change/reject': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /** Reject the change waiting for staff: the booking stays as it was (ops only) */
    readonly post: operations['AdminBookingsController_rejectChange'];
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
  readonly '/admin/api/bookings/{id}/no-show': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /** Mark a confirmed booking a no-show, after its start (ops only) */
    readonly post: operations['AdminBookingsController_noShow'];
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
  readonly '/admin/api/bookings/{id}/undo-no-show': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /** Undo a no-show within the restaurant's window (ops only) */
    readonly post: operations['AdminBookingsController_undoNoShow'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/admin/api/changes': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** Changes of confirmed bookings waiting for staff, with before and after */
    readonly get: operations['AdminBookingsController_changes'];
    readonly put?: never;
    readonly post?: never;
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
      /** @enum {string|null} */
      readonly closeReasonCode:
        'guest_request' | 'restaurant_closed' | 'duplicate' | 'no_payment' | 'other' | null;
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
      /** @description A change waiting for staff; the booking is as it was until they decide */
      readonly pendingChange: components['schemas']['PendingChangeOutput'] | null;
      /** Format: uuid */
      readonly restaurantId: string;
      /** @example party_size_over_auto_confirm_limit */
      readonly reviewReason: string | null;
      readonly seatingPreference: string | null;
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
      /** @description Increments on every change; the ETag */
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
      /** @description A change waiting for staff; the booking is as it was until they decide */
      readonly pendingChange: components['schemas']['PendingChangeOutput'] | null;
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
      /** @description Increments on every change; the ETag */
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
    readonly CancelBookingInput: {
      /** @example Guest called to cancel */
      readonly reason?: string;
      /**
       * @description Why, from the catalog: guest_request, restaurant_closed, duplicate, no_payment, other. `reason` (free text) is required with `other` or without a code.
       * @default other
       * @enum {string}
       */
      readonly reasonCode: 'guest_request' | 'restaurant_closed' | 'duplicate' | 'no_payment' | 'other';
    };
    readonly ChangeReviewItemOutput: {
      /** @description The booking if staff approve */
      readonly after: components['schemas']['ChangeSideOutput'];
      /** @description The booking as it is */
      readonly before: components['schemas']['ChangeSideOutput'];
      /** Format: uuid */
      readonly bookingId: string;
      /** Format: uuid */
      readonly changeId: string;
      readonly guestName: string;
      /** Format: date-time */
      readonly requestedAt: string;
      /** @example api:tk_3f9a */
      readonly requestedBy: string;
      /** @example party_size_over_auto_confirm_limit */
      readonly reviewReason: string;
    };
    readonly ChangeReviewPageOutput: {
      readonly items: readonly components['schemas']['ChangeReviewItemOutput'][];
      /** @description Pass as cursor for the next page */
      readonly nextCursor: string | null;
    };
    readonly ChangeSideOutput: {
      /** Format: date-time */
      readonly endsAt: string;
      readonly notes: string | null;
      readonly partySize: number;
      /** Format: date-time */
      readonly startsAt: string;
      /**
       * @example [
       *       "T4"
       *     ]
       */
      readonly tables: readonly string[];
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
    readonly GuestChangeInput: {
      /** @example ada@example.com */
      readonly email?: string | null;
      /** @example Ada Lovelace */
      readonly name?: string;
      /** @example +447700900123 */
      readonly phone?: string | null;
    };
    readonly GuestOutput: {
      readonly email: string | null;
      readonly name: string;
      readonly phone: string | null;
    };
    readonly OptionalReasonInput: {
      /** @example Large party approved by the manager */
      readonly reason?: string;
    };
    readonly PendingChangeOutput: {
      /** Format: date-time */
      readonly endsAt: string;
      /** Format: uuid */
      readonly id: string;
      readonly partySize: number;
      /** @example party_size_over_auto_confirm_limit */
      readonly reviewReason: string;
      /** Format: date-time */
      readonly startsAt: string;
      /** @description Tables held for the change */
      readonly tables: readonly string[];
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
        | 'change_pending'
        | 'version_mismatch'
        | 'idempotency_request_in_progress'
        | 'payload_too_large'
        | 'unsupported_media_type'
        | 'idempotency_key_reused'
        | 'restaurant_closed'
        | 'payload_not_decryptable'
        | 'party_size_out_of_range'
        | 'starts_at_in_past'
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
    readonly StaffModifyInput: {
      readonly guest?: components['schemas']['GuestChangeInput'];
      readonly notes?: string | null;
      /** @example 4 */
      readonly partySize?: number;
      /** @example Terrace */
      readonly seatingPreference?: string | null;
      /**
       * @description ISO 8601 with an offset
       * @example 2026-11-23T20:00:00+00:00
       */
      readonly startsAt?: string;
      /** @description Move the party to these tables (checked free for the new time under the lock) */
      readonly tableIds?: readonly string[];
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
      readonly role: 'ops' | 'viewer';
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
    /** @description `true` when this is the stored answer of an earlier request with the same key */
    readonly 'Idempotent-Replayed': 'true';
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
  readonly AdminBookingsController_modify: {
    readonly parameters: {
      readonly query?: never;
      readonly header: {
        readonly 'Idempotency-Key'?: string;
        /** @description The version last read, e.g. "3" */
        readonly 'If-Match'?: string;
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
        readonly 'application/json': components['schemas']['StaffModifyInput'];
      };
    };
    readonly responses: {
      readonly 200: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['BookingOutput'];
        };
      };
      readonly 202: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['BookingOutput'];
        };
      };
      /** @description Problem: validation_failed, malformed_json, idempotency_key_required, invalid_idempotency_key */
      readonly 400: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      readonly 401: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope */
      readonly 403: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem: not_found, restaurant_not_found, booking_not_found, api_key_not_found */
      readonly 404: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem: no_capacity, invalid_transition, tables_unavailable, change_pending, idempotency_request_in_progress */
      readonly 409: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem: version_mismatch */
      readonly 412: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem: idempotency_key_reused, restaurant_closed, payload_not_decryptable, party_size_out_of_range, starts_at_in_past, unknown_seating_preference */
      readonly 422: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
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
      /** @description Problem: no_capacity, invalid_transition, tables_unavailable, change_pending, idempotency_request_in_progress */
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
        readonly 'application/json': components['schemas']['CancelBookingInput'];
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
      /** @description Problem: no_capacity, invalid_transition, tables_unavailable, change_pending, idempotency_request_in_progress */
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
  readonly AdminBookingsController_approveChange: {
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
        readonly 'application/json': components['schemas']['OptionalReasonInput'];
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
      /** @description Problem: no_capacity, invalid_transition, tables_unavailable, change_pending, idempotency_request_in_progress */
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
  readonly AdminBookingsController_rejectChange: {
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
      /** @description Problem: no_capacity, invalid_transition, tables_unavailable, change_pending, idempotency_request_in_progress */
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
      /** @description Problem: no_capacity, invalid_transition, tables_unavailable, change_pending, idempotency_request_in_progress */
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
  readonly AdminBookingsController_noShow: {
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
        readonly 'application/json': components['schemas']['OptionalReasonInput'];
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
      /** @description Problem: no_capacity, invalid_transition, tables_unavailable, change_pending, idempotency_request_in_progress */
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
      /** @description Problem: no_capacity, invalid_transition, tables_unavailable, change_pending, idempotency_request_in_progress */
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
  readonly AdminBookingsController_undoNoShow: {
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
        readonly 'application/json': components['schemas']['OptionalReasonInput'];
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
      /** @description Problem: no_capacity, invalid_transition, tables_unavailable, change_pending, idempotency_request_in_progress */
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
  readonly AdminBookingsController_changes: {
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
          readonly 'application/json': components['schemas']['ChangeReviewPageOutput'];
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
