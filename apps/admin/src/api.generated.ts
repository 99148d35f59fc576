/**
 * The admin API's types, generated from the gateway's OpenAPI document by openapi-typescript.
 * Do not edit: change the gateway's DTOs and run `npm run api-types` (a test fails while this
 * file is stale).
 */
export interface paths {
  readonly '/admin/api/availability': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * Bookable times of a day for a party at your restaurant
     * @description The same answer as GET /v1/restaurants/{id}/availability, for the signed-in staff member’s restaurant: with `time`, whether that time is free and the nearest free times if not. Problems: validation_failed, party_size_out_of_range.
     */
    readonly get: operations['getStaffAvailability'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
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
    /**
     * Take a booking on the phone (ops only), optionally at tables of your choosing
     * @description Placed through the same workflow as every booking, channel `phone`, with you as the actor; a large party is confirmed (staff are the reviewers). Idempotent: the same Idempotency-Key answers the first booking (idempotency_key_reused with another body). Problems: no_capacity (with alternatives), tables_unavailable, restaurant_closed, closed_on_date, insufficient_notice, off_grid_start_time, beyond_booking_window, party_size_out_of_range.
     */
    readonly post: operations['createStaffBooking'];
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
  readonly '/admin/api/guest-lookup': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * Earlier guests whose name, phone or email contains the text
     * @description Each contact once, most recently booked first (at most 8), so staff pick a guest instead of typing them again. Problems: validation_failed.
     */
    readonly get: operations['lookUpGuests'];
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
  readonly '/admin/api/setup/blocks': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** Table and zone blocks not over yet */
    readonly get: operations['AdminSetupController_blocks'];
    readonly put?: never;
    /** Block a table or zone for a time (managers) */
    readonly post: operations['AdminSetupController_createBlock'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/admin/api/setup/blocks/{blockId}': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    readonly post?: never;
    /** End a block (managers) */
    readonly delete: operations['AdminSetupController_deleteBlock'];
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/admin/api/setup/changes': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** The setup change log, newest first */
    readonly get: operations['AdminSetupController_changes'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/admin/api/setup/exceptions': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** Closed dates and special hours from today on */
    readonly get: operations['AdminSetupController_exceptions'];
    readonly put?: never;
    /** Close a date or give it special hours (managers) */
    readonly post: operations['AdminSetupController_createException'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/admin/api/setup/exceptions/{exceptionId}': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    readonly post?: never;
    /** Remove an exception (managers) */
    readonly delete: operations['AdminSetupController_deleteException'];
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/admin/api/setup/hours': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** Weekly hours and pacing */
    readonly get: operations['AdminSetupController_hours'];
    /** Replace weekly hours and pacing (managers) */
    readonly put: operations['AdminSetupController_replaceHours'];
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/admin/api/setup/policy': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    /** Change details and booking policy (managers) */
    readonly patch: operations['AdminSetupController_updatePolicy'];
    readonly trace?: never;
  };
  readonly '/admin/api/setup/restaurant': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** The restaurant as agents see it: policy, contact, the coming weeks */
    readonly get: operations['AdminSetupController_restaurant'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/admin/api/setup/tables': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** Tables */
    readonly get: operations['AdminSetupController_tables'];
    readonly put?: never;
    /** Add a table (managers) */
    readonly post: operations['AdminSetupController_createTable'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/admin/api/setup/tables/{tableId}': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    readonly post?: never;
    /** Delete a table no booking used (managers) */
    readonly delete: operations['AdminSetupController_deleteTable'];
    readonly options?: never;
    readonly head?: never;
    /** Change, combine or deactivate a table (managers) */
    readonly patch: operations['AdminSetupController_updateTable'];
    readonly trace?: never;
  };
  readonly '/admin/api/setup/zones': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** Zones */
    readonly get: operations['AdminSetupController_zones'];
    readonly put?: never;
    /** Add a zone (managers) */
    readonly post: operations['AdminSetupController_createZone'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/admin/api/setup/zones/{zoneId}': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    readonly post?: never;
    /** Delete an empty zone (managers) */
    readonly delete: operations['AdminSetupController_deleteZone'];
    readonly options?: never;
    readonly head?: never;
    /** Rename or reorder a zone (managers) */
    readonly patch: operations['AdminSetupController_updateZone'];
    readonly trace?: never;
  };
  readonly '/admin/api/walk-ins': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /**
     * Seat a walk-in party now at free tables (ops only): a booking that starts checked in
     * @description Placed through the booking workflow at the current start time (notice does not apply), at the tables given, channel `walk_in`, then checked in by the same workflow. Idempotent on Idempotency-Key. Problems: tables_unavailable (the tables are taken or too small), no_capacity, restaurant_closed, closed_on_date, party_size_out_of_range.
     */
    readonly post: operations['seatWalkIn'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
}
export interface webhooks {
  readonly 'booking.approved': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /**
     * Staff approved the booking
     * @description A booking under review was approved by staff and is now confirmed. Signed per Standard Webhooks; answer 2xx within 15 s (410 disables the endpoint, 429/503 with Retry-After postpone).
     */
    readonly post: operations['webhook_booking_approved'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly 'booking.cancelled': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /**
     * The booking was cancelled
     * @description Cancelled by the guest, an agent or staff, with a reason code. Signed per Standard Webhooks; answer 2xx within 15 s (410 disables the endpoint, 429/503 with Retry-After postpone).
     */
    readonly post: operations['webhook_booking_cancelled'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly 'booking.checked_in': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /**
     * The party arrived
     * @description Staff seated the party. Signed per Standard Webhooks; answer 2xx within 15 s (410 disables the endpoint, 429/503 with Retry-After postpone).
     */
    readonly post: operations['webhook_booking_checked_in'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly 'booking.completed': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /**
     * The visit ended
     * @description The party left; the booking is complete. Signed per Standard Webhooks; answer 2xx within 15 s (410 disables the endpoint, 429/503 with Retry-After postpone).
     */
    readonly post: operations['webhook_booking_completed'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly 'booking.confirmed': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /**
     * The booking is confirmed
     * @description The engine confirmed the booking at its tables (not after a staff review: that is booking.approved). Signed per Standard Webhooks; answer 2xx within 15 s (410 disables the endpoint, 429/503 with Retry-After postpone).
     */
    readonly post: operations['webhook_booking_confirmed'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly 'booking.expired': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /**
     * The hold expired
     * @description A hold was not confirmed in time; its tables are free again. Signed per Standard Webhooks; answer 2xx within 15 s (410 disables the endpoint, 429/503 with Retry-After postpone).
     */
    readonly post: operations['webhook_booking_expired'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly 'booking.held': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /**
     * A table is held
     * @description A hold was placed; it expires unless confirmed. Signed per Standard Webhooks; answer 2xx within 15 s (410 disables the endpoint, 429/503 with Retry-After postpone).
     */
    readonly post: operations['webhook_booking_held'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly 'booking.modified': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /**
     * The booking was changed
     * @description Its time, party size or tables changed (PATCH /v1/bookings/{id} or staff); `before` and `after` are the placements. Signed per Standard Webhooks; answer 2xx within 15 s (410 disables the endpoint, 429/503 with Retry-After postpone).
     */
    readonly post: operations['webhook_booking_modified'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly 'booking.no_show': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /**
     * The party did not come
     * @description Marked no-show after the grace period, or by staff. Signed per Standard Webhooks; answer 2xx within 15 s (410 disables the endpoint, 429/503 with Retry-After postpone).
     */
    readonly post: operations['webhook_booking_no_show'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly 'booking.no_show_undone': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /**
     * A no-show was undone
     * @description Staff undid a no-show within the undo window; the booking is confirmed again. Signed per Standard Webhooks; answer 2xx within 15 s (410 disables the endpoint, 429/503 with Retry-After postpone).
     */
    readonly post: operations['webhook_booking_no_show_undone'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly 'booking.rejected': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /**
     * Staff rejected the booking
     * @description A booking under review was rejected (or its review timed out). Signed per Standard Webhooks; answer 2xx within 15 s (410 disables the endpoint, 429/503 with Retry-After postpone).
     */
    readonly post: operations['webhook_booking_rejected'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly 'booking.reminder': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /**
     * A reminder is due
     * @description The reminder `leadSeconds` before the start (per restaurant, 24 h and 2 h by default) fell due. Signed per Standard Webhooks; answer 2xx within 15 s (410 disables the endpoint, 429/503 with Retry-After postpone).
     */
    readonly post: operations['webhook_booking_reminder'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly 'booking.review_required': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /**
     * Staff must review the booking
     * @description The engine would not confirm on its own (party size, notes); staff approve or reject it. Signed per Standard Webhooks; answer 2xx within 15 s (410 disables the endpoint, 429/503 with Retry-After postpone).
     */
    readonly post: operations['webhook_booking_review_required'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly 'webhook_endpoint.disabled': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /**
     * One of the restaurant’s endpoints was disabled
     * @description Sent to the restaurant’s other endpoints when one answered 410 Gone or kept failing for days and was switched off. Signed per Standard Webhooks; answer 2xx within 15 s (410 disables the endpoint, 429/503 with Retry-After postpone).
     */
    readonly post: operations['webhook_webhook_endpoint_disabled'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly 'webhook.test': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /**
     * A test ping
     * @description Sent by POST /v1/webhook-endpoints/{id}/test to check the endpoint and its signature check. Signed per Standard Webhooks; answer 2xx within 15 s (410 disables the endpoint, 429/503 with Retry-After postpone).
     */
    readonly post: operations['webhook_webhook_test'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
}
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
    readonly AffectedBookingOutput: {
      /** Format: date-time */
      readonly endsAt: string;
      /** Format: uuid */
      readonly id: string;
      /** @example 4 */
      readonly partySize: number;
      /** Format: date-time */
      readonly startsAt: string;
      /** @example confirmed */
      readonly status: string;
      /**
       * @example [
       *       "T13"
       *     ]
       */
      readonly tables: readonly string[];
    };
    readonly ApproveInput: {
      /** @example Manager agreed */
      readonly reason?: string;
      /** @description Seat the party at these tables instead of the engine's; checked free at approval */
      readonly tableIds?: readonly string[];
    };
    readonly AvailabilityOutput: {
      /** @description Nearest free times that day, nearest first */
      readonly alternatives?: readonly components['schemas']['AvailabilitySlotOutput'][];
      /** @example 2026-11-23 */
      readonly date: string;
      readonly partySize: number;
      readonly requested?: components['schemas']['RequestedTimeOutput'];
      /** Format: uuid */
      readonly restaurantId: string;
      /** @description Bookable start times still ahead, in order */
      readonly slots: readonly components['schemas']['AvailabilitySlotOutput'][];
      /** @example Europe/London */
      readonly timezone: string;
    };
    readonly AvailabilitySlotOutput: {
      readonly available: boolean;
      /** @description A booking at this time would go to manual review */
      readonly manualReview: boolean;
      /** @description Covers that may still start in this pacing interval */
      readonly remainingCovers?: Record<string, never> | null;
      /** Format: date-time */
      readonly startsAt: string;
      /** @example 19:30 */
      readonly time: string;
      /**
       * @example [
       *       "Main room",
       *       "Terrace"
       *     ]
       */
      readonly zones: readonly string[];
    };
    readonly BlockChangeOutput: {
      /** @description Bookings at the blocked tables, for staff to move */
      readonly affectedBookings: readonly components['schemas']['AffectedBookingOutput'][];
      readonly block: components['schemas']['BlockOutput'];
    };
    readonly BlockInput: {
      /** @example 2026-12-05T23:00:00+00:00 */
      readonly endsAt: string;
      /** @example Wobbly leg, carpenter on Friday */
      readonly reason: string;
      /** @example 2026-12-05T18:00:00+00:00 */
      readonly startsAt: string;
      /**
       * Format: uuid
       * @description The table to block; or give zoneId
       */
      readonly tableId?: string;
      /**
       * Format: uuid
       * @description Every table of this zone
       */
      readonly zoneId?: string;
    };
    readonly BlockListOutput: {
      readonly data: readonly components['schemas']['BlockOutput'][];
    };
    readonly BlockOutput: {
      /** @example staff:maria@bistro.example */
      readonly createdBy: string;
      /** Format: date-time */
      readonly endsAt: string;
      /** Format: uuid */
      readonly id: string;
      /** @example Wobbly leg */
      readonly reason: string;
      /** Format: date-time */
      readonly startsAt: string;
      /** Format: uuid */
      readonly tableId: string | null;
      /** @example T4 */
      readonly tableLabel: string | null;
      /** Format: uuid */
      readonly zoneId: string | null;
      /** @example null */
      readonly zoneName: string | null;
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
    readonly BookingTimesOutput: {
      /**
       * Format: date-time
       * @description No booking may start at or after this instant
       */
      readonly bookableUntil: string;
      /**
       * @description A booking must start at least this many minutes from now
       * @example 15
       */
      readonly minNoticeMinutes: number;
      /**
       * @description A booking must end by the close of its service period
       * @example true
       */
      readonly mustEndByClose: boolean;
      /**
       * @description true: starts off the grid are taken too
       * @example false
       */
      readonly offGridStartsAllowed: boolean;
      /**
       * @description Start times lie on this grid from local midnight
       * @example 15
       */
      readonly startTimeGridMinutes: number;
      /**
       * @description Bookings open this many days ahead
       * @example 90
       */
      readonly windowDays: number;
    };
    readonly CalendarDayOutput: {
      /** @example false */
      readonly closed: boolean;
      /**
       * @description Local date in the restaurant’s timezone
       * @example 2026-12-25
       */
      readonly date: string;
      /**
       * @description Why it differs from the week
       * @example Christmas
       */
      readonly exception: string | null;
      /** @description Service periods of the day (empty when closed) */
      readonly periods: readonly components['schemas']['PeriodOutput'][];
      /**
       * @description ISO weekday, 1 = Monday
       * @example 5
       */
      readonly weekday: number;
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
    readonly CancellationOutput: {
      /**
       * @description Guests may cancel until this many minutes before the start (0: until the start)
       * @example 120
       */
      readonly cutoffMinutes: number;
      /** @example Free cancellation up to 2 hours before. */
      readonly policy: string | null;
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
    readonly ContactInput: {
      /** @example 1 Market Street, London */
      readonly address?: string | null;
      /** @example hello@demo-bistro.example */
      readonly email?: string | null;
      /** @example +442079460000 */
      readonly phone?: string | null;
      /** @example https://demo-bistro.example */
      readonly website?: string | null;
    };
    readonly ContactOutput: {
      /** @example 1 Market Street, London */
      readonly address: string | null;
      /** @example hello@demo-bistro.example */
      readonly email: string | null;
      /** @example +442079460000 */
      readonly phone: string | null;
      /** @example https://demo-bistro.example */
      readonly website: string | null;
    };
    readonly DurationRuleInput: {
      /** @example 5400 */
      readonly durationSeconds: number;
      /** @example 2 */
      readonly maxPartySize: number;
    };
    readonly DurationRuleOutput: {
      /** @example 5400 */
      readonly durationSeconds: number;
      /** @example 2 */
      readonly maxPartySize: number;
    };
    readonly DurationsOutput: {
      /** @description The first rule whose maxPartySize covers the party */
      readonly byPartySize: readonly components['schemas']['DurationRuleOutput'][];
      /** @example 5400 */
      readonly defaultSeconds: number;
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
    readonly ExceptionChangeOutput: {
      /** @description Live bookings on those dates, untouched */
      readonly affectedBookings: readonly components['schemas']['AffectedBookingOutput'][];
      readonly exception: components['schemas']['ExceptionOutput'];
    };
    readonly ExceptionInput: {
      /**
       * @description true: closed all day; false: open with `periods` only
       * @example true
       */
      readonly closed: boolean;
      /**
       * @description One date; or give startsOn and endsOn
       * @example 2026-12-25
       */
      readonly date?: string;
      /**
       * @description Last date of a range (inclusive)
       * @example 2026-12-26
       */
      readonly endsOn?: string;
      /** @description The special hours when not closed */
      readonly periods?: readonly components['schemas']['PeriodTimesInput'][];
      /** @example Christmas */
      readonly reason?: string;
      /**
       * @description First date of a range (inclusive)
       * @example 2026-12-24
       */
      readonly startsOn?: string;
    };
    readonly ExceptionListOutput: {
      readonly data: readonly components['schemas']['ExceptionOutput'][];
    };
    readonly ExceptionOutput: {
      readonly closed: boolean;
      /** @example 2026-12-25 */
      readonly endsOn: string;
      /** Format: uuid */
      readonly id: string;
      readonly periods: readonly components['schemas']['PeriodOutput'][];
      /** @example Christmas */
      readonly reason: string | null;
      /** @example 2026-12-25 */
      readonly startsOn: string;
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
    readonly GuestInput: {
      /** @description Allergies among the 14 EU allergens; added to the guest's profile */
      readonly allergens?: readonly (
        | 'celery'
        | 'cereals_containing_gluten'
        | 'crustaceans'
        | 'eggs'
        | 'fish'
        | 'lupin'
        | 'milk'
        | 'molluscs'
        | 'mustard'
        | 'tree_nuts'
        | 'peanuts'
        | 'sesame'
        | 'soybeans'
        | 'sulphites'
      )[];
      /**
       * @description Other dietary needs, in words
       * @example Vegetarian
       */
      readonly dietaryNotes?: string;
      /** @example ada@example.com */
      readonly email?: string;
      /**
       * @description Preferred language, BCP 47 (en, de-AT)
       * @example en
       */
      readonly language?: string;
      /** @description The guest agreed (true) or declined (false) to marketing; recorded with its time and channel */
      readonly marketingConsent?: boolean;
      /** @example Ada Lovelace */
      readonly name: string;
      /**
       * @description E.164 preferred; digits, spaces, ()- allowed
       * @example +447700900123
       */
      readonly phone?: string;
    };
    readonly GuestMatchOutput: {
      /** @example ada@example.com */
      readonly email: string | null;
      /** Format: date-time */
      readonly lastBookedAt: string;
      /** @example Ada Lovelace */
      readonly name: string;
      /** @example +447700900123 */
      readonly phone: string | null;
    };
    readonly GuestOutput: {
      readonly email: string | null;
      readonly name: string;
      readonly phone: string | null;
    };
    readonly HoursInput: {
      /** @description Replaces the pacing rules when given */
      readonly pacing?: readonly components['schemas']['PacingInput'][];
      /** @description Service periods; several per weekday allowed */
      readonly periods: readonly components['schemas']['WeeklyPeriodInput'][];
    };
    readonly HoursOutput: {
      /** @description Future bookings the hours no longer cover */
      readonly affectedBookings: readonly components['schemas']['AffectedBookingOutput'][];
      readonly pacing: readonly components['schemas']['PacingOutput'][];
      readonly periods: readonly components['schemas']['WeeklyPeriodOutput'][];
    };
    readonly ManualReviewOutput: {
      /**
       * @description An undecided review is rejected after this long (or at the start, if sooner)
       * @example 86400
       */
      readonly decisionWithinSeconds: number;
      /**
       * @description Parties larger than this are not confirmed at once: staff review them
       * @example 8
       */
      readonly partiesLargerThan: number;
    };
    readonly OptionalReasonInput: {
      /** @example Large party approved by the manager */
      readonly reason?: string;
    };
    readonly PacingInput: {
      /** @example 15 */
      readonly intervalMinutes: number;
      /** @example 30 */
      readonly maxCovers: number;
      /** @example 6 */
      readonly maxParties: number;
      /**
       * @description The service period it applies to; absent or null: every period without its own rule
       * @example Dinner
       */
      readonly period?: string | null;
    };
    readonly PacingOutput: {
      /** @example 15 */
      readonly intervalMinutes: number;
      /** @example 30 */
      readonly maxCovers: number;
      /** @example 6 */
      readonly maxParties: number;
      /** @example null */
      readonly period: string | null;
    };
    readonly PartySizeOutput: {
      /**
       * @description The largest party accepted
       * @example 20
       */
      readonly max: number;
      /** @example 1 */
      readonly min: number;
    };
    readonly PendingBookingOutput: {
      /** @example The booking is still being processed; poll GET /v1/bookings/{id} */
      readonly detail: string;
      /** Format: uuid */
      readonly id: string;
      /** @enum {string} */
      readonly status: 'pending';
      readonly workflowId: string;
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
    readonly PeriodOutput: {
      /** @example 23:00 */
      readonly closes: string;
      /** @example 21:30 */
      readonly lastSeating: string | null;
      /** @example Dinner */
      readonly name: string;
      /** @example 18:00 */
      readonly opens: string;
    };
    readonly PeriodTimesInput: {
      /**
       * @description 24:00 is midnight
       * @example 23:00
       */
      readonly closes: string;
      /**
       * @description Latest start of the period
       * @example 21:30
       */
      readonly lastSeating?: string;
      /** @example Dinner */
      readonly name: string;
      /** @example 18:00 */
      readonly opens: string;
    };
    readonly PolicyChangeOutput: {
      /**
       * @example {
       *       "minNoticeMinutes": 60
       *     }
       */
      readonly after: {
        readonly [key: string]: unknown;
      };
      /**
       * @example {
       *       "minNoticeMinutes": 15
       *     }
       */
      readonly before: {
        readonly [key: string]: unknown;
      };
    };
    readonly PolicyInput: {
      /**
       * @description Larger parties go to manual review
       * @example 8
       */
      readonly autoConfirmMaxPartySize?: number;
      /** @description Channels bookings are taken from */
      readonly bookingChannels?: readonly (
        'api' | 'voice' | 'whatsapp' | 'web_widget' | 'chat' | 'partner' | 'admin' | 'phone' | 'walk_in'
      )[];
      /**
       * @description How far ahead bookings open
       * @example 90
       */
      readonly bookingWindowDays?: number;
      /** @example 120 */
      readonly cancellationCutoffMinutes?: number;
      /** @example Free cancellation up to 2 hours before. */
      readonly cancellationPolicy?: string | null;
      readonly contact?: components['schemas']['ContactInput'];
      /** @example 5400 */
      readonly defaultDurationSeconds?: number;
      /** @description Duration by party size, smallest party first */
      readonly durationByPartySize?: readonly components['schemas']['DurationRuleInput'][];
      /** @example 300 */
      readonly holdTtlSeconds?: number;
      /** @example 86400 */
      readonly manualReviewTimeoutSeconds?: number;
      /**
       * @description The largest party accepted
       * @example 20
       */
      readonly maxPartySize?: number;
      /** @example 15 */
      readonly minNoticeMinutes?: number;
      /** @example 1 */
      readonly minPartySize?: number;
      /**
       * @description A booking must end by its period’s close
       * @example true
       */
      readonly mustEndByClose?: boolean;
      /** @example Demo Bistro */
      readonly name?: string;
      /** @example 900 */
      readonly noShowGraceSeconds?: number;
      /** @example false */
      readonly offGridStartsAllowed?: boolean;
      /**
       * @description Seconds before the start
       * @example [
       *       86400,
       *       7200
       *     ]
       */
      readonly reminderLeadSeconds?: readonly number[];
      /**
       * @description The start-time grid
       * @example 15
       * @enum {number}
       */
      readonly slotIntervalMinutes?: 5 | 10 | 15 | 20 | 30 | 60;
      /**
       * @description IANA timezone
       * @example Europe/London
       */
      readonly timezone?: string;
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
        | 'publishable_key_not_allowed'
        | 'origin_not_allowed'
        | 'challenge_failed'
        | 'not_found'
        | 'manage_link_invalid'
        | 'manage_link_expired'
        | 'restaurant_not_found'
        | 'booking_not_found'
        | 'api_key_not_found'
        | 'zone_not_found'
        | 'table_not_found'
        | 'exception_not_found'
        | 'block_not_found'
        | 'webhook_endpoint_not_found'
        | 'webhook_delivery_not_found'
        | 'no_capacity'
        | 'invalid_transition'
        | 'tables_unavailable'
        | 'duplicate_zone_name'
        | 'duplicate_table_label'
        | 'zone_has_tables'
        | 'table_has_future_bookings'
        | 'table_has_history'
        | 'overlapping_exception'
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
        | 'beyond_booking_window'
        | 'insufficient_notice'
        | 'off_grid_start_time'
        | 'closed_on_date'
        | 'invalid_setup'
        | 'channel_not_enabled'
        | 'invalid_webhook_url'
        | 'unknown_seating_preference'
        | 'rate_limited'
        | 'too_many_live_holds'
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
    readonly RequestedTimeOutput: {
      readonly available: boolean;
      /** Format: date-time */
      readonly startsAt: string;
      /** @example 19:30 */
      readonly time: string;
    };
    readonly RestaurantContextOutput: {
      readonly booking: components['schemas']['BookingTimesOutput'];
      readonly bookingChannels: readonly (
        'api' | 'voice' | 'whatsapp' | 'web_widget' | 'chat' | 'partner' | 'admin' | 'phone' | 'walk_in'
      )[];
      /** @description The coming weeks day by day (from today, local), closures and special hours applied */
      readonly calendar: readonly components['schemas']['CalendarDayOutput'][];
      readonly cancellation: components['schemas']['CancellationOutput'];
      readonly contact: components['schemas']['ContactOutput'];
      readonly durations: components['schemas']['DurationsOutput'];
      /**
       * @description How long POST /v1/holds keeps a table
       * @example 300
       */
      readonly holdTtlSeconds: number;
      /** Format: uuid */
      readonly id: string;
      readonly manualReview: components['schemas']['ManualReviewOutput'];
      /** @example Demo Bistro */
      readonly name: string;
      readonly partySize: components['schemas']['PartySizeOutput'];
      /**
       * @description Zones a guest may ask for (seatingPreference)
       * @example [
       *       "Main room",
       *       "Terrace",
       *       "Window"
       *     ]
       */
      readonly seatingPreferences: readonly string[];
      /** @example demo-bistro */
      readonly slug: string;
      /** @example Europe/London */
      readonly timezone: string;
      /** @description The usual week */
      readonly weeklyHours: readonly components['schemas']['WeeklyPeriodOutput'][];
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
    readonly SetupChangeOutput: {
      /** @example table.create */
      readonly action: string;
      /** @example staff:maria@bistro.example */
      readonly actor: string;
      /** @description The state after (null for a deletion) */
      readonly after: Record<string, never> | null;
      /** Format: date-time */
      readonly at: string;
      /** @description The state before (null for a creation) */
      readonly before: Record<string, never> | null;
      /** @example 42 */
      readonly id: string;
      /** @example T21 */
      readonly subject: string | null;
    };
    readonly SetupChangePageOutput: {
      readonly items: readonly components['schemas']['SetupChangeOutput'][];
      readonly nextCursor: string | null;
    };
    readonly SignInInput: {
      /** @example ops@demo-bistro.test */
      readonly email: string;
      /** Format: password */
      readonly password: string;
    };
    readonly StaffBookingInput: {
      readonly guest: components['schemas']['GuestInput'];
      /** @example Window seat if possible */
      readonly notes?: string;
      /** @example 4 */
      readonly partySize: number;
      /**
       * @description A zone name of the restaurant the guest prefers
       * @example Terrace
       */
      readonly seatingPreference?: string;
      /**
       * @description ISO 8601 with an offset (Z or ±hh:mm)
       * @example 2026-11-23T19:00:00+00:00
       */
      readonly startsAt: string;
      /** @description Seat the party at these tables instead of the engine's pick (checked free under the lock) */
      readonly tableIds?: readonly string[];
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
      readonly role: 'manager' | 'ops' | 'viewer';
      /** @example Europe/London */
      readonly timezone: string;
    };
    readonly TableChangeOutput: {
      /** @description Bookings that hold the table and no longer fit it; never changed, for staff to move */
      readonly affectedBookings: readonly components['schemas']['AffectedBookingOutput'][];
      readonly table: components['schemas']['TableOutput'];
    };
    readonly TableInput: {
      /**
       * @description false: kept, but never offered or assigned
       * @default true
       */
      readonly active: boolean;
      /**
       * @description Labels of neighbouring tables it can be pushed together with (a table set)
       * @example [
       *       "T20"
       *     ]
       */
      readonly combinableWith?: readonly string[];
      /** @example T21 */
      readonly label: string;
      /** @example 4 */
      readonly maxCovers: number;
      /** @example 2 */
      readonly minCovers: number;
      /**
       * Format: uuid
       * @description The zone the table stands in
       */
      readonly zoneId: string;
    };
    readonly TableListOutput: {
      readonly data: readonly components['schemas']['TableOutput'][];
    };
    readonly TableOutput: {
      readonly active: boolean;
      /**
       * @example [
       *       "T14"
       *     ]
       */
      readonly combinableWith: readonly string[];
      /** Format: uuid */
      readonly id: string;
      /** @example T13 */
      readonly label: string;
      /** @example 4 */
      readonly maxCovers: number;
      /** @example 2 */
      readonly minCovers: number;
      /** @example Terrace */
      readonly zone: string;
      /** Format: uuid */
      readonly zoneId: string;
    };
    readonly TablePatchInput: {
      /** @description false takes it out of service; bookings holding it are listed */
      readonly active?: boolean;
      /**
       * @example [
       *       "T20"
       *     ]
       */
      readonly combinableWith?: readonly string[];
      /** @example T21 */
      readonly label?: string;
      readonly maxCovers?: number;
      readonly minCovers?: number;
      /** Format: uuid */
      readonly zoneId?: string;
    };
    readonly TableRefOutput: {
      /** Format: uuid */
      readonly id: string;
      /** @example T4 */
      readonly label: string;
    };
    readonly WalkInGuestInput: {
      /** @description Allergies among the 14 EU allergens; added to the guest's profile */
      readonly allergens?: readonly (
        | 'celery'
        | 'cereals_containing_gluten'
        | 'crustaceans'
        | 'eggs'
        | 'fish'
        | 'lupin'
        | 'milk'
        | 'molluscs'
        | 'mustard'
        | 'tree_nuts'
        | 'peanuts'
        | 'sesame'
        | 'soybeans'
        | 'sulphites'
      )[];
      /**
       * @description Other dietary needs, in words
       * @example Vegetarian
       */
      readonly dietaryNotes?: string;
      /** @example ada@example.com */
      readonly email?: string;
      /**
       * @description Preferred language, BCP 47 (en, de-AT)
       * @example en
       */
      readonly language?: string;
      /** @description The guest agreed (true) or declined (false) to marketing; recorded with its time and channel */
      readonly marketingConsent?: boolean;
      /** @example Ada Lovelace */
      readonly name: string;
      /**
       * @description E.164 preferred; digits, spaces, ()- allowed
       * @example +447700900123
       */
      readonly phone?: string;
    };
    readonly WalkInInput: {
      /** @description Default: a guest named "Walk-in" */
      readonly guest?: components['schemas']['WalkInGuestInput'];
      /** @example Birthday */
      readonly notes?: string;
      /** @example 2 */
      readonly partySize: number;
      /** @description The free tables to seat them at */
      readonly tableIds: readonly string[];
    };
    readonly WeeklyPeriodInput: {
      /**
       * @description 24:00 is midnight
       * @example 23:00
       */
      readonly closes: string;
      /**
       * @description ISO weekdays: 1 = Monday … 7 = Sunday
       * @example [
       *       1,
       *       2,
       *       3,
       *       4,
       *       5
       *     ]
       */
      readonly days: readonly number[];
      /**
       * @description Latest start of the period
       * @example 21:30
       */
      readonly lastSeating?: string;
      /** @example Dinner */
      readonly name: string;
      /** @example 18:00 */
      readonly opens: string;
    };
    readonly WeeklyPeriodOutput: {
      /** @example 23:00 */
      readonly closes: string;
      /**
       * @example [
       *       1,
       *       2,
       *       3,
       *       4,
       *       5
       *     ]
       */
      readonly days: readonly number[];
      /** @example 21:30 */
      readonly lastSeating: string | null;
      /** @example Dinner */
      readonly name: string;
      /** @example 18:00 */
      readonly opens: string;
    };
    readonly ZoneInput: {
      /** @example Terrace */
      readonly name: string;
      /**
       * @description Position among the zones
       * @example 1
       */
      readonly sortOrder?: number;
    };
    readonly ZoneListOutput: {
      readonly data: readonly components['schemas']['ZoneOutput'][];
    };
    readonly ZoneOutput: {
      /** Format: uuid */
      readonly id: string;
      /** @example Terrace */
      readonly name: string;
      readonly sortOrder: number;
      /** @example 6 */
      readonly tableCount: number;
    };
    readonly ZonePatchInput: {
      /** @example Garden */
      readonly name?: string;
      readonly sortOrder?: number;
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
  readonly getStaffAvailability: {
    readonly parameters: {
      readonly query: {
        /** @description Local date at the restaurant (YYYY-MM-DD) */
        readonly date: string;
        readonly partySize: number;
        /** @description Wanted local time (HH:MM); adds nearest alternatives when it is not free */
        readonly time?: string;
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
          readonly 'application/json': components['schemas']['AvailabilityOutput'];
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
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem: idempotency_key_reused, restaurant_closed, payload_not_decryptable, party_size_out_of_range, starts_at_in_past, beyond_booking_window, insufficient_notice, off_grid_start_time, closed_on_date, invalid_setup, channel_not_enabled, invalid_webhook_url, unknown_seating_preference */
      readonly 422: {
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
  readonly createStaffBooking: {
    readonly parameters: {
      readonly query?: never;
      readonly header: {
        /** @description One per booking the member of staff means to make; a double submit sends the same one */
        readonly 'Idempotency-Key': string;
        /** @description The csrfToken of the session */
        readonly 'X-CSRF-Token': string;
      };
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': components['schemas']['StaffBookingInput'];
      };
    };
    readonly responses: {
      readonly 201: {
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
          readonly 'application/json': components['schemas']['PendingBookingOutput'];
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
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      readonly 403: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress */
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
      /** @description Problem: idempotency_key_reused, restaurant_closed, payload_not_decryptable, party_size_out_of_range, starts_at_in_past, beyond_booking_window, insufficient_notice, off_grid_start_time, closed_on_date, invalid_setup, channel_not_enabled, invalid_webhook_url, unknown_seating_preference */
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
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found */
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
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      readonly 403: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found */
      readonly 404: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress */
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
      /** @description Problem: idempotency_key_reused, restaurant_closed, payload_not_decryptable, party_size_out_of_range, starts_at_in_past, beyond_booking_window, insufficient_notice, off_grid_start_time, closed_on_date, invalid_setup, channel_not_enabled, invalid_webhook_url, unknown_seating_preference */
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
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress */
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
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress */
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
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress */
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
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress */
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
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress */
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
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress */
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
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress */
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
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress */
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
  readonly lookUpGuests: {
    readonly parameters: {
      readonly query: {
        /** @description Part of a name, phone or email */
        readonly q: string;
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
          readonly 'application/json': readonly components['schemas']['GuestMatchOutput'][];
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
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
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
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
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
  readonly AdminSetupController_blocks: {
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
          readonly 'application/json': components['schemas']['BlockListOutput'];
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
  readonly AdminSetupController_createBlock: {
    readonly parameters: {
      readonly query?: never;
      readonly header: {
        /** @description The csrfToken of the session */
        readonly 'X-CSRF-Token': string;
      };
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': components['schemas']['BlockInput'];
      };
    };
    readonly responses: {
      readonly 201: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['BlockChangeOutput'];
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
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem: idempotency_key_reused, restaurant_closed, payload_not_decryptable, party_size_out_of_range, starts_at_in_past, beyond_booking_window, insufficient_notice, off_grid_start_time, closed_on_date, invalid_setup, channel_not_enabled, invalid_webhook_url, unknown_seating_preference */
      readonly 422: {
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
  readonly AdminSetupController_deleteBlock: {
    readonly parameters: {
      readonly query?: never;
      readonly header: {
        /** @description The csrfToken of the session */
        readonly 'X-CSRF-Token': string;
      };
      readonly path: {
        readonly blockId: string;
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
          readonly 'application/json': components['schemas']['BlockOutput'];
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
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found */
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
  readonly AdminSetupController_changes: {
    readonly parameters: {
      readonly query?: {
        /** @description nextCursor of the previous page */
        readonly cursor?: string;
        /** @description Entries per page, 1-100 (default 50) */
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
          readonly 'application/json': components['schemas']['SetupChangePageOutput'];
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
  readonly AdminSetupController_exceptions: {
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
          readonly 'application/json': components['schemas']['ExceptionListOutput'];
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
  readonly AdminSetupController_createException: {
    readonly parameters: {
      readonly query?: never;
      readonly header: {
        /** @description The csrfToken of the session */
        readonly 'X-CSRF-Token': string;
      };
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': components['schemas']['ExceptionInput'];
      };
    };
    readonly responses: {
      readonly 201: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ExceptionChangeOutput'];
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
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress */
      readonly 409: {
        headers: {
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem: idempotency_key_reused, restaurant_closed, payload_not_decryptable, party_size_out_of_range, starts_at_in_past, beyond_booking_window, insufficient_notice, off_grid_start_time, closed_on_date, invalid_setup, channel_not_enabled, invalid_webhook_url, unknown_seating_preference */
      readonly 422: {
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
  readonly AdminSetupController_deleteException: {
    readonly parameters: {
      readonly query?: never;
      readonly header: {
        /** @description The csrfToken of the session */
        readonly 'X-CSRF-Token': string;
      };
      readonly path: {
        readonly exceptionId: string;
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
          readonly 'application/json': components['schemas']['ExceptionOutput'];
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
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found */
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
  readonly AdminSetupController_hours: {
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
          readonly 'application/json': components['schemas']['HoursOutput'];
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
  readonly AdminSetupController_replaceHours: {
    readonly parameters: {
      readonly query?: never;
      readonly header: {
        /** @description The csrfToken of the session */
        readonly 'X-CSRF-Token': string;
      };
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': components['schemas']['HoursInput'];
      };
    };
    readonly responses: {
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['HoursOutput'];
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
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem: idempotency_key_reused, restaurant_closed, payload_not_decryptable, party_size_out_of_range, starts_at_in_past, beyond_booking_window, insufficient_notice, off_grid_start_time, closed_on_date, invalid_setup, channel_not_enabled, invalid_webhook_url, unknown_seating_preference */
      readonly 422: {
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
  readonly AdminSetupController_updatePolicy: {
    readonly parameters: {
      readonly query?: never;
      readonly header: {
        /** @description The csrfToken of the session */
        readonly 'X-CSRF-Token': string;
      };
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': components['schemas']['PolicyInput'];
      };
    };
    readonly responses: {
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['PolicyChangeOutput'];
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
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem: idempotency_key_reused, restaurant_closed, payload_not_decryptable, party_size_out_of_range, starts_at_in_past, beyond_booking_window, insufficient_notice, off_grid_start_time, closed_on_date, invalid_setup, channel_not_enabled, invalid_webhook_url, unknown_seating_preference */
      readonly 422: {
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
  readonly AdminSetupController_restaurant: {
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
          readonly 'application/json': components['schemas']['RestaurantContextOutput'];
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
  readonly AdminSetupController_tables: {
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
          readonly 'application/json': components['schemas']['TableListOutput'];
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
  readonly AdminSetupController_createTable: {
    readonly parameters: {
      readonly query?: never;
      readonly header: {
        /** @description The csrfToken of the session */
        readonly 'X-CSRF-Token': string;
      };
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': components['schemas']['TableInput'];
      };
    };
    readonly responses: {
      readonly 201: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['TableOutput'];
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
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress */
      readonly 409: {
        headers: {
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem: idempotency_key_reused, restaurant_closed, payload_not_decryptable, party_size_out_of_range, starts_at_in_past, beyond_booking_window, insufficient_notice, off_grid_start_time, closed_on_date, invalid_setup, channel_not_enabled, invalid_webhook_url, unknown_seating_preference */
      readonly 422: {
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
  readonly AdminSetupController_deleteTable: {
    readonly parameters: {
      readonly query?: never;
      readonly header: {
        /** @description The csrfToken of the session */
        readonly 'X-CSRF-Token': string;
      };
      readonly path: {
        readonly tableId: string;
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
          readonly 'application/json': components['schemas']['TableOutput'];
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
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress */
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
  readonly AdminSetupController_updateTable: {
    readonly parameters: {
      readonly query?: never;
      readonly header: {
        /** @description The csrfToken of the session */
        readonly 'X-CSRF-Token': string;
      };
      readonly path: {
        readonly tableId: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': components['schemas']['TablePatchInput'];
      };
    };
    readonly responses: {
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['TableChangeOutput'];
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
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress */
      readonly 409: {
        headers: {
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem: idempotency_key_reused, restaurant_closed, payload_not_decryptable, party_size_out_of_range, starts_at_in_past, beyond_booking_window, insufficient_notice, off_grid_start_time, closed_on_date, invalid_setup, channel_not_enabled, invalid_webhook_url, unknown_seating_preference */
      readonly 422: {
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
  readonly AdminSetupController_zones: {
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
          readonly 'application/json': components['schemas']['ZoneListOutput'];
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
  readonly AdminSetupController_createZone: {
    readonly parameters: {
      readonly query?: never;
      readonly header: {
        /** @description The csrfToken of the session */
        readonly 'X-CSRF-Token': string;
      };
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': components['schemas']['ZoneInput'];
      };
    };
    readonly responses: {
      readonly 201: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ZoneOutput'];
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
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress */
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
  readonly AdminSetupController_deleteZone: {
    readonly parameters: {
      readonly query?: never;
      readonly header: {
        /** @description The csrfToken of the session */
        readonly 'X-CSRF-Token': string;
      };
      readonly path: {
        readonly zoneId: string;
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
          readonly 'application/json': components['schemas']['ZoneOutput'];
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
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress */
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
  readonly AdminSetupController_updateZone: {
    readonly parameters: {
      readonly query?: never;
      readonly header: {
        /** @description The csrfToken of the session */
        readonly 'X-CSRF-Token': string;
      };
      readonly path: {
        readonly zoneId: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': components['schemas']['ZonePatchInput'];
      };
    };
    readonly responses: {
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ZoneOutput'];
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
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress */
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
  readonly seatWalkIn: {
    readonly parameters: {
      readonly query?: never;
      readonly header: {
        /** @description One per booking the member of staff means to make; a double submit sends the same one */
        readonly 'Idempotency-Key': string;
        /** @description The csrfToken of the session */
        readonly 'X-CSRF-Token': string;
      };
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': components['schemas']['WalkInInput'];
      };
    };
    readonly responses: {
      readonly 201: {
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
          readonly 'application/json': components['schemas']['PendingBookingOutput'];
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
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      readonly 403: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress */
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
      /** @description Problem: idempotency_key_reused, restaurant_closed, payload_not_decryptable, party_size_out_of_range, starts_at_in_past, beyond_booking_window, insufficient_notice, off_grid_start_time, closed_on_date, invalid_setup, channel_not_enabled, invalid_webhook_url, unknown_seating_preference */
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
  readonly webhook_booking_approved: {
    readonly parameters: {
      readonly query?: never;
      readonly header: {
        /** @description The message id, the same on every attempt */
        readonly 'webhook-id': string;
        /** @description Space-separated `v1,<base64 HMAC-SHA256 of "{id}.{timestamp}.{body}">`, two during a rotation */
        readonly 'webhook-signature': string;
        /** @description Unix seconds of this attempt */
        readonly 'webhook-timestamp': string;
      };
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        /**
         * @example {
         *       "version": 1,
         *       "type": "booking.approved",
         *       "id": "evt_1042",
         *       "timestamp": "2026-12-02T18:00:00.000Z",
         *       "data": {
         *         "from": "manual_review",
         *         "reason": null,
         *         "booking": {
         *           "id": "3c1e5f7a-9b2d-4e6f-8a1c-2d3e4f5a6b7c",
         *           "restaurantId": "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a",
         *           "status": "approved",
         *           "startsAt": "2026-12-24T19:00:00.000Z",
         *           "endsAt": "2026-12-24T20:30:00.000Z",
         *           "partySize": 2,
         *           "tables": [
         *             "A1"
         *           ],
         *           "channel": "voice",
         *           "link": "https://api.tablekeeper.example/v1/bookings/3c1e5f7a-9b2d-4e6f-8a1c-2d3e4f5a6b7c"
         *         }
         *       }
         *     }
         */
        readonly 'application/json': {
          readonly data: {
            readonly [key: string]: unknown;
          };
          /** @description Equals the webhook-id header */
          readonly id: string;
          /**
           * Format: date-time
           * @description When it happened
           */
          readonly timestamp: string;
          /** @constant */
          readonly type: 'booking.approved';
          /** @constant */
          readonly version: 1;
        };
      };
    };
    readonly responses: {
      /** @description Received (any 2xx) */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  readonly webhook_booking_cancelled: {
    readonly parameters: {
      readonly query?: never;
      readonly header: {
        /** @description The message id, the same on every attempt */
        readonly 'webhook-id': string;
        /** @description Space-separated `v1,<base64 HMAC-SHA256 of "{id}.{timestamp}.{body}">`, two during a rotation */
        readonly 'webhook-signature': string;
        /** @description Unix seconds of this attempt */
        readonly 'webhook-timestamp': string;
      };
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        /**
         * @example {
         *       "version": 1,
         *       "type": "booking.cancelled",
         *       "id": "evt_1042",
         *       "timestamp": "2026-12-02T18:00:00.000Z",
         *       "data": {
         *         "reason": "guest called",
         *         "reasonCode": "guest_request",
         *         "booking": {
         *           "id": "3c1e5f7a-9b2d-4e6f-8a1c-2d3e4f5a6b7c",
         *           "restaurantId": "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a",
         *           "status": "cancelled",
         *           "startsAt": "2026-12-24T19:00:00.000Z",
         *           "endsAt": "2026-12-24T20:30:00.000Z",
         *           "partySize": 2,
         *           "tables": [
         *             "A1"
         *           ],
         *           "channel": "voice",
         *           "link": "https://api.tablekeeper.example/v1/bookings/3c1e5f7a-9b2d-4e6f-8a1c-2d3e4f5a6b7c"
         *         }
         *       }
         *     }
         */
        readonly 'application/json': {
          readonly data: {
            readonly [key: string]: unknown;
          };
          /** @description Equals the webhook-id header */
          readonly id: string;
          /**
           * Format: date-time
           * @description When it happened
           */
          readonly timestamp: string;
          /** @constant */
          readonly type: 'booking.cancelled';
          /** @constant */
          readonly version: 1;
        };
      };
    };
    readonly responses: {
      /** @description Received (any 2xx) */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  readonly webhook_booking_checked_in: {
    readonly parameters: {
      readonly query?: never;
      readonly header: {
        /** @description The message id, the same on every attempt */
        readonly 'webhook-id': string;
        /** @description Space-separated `v1,<base64 HMAC-SHA256 of "{id}.{timestamp}.{body}">`, two during a rotation */
        readonly 'webhook-signature': string;
        /** @description Unix seconds of this attempt */
        readonly 'webhook-timestamp': string;
      };
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        /**
         * @example {
         *       "version": 1,
         *       "type": "booking.checked_in",
         *       "id": "evt_1042",
         *       "timestamp": "2026-12-02T18:00:00.000Z",
         *       "data": {
         *         "booking": {
         *           "id": "3c1e5f7a-9b2d-4e6f-8a1c-2d3e4f5a6b7c",
         *           "restaurantId": "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a",
         *           "status": "checked_in",
         *           "startsAt": "2026-12-24T19:00:00.000Z",
         *           "endsAt": "2026-12-24T20:30:00.000Z",
         *           "partySize": 2,
         *           "tables": [
         *             "A1"
         *           ],
         *           "channel": "voice",
         *           "link": "https://api.tablekeeper.example/v1/bookings/3c1e5f7a-9b2d-4e6f-8a1c-2d3e4f5a6b7c"
         *         }
         *       }
         *     }
         */
        readonly 'application/json': {
          readonly data: {
            readonly [key: string]: unknown;
          };
          /** @description Equals the webhook-id header */
          readonly id: string;
          /**
           * Format: date-time
           * @description When it happened
           */
          readonly timestamp: string;
          /** @constant */
          readonly type: 'booking.checked_in';
          /** @constant */
          readonly version: 1;
        };
      };
    };
    readonly responses: {
      /** @description Received (any 2xx) */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  readonly webhook_booking_completed: {
    readonly parameters: {
      readonly query?: never;
      readonly header: {
        /** @description The message id, the same on every attempt */
        readonly 'webhook-id': string;
        /** @description Space-separated `v1,<base64 HMAC-SHA256 of "{id}.{timestamp}.{body}">`, two during a rotation */
        readonly 'webhook-signature': string;
        /** @description Unix seconds of this attempt */
        readonly 'webhook-timestamp': string;
      };
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        /**
         * @example {
         *       "version": 1,
         *       "type": "booking.completed",
         *       "id": "evt_1042",
         *       "timestamp": "2026-12-02T18:00:00.000Z",
         *       "data": {
         *         "booking": {
         *           "id": "3c1e5f7a-9b2d-4e6f-8a1c-2d3e4f5a6b7c",
         *           "restaurantId": "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a",
         *           "status": "completed",
         *           "startsAt": "2026-12-24T19:00:00.000Z",
         *           "endsAt": "2026-12-24T20:30:00.000Z",
         *           "partySize": 2,
         *           "tables": [
         *             "A1"
         *           ],
         *           "channel": "voice",
         *           "link": "https://api.tablekeeper.example/v1/bookings/3c1e5f7a-9b2d-4e6f-8a1c-2d3e4f5a6b7c"
         *         }
         *       }
         *     }
         */
        readonly 'application/json': {
          readonly data: {
            readonly [key: string]: unknown;
          };
          /** @description Equals the webhook-id header */
          readonly id: string;
          /**
           * Format: date-time
           * @description When it happened
           */
          readonly timestamp: string;
          /** @constant */
          readonly type: 'booking.completed';
          /** @constant */
          readonly version: 1;
        };
      };
    };
    readonly responses: {
      /** @description Received (any 2xx) */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  readonly webhook_booking_confirmed: {
    readonly parameters: {
      readonly query?: never;
      readonly header: {
        /** @description The message id, the same on every attempt */
        readonly 'webhook-id': string;
        /** @description Space-separated `v1,<base64 HMAC-SHA256 of "{id}.{timestamp}.{body}">`, two during a rotation */
        readonly 'webhook-signature': string;
        /** @description Unix seconds of this attempt */
        readonly 'webhook-timestamp': string;
      };
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        /**
         * @example {
         *       "version": 1,
         *       "type": "booking.confirmed",
         *       "id": "evt_1042",
         *       "timestamp": "2026-12-02T18:00:00.000Z",
         *       "data": {
         *         "from": "assigned",
         *         "booking": {
         *           "id": "3c1e5f7a-9b2d-4e6f-8a1c-2d3e4f5a6b7c",
         *           "restaurantId": "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a",
         *           "status": "confirmed",
         *           "startsAt": "2026-12-24T19:00:00.000Z",
         *           "endsAt": "2026-12-24T20:30:00.000Z",
         *           "partySize": 2,
         *           "tables": [
         *             "A1"
         *           ],
         *           "channel": "voice",
         *           "link": "https://api.tablekeeper.example/v1/bookings/3c1e5f7a-9b2d-4e6f-8a1c-2d3e4f5a6b7c"
         *         }
         *       }
         *     }
         */
        readonly 'application/json': {
          readonly data: {
            readonly [key: string]: unknown;
          };
          /** @description Equals the webhook-id header */
          readonly id: string;
          /**
           * Format: date-time
           * @description When it happened
           */
          readonly timestamp: string;
          /** @constant */
          readonly type: 'booking.confirmed';
          /** @constant */
          readonly version: 1;
        };
      };
    };
    readonly responses: {
      /** @description Received (any 2xx) */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  readonly webhook_booking_expired: {
    readonly parameters: {
      readonly query?: never;
      readonly header: {
        /** @description The message id, the same on every attempt */
        readonly 'webhook-id': string;
        /** @description Space-separated `v1,<base64 HMAC-SHA256 of "{id}.{timestamp}.{body}">`, two during a rotation */
        readonly 'webhook-signature': string;
        /** @description Unix seconds of this attempt */
        readonly 'webhook-timestamp': string;
      };
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        /**
         * @example {
         *       "version": 1,
         *       "type": "booking.expired",
         *       "id": "evt_1042",
         *       "timestamp": "2026-12-02T18:00:00.000Z",
         *       "data": {
         *         "booking": {
         *           "id": "3c1e5f7a-9b2d-4e6f-8a1c-2d3e4f5a6b7c",
         *           "restaurantId": "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a",
         *           "status": "expired",
         *           "startsAt": "2026-12-24T19:00:00.000Z",
         *           "endsAt": "2026-12-24T20:30:00.000Z",
         *           "partySize": 2,
         *           "tables": [
         *             "A1"
         *           ],
         *           "channel": "voice",
         *           "link": "https://api.tablekeeper.example/v1/bookings/3c1e5f7a-9b2d-4e6f-8a1c-2d3e4f5a6b7c"
         *         }
         *       }
         *     }
         */
        readonly 'application/json': {
          readonly data: {
            readonly [key: string]: unknown;
          };
          /** @description Equals the webhook-id header */
          readonly id: string;
          /**
           * Format: date-time
           * @description When it happened
           */
          readonly timestamp: string;
          /** @constant */
          readonly type: 'booking.expired';
          /** @constant */
          readonly version: 1;
        };
      };
    };
    readonly responses: {
      /** @description Received (any 2xx) */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  readonly webhook_booking_held: {
    readonly parameters: {
      readonly query?: never;
      readonly header: {
        /** @description The message id, the same on every attempt */
        readonly 'webhook-id': string;
        /** @description Space-separated `v1,<base64 HMAC-SHA256 of "{id}.{timestamp}.{body}">`, two during a rotation */
        readonly 'webhook-signature': string;
        /** @description Unix seconds of this attempt */
        readonly 'webhook-timestamp': string;
      };
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        /**
         * @example {
         *       "version": 1,
         *       "type": "booking.held",
         *       "id": "evt_1042",
         *       "timestamp": "2026-12-02T18:00:00.000Z",
         *       "data": {
         *         "booking": {
         *           "id": "3c1e5f7a-9b2d-4e6f-8a1c-2d3e4f5a6b7c",
         *           "restaurantId": "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a",
         *           "status": "held",
         *           "startsAt": "2026-12-24T19:00:00.000Z",
         *           "endsAt": "2026-12-24T20:30:00.000Z",
         *           "partySize": 2,
         *           "tables": [
         *             "A1"
         *           ],
         *           "channel": "voice",
         *           "link": "https://api.tablekeeper.example/v1/bookings/3c1e5f7a-9b2d-4e6f-8a1c-2d3e4f5a6b7c"
         *         }
         *       }
         *     }
         */
        readonly 'application/json': {
          readonly data: {
            readonly [key: string]: unknown;
          };
          /** @description Equals the webhook-id header */
          readonly id: string;
          /**
           * Format: date-time
           * @description When it happened
           */
          readonly timestamp: string;
          /** @constant */
          readonly type: 'booking.held';
          /** @constant */
          readonly version: 1;
        };
      };
    };
    readonly responses: {
      /** @description Received (any 2xx) */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  readonly webhook_booking_modified: {
    readonly parameters: {
      readonly query?: never;
      readonly header: {
        /** @description The message id, the same on every attempt */
        readonly 'webhook-id': string;
        /** @description Space-separated `v1,<base64 HMAC-SHA256 of "{id}.{timestamp}.{body}">`, two during a rotation */
        readonly 'webhook-signature': string;
        /** @description Unix seconds of this attempt */
        readonly 'webhook-timestamp': string;
      };
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        /**
         * @example {
         *       "version": 1,
         *       "type": "booking.modified",
         *       "id": "evt_1042",
         *       "timestamp": "2026-12-02T18:00:00.000Z",
         *       "data": {
         *         "changeId": "6f1f8c6e-58a4-4f0b-9d8e-0f3f5b7a1c2d",
         *         "before": {
         *           "startsAt": "2026-12-24T19:00:00.000Z",
         *           "partySize": 2,
         *           "tables": [
         *             "A1"
         *           ]
         *         },
         *         "after": {
         *           "startsAt": "2026-12-24T20:00:00.000Z",
         *           "partySize": 4,
         *           "tables": [
         *             "A2"
         *           ]
         *         },
         *         "booking": {
         *           "id": "3c1e5f7a-9b2d-4e6f-8a1c-2d3e4f5a6b7c",
         *           "restaurantId": "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a",
         *           "status": "modified",
         *           "startsAt": "2026-12-24T19:00:00.000Z",
         *           "endsAt": "2026-12-24T20:30:00.000Z",
         *           "partySize": 2,
         *           "tables": [
         *             "A1"
         *           ],
         *           "channel": "voice",
         *           "link": "https://api.tablekeeper.example/v1/bookings/3c1e5f7a-9b2d-4e6f-8a1c-2d3e4f5a6b7c"
         *         }
         *       }
         *     }
         */
        readonly 'application/json': {
          readonly data: {
            readonly [key: string]: unknown;
          };
          /** @description Equals the webhook-id header */
          readonly id: string;
          /**
           * Format: date-time
           * @description When it happened
           */
          readonly timestamp: string;
          /** @constant */
          readonly type: 'booking.modified';
          /** @constant */
          readonly version: 1;
        };
      };
    };
    readonly responses: {
      /** @description Received (any 2xx) */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  readonly webhook_booking_no_show: {
    readonly parameters: {
      readonly query?: never;
      readonly header: {
        /** @description The message id, the same on every attempt */
        readonly 'webhook-id': string;
        /** @description Space-separated `v1,<base64 HMAC-SHA256 of "{id}.{timestamp}.{body}">`, two during a rotation */
        readonly 'webhook-signature': string;
        /** @description Unix seconds of this attempt */
        readonly 'webhook-timestamp': string;
      };
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        /**
         * @example {
         *       "version": 1,
         *       "type": "booking.no_show",
         *       "id": "evt_1042",
         *       "timestamp": "2026-12-02T18:00:00.000Z",
         *       "data": {
         *         "booking": {
         *           "id": "3c1e5f7a-9b2d-4e6f-8a1c-2d3e4f5a6b7c",
         *           "restaurantId": "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a",
         *           "status": "no_show",
         *           "startsAt": "2026-12-24T19:00:00.000Z",
         *           "endsAt": "2026-12-24T20:30:00.000Z",
         *           "partySize": 2,
         *           "tables": [
         *             "A1"
         *           ],
         *           "channel": "voice",
         *           "link": "https://api.tablekeeper.example/v1/bookings/3c1e5f7a-9b2d-4e6f-8a1c-2d3e4f5a6b7c"
         *         }
         *       }
         *     }
         */
        readonly 'application/json': {
          readonly data: {
            readonly [key: string]: unknown;
          };
          /** @description Equals the webhook-id header */
          readonly id: string;
          /**
           * Format: date-time
           * @description When it happened
           */
          readonly timestamp: string;
          /** @constant */
          readonly type: 'booking.no_show';
          /** @constant */
          readonly version: 1;
        };
      };
    };
    readonly responses: {
      /** @description Received (any 2xx) */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  readonly webhook_booking_no_show_undone: {
    readonly parameters: {
      readonly query?: never;
      readonly header: {
        /** @description The message id, the same on every attempt */
        readonly 'webhook-id': string;
        /** @description Space-separated `v1,<base64 HMAC-SHA256 of "{id}.{timestamp}.{body}">`, two during a rotation */
        readonly 'webhook-signature': string;
        /** @description Unix seconds of this attempt */
        readonly 'webhook-timestamp': string;
      };
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        /**
         * @example {
         *       "version": 1,
         *       "type": "booking.no_show_undone",
         *       "id": "evt_1042",
         *       "timestamp": "2026-12-02T18:00:00.000Z",
         *       "data": {
         *         "booking": {
         *           "id": "3c1e5f7a-9b2d-4e6f-8a1c-2d3e4f5a6b7c",
         *           "restaurantId": "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a",
         *           "status": "no_show_undone",
         *           "startsAt": "2026-12-24T19:00:00.000Z",
         *           "endsAt": "2026-12-24T20:30:00.000Z",
         *           "partySize": 2,
         *           "tables": [
         *             "A1"
         *           ],
         *           "channel": "voice",
         *           "link": "https://api.tablekeeper.example/v1/bookings/3c1e5f7a-9b2d-4e6f-8a1c-2d3e4f5a6b7c"
         *         }
         *       }
         *     }
         */
        readonly 'application/json': {
          readonly data: {
            readonly [key: string]: unknown;
          };
          /** @description Equals the webhook-id header */
          readonly id: string;
          /**
           * Format: date-time
           * @description When it happened
           */
          readonly timestamp: string;
          /** @constant */
          readonly type: 'booking.no_show_undone';
          /** @constant */
          readonly version: 1;
        };
      };
    };
    readonly responses: {
      /** @description Received (any 2xx) */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  readonly webhook_booking_rejected: {
    readonly parameters: {
      readonly query?: never;
      readonly header: {
        /** @description The message id, the same on every attempt */
        readonly 'webhook-id': string;
        /** @description Space-separated `v1,<base64 HMAC-SHA256 of "{id}.{timestamp}.{body}">`, two during a rotation */
        readonly 'webhook-signature': string;
        /** @description Unix seconds of this attempt */
        readonly 'webhook-timestamp': string;
      };
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        /**
         * @example {
         *       "version": 1,
         *       "type": "booking.rejected",
         *       "id": "evt_1042",
         *       "timestamp": "2026-12-02T18:00:00.000Z",
         *       "data": {
         *         "reason": "fully booked that evening",
         *         "booking": {
         *           "id": "3c1e5f7a-9b2d-4e6f-8a1c-2d3e4f5a6b7c",
         *           "restaurantId": "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a",
         *           "status": "rejected",
         *           "startsAt": "2026-12-24T19:00:00.000Z",
         *           "endsAt": "2026-12-24T20:30:00.000Z",
         *           "partySize": 2,
         *           "tables": [
         *             "A1"
         *           ],
         *           "channel": "voice",
         *           "link": "https://api.tablekeeper.example/v1/bookings/3c1e5f7a-9b2d-4e6f-8a1c-2d3e4f5a6b7c"
         *         }
         *       }
         *     }
         */
        readonly 'application/json': {
          readonly data: {
            readonly [key: string]: unknown;
          };
          /** @description Equals the webhook-id header */
          readonly id: string;
          /**
           * Format: date-time
           * @description When it happened
           */
          readonly timestamp: string;
          /** @constant */
          readonly type: 'booking.rejected';
          /** @constant */
          readonly version: 1;
        };
      };
    };
    readonly responses: {
      /** @description Received (any 2xx) */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  readonly webhook_booking_reminder: {
    readonly parameters: {
      readonly query?: never;
      readonly header: {
        /** @description The message id, the same on every attempt */
        readonly 'webhook-id': string;
        /** @description Space-separated `v1,<base64 HMAC-SHA256 of "{id}.{timestamp}.{body}">`, two during a rotation */
        readonly 'webhook-signature': string;
        /** @description Unix seconds of this attempt */
        readonly 'webhook-timestamp': string;
      };
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        /**
         * @example {
         *       "version": 1,
         *       "type": "booking.reminder",
         *       "id": "evt_1042",
         *       "timestamp": "2026-12-02T18:00:00.000Z",
         *       "data": {
         *         "leadSeconds": 7200,
         *         "dueAt": "2026-12-24T17:00:00.000Z",
         *         "booking": {
         *           "id": "3c1e5f7a-9b2d-4e6f-8a1c-2d3e4f5a6b7c",
         *           "restaurantId": "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a",
         *           "status": "reminder",
         *           "startsAt": "2026-12-24T19:00:00.000Z",
         *           "endsAt": "2026-12-24T20:30:00.000Z",
         *           "partySize": 2,
         *           "tables": [
         *             "A1"
         *           ],
         *           "channel": "voice",
         *           "link": "https://api.tablekeeper.example/v1/bookings/3c1e5f7a-9b2d-4e6f-8a1c-2d3e4f5a6b7c"
         *         }
         *       }
         *     }
         */
        readonly 'application/json': {
          readonly data: {
            readonly [key: string]: unknown;
          };
          /** @description Equals the webhook-id header */
          readonly id: string;
          /**
           * Format: date-time
           * @description When it happened
           */
          readonly timestamp: string;
          /** @constant */
          readonly type: 'booking.reminder';
          /** @constant */
          readonly version: 1;
        };
      };
    };
    readonly responses: {
      /** @description Received (any 2xx) */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  readonly webhook_booking_review_required: {
    readonly parameters: {
      readonly query?: never;
      readonly header: {
        /** @description The message id, the same on every attempt */
        readonly 'webhook-id': string;
        /** @description Space-separated `v1,<base64 HMAC-SHA256 of "{id}.{timestamp}.{body}">`, two during a rotation */
        readonly 'webhook-signature': string;
        /** @description Unix seconds of this attempt */
        readonly 'webhook-timestamp': string;
      };
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        /**
         * @example {
         *       "version": 1,
         *       "type": "booking.review_required",
         *       "id": "evt_1042",
         *       "timestamp": "2026-12-02T18:00:00.000Z",
         *       "data": {
         *         "reason": "party_above_auto_confirm_limit",
         *         "booking": {
         *           "id": "3c1e5f7a-9b2d-4e6f-8a1c-2d3e4f5a6b7c",
         *           "restaurantId": "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a",
         *           "status": "review_required",
         *           "startsAt": "2026-12-24T19:00:00.000Z",
         *           "endsAt": "2026-12-24T20:30:00.000Z",
         *           "partySize": 2,
         *           "tables": [
         *             "A1"
         *           ],
         *           "channel": "voice",
         *           "link": "https://api.tablekeeper.example/v1/bookings/3c1e5f7a-9b2d-4e6f-8a1c-2d3e4f5a6b7c"
         *         }
         *       }
         *     }
         */
        readonly 'application/json': {
          readonly data: {
            readonly [key: string]: unknown;
          };
          /** @description Equals the webhook-id header */
          readonly id: string;
          /**
           * Format: date-time
           * @description When it happened
           */
          readonly timestamp: string;
          /** @constant */
          readonly type: 'booking.review_required';
          /** @constant */
          readonly version: 1;
        };
      };
    };
    readonly responses: {
      /** @description Received (any 2xx) */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  readonly webhook_webhook_endpoint_disabled: {
    readonly parameters: {
      readonly query?: never;
      readonly header: {
        /** @description The message id, the same on every attempt */
        readonly 'webhook-id': string;
        /** @description Space-separated `v1,<base64 HMAC-SHA256 of "{id}.{timestamp}.{body}">`, two during a rotation */
        readonly 'webhook-signature': string;
        /** @description Unix seconds of this attempt */
        readonly 'webhook-timestamp': string;
      };
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        /**
         * @example {
         *       "version": 1,
         *       "type": "webhook_endpoint.disabled",
         *       "id": "evt_1042",
         *       "timestamp": "2026-12-02T18:00:00.000Z",
         *       "data": {
         *         "endpointId": "0b9f7d3a-52a1-4a43-8d0e-2f6c1b8e9a10",
         *         "url": "https://pos.example.com/hooks",
         *         "reason": "failing"
         *       }
         *     }
         */
        readonly 'application/json': {
          readonly data: {
            readonly [key: string]: unknown;
          };
          /** @description Equals the webhook-id header */
          readonly id: string;
          /**
           * Format: date-time
           * @description When it happened
           */
          readonly timestamp: string;
          /** @constant */
          readonly type: 'webhook_endpoint.disabled';
          /** @constant */
          readonly version: 1;
        };
      };
    };
    readonly responses: {
      /** @description Received (any 2xx) */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  readonly webhook_webhook_test: {
    readonly parameters: {
      readonly query?: never;
      readonly header: {
        /** @description The message id, the same on every attempt */
        readonly 'webhook-id': string;
        /** @description Space-separated `v1,<base64 HMAC-SHA256 of "{id}.{timestamp}.{body}">`, two during a rotation */
        readonly 'webhook-signature': string;
        /** @description Unix seconds of this attempt */
        readonly 'webhook-timestamp': string;
      };
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        /**
         * @example {
         *       "version": 1,
         *       "type": "webhook.test",
         *       "id": "evt_1042",
         *       "timestamp": "2026-12-02T18:00:00.000Z",
         *       "data": {
         *         "endpointId": "0b9f7d3a-52a1-4a43-8d0e-2f6c1b8e9a10",
         *         "message": "Hello from Tablekeeper"
         *       }
         *     }
         */
        readonly 'application/json': {
          readonly data: {
            readonly [key: string]: unknown;
          };
          /** @description Equals the webhook-id header */
          readonly id: string;
          /**
           * Format: date-time
           * @description When it happened
           */
          readonly timestamp: string;
          /** @constant */
          readonly type: 'webhook.test';
          /** @constant */
          readonly version: 1;
        };
      };
    };
    readonly responses: {
      /** @description Received (any 2xx) */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
}
