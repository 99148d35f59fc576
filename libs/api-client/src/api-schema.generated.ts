/**
 * The Tablekeeper API’s types for @tablekeeper/api-client, generated from openapi.json by openapi-typescript.
 * Do not edit: change the gateway's decorators and DTOs and run `npm run openapi` (a test fails
 * while this file is stale).
 */
export interface paths {
  readonly '/.well-known/oauth-protected-resource': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * Protected-resource metadata of the MCP endpoint (RFC 9728)
     * @description OAuth protected-resource metadata (RFC 9728) of the MCP endpoint: how an MCP client learns to send an API key as a Bearer token. Read-only; safe to retry.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: none.
     */
    readonly get: operations['getProtectedResourceMetadata'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/.well-known/oauth-protected-resource/mcp': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * Protected-resource metadata of /mcp (RFC 9728 path form)
     * @description The same metadata as getProtectedResourceMetadata at the RFC 9728 path form for /mcp. Read-only; safe to retry.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: none.
     */
    readonly get: operations['getMcpProtectedResourceMetadata'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
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
  readonly '/codec/decode': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /**
     * Decrypt Temporal payloads (needs the temporal:codec scope)
     * @description Payloads that were not encrypted come back unchanged.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `payload_too_large` (413), `unsupported_media_type` (415), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `rate_limited` (429).
     */
    readonly post: operations['decodePayloads'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/codec/encode': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /**
     * Encrypt Temporal payloads (needs the temporal:codec scope)
     * @description For starting or signalling workflows from the UI or CLI with encrypted input.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `payload_too_large` (413), `unsupported_media_type` (415), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `rate_limited` (429).
     */
    readonly post: operations['encodePayloads'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/health': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * Liveness: the process is up
     * @description Answers 200 while the process is up, without touching any dependency. For liveness probes; use getReadiness to decide whether to send traffic. Read-only; safe to retry.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: none.
     */
    readonly get: operations['getLiveness'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/health/ready': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * Readiness: Postgres, Redis and Temporal answer, and the gateway is not saturated
     * @description 503 with status `saturated` while more than half of a request kind's admission queue waits: a load balancer should send new traffic elsewhere until it drains. `admission` shows each kind's requests in progress, queued and shed.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly get: operations['getReadiness'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/mcp': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * MCP: open the session's server-to-client stream (text/event-stream)
     * @description Opens the session’s server-to-client event stream (Streamable HTTP). Needs Mcp-Session-Id from initialize.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `rate_limited` (429).
     */
    readonly get: operations['openMcpStream'];
    readonly put?: never;
    /**
     * MCP: send a JSON-RPC message
     * @description Model Context Protocol, Streamable HTTP transport. Send initialize without Mcp-Session-Id to open a session; see README "MCP server" for the tools. Accept: application/json, text/event-stream.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `rate_limited` (429).
     */
    readonly post: operations['postMcpMessage'];
    /**
     * MCP: end the session
     * @description Ends an MCP session; its Mcp-Session-Id stops working.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `rate_limited` (429).
     */
    readonly delete: operations['endMcpSession'];
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/v1/api-keys': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * API keys of the caller's restaurants, newest first
     * @description API keys of the caller’s restaurants, newest first, paged with nextCursor. Never the secrets. Read-only; safe to retry.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly get: operations['listApiKeys'];
    readonly put?: never;
    /**
     * Create an API key (the key is in the answer, once)
     * @description Creates an API key for one of the caller’s restaurants with the scopes and rate limits given (api-keys:admin scope). The secret key is in this answer only, never again. Idempotent: send an Idempotency-Key; a retry with the same key and body answers the first answer again (Idempotent-Replayed: true), the same key with another body answers 422 idempotency_key_reused.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `payload_too_large` (413), `unsupported_media_type` (415), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly post: operations['createApiKey'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/v1/api-keys/{id}': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * One API key (never the key itself)
     * @description One API key’s scopes, limits and last use. Never the secret. Read-only; safe to retry.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly get: operations['getApiKey'];
    readonly put?: never;
    readonly post?: never;
    /**
     * Revoke an API key: it stops working at once, on every gateway
     * @description Revokes an API key: it stops working at once on every gateway. Revoking a revoked key answers it unchanged. Idempotent: send an Idempotency-Key; a retry with the same key and body answers the first answer again (Idempotent-Replayed: true), the same key with another body answers 422 idempotency_key_reused.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly delete: operations['revokeApiKey'];
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/v1/api-keys/publishable': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /**
     * Create a publishable key (tk_pub_…) for a booking widget on the restaurant’s site
     * @description The key may sit in a web page: it reads the restaurant and its availability and places new holds and bookings, from the listed origins only (CORS), and nothing else; each booking it places comes with the guest’s manage link. Idempotent by Idempotency-Key. Problems: validation_failed, restaurant_not_found, insufficient_scope.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `payload_too_large` (413), `unsupported_media_type` (415), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly post: operations['createPublishableKey'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/v1/bookings': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * Find a guest's upcoming bookings by phone or e-mail ("find my booking")
     * @description Exactly one of `phone` (any format; read as E.164 with each restaurant's country) or `email`. Answers the upcoming bookings (held, confirmed, in review) of that guest at the restaurants of this key only, soonest first, at most 20, so an agent can then change or cancel one. A number nobody has answers the same shape with no items. Safe to repeat. Counts against the reads budget and a lookup budget of its own (30 per minute per key); 429 rate_limited when spent. Problems: validation_failed (field phone or email).
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly get: operations['findBookingsByGuestContact'];
    readonly put?: never;
    /**
     * Book a table
     * @description Runs hold → capacity verify → table assignment → confirmed or manual_review, and answers with the outcome. Use it when the guest has decided; to keep a table while they decide, use createHold and confirmHold. When the party does not fit: 409 no_capacity with `alternatives` (the nearest free times) to offer, then book one with a new Idempotency-Key. 202 when the workflow has not answered within the deadline: poll getBooking at the Location. Idempotent: send an Idempotency-Key; a retry with the same key and body answers the first answer again (Idempotent-Replayed: true), the same key with another body answers 422 idempotency_key_reused.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `payload_too_large` (413), `unsupported_media_type` (415), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly post: operations['createBooking'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/v1/bookings/{id}': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * A booking with its event history
     * @description A booking with its guest, notes, channel and event history. Use it to poll after a 202 from createBooking, or before modifyBooking: it answers `ETag: "<version>"` to send back as If-Match. Read-only; safe to retry.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly get: operations['getBooking'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    /**
     * Change a booking: time, party size, seating preference, notes, guest contact
     * @description The booking keeps its id, workflow and history. Its new time and tables are held and re-verified (party limits, hours, pacing, a free table set) and swapped in one transaction; its timers move with it. When the change does not fit: 409 no_capacity with alternatives, the booking untouched. A party growing past the auto-confirm limit puts the change (not the booking) under staff review: 202 with `pendingChange`. A held booking changes its hold. Checked-in and finished bookings refuse with invalid_transition.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `version_mismatch` (412), `payload_too_large` (413), `unsupported_media_type` (415), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly patch: operations['modifyBooking'];
    readonly trace?: never;
  };
  readonly '/v1/bookings/{id}/approve': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /**
     * Approve a booking in manual_review
     * @description Approves a booking in manual_review (reviews:write scope): it becomes confirmed at the tables the engine picked. Use rejectBooking to refuse it. Idempotent: send an Idempotency-Key; a retry with the same key and body answers the first answer again (Idempotent-Replayed: true), the same key with another body answers 422 idempotency_key_reused.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `payload_too_large` (413), `unsupported_media_type` (415), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly post: operations['approveBooking'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/v1/bookings/{id}/cancel': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /**
     * Cancel a booking (any status before checked_in), with a reason code from the catalog
     * @description Cancels a booking in any status before checked_in, with a reason code from the catalog; its tables are freed at once. Use instead of letting a hold expire when the guest says no. Idempotent: send an Idempotency-Key; a retry with the same key and body answers the first answer again (Idempotent-Replayed: true), the same key with another body answers 422 idempotency_key_reused.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `payload_too_large` (413), `unsupported_media_type` (415), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly post: operations['cancelBooking'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/v1/bookings/{id}/check-in': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /**
     * Seat a confirmed booking
     * @description Seats a confirmed booking when the party arrives; stops its no-show timer. Idempotent: send an Idempotency-Key; a retry with the same key and body answers the first answer again (Idempotent-Replayed: true), the same key with another body answers 422 idempotency_key_reused.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly post: operations['checkInBooking'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/v1/bookings/{id}/manage-link': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /**
     * The guest’s manage link of a booking (the same link again while it is live)
     * @description For any channel that gives the guest a link (SMS, chat, email). Valid until the booking ends or the link is revoked. Idempotent by nature: asked again, the same link. Problems: booking_not_found, insufficient_scope, publishable_key_not_allowed.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly post: operations['createManageLink'];
    /**
     * Revoke the booking’s manage links: they stop working at once
     * @description A new link can be created afterwards. Idempotent. Problems: booking_not_found, insufficient_scope.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly delete: operations['revokeManageLinks'];
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/v1/bookings/{id}/no-show': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /**
     * Mark a confirmed booking a no-show (only after its start time)
     * @description Marks a confirmed booking a no-show once its start time has passed (the workflow also does this on its own after the grace period). Undo it with undoNoShow within the restaurant’s window. Idempotent: send an Idempotency-Key; a retry with the same key and body answers the first answer again (Idempotent-Replayed: true), the same key with another body answers 422 idempotency_key_reused.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `payload_too_large` (413), `unsupported_media_type` (415), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly post: operations['markNoShow'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/v1/bookings/{id}/reject': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /**
     * Reject a booking in manual_review
     * @description Rejects a booking in manual_review with a reason (reviews:write scope); its tables are freed. Idempotent: send an Idempotency-Key; a retry with the same key and body answers the first answer again (Idempotent-Replayed: true), the same key with another body answers 422 idempotency_key_reused.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `payload_too_large` (413), `unsupported_media_type` (415), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly post: operations['rejectBooking'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/v1/bookings/{id}/undo-no-show': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /**
     * Undo a no-show within the restaurant's window (undoNoShowWindowSeconds)
     * @description The booking is confirmed again at its tables; 409 when the window has passed or a table was given away.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `payload_too_large` (413), `unsupported_media_type` (415), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly post: operations['undoNoShow'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/v1/holds': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /**
     * Hold capacity
     * @description Holds tables for the party until holdExpiresAt (the restaurant’s hold TTL); confirm it with confirmHold, or let it expire on its own (or cancelBooking it) when the guest says no. Use it while the guest still decides; use createBooking when they have. Same body, problems and alternatives as createBooking. Idempotent: send an Idempotency-Key; a retry with the same key and body answers the first answer again (Idempotent-Replayed: true), the same key with another body answers 422 idempotency_key_reused.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `payload_too_large` (413), `unsupported_media_type` (415), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly post: operations['createHold'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/v1/holds/{id}/confirm': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /**
     * Confirm a hold: verify, assign tables, confirm or send to review
     * @description Turns a hold from createHold into a booking: capacity is verified again, tables assigned, and the booking is confirmed or sent to manual_review. A hold past its holdExpiresAt answers 409 invalid_transition: create a new hold. Idempotent: send an Idempotency-Key; a retry with the same key and body answers the first answer again (Idempotent-Replayed: true), the same key with another body answers 422 idempotency_key_reused.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly post: operations['confirmHold'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/v1/manage/{token}': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * The booking a manage link opens
     * @description What the guest sees: status, time, party, their details and the restaurant. Every use of the link is recorded. Problems: manage_link_invalid (forged, mistyped or revoked), manage_link_expired (the booking has ended), rate_limited (per client address).
     *
     *     **Problems.** Final for this request (fix it or tell the user): `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `manage_link_expired` (410), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly get: operations['getManagedBooking'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    /**
     * The guest changes the time or party size of their booking
     * @description Through the same command path as PATCH /v1/bookings/{id}: the new time is held and re-verified within the restaurant’s policy. Problems: no_capacity (with alternatives), party_size_out_of_range, starts_at_in_past, restaurant_closed, change_pending, invalid_transition, manage_link_invalid, manage_link_expired. A retry with the same Idempotency-Key attaches to the first change.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `manage_link_expired` (410), `payload_too_large` (413), `unsupported_media_type` (415), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly patch: operations['changeManagedBooking'];
    readonly trace?: never;
  };
  readonly '/v1/manage/{token}/cancel': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /**
     * The guest cancels their booking
     * @description Cancelled with reason code guest_request through the booking’s workflow. Idempotent: a cancelled booking answers as it is. Problems: invalid_transition (checked in or finished), manage_link_invalid, manage_link_expired.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `manage_link_expired` (410), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly post: operations['cancelManagedBooking'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/v1/manage/{token}/confirm': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /**
     * The guest confirms the widget’s hold with their details
     * @description Records the guest’s name, phone, email and notes on the hold, then confirms it (verify, assign, confirmed or manual_review). A retry after success answers the placed booking. Problems: validation_failed, invalid_transition (the hold lapsed: expired), manage_link_invalid, manage_link_expired.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `manage_link_expired` (410), `payload_too_large` (413), `unsupported_media_type` (415), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly post: operations['confirmManagedHold'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/v1/restaurants': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * The caller's restaurants, each with what an agent needs to know (as GET /v1/restaurants/{id})
     * @description The restaurants this API key may book, each with what getRestaurant answers. Start here to find a restaurant id. Read-only; safe to retry.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly get: operations['listRestaurants'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/v1/restaurants/{id}': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * A restaurant as an agent needs it
     * @description Hours and exceptions for the coming four weeks in the restaurant’s timezone, party-size limits, which parties go to manual review, booking window and notice, start-time grid, hold TTL, cancellation policy, zones offered as seating preferences, and contact.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly get: operations['getRestaurant'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/v1/restaurants/{id}/availability': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * Bookable times of a day for a party
     * @description Every start time of the restaurant's local day with whether the party can have it, remaining covers and zones. Give `time` to get the nearest free alternatives to a wanted time. Call it before createBooking or createHold; availability is advisory, the booking itself decides. Past times and closed days give an empty list. Read-only; safe to retry.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly get: operations['getAvailability'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/v1/restaurants/{id}/blocks': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * Table and zone blocks not over yet
     * @description Table and zone blocks not over yet. Read-only; safe to retry.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly get: operations['listBlocks'];
    readonly put?: never;
    /**
     * Take a table or zone out of service for a time; bookings there are listed, never dropped
     * @description Takes a table or zone out of service for a time (setup:write scope); bookings there are listed, never dropped. Idempotent: send an Idempotency-Key; a retry with the same key and body answers the first answer again (Idempotent-Replayed: true), the same key with another body answers 422 idempotency_key_reused.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `payload_too_large` (413), `unsupported_media_type` (415), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly post: operations['createBlock'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/v1/restaurants/{id}/blocks/{blockId}': {
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
     * End a block: its tables are offered again
     * @description Ends a block: its tables are offered again (setup:write scope). Idempotent: send an Idempotency-Key; a retry with the same key and body answers the first answer again (Idempotent-Replayed: true), the same key with another body answers 422 idempotency_key_reused.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly delete: operations['deleteBlock'];
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/v1/restaurants/{id}/exceptions': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * Closed dates and special hours from today on
     * @description Closed dates and special hours from today on. Read-only; safe to retry.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly get: operations['listExceptions'];
    readonly put?: never;
    /**
     * Close a date (or range) or give it special hours
     * @description `{"date": "2026-12-25", "closed": true, "reason": "Christmas"}`, or `{"startsOn", "endsOn", "closed": false, "periods": [{"name", "opens", "closes", "lastSeating"}]}`. Live bookings on those dates are listed in `affectedBookings`, never cancelled.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `payload_too_large` (413), `unsupported_media_type` (415), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly post: operations['createException'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/v1/restaurants/{id}/exceptions/{exceptionId}': {
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
     * Remove an exception: the weekday hours apply again
     * @description Removes an exception: the weekday hours apply again on those dates (setup:write scope). Idempotent: send an Idempotency-Key; a retry with the same key and body answers the first answer again (Idempotent-Replayed: true), the same key with another body answers 422 idempotency_key_reused.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly delete: operations['deleteException'];
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/v1/restaurants/{id}/hours': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * Weekly service periods and pacing rules
     * @description Weekly service periods (opens, closes, last seating) and pacing rules. Read-only; safe to retry.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly get: operations['getHours'];
    /**
     * Replace the weekly hours (and pacing, when given); bookings they no longer cover are listed
     * @description Replaces the weekly hours, and pacing when given (setup:write scope); live bookings they no longer cover are listed in the answer, never cancelled. Idempotent: send an Idempotency-Key; a retry with the same key and body answers the first answer again (Idempotent-Replayed: true), the same key with another body answers 422 idempotency_key_reused.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `payload_too_large` (413), `unsupported_media_type` (415), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly put: operations['replaceHours'];
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/v1/restaurants/{id}/policy': {
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
     * Change the restaurant’s details and booking policy (only the fields given)
     * @description Changes the restaurant’s details and booking policy, only the fields given (setup:write scope); agents see it at once in getRestaurant. Idempotent: send an Idempotency-Key; a retry with the same key and body answers the first answer again (Idempotent-Replayed: true), the same key with another body answers 422 idempotency_key_reused.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `payload_too_large` (413), `unsupported_media_type` (415), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly patch: operations['updatePolicy'];
    readonly trace?: never;
  };
  readonly '/v1/restaurants/{id}/setup': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * The whole setup as one document (import it back with PUT, or with the CLI)
     * @description Restaurant details, policy, zones, tables with their combinations, weekly hours and pacing, and exceptions from today on, as a `SetupDocumentInput`; table blocks are day-to-day operations and not part of it. Safe and idempotent.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly get: operations['exportRestaurantSetup'];
    /**
     * Replace the whole setup by a document, all or nothing
     * @description Validated as a whole: every field error (400 validation_failed) or inconsistency (422 invalid_setup, e.g. a table in an unknown zone, a combination with an unknown label, overlapping periods or exceptions; `errors[].field` is the path such as `tables[3].zone`) is answered at once, and a refused document writes nothing. Tables the document leaves out are deactivated, empty zones it leaves out are deleted, exceptions from today on are replaced; bookings the new setup leaves without a table or time are listed, never touched. `restaurant.slug` must be this restaurant’s (422 slug_mismatch). Importing the same document twice leaves the same setup.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `payload_too_large` (413), `unsupported_media_type` (415), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly put: operations['importRestaurantSetup'];
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/v1/restaurants/{id}/setup-changes': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * The change log of the setup: who changed what, when, before and after; newest first
     * @description The setup change log: who changed what, when, with before and after, newest first (admin scope). Read-only; safe to retry.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly get: operations['listSetupChanges'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/v1/restaurants/{id}/tables': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * Tables with their zone, covers, active flag and combinable neighbours
     * @description Tables with their zone, covers, active flag and combinable neighbours. Read-only; safe to retry.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly get: operations['listTables'];
    readonly put?: never;
    /**
     * Add a table; the very next booking may be seated at it
     * @description Adds a table (setup:write scope); the very next booking may be seated at it. Idempotent: send an Idempotency-Key; a retry with the same key and body answers the first answer again (Idempotent-Replayed: true), the same key with another body answers 422 idempotency_key_reused.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `payload_too_large` (413), `unsupported_media_type` (415), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly post: operations['createTable'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/v1/restaurants/{id}/tables/{tableId}': {
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
     * Delete a table no booking used; one future bookings hold answers 409 with them
     * @description Deletes a table no booking used (setup:write scope); while future bookings hold it the answer is 409 table_has_future_bookings with them: deactivate it instead. Idempotent: send an Idempotency-Key; a retry with the same key and body answers the first answer again (Idempotent-Replayed: true), the same key with another body answers 422 idempotency_key_reused.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly delete: operations['deleteTable'];
    readonly options?: never;
    readonly head?: never;
    /**
     * Change a table (deactivate with active=false); bookings that no longer fit it are listed
     * @description Changes a table, or deactivates it with active=false (setup:write scope); bookings that no longer fit it are listed. Idempotent: send an Idempotency-Key; a retry with the same key and body answers the first answer again (Idempotent-Replayed: true), the same key with another body answers 422 idempotency_key_reused.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `payload_too_large` (413), `unsupported_media_type` (415), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly patch: operations['updateTable'];
    readonly trace?: never;
  };
  readonly '/v1/restaurants/{id}/zones': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * Zones (the seating preferences a guest may ask for)
     * @description Zones: the seating preferences a guest may ask for. Read-only; safe to retry.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly get: operations['listZones'];
    readonly put?: never;
    /**
     * Add a zone
     * @description Adds a zone (setup:write scope); a duplicate name answers 409 duplicate_zone_name. Idempotent: send an Idempotency-Key; a retry with the same key and body answers the first answer again (Idempotent-Replayed: true), the same key with another body answers 422 idempotency_key_reused.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `payload_too_large` (413), `unsupported_media_type` (415), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly post: operations['createZone'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/v1/restaurants/{id}/zones/{zoneId}': {
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
     * Delete an empty zone
     * @description Deletes a zone without tables (setup:write scope); 409 zone_has_tables otherwise. Idempotent: send an Idempotency-Key; a retry with the same key and body answers the first answer again (Idempotent-Replayed: true), the same key with another body answers 422 idempotency_key_reused.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly delete: operations['deleteZone'];
    readonly options?: never;
    readonly head?: never;
    /**
     * Rename or reorder a zone
     * @description Renames or reorders a zone (setup:write scope). Idempotent: send an Idempotency-Key; a retry with the same key and body answers the first answer again (Idempotent-Replayed: true), the same key with another body answers 422 idempotency_key_reused.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `payload_too_large` (413), `unsupported_media_type` (415), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly patch: operations['updateZone'];
    readonly trace?: never;
  };
  readonly '/v1/webhook-endpoints': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * Webhook endpoints of the caller’s restaurants
     * @description Oldest first, never their secrets. Problems: `restaurant_not_found` for a foreign `restaurantId`.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly get: operations['listWebhookEndpoints'];
    readonly put?: never;
    /**
     * Register a webhook endpoint (its secret is in the answer, once)
     * @description Creates an endpoint for one of the caller’s restaurants. The answer carries `secret` (`whsec_…`), shown only here (a retry with the same Idempotency-Key replays this answer). Needs an Idempotency-Key. Problems: `validation_failed` (unknown event type, bad field), `restaurant_not_found`, `invalid_webhook_url` (http outside development, credentials, internal address).
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `payload_too_large` (413), `unsupported_media_type` (415), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly post: operations['createWebhookEndpoint'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/v1/webhook-endpoints/{id}': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * One webhook endpoint
     * @description Never its secret. Problems: `webhook_endpoint_not_found`.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly get: operations['getWebhookEndpoint'];
    readonly put?: never;
    readonly post?: never;
    /**
     * Remove a webhook endpoint and its delivery history
     * @description Nothing more is sent to it. Needs an Idempotency-Key. Problems: `webhook_endpoint_not_found`.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly delete: operations['deleteWebhookEndpoint'];
    readonly options?: never;
    readonly head?: never;
    /**
     * Change a webhook endpoint (URL, events, enabled, guest contact, rate limit)
     * @description Only the fields sent change; sending the same body again changes nothing more (idempotent without a key). `enabled: true` re-enables an endpoint the relay disabled; deliveries still pending resume in order. Problems: `webhook_endpoint_not_found`, `validation_failed`, `invalid_webhook_url`.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `payload_too_large` (413), `unsupported_media_type` (415), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly patch: operations['updateWebhookEndpoint'];
    readonly trace?: never;
  };
  readonly '/v1/webhook-endpoints/{id}/deliveries': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * An endpoint’s deliveries, newest first
     * @description Status, attempts, last response code and latency of each message. Page with `before` (the last id seen). Problems: `webhook_endpoint_not_found`.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly get: operations['listWebhookDeliveries'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/v1/webhook-endpoints/{id}/deliveries/{deliveryId}/redeliver': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /**
     * Send a past message again
     * @description The same message (same `webhook-id` and body, a fresh timestamp and signature) with a new round of retries, whatever its status. Needs an Idempotency-Key. Problems: `webhook_endpoint_not_found`, `webhook_delivery_not_found`.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly post: operations['redeliverWebhook'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/v1/webhook-endpoints/{id}/rotate-secret': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /**
     * Issue a new signing secret; the old one keeps signing for 24 h
     * @description For 24 h every delivery carries two signatures in `webhook-signature` (new and old secret), so receivers switch without missing a message. The new secret is in this answer only. Needs an Idempotency-Key. Problems: `webhook_endpoint_not_found`.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly post: operations['rotateWebhookSecret'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/v1/webhook-endpoints/{id}/test': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /**
     * Send a signed `webhook.test` ping
     * @description Queues a ping that the relay sends like any event (signed, retried); its delivery in the answer and in the endpoint’s deliveries shows the outcome. Needs an Idempotency-Key. Problems: `webhook_endpoint_not_found`.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    readonly post: operations['pingWebhookEndpoint'];
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
    readonly ApiKeyOutput: {
      /** @description Origins of a publishable key */
      readonly allowedOrigins: readonly string[];
      /** @enum {string} */
      readonly channel:
        'api' | 'voice' | 'whatsapp' | 'web_widget' | 'chat' | 'partner' | 'admin' | 'phone' | 'walk_in';
      /** Format: date-time */
      readonly createdAt: string;
      /** @description A publishable key's hold TTL */
      readonly holdTtlSeconds: number | null;
      /** Format: uuid */
      readonly id: string;
      /** @enum {string} */
      readonly kind: 'secret' | 'publishable';
      /** Format: date-time */
      readonly lastUsedAt?: string | null;
      readonly name: string;
      /**
       * @description Identifies the key in logs and listings
       * @example 3f9a0c1b2d
       */
      readonly prefix: string;
      readonly readsPerMinute: number;
      readonly restaurantIds: readonly string[];
      /** Format: date-time */
      readonly revokedAt?: string | null;
      readonly scopes: readonly (
        | 'availability:read'
        | 'bookings:read'
        | 'bookings:write'
        | 'reviews:write'
        | 'webhooks:read'
        | 'webhooks:write'
        | 'admin'
      )[];
      readonly writesPerMinute: number;
    };
    readonly ApiKeyPageOutput: {
      readonly data: readonly components['schemas']['ApiKeyOutput'][];
      /** @description Pass as cursor for the next page; null on the last page */
      readonly nextCursor?: string | null;
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
    readonly BookingSearchOutput: {
      /** @description Upcoming bookings (held, confirmed, in review) at the restaurants of the key, soonest first */
      readonly items: readonly components['schemas']['BookingOutput'][];
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
    readonly ConfirmHoldAsGuestInput: {
      readonly guest: components['schemas']['GuestInput'];
      /** @example Window seat if possible */
      readonly notes?: string;
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
    readonly CreateApiKeyInput: {
      /**
       * @example whatsapp
       * @enum {string}
       */
      readonly channel:
        'api' | 'voice' | 'whatsapp' | 'web_widget' | 'chat' | 'partner' | 'admin' | 'phone' | 'walk_in';
      /** @example WhatsApp assistant */
      readonly name: string;
      /** @default 1200 */
      readonly readsPerMinute: number;
      /** @description Restaurants the key acts for (a subset of the caller's) */
      readonly restaurantIds: readonly string[];
      /** @description Default: availability:read, bookings:read, bookings:write */
      readonly scopes?: readonly (
        | 'availability:read'
        | 'bookings:read'
        | 'bookings:write'
        | 'reviews:write'
        | 'webhooks:read'
        | 'webhooks:write'
        | 'admin'
      )[];
      /** @default 300 */
      readonly writesPerMinute: number;
    };
    readonly CreateBookingInput: {
      readonly guest: components['schemas']['GuestInput'];
      /** @example Window seat if possible */
      readonly notes?: string;
      /** @example 4 */
      readonly partySize: number;
      /** Format: uuid */
      readonly restaurantId: string;
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
    };
    readonly CreatedApiKeyOutput: {
      /** @description Origins of a publishable key */
      readonly allowedOrigins: readonly string[];
      /** @enum {string} */
      readonly channel:
        'api' | 'voice' | 'whatsapp' | 'web_widget' | 'chat' | 'partner' | 'admin' | 'phone' | 'walk_in';
      /** Format: date-time */
      readonly createdAt: string;
      /** @description A publishable key's hold TTL */
      readonly holdTtlSeconds: number | null;
      /** Format: uuid */
      readonly id: string;
      /**
       * @description The key itself. Shown once: it is stored only as a hash.
       * @example tk_3f9a0c1b2d_…
       */
      readonly key: string;
      /** @enum {string} */
      readonly kind: 'secret' | 'publishable';
      /** Format: date-time */
      readonly lastUsedAt?: string | null;
      readonly name: string;
      /**
       * @description Identifies the key in logs and listings
       * @example 3f9a0c1b2d
       */
      readonly prefix: string;
      readonly readsPerMinute: number;
      readonly restaurantIds: readonly string[];
      /** Format: date-time */
      readonly revokedAt?: string | null;
      readonly scopes: readonly (
        | 'availability:read'
        | 'bookings:read'
        | 'bookings:write'
        | 'reviews:write'
        | 'webhooks:read'
        | 'webhooks:write'
        | 'admin'
      )[];
      readonly writesPerMinute: number;
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
    readonly CreatePublishableKeyInput: {
      /**
       * @description Origins whose pages may use the key (CORS); scheme://host[:port]
       * @example [
       *       "https://demo-bistro.example"
       *     ]
       */
      readonly allowedOrigins: readonly string[];
      /**
       * @description How long the widget's holds last (never longer than the restaurant's hold TTL)
       * @default 300
       */
      readonly holdTtlSeconds: number;
      /** @example Booking widget on demo-bistro.example */
      readonly name: string;
      /** @default 1200 */
      readonly readsPerMinute: number;
      /**
       * Format: uuid
       * @description The one restaurant the widget books for
       */
      readonly restaurantId: string;
      /** @default 300 */
      readonly writesPerMinute: number;
    };
    readonly CreateWebhookEndpointInput: {
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
       * Format: uuid
       * @description The restaurant whose events the endpoint receives
       */
      readonly restaurantId: string;
      /**
       * @description https (http only in development); no credentials; not an internal address
       * @example https://pos.example.com/tablekeeper/hooks
       */
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
    readonly GuestChangeBookingInput: {
      /** @example 4 */
      readonly partySize?: number;
      /**
       * Format: date-time
       * @description ISO 8601 with an offset
       * @example 2026-11-23T20:00:00+00:00
       */
      readonly startsAt?: string;
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
    readonly ManagedBookingOutput: {
      /** @description Whether the guest may still cancel or change it */
      readonly changeable: boolean;
      /** @description A change the guest asked for waits for the restaurant */
      readonly changePending: boolean;
      /** Format: date-time */
      readonly endsAt: string;
      readonly guest: components['schemas']['GuestOutput'];
      /** Format: date-time */
      readonly holdExpiresAt: string | null;
      /** Format: uuid */
      readonly id: string;
      readonly notes: string | null;
      readonly partySize: number;
      readonly restaurant: components['schemas']['ManagedRestaurantOutput'];
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
      /** @description Increments on every change */
      readonly version: number;
    };
    readonly ManagedRestaurantOutput: {
      /** Format: uuid */
      readonly id: string;
      /** @example Demo Bistro */
      readonly name: string;
      /** @example Europe/London */
      readonly timezone: string;
    };
    readonly ManageLinkOutput: {
      /** @description The manage token: the credential of GET/PATCH /v1/manage/{token} */
      readonly token: string;
      /**
       * @description The page for the guest
       * @example https://book.example.com/manage/Qk9…
       */
      readonly url: string;
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
    readonly ModifyBookingInput: {
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
    readonly PlacedBookingOutput: {
      readonly closeReason: string | null;
      /** Format: date-time */
      readonly endsAt: string;
      /** @description The restaurant already knew this guest (same phone or e-mail). Nothing of their profile is disclosed beyond what the request sent. */
      readonly guestRecognised: boolean;
      /** Format: date-time */
      readonly holdExpiresAt: string | null;
      /** Format: uuid */
      readonly id: string;
      /** @description The guest's manage link; only in the answer to a publishable key's placement */
      readonly manage?: components['schemas']['ManageLinkOutput'];
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
    /** @description A problem answered with HTTP 410 */
    readonly Problem410: components['schemas']['Problem'] & {
      /** @enum {string} */
      readonly code?: 'manage_link_expired';
      /** @enum {integer} */
      readonly status?: 410;
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
    readonly ProtectedResourceOutput: {
      /**
       * @example [
       *       "header"
       *     ]
       */
      readonly bearer_methods_supported: readonly string[];
      /** @example http://localhost:3000/mcp */
      readonly resource: string;
      /** @example http://localhost:3000/docs */
      readonly resource_documentation: string;
      /** @example Tablekeeper */
      readonly resource_name: string;
      readonly scopes_supported: readonly string[];
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
    readonly RestaurantContextListOutput: {
      readonly data: readonly components['schemas']['RestaurantContextOutput'][];
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
    readonly RevokedManageLinksOutput: {
      /** @description Links of the booking that stopped working */
      readonly revoked: number;
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
    readonly SetupDocumentInput: {
      /** @description Closed dates and special hours, from today on */
      readonly exceptions?: readonly components['schemas']['ExceptionInput'][];
      /** @description Weekly service periods and pacing (no pacing rules when `pacing` is absent) */
      readonly hours: components['schemas']['HoursInput'];
      /** @description Fields left out take their defaults */
      readonly policy?: components['schemas']['SetupPolicyInput'];
      readonly restaurant: components['schemas']['SetupRestaurantInput'];
      readonly tables: readonly components['schemas']['SetupTableInput'][];
      /**
       * @example 1
       * @enum {number}
       */
      readonly version: 1;
      /** @description Zones in display order */
      readonly zones: readonly components['schemas']['ZoneInput'][];
    };
    readonly SetupImportOutput: {
      /** @description Future bookings the new setup leaves without a valid table or time, for staff to move */
      readonly affectedBookings: readonly components['schemas']['AffectedBookingOutput'][];
      /** @description true: no restaurant had the slug, so the import created one */
      readonly created: boolean;
      /**
       * @description Tables the document leaves out, now inactive (kept for their history)
       * @example [
       *       "T21"
       *     ]
       */
      readonly deactivatedTables: readonly string[];
      /** Format: uuid */
      readonly restaurantId: string;
    };
    readonly SetupPolicyInput: {
      /**
       * @description Larger parties go to manual review
       * @example 8
       */
      readonly autoConfirmMaxPartySize?: number;
      /**
       * @description How far ahead bookings open
       * @example 90
       */
      readonly bookingWindowDays?: number;
      /** @example 120 */
      readonly cancellationCutoffMinutes?: number;
      /** @example Free cancellation up to 2 hours before. */
      readonly cancellationPolicy?: string | null;
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
    };
    readonly SetupRestaurantInput: {
      /** @description Channels bookings are taken from (all when absent) */
      readonly bookingChannels?: readonly (
        'api' | 'voice' | 'whatsapp' | 'web_widget' | 'chat' | 'partner' | 'admin' | 'phone' | 'walk_in'
      )[];
      readonly contact?: components['schemas']['ContactInput'];
      /** @example Demo Bistro */
      readonly name: string;
      /** @example demo-bistro */
      readonly slug: string;
      /**
       * @description IANA timezone
       * @example Europe/London
       */
      readonly timezone: string;
    };
    readonly SetupTableInput: {
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
       * @description Name of one of the document’s zones
       * @example Terrace
       */
      readonly zone: string;
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
    readonly WebhookEndpointListOutput: {
      readonly data: readonly components['schemas']['WebhookEndpointOutput'][];
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
    /** @description Requests allowed per window for this budget (reads or writes) */
    readonly 'RateLimit-Limit': number;
    /** @description The budget, e.g. `1200;w=60` */
    readonly 'RateLimit-Policy': string;
    /** @description Requests left in the current window */
    readonly 'RateLimit-Remaining': number;
    /** @description Seconds until the window resets */
    readonly 'RateLimit-Reset': number;
    /** @description Seconds to wait before retrying */
    readonly 'Retry-After': number;
  };
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  readonly getProtectedResourceMetadata: {
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
          readonly 'application/json': components['schemas']['ProtectedResourceOutput'];
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
    };
  };
  readonly getMcpProtectedResourceMetadata: {
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
          readonly 'application/json': components['schemas']['ProtectedResourceOutput'];
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
    };
  };
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
  readonly decodePayloads: {
    readonly parameters: {
      readonly query?: never;
      readonly header: {
        readonly 'x-namespace': string;
        /** @description Temporal namespace; must be ours when sent */
        readonly 'X-Namespace'?: string;
      };
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': {
          readonly payloads: readonly {
            /** Format: byte */
            readonly data?: string;
            readonly metadata?: {
              readonly [key: string]: string;
            };
          }[];
        };
      };
    };
    readonly responses: {
      readonly 200: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly payloads: readonly {
              /** Format: byte */
              readonly data?: string;
              readonly metadata?: {
                readonly [key: string]: string;
              };
            }[];
          };
        };
      };
      /** @description Problem: validation_failed, malformed_json, idempotency_key_required, invalid_idempotency_key */
      readonly 400: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      readonly 401: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      readonly 403: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: payload_too_large */
      readonly 413: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem413'];
        };
      };
      /** @description Problem: unsupported_media_type */
      readonly 415: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem415'];
        };
      };
      /** @description Problem: idempotency_key_reused, restaurant_closed, payload_not_decryptable, party_size_out_of_range, starts_at_in_past, beyond_booking_window, insufficient_notice, off_grid_start_time, closed_on_date, invalid_setup, channel_not_enabled, invalid_webhook_url, unknown_seating_preference */
      readonly 422: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem422'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      readonly 429: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
    };
  };
  readonly encodePayloads: {
    readonly parameters: {
      readonly query?: never;
      readonly header: {
        readonly 'x-namespace': string;
        /** @description Temporal namespace; must be ours when sent */
        readonly 'X-Namespace'?: string;
      };
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': {
          readonly payloads: readonly {
            /** Format: byte */
            readonly data?: string;
            readonly metadata?: {
              readonly [key: string]: string;
            };
          }[];
        };
      };
    };
    readonly responses: {
      readonly 200: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly payloads: readonly {
              /** Format: byte */
              readonly data?: string;
              readonly metadata?: {
                readonly [key: string]: string;
              };
            }[];
          };
        };
      };
      /** @description Problem: validation_failed, malformed_json, idempotency_key_required, invalid_idempotency_key */
      readonly 400: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      readonly 401: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      readonly 403: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: payload_too_large */
      readonly 413: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem413'];
        };
      };
      /** @description Problem: unsupported_media_type */
      readonly 415: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem415'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      readonly 429: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
    };
  };
  readonly getLiveness: {
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
          readonly 'application/json': unknown;
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
    };
  };
  readonly getReadiness: {
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
          readonly 'application/json': unknown;
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
      /** @description A dependency is down, or the gateway is saturated */
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
  readonly openMcpStream: {
    readonly parameters: {
      readonly query?: never;
      readonly header: {
        /** @description The session, as the answer to initialize gave it (required on every later request) */
        readonly 'Mcp-Session-Id': string;
      };
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description An SSE stream */
      readonly 200: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      readonly 401: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      readonly 429: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
    };
  };
  readonly postMcpMessage: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: {
        /** @description The session, as the answer to initialize gave it (required on every later request) */
        readonly 'Mcp-Session-Id'?: string;
      };
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description The JSON-RPC answer (application/json or text/event-stream) */
      readonly 200: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content?: never;
      };
      /** @description A notification or response was accepted */
      readonly 202: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Problem: unauthorized; WWW-Authenticate names the resource metadata */
      readonly 401: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Host or Origin not allowed (DNS-rebinding protection) */
      readonly 403: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Unknown session: initialize a new one */
      readonly 404: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      readonly 429: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
    };
  };
  readonly endMcpSession: {
    readonly parameters: {
      readonly query?: never;
      readonly header: {
        /** @description The session, as the answer to initialize gave it (required on every later request) */
        readonly 'Mcp-Session-Id': string;
      };
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description The session is closed */
      readonly 200: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      readonly 401: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      readonly 429: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
    };
  };
  readonly listApiKeys: {
    readonly parameters: {
      readonly query?: {
        /** @description nextCursor of the previous page */
        readonly cursor?: string;
        readonly limit?: number;
      };
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      readonly 200: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiKeyPageOutput'];
        };
      };
      /** @description Problem: validation_failed, malformed_json, idempotency_key_required, invalid_idempotency_key */
      readonly 400: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      readonly 401: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      readonly 403: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      readonly 429: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly createApiKey: {
    readonly parameters: {
      readonly query?: never;
      readonly header: {
        /** @description Unique per intended change (1-255 printable ASCII characters). A retry with the same key and request answers the first answer again, with Idempotent-Replayed: true, for at least 24 h. */
        readonly 'Idempotency-Key': string;
      };
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': components['schemas']['CreateApiKeyInput'];
      };
    };
    readonly responses: {
      readonly 201: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['CreatedApiKeyOutput'];
        };
      };
      /**
       * @description Problem: validation_failed, malformed_json, idempotency_key_required, invalid_idempotency_key
       *
       *     Problem: idempotency_key_required, invalid_idempotency_key
       */
      readonly 400: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: idempotency_request_in_progress (the same key is still being processed; see Retry-After) */
      readonly 409: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem415'];
        };
      };
      /**
       * @description Problem: idempotency_key_reused, restaurant_closed, payload_not_decryptable, party_size_out_of_range, starts_at_in_past, beyond_booking_window, insufficient_notice, off_grid_start_time, closed_on_date, invalid_setup, channel_not_enabled, invalid_webhook_url, unknown_seating_preference
       *
       *     Problem: idempotency_key_reused (the key was used for another body)
       */
      readonly 422: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem422'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      readonly 429: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly getApiKey: {
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiKeyOutput'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      readonly 401: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      readonly 403: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found */
      readonly 404: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      readonly 429: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly revokeApiKey: {
    readonly parameters: {
      readonly query?: never;
      readonly header: {
        /** @description Unique per intended change (1-255 printable ASCII characters). A retry with the same key and request answers the first answer again, with Idempotent-Replayed: true, for at least 24 h. */
        readonly 'Idempotency-Key': string;
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
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiKeyOutput'];
        };
      };
      /** @description Problem: idempotency_key_required, invalid_idempotency_key */
      readonly 400: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: idempotency_request_in_progress (the same key is still being processed; see Retry-After) */
      readonly 409: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem409'];
        };
      };
      /** @description Problem: idempotency_key_reused (the key was used for another body) */
      readonly 422: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem422'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      readonly 429: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly createPublishableKey: {
    readonly parameters: {
      readonly query?: never;
      readonly header: {
        /** @description Unique per intended change (1-255 printable ASCII characters). A retry with the same key and request answers the first answer again, with Idempotent-Replayed: true, for at least 24 h. */
        readonly 'Idempotency-Key': string;
      };
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': components['schemas']['CreatePublishableKeyInput'];
      };
    };
    readonly responses: {
      readonly 201: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['CreatedApiKeyOutput'];
        };
      };
      /**
       * @description Problem: validation_failed, malformed_json, idempotency_key_required, invalid_idempotency_key
       *
       *     Problem: idempotency_key_required, invalid_idempotency_key
       */
      readonly 400: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: idempotency_request_in_progress (the same key is still being processed; see Retry-After) */
      readonly 409: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem415'];
        };
      };
      /**
       * @description Problem: idempotency_key_reused, restaurant_closed, payload_not_decryptable, party_size_out_of_range, starts_at_in_past, beyond_booking_window, insufficient_notice, off_grid_start_time, closed_on_date, invalid_setup, channel_not_enabled, invalid_webhook_url, unknown_seating_preference
       *
       *     Problem: idempotency_key_reused (the key was used for another body)
       */
      readonly 422: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem422'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      readonly 429: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly findBookingsByGuestContact: {
    readonly parameters: {
      readonly query?: {
        readonly email?: string;
        /** @description Any format; read as E.164 with the restaurant's country */
        readonly phone?: string;
      };
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      readonly 200: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['BookingSearchOutput'];
        };
      };
      /** @description Problem: validation_failed, malformed_json, idempotency_key_required, invalid_idempotency_key */
      readonly 400: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      readonly 401: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      readonly 403: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      readonly 429: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly createBooking: {
    readonly parameters: {
      readonly query?: never;
      readonly header: {
        /** @description Unique per intended change (1-255 printable ASCII characters). A retry with the same key and request answers the first answer again, with Idempotent-Replayed: true, for at least 24 h. */
        readonly 'Idempotency-Key': string;
      };
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': components['schemas']['CreateBookingInput'];
      };
    };
    readonly responses: {
      /** @description Booked (confirmed or manual_review) */
      readonly 201: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['PlacedBookingOutput'];
        };
      };
      /** @description Still being processed; poll the Location */
      readonly 202: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['PendingBookingOutput'];
        };
      };
      /**
       * @description Problem: validation_failed, malformed_json, idempotency_key_required, invalid_idempotency_key
       *
       *     Problem: idempotency_key_required, invalid_idempotency_key
       */
      readonly 400: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /**
       * @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress
       *
       *     Problem: idempotency_request_in_progress (the same key is still being processed; see Retry-After)
       */
      readonly 409: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem415'];
        };
      };
      /**
       * @description Problem: idempotency_key_reused, restaurant_closed, payload_not_decryptable, party_size_out_of_range, starts_at_in_past, beyond_booking_window, insufficient_notice, off_grid_start_time, closed_on_date, invalid_setup, channel_not_enabled, invalid_webhook_url, unknown_seating_preference
       *
       *     Problem: idempotency_key_reused (the key was used for another body)
       */
      readonly 422: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem422'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      readonly 429: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly getBooking: {
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['BookingDetailsOutput'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      readonly 401: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      readonly 403: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found */
      readonly 404: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      readonly 429: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly modifyBooking: {
    readonly parameters: {
      readonly query?: never;
      readonly header: {
        /** @description Unique per intended change (1-255 printable ASCII characters). A retry with the same key and request answers the first answer again, with Idempotent-Replayed: true, for at least 24 h. */
        readonly 'Idempotency-Key': string;
        /** @description The ETag of GET /v1/bookings/{id}; a booking that changed since answers 412 */
        readonly 'If-Match'?: string;
      };
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': components['schemas']['ModifyBookingInput'];
      };
    };
    readonly responses: {
      /** @description Changed */
      readonly 200: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['BookingOutput'];
        };
      };
      /** @description The change waits for staff (pendingChange) */
      readonly 202: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['BookingOutput'];
        };
      };
      /**
       * @description Problem: validation_failed, malformed_json, idempotency_key_required, invalid_idempotency_key
       *
       *     Problem: idempotency_key_required, invalid_idempotency_key
       */
      readonly 400: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /**
       * @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress
       *
       *     Problem: idempotency_request_in_progress (the same key is still being processed; see Retry-After)
       */
      readonly 409: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem415'];
        };
      };
      /**
       * @description Problem: idempotency_key_reused, restaurant_closed, payload_not_decryptable, party_size_out_of_range, starts_at_in_past, beyond_booking_window, insufficient_notice, off_grid_start_time, closed_on_date, invalid_setup, channel_not_enabled, invalid_webhook_url, unknown_seating_preference
       *
       *     Problem: idempotency_key_reused (the key was used for another body)
       */
      readonly 422: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem422'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      readonly 429: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly approveBooking: {
    readonly parameters: {
      readonly query?: never;
      readonly header: {
        /** @description Unique per intended change (1-255 printable ASCII characters). A retry with the same key and request answers the first answer again, with Idempotent-Replayed: true, for at least 24 h. */
        readonly 'Idempotency-Key': string;
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
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['BookingOutput'];
        };
      };
      /**
       * @description Problem: validation_failed, malformed_json, idempotency_key_required, invalid_idempotency_key
       *
       *     Problem: idempotency_key_required, invalid_idempotency_key
       */
      readonly 400: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /**
       * @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress
       *
       *     Problem: idempotency_request_in_progress (the same key is still being processed; see Retry-After)
       */
      readonly 409: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem415'];
        };
      };
      /** @description Problem: idempotency_key_reused (the key was used for another body) */
      readonly 422: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem422'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      readonly 429: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly cancelBooking: {
    readonly parameters: {
      readonly query?: never;
      readonly header: {
        /** @description Unique per intended change (1-255 printable ASCII characters). A retry with the same key and request answers the first answer again, with Idempotent-Replayed: true, for at least 24 h. */
        readonly 'Idempotency-Key': string;
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
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['BookingOutput'];
        };
      };
      /**
       * @description Problem: validation_failed, malformed_json, idempotency_key_required, invalid_idempotency_key
       *
       *     Problem: idempotency_key_required, invalid_idempotency_key
       */
      readonly 400: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /**
       * @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress
       *
       *     Problem: idempotency_request_in_progress (the same key is still being processed; see Retry-After)
       */
      readonly 409: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem415'];
        };
      };
      /** @description Problem: idempotency_key_reused (the key was used for another body) */
      readonly 422: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem422'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      readonly 429: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly checkInBooking: {
    readonly parameters: {
      readonly query?: never;
      readonly header: {
        /** @description Unique per intended change (1-255 printable ASCII characters). A retry with the same key and request answers the first answer again, with Idempotent-Replayed: true, for at least 24 h. */
        readonly 'Idempotency-Key': string;
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
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['BookingOutput'];
        };
      };
      /** @description Problem: idempotency_key_required, invalid_idempotency_key */
      readonly 400: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /**
       * @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress
       *
       *     Problem: idempotency_request_in_progress (the same key is still being processed; see Retry-After)
       */
      readonly 409: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem409'];
        };
      };
      /** @description Problem: idempotency_key_reused (the key was used for another body) */
      readonly 422: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem422'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      readonly 429: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly createManageLink: {
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ManageLinkOutput'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      readonly 401: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      readonly 403: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found */
      readonly 404: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      readonly 429: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly revokeManageLinks: {
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['RevokedManageLinksOutput'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      readonly 401: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      readonly 403: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found */
      readonly 404: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      readonly 429: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly markNoShow: {
    readonly parameters: {
      readonly query?: never;
      readonly header: {
        /** @description Unique per intended change (1-255 printable ASCII characters). A retry with the same key and request answers the first answer again, with Idempotent-Replayed: true, for at least 24 h. */
        readonly 'Idempotency-Key': string;
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
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['BookingOutput'];
        };
      };
      /**
       * @description Problem: validation_failed, malformed_json, idempotency_key_required, invalid_idempotency_key
       *
       *     Problem: idempotency_key_required, invalid_idempotency_key
       */
      readonly 400: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /**
       * @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress
       *
       *     Problem: idempotency_request_in_progress (the same key is still being processed; see Retry-After)
       */
      readonly 409: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem415'];
        };
      };
      /** @description Problem: idempotency_key_reused (the key was used for another body) */
      readonly 422: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem422'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      readonly 429: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly rejectBooking: {
    readonly parameters: {
      readonly query?: never;
      readonly header: {
        /** @description Unique per intended change (1-255 printable ASCII characters). A retry with the same key and request answers the first answer again, with Idempotent-Replayed: true, for at least 24 h. */
        readonly 'Idempotency-Key': string;
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
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['BookingOutput'];
        };
      };
      /**
       * @description Problem: validation_failed, malformed_json, idempotency_key_required, invalid_idempotency_key
       *
       *     Problem: idempotency_key_required, invalid_idempotency_key
       */
      readonly 400: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /**
       * @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress
       *
       *     Problem: idempotency_request_in_progress (the same key is still being processed; see Retry-After)
       */
      readonly 409: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem415'];
        };
      };
      /** @description Problem: idempotency_key_reused (the key was used for another body) */
      readonly 422: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem422'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      readonly 429: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly undoNoShow: {
    readonly parameters: {
      readonly query?: never;
      readonly header: {
        /** @description Unique per intended change (1-255 printable ASCII characters). A retry with the same key and request answers the first answer again, with Idempotent-Replayed: true, for at least 24 h. */
        readonly 'Idempotency-Key': string;
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
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['BookingOutput'];
        };
      };
      /**
       * @description Problem: validation_failed, malformed_json, idempotency_key_required, invalid_idempotency_key
       *
       *     Problem: idempotency_key_required, invalid_idempotency_key
       */
      readonly 400: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /**
       * @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress
       *
       *     Problem: idempotency_request_in_progress (the same key is still being processed; see Retry-After)
       */
      readonly 409: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem415'];
        };
      };
      /** @description Problem: idempotency_key_reused (the key was used for another body) */
      readonly 422: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem422'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      readonly 429: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly createHold: {
    readonly parameters: {
      readonly query?: never;
      readonly header: {
        /** @description Unique per intended change (1-255 printable ASCII characters). A retry with the same key and request answers the first answer again, with Idempotent-Replayed: true, for at least 24 h. */
        readonly 'Idempotency-Key': string;
      };
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': components['schemas']['CreateBookingInput'];
      };
    };
    readonly responses: {
      /** @description Held */
      readonly 201: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['PlacedBookingOutput'];
        };
      };
      readonly 202: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['PendingBookingOutput'];
        };
      };
      /**
       * @description Problem: validation_failed, malformed_json, idempotency_key_required, invalid_idempotency_key
       *
       *     Problem: idempotency_key_required, invalid_idempotency_key
       */
      readonly 400: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /**
       * @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress
       *
       *     Problem: idempotency_request_in_progress (the same key is still being processed; see Retry-After)
       */
      readonly 409: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem415'];
        };
      };
      /**
       * @description Problem: idempotency_key_reused, restaurant_closed, payload_not_decryptable, party_size_out_of_range, starts_at_in_past, beyond_booking_window, insufficient_notice, off_grid_start_time, closed_on_date, invalid_setup, channel_not_enabled, invalid_webhook_url, unknown_seating_preference
       *
       *     Problem: idempotency_key_reused (the key was used for another body)
       */
      readonly 422: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem422'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      readonly 429: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly confirmHold: {
    readonly parameters: {
      readonly query?: never;
      readonly header: {
        /** @description Unique per intended change (1-255 printable ASCII characters). A retry with the same key and request answers the first answer again, with Idempotent-Replayed: true, for at least 24 h. */
        readonly 'Idempotency-Key': string;
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
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['BookingOutput'];
        };
      };
      /** @description Problem: idempotency_key_required, invalid_idempotency_key */
      readonly 400: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /**
       * @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress
       *
       *     Problem: idempotency_request_in_progress (the same key is still being processed; see Retry-After)
       */
      readonly 409: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem409'];
        };
      };
      /** @description Problem: idempotency_key_reused (the key was used for another body) */
      readonly 422: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem422'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      readonly 429: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly getManagedBooking: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly token: string;
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
          readonly 'application/json': components['schemas']['ManagedBookingOutput'];
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
      /** @description Problem: manage_link_expired */
      readonly 410: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem410'];
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
  readonly changeManagedBooking: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: {
        /** @description Send one per intended change and repeat it on a retry: the change is made once */
        readonly 'Idempotency-Key'?: string;
      };
      readonly path: {
        readonly token: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': components['schemas']['GuestChangeBookingInput'];
      };
    };
    readonly responses: {
      readonly 200: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ManagedBookingOutput'];
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
      /** @description Problem: manage_link_expired */
      readonly 410: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem410'];
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
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      readonly 429: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
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
  readonly cancelManagedBooking: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: {
        /** @description Send one per intended change and repeat it on a retry: the change is made once */
        readonly 'Idempotency-Key'?: string;
      };
      readonly path: {
        readonly token: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      readonly 200: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ManagedBookingOutput'];
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
      /** @description Problem: manage_link_expired */
      readonly 410: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem410'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      readonly 429: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
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
  readonly confirmManagedHold: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: {
        /** @description Send one per intended change and repeat it on a retry: the change is made once */
        readonly 'Idempotency-Key'?: string;
      };
      readonly path: {
        readonly token: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': components['schemas']['ConfirmHoldAsGuestInput'];
      };
    };
    readonly responses: {
      readonly 200: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ManagedBookingOutput'];
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
      /** @description Problem: manage_link_expired */
      readonly 410: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem410'];
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
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      readonly 429: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
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
  readonly listRestaurants: {
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['RestaurantContextListOutput'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      readonly 401: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      readonly 429: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly getRestaurant: {
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['RestaurantContextOutput'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      readonly 401: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found */
      readonly 404: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      readonly 429: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly getAvailability: {
    readonly parameters: {
      readonly query: {
        /** @description Local date at the restaurant (YYYY-MM-DD) */
        readonly date: string;
        readonly partySize: number;
        /** @description Wanted local time (HH:MM); adds nearest alternatives when it is not free */
        readonly time?: string;
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['AvailabilityOutput'];
        };
      };
      /** @description Problem: validation_failed, malformed_json, idempotency_key_required, invalid_idempotency_key */
      readonly 400: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      readonly 401: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      readonly 403: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found */
      readonly 404: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: idempotency_key_reused, restaurant_closed, payload_not_decryptable, party_size_out_of_range, starts_at_in_past, beyond_booking_window, insufficient_notice, off_grid_start_time, closed_on_date, invalid_setup, channel_not_enabled, invalid_webhook_url, unknown_seating_preference */
      readonly 422: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem422'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      readonly 429: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly listBlocks: {
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['BlockListOutput'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      readonly 401: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found */
      readonly 404: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      readonly 429: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly createBlock: {
    readonly parameters: {
      readonly query?: never;
      readonly header: {
        /** @description Unique per intended change (1-255 printable ASCII characters). A retry with the same key and request answers the first answer again, with Idempotent-Replayed: true, for at least 24 h. */
        readonly 'Idempotency-Key': string;
      };
      readonly path: {
        readonly id: string;
      };
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
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['BlockChangeOutput'];
        };
      };
      /**
       * @description Problem: validation_failed, malformed_json, idempotency_key_required, invalid_idempotency_key
       *
       *     Problem: idempotency_key_required, invalid_idempotency_key
       */
      readonly 400: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: idempotency_request_in_progress (the same key is still being processed; see Retry-After) */
      readonly 409: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem415'];
        };
      };
      /**
       * @description Problem: idempotency_key_reused, restaurant_closed, payload_not_decryptable, party_size_out_of_range, starts_at_in_past, beyond_booking_window, insufficient_notice, off_grid_start_time, closed_on_date, invalid_setup, channel_not_enabled, invalid_webhook_url, unknown_seating_preference
       *
       *     Problem: idempotency_key_reused (the key was used for another body)
       */
      readonly 422: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem422'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      readonly 429: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly deleteBlock: {
    readonly parameters: {
      readonly query?: never;
      readonly header: {
        /** @description Unique per intended change (1-255 printable ASCII characters). A retry with the same key and request answers the first answer again, with Idempotent-Replayed: true, for at least 24 h. */
        readonly 'Idempotency-Key': string;
      };
      readonly path: {
        readonly blockId: string;
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      readonly 200: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['BlockOutput'];
        };
      };
      /** @description Problem: idempotency_key_required, invalid_idempotency_key */
      readonly 400: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: idempotency_request_in_progress (the same key is still being processed; see Retry-After) */
      readonly 409: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem409'];
        };
      };
      /** @description Problem: idempotency_key_reused (the key was used for another body) */
      readonly 422: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem422'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      readonly 429: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly listExceptions: {
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ExceptionListOutput'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      readonly 401: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found */
      readonly 404: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      readonly 429: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly createException: {
    readonly parameters: {
      readonly query?: never;
      readonly header: {
        /** @description Unique per intended change (1-255 printable ASCII characters). A retry with the same key and request answers the first answer again, with Idempotent-Replayed: true, for at least 24 h. */
        readonly 'Idempotency-Key': string;
      };
      readonly path: {
        readonly id: string;
      };
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
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ExceptionChangeOutput'];
        };
      };
      /**
       * @description Problem: validation_failed, malformed_json, idempotency_key_required, invalid_idempotency_key
       *
       *     Problem: idempotency_key_required, invalid_idempotency_key
       */
      readonly 400: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /**
       * @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress
       *
       *     Problem: idempotency_request_in_progress (the same key is still being processed; see Retry-After)
       */
      readonly 409: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem415'];
        };
      };
      /**
       * @description Problem: idempotency_key_reused, restaurant_closed, payload_not_decryptable, party_size_out_of_range, starts_at_in_past, beyond_booking_window, insufficient_notice, off_grid_start_time, closed_on_date, invalid_setup, channel_not_enabled, invalid_webhook_url, unknown_seating_preference
       *
       *     Problem: idempotency_key_reused (the key was used for another body)
       */
      readonly 422: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem422'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      readonly 429: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly deleteException: {
    readonly parameters: {
      readonly query?: never;
      readonly header: {
        /** @description Unique per intended change (1-255 printable ASCII characters). A retry with the same key and request answers the first answer again, with Idempotent-Replayed: true, for at least 24 h. */
        readonly 'Idempotency-Key': string;
      };
      readonly path: {
        readonly exceptionId: string;
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      readonly 200: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ExceptionOutput'];
        };
      };
      /** @description Problem: idempotency_key_required, invalid_idempotency_key */
      readonly 400: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: idempotency_request_in_progress (the same key is still being processed; see Retry-After) */
      readonly 409: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem409'];
        };
      };
      /** @description Problem: idempotency_key_reused (the key was used for another body) */
      readonly 422: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem422'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      readonly 429: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly getHours: {
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['HoursOutput'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      readonly 401: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found */
      readonly 404: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      readonly 429: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly replaceHours: {
    readonly parameters: {
      readonly query?: never;
      readonly header: {
        /** @description Unique per intended change (1-255 printable ASCII characters). A retry with the same key and request answers the first answer again, with Idempotent-Replayed: true, for at least 24 h. */
        readonly 'Idempotency-Key': string;
      };
      readonly path: {
        readonly id: string;
      };
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
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['HoursOutput'];
        };
      };
      /**
       * @description Problem: validation_failed, malformed_json, idempotency_key_required, invalid_idempotency_key
       *
       *     Problem: idempotency_key_required, invalid_idempotency_key
       */
      readonly 400: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: idempotency_request_in_progress (the same key is still being processed; see Retry-After) */
      readonly 409: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem415'];
        };
      };
      /**
       * @description Problem: idempotency_key_reused, restaurant_closed, payload_not_decryptable, party_size_out_of_range, starts_at_in_past, beyond_booking_window, insufficient_notice, off_grid_start_time, closed_on_date, invalid_setup, channel_not_enabled, invalid_webhook_url, unknown_seating_preference
       *
       *     Problem: idempotency_key_reused (the key was used for another body)
       */
      readonly 422: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem422'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      readonly 429: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly updatePolicy: {
    readonly parameters: {
      readonly query?: never;
      readonly header: {
        /** @description Unique per intended change (1-255 printable ASCII characters). A retry with the same key and request answers the first answer again, with Idempotent-Replayed: true, for at least 24 h. */
        readonly 'Idempotency-Key': string;
      };
      readonly path: {
        readonly id: string;
      };
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
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['PolicyChangeOutput'];
        };
      };
      /**
       * @description Problem: validation_failed, malformed_json, idempotency_key_required, invalid_idempotency_key
       *
       *     Problem: idempotency_key_required, invalid_idempotency_key
       */
      readonly 400: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: idempotency_request_in_progress (the same key is still being processed; see Retry-After) */
      readonly 409: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem415'];
        };
      };
      /**
       * @description Problem: idempotency_key_reused, restaurant_closed, payload_not_decryptable, party_size_out_of_range, starts_at_in_past, beyond_booking_window, insufficient_notice, off_grid_start_time, closed_on_date, invalid_setup, channel_not_enabled, invalid_webhook_url, unknown_seating_preference
       *
       *     Problem: idempotency_key_reused (the key was used for another body)
       */
      readonly 422: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem422'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      readonly 429: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly exportRestaurantSetup: {
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['SetupDocumentInput'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      readonly 401: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      readonly 403: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found */
      readonly 404: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      readonly 429: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly importRestaurantSetup: {
    readonly parameters: {
      readonly query?: never;
      readonly header: {
        /** @description Unique per intended change (1-255 printable ASCII characters). A retry with the same key and request answers the first answer again, with Idempotent-Replayed: true, for at least 24 h. */
        readonly 'Idempotency-Key': string;
      };
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': components['schemas']['SetupDocumentInput'];
      };
    };
    readonly responses: {
      readonly 200: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['SetupImportOutput'];
        };
      };
      /**
       * @description Problem: validation_failed, malformed_json, idempotency_key_required, invalid_idempotency_key
       *
       *     Problem: idempotency_key_required, invalid_idempotency_key
       */
      readonly 400: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /**
       * @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress
       *
       *     Problem: idempotency_request_in_progress (the same key is still being processed; see Retry-After)
       */
      readonly 409: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem415'];
        };
      };
      /**
       * @description Problem: idempotency_key_reused, restaurant_closed, payload_not_decryptable, party_size_out_of_range, starts_at_in_past, beyond_booking_window, insufficient_notice, off_grid_start_time, closed_on_date, invalid_setup, channel_not_enabled, invalid_webhook_url, unknown_seating_preference
       *
       *     Problem: idempotency_key_reused (the key was used for another body)
       */
      readonly 422: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem422'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      readonly 429: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly listSetupChanges: {
    readonly parameters: {
      readonly query?: {
        /** @description nextCursor of the previous page */
        readonly cursor?: string;
        /** @description Entries per page, 1-100 (default 50) */
        readonly limit?: string;
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['SetupChangePageOutput'];
        };
      };
      /** @description Problem: validation_failed, malformed_json, idempotency_key_required, invalid_idempotency_key */
      readonly 400: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      readonly 401: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      readonly 403: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found */
      readonly 404: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      readonly 429: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly listTables: {
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['TableListOutput'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      readonly 401: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found */
      readonly 404: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      readonly 429: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly createTable: {
    readonly parameters: {
      readonly query?: never;
      readonly header: {
        /** @description Unique per intended change (1-255 printable ASCII characters). A retry with the same key and request answers the first answer again, with Idempotent-Replayed: true, for at least 24 h. */
        readonly 'Idempotency-Key': string;
      };
      readonly path: {
        readonly id: string;
      };
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
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['TableOutput'];
        };
      };
      /**
       * @description Problem: validation_failed, malformed_json, idempotency_key_required, invalid_idempotency_key
       *
       *     Problem: idempotency_key_required, invalid_idempotency_key
       */
      readonly 400: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /**
       * @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress
       *
       *     Problem: idempotency_request_in_progress (the same key is still being processed; see Retry-After)
       */
      readonly 409: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem415'];
        };
      };
      /**
       * @description Problem: idempotency_key_reused, restaurant_closed, payload_not_decryptable, party_size_out_of_range, starts_at_in_past, beyond_booking_window, insufficient_notice, off_grid_start_time, closed_on_date, invalid_setup, channel_not_enabled, invalid_webhook_url, unknown_seating_preference
       *
       *     Problem: idempotency_key_reused (the key was used for another body)
       */
      readonly 422: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem422'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      readonly 429: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly deleteTable: {
    readonly parameters: {
      readonly query?: never;
      readonly header: {
        /** @description Unique per intended change (1-255 printable ASCII characters). A retry with the same key and request answers the first answer again, with Idempotent-Replayed: true, for at least 24 h. */
        readonly 'Idempotency-Key': string;
      };
      readonly path: {
        readonly id: string;
        readonly tableId: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      readonly 200: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['TableOutput'];
        };
      };
      /** @description Problem: idempotency_key_required, invalid_idempotency_key */
      readonly 400: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /**
       * @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress
       *
       *     Problem: idempotency_request_in_progress (the same key is still being processed; see Retry-After)
       */
      readonly 409: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem409'];
        };
      };
      /** @description Problem: idempotency_key_reused (the key was used for another body) */
      readonly 422: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem422'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      readonly 429: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly updateTable: {
    readonly parameters: {
      readonly query?: never;
      readonly header: {
        /** @description Unique per intended change (1-255 printable ASCII characters). A retry with the same key and request answers the first answer again, with Idempotent-Replayed: true, for at least 24 h. */
        readonly 'Idempotency-Key': string;
      };
      readonly path: {
        readonly id: string;
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
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['TableChangeOutput'];
        };
      };
      /**
       * @description Problem: validation_failed, malformed_json, idempotency_key_required, invalid_idempotency_key
       *
       *     Problem: idempotency_key_required, invalid_idempotency_key
       */
      readonly 400: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /**
       * @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress
       *
       *     Problem: idempotency_request_in_progress (the same key is still being processed; see Retry-After)
       */
      readonly 409: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem415'];
        };
      };
      /**
       * @description Problem: idempotency_key_reused, restaurant_closed, payload_not_decryptable, party_size_out_of_range, starts_at_in_past, beyond_booking_window, insufficient_notice, off_grid_start_time, closed_on_date, invalid_setup, channel_not_enabled, invalid_webhook_url, unknown_seating_preference
       *
       *     Problem: idempotency_key_reused (the key was used for another body)
       */
      readonly 422: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem422'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      readonly 429: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly listZones: {
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ZoneListOutput'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      readonly 401: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found */
      readonly 404: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      readonly 429: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly createZone: {
    readonly parameters: {
      readonly query?: never;
      readonly header: {
        /** @description Unique per intended change (1-255 printable ASCII characters). A retry with the same key and request answers the first answer again, with Idempotent-Replayed: true, for at least 24 h. */
        readonly 'Idempotency-Key': string;
      };
      readonly path: {
        readonly id: string;
      };
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
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ZoneOutput'];
        };
      };
      /**
       * @description Problem: validation_failed, malformed_json, idempotency_key_required, invalid_idempotency_key
       *
       *     Problem: idempotency_key_required, invalid_idempotency_key
       */
      readonly 400: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /**
       * @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress
       *
       *     Problem: idempotency_request_in_progress (the same key is still being processed; see Retry-After)
       */
      readonly 409: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem415'];
        };
      };
      /** @description Problem: idempotency_key_reused (the key was used for another body) */
      readonly 422: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem422'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      readonly 429: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly deleteZone: {
    readonly parameters: {
      readonly query?: never;
      readonly header: {
        /** @description Unique per intended change (1-255 printable ASCII characters). A retry with the same key and request answers the first answer again, with Idempotent-Replayed: true, for at least 24 h. */
        readonly 'Idempotency-Key': string;
      };
      readonly path: {
        readonly id: string;
        readonly zoneId: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      readonly 200: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ZoneOutput'];
        };
      };
      /** @description Problem: idempotency_key_required, invalid_idempotency_key */
      readonly 400: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /**
       * @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress
       *
       *     Problem: idempotency_request_in_progress (the same key is still being processed; see Retry-After)
       */
      readonly 409: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem409'];
        };
      };
      /** @description Problem: idempotency_key_reused (the key was used for another body) */
      readonly 422: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem422'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      readonly 429: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly updateZone: {
    readonly parameters: {
      readonly query?: never;
      readonly header: {
        /** @description Unique per intended change (1-255 printable ASCII characters). A retry with the same key and request answers the first answer again, with Idempotent-Replayed: true, for at least 24 h. */
        readonly 'Idempotency-Key': string;
      };
      readonly path: {
        readonly id: string;
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
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ZoneOutput'];
        };
      };
      /**
       * @description Problem: validation_failed, malformed_json, idempotency_key_required, invalid_idempotency_key
       *
       *     Problem: idempotency_key_required, invalid_idempotency_key
       */
      readonly 400: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /**
       * @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress
       *
       *     Problem: idempotency_request_in_progress (the same key is still being processed; see Retry-After)
       */
      readonly 409: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem415'];
        };
      };
      /** @description Problem: idempotency_key_reused (the key was used for another body) */
      readonly 422: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem422'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      readonly 429: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly listWebhookEndpoints: {
    readonly parameters: {
      readonly query?: {
        /** @description Only this restaurant’s endpoints */
        readonly restaurantId?: string;
      };
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      readonly 200: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['WebhookEndpointListOutput'];
        };
      };
      /** @description Problem: validation_failed, malformed_json, idempotency_key_required, invalid_idempotency_key */
      readonly 400: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      readonly 401: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      readonly 403: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found */
      readonly 404: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      readonly 429: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly createWebhookEndpoint: {
    readonly parameters: {
      readonly query?: never;
      readonly header: {
        /** @description Unique per intended change (1-255 printable ASCII characters). A retry with the same key and request answers the first answer again, with Idempotent-Replayed: true, for at least 24 h. */
        readonly 'Idempotency-Key': string;
      };
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': components['schemas']['CreateWebhookEndpointInput'];
      };
    };
    readonly responses: {
      readonly 201: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['CreatedWebhookEndpointOutput'];
        };
      };
      /**
       * @description Problem: validation_failed, malformed_json, idempotency_key_required, invalid_idempotency_key
       *
       *     Problem: idempotency_key_required, invalid_idempotency_key
       */
      readonly 400: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /**
       * @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress
       *
       *     Problem: idempotency_request_in_progress (the same key is still being processed; see Retry-After)
       */
      readonly 409: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem415'];
        };
      };
      /**
       * @description Problem: idempotency_key_reused, restaurant_closed, payload_not_decryptable, party_size_out_of_range, starts_at_in_past, beyond_booking_window, insufficient_notice, off_grid_start_time, closed_on_date, invalid_setup, channel_not_enabled, invalid_webhook_url, unknown_seating_preference
       *
       *     Problem: idempotency_key_reused (the key was used for another body)
       */
      readonly 422: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem422'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      readonly 429: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly getWebhookEndpoint: {
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['WebhookEndpointOutput'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      readonly 401: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      readonly 403: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found */
      readonly 404: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      readonly 429: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly deleteWebhookEndpoint: {
    readonly parameters: {
      readonly query?: never;
      readonly header: {
        /** @description Unique per intended change (1-255 printable ASCII characters). A retry with the same key and request answers the first answer again, with Idempotent-Replayed: true, for at least 24 h. */
        readonly 'Idempotency-Key': string;
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
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['WebhookEndpointOutput'];
        };
      };
      /**
       * @description Problem: validation_failed, malformed_json, idempotency_key_required, invalid_idempotency_key
       *
       *     Problem: idempotency_key_required, invalid_idempotency_key
       */
      readonly 400: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /**
       * @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress
       *
       *     Problem: idempotency_request_in_progress (the same key is still being processed; see Retry-After)
       */
      readonly 409: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem409'];
        };
      };
      /**
       * @description Problem: idempotency_key_reused, restaurant_closed, payload_not_decryptable, party_size_out_of_range, starts_at_in_past, beyond_booking_window, insufficient_notice, off_grid_start_time, closed_on_date, invalid_setup, channel_not_enabled, invalid_webhook_url, unknown_seating_preference
       *
       *     Problem: idempotency_key_reused (the key was used for another body)
       */
      readonly 422: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem422'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      readonly 429: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly updateWebhookEndpoint: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['WebhookEndpointOutput'];
        };
      };
      /** @description Problem: validation_failed, malformed_json, idempotency_key_required, invalid_idempotency_key */
      readonly 400: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      readonly 401: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      readonly 403: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found */
      readonly 404: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: payload_too_large */
      readonly 413: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem413'];
        };
      };
      /** @description Problem: unsupported_media_type */
      readonly 415: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem415'];
        };
      };
      /** @description Problem: idempotency_key_reused, restaurant_closed, payload_not_decryptable, party_size_out_of_range, starts_at_in_past, beyond_booking_window, insufficient_notice, off_grid_start_time, closed_on_date, invalid_setup, channel_not_enabled, invalid_webhook_url, unknown_seating_preference */
      readonly 422: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem422'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      readonly 429: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly listWebhookDeliveries: {
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['WebhookDeliveryListOutput'];
        };
      };
      /** @description Problem: validation_failed, malformed_json, idempotency_key_required, invalid_idempotency_key */
      readonly 400: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      readonly 401: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      readonly 403: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found */
      readonly 404: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      readonly 429: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly redeliverWebhook: {
    readonly parameters: {
      readonly query?: never;
      readonly header: {
        /** @description Unique per intended change (1-255 printable ASCII characters). A retry with the same key and request answers the first answer again, with Idempotent-Replayed: true, for at least 24 h. */
        readonly 'Idempotency-Key': string;
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
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['WebhookDeliveryOutput'];
        };
      };
      /**
       * @description Problem: validation_failed, malformed_json, idempotency_key_required, invalid_idempotency_key
       *
       *     Problem: idempotency_key_required, invalid_idempotency_key
       */
      readonly 400: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /**
       * @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress
       *
       *     Problem: idempotency_request_in_progress (the same key is still being processed; see Retry-After)
       */
      readonly 409: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem409'];
        };
      };
      /**
       * @description Problem: idempotency_key_reused, restaurant_closed, payload_not_decryptable, party_size_out_of_range, starts_at_in_past, beyond_booking_window, insufficient_notice, off_grid_start_time, closed_on_date, invalid_setup, channel_not_enabled, invalid_webhook_url, unknown_seating_preference
       *
       *     Problem: idempotency_key_reused (the key was used for another body)
       */
      readonly 422: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem422'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      readonly 429: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly rotateWebhookSecret: {
    readonly parameters: {
      readonly query?: never;
      readonly header: {
        /** @description Unique per intended change (1-255 printable ASCII characters). A retry with the same key and request answers the first answer again, with Idempotent-Replayed: true, for at least 24 h. */
        readonly 'Idempotency-Key': string;
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
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['RotatedSecretOutput'];
        };
      };
      /**
       * @description Problem: validation_failed, malformed_json, idempotency_key_required, invalid_idempotency_key
       *
       *     Problem: idempotency_key_required, invalid_idempotency_key
       */
      readonly 400: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /**
       * @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress
       *
       *     Problem: idempotency_request_in_progress (the same key is still being processed; see Retry-After)
       */
      readonly 409: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem409'];
        };
      };
      /**
       * @description Problem: idempotency_key_reused, restaurant_closed, payload_not_decryptable, party_size_out_of_range, starts_at_in_past, beyond_booking_window, insufficient_notice, off_grid_start_time, closed_on_date, invalid_setup, channel_not_enabled, invalid_webhook_url, unknown_seating_preference
       *
       *     Problem: idempotency_key_reused (the key was used for another body)
       */
      readonly 422: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem422'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      readonly 429: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  readonly pingWebhookEndpoint: {
    readonly parameters: {
      readonly query?: never;
      readonly header: {
        /** @description Unique per intended change (1-255 printable ASCII characters). A retry with the same key and request answers the first answer again, with Idempotent-Replayed: true, for at least 24 h. */
        readonly 'Idempotency-Key': string;
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
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['WebhookDeliveryOutput'];
        };
      };
      /**
       * @description Problem: validation_failed, malformed_json, idempotency_key_required, invalid_idempotency_key
       *
       *     Problem: idempotency_key_required, invalid_idempotency_key
       */
      readonly 400: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /**
       * @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress
       *
       *     Problem: idempotency_request_in_progress (the same key is still being processed; see Retry-After)
       */
      readonly 409: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly 'Retry-After': components['headers']['Retry-After'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem409'];
        };
      };
      /**
       * @description Problem: idempotency_key_reused, restaurant_closed, payload_not_decryptable, party_size_out_of_range, starts_at_in_past, beyond_booking_window, insufficient_notice, off_grid_start_time, closed_on_date, invalid_setup, channel_not_enabled, invalid_webhook_url, unknown_seating_preference
       *
       *     Problem: idempotency_key_reused (the key was used for another body)
       */
      readonly 422: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem422'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      readonly 429: {
        headers: {
          readonly 'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      readonly 503: {
        headers: {
          readonly 'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          readonly 'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          readonly 'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          readonly 'RateLimit-Reset': components['headers']['RateLimit-Reset'];
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
