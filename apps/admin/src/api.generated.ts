/**
 * The admin API’s types, generated from openapi.json by openapi-typescript.
 * Do not edit: change the gateway's decorators and DTOs and run `npm run openapi` (a test fails
 * while this file is stale).
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
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
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
    /**
     * A day's bookings by time, filtered by status and guest name or phone
     * @description A day’s bookings by start time, filtered by status and guest name or phone, paged with nextCursor. Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes. Read-only; safe to retry.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly get: operations['adminListBookings'];
    readonly put?: never;
    /**
     * Take a booking on the phone (ops only), optionally at tables of your choosing
     * @description Placed through the same workflow as every booking, channel `phone`, with you as the actor; a large party is confirmed (staff are the reviewers). Idempotent: the same Idempotency-Key answers the first booking (idempotency_key_reused with another body). Problems: no_capacity (with alternatives), tables_unavailable, restaurant_closed, closed_on_date, insufficient_notice, off_grid_start_time, beyond_booking_window, party_size_out_of_range.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `payload_too_large` (413), `unsupported_media_type` (415), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
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
    /**
     * A booking with its event timeline, tables, channel and workflow link
     * @description A booking with its event timeline, tables, channel and a link to its workflow in the Temporal UI. Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes. Read-only; safe to retry.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly get: operations['adminGetBooking'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    /**
     * Change a booking or move it to other tables (ops only): the same path as the public PATCH
     * @description Staff's own change is applied without a review of the change. Send an Idempotency-Key so a double submit attaches to the first change.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `version_mismatch` (412), `payload_too_large` (413), `unsupported_media_type` (415), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly patch: operations['adminModifyBooking'];
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
    /**
     * Approve a booking in review, optionally at other tables (ops only)
     * @description Approves a booking in manual_review, optionally at other tables (ops role). Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes. A repeated call finds the booking already in the new status and answers 409 invalid_transition, so a double submit never applies twice.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `payload_too_large` (413), `unsupported_media_type` (415), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly post: operations['adminApproveBooking'];
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
    /**
     * Cancel a booking with a reason code and free text (ops only)
     * @description Cancels a booking with a reason code and free text (ops role). Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes. A repeated call finds the booking already in the new status and answers 409 invalid_transition, so a double submit never applies twice.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `payload_too_large` (413), `unsupported_media_type` (415), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly post: operations['adminCancelBooking'];
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
    /**
     * Approve the change waiting for staff: the booking moves (ops only)
     * @description Approves the change waiting for staff: the booking moves to its new time and tables (ops role). Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes. A repeated call finds the booking already in the new status and answers 409 invalid_transition, so a double submit never applies twice.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `payload_too_large` (413), `unsupported_media_type` (415), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly post: operations['adminApproveChange'];
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
    /**
     * Reject the change waiting for staff: the booking stays as it was (ops only)
     * @description Rejects the change waiting for staff: the booking stays as it was (ops role). Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes. A repeated call finds the booking already in the new status and answers 409 invalid_transition, so a double submit never applies twice.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `payload_too_large` (413), `unsupported_media_type` (415), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly post: operations['adminRejectChange'];
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
    /**
     * Seat a confirmed booking (ops only)
     * @description Seats a confirmed booking (ops role). Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes. A repeated call finds the booking already in the new status and answers 409 invalid_transition, so a double submit never applies twice.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly post: operations['adminCheckInBooking'];
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
    /**
     * Mark a confirmed booking a no-show, after its start (ops only)
     * @description Marks a confirmed booking a no-show after its start time (ops role). Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes. A repeated call finds the booking already in the new status and answers 409 invalid_transition, so a double submit never applies twice.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `payload_too_large` (413), `unsupported_media_type` (415), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly post: operations['adminMarkNoShow'];
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
    /**
     * Reject a booking in review with a reason (ops only)
     * @description Rejects a booking in manual_review with a reason (ops role); its tables are freed. Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes. A repeated call finds the booking already in the new status and answers 409 invalid_transition, so a double submit never applies twice.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `payload_too_large` (413), `unsupported_media_type` (415), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly post: operations['adminRejectBooking'];
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
    /**
     * Undo a no-show within the restaurant's window (ops only)
     * @description Undoes a no-show within the restaurant’s window (ops role); 409 when the window has passed or a table was given away. Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes. A repeated call finds the booking already in the new status and answers 409 invalid_transition, so a double submit never applies twice.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `payload_too_large` (413), `unsupported_media_type` (415), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly post: operations['adminUndoNoShow'];
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
    /**
     * Changes of confirmed bookings waiting for staff, with before and after
     * @description Changes of confirmed bookings waiting for staff, with the booking before and after. Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes. Read-only; safe to retry.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly get: operations['adminListChanges'];
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
     *
     *     **Problems.** Final for this request (fix it or tell the user): `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly get: operations['adminStreamBookingEvents'];
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
    /**
     * Tables by zone at one instant: free, held, reserved, seated or blocked
     * @description Every table by zone at one instant: free, held, reserved, seated or blocked, with the booking on it. Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes. Read-only; safe to retry.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly get: operations['adminGetFloor'];
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
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
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
    /**
     * Bookings in manual_review, soonest first, with why and the engine’s pick
     * @description Bookings in manual_review, soonest first, with why each went to review and the engine’s table pick. Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes. Read-only; safe to retry.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly get: operations['adminListReviews'];
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
    /**
     * The signed-in member of staff and the CSRF token
     * @description The signed-in member of staff, their restaurant and role, and the CSRF token to send as X-CSRF-Token. Read-only; safe to retry.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly get: operations['adminGetSession'];
    readonly put?: never;
    /**
     * Sign in to the admin UI
     * @description Sets the httpOnly, SameSite=Strict session cookie and answers the CSRF token to send with every state-changing admin request. Five failed attempts per email and address pause sign-in for 15 minutes.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `payload_too_large` (413), `unsupported_media_type` (415), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly post: operations['adminSignIn'];
    /**
     * Sign out: ends the session and clears the cookie
     * @description Ends the staff session and clears its cookie. Signing out twice answers 401 the second time.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly delete: operations['adminSignOut'];
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
    /**
     * Table and zone blocks not over yet
     * @description Table and zone blocks not over yet. Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes. Read-only; safe to retry.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly get: operations['adminListBlocks'];
    readonly put?: never;
    /**
     * Block a table or zone for a time (managers)
     * @description Takes a table or zone out of service for a time (manager role); bookings there are listed, never dropped. Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `payload_too_large` (413), `unsupported_media_type` (415), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly post: operations['adminCreateBlock'];
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
    /**
     * End a block (managers)
     * @description Ends a block (manager role): its tables are offered again. Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly delete: operations['adminDeleteBlock'];
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
    /**
     * The setup change log, newest first
     * @description The setup change log, newest first, paged with nextCursor. Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes. Read-only; safe to retry.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly get: operations['adminListSetupChanges'];
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
    /**
     * Closed dates and special hours from today on
     * @description Closed dates and special hours from today on. Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes. Read-only; safe to retry.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly get: operations['adminListExceptions'];
    readonly put?: never;
    /**
     * Close a date or give it special hours (managers)
     * @description Closes a date or gives it special hours (manager role); overlapping exceptions answer 409 overlapping_exception. Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `payload_too_large` (413), `unsupported_media_type` (415), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly post: operations['adminCreateException'];
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
    /**
     * Remove an exception (managers)
     * @description Removes an exception (manager role): the weekday hours apply again. Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly delete: operations['adminDeleteException'];
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
    /**
     * Weekly hours and pacing
     * @description Weekly service periods and pacing rules. Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes. Read-only; safe to retry.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly get: operations['adminGetHours'];
    /**
     * Replace weekly hours and pacing (managers)
     * @description Replaces the weekly hours and pacing (manager role); bookings they no longer cover are listed, never cancelled. Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes. Replacing twice with the same hours leaves the same hours.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `payload_too_large` (413), `unsupported_media_type` (415), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly put: operations['adminReplaceHours'];
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
    /**
     * Change details and booking policy (managers)
     * @description Changes the restaurant’s details and booking policy, only the fields given (manager role). One transaction with its change-log row. Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes. Sending the same change twice leaves the same policy.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `payload_too_large` (413), `unsupported_media_type` (415), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly patch: operations['adminUpdatePolicy'];
    readonly trace?: never;
  };
  readonly '/admin/api/setup/restaurant': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * The restaurant as agents see it: policy, contact, the coming weeks
     * @description The restaurant as agents see it (getRestaurant): policy, contact and the coming weeks. Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes. Read-only; safe to retry.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly get: operations['adminGetRestaurant'];
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
    /**
     * Tables
     * @description The restaurant’s tables with zone, covers, active flag and combinable neighbours. Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes. Read-only; safe to retry.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly get: operations['adminListTables'];
    readonly put?: never;
    /**
     * Add a table (managers)
     * @description Adds a table (manager role); a duplicate label answers 409 duplicate_table_label. Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `payload_too_large` (413), `unsupported_media_type` (415), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly post: operations['adminCreateTable'];
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
    /**
     * Delete a table no booking used (managers)
     * @description Deletes a table no booking used (manager role); deactivate it instead when bookings name it (409). Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly delete: operations['adminDeleteTable'];
    readonly options?: never;
    readonly head?: never;
    /**
     * Change, combine or deactivate a table (managers)
     * @description Changes, combines or deactivates a table (manager role); bookings that no longer fit are listed. Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes. Sending the same change twice leaves the same table.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `payload_too_large` (413), `unsupported_media_type` (415), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly patch: operations['adminUpdateTable'];
    readonly trace?: never;
  };
  readonly '/admin/api/setup/webhooks': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * Webhook endpoints with their latest deliveries
     * @description The restaurant's webhook endpoints (never their secrets), each with its 10 latest deliveries, and the event types an endpoint may subscribe to. Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes. Read-only; safe to retry.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly get: operations['adminListWebhookEndpoints'];
    readonly put?: never;
    /**
     * Register a webhook endpoint (managers; its secret is in the answer, once)
     * @description Creates an endpoint of the staff member's restaurant (manager role). The answer carries `secret`, shown only here. Problems: `validation_failed`, `invalid_webhook_url`. Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `payload_too_large` (413), `unsupported_media_type` (415), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly post: operations['adminCreateWebhookEndpoint'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/admin/api/setup/webhooks/{id}': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    readonly post?: never;
    /**
     * Remove a webhook endpoint and its delivery history (managers)
     * @description Nothing more is sent to it (manager role). Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly delete: operations['adminDeleteWebhookEndpoint'];
    readonly options?: never;
    readonly head?: never;
    /**
     * Change a webhook endpoint (managers)
     * @description Changes only the fields sent (manager role); `enabled: true` re-enables an endpoint the relay disabled. Sending the same change twice leaves the same endpoint. Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `payload_too_large` (413), `unsupported_media_type` (415), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly patch: operations['adminUpdateWebhookEndpoint'];
    readonly trace?: never;
  };
  readonly '/admin/api/setup/webhooks/{id}/deliveries': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * An endpoint’s deliveries, newest first
     * @description Status, attempts, last response code and latency of each message; page with `before`. Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes. Read-only; safe to retry.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly get: operations['adminListWebhookDeliveries'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/admin/api/setup/webhooks/{id}/deliveries/{deliveryId}/redeliver': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /**
     * Send a past message again (managers)
     * @description The same message (same `webhook-id` and body, a fresh signature) with a new round of retries; its total attempts count on (manager role). Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly post: operations['adminRedeliverWebhook'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/admin/api/setup/webhooks/{id}/rotate-secret': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /**
     * Issue a new signing secret; the old one keeps signing for 24 h (managers)
     * @description The new secret is in this answer only (manager role). Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly post: operations['adminRotateWebhookSecret'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/admin/api/setup/webhooks/{id}/test': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /**
     * Send a signed `webhook.test` ping (managers)
     * @description Queues a ping the relay sends like any event; its row in the endpoint's deliveries shows the outcome (manager role). Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly post: operations['adminPingWebhookEndpoint'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/admin/api/setup/zones': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * Zones
     * @description The restaurant’s zones. Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes. Read-only; safe to retry.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly get: operations['adminListZones'];
    readonly put?: never;
    /**
     * Add a zone (managers)
     * @description Adds a zone (manager role); a second zone of the same name answers 409 duplicate_zone_name. Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `payload_too_large` (413), `unsupported_media_type` (415), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly post: operations['adminCreateZone'];
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
    /**
     * Delete an empty zone (managers)
     * @description Deletes a zone without tables (manager role); 409 zone_has_tables otherwise. Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly delete: operations['adminDeleteZone'];
    readonly options?: never;
    readonly head?: never;
    /**
     * Rename or reorder a zone (managers)
     * @description Renames or reorders a zone (manager role). Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes. Sending the same change twice leaves the same zone.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `payload_too_large` (413), `unsupported_media_type` (415), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly patch: operations['adminUpdateZone'];
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
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `payload_too_large` (413), `unsupported_media_type` (415), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
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
    readonly post: operations['bookingApprovedEvent'];
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
    readonly post: operations['bookingCancelledEvent'];
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
    readonly post: operations['bookingCheckedInEvent'];
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
    readonly post: operations['bookingCompletedEvent'];
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
    readonly post: operations['bookingConfirmedEvent'];
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
    readonly post: operations['bookingExpiredEvent'];
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
    readonly post: operations['bookingHeldEvent'];
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
    readonly post: operations['bookingModifiedEvent'];
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
    readonly post: operations['bookingNoShowEvent'];
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
    readonly post: operations['bookingNoShowUndoneEvent'];
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
    readonly post: operations['bookingRejectedEvent'];
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
    readonly post: operations['bookingReminderEvent'];
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
    readonly post: operations['bookingReviewRequiredEvent'];
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
    readonly post: operations['webhookEndpointDisabledEvent'];
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
    readonly post: operations['webhookTestEvent'];
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
    readonly AdminCreateWebhookEndpointInput: {
      /** @example Front-of-house POS */
      readonly description?: string | null;
      /** @default true */
      readonly enabled: boolean;
      /**
       * @description Event types the endpoint receives; empty or left out: all of them (the catalog is the OpenAPI document’s `webhooks`). A `webhook.test` ping always reaches it.
       * @example [
       *       "booking.confirmed",
       *       "booking.cancelled"
       *     ]
       */
      readonly events?: readonly (
        | 'booking.held'
        | 'booking.confirmed'
        | 'booking.review_required'
        | 'booking.approved'
        | 'booking.rejected'
        | 'booking.modified'
        | 'booking.cancelled'
        | 'booking.expired'
        | 'booking.checked_in'
        | 'booking.no_show'
        | 'booking.no_show_undone'
        | 'booking.completed'
        | 'booking.reminder'
        | 'webhook_endpoint.disabled'
      )[];
      /**
       * @description Include the guest’s name, phone and email in payloads (only if the restaurant allows this receiver to see them)
       * @default false
       */
      readonly guestContactAllowed: boolean;
      /**
       * @description Deliveries per second at most
       * @default 10
       */
      readonly rateLimitPerSecond: number;
      /**
       * @description https (http only in development); no credentials; not an internal address
       * @example https://pos.example.com/tablekeeper/hooks
       */
      readonly url: string;
    };
    readonly AdminGuestOutput: {
      readonly name: string;
      /** @example +447700900123 */
      readonly phone: string | null;
    };
    readonly AdminWebhookEndpointOutput: {
      /** Format: date-time */
      readonly createdAt: string;
      /** @example Front-of-house POS */
      readonly description: string | null;
      /** Format: date-time */
      readonly disabledAt: string | null;
      /**
       * @description gone: the receiver answered 410; failing: failed for days; manual: switched off by a person
       * @enum {string|null}
       */
      readonly disabledReason: 'gone' | 'failing' | 'manual' | null;
      readonly enabled: boolean;
      /**
       * @description Empty: all types
       * @example [
       *       "booking.confirmed",
       *       "booking.cancelled"
       *     ]
       */
      readonly events: readonly string[];
      /**
       * Format: date-time
       * @description Failing without a success since
       */
      readonly failingSince: string | null;
      readonly guestContactAllowed: boolean;
      /** Format: uuid */
      readonly id: string;
      /**
       * Format: date-time
       * @description After a rotation: until when the previous secret still signs too
       */
      readonly previousSecretExpiresAt: string | null;
      /** @example 10 */
      readonly rateLimitPerSecond: number;
      /** @description The latest deliveries, newest first */
      readonly recentDeliveries: readonly components['schemas']['WebhookDeliveryOutput'][];
      /** Format: uuid */
      readonly restaurantId: string;
      /** Format: date-time */
      readonly updatedAt: string;
      /** @example https://pos.example.com/tablekeeper/hooks */
      readonly url: string;
    };
    readonly AdminWebhooksOutput: {
      readonly endpoints: readonly components['schemas']['AdminWebhookEndpointOutput'][];
      /** @description The event types an endpoint may subscribe to, in catalog order */
      readonly eventTypes: readonly components['schemas']['WebhookEventTypeOutput'][];
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
      readonly remainingCovers?: number | null;
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
      /**
       * Format: date-time
       * @example 2026-12-05T23:00:00+00:00
       */
      readonly endsAt: string;
      /** @example Wobbly leg, carpenter on Friday */
      readonly reason: string;
      /**
       * Format: date-time
       * @example 2026-12-05T18:00:00+00:00
       */
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
    readonly CreatedWebhookEndpointOutput: {
      /** Format: date-time */
      readonly createdAt: string;
      /** @example Front-of-house POS */
      readonly description: string | null;
      /** Format: date-time */
      readonly disabledAt: string | null;
      /**
       * @description gone: the receiver answered 410; failing: failed for days; manual: switched off by a person
       * @enum {string|null}
       */
      readonly disabledReason: 'gone' | 'failing' | 'manual' | null;
      readonly enabled: boolean;
      /**
       * @description Empty: all types
       * @example [
       *       "booking.confirmed",
       *       "booking.cancelled"
       *     ]
       */
      readonly events: readonly string[];
      /**
       * Format: date-time
       * @description Failing without a success since
       */
      readonly failingSince: string | null;
      readonly guestContactAllowed: boolean;
      /** Format: uuid */
      readonly id: string;
      /**
       * Format: date-time
       * @description After a rotation: until when the previous secret still signs too
       */
      readonly previousSecretExpiresAt: string | null;
      /** @example 10 */
      readonly rateLimitPerSecond: number;
      /** Format: uuid */
      readonly restaurantId: string;
      /**
       * @description The signing secret, shown only in this answer: store it now
       * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
       */
      readonly secret: string;
      /** Format: date-time */
      readonly updatedAt: string;
      /** @example https://pos.example.com/tablekeeper/hooks */
      readonly url: string;
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
      /** @description On no_capacity and restaurant_closed: the nearest free times that day, nearest first */
      readonly alternatives?: readonly components['schemas']['AvailabilitySlotOutput'][];
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
    /** @description A problem answered with HTTP 400 */
    readonly Problem400: components['schemas']['Problem'] & {
      /** @enum {string} */
      readonly code?:
        'validation_failed' | 'malformed_json' | 'idempotency_key_required' | 'invalid_idempotency_key';
      /** @enum {integer} */
      readonly status?: 400;
    };
    /** @description A problem answered with HTTP 401 */
    readonly Problem401: components['schemas']['Problem'] & {
      /** @enum {string} */
      readonly code?: 'unauthorized' | 'not_signed_in' | 'invalid_credentials';
      /** @enum {integer} */
      readonly status?: 401;
    };
    /** @description A problem answered with HTTP 403 */
    readonly Problem403: components['schemas']['Problem'] & {
      /** @enum {string} */
      readonly code?:
        | 'csrf_token_invalid'
        | 'role_forbidden'
        | 'insufficient_scope'
        | 'publishable_key_not_allowed'
        | 'origin_not_allowed'
        | 'challenge_failed';
      /** @enum {integer} */
      readonly status?: 403;
    };
    /** @description A problem answered with HTTP 404 */
    readonly Problem404: components['schemas']['Problem'] & {
      /** @enum {string} */
      readonly code?:
        | 'not_found'
        | 'manage_link_invalid'
        | 'restaurant_not_found'
        | 'booking_not_found'
        | 'api_key_not_found'
        | 'zone_not_found'
        | 'table_not_found'
        | 'exception_not_found'
        | 'block_not_found'
        | 'webhook_endpoint_not_found'
        | 'webhook_delivery_not_found';
      /** @enum {integer} */
      readonly status?: 404;
    };
    /** @description A problem answered with HTTP 409 */
    readonly Problem409: components['schemas']['Problem'] & {
      /** @enum {string} */
      readonly code?:
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
        | 'idempotency_request_in_progress';
      /** @enum {integer} */
      readonly status?: 409;
    };
    /** @description A problem answered with HTTP 412 */
    readonly Problem412: components['schemas']['Problem'] & {
      /** @enum {string} */
      readonly code?: 'version_mismatch';
      /** @enum {integer} */
      readonly status?: 412;
    };
    /** @description A problem answered with HTTP 413 */
    readonly Problem413: components['schemas']['Problem'] & {
      /** @enum {string} */
      readonly code?: 'payload_too_large';
      /** @enum {integer} */
      readonly status?: 413;
    };
    /** @description A problem answered with HTTP 415 */
    readonly Problem415: components['schemas']['Problem'] & {
      /** @enum {string} */
      readonly code?: 'unsupported_media_type';
      /** @enum {integer} */
      readonly status?: 415;
    };
    /** @description A problem answered with HTTP 422 */
    readonly Problem422: components['schemas']['Problem'] & {
      /** @enum {string} */
      readonly code?:
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
        | 'unknown_seating_preference';
      /** @enum {integer} */
      readonly status?: 422;
    };
    /** @description A problem answered with HTTP 429 */
    readonly Problem429: components['schemas']['Problem'] & {
      /** @enum {string} */
      readonly code?: 'rate_limited' | 'too_many_live_holds' | 'sign_in_rate_limited';
      /** @enum {integer} */
      readonly status?: 429;
    };
    /** @description A problem answered with HTTP 500 */
    readonly Problem500: components['schemas']['Problem'] & {
      /** @enum {string} */
      readonly code?: 'internal_error';
      /** @enum {integer} */
      readonly status?: 500;
    };
    /** @description A problem answered with HTTP 503 */
    readonly Problem503: components['schemas']['Problem'] & {
      /** @enum {string} */
      readonly code?:
        | 'service_unavailable'
        | 'overloaded'
        | 'database_unavailable'
        | 'workflow_engine_unavailable'
        | 'cache_unavailable';
      /** @enum {integer} */
      readonly status?: 503;
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
    readonly RotatedSecretOutput: {
      readonly endpoint: components['schemas']['WebhookEndpointOutput'];
      /**
       * Format: date-time
       * @description Until then every delivery carries a signature with the old secret too
       */
      readonly previousSecretExpiresAt: string;
      /**
       * @description The new secret, shown once
       * @example whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD
       */
      readonly secret: string;
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
      readonly after: {
        readonly [key: string]: unknown;
      } | null;
      /** Format: date-time */
      readonly at: string;
      /** @description The state before (null for a creation) */
      readonly before: {
        readonly [key: string]: unknown;
      } | null;
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
       * Format: date-time
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
       * Format: date-time
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
    readonly UpdateWebhookEndpointInput: {
      readonly description?: string | null;
      /** @description true re-enables a disabled endpoint (its failure run starts afresh) */
      readonly enabled?: boolean;
      /** @description Event types the endpoint receives; empty or left out: all of them (the catalog is the OpenAPI document’s `webhooks`). A `webhook.test` ping always reaches it. */
      readonly events?: readonly (
        | 'booking.held'
        | 'booking.confirmed'
        | 'booking.review_required'
        | 'booking.approved'
        | 'booking.rejected'
        | 'booking.modified'
        | 'booking.cancelled'
        | 'booking.expired'
        | 'booking.checked_in'
        | 'booking.no_show'
        | 'booking.no_show_undone'
        | 'booking.completed'
        | 'booking.reminder'
        | 'webhook_endpoint.disabled'
      )[];
      readonly guestContactAllowed?: boolean;
      readonly rateLimitPerSecond?: number;
      /** @example https://pos.example.com/tablekeeper/hooks */
      readonly url?: string;
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
    readonly WebhookDeliveryListOutput: {
      readonly data: readonly components['schemas']['WebhookDeliveryOutput'][];
    };
    readonly WebhookDeliveryOutput: {
      /** @description Attempts of the current round (a redelivery starts a new one) */
      readonly attempts: number;
      /** Format: date-time */
      readonly createdAt: string;
      /** Format: date-time */
      readonly deliveredAt: string | null;
      /** Format: uuid */
      readonly endpointId: string;
      /** @example booking.confirmed */
      readonly eventType: string;
      /**
       * @description Delivery id (a string: it is a 64-bit number)
       * @example 1042
       */
      readonly id: string;
      /** Format: date-time */
      readonly lastAttemptAt: string | null;
      /** @description Why there was no answer (timeout, refused...) */
      readonly lastError: string | null;
      /** @example 48 */
      readonly lastLatencyMs: number | null;
      /** @example 200 */
      readonly lastStatusCode: number | null;
      /**
       * @description The `webhook-id` header, the same on every attempt
       * @example evt_1042
       */
      readonly messageId: string;
      /** Format: date-time */
      readonly nextAttemptAt: string | null;
      /**
       * @description failed: the retry schedule ran out
       * @enum {string}
       */
      readonly status: 'pending' | 'delivered' | 'failed';
      /** @description Attempts over every round: a redelivery adds to it rather than starting again */
      readonly totalAttempts: number;
    };
    readonly WebhookEndpointOutput: {
      /** Format: date-time */
      readonly createdAt: string;
      /** @example Front-of-house POS */
      readonly description: string | null;
      /** Format: date-time */
      readonly disabledAt: string | null;
      /**
       * @description gone: the receiver answered 410; failing: failed for days; manual: switched off by a person
       * @enum {string|null}
       */
      readonly disabledReason: 'gone' | 'failing' | 'manual' | null;
      readonly enabled: boolean;
      /**
       * @description Empty: all types
       * @example [
       *       "booking.confirmed",
       *       "booking.cancelled"
       *     ]
       */
      readonly events: readonly string[];
      /**
       * Format: date-time
       * @description Failing without a success since
       */
      readonly failingSince: string | null;
      readonly guestContactAllowed: boolean;
      /** Format: uuid */
      readonly id: string;
      /**
       * Format: date-time
       * @description After a rotation: until when the previous secret still signs too
       */
      readonly previousSecretExpiresAt: string | null;
      /** @example 10 */
      readonly rateLimitPerSecond: number;
      /** Format: uuid */
      readonly restaurantId: string;
      /** Format: date-time */
      readonly updatedAt: string;
      /** @example https://pos.example.com/tablekeeper/hooks */
      readonly url: string;
    };
    readonly WebhookEventTypeOutput: {
      /** @example The booking is confirmed */
      readonly summary: string;
      /** @example booking.confirmed */
      readonly type: string;
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
          readonly 'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: idempotency_key_reused, restaurant_closed, payload_not_decryptable, party_size_out_of_range, starts_at_in_past, beyond_booking_window, insufficient_notice, off_grid_start_time, closed_on_date, invalid_setup, channel_not_enabled, invalid_webhook_url, unknown_seating_preference */
      readonly 422: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem422'];
        };
      };
      /** @description Problem: internal_error */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly adminListBookings: {
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
          readonly 'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: internal_error */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
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
          readonly 'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      readonly 401: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      readonly 403: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem403'];
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
          readonly 'application/problem+json': components['schemas']['Problem409'];
        };
      };
      /** @description Problem: payload_too_large */
      readonly 413: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem413'];
        };
      };
      /** @description Problem: unsupported_media_type */
      readonly 415: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem415'];
        };
      };
      /** @description Problem: idempotency_key_reused, restaurant_closed, payload_not_decryptable, party_size_out_of_range, starts_at_in_past, beyond_booking_window, insufficient_notice, off_grid_start_time, closed_on_date, invalid_setup, channel_not_enabled, invalid_webhook_url, unknown_seating_preference */
      readonly 422: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem422'];
        };
      };
      /** @description Problem: internal_error */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly adminGetBooking: {
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
          readonly 'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: internal_error */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly adminModifyBooking: {
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
          readonly 'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      readonly 401: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      readonly 403: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found */
      readonly 404: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem404'];
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
          readonly 'application/problem+json': components['schemas']['Problem409'];
        };
      };
      /** @description Problem: version_mismatch */
      readonly 412: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem412'];
        };
      };
      /** @description Problem: payload_too_large */
      readonly 413: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem413'];
        };
      };
      /** @description Problem: unsupported_media_type */
      readonly 415: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem415'];
        };
      };
      /** @description Problem: idempotency_key_reused, restaurant_closed, payload_not_decryptable, party_size_out_of_range, starts_at_in_past, beyond_booking_window, insufficient_notice, off_grid_start_time, closed_on_date, invalid_setup, channel_not_enabled, invalid_webhook_url, unknown_seating_preference */
      readonly 422: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem422'];
        };
      };
      /** @description Problem: internal_error */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly adminApproveBooking: {
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
          readonly 'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress */
      readonly 409: {
        headers: {
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem409'];
        };
      };
      /** @description Problem: payload_too_large */
      readonly 413: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem413'];
        };
      };
      /** @description Problem: unsupported_media_type */
      readonly 415: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem415'];
        };
      };
      /** @description Problem: internal_error */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly adminCancelBooking: {
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
          readonly 'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress */
      readonly 409: {
        headers: {
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem409'];
        };
      };
      /** @description Problem: payload_too_large */
      readonly 413: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem413'];
        };
      };
      /** @description Problem: unsupported_media_type */
      readonly 415: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem415'];
        };
      };
      /** @description Problem: internal_error */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly adminApproveChange: {
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
          readonly 'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress */
      readonly 409: {
        headers: {
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem409'];
        };
      };
      /** @description Problem: payload_too_large */
      readonly 413: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem413'];
        };
      };
      /** @description Problem: unsupported_media_type */
      readonly 415: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem415'];
        };
      };
      /** @description Problem: internal_error */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly adminRejectChange: {
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
          readonly 'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress */
      readonly 409: {
        headers: {
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem409'];
        };
      };
      /** @description Problem: payload_too_large */
      readonly 413: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem413'];
        };
      };
      /** @description Problem: unsupported_media_type */
      readonly 415: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem415'];
        };
      };
      /** @description Problem: internal_error */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly adminCheckInBooking: {
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
          readonly 'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress */
      readonly 409: {
        headers: {
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem409'];
        };
      };
      /** @description Problem: internal_error */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly adminMarkNoShow: {
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
          readonly 'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress */
      readonly 409: {
        headers: {
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem409'];
        };
      };
      /** @description Problem: payload_too_large */
      readonly 413: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem413'];
        };
      };
      /** @description Problem: unsupported_media_type */
      readonly 415: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem415'];
        };
      };
      /** @description Problem: internal_error */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly adminRejectBooking: {
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
          readonly 'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress */
      readonly 409: {
        headers: {
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem409'];
        };
      };
      /** @description Problem: payload_too_large */
      readonly 413: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem413'];
        };
      };
      /** @description Problem: unsupported_media_type */
      readonly 415: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem415'];
        };
      };
      /** @description Problem: internal_error */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly adminUndoNoShow: {
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
          readonly 'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress */
      readonly 409: {
        headers: {
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem409'];
        };
      };
      /** @description Problem: payload_too_large */
      readonly 413: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem413'];
        };
      };
      /** @description Problem: unsupported_media_type */
      readonly 415: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem415'];
        };
      };
      /** @description Problem: internal_error */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly adminListChanges: {
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
          readonly 'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: internal_error */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly adminStreamBookingEvents: {
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
          readonly 'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: internal_error */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly adminGetFloor: {
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
          readonly 'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: internal_error */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
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
          readonly 'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: internal_error */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly adminListReviews: {
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
          readonly 'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: internal_error */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly adminGetSession: {
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
          readonly 'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: internal_error */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly adminSignIn: {
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
          readonly 'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: payload_too_large */
      readonly 413: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem413'];
        };
      };
      /** @description Problem: unsupported_media_type */
      readonly 415: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem415'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      readonly 429: {
        headers: {
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem429'];
        };
      };
      /** @description Problem: internal_error */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly adminSignOut: {
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
          readonly 'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: internal_error */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly adminListBlocks: {
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
          readonly 'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: internal_error */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly adminCreateBlock: {
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
          readonly 'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: payload_too_large */
      readonly 413: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem413'];
        };
      };
      /** @description Problem: unsupported_media_type */
      readonly 415: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem415'];
        };
      };
      /** @description Problem: idempotency_key_reused, restaurant_closed, payload_not_decryptable, party_size_out_of_range, starts_at_in_past, beyond_booking_window, insufficient_notice, off_grid_start_time, closed_on_date, invalid_setup, channel_not_enabled, invalid_webhook_url, unknown_seating_preference */
      readonly 422: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem422'];
        };
      };
      /** @description Problem: internal_error */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly adminDeleteBlock: {
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
          readonly 'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: internal_error */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly adminListSetupChanges: {
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
          readonly 'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: internal_error */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly adminListExceptions: {
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
          readonly 'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: internal_error */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly adminCreateException: {
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
          readonly 'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress */
      readonly 409: {
        headers: {
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem409'];
        };
      };
      /** @description Problem: payload_too_large */
      readonly 413: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem413'];
        };
      };
      /** @description Problem: unsupported_media_type */
      readonly 415: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem415'];
        };
      };
      /** @description Problem: idempotency_key_reused, restaurant_closed, payload_not_decryptable, party_size_out_of_range, starts_at_in_past, beyond_booking_window, insufficient_notice, off_grid_start_time, closed_on_date, invalid_setup, channel_not_enabled, invalid_webhook_url, unknown_seating_preference */
      readonly 422: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem422'];
        };
      };
      /** @description Problem: internal_error */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly adminDeleteException: {
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
          readonly 'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: internal_error */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly adminGetHours: {
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
          readonly 'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: internal_error */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly adminReplaceHours: {
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
          readonly 'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: payload_too_large */
      readonly 413: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem413'];
        };
      };
      /** @description Problem: unsupported_media_type */
      readonly 415: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem415'];
        };
      };
      /** @description Problem: idempotency_key_reused, restaurant_closed, payload_not_decryptable, party_size_out_of_range, starts_at_in_past, beyond_booking_window, insufficient_notice, off_grid_start_time, closed_on_date, invalid_setup, channel_not_enabled, invalid_webhook_url, unknown_seating_preference */
      readonly 422: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem422'];
        };
      };
      /** @description Problem: internal_error */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly adminUpdatePolicy: {
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
          readonly 'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: payload_too_large */
      readonly 413: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem413'];
        };
      };
      /** @description Problem: unsupported_media_type */
      readonly 415: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem415'];
        };
      };
      /** @description Problem: idempotency_key_reused, restaurant_closed, payload_not_decryptable, party_size_out_of_range, starts_at_in_past, beyond_booking_window, insufficient_notice, off_grid_start_time, closed_on_date, invalid_setup, channel_not_enabled, invalid_webhook_url, unknown_seating_preference */
      readonly 422: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem422'];
        };
      };
      /** @description Problem: internal_error */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly adminGetRestaurant: {
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
          readonly 'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: internal_error */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly adminListTables: {
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
          readonly 'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: internal_error */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly adminCreateTable: {
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
          readonly 'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress */
      readonly 409: {
        headers: {
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem409'];
        };
      };
      /** @description Problem: payload_too_large */
      readonly 413: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem413'];
        };
      };
      /** @description Problem: unsupported_media_type */
      readonly 415: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem415'];
        };
      };
      /** @description Problem: idempotency_key_reused, restaurant_closed, payload_not_decryptable, party_size_out_of_range, starts_at_in_past, beyond_booking_window, insufficient_notice, off_grid_start_time, closed_on_date, invalid_setup, channel_not_enabled, invalid_webhook_url, unknown_seating_preference */
      readonly 422: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem422'];
        };
      };
      /** @description Problem: internal_error */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly adminDeleteTable: {
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
          readonly 'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress */
      readonly 409: {
        headers: {
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem409'];
        };
      };
      /** @description Problem: internal_error */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly adminUpdateTable: {
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
          readonly 'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress */
      readonly 409: {
        headers: {
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem409'];
        };
      };
      /** @description Problem: payload_too_large */
      readonly 413: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem413'];
        };
      };
      /** @description Problem: unsupported_media_type */
      readonly 415: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem415'];
        };
      };
      /** @description Problem: idempotency_key_reused, restaurant_closed, payload_not_decryptable, party_size_out_of_range, starts_at_in_past, beyond_booking_window, insufficient_notice, off_grid_start_time, closed_on_date, invalid_setup, channel_not_enabled, invalid_webhook_url, unknown_seating_preference */
      readonly 422: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem422'];
        };
      };
      /** @description Problem: internal_error */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly adminListWebhookEndpoints: {
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
          readonly 'application/json': components['schemas']['AdminWebhooksOutput'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: internal_error */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly adminCreateWebhookEndpoint: {
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
        readonly 'application/json': components['schemas']['AdminCreateWebhookEndpointInput'];
      };
    };
    readonly responses: {
      readonly 201: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['CreatedWebhookEndpointOutput'];
        };
      };
      /** @description Problem: validation_failed, malformed_json, idempotency_key_required, invalid_idempotency_key */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: payload_too_large */
      readonly 413: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem413'];
        };
      };
      /** @description Problem: unsupported_media_type */
      readonly 415: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem415'];
        };
      };
      /** @description Problem: idempotency_key_reused, restaurant_closed, payload_not_decryptable, party_size_out_of_range, starts_at_in_past, beyond_booking_window, insufficient_notice, off_grid_start_time, closed_on_date, invalid_setup, channel_not_enabled, invalid_webhook_url, unknown_seating_preference */
      readonly 422: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem422'];
        };
      };
      /** @description Problem: internal_error */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly adminDeleteWebhookEndpoint: {
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
          readonly 'application/json': components['schemas']['WebhookEndpointOutput'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: internal_error */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly adminUpdateWebhookEndpoint: {
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
        readonly 'application/json': components['schemas']['UpdateWebhookEndpointInput'];
      };
    };
    readonly responses: {
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['WebhookEndpointOutput'];
        };
      };
      /** @description Problem: validation_failed, malformed_json, idempotency_key_required, invalid_idempotency_key */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: payload_too_large */
      readonly 413: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem413'];
        };
      };
      /** @description Problem: unsupported_media_type */
      readonly 415: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem415'];
        };
      };
      /** @description Problem: idempotency_key_reused, restaurant_closed, payload_not_decryptable, party_size_out_of_range, starts_at_in_past, beyond_booking_window, insufficient_notice, off_grid_start_time, closed_on_date, invalid_setup, channel_not_enabled, invalid_webhook_url, unknown_seating_preference */
      readonly 422: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem422'];
        };
      };
      /** @description Problem: internal_error */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly adminListWebhookDeliveries: {
    readonly parameters: {
      readonly query?: {
        /** @description Only deliveries older than this delivery id (the next page) */
        readonly before?: string;
        readonly limit?: number;
      };
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
          readonly 'application/json': components['schemas']['WebhookDeliveryListOutput'];
        };
      };
      /** @description Problem: validation_failed, malformed_json, idempotency_key_required, invalid_idempotency_key */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: internal_error */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly adminRedeliverWebhook: {
    readonly parameters: {
      readonly query?: never;
      readonly header: {
        /** @description The csrfToken of the session */
        readonly 'X-CSRF-Token': string;
      };
      readonly path: {
        readonly deliveryId: string;
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      readonly 202: {
        headers: {
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['WebhookDeliveryOutput'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: internal_error */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly adminRotateWebhookSecret: {
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
          readonly 'application/json': components['schemas']['RotatedSecretOutput'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: internal_error */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly adminPingWebhookEndpoint: {
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
      readonly 202: {
        headers: {
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['WebhookDeliveryOutput'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: internal_error */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly adminListZones: {
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
          readonly 'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: internal_error */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly adminCreateZone: {
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
          readonly 'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress */
      readonly 409: {
        headers: {
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem409'];
        };
      };
      /** @description Problem: payload_too_large */
      readonly 413: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem413'];
        };
      };
      /** @description Problem: unsupported_media_type */
      readonly 415: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem415'];
        };
      };
      /** @description Problem: internal_error */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly adminDeleteZone: {
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
          readonly 'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress */
      readonly 409: {
        headers: {
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem409'];
        };
      };
      /** @description Problem: internal_error */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly adminUpdateZone: {
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
          readonly 'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress */
      readonly 409: {
        headers: {
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem409'];
        };
      };
      /** @description Problem: payload_too_large */
      readonly 413: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem413'];
        };
      };
      /** @description Problem: unsupported_media_type */
      readonly 415: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem415'];
        };
      };
      /** @description Problem: internal_error */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
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
          readonly 'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      readonly 401: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      readonly 403: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem403'];
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
          readonly 'application/problem+json': components['schemas']['Problem409'];
        };
      };
      /** @description Problem: payload_too_large */
      readonly 413: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem413'];
        };
      };
      /** @description Problem: unsupported_media_type */
      readonly 415: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem415'];
        };
      };
      /** @description Problem: idempotency_key_reused, restaurant_closed, payload_not_decryptable, party_size_out_of_range, starts_at_in_past, beyond_booking_window, insufficient_notice, off_grid_start_time, closed_on_date, invalid_setup, channel_not_enabled, invalid_webhook_url, unknown_seating_preference */
      readonly 422: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem422'];
        };
      };
      /** @description Problem: internal_error */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly bookingApprovedEvent: {
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
  readonly bookingCancelledEvent: {
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
  readonly bookingCheckedInEvent: {
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
  readonly bookingCompletedEvent: {
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
  readonly bookingConfirmedEvent: {
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
  readonly bookingExpiredEvent: {
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
  readonly bookingHeldEvent: {
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
  readonly bookingModifiedEvent: {
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
  readonly bookingNoShowEvent: {
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
  readonly bookingNoShowUndoneEvent: {
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
  readonly bookingRejectedEvent: {
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
  readonly bookingReminderEvent: {
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
  readonly bookingReviewRequiredEvent: {
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
  readonly webhookEndpointDisabledEvent: {
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
  readonly webhookTestEvent: {
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
