/**
 * The Tablekeeper API’s types for @tablekeeper/api-client and the admin UI, generated from openapi.json by openapi-typescript.
 * Do not edit: change the gateway's decorators and DTOs and run `npm run openapi` (a test fails
 * while this file is stale).
 */
export interface paths {
  '/.well-known/oauth-protected-resource': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Protected-resource metadata of the MCP endpoint (RFC 9728)
     * @description OAuth protected-resource metadata (RFC 9728) of the MCP endpoint: how an MCP client learns to send an API key as a Bearer token. Read-only; safe to retry.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: none.
     */
    get: operations['getProtectedResourceMetadata'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/.well-known/oauth-protected-resource/mcp': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Protected-resource metadata of /mcp (RFC 9728 path form)
     * @description The same metadata as getProtectedResourceMetadata at the RFC 9728 path form for /mcp. Read-only; safe to retry.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: none.
     */
    get: operations['getMcpProtectedResourceMetadata'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/api/availability': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Bookable times of a day for a party at your restaurant
     * @description The same answer as GET /v1/restaurants/{id}/availability, for the signed-in staff member’s restaurant: with `time`, whether that time is free and the nearest free times if not. Problems: validation_failed, party_size_out_of_range.
     *
     *     **Retries.** Read-only; safe to retry.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `erasure_not_confirmed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `guest_not_found` (404), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    get: operations['getStaffAvailability'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/api/bookings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A day's bookings by time, filtered by status and guest name or phone
     * @description A day’s bookings by start time, filtered by status and guest name or phone, paged with nextCursor. Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes. Read-only; safe to retry.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `erasure_not_confirmed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    get: operations['adminListBookings'];
    put?: never;
    /**
     * Take a booking on the phone (ops only), optionally at tables of your choosing
     * @description Placed through the same workflow as every booking, channel `phone`, with you as the actor; a large party is confirmed (staff are the reviewers). Idempotent: the same Idempotency-Key answers the first booking (idempotency_key_reused with another body). Problems: no_capacity (with alternatives), tables_unavailable, restaurant_closed, closed_on_date, insufficient_notice, off_grid_start_time, beyond_booking_window, party_size_out_of_range.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `erasure_not_confirmed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `payload_too_large` (413), `unsupported_media_type` (415), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    post: operations['createStaffBooking'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/api/bookings/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A booking with its event timeline, tables, channel and workflow link
     * @description A booking with its event timeline, tables, channel and a link to its workflow in the Temporal UI. Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes. Read-only; safe to retry.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `guest_not_found` (404), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    get: operations['adminGetBooking'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Change a booking or move it to other tables (ops only): the same path as the public PATCH
     * @description Staff's own change is applied without a review of the change. Send an Idempotency-Key so a double submit attaches to the first change.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `erasure_not_confirmed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `guest_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `version_mismatch` (412), `payload_too_large` (413), `unsupported_media_type` (415), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    patch: operations['adminModifyBooking'];
    trace?: never;
  };
  '/admin/api/bookings/{id}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Approve a booking in review, optionally at other tables (ops only)
     * @description Approves a booking in manual_review, optionally at other tables (ops role). Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes. A repeated call finds the booking already in the new status and answers 409 invalid_transition, so a double submit never applies twice.
     *
     *     **Retries.** Takes no Idempotency-Key: after a lost answer, read the resource to see whether the change was made before sending it again.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `erasure_not_confirmed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `guest_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `payload_too_large` (413), `unsupported_media_type` (415), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    post: operations['adminApproveBooking'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/api/bookings/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Cancel a booking with a reason code and free text (ops only)
     * @description Cancels a booking with a reason code and free text (ops role). Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes. A repeated call finds the booking already in the new status and answers 409 invalid_transition, so a double submit never applies twice.
     *
     *     **Retries.** Takes no Idempotency-Key: after a lost answer, read the resource to see whether the change was made before sending it again.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `erasure_not_confirmed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `guest_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `payload_too_large` (413), `unsupported_media_type` (415), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    post: operations['adminCancelBooking'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/api/bookings/{id}/change/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Approve the change waiting for staff: the booking moves (ops only)
     * @description Approves the change waiting for staff: the booking moves to its new time and tables (ops role). Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes. A repeated call finds the booking already in the new status and answers 409 invalid_transition, so a double submit never applies twice.
     *
     *     **Retries.** Takes no Idempotency-Key: after a lost answer, read the resource to see whether the change was made before sending it again.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `erasure_not_confirmed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `guest_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `payload_too_large` (413), `unsupported_media_type` (415), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    post: operations['adminApproveChange'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/api/bookings/{id}/change/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Reject the change waiting for staff: the booking stays as it was (ops only)
     * @description Rejects the change waiting for staff: the booking stays as it was (ops role). Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes. A repeated call finds the booking already in the new status and answers 409 invalid_transition, so a double submit never applies twice.
     *
     *     **Retries.** Takes no Idempotency-Key: after a lost answer, read the resource to see whether the change was made before sending it again.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `erasure_not_confirmed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `guest_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `payload_too_large` (413), `unsupported_media_type` (415), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    post: operations['adminRejectChange'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/api/bookings/{id}/check-in': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Seat a confirmed booking (ops only)
     * @description Seats a confirmed booking (ops role). Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes. A repeated call finds the booking already in the new status and answers 409 invalid_transition, so a double submit never applies twice.
     *
     *     **Retries.** Takes no Idempotency-Key: after a lost answer, read the resource to see whether the change was made before sending it again.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `guest_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    post: operations['adminCheckInBooking'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/api/bookings/{id}/no-show': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Mark a confirmed booking a no-show, after its start (ops only)
     * @description Marks a confirmed booking a no-show after its start time (ops role). Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes. A repeated call finds the booking already in the new status and answers 409 invalid_transition, so a double submit never applies twice.
     *
     *     **Retries.** Takes no Idempotency-Key: after a lost answer, read the resource to see whether the change was made before sending it again.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `erasure_not_confirmed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `guest_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `payload_too_large` (413), `unsupported_media_type` (415), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    post: operations['adminMarkNoShow'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/api/bookings/{id}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Reject a booking in review with a reason (ops only)
     * @description Rejects a booking in manual_review with a reason (ops role); its tables are freed. Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes. A repeated call finds the booking already in the new status and answers 409 invalid_transition, so a double submit never applies twice.
     *
     *     **Retries.** Takes no Idempotency-Key: after a lost answer, read the resource to see whether the change was made before sending it again.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `erasure_not_confirmed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `guest_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `payload_too_large` (413), `unsupported_media_type` (415), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    post: operations['adminRejectBooking'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/api/bookings/{id}/undo-no-show': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Undo a no-show within the restaurant's window (ops only)
     * @description Undoes a no-show within the restaurant’s window (ops role); 409 when the window has passed or a table was given away. Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes. A repeated call finds the booking already in the new status and answers 409 invalid_transition, so a double submit never applies twice.
     *
     *     **Retries.** Takes no Idempotency-Key: after a lost answer, read the resource to see whether the change was made before sending it again.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `erasure_not_confirmed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `guest_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `payload_too_large` (413), `unsupported_media_type` (415), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    post: operations['adminUndoNoShow'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/api/changes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Changes of confirmed bookings waiting for staff, with before and after
     * @description Changes of confirmed bookings waiting for staff, with the booking before and after. Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes. Read-only; safe to retry.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `erasure_not_confirmed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    get: operations['adminListChanges'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/api/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Live booking changes of your restaurant (server-sent events)
     * @description A `ready` event on connect, then one `booking` event per committed change with {bookingId, restaurantId, status, at}, and a `ping` every 20 s.
     *
     *     **Retries.** Read-only; safe to retry.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    get: operations['adminStreamBookingEvents'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/api/floor': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Tables by zone at one instant: free, held, reserved, seated or blocked
     * @description Every table by zone at one instant: free, held, reserved, seated or blocked, with the booking on it. Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes. Read-only; safe to retry.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `erasure_not_confirmed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    get: operations['adminGetFloor'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/api/guest-lookup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Earlier guests whose name, phone or email contains the text
     * @description Each contact once, most recently booked first (at most 8), so staff pick a guest instead of typing them again. Problems: validation_failed.
     *
     *     **Retries.** Read-only; safe to retry.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `erasure_not_confirmed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    get: operations['lookUpGuests'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/api/guests/{id}/erase': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Erase a guest's personal data; their bookings stay as anonymous statistics (managers)
     * @description Removes, in one transaction, the guest's name, contact, language, tags, allergies, dietary notes, notes, consent and every free text of their bookings (notes, reasons, event data, changes, outbox and webhook bodies), and deletes the keys that seal their data in Temporal payloads; then purges Redis. Bookings keep date, party, status, channel and tables. Bookings still in progress are listed in `inProgressBookings`: nothing is cancelled. Needs `confirm` equal to the guest's id (else 400 `erasure_not_confirmed`). A second erasure answers the first receipt (`alreadyErased`). Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes.
     *
     *     **Retries.** Takes no Idempotency-Key: after a lost answer, read the resource to see whether the change was made before sending it again.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `erasure_not_confirmed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `guest_not_found` (404), `payload_too_large` (413), `unsupported_media_type` (415), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    post: operations['adminEraseGuest'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/api/guests/{id}/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Everything held about a guest, as a JSON download (managers)
     * @description The guest's profile, bookings (with their tables), booking events, changes, notes with every version, consent history, merges, conflicts, outbox events and webhook deliveries of their bookings (with the bodies as sent), the workflow ids Temporal holds for them (and whether their payloads are sealed with a key that still exists), and earlier erasure receipts. Answered as an attachment (`Content-Disposition`). Another restaurant's guest answers 404 `guest_not_found`. Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes. Read-only.
     *
     *     **Retries.** Read-only; safe to retry.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `guest_not_found` (404), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    get: operations['adminExportGuest'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/api/reviews': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Bookings in manual_review, soonest first, with why and the engine’s pick
     * @description Bookings in manual_review, soonest first, with why each went to review and the engine’s table pick. Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes. Read-only; safe to retry.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `erasure_not_confirmed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    get: operations['adminListReviews'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/api/session': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The signed-in member of staff and the CSRF token
     * @description The signed-in member of staff, their restaurant and role, and the CSRF token to send as X-CSRF-Token. Read-only; safe to retry.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    get: operations['adminGetSession'];
    put?: never;
    /**
     * Sign in to the admin UI
     * @description Sets the httpOnly, SameSite=Strict session cookie and answers the CSRF token to send with every state-changing admin request. Five failed attempts per email and address pause sign-in for 15 minutes.
     *
     *     **Retries.** Takes no Idempotency-Key: after a lost answer, read the resource to see whether the change was made before sending it again.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `erasure_not_confirmed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `payload_too_large` (413), `unsupported_media_type` (415), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    post: operations['adminSignIn'];
    /**
     * Sign out: ends the session and clears the cookie
     * @description Ends the staff session and clears its cookie. Signing out twice answers 401 the second time.
     *
     *     **Retries.** Takes no Idempotency-Key: after a lost answer, read the resource to see whether the change was made before sending it again.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    delete: operations['adminSignOut'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/api/setup/blocks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Table and zone blocks not over yet
     * @description Table and zone blocks not over yet. Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes. Read-only; safe to retry.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    get: operations['adminListBlocks'];
    put?: never;
    /**
     * Block a table or zone for a time (managers)
     * @description Takes a table or zone out of service for a time (manager role); bookings there are listed, never dropped. Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes.
     *
     *     **Retries.** Takes no Idempotency-Key: after a lost answer, read the resource to see whether the change was made before sending it again.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `erasure_not_confirmed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `guest_not_found` (404), `payload_too_large` (413), `unsupported_media_type` (415), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    post: operations['adminCreateBlock'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/api/setup/blocks/{blockId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * End a block (managers)
     * @description Ends a block (manager role): its tables are offered again. Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes.
     *
     *     **Retries.** Takes no Idempotency-Key: after a lost answer, read the resource to see whether the change was made before sending it again.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `guest_not_found` (404), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    delete: operations['adminDeleteBlock'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/api/setup/changes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The setup change log, newest first
     * @description The setup change log, newest first, paged with nextCursor. Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes. Read-only; safe to retry.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `erasure_not_confirmed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    get: operations['adminListSetupChanges'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/api/setup/exceptions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Closed dates and special hours from today on
     * @description Closed dates and special hours from today on. Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes. Read-only; safe to retry.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    get: operations['adminListExceptions'];
    put?: never;
    /**
     * Close a date or give it special hours (managers)
     * @description Closes a date or gives it special hours (manager role); overlapping exceptions answer 409 overlapping_exception. Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes.
     *
     *     **Retries.** Takes no Idempotency-Key: after a lost answer, read the resource to see whether the change was made before sending it again.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `erasure_not_confirmed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `payload_too_large` (413), `unsupported_media_type` (415), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    post: operations['adminCreateException'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/api/setup/exceptions/{exceptionId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Remove an exception (managers)
     * @description Removes an exception (manager role): the weekday hours apply again. Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes.
     *
     *     **Retries.** Takes no Idempotency-Key: after a lost answer, read the resource to see whether the change was made before sending it again.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `guest_not_found` (404), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    delete: operations['adminDeleteException'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/api/setup/hours': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Weekly hours and pacing
     * @description Weekly service periods and pacing rules. Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes. Read-only; safe to retry.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    get: operations['adminGetHours'];
    /**
     * Replace weekly hours and pacing (managers)
     * @description Replaces the weekly hours and pacing (manager role); bookings they no longer cover are listed, never cancelled. Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes. Replacing twice with the same hours leaves the same hours.
     *
     *     **Retries.** Takes no Idempotency-Key: after a lost answer, read the resource to see whether the change was made before sending it again.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `erasure_not_confirmed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `payload_too_large` (413), `unsupported_media_type` (415), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    put: operations['adminReplaceHours'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/api/setup/policy': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Change details and booking policy (managers)
     * @description Changes the restaurant’s details and booking policy, only the fields given (manager role). One transaction with its change-log row. Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes. Sending the same change twice leaves the same policy.
     *
     *     **Retries.** Takes no Idempotency-Key: after a lost answer, read the resource to see whether the change was made before sending it again.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `erasure_not_confirmed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `payload_too_large` (413), `unsupported_media_type` (415), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    patch: operations['adminUpdatePolicy'];
    trace?: never;
  };
  '/admin/api/setup/restaurant': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The restaurant as agents see it: policy, contact, the coming weeks
     * @description The restaurant as agents see it (getRestaurant): policy, contact and the coming weeks. Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes. Read-only; safe to retry.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    get: operations['adminGetRestaurant'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/api/setup/tables': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Tables
     * @description The restaurant’s tables with zone, covers, active flag and combinable neighbours. Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes. Read-only; safe to retry.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    get: operations['adminListTables'];
    put?: never;
    /**
     * Add a table (managers)
     * @description Adds a table (manager role); a duplicate label answers 409 duplicate_table_label. Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes.
     *
     *     **Retries.** Takes no Idempotency-Key: after a lost answer, read the resource to see whether the change was made before sending it again.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `erasure_not_confirmed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `guest_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `payload_too_large` (413), `unsupported_media_type` (415), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    post: operations['adminCreateTable'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/api/setup/tables/{tableId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Delete a table no booking used (managers)
     * @description Deletes a table no booking used (manager role); deactivate it instead when bookings name it (409). Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes.
     *
     *     **Retries.** Takes no Idempotency-Key: after a lost answer, read the resource to see whether the change was made before sending it again.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `guest_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    delete: operations['adminDeleteTable'];
    options?: never;
    head?: never;
    /**
     * Change, combine or deactivate a table (managers)
     * @description Changes, combines or deactivates a table (manager role); bookings that no longer fit are listed. Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes. Sending the same change twice leaves the same table.
     *
     *     **Retries.** Takes no Idempotency-Key: after a lost answer, read the resource to see whether the change was made before sending it again.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `erasure_not_confirmed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `guest_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `payload_too_large` (413), `unsupported_media_type` (415), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    patch: operations['adminUpdateTable'];
    trace?: never;
  };
  '/admin/api/setup/webhooks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Webhook endpoints with their latest deliveries
     * @description The restaurant's webhook endpoints (never their secrets), each with its 10 latest deliveries, and the event types an endpoint may subscribe to. Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes. Read-only; safe to retry.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    get: operations['adminListWebhookEndpoints'];
    put?: never;
    /**
     * Register a webhook endpoint (managers; its secret is in the answer, once)
     * @description Creates an endpoint of the staff member's restaurant (manager role). The answer carries `secret`, shown only here. Problems: `validation_failed`, `invalid_webhook_url`. Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes.
     *
     *     **Retries.** Takes no Idempotency-Key: after a lost answer, read the resource to see whether the change was made before sending it again.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `erasure_not_confirmed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `payload_too_large` (413), `unsupported_media_type` (415), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    post: operations['adminCreateWebhookEndpoint'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/api/setup/webhooks/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Remove a webhook endpoint and its delivery history (managers)
     * @description Nothing more is sent to it (manager role). Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes.
     *
     *     **Retries.** Takes no Idempotency-Key: after a lost answer, read the resource to see whether the change was made before sending it again.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `guest_not_found` (404), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    delete: operations['adminDeleteWebhookEndpoint'];
    options?: never;
    head?: never;
    /**
     * Change a webhook endpoint (managers)
     * @description Changes only the fields sent (manager role); `enabled: true` re-enables an endpoint the relay disabled. Sending the same change twice leaves the same endpoint. Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes.
     *
     *     **Retries.** Takes no Idempotency-Key: after a lost answer, read the resource to see whether the change was made before sending it again.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `erasure_not_confirmed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `guest_not_found` (404), `payload_too_large` (413), `unsupported_media_type` (415), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    patch: operations['adminUpdateWebhookEndpoint'];
    trace?: never;
  };
  '/admin/api/setup/webhooks/{id}/deliveries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * An endpoint’s deliveries, newest first
     * @description Status, attempts, last response code and latency of each message; page with `before`. Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes. Read-only; safe to retry.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `erasure_not_confirmed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `guest_not_found` (404), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    get: operations['adminListWebhookDeliveries'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/api/setup/webhooks/{id}/deliveries/{deliveryId}/redeliver': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send a past message again (managers)
     * @description The same message (same `webhook-id` and body, a fresh signature) with a new round of retries; its total attempts count on (manager role). Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes.
     *
     *     **Retries.** Takes no Idempotency-Key: after a lost answer, read the resource to see whether the change was made before sending it again.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `guest_not_found` (404), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    post: operations['adminRedeliverWebhook'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/api/setup/webhooks/{id}/rotate-secret': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Issue a new signing secret; the old one keeps signing for 24 h (managers)
     * @description The new secret is in this answer only (manager role). Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes.
     *
     *     **Retries.** Takes no Idempotency-Key: after a lost answer, read the resource to see whether the change was made before sending it again.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `guest_not_found` (404), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    post: operations['adminRotateWebhookSecret'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/api/setup/webhooks/{id}/test': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send a signed `webhook.test` ping (managers)
     * @description Queues a ping the relay sends like any event; its row in the endpoint's deliveries shows the outcome (manager role). Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes.
     *
     *     **Retries.** Takes no Idempotency-Key: after a lost answer, read the resource to see whether the change was made before sending it again.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `guest_not_found` (404), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    post: operations['adminPingWebhookEndpoint'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/api/setup/widget-keys': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The restaurant's publishable keys, newest first
     * @description The restaurant's publishable keys (never the keys themselves; secret keys are not listed), newest first, paged with nextCursor, and what the embed snippet needs besides the key (the script's URL, the restaurant's slug). Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes. Read-only; safe to retry.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `erasure_not_confirmed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `guest_not_found` (404), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    get: operations['adminListWidgetKeys'];
    put?: never;
    /**
     * Create a publishable key for the booking widget (managers; the key is in the answer, once)
     * @description Creates a publishable key (tk_pub_…) of the staff member's restaurant (manager role) for the listed origins: it reads the restaurant and its availability and places new holds and bookings, nothing else. The answer carries `key`, shown only here. Problems: `validation_failed`. Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes.
     *
     *     **Retries.** Takes no Idempotency-Key: after a lost answer, read the resource to see whether the change was made before sending it again.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `erasure_not_confirmed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `payload_too_large` (413), `unsupported_media_type` (415), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    post: operations['adminCreateWidgetKey'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/api/setup/widget-keys/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Revoke a publishable key: it stops working at once, on every gateway (managers)
     * @description Revokes one of the restaurant's publishable keys (manager role); a secret key or another restaurant's key answers 404 `api_key_not_found`. Revoking a revoked key answers it unchanged. Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes.
     *
     *     **Retries.** Takes no Idempotency-Key: after a lost answer, read the resource to see whether the change was made before sending it again.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `guest_not_found` (404), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    delete: operations['adminRevokeWidgetKey'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/api/setup/zones': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Zones
     * @description The restaurant’s zones. Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes. Read-only; safe to retry.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    get: operations['adminListZones'];
    put?: never;
    /**
     * Add a zone (managers)
     * @description Adds a zone (manager role); a second zone of the same name answers 409 duplicate_zone_name. Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes.
     *
     *     **Retries.** Takes no Idempotency-Key: after a lost answer, read the resource to see whether the change was made before sending it again.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `erasure_not_confirmed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `payload_too_large` (413), `unsupported_media_type` (415), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    post: operations['adminCreateZone'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/api/setup/zones/{zoneId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Delete an empty zone (managers)
     * @description Deletes a zone without tables (manager role); 409 zone_has_tables otherwise. Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes.
     *
     *     **Retries.** Takes no Idempotency-Key: after a lost answer, read the resource to see whether the change was made before sending it again.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `guest_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    delete: operations['adminDeleteZone'];
    options?: never;
    head?: never;
    /**
     * Rename or reorder a zone (managers)
     * @description Renames or reorders a zone (manager role). Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes. Sending the same change twice leaves the same zone.
     *
     *     **Retries.** Takes no Idempotency-Key: after a lost answer, read the resource to see whether the change was made before sending it again.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `erasure_not_confirmed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `guest_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `payload_too_large` (413), `unsupported_media_type` (415), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    patch: operations['adminUpdateZone'];
    trace?: never;
  };
  '/admin/api/walk-ins': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Seat a walk-in party now at free tables (ops only): a booking that starts checked in
     * @description Placed through the booking workflow at the current start time (notice does not apply), at the tables given, channel `walk_in`, and checked in in the same transaction: it is never seen confirmed. Idempotent on Idempotency-Key. Problems: tables_unavailable (the tables are taken or too small), no_capacity, restaurant_closed, closed_on_date, party_size_out_of_range.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `erasure_not_confirmed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `payload_too_large` (413), `unsupported_media_type` (415), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    post: operations['seatWalkIn'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/codec/decode': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Decrypt Temporal payloads (needs the temporal:codec scope)
     * @description The Temporal Codec Server endpoint: the Temporal UI or CLI posts the encrypted payloads of a booking history and gets them back readable. For engineers with a `temporal:codec` key, never for agents. Payloads that were not encrypted come back unchanged. Writes nothing; safe to retry.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `erasure_not_confirmed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `payload_too_large` (413), `unsupported_media_type` (415), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `rate_limited` (429).
     */
    post: operations['decodePayloads'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/codec/encode': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Encrypt Temporal payloads (needs the temporal:codec scope)
     * @description The other half of the Codec Server: encrypts payloads the way the worker does, for starting or signalling workflows from the Temporal UI or CLI with encrypted input. Use decodePayloads to read a history. Writes nothing; safe to retry.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `erasure_not_confirmed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `payload_too_large` (413), `unsupported_media_type` (415), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `rate_limited` (429).
     */
    post: operations['encodePayloads'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Liveness: the process is up
     * @description Answers 200 while the process is up, without touching any dependency. For liveness probes; use getReadiness to decide whether to send traffic. Read-only; safe to retry.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: none.
     */
    get: operations['getLiveness'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health/ready': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Readiness: Postgres, Redis and Temporal answer, and the gateway is not saturated
     * @description 503 with status `saturated` while more than half of a request kind's admission queue waits: a load balancer should send new traffic elsewhere until it drains. `admission` shows each kind's requests in progress, queued and shed.
     *
     *     **Retries.** Read-only; safe to retry.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    get: operations['getReadiness'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/mcp': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * MCP: open the session's server-to-client stream (text/event-stream)
     * @description Opens the session’s server-to-client event stream (Streamable HTTP). Needs Mcp-Session-Id from initialize.
     *
     *     **Retries.** Read-only; safe to retry.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `rate_limited` (429).
     */
    get: operations['openMcpStream'];
    put?: never;
    /**
     * MCP: send a JSON-RPC message
     * @description Model Context Protocol, Streamable HTTP transport. Send initialize without Mcp-Session-Id to open a session; see README "MCP server" for the tools. Accept: application/json, text/event-stream.
     *
     *     **Retries.** Takes no Idempotency-Key: after a lost answer, read the resource to see whether the change was made before sending it again.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `guest_not_found` (404), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `rate_limited` (429).
     */
    post: operations['postMcpMessage'];
    /**
     * MCP: end the session
     * @description Ends an MCP session (Streamable HTTP transport); its Mcp-Session-Id stops working and a client starts a new one with an initialize POST. An unknown or already ended session answers HTTP 404 with a JSON-RPC error, so a retry after a lost answer does no harm.
     *
     *     **Retries.** Takes no Idempotency-Key: after a lost answer, read the resource to see whether the change was made before sending it again.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `rate_limited` (429).
     */
    delete: operations['endMcpSession'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/api-keys': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * API keys of the caller's restaurants, newest first
     * @description API keys of the caller’s restaurants, newest first, paged with nextCursor. Never the secrets. Read-only; safe to retry.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `erasure_not_confirmed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    get: operations['listApiKeys'];
    put?: never;
    /**
     * Create an API key (the key is in the answer, once)
     * @description Creates an API key for one of the caller’s restaurants with the scopes and rate limits given (api-keys:admin scope). The secret key is in this answer only, never again. Idempotent: send an Idempotency-Key; a retry with the same key and body answers the first answer again (Idempotent-Replayed: true), the same key with another body answers 422 idempotency_key_reused.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `erasure_not_confirmed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `guest_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `payload_too_large` (413), `unsupported_media_type` (415), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    post: operations['createApiKey'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/api-keys/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One API key (never the key itself)
     * @description One API key’s scopes, limits and last use. Never the secret. Read-only; safe to retry.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `guest_not_found` (404), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    get: operations['getApiKey'];
    put?: never;
    post?: never;
    /**
     * Revoke an API key: it stops working at once, on every gateway
     * @description Revokes an API key: it stops working at once on every gateway. Revoking a revoked key answers it unchanged. Idempotent: send an Idempotency-Key; a retry with the same key and body answers the first answer again (Idempotent-Replayed: true), the same key with another body answers 422 idempotency_key_reused.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `erasure_not_confirmed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `guest_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    delete: operations['revokeApiKey'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/api-keys/publishable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create a publishable key (tk_pub_…) for a booking widget on the restaurant’s site
     * @description The key may sit in a web page: it reads the restaurant and its availability and places new holds and bookings, from the listed origins only (CORS), and nothing else; each booking it places comes with the guest’s manage link. Idempotent by Idempotency-Key. Problems: validation_failed, restaurant_not_found, insufficient_scope.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `erasure_not_confirmed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `guest_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `payload_too_large` (413), `unsupported_media_type` (415), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    post: operations['createPublishableKey'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/bookings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Find a guest's upcoming bookings by phone or e-mail ("find my booking")
     * @description Exactly one of `phone` (any format; read as E.164 with each restaurant's country) or `email`. Answers the upcoming bookings (held, confirmed, in review) of that guest at the restaurants of this key only, soonest first, at most 20, so an agent can then change or cancel one. A number nobody has answers the same shape with no items. Safe to repeat. Counts against the reads budget and a lookup budget of its own (30 per minute per key); 429 rate_limited when spent. Problems: validation_failed (field phone or email).
     *
     *     **Retries.** Read-only; safe to retry.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `erasure_not_confirmed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    get: operations['findBookingsByGuestContact'];
    put?: never;
    /**
     * Book a table
     * @description Runs hold → capacity verify → table assignment → confirmed or manual_review, and answers with the outcome. Use it when the guest has decided; to keep a table while they decide, use createHold and confirmHold. When the party does not fit: 409 no_capacity with `alternatives` (the nearest free times) to offer, then book one with a new Idempotency-Key. 202 when the workflow has not answered within the deadline: poll getBooking at the Location. Idempotent: send an Idempotency-Key; a retry with the same key and body answers the first answer again (Idempotent-Replayed: true), the same key with another body answers 422 idempotency_key_reused.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `erasure_not_confirmed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `guest_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `payload_too_large` (413), `unsupported_media_type` (415), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    post: operations['createBooking'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/bookings/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A booking with its event history
     * @description A booking with its guest, notes, channel and event history. Use it to poll after a 202 from createBooking, or before modifyBooking: it answers `ETag: "<version>"` to send back as If-Match. Read-only; safe to retry.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `guest_not_found` (404), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    get: operations['getBooking'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Change a booking: time, party size, seating preference, notes, guest contact
     * @description The booking keeps its id, workflow and history. Its new time and tables are held and re-verified (party limits, hours, pacing, a free table set) and swapped in one transaction; its timers move with it. When the change does not fit: 409 no_capacity with alternatives, the booking untouched. A party growing past the auto-confirm limit puts the change (not the booking) under staff review: 202 with `pendingChange`. A held booking changes its hold. Checked-in and finished bookings refuse with invalid_transition.
     *
     *     **Retries.** Idempotent: send an Idempotency-Key; a retry with the same key and body answers the first answer again (Idempotent-Replayed: true), the same key with another body answers 422 idempotency_key_reused.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `erasure_not_confirmed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `guest_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `version_mismatch` (412), `payload_too_large` (413), `unsupported_media_type` (415), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    patch: operations['modifyBooking'];
    trace?: never;
  };
  '/v1/bookings/{id}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Approve a booking in manual_review
     * @description Approves a booking in manual_review (reviews:write scope): it becomes confirmed at the tables the engine picked. Use rejectBooking to refuse it. Idempotent: send an Idempotency-Key; a retry with the same key and body answers the first answer again (Idempotent-Replayed: true), the same key with another body answers 422 idempotency_key_reused.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `erasure_not_confirmed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `guest_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `payload_too_large` (413), `unsupported_media_type` (415), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    post: operations['approveBooking'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/bookings/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Cancel a booking (any status before checked_in), with a reason code from the catalog
     * @description Cancels a booking in any status before checked_in, with a reason code from the catalog; its tables are freed at once. Use instead of letting a hold expire when the guest says no. Idempotent: send an Idempotency-Key; a retry with the same key and body answers the first answer again (Idempotent-Replayed: true), the same key with another body answers 422 idempotency_key_reused.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `erasure_not_confirmed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `guest_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `payload_too_large` (413), `unsupported_media_type` (415), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    post: operations['cancelBooking'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/bookings/{id}/check-in': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Seat a confirmed booking
     * @description Seats a confirmed booking when the party arrives; stops its no-show timer. Idempotent: send an Idempotency-Key; a retry with the same key and body answers the first answer again (Idempotent-Replayed: true), the same key with another body answers 422 idempotency_key_reused.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `erasure_not_confirmed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `guest_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    post: operations['checkInBooking'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/bookings/{id}/manage-link': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The guest’s manage link of a booking (the same link again while it is live)
     * @description For any channel that gives the guest a link (SMS, chat, email). Valid until the booking ends or the link is revoked. Idempotent by nature: asked again, the same link. Problems: booking_not_found, insufficient_scope, publishable_key_not_allowed.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `guest_not_found` (404), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    post: operations['createManageLink'];
    /**
     * Revoke the booking’s manage links: they stop working at once
     * @description A new link can be created afterwards. Idempotent. Problems: booking_not_found, insufficient_scope.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `guest_not_found` (404), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    delete: operations['revokeManageLinks'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/bookings/{id}/no-show': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Mark a confirmed booking a no-show (only after its start time)
     * @description Marks a confirmed booking a no-show once its start time has passed (the workflow also does this on its own after the grace period). Undo it with undoNoShow within the restaurant’s window. Idempotent: send an Idempotency-Key; a retry with the same key and body answers the first answer again (Idempotent-Replayed: true), the same key with another body answers 422 idempotency_key_reused.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `erasure_not_confirmed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `guest_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `payload_too_large` (413), `unsupported_media_type` (415), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    post: operations['markNoShow'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/bookings/{id}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Reject a booking in manual_review
     * @description Rejects a booking in manual_review with a reason (reviews:write scope); its tables are freed. Idempotent: send an Idempotency-Key; a retry with the same key and body answers the first answer again (Idempotent-Replayed: true), the same key with another body answers 422 idempotency_key_reused.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `erasure_not_confirmed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `guest_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `payload_too_large` (413), `unsupported_media_type` (415), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    post: operations['rejectBooking'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/bookings/{id}/undo-no-show': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Undo a no-show within the restaurant's window (undoNoShowWindowSeconds)
     * @description The booking is confirmed again at its tables; 409 when the window has passed or a table was given away.
     *
     *     **Retries.** Idempotent: send an Idempotency-Key; a retry with the same key and body answers the first answer again (Idempotent-Replayed: true), the same key with another body answers 422 idempotency_key_reused.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `erasure_not_confirmed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `guest_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `payload_too_large` (413), `unsupported_media_type` (415), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    post: operations['undoNoShow'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/holds': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Hold capacity
     * @description Holds tables for the party until holdExpiresAt (the restaurant’s hold TTL); confirm it with confirmHold, or let it expire on its own (or cancelBooking it) when the guest says no. Use it while the guest still decides; use createBooking when they have. Same body, problems and alternatives as createBooking. Idempotent: send an Idempotency-Key; a retry with the same key and body answers the first answer again (Idempotent-Replayed: true), the same key with another body answers 422 idempotency_key_reused.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `erasure_not_confirmed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `guest_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `payload_too_large` (413), `unsupported_media_type` (415), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    post: operations['createHold'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/holds/{id}/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Confirm a hold: verify, assign tables, confirm or send to review
     * @description Turns a hold from createHold into a booking: capacity is verified again, tables assigned, and the booking is confirmed or sent to manual_review. A hold past its holdExpiresAt answers 409 invalid_transition: create a new hold. Idempotent: send an Idempotency-Key; a retry with the same key and body answers the first answer again (Idempotent-Replayed: true), the same key with another body answers 422 idempotency_key_reused.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `erasure_not_confirmed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `guest_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    post: operations['confirmHold'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/manage/{token}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The booking a manage link opens
     * @description What the guest sees: status, time, party, their details and the restaurant. Every use of the link is recorded. Problems: manage_link_invalid (forged, mistyped or revoked), manage_link_expired (the booking has ended), rate_limited (per client address).
     *
     *     **Retries.** Read-only; safe to retry.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `guest_not_found` (404), `manage_link_expired` (410), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    get: operations['getManagedBooking'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * The guest changes the time or party size of their booking
     * @description Through the same command path as PATCH /v1/bookings/{id}: the new time is held and re-verified within the restaurant’s policy. Problems: no_capacity (with alternatives), party_size_out_of_range, starts_at_in_past, restaurant_closed, change_pending, invalid_transition, manage_link_invalid, manage_link_expired. A retry with the same Idempotency-Key attaches to the first change.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `erasure_not_confirmed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `guest_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `manage_link_expired` (410), `payload_too_large` (413), `unsupported_media_type` (415), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    patch: operations['changeManagedBooking'];
    trace?: never;
  };
  '/v1/manage/{token}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The guest cancels their booking
     * @description Cancelled with reason code guest_request through the booking’s workflow. Idempotent: a cancelled booking answers as it is. Problems: invalid_transition (checked in or finished), manage_link_invalid, manage_link_expired.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `guest_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `manage_link_expired` (410), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    post: operations['cancelManagedBooking'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/manage/{token}/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The guest confirms the widget’s hold with their details
     * @description Records the guest’s name, phone, email and notes on the hold, then confirms it (verify, assign, confirmed or manual_review). A retry after success answers the placed booking. Problems: validation_failed, invalid_transition (the hold lapsed: expired), manage_link_invalid, manage_link_expired.
     *
     *     **Retries.** Send an Idempotency-Key to make a retry safe: the same key and body answer the first answer again (Idempotent-Replayed: true). Without one, a retry after a lost answer runs again.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `erasure_not_confirmed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `guest_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `manage_link_expired` (410), `payload_too_large` (413), `unsupported_media_type` (415), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    post: operations['confirmManagedHold'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/restaurants': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The caller's restaurants, each with what an agent needs to know (as GET /v1/restaurants/{id})
     * @description The restaurants this API key may book, each with what getRestaurant answers. Start here to find a restaurant id. Read-only; safe to retry.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    get: operations['listRestaurants'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/restaurants/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A restaurant as an agent needs it
     * @description Hours and exceptions for the coming four weeks in the restaurant’s timezone, party-size limits, which parties go to manual review, booking window and notice, start-time grid, hold TTL, cancellation policy, zones offered as seating preferences, and contact.
     *
     *     **Retries.** Read-only; safe to retry.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `guest_not_found` (404), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    get: operations['getRestaurant'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/restaurants/{id}/availability': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Bookable times of a day for a party
     * @description Every start time of the restaurant's local day with whether the party can have it, remaining covers and zones. Give `time` to get the nearest free alternatives to a wanted time. Call it before createBooking or createHold; availability is advisory, the booking itself decides. Past times and closed days give an empty list. Read-only; safe to retry.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `erasure_not_confirmed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `guest_not_found` (404), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    get: operations['getAvailability'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/restaurants/{id}/blocks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Table and zone blocks not over yet
     * @description Table and zone blocks not over yet: tables taken out of service for a while (unlike a closed date, which closes the whole restaurant). Availability already leaves them out. Read-only; safe to retry.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `guest_not_found` (404), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    get: operations['listBlocks'];
    put?: never;
    /**
     * Take a table or zone out of service for a time; bookings there are listed, never dropped
     * @description Takes a table or zone out of service for a time (setup:write scope); bookings there are listed, never dropped. Idempotent: send an Idempotency-Key; a retry with the same key and body answers the first answer again (Idempotent-Replayed: true), the same key with another body answers 422 idempotency_key_reused.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `erasure_not_confirmed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `guest_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `payload_too_large` (413), `unsupported_media_type` (415), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    post: operations['createBlock'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/restaurants/{id}/blocks/{blockId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * End a block: its tables are offered again
     * @description Ends a block: its tables are offered again (setup:write scope). Idempotent: send an Idempotency-Key; a retry with the same key and body answers the first answer again (Idempotent-Replayed: true), the same key with another body answers 422 idempotency_key_reused.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `erasure_not_confirmed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `guest_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    delete: operations['deleteBlock'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/restaurants/{id}/exceptions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Closed dates and special hours from today on
     * @description Closed dates and special hours from today on, as createException wrote them. Availability and bookings already follow them; read them to show a guest why a day is closed. Read-only; safe to retry.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `guest_not_found` (404), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    get: operations['listExceptions'];
    put?: never;
    /**
     * Close a date (or range) or give it special hours
     * @description `{"date": "2026-12-25", "closed": true, "reason": "Christmas"}`, or `{"startsOn", "endsOn", "closed": false, "periods": [{"name", "opens", "closes", "lastSeating"}]}`. Live bookings on those dates are listed in `affectedBookings`, never cancelled.
     *
     *     **Retries.** Idempotent: send an Idempotency-Key; a retry with the same key and body answers the first answer again (Idempotent-Replayed: true), the same key with another body answers 422 idempotency_key_reused.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `erasure_not_confirmed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `guest_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `payload_too_large` (413), `unsupported_media_type` (415), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    post: operations['createException'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/restaurants/{id}/exceptions/{exceptionId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Remove an exception: the weekday hours apply again
     * @description Removes an exception: the weekday hours apply again on those dates (setup:write scope). Idempotent: send an Idempotency-Key; a retry with the same key and body answers the first answer again (Idempotent-Replayed: true), the same key with another body answers 422 idempotency_key_reused.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `erasure_not_confirmed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `guest_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    delete: operations['deleteException'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/restaurants/{id}/hours': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Weekly service periods and pacing rules
     * @description Weekly service periods (opens, closes, last seating) and pacing rules. Read-only; safe to retry.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `guest_not_found` (404), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    get: operations['getHours'];
    /**
     * Replace the weekly hours (and pacing, when given); bookings they no longer cover are listed
     * @description Replaces the weekly hours, and pacing when given (setup:write scope); live bookings they no longer cover are listed in the answer, never cancelled. Idempotent: send an Idempotency-Key; a retry with the same key and body answers the first answer again (Idempotent-Replayed: true), the same key with another body answers 422 idempotency_key_reused.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `erasure_not_confirmed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `guest_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `payload_too_large` (413), `unsupported_media_type` (415), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    put: operations['replaceHours'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/restaurants/{id}/policy': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Change the restaurant’s details and booking policy (only the fields given)
     * @description Changes the restaurant’s details and booking policy, only the fields given (setup:write scope); agents see it at once in getRestaurant. Idempotent: send an Idempotency-Key; a retry with the same key and body answers the first answer again (Idempotent-Replayed: true), the same key with another body answers 422 idempotency_key_reused.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `erasure_not_confirmed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `guest_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `payload_too_large` (413), `unsupported_media_type` (415), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    patch: operations['updatePolicy'];
    trace?: never;
  };
  '/v1/restaurants/{id}/setup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The whole setup as one document (import it back with PUT, or with the CLI)
     * @description Restaurant details, policy, zones, tables with their combinations, weekly hours and pacing, and exceptions from today on, as a `SetupDocumentInput`; table blocks are day-to-day operations and not part of it. Safe and idempotent.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `guest_not_found` (404), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    get: operations['exportRestaurantSetup'];
    /**
     * Replace the whole setup by a document, all or nothing
     * @description Validated as a whole: every field error (400 validation_failed) or inconsistency (422 invalid_setup, e.g. a table in an unknown zone, a combination with an unknown label, overlapping periods or exceptions; `errors[].field` is the path such as `tables[3].zone`) is answered at once, and a refused document writes nothing. Tables the document leaves out are deactivated, empty zones it leaves out are deleted, exceptions from today on are replaced; bookings the new setup leaves without a table or time are listed, never touched. `restaurant.slug` must be this restaurant’s (422 slug_mismatch). Importing the same document twice leaves the same setup.
     *
     *     **Retries.** Idempotent: send an Idempotency-Key; a retry with the same key and body answers the first answer again (Idempotent-Replayed: true), the same key with another body answers 422 idempotency_key_reused.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `erasure_not_confirmed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `guest_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `payload_too_large` (413), `unsupported_media_type` (415), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    put: operations['importRestaurantSetup'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/restaurants/{id}/setup-changes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The change log of the setup: who changed what, when, before and after; newest first
     * @description The setup change log: who changed what, when, with before and after, newest first (admin scope). Read-only; safe to retry.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `erasure_not_confirmed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `guest_not_found` (404), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    get: operations['listSetupChanges'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/restaurants/{id}/tables': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Tables with their zone, covers, active flag and combinable neighbours
     * @description Tables with their zone, covers, active flag and combinable neighbours. Read-only; safe to retry.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `guest_not_found` (404), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    get: operations['listTables'];
    put?: never;
    /**
     * Add a table; the very next booking may be seated at it
     * @description Adds a table (setup:write scope); the very next booking may be seated at it. Idempotent: send an Idempotency-Key; a retry with the same key and body answers the first answer again (Idempotent-Replayed: true), the same key with another body answers 422 idempotency_key_reused.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `erasure_not_confirmed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `guest_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `payload_too_large` (413), `unsupported_media_type` (415), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    post: operations['createTable'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/restaurants/{id}/tables/{tableId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Delete a table no booking used; one future bookings hold answers 409 with them
     * @description Deletes a table no booking used (setup:write scope); while future bookings hold it the answer is 409 table_has_future_bookings with them: deactivate it instead. Idempotent: send an Idempotency-Key; a retry with the same key and body answers the first answer again (Idempotent-Replayed: true), the same key with another body answers 422 idempotency_key_reused.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `erasure_not_confirmed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `guest_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    delete: operations['deleteTable'];
    options?: never;
    head?: never;
    /**
     * Change a table (deactivate with active=false); bookings that no longer fit it are listed
     * @description Changes a table, or deactivates it with active=false (setup:write scope); bookings that no longer fit it are listed. Idempotent: send an Idempotency-Key; a retry with the same key and body answers the first answer again (Idempotent-Replayed: true), the same key with another body answers 422 idempotency_key_reused.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `erasure_not_confirmed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `guest_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `payload_too_large` (413), `unsupported_media_type` (415), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    patch: operations['updateTable'];
    trace?: never;
  };
  '/v1/restaurants/{id}/zones': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Zones (the seating preferences a guest may ask for)
     * @description Zones of the restaurant in display order: the names a booking’s `seatingPreference` may ask for and availability reports per slot. Read-only; safe to retry.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `guest_not_found` (404), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    get: operations['listZones'];
    put?: never;
    /**
     * Add a zone
     * @description Adds a zone (setup:write scope); a duplicate name answers 409 duplicate_zone_name. Idempotent: send an Idempotency-Key; a retry with the same key and body answers the first answer again (Idempotent-Replayed: true), the same key with another body answers 422 idempotency_key_reused.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `erasure_not_confirmed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `guest_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `payload_too_large` (413), `unsupported_media_type` (415), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    post: operations['createZone'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/restaurants/{id}/zones/{zoneId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Delete an empty zone
     * @description Deletes a zone without tables (setup:write scope); 409 zone_has_tables otherwise. Idempotent: send an Idempotency-Key; a retry with the same key and body answers the first answer again (Idempotent-Replayed: true), the same key with another body answers 422 idempotency_key_reused.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `erasure_not_confirmed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `guest_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    delete: operations['deleteZone'];
    options?: never;
    head?: never;
    /**
     * Rename or reorder a zone
     * @description Renames or reorders a zone (setup:write scope). Idempotent: send an Idempotency-Key; a retry with the same key and body answers the first answer again (Idempotent-Replayed: true), the same key with another body answers 422 idempotency_key_reused.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `erasure_not_confirmed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `guest_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `payload_too_large` (413), `unsupported_media_type` (415), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    patch: operations['updateZone'];
    trace?: never;
  };
  '/v1/webhook-endpoints': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Webhook endpoints of the caller’s restaurants
     * @description Oldest first, never their secrets. Problems: `restaurant_not_found` for a foreign `restaurantId`.
     *
     *     **Retries.** Read-only; safe to retry.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `erasure_not_confirmed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `guest_not_found` (404), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    get: operations['listWebhookEndpoints'];
    put?: never;
    /**
     * Register a webhook endpoint (its secret is in the answer, once)
     * @description Creates an endpoint for one of the caller’s restaurants. The answer carries `secret` (`whsec_…`), shown only here (a retry with the same Idempotency-Key replays this answer). Needs an Idempotency-Key. Problems: `validation_failed` (unknown event type, bad field), `restaurant_not_found`, `invalid_webhook_url` (http outside development, credentials, internal address).
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `erasure_not_confirmed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `guest_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `payload_too_large` (413), `unsupported_media_type` (415), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    post: operations['createWebhookEndpoint'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/webhook-endpoints/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One webhook endpoint
     * @description One webhook endpoint of the key’s restaurants: its URL, the event types it receives and whether it is enabled, never its secret (rotateWebhookSecret gives a new one). Use listWebhookDeliveries to see what was sent to it. Read-only; safe to retry.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `guest_not_found` (404), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    get: operations['getWebhookEndpoint'];
    put?: never;
    post?: never;
    /**
     * Remove a webhook endpoint and its delivery history
     * @description Nothing more is sent to it. Needs an Idempotency-Key. Problems: `webhook_endpoint_not_found`.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `erasure_not_confirmed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `guest_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    delete: operations['deleteWebhookEndpoint'];
    options?: never;
    head?: never;
    /**
     * Change a webhook endpoint (URL, events, enabled, guest contact, rate limit)
     * @description Only the fields sent change; sending the same body again changes nothing more (idempotent without a key). `enabled: true` re-enables an endpoint the relay disabled; deliveries still pending resume in order. Problems: `webhook_endpoint_not_found`, `validation_failed`, `invalid_webhook_url`.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `erasure_not_confirmed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `guest_not_found` (404), `payload_too_large` (413), `unsupported_media_type` (415), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    patch: operations['updateWebhookEndpoint'];
    trace?: never;
  };
  '/v1/webhook-endpoints/{id}/deliveries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * An endpoint’s deliveries, newest first
     * @description Status, attempts, last response code and latency of each message. Page with `before` (the last id seen). Problems: `webhook_endpoint_not_found`.
     *
     *     **Retries.** Read-only; safe to retry.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `erasure_not_confirmed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `guest_not_found` (404), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    get: operations['listWebhookDeliveries'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/webhook-endpoints/{id}/deliveries/{deliveryId}/redeliver': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send a past message again
     * @description The same message (same `webhook-id` and body, a fresh timestamp and signature) with a new round of retries, whatever its status. Needs an Idempotency-Key. Problems: `webhook_endpoint_not_found`, `webhook_delivery_not_found`.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `erasure_not_confirmed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `guest_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    post: operations['redeliverWebhook'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/webhook-endpoints/{id}/rotate-secret': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Issue a new signing secret; the old one keeps signing for 24 h
     * @description For 24 h every delivery carries two signatures in `webhook-signature` (new and old secret), so receivers switch without missing a message. The new secret is in this answer only. Needs an Idempotency-Key. Problems: `webhook_endpoint_not_found`.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `erasure_not_confirmed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `guest_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    post: operations['rotateWebhookSecret'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/webhook-endpoints/{id}/test': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send a signed `webhook.test` ping
     * @description Queues a ping that the relay sends like any event (signed, retried); its delivery in the answer and in the endpoint’s deliveries shows the outcome. Needs an Idempotency-Key. Problems: `webhook_endpoint_not_found`.
     *
     *     **Problems.** Final for this request (fix it or tell the user): `validation_failed` (400), `erasure_not_confirmed` (400), `malformed_json` (400), `idempotency_key_required` (400), `invalid_idempotency_key` (400), `unauthorized` (401), `not_signed_in` (401), `invalid_credentials` (401), `csrf_token_invalid` (403), `role_forbidden` (403), `insufficient_scope` (403), `publishable_key_not_allowed` (403), `origin_not_allowed` (403), `challenge_failed` (403), `not_found` (404), `manage_link_invalid` (404), `restaurant_not_found` (404), `booking_not_found` (404), `api_key_not_found` (404), `zone_not_found` (404), `table_not_found` (404), `exception_not_found` (404), `block_not_found` (404), `webhook_endpoint_not_found` (404), `webhook_delivery_not_found` (404), `guest_not_found` (404), `no_capacity` (409), `invalid_transition` (409), `tables_unavailable` (409), `duplicate_zone_name` (409), `duplicate_table_label` (409), `zone_has_tables` (409), `table_has_future_bookings` (409), `table_has_history` (409), `overlapping_exception` (409), `change_pending` (409), `idempotency_key_reused` (422), `restaurant_closed` (422), `payload_not_decryptable` (422), `party_size_out_of_range` (422), `starts_at_in_past` (422), `beyond_booking_window` (422), `insufficient_notice` (422), `off_grid_start_time` (422), `closed_on_date` (422), `invalid_setup` (422), `channel_not_enabled` (422), `invalid_webhook_url` (422), `unknown_seating_preference` (422), `too_many_live_holds` (429), `sign_in_rate_limited` (429), `internal_error` (500). Retry after `Retry-After` seconds with the same Idempotency-Key and body: `idempotency_request_in_progress` (409), `rate_limited` (429), `service_unavailable` (503), `overloaded` (503), `database_unavailable` (503), `workflow_engine_unavailable` (503), `cache_unavailable` (503).
     */
    post: operations['pingWebhookEndpoint'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export interface webhooks {
  'booking.approved': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Staff approved the booking
     * @description A booking under review was approved by staff and is now confirmed. Signed per Standard Webhooks; answer 2xx within 15 s (410 disables the endpoint, 429/503 with Retry-After postpone).
     */
    post: operations['bookingApprovedEvent'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'booking.cancelled': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The booking was cancelled
     * @description Cancelled by the guest, an agent or staff, with a reason code. Signed per Standard Webhooks; answer 2xx within 15 s (410 disables the endpoint, 429/503 with Retry-After postpone).
     */
    post: operations['bookingCancelledEvent'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'booking.checked_in': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The party arrived
     * @description Staff seated the party. Signed per Standard Webhooks; answer 2xx within 15 s (410 disables the endpoint, 429/503 with Retry-After postpone).
     */
    post: operations['bookingCheckedInEvent'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'booking.completed': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The visit ended
     * @description The party left; the booking is complete. Signed per Standard Webhooks; answer 2xx within 15 s (410 disables the endpoint, 429/503 with Retry-After postpone).
     */
    post: operations['bookingCompletedEvent'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'booking.confirmed': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The booking is confirmed
     * @description The engine confirmed the booking at its tables (not after a staff review: that is booking.approved). Signed per Standard Webhooks; answer 2xx within 15 s (410 disables the endpoint, 429/503 with Retry-After postpone).
     */
    post: operations['bookingConfirmedEvent'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'booking.expired': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The hold expired
     * @description A hold was not confirmed in time; its tables are free again. Signed per Standard Webhooks; answer 2xx within 15 s (410 disables the endpoint, 429/503 with Retry-After postpone).
     */
    post: operations['bookingExpiredEvent'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'booking.held': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A table is held
     * @description A hold was placed; it expires unless confirmed. Signed per Standard Webhooks; answer 2xx within 15 s (410 disables the endpoint, 429/503 with Retry-After postpone).
     */
    post: operations['bookingHeldEvent'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'booking.modified': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The booking was changed
     * @description Its time, party size or tables changed (PATCH /v1/bookings/{id} or staff); `before` and `after` are the placements. Signed per Standard Webhooks; answer 2xx within 15 s (410 disables the endpoint, 429/503 with Retry-After postpone).
     */
    post: operations['bookingModifiedEvent'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'booking.no_show': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The party did not come
     * @description Marked no-show after the grace period, or by staff. Signed per Standard Webhooks; answer 2xx within 15 s (410 disables the endpoint, 429/503 with Retry-After postpone).
     */
    post: operations['bookingNoShowEvent'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'booking.no_show_undone': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A no-show was undone
     * @description Staff undid a no-show within the undo window; the booking is confirmed again. Signed per Standard Webhooks; answer 2xx within 15 s (410 disables the endpoint, 429/503 with Retry-After postpone).
     */
    post: operations['bookingNoShowUndoneEvent'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'booking.rejected': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Staff rejected the booking
     * @description A booking under review was rejected (or its review timed out). Signed per Standard Webhooks; answer 2xx within 15 s (410 disables the endpoint, 429/503 with Retry-After postpone).
     */
    post: operations['bookingRejectedEvent'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'booking.reminder': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A reminder is due
     * @description The reminder `leadSeconds` before the start (per restaurant, 24 h and 2 h by default) fell due. Signed per Standard Webhooks; answer 2xx within 15 s (410 disables the endpoint, 429/503 with Retry-After postpone).
     */
    post: operations['bookingReminderEvent'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'booking.review_required': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Staff must review the booking
     * @description The engine would not confirm on its own (party size, notes); staff approve or reject it. Signed per Standard Webhooks; answer 2xx within 15 s (410 disables the endpoint, 429/503 with Retry-After postpone).
     */
    post: operations['bookingReviewRequiredEvent'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'webhook_endpoint.disabled': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * One of the restaurant’s endpoints was disabled
     * @description Sent to the restaurant’s other endpoints when one answered 410 Gone or kept failing for days and was switched off. Signed per Standard Webhooks; answer 2xx within 15 s (410 disables the endpoint, 429/503 with Retry-After postpone).
     */
    post: operations['webhookEndpointDisabledEvent'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'webhook.test': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A test ping
     * @description Sent by POST /v1/webhook-endpoints/{id}/test to check the endpoint and its signature check. Signed per Standard Webhooks; answer 2xx within 15 s (410 disables the endpoint, 429/503 with Retry-After postpone).
     */
    post: operations['webhookTestEvent'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export interface components {
  schemas: {
    AdminBookingOutput: {
      /** @example voice */
      channel: string;
      closeReason: string | null;
      /** Format: date-time */
      endsAt: string;
      guest: components['schemas']['AdminGuestOutput'];
      /** Format: uuid */
      id: string;
      notes: string | null;
      partySize: number;
      /** @example party_size_over_auto_confirm_limit */
      reviewReason: string | null;
      /** Format: date-time */
      startsAt: string;
      /** @enum {string} */
      status:
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
      tables: components['schemas']['TableRefOutput'][];
      workflowId: string;
    };
    AdminCreateWebhookEndpointInput: {
      /** @example Front-of-house POS */
      description?: string | null;
      /** @default true */
      enabled: boolean;
      /**
       * @description Event types the endpoint receives; empty or left out: all of them (the catalog is the OpenAPI document’s `webhooks`). A `webhook.test` ping always reaches it.
       * @example [
       *       "booking.confirmed",
       *       "booking.cancelled"
       *     ]
       */
      events?: (
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
      guestContactAllowed: boolean;
      /**
       * @description Deliveries per second at most
       * @default 10
       */
      rateLimitPerSecond: number;
      /**
       * @description https (http only in development); no credentials; not an internal address
       * @example https://pos.example.com/tablekeeper/hooks
       */
      url: string;
    };
    AdminCreateWidgetKeyInput: {
      /**
       * @description Origins whose pages may use the key (CORS); scheme://host[:port]
       * @example [
       *       "https://demo-bistro.example"
       *     ]
       */
      allowedOrigins: string[];
      /**
       * @description How long the widget's holds last (never longer than the restaurant's hold TTL)
       * @default 300
       */
      holdTtlSeconds: number;
      /** @example Booking widget on demo-bistro.example */
      name: string;
      /** @default 1200 */
      readsPerMinute: number;
      /** @default 300 */
      writesPerMinute: number;
    };
    AdminGuestOutput: {
      name: string;
      /** @example +447700900123 */
      phone: string | null;
    };
    AdminWebhookEndpointOutput: {
      /** Format: date-time */
      createdAt: string;
      /** @example Front-of-house POS */
      description: string | null;
      /** Format: date-time */
      disabledAt: string | null;
      /**
       * @description gone: the receiver answered 410; failing: failed for days; manual: switched off by a person
       * @enum {string|null}
       */
      disabledReason: 'gone' | 'failing' | 'manual' | null;
      enabled: boolean;
      /**
       * @description Empty: all types
       * @example [
       *       "booking.confirmed",
       *       "booking.cancelled"
       *     ]
       */
      events: string[];
      /**
       * Format: date-time
       * @description Failing without a success since
       */
      failingSince: string | null;
      guestContactAllowed: boolean;
      /** Format: uuid */
      id: string;
      /**
       * Format: date-time
       * @description After a rotation: until when the previous secret still signs too
       */
      previousSecretExpiresAt: string | null;
      /** @example 10 */
      rateLimitPerSecond: number;
      /** @description The latest deliveries, newest first */
      recentDeliveries: components['schemas']['WebhookDeliveryOutput'][];
      /** Format: uuid */
      restaurantId: string;
      /** Format: date-time */
      updatedAt: string;
      /** @example https://pos.example.com/tablekeeper/hooks */
      url: string;
    };
    AdminWebhooksOutput: {
      endpoints: components['schemas']['AdminWebhookEndpointOutput'][];
      /** @description The event types an endpoint may subscribe to, in catalog order */
      eventTypes: components['schemas']['WebhookEventTypeOutput'][];
    };
    AdminWidgetKeyPageOutput: {
      data: components['schemas']['ApiKeyOutput'][];
      /** @description What the embed snippet needs besides the key */
      embed: components['schemas']['WidgetEmbedOutput'];
      /** @description Pass as cursor for the next page; null on the last page */
      nextCursor?: string | null;
    };
    AffectedBookingOutput: {
      /** Format: date-time */
      endsAt: string;
      /** Format: uuid */
      id: string;
      /** @example 4 */
      partySize: number;
      /** Format: date-time */
      startsAt: string;
      /** @example confirmed */
      status: string;
      /**
       * @example [
       *       "T13"
       *     ]
       */
      tables: string[];
    };
    ApiKeyOutput: {
      /** @description Origins of a publishable key */
      allowedOrigins: string[];
      /** @enum {string} */
      channel:
        'api' | 'voice' | 'whatsapp' | 'web_widget' | 'chat' | 'partner' | 'admin' | 'phone' | 'walk_in';
      /** Format: date-time */
      createdAt: string;
      /** @description A publishable key's hold TTL */
      holdTtlSeconds: number | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'secret' | 'publishable';
      /** Format: date-time */
      lastUsedAt?: string | null;
      name: string;
      /**
       * @description Identifies the key in logs and listings
       * @example 3f9a0c1b2d
       */
      prefix: string;
      readsPerMinute: number;
      restaurantIds: string[];
      /** Format: date-time */
      revokedAt?: string | null;
      scopes: (
        | 'availability:read'
        | 'bookings:read'
        | 'bookings:write'
        | 'reviews:write'
        | 'webhooks:read'
        | 'webhooks:write'
        | 'admin'
      )[];
      writesPerMinute: number;
    };
    ApiKeyPageOutput: {
      data: components['schemas']['ApiKeyOutput'][];
      /** @description Pass as cursor for the next page; null on the last page */
      nextCursor?: string | null;
    };
    ApproveInput: {
      /** @example Manager agreed */
      reason?: string;
      /** @description Seat the party at these tables instead of the engine's; checked free at approval */
      tableIds?: string[];
    };
    AvailabilityOutput: {
      /** @description Nearest free times that day, nearest first */
      alternatives?: components['schemas']['AvailabilitySlotOutput'][];
      /** @example 2026-11-23 */
      date: string;
      partySize: number;
      requested?: components['schemas']['RequestedTimeOutput'];
      /** Format: uuid */
      restaurantId: string;
      /** @description Bookable start times still ahead, in order */
      slots: components['schemas']['AvailabilitySlotOutput'][];
      /** @example Europe/London */
      timezone: string;
    };
    AvailabilitySlotOutput: {
      available: boolean;
      /** @description A booking at this time would go to manual review */
      manualReview: boolean;
      /** @description Covers that may still start in this pacing interval */
      remainingCovers?: number | null;
      /** Format: date-time */
      startsAt: string;
      /** @example 19:30 */
      time: string;
      /**
       * @example [
       *       "Main room",
       *       "Terrace"
       *     ]
       */
      zones: string[];
    };
    BlockChangeOutput: {
      /** @description Bookings at the blocked tables, for staff to move */
      affectedBookings: components['schemas']['AffectedBookingOutput'][];
      block: components['schemas']['BlockOutput'];
    };
    BlockInput: {
      /**
       * Format: date-time
       * @example 2026-12-05T23:00:00+00:00
       */
      endsAt: string;
      /** @example Wobbly leg, carpenter on Friday */
      reason: string;
      /**
       * Format: date-time
       * @example 2026-12-05T18:00:00+00:00
       */
      startsAt: string;
      /**
       * Format: uuid
       * @description The table to block; or give zoneId
       */
      tableId?: string;
      /**
       * Format: uuid
       * @description Every table of this zone
       */
      zoneId?: string;
    };
    BlockListOutput: {
      data: components['schemas']['BlockOutput'][];
    };
    BlockOutput: {
      /** @example staff:maria@bistro.example */
      createdBy: string;
      /** Format: date-time */
      endsAt: string;
      /** Format: uuid */
      id: string;
      /** @example Wobbly leg */
      reason: string;
      /** Format: date-time */
      startsAt: string;
      /** Format: uuid */
      tableId: string | null;
      /** @example T4 */
      tableLabel: string | null;
      /** Format: uuid */
      zoneId: string | null;
      /** @example null */
      zoneName: string | null;
    };
    BookingDetailsOutput: {
      /** @example api */
      channel: string;
      closeReason: string | null;
      /** @enum {string|null} */
      closeReasonCode: 'guest_request' | 'restaurant_closed' | 'duplicate' | 'no_payment' | 'other' | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      endsAt: string;
      events: components['schemas']['BookingEventOutput'][];
      guest: components['schemas']['GuestOutput'];
      /** Format: date-time */
      holdExpiresAt: string | null;
      /** Format: uuid */
      id: string;
      notes: string | null;
      partySize: number;
      /** @description A change waiting for staff; the booking is as it was until they decide */
      pendingChange: components['schemas']['PendingChangeOutput'] | null;
      /** Format: uuid */
      restaurantId: string;
      /** @example party_size_over_auto_confirm_limit */
      reviewReason: string | null;
      seatingPreference: string | null;
      /** Format: date-time */
      startsAt: string;
      /** @enum {string} */
      status:
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
      tables: string[];
      /** @description Increments on every change; the ETag */
      version: number;
      /** @example booking:4f1c…:checkout-123 */
      workflowId: string;
      /** @description The booking workflow in the Temporal UI */
      workflowUrl: string;
    };
    BookingEventOutput: {
      /** @example system:booking-workflow */
      actor: string;
      /** Format: date-time */
      at: string;
      data?: {
        [key: string]: unknown;
      } | null;
      /** @enum {string|null} */
      from:
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
      reason: string | null;
      /** @enum {string} */
      to:
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
    BookingOutput: {
      closeReason: string | null;
      /** Format: date-time */
      endsAt: string;
      /** Format: date-time */
      holdExpiresAt: string | null;
      /** Format: uuid */
      id: string;
      partySize: number;
      /** @description A change waiting for staff; the booking is as it was until they decide */
      pendingChange: components['schemas']['PendingChangeOutput'] | null;
      /** Format: uuid */
      restaurantId: string;
      /** @example party_size_over_auto_confirm_limit */
      reviewReason: string | null;
      /** Format: date-time */
      startsAt: string;
      /** @enum {string} */
      status:
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
      tables: string[];
      /** @description Increments on every change; the ETag */
      version: number;
      /** @example booking:4f1c…:checkout-123 */
      workflowId: string;
    };
    BookingPageOutput: {
      /**
       * Format: date
       * @description The local date listed
       * @example 2026-11-23
       */
      date: string;
      items: components['schemas']['AdminBookingOutput'][];
      /** @description Pass as cursor for the next page */
      nextCursor: string | null;
    };
    BookingSearchOutput: {
      /** @description Upcoming bookings (held, confirmed, in review) at the restaurants of the key, soonest first */
      items: components['schemas']['BookingOutput'][];
    };
    BookingTimesOutput: {
      /**
       * Format: date-time
       * @description No booking may start at or after this instant
       */
      bookableUntil: string;
      /**
       * @description A booking must start at least this many minutes from now
       * @example 15
       */
      minNoticeMinutes: number;
      /**
       * @description A booking must end by the close of its service period
       * @example true
       */
      mustEndByClose: boolean;
      /**
       * @description true: starts off the grid are taken too
       * @example false
       */
      offGridStartsAllowed: boolean;
      /**
       * @description Start times lie on this grid from local midnight
       * @example 15
       */
      startTimeGridMinutes: number;
      /**
       * @description Bookings open this many days ahead
       * @example 90
       */
      windowDays: number;
    };
    CalendarDayOutput: {
      /** @example false */
      closed: boolean;
      /**
       * @description Local date in the restaurant’s timezone
       * @example 2026-12-25
       */
      date: string;
      /**
       * @description Why it differs from the week
       * @example Christmas
       */
      exception: string | null;
      /** @description Service periods of the day (empty when closed) */
      periods: components['schemas']['PeriodOutput'][];
      /**
       * @description ISO weekday, 1 = Monday
       * @example 5
       */
      weekday: number;
    };
    CancelBookingInput: {
      /** @example Guest called to cancel */
      reason?: string;
      /**
       * @description Why, from the catalog: guest_request, restaurant_closed, duplicate, no_payment, other. `reason` (free text) is required with `other` or without a code.
       * @default other
       * @enum {string}
       */
      reasonCode: 'guest_request' | 'restaurant_closed' | 'duplicate' | 'no_payment' | 'other';
    };
    CancellationOutput: {
      /**
       * @description Guests may cancel until this many minutes before the start (0: until the start)
       * @example 120
       */
      cutoffMinutes: number;
      /** @example Free cancellation up to 2 hours before. */
      policy: string | null;
    };
    ChangeReviewItemOutput: {
      /** @description The booking if staff approve */
      after: components['schemas']['ChangeSideOutput'];
      /** @description The booking as it is */
      before: components['schemas']['ChangeSideOutput'];
      /** Format: uuid */
      bookingId: string;
      /** Format: uuid */
      changeId: string;
      guestName: string;
      /** Format: date-time */
      requestedAt: string;
      /** @example api:tk_3f9a */
      requestedBy: string;
      /** @example party_size_over_auto_confirm_limit */
      reviewReason: string;
    };
    ChangeReviewPageOutput: {
      items: components['schemas']['ChangeReviewItemOutput'][];
      /** @description Pass as cursor for the next page */
      nextCursor: string | null;
    };
    ChangeSideOutput: {
      /** Format: date-time */
      endsAt: string;
      notes: string | null;
      partySize: number;
      /** Format: date-time */
      startsAt: string;
      /**
       * @example [
       *       "T4"
       *     ]
       */
      tables: string[];
    };
    ConfirmHoldAsGuestInput: {
      guest: components['schemas']['GuestInput'];
      /** @example Window seat if possible */
      notes?: string;
    };
    ContactInput: {
      /** @example 1 Market Street, London */
      address?: string | null;
      /** @example hello@demo-bistro.example */
      email?: string | null;
      /** @example +442079460000 */
      phone?: string | null;
      /** @example https://demo-bistro.example */
      website?: string | null;
    };
    ContactOutput: {
      /** @example 1 Market Street, London */
      address: string | null;
      /** @example hello@demo-bistro.example */
      email: string | null;
      /** @example +442079460000 */
      phone: string | null;
      /** @example https://demo-bistro.example */
      website: string | null;
    };
    CreateApiKeyInput: {
      /**
       * @example whatsapp
       * @enum {string}
       */
      channel:
        'api' | 'voice' | 'whatsapp' | 'web_widget' | 'chat' | 'partner' | 'admin' | 'phone' | 'walk_in';
      /** @example WhatsApp assistant */
      name: string;
      /** @default 1200 */
      readsPerMinute: number;
      /** @description Restaurants the key acts for (a subset of the caller's) */
      restaurantIds: string[];
      /** @description Default: availability:read, bookings:read, bookings:write */
      scopes?: (
        | 'availability:read'
        | 'bookings:read'
        | 'bookings:write'
        | 'reviews:write'
        | 'webhooks:read'
        | 'webhooks:write'
        | 'admin'
      )[];
      /** @default 300 */
      writesPerMinute: number;
    };
    CreateBookingInput: {
      guest: components['schemas']['GuestInput'];
      /** @example Window seat if possible */
      notes?: string;
      /** @example 4 */
      partySize: number;
      /** Format: uuid */
      restaurantId: string;
      /**
       * @description A zone name of the restaurant the guest prefers
       * @example Terrace
       */
      seatingPreference?: string;
      /**
       * Format: date-time
       * @description ISO 8601 with an offset (Z or ±hh:mm)
       * @example 2026-11-23T19:00:00+00:00
       */
      startsAt: string;
    };
    CreatedApiKeyOutput: {
      /** @description Origins of a publishable key */
      allowedOrigins: string[];
      /** @enum {string} */
      channel:
        'api' | 'voice' | 'whatsapp' | 'web_widget' | 'chat' | 'partner' | 'admin' | 'phone' | 'walk_in';
      /** Format: date-time */
      createdAt: string;
      /** @description A publishable key's hold TTL */
      holdTtlSeconds: number | null;
      /** Format: uuid */
      id: string;
      /**
       * @description The key itself. Shown once: it is stored only as a hash.
       * @example tk_3f9a0c1b2d_…
       */
      key: string;
      /** @enum {string} */
      kind: 'secret' | 'publishable';
      /** Format: date-time */
      lastUsedAt?: string | null;
      name: string;
      /**
       * @description Identifies the key in logs and listings
       * @example 3f9a0c1b2d
       */
      prefix: string;
      readsPerMinute: number;
      restaurantIds: string[];
      /** Format: date-time */
      revokedAt?: string | null;
      scopes: (
        | 'availability:read'
        | 'bookings:read'
        | 'bookings:write'
        | 'reviews:write'
        | 'webhooks:read'
        | 'webhooks:write'
        | 'admin'
      )[];
      writesPerMinute: number;
    };
    CreatedWebhookEndpointOutput: {
      /** Format: date-time */
      createdAt: string;
      /** @example Front-of-house POS */
      description: string | null;
      /** Format: date-time */
      disabledAt: string | null;
      /**
       * @description gone: the receiver answered 410; failing: failed for days; manual: switched off by a person
       * @enum {string|null}
       */
      disabledReason: 'gone' | 'failing' | 'manual' | null;
      enabled: boolean;
      /**
       * @description Empty: all types
       * @example [
       *       "booking.confirmed",
       *       "booking.cancelled"
       *     ]
       */
      events: string[];
      /**
       * Format: date-time
       * @description Failing without a success since
       */
      failingSince: string | null;
      guestContactAllowed: boolean;
      /** Format: uuid */
      id: string;
      /**
       * Format: date-time
       * @description After a rotation: until when the previous secret still signs too
       */
      previousSecretExpiresAt: string | null;
      /** @example 10 */
      rateLimitPerSecond: number;
      /** Format: uuid */
      restaurantId: string;
      /**
       * @description The signing secret, shown only in this answer: store it now
       * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
       */
      secret: string;
      /** Format: date-time */
      updatedAt: string;
      /** @example https://pos.example.com/tablekeeper/hooks */
      url: string;
    };
    CreatePublishableKeyInput: {
      /**
       * @description Origins whose pages may use the key (CORS); scheme://host[:port]
       * @example [
       *       "https://demo-bistro.example"
       *     ]
       */
      allowedOrigins: string[];
      /**
       * @description How long the widget's holds last (never longer than the restaurant's hold TTL)
       * @default 300
       */
      holdTtlSeconds: number;
      /** @example Booking widget on demo-bistro.example */
      name: string;
      /** @default 1200 */
      readsPerMinute: number;
      /**
       * Format: uuid
       * @description The one restaurant the widget books for
       */
      restaurantId: string;
      /** @default 300 */
      writesPerMinute: number;
    };
    CreateWebhookEndpointInput: {
      /** @example Front-of-house POS */
      description?: string | null;
      /** @default true */
      enabled: boolean;
      /**
       * @description Event types the endpoint receives; empty or left out: all of them (the catalog is the OpenAPI document’s `webhooks`). A `webhook.test` ping always reaches it.
       * @example [
       *       "booking.confirmed",
       *       "booking.cancelled"
       *     ]
       */
      events?: (
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
      guestContactAllowed: boolean;
      /**
       * @description Deliveries per second at most
       * @default 10
       */
      rateLimitPerSecond: number;
      /**
       * Format: uuid
       * @description The restaurant whose events the endpoint receives
       */
      restaurantId: string;
      /**
       * @description https (http only in development); no credentials; not an internal address
       * @example https://pos.example.com/tablekeeper/hooks
       */
      url: string;
    };
    DurationRuleInput: {
      /** @example 5400 */
      durationSeconds: number;
      /** @example 2 */
      maxPartySize: number;
    };
    DurationRuleOutput: {
      /** @example 5400 */
      durationSeconds: number;
      /** @example 2 */
      maxPartySize: number;
    };
    DurationsOutput: {
      /** @description The first rule whose maxPartySize covers the party */
      byPartySize: components['schemas']['DurationRuleOutput'][];
      /** @example 5400 */
      defaultSeconds: number;
    };
    EngineSuggestionOutput: {
      /** @example no_table_set_fits_party */
      reason: string | null;
      score: number | null;
      /** @example combination */
      strategy: string | null;
      /**
       * @description The engine's tables
       * @example [
       *       "B1",
       *       "B2"
       *     ]
       */
      tables: string[];
    };
    EraseGuestInput: {
      /**
       * @description The guest's id again, to confirm this is the guest to erase; without it the erasure is refused
       * @example 0b9f6a52-3c1d-4e8f-9a7b-2c3d4e5f6a7b
       */
      confirm?: string;
    };
    ExceptionChangeOutput: {
      /** @description Live bookings on those dates, untouched */
      affectedBookings: components['schemas']['AffectedBookingOutput'][];
      exception: components['schemas']['ExceptionOutput'];
    };
    ExceptionInput: {
      /**
       * @description true: closed all day; false: open with `periods` only
       * @example true
       */
      closed: boolean;
      /**
       * @description One date; or give startsOn and endsOn
       * @example 2026-12-25
       */
      date?: string;
      /**
       * @description Last date of a range (inclusive)
       * @example 2026-12-26
       */
      endsOn?: string;
      /** @description The special hours when not closed */
      periods?: components['schemas']['PeriodTimesInput'][];
      /** @example Christmas */
      reason?: string;
      /**
       * @description First date of a range (inclusive)
       * @example 2026-12-24
       */
      startsOn?: string;
    };
    ExceptionListOutput: {
      data: components['schemas']['ExceptionOutput'][];
    };
    ExceptionOutput: {
      closed: boolean;
      /** @example 2026-12-25 */
      endsOn: string;
      /** Format: uuid */
      id: string;
      periods: components['schemas']['PeriodOutput'][];
      /** @example Christmas */
      reason: string | null;
      /** @example 2026-12-25 */
      startsOn: string;
    };
    FloorBookingOutput: {
      /** Format: date-time */
      endsAt: string;
      guestName: string;
      /** Format: uuid */
      id: string;
      partySize: number;
      /** Format: date-time */
      startsAt: string;
      /** @enum {string} */
      status:
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
    FloorOutput: {
      /** Format: date-time */
      at: string;
      zones: components['schemas']['FloorZoneOutput'][];
    };
    FloorTableOutput: {
      booking: components['schemas']['FloorBookingOutput'] | null;
      /** Format: uuid */
      id: string;
      label: string;
      maxCovers: number;
      minCovers: number;
      /** @enum {string} */
      state: 'free' | 'held' | 'reserved' | 'seated' | 'blocked';
    };
    FloorZoneOutput: {
      /** Format: uuid */
      id: string;
      /** @example Terrace */
      name: string;
      tables: components['schemas']['FloorTableOutput'][];
    };
    GuestChangeBookingInput: {
      /** @example 4 */
      partySize?: number;
      /**
       * Format: date-time
       * @description ISO 8601 with an offset
       * @example 2026-11-23T20:00:00+00:00
       */
      startsAt?: string;
    };
    GuestChangeInput: {
      /** @example ada@example.com */
      email?: string | null;
      /** @example Ada Lovelace */
      name?: string;
      /** @example +447700900123 */
      phone?: string | null;
    };
    GuestErasureOutput: {
      /** @example staff:manager@demo-bistro.test */
      actor: string;
      /** @description The guest was erased before; this is that receipt and nothing was done again */
      alreadyErased: boolean;
      /** Format: date-time */
      at: string;
      /** Format: uuid */
      guestId: string;
      /**
       * Format: uuid
       * @description The receipt (guest_erasures row)
       */
      id: string;
      /** @description Bookings not finished when the guest was erased: nothing was cancelled, staff decide */
      inProgressBookings: string[];
      redis: components['schemas']['RedisPurgeOutput'] | null;
      /** @description Redis was searched and the guest's entries deleted; false: retry the erasure */
      redisPurged: boolean;
      /**
       * @description Counts of what was removed or cleared, never the data
       * @example {
       *       "notes": 2,
       *       "bookingsAnonymised": 3,
       *       "dataKeysDestroyed": 3
       *     }
       */
      removed: {
        [key: string]: number;
      };
    };
    GuestInput: {
      /** @description Allergies among the 14 EU allergens; added to the guest's profile */
      allergens?: (
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
      dietaryNotes?: string;
      /** @example ada@example.com */
      email?: string;
      /**
       * @description Preferred language, BCP 47 (en, de-AT)
       * @example en
       */
      language?: string;
      /** @description The guest agreed (true) or declined (false) to marketing; recorded with its time and channel */
      marketingConsent?: boolean;
      /** @example Ada Lovelace */
      name: string;
      /**
       * @description E.164 preferred; digits, spaces, ()- allowed
       * @example +447700900123
       */
      phone?: string;
    };
    GuestMatchOutput: {
      /** @example ada@example.com */
      email: string | null;
      /** Format: date-time */
      lastBookedAt: string;
      /** @example Ada Lovelace */
      name: string;
      /** @example +447700900123 */
      phone: string | null;
    };
    GuestOutput: {
      email: string | null;
      name: string;
      phone: string | null;
    };
    HoursInput: {
      /** @description Replaces the pacing rules when given */
      pacing?: components['schemas']['PacingInput'][];
      /** @description Service periods; several per weekday allowed */
      periods: components['schemas']['WeeklyPeriodInput'][];
    };
    HoursOutput: {
      /** @description Future bookings the hours no longer cover */
      affectedBookings: components['schemas']['AffectedBookingOutput'][];
      pacing: components['schemas']['PacingOutput'][];
      periods: components['schemas']['WeeklyPeriodOutput'][];
    };
    ManagedBookingOutput: {
      /** @description Whether the guest may still cancel or change it */
      changeable: boolean;
      /** @description A change the guest asked for waits for the restaurant */
      changePending: boolean;
      /** Format: date-time */
      endsAt: string;
      guest: components['schemas']['GuestOutput'];
      /** Format: date-time */
      holdExpiresAt: string | null;
      /** Format: uuid */
      id: string;
      notes: string | null;
      partySize: number;
      restaurant: components['schemas']['ManagedRestaurantOutput'];
      /** Format: date-time */
      startsAt: string;
      /** @enum {string} */
      status:
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
      version: number;
    };
    ManagedRestaurantOutput: {
      /** Format: uuid */
      id: string;
      /** @example Demo Bistro */
      name: string;
      /** @example Europe/London */
      timezone: string;
    };
    ManageLinkOutput: {
      /** @description The manage token: the credential of GET/PATCH /v1/manage/{token} */
      token: string;
      /**
       * @description The page for the guest
       * @example https://book.example.com/manage/Qk9…
       */
      url: string;
    };
    ManualReviewOutput: {
      /**
       * @description An undecided review is rejected after this long (or at the start, if sooner)
       * @example 86400
       */
      decisionWithinSeconds: number;
      /**
       * @description Parties larger than this are not confirmed at once: staff review them
       * @example 8
       */
      partiesLargerThan: number;
    };
    ModifyBookingInput: {
      guest?: components['schemas']['GuestChangeInput'];
      notes?: string | null;
      /** @example 4 */
      partySize?: number;
      /** @example Terrace */
      seatingPreference?: string | null;
      /**
       * Format: date-time
       * @description ISO 8601 with an offset
       * @example 2026-11-23T20:00:00+00:00
       */
      startsAt?: string;
    };
    OptionalReasonInput: {
      /** @example Large party approved by the manager */
      reason?: string;
    };
    PacingInput: {
      /** @example 15 */
      intervalMinutes: number;
      /** @example 30 */
      maxCovers: number;
      /** @example 6 */
      maxParties: number;
      /**
       * @description The service period it applies to; absent or null: every period without its own rule
       * @example Dinner
       */
      period?: string | null;
    };
    PacingOutput: {
      /** @example 15 */
      intervalMinutes: number;
      /** @example 30 */
      maxCovers: number;
      /** @example 6 */
      maxParties: number;
      /** @example null */
      period: string | null;
    };
    PartySizeOutput: {
      /**
       * @description The largest party accepted
       * @example 20
       */
      max: number;
      /** @example 1 */
      min: number;
    };
    PendingBookingOutput: {
      /** @example The booking is still being processed; poll GET /v1/bookings/{id} */
      detail: string;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      status: 'pending';
      workflowId: string;
    };
    PendingChangeOutput: {
      /** Format: date-time */
      endsAt: string;
      /** Format: uuid */
      id: string;
      partySize: number;
      /** @example party_size_over_auto_confirm_limit */
      reviewReason: string;
      /** Format: date-time */
      startsAt: string;
      /** @description Tables held for the change */
      tables: string[];
    };
    PeriodOutput: {
      /** @example 23:00 */
      closes: string;
      /** @example 21:30 */
      lastSeating: string | null;
      /** @example Dinner */
      name: string;
      /** @example 18:00 */
      opens: string;
    };
    PeriodTimesInput: {
      /**
       * @description 24:00 is midnight
       * @example 23:00
       */
      closes: string;
      /**
       * @description Latest start of the period
       * @example 21:30
       */
      lastSeating?: string;
      /** @example Dinner */
      name: string;
      /** @example 18:00 */
      opens: string;
    };
    PlacedBookingOutput: {
      closeReason: string | null;
      /** Format: date-time */
      endsAt: string;
      /** @description The restaurant already knew this guest (same phone or e-mail). Nothing of their profile is disclosed beyond what the request sent. */
      guestRecognised: boolean;
      /** Format: date-time */
      holdExpiresAt: string | null;
      /** Format: uuid */
      id: string;
      /** @description The guest's manage link; only in the answer to a publishable key's placement */
      manage?: components['schemas']['ManageLinkOutput'];
      partySize: number;
      /** @description A change waiting for staff; the booking is as it was until they decide */
      pendingChange: components['schemas']['PendingChangeOutput'] | null;
      /** Format: uuid */
      restaurantId: string;
      /** @example party_size_over_auto_confirm_limit */
      reviewReason: string | null;
      /** Format: date-time */
      startsAt: string;
      /** @enum {string} */
      status:
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
      tables: string[];
      /** @description Increments on every change; the ETag */
      version: number;
      /** @example booking:4f1c…:checkout-123 */
      workflowId: string;
    };
    PolicyChangeOutput: {
      /**
       * @example {
       *       "minNoticeMinutes": 60
       *     }
       */
      after: {
        [key: string]: unknown;
      };
      /**
       * @example {
       *       "minNoticeMinutes": 15
       *     }
       */
      before: {
        [key: string]: unknown;
      };
    };
    PolicyInput: {
      /**
       * @description Larger parties go to manual review
       * @example 8
       */
      autoConfirmMaxPartySize?: number;
      /** @description Channels bookings are taken from */
      bookingChannels?: (
        'api' | 'voice' | 'whatsapp' | 'web_widget' | 'chat' | 'partner' | 'admin' | 'phone' | 'walk_in'
      )[];
      /**
       * @description How far ahead bookings open
       * @example 90
       */
      bookingWindowDays?: number;
      /** @example 120 */
      cancellationCutoffMinutes?: number;
      /** @example Free cancellation up to 2 hours before. */
      cancellationPolicy?: string | null;
      contact?: components['schemas']['ContactInput'];
      /** @example 5400 */
      defaultDurationSeconds?: number;
      /** @description Duration by party size, smallest party first */
      durationByPartySize?: components['schemas']['DurationRuleInput'][];
      /** @example 300 */
      holdTtlSeconds?: number;
      /** @example 86400 */
      manualReviewTimeoutSeconds?: number;
      /**
       * @description The largest party accepted
       * @example 20
       */
      maxPartySize?: number;
      /** @example 15 */
      minNoticeMinutes?: number;
      /** @example 1 */
      minPartySize?: number;
      /**
       * @description A booking must end by its period’s close
       * @example true
       */
      mustEndByClose?: boolean;
      /** @example Demo Bistro */
      name?: string;
      /** @example 900 */
      noShowGraceSeconds?: number;
      /** @example false */
      offGridStartsAllowed?: boolean;
      /**
       * @description Seconds before the start
       * @example [
       *       86400,
       *       7200
       *     ]
       */
      reminderLeadSeconds?: number[];
      /**
       * @description The start-time grid
       * @example 15
       * @enum {number}
       */
      slotIntervalMinutes?: 5 | 10 | 15 | 20 | 30 | 60;
      /**
       * @description IANA timezone
       * @example Europe/London
       */
      timezone?: string;
    };
    /** @description RFC 9457 problem details */
    Problem: {
      /** @description On no_capacity and restaurant_closed: the nearest free times that day, nearest first */
      alternatives?: components['schemas']['AvailabilitySlotOutput'][];
      /**
       * @description Stable machine-readable code
       * @enum {string}
       */
      code:
        | 'validation_failed'
        | 'erasure_not_confirmed'
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
        | 'guest_not_found'
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
      detail: string;
      /** @description On 5xx only; the same id is in the server log */
      errorId?: string;
      errors?: {
        code: string;
        field: string;
        message: string;
      }[];
      instance?: string;
      status: number;
      title: string;
      /** @description URI reference of the problem type */
      type: string;
    };
    /** @description A problem answered with HTTP 400 */
    Problem400: components['schemas']['Problem'] & {
      /** @enum {string} */
      code?:
        | 'validation_failed'
        | 'erasure_not_confirmed'
        | 'malformed_json'
        | 'idempotency_key_required'
        | 'invalid_idempotency_key';
      /** @enum {integer} */
      status?: 400;
    };
    /** @description A problem answered with HTTP 401 */
    Problem401: components['schemas']['Problem'] & {
      /** @enum {string} */
      code?: 'unauthorized' | 'not_signed_in' | 'invalid_credentials';
      /** @enum {integer} */
      status?: 401;
    };
    /** @description A problem answered with HTTP 403 */
    Problem403: components['schemas']['Problem'] & {
      /** @enum {string} */
      code?:
        | 'csrf_token_invalid'
        | 'role_forbidden'
        | 'insufficient_scope'
        | 'publishable_key_not_allowed'
        | 'origin_not_allowed'
        | 'challenge_failed';
      /** @enum {integer} */
      status?: 403;
    };
    /** @description A problem answered with HTTP 404 */
    Problem404: components['schemas']['Problem'] & {
      /** @enum {string} */
      code?:
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
        | 'webhook_delivery_not_found'
        | 'guest_not_found';
      /** @enum {integer} */
      status?: 404;
    };
    /** @description A problem answered with HTTP 409 */
    Problem409: components['schemas']['Problem'] & {
      /** @enum {string} */
      code?:
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
      status?: 409;
    };
    /** @description A problem answered with HTTP 410 */
    Problem410: components['schemas']['Problem'] & {
      /** @enum {string} */
      code?: 'manage_link_expired';
      /** @enum {integer} */
      status?: 410;
    };
    /** @description A problem answered with HTTP 412 */
    Problem412: components['schemas']['Problem'] & {
      /** @enum {string} */
      code?: 'version_mismatch';
      /** @enum {integer} */
      status?: 412;
    };
    /** @description A problem answered with HTTP 413 */
    Problem413: components['schemas']['Problem'] & {
      /** @enum {string} */
      code?: 'payload_too_large';
      /** @enum {integer} */
      status?: 413;
    };
    /** @description A problem answered with HTTP 415 */
    Problem415: components['schemas']['Problem'] & {
      /** @enum {string} */
      code?: 'unsupported_media_type';
      /** @enum {integer} */
      status?: 415;
    };
    /** @description A problem answered with HTTP 422 */
    Problem422: components['schemas']['Problem'] & {
      /** @enum {string} */
      code?:
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
      status?: 422;
    };
    /** @description A problem answered with HTTP 429 */
    Problem429: components['schemas']['Problem'] & {
      /** @enum {string} */
      code?: 'rate_limited' | 'too_many_live_holds' | 'sign_in_rate_limited';
      /** @enum {integer} */
      status?: 429;
    };
    /** @description A problem answered with HTTP 500 */
    Problem500: components['schemas']['Problem'] & {
      /** @enum {string} */
      code?: 'internal_error';
      /** @enum {integer} */
      status?: 500;
    };
    /** @description A problem answered with HTTP 503 */
    Problem503: components['schemas']['Problem'] & {
      /** @enum {string} */
      code?:
        | 'service_unavailable'
        | 'overloaded'
        | 'database_unavailable'
        | 'workflow_engine_unavailable'
        | 'cache_unavailable';
      /** @enum {integer} */
      status?: 503;
    };
    ProtectedResourceOutput: {
      /**
       * @example [
       *       "header"
       *     ]
       */
      bearer_methods_supported: string[];
      /** @example http://localhost:3000/mcp */
      resource: string;
      /** @example http://localhost:3000/docs */
      resource_documentation: string;
      /** @example Tablekeeper */
      resource_name: string;
      scopes_supported: string[];
    };
    ReasonInput: {
      /** @example Guest called to cancel */
      reason: string;
    };
    RedisPurgeOutput: {
      /** @example 2 */
      keysDeleted: number;
      /** @example 0 */
      membersRemoved: number;
    };
    RequestedTimeOutput: {
      available: boolean;
      /** Format: date-time */
      startsAt: string;
      /** @example 19:30 */
      time: string;
    };
    RestaurantContextListOutput: {
      data: components['schemas']['RestaurantContextOutput'][];
    };
    RestaurantContextOutput: {
      booking: components['schemas']['BookingTimesOutput'];
      bookingChannels: (
        'api' | 'voice' | 'whatsapp' | 'web_widget' | 'chat' | 'partner' | 'admin' | 'phone' | 'walk_in'
      )[];
      /** @description The coming weeks day by day (from today, local), closures and special hours applied */
      calendar: components['schemas']['CalendarDayOutput'][];
      cancellation: components['schemas']['CancellationOutput'];
      contact: components['schemas']['ContactOutput'];
      durations: components['schemas']['DurationsOutput'];
      /**
       * @description How long POST /v1/holds keeps a table
       * @example 300
       */
      holdTtlSeconds: number;
      /** Format: uuid */
      id: string;
      manualReview: components['schemas']['ManualReviewOutput'];
      /** @example Demo Bistro */
      name: string;
      partySize: components['schemas']['PartySizeOutput'];
      /**
       * @description Zones a guest may ask for (seatingPreference)
       * @example [
       *       "Main room",
       *       "Terrace",
       *       "Window"
       *     ]
       */
      seatingPreferences: string[];
      /** @example demo-bistro */
      slug: string;
      /** @example Europe/London */
      timezone: string;
      /** @description The usual week */
      weeklyHours: components['schemas']['WeeklyPeriodOutput'][];
    };
    ReviewItemOutput: {
      /** @example voice */
      channel: string;
      closeReason: string | null;
      /** Format: date-time */
      endsAt: string;
      guest: components['schemas']['AdminGuestOutput'];
      /** Format: uuid */
      id: string;
      notes: string | null;
      partySize: number;
      /** @example party_size_over_auto_confirm_limit */
      reviewReason: string | null;
      /** Format: date-time */
      sentToReviewAt: string | null;
      /** Format: date-time */
      startsAt: string;
      /** @enum {string} */
      status:
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
      suggestion: components['schemas']['EngineSuggestionOutput'];
      tables: components['schemas']['TableRefOutput'][];
      workflowId: string;
    };
    ReviewPageOutput: {
      items: components['schemas']['ReviewItemOutput'][];
      /** @description Pass as cursor for the next page */
      nextCursor: string | null;
    };
    RevokedManageLinksOutput: {
      /** @description Links of the booking that stopped working */
      revoked: number;
    };
    RotatedSecretOutput: {
      endpoint: components['schemas']['WebhookEndpointOutput'];
      /**
       * Format: date-time
       * @description Until then every delivery carries a signature with the old secret too
       */
      previousSecretExpiresAt: string;
      /**
       * @description The new secret, shown once
       * @example whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD
       */
      secret: string;
    };
    SessionOutput: {
      /** @description Send as X-CSRF-Token on every POST and DELETE of the admin API */
      csrfToken: string;
      staff: components['schemas']['StaffOutput'];
      /**
       * @description Base URL of the Temporal UI
       * @example http://localhost:8233
       */
      temporalUiUrl: string;
    };
    SetupChangeOutput: {
      /** @example table.create */
      action: string;
      /** @example staff:maria@bistro.example */
      actor: string;
      /** @description The state after (null for a deletion) */
      after: {
        [key: string]: unknown;
      } | null;
      /** Format: date-time */
      at: string;
      /** @description The state before (null for a creation) */
      before: {
        [key: string]: unknown;
      } | null;
      /** @example 42 */
      id: string;
      /** @example T21 */
      subject: string | null;
    };
    SetupChangePageOutput: {
      items: components['schemas']['SetupChangeOutput'][];
      nextCursor: string | null;
    };
    SetupDocumentInput: {
      /** @description Closed dates and special hours, from today on */
      exceptions?: components['schemas']['ExceptionInput'][];
      /** @description Weekly service periods and pacing (no pacing rules when `pacing` is absent) */
      hours: components['schemas']['HoursInput'];
      /** @description Fields left out take their defaults */
      policy?: components['schemas']['SetupPolicyInput'];
      restaurant: components['schemas']['SetupRestaurantInput'];
      tables: components['schemas']['SetupTableInput'][];
      /**
       * @example 1
       * @enum {number}
       */
      version: 1;
      /** @description Zones in display order */
      zones: components['schemas']['ZoneInput'][];
    };
    SetupImportOutput: {
      /** @description Future bookings the new setup leaves without a valid table or time, for staff to move */
      affectedBookings: components['schemas']['AffectedBookingOutput'][];
      /** @description true: no restaurant had the slug, so the import created one */
      created: boolean;
      /**
       * @description Tables the document leaves out, now inactive (kept for their history)
       * @example [
       *       "T21"
       *     ]
       */
      deactivatedTables: string[];
      /** Format: uuid */
      restaurantId: string;
    };
    SetupPolicyInput: {
      /**
       * @description Larger parties go to manual review
       * @example 8
       */
      autoConfirmMaxPartySize?: number;
      /**
       * @description How far ahead bookings open
       * @example 90
       */
      bookingWindowDays?: number;
      /** @example 120 */
      cancellationCutoffMinutes?: number;
      /** @example Free cancellation up to 2 hours before. */
      cancellationPolicy?: string | null;
      /** @example 5400 */
      defaultDurationSeconds?: number;
      /** @description Duration by party size, smallest party first */
      durationByPartySize?: components['schemas']['DurationRuleInput'][];
      /** @example 300 */
      holdTtlSeconds?: number;
      /** @example 86400 */
      manualReviewTimeoutSeconds?: number;
      /**
       * @description The largest party accepted
       * @example 20
       */
      maxPartySize?: number;
      /** @example 15 */
      minNoticeMinutes?: number;
      /** @example 1 */
      minPartySize?: number;
      /**
       * @description A booking must end by its period’s close
       * @example true
       */
      mustEndByClose?: boolean;
      /** @example 900 */
      noShowGraceSeconds?: number;
      /** @example false */
      offGridStartsAllowed?: boolean;
      /**
       * @description Seconds before the start
       * @example [
       *       86400,
       *       7200
       *     ]
       */
      reminderLeadSeconds?: number[];
      /**
       * @description The start-time grid
       * @example 15
       * @enum {number}
       */
      slotIntervalMinutes?: 5 | 10 | 15 | 20 | 30 | 60;
    };
    SetupRestaurantInput: {
      /** @description Channels bookings are taken from (all when absent) */
      bookingChannels?: (
        'api' | 'voice' | 'whatsapp' | 'web_widget' | 'chat' | 'partner' | 'admin' | 'phone' | 'walk_in'
      )[];
      contact?: components['schemas']['ContactInput'];
      /** @example Demo Bistro */
      name: string;
      /** @example demo-bistro */
      slug: string;
      /**
       * @description IANA timezone
       * @example Europe/London
       */
      timezone: string;
    };
    SetupTableInput: {
      /**
       * @description false: kept, but never offered or assigned
       * @default true
       */
      active: boolean;
      /**
       * @description Labels of neighbouring tables it can be pushed together with (a table set)
       * @example [
       *       "T20"
       *     ]
       */
      combinableWith?: string[];
      /** @example T21 */
      label: string;
      /** @example 4 */
      maxCovers: number;
      /** @example 2 */
      minCovers: number;
      /**
       * @description Name of one of the document’s zones
       * @example Terrace
       */
      zone: string;
    };
    SignInInput: {
      /** @example ops@demo-bistro.test */
      email: string;
      /** Format: password */
      password: string;
    };
    StaffBookingInput: {
      guest: components['schemas']['GuestInput'];
      /** @example Window seat if possible */
      notes?: string;
      /** @example 4 */
      partySize: number;
      /**
       * @description A zone name of the restaurant the guest prefers
       * @example Terrace
       */
      seatingPreference?: string;
      /**
       * Format: date-time
       * @description ISO 8601 with an offset (Z or ±hh:mm)
       * @example 2026-11-23T19:00:00+00:00
       */
      startsAt: string;
      /** @description Seat the party at these tables instead of the engine's pick (checked free under the lock) */
      tableIds?: string[];
    };
    StaffModifyInput: {
      guest?: components['schemas']['GuestChangeInput'];
      notes?: string | null;
      /** @example 4 */
      partySize?: number;
      /** @example Terrace */
      seatingPreference?: string | null;
      /**
       * Format: date-time
       * @description ISO 8601 with an offset
       * @example 2026-11-23T20:00:00+00:00
       */
      startsAt?: string;
      /** @description Move the party to these tables (checked free for the new time under the lock) */
      tableIds?: string[];
    };
    StaffOutput: {
      /** @example ops@demo-bistro.test */
      email: string;
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      restaurantId: string;
      /** @example Demo Bistro */
      restaurantName: string;
      /** @enum {string} */
      role: 'manager' | 'ops' | 'viewer';
      /** @example Europe/London */
      timezone: string;
    };
    TableChangeOutput: {
      /** @description Bookings that hold the table and no longer fit it; never changed, for staff to move */
      affectedBookings: components['schemas']['AffectedBookingOutput'][];
      table: components['schemas']['TableOutput'];
    };
    TableInput: {
      /**
       * @description false: kept, but never offered or assigned
       * @default true
       */
      active: boolean;
      /**
       * @description Labels of neighbouring tables it can be pushed together with (a table set)
       * @example [
       *       "T20"
       *     ]
       */
      combinableWith?: string[];
      /** @example T21 */
      label: string;
      /** @example 4 */
      maxCovers: number;
      /** @example 2 */
      minCovers: number;
      /**
       * Format: uuid
       * @description The zone the table stands in
       */
      zoneId: string;
    };
    TableListOutput: {
      data: components['schemas']['TableOutput'][];
    };
    TableOutput: {
      active: boolean;
      /**
       * @example [
       *       "T14"
       *     ]
       */
      combinableWith: string[];
      /** Format: uuid */
      id: string;
      /** @example T13 */
      label: string;
      /** @example 4 */
      maxCovers: number;
      /** @example 2 */
      minCovers: number;
      /** @example Terrace */
      zone: string;
      /** Format: uuid */
      zoneId: string;
    };
    TablePatchInput: {
      /** @description false takes it out of service; bookings holding it are listed */
      active?: boolean;
      /**
       * @example [
       *       "T20"
       *     ]
       */
      combinableWith?: string[];
      /** @example T21 */
      label?: string;
      maxCovers?: number;
      minCovers?: number;
      /** Format: uuid */
      zoneId?: string;
    };
    TableRefOutput: {
      /** Format: uuid */
      id: string;
      /** @example T4 */
      label: string;
    };
    UpdateWebhookEndpointInput: {
      description?: string | null;
      /** @description true re-enables a disabled endpoint (its failure run starts afresh) */
      enabled?: boolean;
      /** @description Event types the endpoint receives; empty or left out: all of them (the catalog is the OpenAPI document’s `webhooks`). A `webhook.test` ping always reaches it. */
      events?: (
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
      guestContactAllowed?: boolean;
      rateLimitPerSecond?: number;
      /** @example https://pos.example.com/tablekeeper/hooks */
      url?: string;
    };
    WalkInGuestInput: {
      /** @description Allergies among the 14 EU allergens; added to the guest's profile */
      allergens?: (
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
      dietaryNotes?: string;
      /** @example ada@example.com */
      email?: string;
      /**
       * @description Preferred language, BCP 47 (en, de-AT)
       * @example en
       */
      language?: string;
      /** @description The guest agreed (true) or declined (false) to marketing; recorded with its time and channel */
      marketingConsent?: boolean;
      /** @example Ada Lovelace */
      name: string;
      /**
       * @description E.164 preferred; digits, spaces, ()- allowed
       * @example +447700900123
       */
      phone?: string;
    };
    WalkInInput: {
      /** @description Default: a guest named "Walk-in" */
      guest?: components['schemas']['WalkInGuestInput'];
      /** @example Birthday */
      notes?: string;
      /** @example 2 */
      partySize: number;
      /** @description The free tables to seat them at */
      tableIds: string[];
    };
    WebhookDeliveryListOutput: {
      data: components['schemas']['WebhookDeliveryOutput'][];
    };
    WebhookDeliveryOutput: {
      /** @description Attempts of the current round (a redelivery starts a new one) */
      attempts: number;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      deliveredAt: string | null;
      /** Format: uuid */
      endpointId: string;
      /** @example booking.confirmed */
      eventType: string;
      /**
       * @description Delivery id (a string: it is a 64-bit number)
       * @example 1042
       */
      id: string;
      /** Format: date-time */
      lastAttemptAt: string | null;
      /** @description Why there was no answer (timeout, refused...) */
      lastError: string | null;
      /** @example 48 */
      lastLatencyMs: number | null;
      /** @example 200 */
      lastStatusCode: number | null;
      /**
       * @description The `webhook-id` header, the same on every attempt
       * @example evt_1042
       */
      messageId: string;
      /** Format: date-time */
      nextAttemptAt: string | null;
      /**
       * @description failed: the retry schedule ran out
       * @enum {string}
       */
      status: 'pending' | 'delivered' | 'failed';
      /** @description Attempts over every round: a redelivery adds to it rather than starting again */
      totalAttempts: number;
    };
    WebhookEndpointListOutput: {
      data: components['schemas']['WebhookEndpointOutput'][];
    };
    WebhookEndpointOutput: {
      /** Format: date-time */
      createdAt: string;
      /** @example Front-of-house POS */
      description: string | null;
      /** Format: date-time */
      disabledAt: string | null;
      /**
       * @description gone: the receiver answered 410; failing: failed for days; manual: switched off by a person
       * @enum {string|null}
       */
      disabledReason: 'gone' | 'failing' | 'manual' | null;
      enabled: boolean;
      /**
       * @description Empty: all types
       * @example [
       *       "booking.confirmed",
       *       "booking.cancelled"
       *     ]
       */
      events: string[];
      /**
       * Format: date-time
       * @description Failing without a success since
       */
      failingSince: string | null;
      guestContactAllowed: boolean;
      /** Format: uuid */
      id: string;
      /**
       * Format: date-time
       * @description After a rotation: until when the previous secret still signs too
       */
      previousSecretExpiresAt: string | null;
      /** @example 10 */
      rateLimitPerSecond: number;
      /** Format: uuid */
      restaurantId: string;
      /** Format: date-time */
      updatedAt: string;
      /** @example https://pos.example.com/tablekeeper/hooks */
      url: string;
    };
    WebhookEventTypeOutput: {
      /** @example The booking is confirmed */
      summary: string;
      /** @example booking.confirmed */
      type: string;
    };
    WeeklyPeriodInput: {
      /**
       * @description 24:00 is midnight
       * @example 23:00
       */
      closes: string;
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
      days: number[];
      /**
       * @description Latest start of the period
       * @example 21:30
       */
      lastSeating?: string;
      /** @example Dinner */
      name: string;
      /** @example 18:00 */
      opens: string;
    };
    WeeklyPeriodOutput: {
      /** @example 23:00 */
      closes: string;
      /**
       * @example [
       *       1,
       *       2,
       *       3,
       *       4,
       *       5
       *     ]
       */
      days: number[];
      /** @example 21:30 */
      lastSeating: string | null;
      /** @example Dinner */
      name: string;
      /** @example 18:00 */
      opens: string;
    };
    WidgetEmbedOutput: {
      /**
       * @description The `restaurant` attribute: the restaurant's slug
       * @example demo-bistro
       */
      restaurant: string;
      /**
       * @description The widget's script on this gateway (PUBLIC_URL, else the address the request came to)
       * @example https://api.example.com/widget.js
       */
      scriptUrl: string;
    };
    ZoneInput: {
      /** @example Terrace */
      name: string;
      /**
       * @description Position among the zones
       * @example 1
       */
      sortOrder?: number;
    };
    ZoneListOutput: {
      data: components['schemas']['ZoneOutput'][];
    };
    ZoneOutput: {
      /** Format: uuid */
      id: string;
      /** @example Terrace */
      name: string;
      sortOrder: number;
      /** @example 6 */
      tableCount: number;
    };
    ZonePatchInput: {
      /** @example Garden */
      name?: string;
      sortOrder?: number;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: {
    /** @description `true` when this is the stored answer of an earlier request with the same key */
    'Idempotent-Replayed': 'true';
    /** @description Requests allowed per window for this budget (reads or writes) */
    'RateLimit-Limit': number;
    /** @description The budget, e.g. `1200;w=60` */
    'RateLimit-Policy': string;
    /** @description Requests left in the current window */
    'RateLimit-Remaining': number;
    /** @description Seconds until the window resets */
    'RateLimit-Reset': number;
    /** @description Seconds to wait before retrying */
    'Retry-After': number;
  };
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  getProtectedResourceMetadata: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "resource": "http://localhost:3000/mcp",
           *       "bearer_methods_supported": [
           *         "header"
           *       ],
           *       "scopes_supported": [
           *         "text"
           *       ],
           *       "resource_name": "Tablekeeper",
           *       "resource_documentation": "http://localhost:3000/docs"
           *     }
           */
          'application/json': components['schemas']['ProtectedResourceOutput'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
    };
  };
  getMcpProtectedResourceMetadata: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "resource": "http://localhost:3000/mcp",
           *       "bearer_methods_supported": [
           *         "header"
           *       ],
           *       "scopes_supported": [
           *         "text"
           *       ],
           *       "resource_name": "Tablekeeper",
           *       "resource_documentation": "http://localhost:3000/docs"
           *     }
           */
          'application/json': components['schemas']['ProtectedResourceOutput'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
    };
  };
  getStaffAvailability: {
    parameters: {
      query: {
        /** @description Local date at the restaurant (YYYY-MM-DD) */
        date: string;
        partySize: number;
        /** @description Wanted local time (HH:MM); adds nearest alternatives when it is not free */
        time?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "restaurantId": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "date": "2026-11-23",
           *       "timezone": "Europe/London",
           *       "partySize": 1,
           *       "slots": [
           *         {
           *           "time": "19:30",
           *           "startsAt": "2026-11-23T19:00:00Z",
           *           "available": true,
           *           "remainingCovers": 1,
           *           "zones": [
           *             "Main room",
           *             "Terrace"
           *           ],
           *           "manualReview": true
           *         }
           *       ],
           *       "requested": {
           *         "time": "19:30",
           *         "startsAt": "2026-11-23T19:00:00Z",
           *         "available": true
           *       },
           *       "alternatives": [
           *         {
           *           "time": "19:30",
           *           "startsAt": "2026-11-23T19:00:00Z",
           *           "available": true,
           *           "remainingCovers": 1,
           *           "zones": [
           *             "Main room",
           *             "Terrace"
           *           ],
           *           "manualReview": true
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['AvailabilityOutput'];
        };
      };
      /** @description Problem: validation_failed, erasure_not_confirmed, malformed_json, idempotency_key_required, invalid_idempotency_key */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found, guest_not_found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: idempotency_key_reused, restaurant_closed, payload_not_decryptable, party_size_out_of_range, starts_at_in_past, beyond_booking_window, insufficient_notice, off_grid_start_time, closed_on_date, invalid_setup, channel_not_enabled, invalid_webhook_url, unknown_seating_preference */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem422'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  adminListBookings: {
    parameters: {
      query?: {
        /** @description nextCursor of the previous page */
        cursor?: string;
        /** @description Local date; default today at the restaurant */
        date?: string;
        /** @description 1 to 100 (default 50) */
        limit?: string;
        /** @description Part of the guest name or phone number */
        q?: string;
        /** @description Comma-separated statuses */
        status?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *           "workflowId": "text",
           *           "status": "held",
           *           "partySize": 1,
           *           "startsAt": "2026-11-23T19:00:00Z",
           *           "endsAt": "2026-11-23T19:00:00Z",
           *           "channel": "voice",
           *           "notes": "text",
           *           "guest": {
           *             "name": "text",
           *             "phone": "+447700900123"
           *           },
           *           "tables": [
           *             {
           *               "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *               "label": "T4"
           *             }
           *           ],
           *           "reviewReason": "party_size_over_auto_confirm_limit",
           *           "closeReason": "text"
           *         }
           *       ],
           *       "nextCursor": "text",
           *       "date": "2026-11-23"
           *     }
           */
          'application/json': components['schemas']['BookingPageOutput'];
        };
      };
      /** @description Problem: validation_failed, erasure_not_confirmed, malformed_json, idempotency_key_required, invalid_idempotency_key */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  createStaffBooking: {
    parameters: {
      query?: never;
      header: {
        /** @description One per booking the member of staff means to make; a double submit sends the same one */
        'Idempotency-Key': string;
        /** @description The csrfToken of the session */
        'X-CSRF-Token': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "partySize": 4,
         *       "startsAt": "2026-11-23T19:00:00+00:00",
         *       "guest": {
         *         "name": "Ada Lovelace",
         *         "phone": "+447700900123",
         *         "email": "ada@example.com",
         *         "language": "en",
         *         "marketingConsent": true,
         *         "allergens": [
         *           "celery"
         *         ],
         *         "dietaryNotes": "Vegetarian"
         *       },
         *       "seatingPreference": "Terrace",
         *       "notes": "Window seat if possible",
         *       "tableIds": [
         *         "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f"
         *       ]
         *     }
         */
        'application/json': components['schemas']['StaffBookingInput'];
      };
    };
    responses: {
      201: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "restaurantId": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "status": "held",
           *       "startsAt": "2026-11-23T19:00:00Z",
           *       "endsAt": "2026-11-23T19:00:00Z",
           *       "partySize": 1,
           *       "tables": [
           *         "T4"
           *       ],
           *       "workflowId": "booking:4f1c…:checkout-123",
           *       "holdExpiresAt": "2026-11-23T19:00:00Z",
           *       "reviewReason": "party_size_over_auto_confirm_limit",
           *       "closeReason": "text",
           *       "version": 1,
           *       "pendingChange": {
           *         "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *         "partySize": 1,
           *         "startsAt": "2026-11-23T19:00:00Z",
           *         "endsAt": "2026-11-23T19:00:00Z",
           *         "tables": [
           *           "text"
           *         ],
           *         "reviewReason": "party_size_over_auto_confirm_limit"
           *       }
           *     }
           */
          'application/json': components['schemas']['BookingOutput'];
        };
      };
      202: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "status": "pending",
           *       "workflowId": "text",
           *       "detail": "The booking is still being processed; poll GET /v1/bookings/{id}"
           *     }
           */
          'application/json': components['schemas']['PendingBookingOutput'];
        };
      };
      /** @description Problem: validation_failed, erasure_not_confirmed, malformed_json, idempotency_key_required, invalid_idempotency_key */
      400: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      403: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress */
      409: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem409'];
        };
      };
      /** @description Problem: payload_too_large */
      413: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem413'];
        };
      };
      /** @description Problem: unsupported_media_type */
      415: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem415'];
        };
      };
      /** @description Problem: idempotency_key_reused, restaurant_closed, payload_not_decryptable, party_size_out_of_range, starts_at_in_past, beyond_booking_window, insufficient_notice, off_grid_start_time, closed_on_date, invalid_setup, channel_not_enabled, invalid_webhook_url, unknown_seating_preference */
      422: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem422'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  adminGetBooking: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "restaurantId": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "status": "held",
           *       "startsAt": "2026-11-23T19:00:00Z",
           *       "endsAt": "2026-11-23T19:00:00Z",
           *       "partySize": 1,
           *       "tables": [
           *         "T4"
           *       ],
           *       "workflowId": "booking:4f1c…:checkout-123",
           *       "holdExpiresAt": "2026-11-23T19:00:00Z",
           *       "reviewReason": "party_size_over_auto_confirm_limit",
           *       "closeReason": "text",
           *       "version": 1,
           *       "pendingChange": {
           *         "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *         "partySize": 1,
           *         "startsAt": "2026-11-23T19:00:00Z",
           *         "endsAt": "2026-11-23T19:00:00Z",
           *         "tables": [
           *           "text"
           *         ],
           *         "reviewReason": "party_size_over_auto_confirm_limit"
           *       },
           *       "channel": "api",
           *       "notes": "text",
           *       "seatingPreference": "text",
           *       "closeReasonCode": "guest_request",
           *       "guest": {
           *         "name": "text",
           *         "phone": "text",
           *         "email": "text"
           *       },
           *       "createdAt": "2026-11-23T19:00:00Z",
           *       "events": [
           *         {
           *           "from": "held",
           *           "to": "held",
           *           "actor": "system:booking-workflow",
           *           "reason": "text",
           *           "data": {},
           *           "at": "2026-11-23T19:00:00Z"
           *         }
           *       ],
           *       "workflowUrl": "text"
           *     }
           */
          'application/json': components['schemas']['BookingDetailsOutput'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found, guest_not_found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  adminModifyBooking: {
    parameters: {
      query?: never;
      header: {
        'Idempotency-Key'?: string;
        /** @description The version last read, e.g. "3" */
        'If-Match'?: string;
        /** @description The csrfToken of the session */
        'X-CSRF-Token': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "partySize": 4,
         *       "startsAt": "2026-11-23T20:00:00+00:00",
         *       "seatingPreference": "Terrace",
         *       "notes": "text",
         *       "guest": {
         *         "name": "Ada Lovelace",
         *         "phone": "+447700900123",
         *         "email": "ada@example.com"
         *       },
         *       "tableIds": [
         *         "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f"
         *       ]
         *     }
         */
        'application/json': components['schemas']['StaffModifyInput'];
      };
    };
    responses: {
      200: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "restaurantId": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "status": "held",
           *       "startsAt": "2026-11-23T19:00:00Z",
           *       "endsAt": "2026-11-23T19:00:00Z",
           *       "partySize": 1,
           *       "tables": [
           *         "T4"
           *       ],
           *       "workflowId": "booking:4f1c…:checkout-123",
           *       "holdExpiresAt": "2026-11-23T19:00:00Z",
           *       "reviewReason": "party_size_over_auto_confirm_limit",
           *       "closeReason": "text",
           *       "version": 1,
           *       "pendingChange": {
           *         "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *         "partySize": 1,
           *         "startsAt": "2026-11-23T19:00:00Z",
           *         "endsAt": "2026-11-23T19:00:00Z",
           *         "tables": [
           *           "text"
           *         ],
           *         "reviewReason": "party_size_over_auto_confirm_limit"
           *       }
           *     }
           */
          'application/json': components['schemas']['BookingOutput'];
        };
      };
      202: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "restaurantId": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "status": "held",
           *       "startsAt": "2026-11-23T19:00:00Z",
           *       "endsAt": "2026-11-23T19:00:00Z",
           *       "partySize": 1,
           *       "tables": [
           *         "T4"
           *       ],
           *       "workflowId": "booking:4f1c…:checkout-123",
           *       "holdExpiresAt": "2026-11-23T19:00:00Z",
           *       "reviewReason": "party_size_over_auto_confirm_limit",
           *       "closeReason": "text",
           *       "version": 1,
           *       "pendingChange": {
           *         "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *         "partySize": 1,
           *         "startsAt": "2026-11-23T19:00:00Z",
           *         "endsAt": "2026-11-23T19:00:00Z",
           *         "tables": [
           *           "text"
           *         ],
           *         "reviewReason": "party_size_over_auto_confirm_limit"
           *       }
           *     }
           */
          'application/json': components['schemas']['BookingOutput'];
        };
      };
      /** @description Problem: validation_failed, erasure_not_confirmed, malformed_json, idempotency_key_required, invalid_idempotency_key */
      400: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      403: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found, guest_not_found */
      404: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress */
      409: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem409'];
        };
      };
      /** @description Problem: version_mismatch */
      412: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem412'];
        };
      };
      /** @description Problem: payload_too_large */
      413: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem413'];
        };
      };
      /** @description Problem: unsupported_media_type */
      415: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem415'];
        };
      };
      /** @description Problem: idempotency_key_reused, restaurant_closed, payload_not_decryptable, party_size_out_of_range, starts_at_in_past, beyond_booking_window, insufficient_notice, off_grid_start_time, closed_on_date, invalid_setup, channel_not_enabled, invalid_webhook_url, unknown_seating_preference */
      422: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem422'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  adminApproveBooking: {
    parameters: {
      query?: never;
      header: {
        /** @description The csrfToken of the session */
        'X-CSRF-Token': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "tableIds": [
         *         "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f"
         *       ],
         *       "reason": "Manager agreed"
         *     }
         */
        'application/json': components['schemas']['ApproveInput'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "restaurantId": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "status": "held",
           *       "startsAt": "2026-11-23T19:00:00Z",
           *       "endsAt": "2026-11-23T19:00:00Z",
           *       "partySize": 1,
           *       "tables": [
           *         "T4"
           *       ],
           *       "workflowId": "booking:4f1c…:checkout-123",
           *       "holdExpiresAt": "2026-11-23T19:00:00Z",
           *       "reviewReason": "party_size_over_auto_confirm_limit",
           *       "closeReason": "text",
           *       "version": 1,
           *       "pendingChange": {
           *         "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *         "partySize": 1,
           *         "startsAt": "2026-11-23T19:00:00Z",
           *         "endsAt": "2026-11-23T19:00:00Z",
           *         "tables": [
           *           "text"
           *         ],
           *         "reviewReason": "party_size_over_auto_confirm_limit"
           *       }
           *     }
           */
          'application/json': components['schemas']['BookingOutput'];
        };
      };
      /** @description Problem: validation_failed, erasure_not_confirmed, malformed_json, idempotency_key_required, invalid_idempotency_key */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found, guest_not_found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress */
      409: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem409'];
        };
      };
      /** @description Problem: payload_too_large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem413'];
        };
      };
      /** @description Problem: unsupported_media_type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem415'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  adminCancelBooking: {
    parameters: {
      query?: never;
      header: {
        /** @description The csrfToken of the session */
        'X-CSRF-Token': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "reasonCode": "other",
         *       "reason": "Guest called to cancel"
         *     }
         */
        'application/json': components['schemas']['CancelBookingInput'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "restaurantId": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "status": "held",
           *       "startsAt": "2026-11-23T19:00:00Z",
           *       "endsAt": "2026-11-23T19:00:00Z",
           *       "partySize": 1,
           *       "tables": [
           *         "T4"
           *       ],
           *       "workflowId": "booking:4f1c…:checkout-123",
           *       "holdExpiresAt": "2026-11-23T19:00:00Z",
           *       "reviewReason": "party_size_over_auto_confirm_limit",
           *       "closeReason": "text",
           *       "version": 1,
           *       "pendingChange": {
           *         "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *         "partySize": 1,
           *         "startsAt": "2026-11-23T19:00:00Z",
           *         "endsAt": "2026-11-23T19:00:00Z",
           *         "tables": [
           *           "text"
           *         ],
           *         "reviewReason": "party_size_over_auto_confirm_limit"
           *       }
           *     }
           */
          'application/json': components['schemas']['BookingOutput'];
        };
      };
      /** @description Problem: validation_failed, erasure_not_confirmed, malformed_json, idempotency_key_required, invalid_idempotency_key */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found, guest_not_found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress */
      409: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem409'];
        };
      };
      /** @description Problem: payload_too_large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem413'];
        };
      };
      /** @description Problem: unsupported_media_type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem415'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  adminApproveChange: {
    parameters: {
      query?: never;
      header: {
        /** @description The csrfToken of the session */
        'X-CSRF-Token': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "reason": "Large party approved by the manager"
         *     }
         */
        'application/json': components['schemas']['OptionalReasonInput'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "restaurantId": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "status": "held",
           *       "startsAt": "2026-11-23T19:00:00Z",
           *       "endsAt": "2026-11-23T19:00:00Z",
           *       "partySize": 1,
           *       "tables": [
           *         "T4"
           *       ],
           *       "workflowId": "booking:4f1c…:checkout-123",
           *       "holdExpiresAt": "2026-11-23T19:00:00Z",
           *       "reviewReason": "party_size_over_auto_confirm_limit",
           *       "closeReason": "text",
           *       "version": 1,
           *       "pendingChange": {
           *         "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *         "partySize": 1,
           *         "startsAt": "2026-11-23T19:00:00Z",
           *         "endsAt": "2026-11-23T19:00:00Z",
           *         "tables": [
           *           "text"
           *         ],
           *         "reviewReason": "party_size_over_auto_confirm_limit"
           *       }
           *     }
           */
          'application/json': components['schemas']['BookingOutput'];
        };
      };
      /** @description Problem: validation_failed, erasure_not_confirmed, malformed_json, idempotency_key_required, invalid_idempotency_key */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found, guest_not_found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress */
      409: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem409'];
        };
      };
      /** @description Problem: payload_too_large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem413'];
        };
      };
      /** @description Problem: unsupported_media_type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem415'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  adminRejectChange: {
    parameters: {
      query?: never;
      header: {
        /** @description The csrfToken of the session */
        'X-CSRF-Token': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "reason": "Guest called to cancel"
         *     }
         */
        'application/json': components['schemas']['ReasonInput'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "restaurantId": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "status": "held",
           *       "startsAt": "2026-11-23T19:00:00Z",
           *       "endsAt": "2026-11-23T19:00:00Z",
           *       "partySize": 1,
           *       "tables": [
           *         "T4"
           *       ],
           *       "workflowId": "booking:4f1c…:checkout-123",
           *       "holdExpiresAt": "2026-11-23T19:00:00Z",
           *       "reviewReason": "party_size_over_auto_confirm_limit",
           *       "closeReason": "text",
           *       "version": 1,
           *       "pendingChange": {
           *         "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *         "partySize": 1,
           *         "startsAt": "2026-11-23T19:00:00Z",
           *         "endsAt": "2026-11-23T19:00:00Z",
           *         "tables": [
           *           "text"
           *         ],
           *         "reviewReason": "party_size_over_auto_confirm_limit"
           *       }
           *     }
           */
          'application/json': components['schemas']['BookingOutput'];
        };
      };
      /** @description Problem: validation_failed, erasure_not_confirmed, malformed_json, idempotency_key_required, invalid_idempotency_key */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found, guest_not_found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress */
      409: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem409'];
        };
      };
      /** @description Problem: payload_too_large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem413'];
        };
      };
      /** @description Problem: unsupported_media_type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem415'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  adminCheckInBooking: {
    parameters: {
      query?: never;
      header: {
        /** @description The csrfToken of the session */
        'X-CSRF-Token': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "restaurantId": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "status": "held",
           *       "startsAt": "2026-11-23T19:00:00Z",
           *       "endsAt": "2026-11-23T19:00:00Z",
           *       "partySize": 1,
           *       "tables": [
           *         "T4"
           *       ],
           *       "workflowId": "booking:4f1c…:checkout-123",
           *       "holdExpiresAt": "2026-11-23T19:00:00Z",
           *       "reviewReason": "party_size_over_auto_confirm_limit",
           *       "closeReason": "text",
           *       "version": 1,
           *       "pendingChange": {
           *         "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *         "partySize": 1,
           *         "startsAt": "2026-11-23T19:00:00Z",
           *         "endsAt": "2026-11-23T19:00:00Z",
           *         "tables": [
           *           "text"
           *         ],
           *         "reviewReason": "party_size_over_auto_confirm_limit"
           *       }
           *     }
           */
          'application/json': components['schemas']['BookingOutput'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found, guest_not_found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress */
      409: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem409'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  adminMarkNoShow: {
    parameters: {
      query?: never;
      header: {
        /** @description The csrfToken of the session */
        'X-CSRF-Token': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "reason": "Large party approved by the manager"
         *     }
         */
        'application/json': components['schemas']['OptionalReasonInput'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "restaurantId": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "status": "held",
           *       "startsAt": "2026-11-23T19:00:00Z",
           *       "endsAt": "2026-11-23T19:00:00Z",
           *       "partySize": 1,
           *       "tables": [
           *         "T4"
           *       ],
           *       "workflowId": "booking:4f1c…:checkout-123",
           *       "holdExpiresAt": "2026-11-23T19:00:00Z",
           *       "reviewReason": "party_size_over_auto_confirm_limit",
           *       "closeReason": "text",
           *       "version": 1,
           *       "pendingChange": {
           *         "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *         "partySize": 1,
           *         "startsAt": "2026-11-23T19:00:00Z",
           *         "endsAt": "2026-11-23T19:00:00Z",
           *         "tables": [
           *           "text"
           *         ],
           *         "reviewReason": "party_size_over_auto_confirm_limit"
           *       }
           *     }
           */
          'application/json': components['schemas']['BookingOutput'];
        };
      };
      /** @description Problem: validation_failed, erasure_not_confirmed, malformed_json, idempotency_key_required, invalid_idempotency_key */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found, guest_not_found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress */
      409: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem409'];
        };
      };
      /** @description Problem: payload_too_large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem413'];
        };
      };
      /** @description Problem: unsupported_media_type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem415'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  adminRejectBooking: {
    parameters: {
      query?: never;
      header: {
        /** @description The csrfToken of the session */
        'X-CSRF-Token': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "reason": "Guest called to cancel"
         *     }
         */
        'application/json': components['schemas']['ReasonInput'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "restaurantId": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "status": "held",
           *       "startsAt": "2026-11-23T19:00:00Z",
           *       "endsAt": "2026-11-23T19:00:00Z",
           *       "partySize": 1,
           *       "tables": [
           *         "T4"
           *       ],
           *       "workflowId": "booking:4f1c…:checkout-123",
           *       "holdExpiresAt": "2026-11-23T19:00:00Z",
           *       "reviewReason": "party_size_over_auto_confirm_limit",
           *       "closeReason": "text",
           *       "version": 1,
           *       "pendingChange": {
           *         "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *         "partySize": 1,
           *         "startsAt": "2026-11-23T19:00:00Z",
           *         "endsAt": "2026-11-23T19:00:00Z",
           *         "tables": [
           *           "text"
           *         ],
           *         "reviewReason": "party_size_over_auto_confirm_limit"
           *       }
           *     }
           */
          'application/json': components['schemas']['BookingOutput'];
        };
      };
      /** @description Problem: validation_failed, erasure_not_confirmed, malformed_json, idempotency_key_required, invalid_idempotency_key */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found, guest_not_found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress */
      409: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem409'];
        };
      };
      /** @description Problem: payload_too_large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem413'];
        };
      };
      /** @description Problem: unsupported_media_type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem415'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  adminUndoNoShow: {
    parameters: {
      query?: never;
      header: {
        /** @description The csrfToken of the session */
        'X-CSRF-Token': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "reason": "Large party approved by the manager"
         *     }
         */
        'application/json': components['schemas']['OptionalReasonInput'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "restaurantId": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "status": "held",
           *       "startsAt": "2026-11-23T19:00:00Z",
           *       "endsAt": "2026-11-23T19:00:00Z",
           *       "partySize": 1,
           *       "tables": [
           *         "T4"
           *       ],
           *       "workflowId": "booking:4f1c…:checkout-123",
           *       "holdExpiresAt": "2026-11-23T19:00:00Z",
           *       "reviewReason": "party_size_over_auto_confirm_limit",
           *       "closeReason": "text",
           *       "version": 1,
           *       "pendingChange": {
           *         "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *         "partySize": 1,
           *         "startsAt": "2026-11-23T19:00:00Z",
           *         "endsAt": "2026-11-23T19:00:00Z",
           *         "tables": [
           *           "text"
           *         ],
           *         "reviewReason": "party_size_over_auto_confirm_limit"
           *       }
           *     }
           */
          'application/json': components['schemas']['BookingOutput'];
        };
      };
      /** @description Problem: validation_failed, erasure_not_confirmed, malformed_json, idempotency_key_required, invalid_idempotency_key */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found, guest_not_found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress */
      409: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem409'];
        };
      };
      /** @description Problem: payload_too_large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem413'];
        };
      };
      /** @description Problem: unsupported_media_type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem415'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  adminListChanges: {
    parameters: {
      query?: {
        /** @description nextCursor of the previous page */
        cursor?: string;
        /** @description 1 to 100 (default 50) */
        limit?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "changeId": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *           "bookingId": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *           "guestName": "text",
           *           "reviewReason": "party_size_over_auto_confirm_limit",
           *           "requestedBy": "api:tk_3f9a",
           *           "requestedAt": "2026-11-23T19:00:00Z",
           *           "before": {
           *             "startsAt": "2026-11-23T19:00:00Z",
           *             "endsAt": "2026-11-23T19:00:00Z",
           *             "partySize": 1,
           *             "tables": [
           *               "T4"
           *             ],
           *             "notes": "text"
           *           },
           *           "after": {
           *             "startsAt": "2026-11-23T19:00:00Z",
           *             "endsAt": "2026-11-23T19:00:00Z",
           *             "partySize": 1,
           *             "tables": [
           *               "T4"
           *             ],
           *             "notes": "text"
           *           }
           *         }
           *       ],
           *       "nextCursor": "text"
           *     }
           */
          'application/json': components['schemas']['ChangeReviewPageOutput'];
        };
      };
      /** @description Problem: validation_failed, erasure_not_confirmed, malformed_json, idempotency_key_required, invalid_idempotency_key */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  adminStreamBookingEvents: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An event stream */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /** @example text */
          'text/event-stream': string;
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  adminGetFloor: {
    parameters: {
      query?: {
        /** @description The instant to show; default now */
        at?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "at": "2026-11-23T19:00:00Z",
           *       "zones": [
           *         {
           *           "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *           "name": "Terrace",
           *           "tables": [
           *             {
           *               "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *               "label": "text",
           *               "minCovers": 1,
           *               "maxCovers": 1,
           *               "state": "free",
           *               "booking": {
           *                 "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *                 "status": "held",
           *                 "guestName": "text",
           *                 "partySize": 1,
           *                 "startsAt": "2026-11-23T19:00:00Z",
           *                 "endsAt": "2026-11-23T19:00:00Z"
           *               }
           *             }
           *           ]
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['FloorOutput'];
        };
      };
      /** @description Problem: validation_failed, erasure_not_confirmed, malformed_json, idempotency_key_required, invalid_idempotency_key */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  lookUpGuests: {
    parameters: {
      query: {
        /** @description Part of a name, phone or email */
        q: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example [
           *       {
           *         "name": "Ada Lovelace",
           *         "phone": "+447700900123",
           *         "email": "ada@example.com",
           *         "lastBookedAt": "2026-11-23T19:00:00Z"
           *       }
           *     ]
           */
          'application/json': components['schemas']['GuestMatchOutput'][];
        };
      };
      /** @description Problem: validation_failed, erasure_not_confirmed, malformed_json, idempotency_key_required, invalid_idempotency_key */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  adminEraseGuest: {
    parameters: {
      query?: never;
      header: {
        /** @description The csrfToken of the session */
        'X-CSRF-Token': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "confirm": "0b9f6a52-3c1d-4e8f-9a7b-2c3d4e5f6a7b"
         *     }
         */
        'application/json': components['schemas']['EraseGuestInput'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "guestId": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "actor": "staff:manager@demo-bistro.test",
           *       "at": "2026-11-23T19:00:00Z",
           *       "removed": {
           *         "notes": 2,
           *         "bookingsAnonymised": 3,
           *         "dataKeysDestroyed": 3
           *       },
           *       "inProgressBookings": [
           *         "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f"
           *       ],
           *       "alreadyErased": true,
           *       "redisPurged": true,
           *       "redis": {
           *         "keysDeleted": 2,
           *         "membersRemoved": 0
           *       }
           *     }
           */
          'application/json': components['schemas']['GuestErasureOutput'];
        };
      };
      /** @description Problem: validation_failed, erasure_not_confirmed, malformed_json, idempotency_key_required, invalid_idempotency_key */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found, guest_not_found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: payload_too_large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem413'];
        };
      };
      /** @description Problem: unsupported_media_type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem415'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  adminExportGuest: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The export */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /** @example {} */
          'application/json': {
            [key: string]: unknown;
          };
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found, guest_not_found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  adminListReviews: {
    parameters: {
      query?: {
        /** @description nextCursor of the previous page */
        cursor?: string;
        /** @description 1 to 100 (default 50) */
        limit?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *           "workflowId": "text",
           *           "status": "held",
           *           "partySize": 1,
           *           "startsAt": "2026-11-23T19:00:00Z",
           *           "endsAt": "2026-11-23T19:00:00Z",
           *           "channel": "voice",
           *           "notes": "text",
           *           "guest": {
           *             "name": "text",
           *             "phone": "+447700900123"
           *           },
           *           "tables": [
           *             {
           *               "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *               "label": "T4"
           *             }
           *           ],
           *           "reviewReason": "party_size_over_auto_confirm_limit",
           *           "closeReason": "text",
           *           "suggestion": {
           *             "tables": [
           *               "B1",
           *               "B2"
           *             ],
           *             "strategy": "combination",
           *             "score": 1,
           *             "reason": "no_table_set_fits_party"
           *           },
           *           "sentToReviewAt": "2026-11-23T19:00:00Z"
           *         }
           *       ],
           *       "nextCursor": "text"
           *     }
           */
          'application/json': components['schemas']['ReviewPageOutput'];
        };
      };
      /** @description Problem: validation_failed, erasure_not_confirmed, malformed_json, idempotency_key_required, invalid_idempotency_key */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  adminGetSession: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "staff": {
           *         "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *         "email": "ops@demo-bistro.test",
           *         "role": "manager",
           *         "restaurantId": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *         "restaurantName": "Demo Bistro",
           *         "timezone": "Europe/London"
           *       },
           *       "csrfToken": "text",
           *       "temporalUiUrl": "http://localhost:8233"
           *     }
           */
          'application/json': components['schemas']['SessionOutput'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  adminSignIn: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "email": "ops@demo-bistro.test",
         *       "password": "text"
         *     }
         */
        'application/json': components['schemas']['SignInInput'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "staff": {
           *         "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *         "email": "ops@demo-bistro.test",
           *         "role": "manager",
           *         "restaurantId": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *         "restaurantName": "Demo Bistro",
           *         "timezone": "Europe/London"
           *       },
           *       "csrfToken": "text",
           *       "temporalUiUrl": "http://localhost:8233"
           *     }
           */
          'application/json': components['schemas']['SessionOutput'];
        };
      };
      /** @description Problem: validation_failed, erasure_not_confirmed, malformed_json, idempotency_key_required, invalid_idempotency_key */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: payload_too_large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem413'];
        };
      };
      /** @description Problem: unsupported_media_type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem415'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      429: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem429'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  adminSignOut: {
    parameters: {
      query?: never;
      header: {
        /** @description The csrfToken of the session */
        'X-CSRF-Token': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Signed out */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  adminListBlocks: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "data": [
           *         {
           *           "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *           "tableId": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *           "tableLabel": "T4",
           *           "zoneId": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *           "zoneName": null,
           *           "startsAt": "2026-11-23T19:00:00Z",
           *           "endsAt": "2026-11-23T19:00:00Z",
           *           "reason": "Wobbly leg",
           *           "createdBy": "staff:maria@bistro.example"
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['BlockListOutput'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  adminCreateBlock: {
    parameters: {
      query?: never;
      header: {
        /** @description The csrfToken of the session */
        'X-CSRF-Token': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "tableId": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
         *       "zoneId": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
         *       "startsAt": "2026-12-05T18:00:00+00:00",
         *       "endsAt": "2026-12-05T23:00:00+00:00",
         *       "reason": "Wobbly leg, carpenter on Friday"
         *     }
         */
        'application/json': components['schemas']['BlockInput'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "block": {
           *         "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *         "tableId": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *         "tableLabel": "T4",
           *         "zoneId": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *         "zoneName": null,
           *         "startsAt": "2026-11-23T19:00:00Z",
           *         "endsAt": "2026-11-23T19:00:00Z",
           *         "reason": "Wobbly leg",
           *         "createdBy": "staff:maria@bistro.example"
           *       },
           *       "affectedBookings": [
           *         {
           *           "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *           "status": "confirmed",
           *           "partySize": 4,
           *           "startsAt": "2026-11-23T19:00:00Z",
           *           "endsAt": "2026-11-23T19:00:00Z",
           *           "tables": [
           *             "T13"
           *           ]
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['BlockChangeOutput'];
        };
      };
      /** @description Problem: validation_failed, erasure_not_confirmed, malformed_json, idempotency_key_required, invalid_idempotency_key */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found, guest_not_found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: payload_too_large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem413'];
        };
      };
      /** @description Problem: unsupported_media_type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem415'];
        };
      };
      /** @description Problem: idempotency_key_reused, restaurant_closed, payload_not_decryptable, party_size_out_of_range, starts_at_in_past, beyond_booking_window, insufficient_notice, off_grid_start_time, closed_on_date, invalid_setup, channel_not_enabled, invalid_webhook_url, unknown_seating_preference */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem422'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  adminDeleteBlock: {
    parameters: {
      query?: never;
      header: {
        /** @description The csrfToken of the session */
        'X-CSRF-Token': string;
      };
      path: {
        blockId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "tableId": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "tableLabel": "T4",
           *       "zoneId": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "zoneName": null,
           *       "startsAt": "2026-11-23T19:00:00Z",
           *       "endsAt": "2026-11-23T19:00:00Z",
           *       "reason": "Wobbly leg",
           *       "createdBy": "staff:maria@bistro.example"
           *     }
           */
          'application/json': components['schemas']['BlockOutput'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found, guest_not_found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  adminListSetupChanges: {
    parameters: {
      query?: {
        /** @description nextCursor of the previous page */
        cursor?: string;
        /** @description Entries per page, 1-100 (default 50) */
        limit?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "42",
           *           "actor": "staff:maria@bistro.example",
           *           "action": "table.create",
           *           "subject": "T21",
           *           "before": {},
           *           "after": {},
           *           "at": "2026-11-23T19:00:00Z"
           *         }
           *       ],
           *       "nextCursor": "text"
           *     }
           */
          'application/json': components['schemas']['SetupChangePageOutput'];
        };
      };
      /** @description Problem: validation_failed, erasure_not_confirmed, malformed_json, idempotency_key_required, invalid_idempotency_key */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  adminListExceptions: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "data": [
           *         {
           *           "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *           "startsOn": "2026-12-25",
           *           "endsOn": "2026-12-25",
           *           "closed": true,
           *           "reason": "Christmas",
           *           "periods": [
           *             {
           *               "name": "Dinner",
           *               "opens": "18:00",
           *               "closes": "23:00",
           *               "lastSeating": "21:30"
           *             }
           *           ]
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['ExceptionListOutput'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  adminCreateException: {
    parameters: {
      query?: never;
      header: {
        /** @description The csrfToken of the session */
        'X-CSRF-Token': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "date": "2026-12-25",
         *       "startsOn": "2026-12-24",
         *       "endsOn": "2026-12-26",
         *       "closed": true,
         *       "reason": "Christmas",
         *       "periods": [
         *         {
         *           "name": "Dinner",
         *           "opens": "18:00",
         *           "closes": "23:00",
         *           "lastSeating": "21:30"
         *         }
         *       ]
         *     }
         */
        'application/json': components['schemas']['ExceptionInput'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "exception": {
           *         "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *         "startsOn": "2026-12-25",
           *         "endsOn": "2026-12-25",
           *         "closed": true,
           *         "reason": "Christmas",
           *         "periods": [
           *           {
           *             "name": "Dinner",
           *             "opens": "18:00",
           *             "closes": "23:00",
           *             "lastSeating": "21:30"
           *           }
           *         ]
           *       },
           *       "affectedBookings": [
           *         {
           *           "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *           "status": "confirmed",
           *           "partySize": 4,
           *           "startsAt": "2026-11-23T19:00:00Z",
           *           "endsAt": "2026-11-23T19:00:00Z",
           *           "tables": [
           *             "T13"
           *           ]
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['ExceptionChangeOutput'];
        };
      };
      /** @description Problem: validation_failed, erasure_not_confirmed, malformed_json, idempotency_key_required, invalid_idempotency_key */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress */
      409: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem409'];
        };
      };
      /** @description Problem: payload_too_large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem413'];
        };
      };
      /** @description Problem: unsupported_media_type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem415'];
        };
      };
      /** @description Problem: idempotency_key_reused, restaurant_closed, payload_not_decryptable, party_size_out_of_range, starts_at_in_past, beyond_booking_window, insufficient_notice, off_grid_start_time, closed_on_date, invalid_setup, channel_not_enabled, invalid_webhook_url, unknown_seating_preference */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem422'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  adminDeleteException: {
    parameters: {
      query?: never;
      header: {
        /** @description The csrfToken of the session */
        'X-CSRF-Token': string;
      };
      path: {
        exceptionId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "startsOn": "2026-12-25",
           *       "endsOn": "2026-12-25",
           *       "closed": true,
           *       "reason": "Christmas",
           *       "periods": [
           *         {
           *           "name": "Dinner",
           *           "opens": "18:00",
           *           "closes": "23:00",
           *           "lastSeating": "21:30"
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['ExceptionOutput'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found, guest_not_found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  adminGetHours: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "periods": [
           *         {
           *           "name": "Dinner",
           *           "opens": "18:00",
           *           "closes": "23:00",
           *           "lastSeating": "21:30",
           *           "days": [
           *             1,
           *             2,
           *             3,
           *             4,
           *             5
           *           ]
           *         }
           *       ],
           *       "pacing": [
           *         {
           *           "period": null,
           *           "intervalMinutes": 15,
           *           "maxCovers": 30,
           *           "maxParties": 6
           *         }
           *       ],
           *       "affectedBookings": [
           *         {
           *           "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *           "status": "confirmed",
           *           "partySize": 4,
           *           "startsAt": "2026-11-23T19:00:00Z",
           *           "endsAt": "2026-11-23T19:00:00Z",
           *           "tables": [
           *             "T13"
           *           ]
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['HoursOutput'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  adminReplaceHours: {
    parameters: {
      query?: never;
      header: {
        /** @description The csrfToken of the session */
        'X-CSRF-Token': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "periods": [
         *         {
         *           "name": "Dinner",
         *           "opens": "18:00",
         *           "closes": "23:00",
         *           "lastSeating": "21:30",
         *           "days": [
         *             1,
         *             2,
         *             3,
         *             4,
         *             5
         *           ]
         *         }
         *       ],
         *       "pacing": [
         *         {
         *           "period": "Dinner",
         *           "intervalMinutes": 15,
         *           "maxCovers": 30,
         *           "maxParties": 6
         *         }
         *       ]
         *     }
         */
        'application/json': components['schemas']['HoursInput'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "periods": [
           *         {
           *           "name": "Dinner",
           *           "opens": "18:00",
           *           "closes": "23:00",
           *           "lastSeating": "21:30",
           *           "days": [
           *             1,
           *             2,
           *             3,
           *             4,
           *             5
           *           ]
           *         }
           *       ],
           *       "pacing": [
           *         {
           *           "period": null,
           *           "intervalMinutes": 15,
           *           "maxCovers": 30,
           *           "maxParties": 6
           *         }
           *       ],
           *       "affectedBookings": [
           *         {
           *           "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *           "status": "confirmed",
           *           "partySize": 4,
           *           "startsAt": "2026-11-23T19:00:00Z",
           *           "endsAt": "2026-11-23T19:00:00Z",
           *           "tables": [
           *             "T13"
           *           ]
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['HoursOutput'];
        };
      };
      /** @description Problem: validation_failed, erasure_not_confirmed, malformed_json, idempotency_key_required, invalid_idempotency_key */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: payload_too_large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem413'];
        };
      };
      /** @description Problem: unsupported_media_type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem415'];
        };
      };
      /** @description Problem: idempotency_key_reused, restaurant_closed, payload_not_decryptable, party_size_out_of_range, starts_at_in_past, beyond_booking_window, insufficient_notice, off_grid_start_time, closed_on_date, invalid_setup, channel_not_enabled, invalid_webhook_url, unknown_seating_preference */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem422'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  adminUpdatePolicy: {
    parameters: {
      query?: never;
      header: {
        /** @description The csrfToken of the session */
        'X-CSRF-Token': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "name": "Demo Bistro",
         *       "timezone": "Europe/London",
         *       "contact": {
         *         "phone": "+442079460000",
         *         "email": "hello@demo-bistro.example",
         *         "address": "1 Market Street, London",
         *         "website": "https://demo-bistro.example"
         *       },
         *       "bookingChannels": [
         *         "api"
         *       ],
         *       "defaultDurationSeconds": 5400,
         *       "durationByPartySize": [
         *         {
         *           "maxPartySize": 2,
         *           "durationSeconds": 5400
         *         }
         *       ],
         *       "holdTtlSeconds": 300,
         *       "autoConfirmMaxPartySize": 8,
         *       "minPartySize": 1,
         *       "maxPartySize": 20,
         *       "manualReviewTimeoutSeconds": 86400,
         *       "reminderLeadSeconds": [
         *         86400,
         *         7200
         *       ],
         *       "noShowGraceSeconds": 900,
         *       "bookingWindowDays": 90,
         *       "minNoticeMinutes": 15,
         *       "slotIntervalMinutes": 15,
         *       "offGridStartsAllowed": false,
         *       "mustEndByClose": true,
         *       "cancellationCutoffMinutes": 120,
         *       "cancellationPolicy": "Free cancellation up to 2 hours before."
         *     }
         */
        'application/json': components['schemas']['PolicyInput'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "before": {
           *         "minNoticeMinutes": 15
           *       },
           *       "after": {
           *         "minNoticeMinutes": 60
           *       }
           *     }
           */
          'application/json': components['schemas']['PolicyChangeOutput'];
        };
      };
      /** @description Problem: validation_failed, erasure_not_confirmed, malformed_json, idempotency_key_required, invalid_idempotency_key */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: payload_too_large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem413'];
        };
      };
      /** @description Problem: unsupported_media_type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem415'];
        };
      };
      /** @description Problem: idempotency_key_reused, restaurant_closed, payload_not_decryptable, party_size_out_of_range, starts_at_in_past, beyond_booking_window, insufficient_notice, off_grid_start_time, closed_on_date, invalid_setup, channel_not_enabled, invalid_webhook_url, unknown_seating_preference */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem422'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  adminGetRestaurant: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "slug": "demo-bistro",
           *       "name": "Demo Bistro",
           *       "timezone": "Europe/London",
           *       "contact": {
           *         "phone": "+442079460000",
           *         "email": "hello@demo-bistro.example",
           *         "address": "1 Market Street, London",
           *         "website": "https://demo-bistro.example"
           *       },
           *       "bookingChannels": [
           *         "api"
           *       ],
           *       "partySize": {
           *         "min": 1,
           *         "max": 20
           *       },
           *       "manualReview": {
           *         "partiesLargerThan": 8,
           *         "decisionWithinSeconds": 86400
           *       },
           *       "booking": {
           *         "windowDays": 90,
           *         "bookableUntil": "2026-11-23T19:00:00Z",
           *         "minNoticeMinutes": 15,
           *         "startTimeGridMinutes": 15,
           *         "offGridStartsAllowed": false,
           *         "mustEndByClose": true
           *       },
           *       "holdTtlSeconds": 300,
           *       "durations": {
           *         "defaultSeconds": 5400,
           *         "byPartySize": [
           *           {
           *             "maxPartySize": 2,
           *             "durationSeconds": 5400
           *           }
           *         ]
           *       },
           *       "cancellation": {
           *         "cutoffMinutes": 120,
           *         "policy": "Free cancellation up to 2 hours before."
           *       },
           *       "seatingPreferences": [
           *         "Main room",
           *         "Terrace",
           *         "Window"
           *       ],
           *       "weeklyHours": [
           *         {
           *           "name": "Dinner",
           *           "opens": "18:00",
           *           "closes": "23:00",
           *           "lastSeating": "21:30",
           *           "days": [
           *             1,
           *             2,
           *             3,
           *             4,
           *             5
           *           ]
           *         }
           *       ],
           *       "calendar": [
           *         {
           *           "date": "2026-12-25",
           *           "weekday": 5,
           *           "closed": false,
           *           "exception": "Christmas",
           *           "periods": [
           *             {
           *               "name": "Dinner",
           *               "opens": "18:00",
           *               "closes": "23:00",
           *               "lastSeating": "21:30"
           *             }
           *           ]
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['RestaurantContextOutput'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  adminListTables: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "data": [
           *         {
           *           "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *           "label": "T13",
           *           "zoneId": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *           "zone": "Terrace",
           *           "minCovers": 2,
           *           "maxCovers": 4,
           *           "active": true,
           *           "combinableWith": [
           *             "T14"
           *           ]
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['TableListOutput'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  adminCreateTable: {
    parameters: {
      query?: never;
      header: {
        /** @description The csrfToken of the session */
        'X-CSRF-Token': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "label": "T21",
         *       "zoneId": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
         *       "minCovers": 2,
         *       "maxCovers": 4,
         *       "active": true,
         *       "combinableWith": [
         *         "T20"
         *       ]
         *     }
         */
        'application/json': components['schemas']['TableInput'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "label": "T13",
           *       "zoneId": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "zone": "Terrace",
           *       "minCovers": 2,
           *       "maxCovers": 4,
           *       "active": true,
           *       "combinableWith": [
           *         "T14"
           *       ]
           *     }
           */
          'application/json': components['schemas']['TableOutput'];
        };
      };
      /** @description Problem: validation_failed, erasure_not_confirmed, malformed_json, idempotency_key_required, invalid_idempotency_key */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found, guest_not_found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress */
      409: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem409'];
        };
      };
      /** @description Problem: payload_too_large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem413'];
        };
      };
      /** @description Problem: unsupported_media_type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem415'];
        };
      };
      /** @description Problem: idempotency_key_reused, restaurant_closed, payload_not_decryptable, party_size_out_of_range, starts_at_in_past, beyond_booking_window, insufficient_notice, off_grid_start_time, closed_on_date, invalid_setup, channel_not_enabled, invalid_webhook_url, unknown_seating_preference */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem422'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  adminDeleteTable: {
    parameters: {
      query?: never;
      header: {
        /** @description The csrfToken of the session */
        'X-CSRF-Token': string;
      };
      path: {
        tableId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "label": "T13",
           *       "zoneId": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "zone": "Terrace",
           *       "minCovers": 2,
           *       "maxCovers": 4,
           *       "active": true,
           *       "combinableWith": [
           *         "T14"
           *       ]
           *     }
           */
          'application/json': components['schemas']['TableOutput'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found, guest_not_found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress */
      409: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem409'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  adminUpdateTable: {
    parameters: {
      query?: never;
      header: {
        /** @description The csrfToken of the session */
        'X-CSRF-Token': string;
      };
      path: {
        tableId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "label": "T21",
         *       "zoneId": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
         *       "minCovers": 1,
         *       "maxCovers": 1,
         *       "active": true,
         *       "combinableWith": [
         *         "T20"
         *       ]
         *     }
         */
        'application/json': components['schemas']['TablePatchInput'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "table": {
           *         "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *         "label": "T13",
           *         "zoneId": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *         "zone": "Terrace",
           *         "minCovers": 2,
           *         "maxCovers": 4,
           *         "active": true,
           *         "combinableWith": [
           *           "T14"
           *         ]
           *       },
           *       "affectedBookings": [
           *         {
           *           "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *           "status": "confirmed",
           *           "partySize": 4,
           *           "startsAt": "2026-11-23T19:00:00Z",
           *           "endsAt": "2026-11-23T19:00:00Z",
           *           "tables": [
           *             "T13"
           *           ]
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['TableChangeOutput'];
        };
      };
      /** @description Problem: validation_failed, erasure_not_confirmed, malformed_json, idempotency_key_required, invalid_idempotency_key */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found, guest_not_found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress */
      409: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem409'];
        };
      };
      /** @description Problem: payload_too_large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem413'];
        };
      };
      /** @description Problem: unsupported_media_type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem415'];
        };
      };
      /** @description Problem: idempotency_key_reused, restaurant_closed, payload_not_decryptable, party_size_out_of_range, starts_at_in_past, beyond_booking_window, insufficient_notice, off_grid_start_time, closed_on_date, invalid_setup, channel_not_enabled, invalid_webhook_url, unknown_seating_preference */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem422'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  adminListWebhookEndpoints: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "endpoints": [
           *         {
           *           "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *           "restaurantId": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *           "url": "https://pos.example.com/tablekeeper/hooks",
           *           "description": "Front-of-house POS",
           *           "events": [
           *             "booking.confirmed",
           *             "booking.cancelled"
           *           ],
           *           "enabled": true,
           *           "disabledReason": "gone",
           *           "disabledAt": "2026-11-23T19:00:00Z",
           *           "guestContactAllowed": true,
           *           "rateLimitPerSecond": 10,
           *           "previousSecretExpiresAt": "2026-11-23T19:00:00Z",
           *           "failingSince": "2026-11-23T19:00:00Z",
           *           "createdAt": "2026-11-23T19:00:00Z",
           *           "updatedAt": "2026-11-23T19:00:00Z",
           *           "recentDeliveries": [
           *             {
           *               "id": "1042",
           *               "endpointId": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *               "messageId": "evt_1042",
           *               "eventType": "booking.confirmed",
           *               "status": "pending",
           *               "attempts": 1,
           *               "totalAttempts": 1,
           *               "nextAttemptAt": "2026-11-23T19:00:00Z",
           *               "lastAttemptAt": "2026-11-23T19:00:00Z",
           *               "lastStatusCode": 200,
           *               "lastLatencyMs": 48,
           *               "lastError": "text",
           *               "deliveredAt": "2026-11-23T19:00:00Z",
           *               "createdAt": "2026-11-23T19:00:00Z"
           *             }
           *           ]
           *         }
           *       ],
           *       "eventTypes": [
           *         {
           *           "type": "booking.confirmed",
           *           "summary": "The booking is confirmed"
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['AdminWebhooksOutput'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  adminCreateWebhookEndpoint: {
    parameters: {
      query?: never;
      header: {
        /** @description The csrfToken of the session */
        'X-CSRF-Token': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "url": "https://pos.example.com/tablekeeper/hooks",
         *       "description": "Front-of-house POS",
         *       "events": [
         *         "booking.confirmed",
         *         "booking.cancelled"
         *       ],
         *       "enabled": true,
         *       "guestContactAllowed": false,
         *       "rateLimitPerSecond": 10
         *     }
         */
        'application/json': components['schemas']['AdminCreateWebhookEndpointInput'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "restaurantId": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "url": "https://pos.example.com/tablekeeper/hooks",
           *       "description": "Front-of-house POS",
           *       "events": [
           *         "booking.confirmed",
           *         "booking.cancelled"
           *       ],
           *       "enabled": true,
           *       "disabledReason": "gone",
           *       "disabledAt": "2026-11-23T19:00:00Z",
           *       "guestContactAllowed": true,
           *       "rateLimitPerSecond": 10,
           *       "previousSecretExpiresAt": "2026-11-23T19:00:00Z",
           *       "failingSince": "2026-11-23T19:00:00Z",
           *       "createdAt": "2026-11-23T19:00:00Z",
           *       "updatedAt": "2026-11-23T19:00:00Z",
           *       "secret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
           *     }
           */
          'application/json': components['schemas']['CreatedWebhookEndpointOutput'];
        };
      };
      /** @description Problem: validation_failed, erasure_not_confirmed, malformed_json, idempotency_key_required, invalid_idempotency_key */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: payload_too_large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem413'];
        };
      };
      /** @description Problem: unsupported_media_type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem415'];
        };
      };
      /** @description Problem: idempotency_key_reused, restaurant_closed, payload_not_decryptable, party_size_out_of_range, starts_at_in_past, beyond_booking_window, insufficient_notice, off_grid_start_time, closed_on_date, invalid_setup, channel_not_enabled, invalid_webhook_url, unknown_seating_preference */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem422'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  adminDeleteWebhookEndpoint: {
    parameters: {
      query?: never;
      header: {
        /** @description The csrfToken of the session */
        'X-CSRF-Token': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "restaurantId": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "url": "https://pos.example.com/tablekeeper/hooks",
           *       "description": "Front-of-house POS",
           *       "events": [
           *         "booking.confirmed",
           *         "booking.cancelled"
           *       ],
           *       "enabled": true,
           *       "disabledReason": "gone",
           *       "disabledAt": "2026-11-23T19:00:00Z",
           *       "guestContactAllowed": true,
           *       "rateLimitPerSecond": 10,
           *       "previousSecretExpiresAt": "2026-11-23T19:00:00Z",
           *       "failingSince": "2026-11-23T19:00:00Z",
           *       "createdAt": "2026-11-23T19:00:00Z",
           *       "updatedAt": "2026-11-23T19:00:00Z"
           *     }
           */
          'application/json': components['schemas']['WebhookEndpointOutput'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found, guest_not_found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  adminUpdateWebhookEndpoint: {
    parameters: {
      query?: never;
      header: {
        /** @description The csrfToken of the session */
        'X-CSRF-Token': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "url": "https://pos.example.com/tablekeeper/hooks",
         *       "description": "text",
         *       "events": [
         *         "booking.held"
         *       ],
         *       "enabled": true,
         *       "guestContactAllowed": true,
         *       "rateLimitPerSecond": 1
         *     }
         */
        'application/json': components['schemas']['UpdateWebhookEndpointInput'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "restaurantId": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "url": "https://pos.example.com/tablekeeper/hooks",
           *       "description": "Front-of-house POS",
           *       "events": [
           *         "booking.confirmed",
           *         "booking.cancelled"
           *       ],
           *       "enabled": true,
           *       "disabledReason": "gone",
           *       "disabledAt": "2026-11-23T19:00:00Z",
           *       "guestContactAllowed": true,
           *       "rateLimitPerSecond": 10,
           *       "previousSecretExpiresAt": "2026-11-23T19:00:00Z",
           *       "failingSince": "2026-11-23T19:00:00Z",
           *       "createdAt": "2026-11-23T19:00:00Z",
           *       "updatedAt": "2026-11-23T19:00:00Z"
           *     }
           */
          'application/json': components['schemas']['WebhookEndpointOutput'];
        };
      };
      /** @description Problem: validation_failed, erasure_not_confirmed, malformed_json, idempotency_key_required, invalid_idempotency_key */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found, guest_not_found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: payload_too_large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem413'];
        };
      };
      /** @description Problem: unsupported_media_type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem415'];
        };
      };
      /** @description Problem: idempotency_key_reused, restaurant_closed, payload_not_decryptable, party_size_out_of_range, starts_at_in_past, beyond_booking_window, insufficient_notice, off_grid_start_time, closed_on_date, invalid_setup, channel_not_enabled, invalid_webhook_url, unknown_seating_preference */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem422'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  adminListWebhookDeliveries: {
    parameters: {
      query?: {
        /** @description Only deliveries older than this delivery id (the next page) */
        before?: string;
        limit?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "data": [
           *         {
           *           "id": "1042",
           *           "endpointId": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *           "messageId": "evt_1042",
           *           "eventType": "booking.confirmed",
           *           "status": "pending",
           *           "attempts": 1,
           *           "totalAttempts": 1,
           *           "nextAttemptAt": "2026-11-23T19:00:00Z",
           *           "lastAttemptAt": "2026-11-23T19:00:00Z",
           *           "lastStatusCode": 200,
           *           "lastLatencyMs": 48,
           *           "lastError": "text",
           *           "deliveredAt": "2026-11-23T19:00:00Z",
           *           "createdAt": "2026-11-23T19:00:00Z"
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['WebhookDeliveryListOutput'];
        };
      };
      /** @description Problem: validation_failed, erasure_not_confirmed, malformed_json, idempotency_key_required, invalid_idempotency_key */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found, guest_not_found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  adminRedeliverWebhook: {
    parameters: {
      query?: never;
      header: {
        /** @description The csrfToken of the session */
        'X-CSRF-Token': string;
      };
      path: {
        deliveryId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      202: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "1042",
           *       "endpointId": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "messageId": "evt_1042",
           *       "eventType": "booking.confirmed",
           *       "status": "pending",
           *       "attempts": 1,
           *       "totalAttempts": 1,
           *       "nextAttemptAt": "2026-11-23T19:00:00Z",
           *       "lastAttemptAt": "2026-11-23T19:00:00Z",
           *       "lastStatusCode": 200,
           *       "lastLatencyMs": 48,
           *       "lastError": "text",
           *       "deliveredAt": "2026-11-23T19:00:00Z",
           *       "createdAt": "2026-11-23T19:00:00Z"
           *     }
           */
          'application/json': components['schemas']['WebhookDeliveryOutput'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found, guest_not_found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  adminRotateWebhookSecret: {
    parameters: {
      query?: never;
      header: {
        /** @description The csrfToken of the session */
        'X-CSRF-Token': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "endpoint": {
           *         "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *         "restaurantId": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *         "url": "https://pos.example.com/tablekeeper/hooks",
           *         "description": "Front-of-house POS",
           *         "events": [
           *           "booking.confirmed",
           *           "booking.cancelled"
           *         ],
           *         "enabled": true,
           *         "disabledReason": "gone",
           *         "disabledAt": "2026-11-23T19:00:00Z",
           *         "guestContactAllowed": true,
           *         "rateLimitPerSecond": 10,
           *         "previousSecretExpiresAt": "2026-11-23T19:00:00Z",
           *         "failingSince": "2026-11-23T19:00:00Z",
           *         "createdAt": "2026-11-23T19:00:00Z",
           *         "updatedAt": "2026-11-23T19:00:00Z"
           *       },
           *       "secret": "whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD",
           *       "previousSecretExpiresAt": "2026-11-23T19:00:00Z"
           *     }
           */
          'application/json': components['schemas']['RotatedSecretOutput'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found, guest_not_found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  adminPingWebhookEndpoint: {
    parameters: {
      query?: never;
      header: {
        /** @description The csrfToken of the session */
        'X-CSRF-Token': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      202: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "1042",
           *       "endpointId": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "messageId": "evt_1042",
           *       "eventType": "booking.confirmed",
           *       "status": "pending",
           *       "attempts": 1,
           *       "totalAttempts": 1,
           *       "nextAttemptAt": "2026-11-23T19:00:00Z",
           *       "lastAttemptAt": "2026-11-23T19:00:00Z",
           *       "lastStatusCode": 200,
           *       "lastLatencyMs": 48,
           *       "lastError": "text",
           *       "deliveredAt": "2026-11-23T19:00:00Z",
           *       "createdAt": "2026-11-23T19:00:00Z"
           *     }
           */
          'application/json': components['schemas']['WebhookDeliveryOutput'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found, guest_not_found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  adminListWidgetKeys: {
    parameters: {
      query?: {
        /** @description nextCursor of the previous page */
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "data": [
           *         {
           *           "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *           "prefix": "3f9a0c1b2d",
           *           "name": "text",
           *           "channel": "api",
           *           "scopes": [
           *             "availability:read"
           *           ],
           *           "restaurantIds": [
           *             "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f"
           *           ],
           *           "readsPerMinute": 1,
           *           "writesPerMinute": 1,
           *           "kind": "secret",
           *           "allowedOrigins": [
           *             "text"
           *           ],
           *           "holdTtlSeconds": 1,
           *           "createdAt": "2026-11-23T19:00:00Z",
           *           "lastUsedAt": "2026-11-23T19:00:00Z",
           *           "revokedAt": "2026-11-23T19:00:00Z"
           *         }
           *       ],
           *       "nextCursor": "text",
           *       "embed": {
           *         "scriptUrl": "https://api.example.com/widget.js",
           *         "restaurant": "demo-bistro"
           *       }
           *     }
           */
          'application/json': components['schemas']['AdminWidgetKeyPageOutput'];
        };
      };
      /** @description Problem: validation_failed, erasure_not_confirmed, malformed_json, idempotency_key_required, invalid_idempotency_key */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found, guest_not_found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  adminCreateWidgetKey: {
    parameters: {
      query?: never;
      header: {
        /** @description The csrfToken of the session */
        'X-CSRF-Token': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "name": "Booking widget on demo-bistro.example",
         *       "allowedOrigins": [
         *         "https://demo-bistro.example"
         *       ],
         *       "holdTtlSeconds": 300,
         *       "readsPerMinute": 1200,
         *       "writesPerMinute": 300
         *     }
         */
        'application/json': components['schemas']['AdminCreateWidgetKeyInput'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "prefix": "3f9a0c1b2d",
           *       "name": "text",
           *       "channel": "api",
           *       "scopes": [
           *         "availability:read"
           *       ],
           *       "restaurantIds": [
           *         "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f"
           *       ],
           *       "readsPerMinute": 1,
           *       "writesPerMinute": 1,
           *       "kind": "secret",
           *       "allowedOrigins": [
           *         "text"
           *       ],
           *       "holdTtlSeconds": 1,
           *       "createdAt": "2026-11-23T19:00:00Z",
           *       "lastUsedAt": "2026-11-23T19:00:00Z",
           *       "revokedAt": "2026-11-23T19:00:00Z",
           *       "key": "tk_3f9a0c1b2d_…"
           *     }
           */
          'application/json': components['schemas']['CreatedApiKeyOutput'];
        };
      };
      /** @description Problem: validation_failed, erasure_not_confirmed, malformed_json, idempotency_key_required, invalid_idempotency_key */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: payload_too_large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem413'];
        };
      };
      /** @description Problem: unsupported_media_type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem415'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  adminRevokeWidgetKey: {
    parameters: {
      query?: never;
      header: {
        /** @description The csrfToken of the session */
        'X-CSRF-Token': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "prefix": "3f9a0c1b2d",
           *       "name": "text",
           *       "channel": "api",
           *       "scopes": [
           *         "availability:read"
           *       ],
           *       "restaurantIds": [
           *         "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f"
           *       ],
           *       "readsPerMinute": 1,
           *       "writesPerMinute": 1,
           *       "kind": "secret",
           *       "allowedOrigins": [
           *         "text"
           *       ],
           *       "holdTtlSeconds": 1,
           *       "createdAt": "2026-11-23T19:00:00Z",
           *       "lastUsedAt": "2026-11-23T19:00:00Z",
           *       "revokedAt": "2026-11-23T19:00:00Z"
           *     }
           */
          'application/json': components['schemas']['ApiKeyOutput'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found, guest_not_found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  adminListZones: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "data": [
           *         {
           *           "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *           "name": "Terrace",
           *           "sortOrder": 1,
           *           "tableCount": 6
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['ZoneListOutput'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  adminCreateZone: {
    parameters: {
      query?: never;
      header: {
        /** @description The csrfToken of the session */
        'X-CSRF-Token': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "name": "Terrace",
         *       "sortOrder": 1
         *     }
         */
        'application/json': components['schemas']['ZoneInput'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "name": "Terrace",
           *       "sortOrder": 1,
           *       "tableCount": 6
           *     }
           */
          'application/json': components['schemas']['ZoneOutput'];
        };
      };
      /** @description Problem: validation_failed, erasure_not_confirmed, malformed_json, idempotency_key_required, invalid_idempotency_key */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress */
      409: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem409'];
        };
      };
      /** @description Problem: payload_too_large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem413'];
        };
      };
      /** @description Problem: unsupported_media_type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem415'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  adminDeleteZone: {
    parameters: {
      query?: never;
      header: {
        /** @description The csrfToken of the session */
        'X-CSRF-Token': string;
      };
      path: {
        zoneId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "name": "Terrace",
           *       "sortOrder": 1,
           *       "tableCount": 6
           *     }
           */
          'application/json': components['schemas']['ZoneOutput'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found, guest_not_found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress */
      409: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem409'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  adminUpdateZone: {
    parameters: {
      query?: never;
      header: {
        /** @description The csrfToken of the session */
        'X-CSRF-Token': string;
      };
      path: {
        zoneId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "name": "Garden",
         *       "sortOrder": 0
         *     }
         */
        'application/json': components['schemas']['ZonePatchInput'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "name": "Terrace",
           *       "sortOrder": 1,
           *       "tableCount": 6
           *     }
           */
          'application/json': components['schemas']['ZoneOutput'];
        };
      };
      /** @description Problem: validation_failed, erasure_not_confirmed, malformed_json, idempotency_key_required, invalid_idempotency_key */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found, guest_not_found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress */
      409: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem409'];
        };
      };
      /** @description Problem: payload_too_large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem413'];
        };
      };
      /** @description Problem: unsupported_media_type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem415'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  seatWalkIn: {
    parameters: {
      query?: never;
      header: {
        /** @description One per booking the member of staff means to make; a double submit sends the same one */
        'Idempotency-Key': string;
        /** @description The csrfToken of the session */
        'X-CSRF-Token': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "partySize": 2,
         *       "tableIds": [
         *         "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f"
         *       ],
         *       "guest": {
         *         "name": "Ada Lovelace",
         *         "phone": "+447700900123",
         *         "email": "ada@example.com",
         *         "language": "en",
         *         "marketingConsent": true,
         *         "allergens": [
         *           "celery"
         *         ],
         *         "dietaryNotes": "Vegetarian"
         *       },
         *       "notes": "Birthday"
         *     }
         */
        'application/json': components['schemas']['WalkInInput'];
      };
    };
    responses: {
      201: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "restaurantId": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "status": "held",
           *       "startsAt": "2026-11-23T19:00:00Z",
           *       "endsAt": "2026-11-23T19:00:00Z",
           *       "partySize": 1,
           *       "tables": [
           *         "T4"
           *       ],
           *       "workflowId": "booking:4f1c…:checkout-123",
           *       "holdExpiresAt": "2026-11-23T19:00:00Z",
           *       "reviewReason": "party_size_over_auto_confirm_limit",
           *       "closeReason": "text",
           *       "version": 1,
           *       "pendingChange": {
           *         "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *         "partySize": 1,
           *         "startsAt": "2026-11-23T19:00:00Z",
           *         "endsAt": "2026-11-23T19:00:00Z",
           *         "tables": [
           *           "text"
           *         ],
           *         "reviewReason": "party_size_over_auto_confirm_limit"
           *       }
           *     }
           */
          'application/json': components['schemas']['BookingOutput'];
        };
      };
      202: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "status": "pending",
           *       "workflowId": "text",
           *       "detail": "The booking is still being processed; poll GET /v1/bookings/{id}"
           *     }
           */
          'application/json': components['schemas']['PendingBookingOutput'];
        };
      };
      /** @description Problem: validation_failed, erasure_not_confirmed, malformed_json, idempotency_key_required, invalid_idempotency_key */
      400: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      403: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress */
      409: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem409'];
        };
      };
      /** @description Problem: payload_too_large */
      413: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem413'];
        };
      };
      /** @description Problem: unsupported_media_type */
      415: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem415'];
        };
      };
      /** @description Problem: idempotency_key_reused, restaurant_closed, payload_not_decryptable, party_size_out_of_range, starts_at_in_past, beyond_booking_window, insufficient_notice, off_grid_start_time, closed_on_date, invalid_setup, channel_not_enabled, invalid_webhook_url, unknown_seating_preference */
      422: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem422'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  decodePayloads: {
    parameters: {
      query?: never;
      header: {
        'x-namespace': string;
        /** @description Temporal namespace; must be ours when sent */
        'X-Namespace'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "payloads": [
         *         {
         *           "metadata": {},
         *           "data": "text"
         *         }
         *       ]
         *     }
         */
        'application/json': {
          payloads: {
            /** Format: byte */
            data?: string;
            metadata?: {
              [key: string]: string;
            };
          }[];
        };
      };
    };
    responses: {
      200: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "payloads": [
           *         {
           *           "metadata": {},
           *           "data": "text"
           *         }
           *       ]
           *     }
           */
          'application/json': {
            payloads: {
              /** Format: byte */
              data?: string;
              metadata?: {
                [key: string]: string;
              };
            }[];
          };
        };
      };
      /** @description Problem: validation_failed, erasure_not_confirmed, malformed_json, idempotency_key_required, invalid_idempotency_key */
      400: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      403: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: payload_too_large */
      413: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem413'];
        };
      };
      /** @description Problem: unsupported_media_type */
      415: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem415'];
        };
      };
      /** @description Problem: idempotency_key_reused, restaurant_closed, payload_not_decryptable, party_size_out_of_range, starts_at_in_past, beyond_booking_window, insufficient_notice, off_grid_start_time, closed_on_date, invalid_setup, channel_not_enabled, invalid_webhook_url, unknown_seating_preference */
      422: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem422'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      429: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem429'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
    };
  };
  encodePayloads: {
    parameters: {
      query?: never;
      header: {
        'x-namespace': string;
        /** @description Temporal namespace; must be ours when sent */
        'X-Namespace'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "payloads": [
         *         {
         *           "metadata": {},
         *           "data": "text"
         *         }
         *       ]
         *     }
         */
        'application/json': {
          payloads: {
            /** Format: byte */
            data?: string;
            metadata?: {
              [key: string]: string;
            };
          }[];
        };
      };
    };
    responses: {
      200: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "payloads": [
           *         {
           *           "metadata": {},
           *           "data": "text"
           *         }
           *       ]
           *     }
           */
          'application/json': {
            payloads: {
              /** Format: byte */
              data?: string;
              metadata?: {
                [key: string]: string;
              };
            }[];
          };
        };
      };
      /** @description Problem: validation_failed, erasure_not_confirmed, malformed_json, idempotency_key_required, invalid_idempotency_key */
      400: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      403: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: payload_too_large */
      413: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem413'];
        };
      };
      /** @description Problem: unsupported_media_type */
      415: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem415'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      429: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem429'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
    };
  };
  getLiveness: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "ok"
           *     }
           */
          'application/json': unknown;
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
    };
  };
  getReadiness: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "ready",
           *       "checks": {
           *         "postgres": {
           *           "status": "up"
           *         }
           *       }
           *     }
           */
          'application/json': unknown;
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description A dependency is down, or the gateway is saturated */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  openMcpStream: {
    parameters: {
      query?: never;
      header: {
        /** @description The session, as the answer to initialize gave it (required on every later request) */
        'Mcp-Session-Id': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An SSE stream */
      200: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      429: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem429'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
    };
  };
  postMcpMessage: {
    parameters: {
      query?: never;
      header?: {
        /** @description The session, as the answer to initialize gave it (required on every later request) */
        'Mcp-Session-Id'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The JSON-RPC answer (application/json or text/event-stream) */
      200: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description A notification or response was accepted */
      202: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Problem: unauthorized; WWW-Authenticate names the resource metadata */
      401: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Host or Origin not allowed (DNS-rebinding protection) */
      403: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Unknown session: initialize a new one */
      404: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      429: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem429'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
    };
  };
  endMcpSession: {
    parameters: {
      query?: never;
      header: {
        /** @description The session, as the answer to initialize gave it (required on every later request) */
        'Mcp-Session-Id': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The session is closed */
      200: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      429: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem429'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
    };
  };
  listApiKeys: {
    parameters: {
      query?: {
        /** @description nextCursor of the previous page */
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "data": [
           *         {
           *           "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *           "prefix": "3f9a0c1b2d",
           *           "name": "text",
           *           "channel": "api",
           *           "scopes": [
           *             "availability:read"
           *           ],
           *           "restaurantIds": [
           *             "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f"
           *           ],
           *           "readsPerMinute": 1,
           *           "writesPerMinute": 1,
           *           "kind": "secret",
           *           "allowedOrigins": [
           *             "text"
           *           ],
           *           "holdTtlSeconds": 1,
           *           "createdAt": "2026-11-23T19:00:00Z",
           *           "lastUsedAt": "2026-11-23T19:00:00Z",
           *           "revokedAt": "2026-11-23T19:00:00Z"
           *         }
           *       ],
           *       "nextCursor": "text"
           *     }
           */
          'application/json': components['schemas']['ApiKeyPageOutput'];
        };
      };
      /** @description Problem: validation_failed, erasure_not_confirmed, malformed_json, idempotency_key_required, invalid_idempotency_key */
      400: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      403: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      429: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem429'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  createApiKey: {
    parameters: {
      query?: never;
      header: {
        /** @description Unique per intended change (1-255 printable ASCII characters). A retry with the same key and request answers the first answer again, with Idempotent-Replayed: true, for at least 24 h. */
        'Idempotency-Key': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "name": "WhatsApp assistant",
         *       "channel": "whatsapp",
         *       "scopes": [
         *         "availability:read"
         *       ],
         *       "restaurantIds": [
         *         "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f"
         *       ],
         *       "readsPerMinute": 1200,
         *       "writesPerMinute": 300
         *     }
         */
        'application/json': components['schemas']['CreateApiKeyInput'];
      };
    };
    responses: {
      201: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "prefix": "3f9a0c1b2d",
           *       "name": "text",
           *       "channel": "api",
           *       "scopes": [
           *         "availability:read"
           *       ],
           *       "restaurantIds": [
           *         "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f"
           *       ],
           *       "readsPerMinute": 1,
           *       "writesPerMinute": 1,
           *       "kind": "secret",
           *       "allowedOrigins": [
           *         "text"
           *       ],
           *       "holdTtlSeconds": 1,
           *       "createdAt": "2026-11-23T19:00:00Z",
           *       "lastUsedAt": "2026-11-23T19:00:00Z",
           *       "revokedAt": "2026-11-23T19:00:00Z",
           *       "key": "tk_3f9a0c1b2d_…"
           *     }
           */
          'application/json': components['schemas']['CreatedApiKeyOutput'];
        };
      };
      /**
       * @description Problem: validation_failed, erasure_not_confirmed, malformed_json, idempotency_key_required, invalid_idempotency_key
       *
       *     Problem: idempotency_key_required, invalid_idempotency_key
       */
      400: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      403: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found, guest_not_found */
      404: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: idempotency_request_in_progress (the same key is still being processed; see Retry-After) */
      409: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem409'];
        };
      };
      /** @description Problem: payload_too_large */
      413: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem413'];
        };
      };
      /** @description Problem: unsupported_media_type */
      415: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem415'];
        };
      };
      /**
       * @description Problem: idempotency_key_reused, restaurant_closed, payload_not_decryptable, party_size_out_of_range, starts_at_in_past, beyond_booking_window, insufficient_notice, off_grid_start_time, closed_on_date, invalid_setup, channel_not_enabled, invalid_webhook_url, unknown_seating_preference
       *
       *     Problem: idempotency_key_reused (the key was used for another body)
       */
      422: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem422'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      429: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem429'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  getApiKey: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "prefix": "3f9a0c1b2d",
           *       "name": "text",
           *       "channel": "api",
           *       "scopes": [
           *         "availability:read"
           *       ],
           *       "restaurantIds": [
           *         "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f"
           *       ],
           *       "readsPerMinute": 1,
           *       "writesPerMinute": 1,
           *       "kind": "secret",
           *       "allowedOrigins": [
           *         "text"
           *       ],
           *       "holdTtlSeconds": 1,
           *       "createdAt": "2026-11-23T19:00:00Z",
           *       "lastUsedAt": "2026-11-23T19:00:00Z",
           *       "revokedAt": "2026-11-23T19:00:00Z"
           *     }
           */
          'application/json': components['schemas']['ApiKeyOutput'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      403: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found, guest_not_found */
      404: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      429: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem429'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  revokeApiKey: {
    parameters: {
      query?: never;
      header: {
        /** @description Unique per intended change (1-255 printable ASCII characters). A retry with the same key and request answers the first answer again, with Idempotent-Replayed: true, for at least 24 h. */
        'Idempotency-Key': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "prefix": "3f9a0c1b2d",
           *       "name": "text",
           *       "channel": "api",
           *       "scopes": [
           *         "availability:read"
           *       ],
           *       "restaurantIds": [
           *         "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f"
           *       ],
           *       "readsPerMinute": 1,
           *       "writesPerMinute": 1,
           *       "kind": "secret",
           *       "allowedOrigins": [
           *         "text"
           *       ],
           *       "holdTtlSeconds": 1,
           *       "createdAt": "2026-11-23T19:00:00Z",
           *       "lastUsedAt": "2026-11-23T19:00:00Z",
           *       "revokedAt": "2026-11-23T19:00:00Z"
           *     }
           */
          'application/json': components['schemas']['ApiKeyOutput'];
        };
      };
      /** @description Problem: idempotency_key_required, invalid_idempotency_key */
      400: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      403: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found, guest_not_found */
      404: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: idempotency_request_in_progress (the same key is still being processed; see Retry-After) */
      409: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem409'];
        };
      };
      /** @description Problem: idempotency_key_reused (the key was used for another body) */
      422: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem422'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      429: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem429'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  createPublishableKey: {
    parameters: {
      query?: never;
      header: {
        /** @description Unique per intended change (1-255 printable ASCII characters). A retry with the same key and request answers the first answer again, with Idempotent-Replayed: true, for at least 24 h. */
        'Idempotency-Key': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "name": "Booking widget on demo-bistro.example",
         *       "restaurantId": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
         *       "allowedOrigins": [
         *         "https://demo-bistro.example"
         *       ],
         *       "holdTtlSeconds": 300,
         *       "readsPerMinute": 1200,
         *       "writesPerMinute": 300
         *     }
         */
        'application/json': components['schemas']['CreatePublishableKeyInput'];
      };
    };
    responses: {
      201: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "prefix": "3f9a0c1b2d",
           *       "name": "text",
           *       "channel": "api",
           *       "scopes": [
           *         "availability:read"
           *       ],
           *       "restaurantIds": [
           *         "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f"
           *       ],
           *       "readsPerMinute": 1,
           *       "writesPerMinute": 1,
           *       "kind": "secret",
           *       "allowedOrigins": [
           *         "text"
           *       ],
           *       "holdTtlSeconds": 1,
           *       "createdAt": "2026-11-23T19:00:00Z",
           *       "lastUsedAt": "2026-11-23T19:00:00Z",
           *       "revokedAt": "2026-11-23T19:00:00Z",
           *       "key": "tk_3f9a0c1b2d_…"
           *     }
           */
          'application/json': components['schemas']['CreatedApiKeyOutput'];
        };
      };
      /**
       * @description Problem: validation_failed, erasure_not_confirmed, malformed_json, idempotency_key_required, invalid_idempotency_key
       *
       *     Problem: idempotency_key_required, invalid_idempotency_key
       */
      400: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      403: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found, guest_not_found */
      404: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: idempotency_request_in_progress (the same key is still being processed; see Retry-After) */
      409: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem409'];
        };
      };
      /** @description Problem: payload_too_large */
      413: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem413'];
        };
      };
      /** @description Problem: unsupported_media_type */
      415: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem415'];
        };
      };
      /**
       * @description Problem: idempotency_key_reused, restaurant_closed, payload_not_decryptable, party_size_out_of_range, starts_at_in_past, beyond_booking_window, insufficient_notice, off_grid_start_time, closed_on_date, invalid_setup, channel_not_enabled, invalid_webhook_url, unknown_seating_preference
       *
       *     Problem: idempotency_key_reused (the key was used for another body)
       */
      422: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem422'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      429: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem429'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  findBookingsByGuestContact: {
    parameters: {
      query?: {
        email?: string;
        /** @description Any format; read as E.164 with the restaurant's country */
        phone?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *           "restaurantId": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *           "status": "held",
           *           "startsAt": "2026-11-23T19:00:00Z",
           *           "endsAt": "2026-11-23T19:00:00Z",
           *           "partySize": 1,
           *           "tables": [
           *             "T4"
           *           ],
           *           "workflowId": "booking:4f1c…:checkout-123",
           *           "holdExpiresAt": "2026-11-23T19:00:00Z",
           *           "reviewReason": "party_size_over_auto_confirm_limit",
           *           "closeReason": "text",
           *           "version": 1,
           *           "pendingChange": {
           *             "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *             "partySize": 1,
           *             "startsAt": "2026-11-23T19:00:00Z",
           *             "endsAt": "2026-11-23T19:00:00Z",
           *             "tables": [
           *               "text"
           *             ],
           *             "reviewReason": "party_size_over_auto_confirm_limit"
           *           }
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['BookingSearchOutput'];
        };
      };
      /** @description Problem: validation_failed, erasure_not_confirmed, malformed_json, idempotency_key_required, invalid_idempotency_key */
      400: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      403: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      429: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem429'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  createBooking: {
    parameters: {
      query?: never;
      header: {
        /** @description Unique per intended change (1-255 printable ASCII characters). A retry with the same key and request answers the first answer again, with Idempotent-Replayed: true, for at least 24 h. */
        'Idempotency-Key': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateBookingInput'];
      };
    };
    responses: {
      /** @description Booked (confirmed or manual_review) */
      201: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "9c4e2a71-0b3d-4f6a-8e15-7d2c9b0a3e48",
           *       "restaurantId": "2f7b1c9e-5a43-4d8e-9b61-3c0a7e2d4f15",
           *       "startsAt": "2026-11-23T19:30:00Z",
           *       "endsAt": "2026-11-23T21:00:00Z",
           *       "partySize": 4,
           *       "tables": [
           *         "T4"
           *       ],
           *       "workflowId": "booking:9c4e2a71-0b3d-4f6a-8e15-7d2c9b0a3e48",
           *       "reviewReason": null,
           *       "closeReason": null,
           *       "pendingChange": null,
           *       "status": "confirmed",
           *       "holdExpiresAt": null,
           *       "version": 3,
           *       "guestRecognised": false
           *     }
           */
          'application/json': components['schemas']['PlacedBookingOutput'];
        };
      };
      /** @description Still being processed; poll the Location */
      202: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "9c4e2a71-0b3d-4f6a-8e15-7d2c9b0a3e48",
           *       "status": "pending",
           *       "workflowId": "booking:9c4e2a71-0b3d-4f6a-8e15-7d2c9b0a3e48",
           *       "detail": "The booking is still being processed; poll GET /v1/bookings/{id}"
           *     }
           */
          'application/json': components['schemas']['PendingBookingOutput'];
        };
      };
      /**
       * @description Problem: validation_failed, erasure_not_confirmed, malformed_json, idempotency_key_required, invalid_idempotency_key
       *
       *     Problem: idempotency_key_required, invalid_idempotency_key
       */
      400: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      403: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found, guest_not_found */
      404: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /**
       * @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress
       *
       *     Problem: idempotency_request_in_progress (the same key is still being processed; see Retry-After)
       */
      409: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem409'];
        };
      };
      /** @description Problem: payload_too_large */
      413: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem413'];
        };
      };
      /** @description Problem: unsupported_media_type */
      415: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem415'];
        };
      };
      /**
       * @description Problem: idempotency_key_reused, restaurant_closed, payload_not_decryptable, party_size_out_of_range, starts_at_in_past, beyond_booking_window, insufficient_notice, off_grid_start_time, closed_on_date, invalid_setup, channel_not_enabled, invalid_webhook_url, unknown_seating_preference
       *
       *     Problem: idempotency_key_reused (the key was used for another body)
       */
      422: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem422'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      429: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem429'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  getBooking: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "9c4e2a71-0b3d-4f6a-8e15-7d2c9b0a3e48",
           *       "restaurantId": "2f7b1c9e-5a43-4d8e-9b61-3c0a7e2d4f15",
           *       "startsAt": "2026-11-23T19:30:00Z",
           *       "endsAt": "2026-11-23T21:00:00Z",
           *       "partySize": 4,
           *       "tables": [
           *         "T4"
           *       ],
           *       "workflowId": "booking:9c4e2a71-0b3d-4f6a-8e15-7d2c9b0a3e48",
           *       "reviewReason": null,
           *       "closeReason": null,
           *       "pendingChange": null,
           *       "status": "confirmed",
           *       "holdExpiresAt": null,
           *       "version": 3,
           *       "channel": "api",
           *       "notes": "Birthday: a quiet table if possible",
           *       "seatingPreference": "Terrace",
           *       "closeReasonCode": null,
           *       "guest": {
           *         "name": "Ada Lovelace",
           *         "phone": "+447700900123",
           *         "email": "ada@example.com"
           *       },
           *       "createdAt": "2026-11-22T18:00:00Z",
           *       "workflowUrl": "http://localhost:8233/namespaces/default/workflows/booking:9c4e2a71-0b3d-4f6a-8e15-7d2c9b0a3e48",
           *       "events": [
           *         {
           *           "from": null,
           *           "to": "held",
           *           "actor": "api:4f1c9e2a",
           *           "reason": null,
           *           "at": "2026-11-22T18:00:00Z"
           *         },
           *         {
           *           "from": "held",
           *           "to": "capacity_verified",
           *           "actor": "system:booking-workflow",
           *           "reason": null,
           *           "at": "2026-11-22T18:04:12Z"
           *         },
           *         {
           *           "from": "capacity_verified",
           *           "to": "assigned",
           *           "actor": "system:booking-workflow",
           *           "reason": null,
           *           "at": "2026-11-22T18:04:12Z"
           *         },
           *         {
           *           "from": "assigned",
           *           "to": "confirmed",
           *           "actor": "system:booking-workflow",
           *           "reason": null,
           *           "at": "2026-11-22T18:04:13Z"
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['BookingDetailsOutput'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      403: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found, guest_not_found */
      404: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      429: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem429'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  modifyBooking: {
    parameters: {
      query?: never;
      header: {
        /** @description Unique per intended change (1-255 printable ASCII characters). A retry with the same key and request answers the first answer again, with Idempotent-Replayed: true, for at least 24 h. */
        'Idempotency-Key': string;
        /** @description The ETag of GET /v1/bookings/{id}; a booking that changed since answers 412 */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "partySize": 4,
         *       "startsAt": "2026-11-23T20:00:00+00:00",
         *       "seatingPreference": "Terrace",
         *       "notes": "text",
         *       "guest": {
         *         "name": "Ada Lovelace",
         *         "phone": "+447700900123",
         *         "email": "ada@example.com"
         *       }
         *     }
         */
        'application/json': components['schemas']['ModifyBookingInput'];
      };
    };
    responses: {
      /** @description Changed */
      200: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "restaurantId": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "status": "held",
           *       "startsAt": "2026-11-23T19:00:00Z",
           *       "endsAt": "2026-11-23T19:00:00Z",
           *       "partySize": 1,
           *       "tables": [
           *         "T4"
           *       ],
           *       "workflowId": "booking:4f1c…:checkout-123",
           *       "holdExpiresAt": "2026-11-23T19:00:00Z",
           *       "reviewReason": "party_size_over_auto_confirm_limit",
           *       "closeReason": "text",
           *       "version": 1,
           *       "pendingChange": {
           *         "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *         "partySize": 1,
           *         "startsAt": "2026-11-23T19:00:00Z",
           *         "endsAt": "2026-11-23T19:00:00Z",
           *         "tables": [
           *           "text"
           *         ],
           *         "reviewReason": "party_size_over_auto_confirm_limit"
           *       }
           *     }
           */
          'application/json': components['schemas']['BookingOutput'];
        };
      };
      /** @description The change waits for staff (pendingChange) */
      202: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "restaurantId": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "status": "held",
           *       "startsAt": "2026-11-23T19:00:00Z",
           *       "endsAt": "2026-11-23T19:00:00Z",
           *       "partySize": 1,
           *       "tables": [
           *         "T4"
           *       ],
           *       "workflowId": "booking:4f1c…:checkout-123",
           *       "holdExpiresAt": "2026-11-23T19:00:00Z",
           *       "reviewReason": "party_size_over_auto_confirm_limit",
           *       "closeReason": "text",
           *       "version": 1,
           *       "pendingChange": {
           *         "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *         "partySize": 1,
           *         "startsAt": "2026-11-23T19:00:00Z",
           *         "endsAt": "2026-11-23T19:00:00Z",
           *         "tables": [
           *           "text"
           *         ],
           *         "reviewReason": "party_size_over_auto_confirm_limit"
           *       }
           *     }
           */
          'application/json': components['schemas']['BookingOutput'];
        };
      };
      /**
       * @description Problem: validation_failed, erasure_not_confirmed, malformed_json, idempotency_key_required, invalid_idempotency_key
       *
       *     Problem: idempotency_key_required, invalid_idempotency_key
       */
      400: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      403: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found, guest_not_found */
      404: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /**
       * @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress
       *
       *     Problem: idempotency_request_in_progress (the same key is still being processed; see Retry-After)
       */
      409: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem409'];
        };
      };
      /** @description Problem: version_mismatch */
      412: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem412'];
        };
      };
      /** @description Problem: payload_too_large */
      413: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem413'];
        };
      };
      /** @description Problem: unsupported_media_type */
      415: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem415'];
        };
      };
      /**
       * @description Problem: idempotency_key_reused, restaurant_closed, payload_not_decryptable, party_size_out_of_range, starts_at_in_past, beyond_booking_window, insufficient_notice, off_grid_start_time, closed_on_date, invalid_setup, channel_not_enabled, invalid_webhook_url, unknown_seating_preference
       *
       *     Problem: idempotency_key_reused (the key was used for another body)
       */
      422: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem422'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      429: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem429'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  approveBooking: {
    parameters: {
      query?: never;
      header: {
        /** @description Unique per intended change (1-255 printable ASCII characters). A retry with the same key and request answers the first answer again, with Idempotent-Replayed: true, for at least 24 h. */
        'Idempotency-Key': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "reason": "Large party approved by the manager"
         *     }
         */
        'application/json': components['schemas']['OptionalReasonInput'];
      };
    };
    responses: {
      200: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "restaurantId": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "status": "held",
           *       "startsAt": "2026-11-23T19:00:00Z",
           *       "endsAt": "2026-11-23T19:00:00Z",
           *       "partySize": 1,
           *       "tables": [
           *         "T4"
           *       ],
           *       "workflowId": "booking:4f1c…:checkout-123",
           *       "holdExpiresAt": "2026-11-23T19:00:00Z",
           *       "reviewReason": "party_size_over_auto_confirm_limit",
           *       "closeReason": "text",
           *       "version": 1,
           *       "pendingChange": {
           *         "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *         "partySize": 1,
           *         "startsAt": "2026-11-23T19:00:00Z",
           *         "endsAt": "2026-11-23T19:00:00Z",
           *         "tables": [
           *           "text"
           *         ],
           *         "reviewReason": "party_size_over_auto_confirm_limit"
           *       }
           *     }
           */
          'application/json': components['schemas']['BookingOutput'];
        };
      };
      /**
       * @description Problem: validation_failed, erasure_not_confirmed, malformed_json, idempotency_key_required, invalid_idempotency_key
       *
       *     Problem: idempotency_key_required, invalid_idempotency_key
       */
      400: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      403: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found, guest_not_found */
      404: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /**
       * @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress
       *
       *     Problem: idempotency_request_in_progress (the same key is still being processed; see Retry-After)
       */
      409: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem409'];
        };
      };
      /** @description Problem: payload_too_large */
      413: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem413'];
        };
      };
      /** @description Problem: unsupported_media_type */
      415: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem415'];
        };
      };
      /** @description Problem: idempotency_key_reused (the key was used for another body) */
      422: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem422'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      429: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem429'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  cancelBooking: {
    parameters: {
      query?: never;
      header: {
        /** @description Unique per intended change (1-255 printable ASCII characters). A retry with the same key and request answers the first answer again, with Idempotent-Replayed: true, for at least 24 h. */
        'Idempotency-Key': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CancelBookingInput'];
      };
    };
    responses: {
      200: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "9c4e2a71-0b3d-4f6a-8e15-7d2c9b0a3e48",
           *       "restaurantId": "2f7b1c9e-5a43-4d8e-9b61-3c0a7e2d4f15",
           *       "startsAt": "2026-11-23T19:30:00Z",
           *       "endsAt": "2026-11-23T21:00:00Z",
           *       "partySize": 4,
           *       "tables": [
           *         "T4"
           *       ],
           *       "workflowId": "booking:9c4e2a71-0b3d-4f6a-8e15-7d2c9b0a3e48",
           *       "reviewReason": null,
           *       "closeReason": "Plans changed",
           *       "pendingChange": null,
           *       "status": "cancelled",
           *       "holdExpiresAt": null,
           *       "version": 4
           *     }
           */
          'application/json': components['schemas']['BookingOutput'];
        };
      };
      /**
       * @description Problem: validation_failed, erasure_not_confirmed, malformed_json, idempotency_key_required, invalid_idempotency_key
       *
       *     Problem: idempotency_key_required, invalid_idempotency_key
       */
      400: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      403: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found, guest_not_found */
      404: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /**
       * @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress
       *
       *     Problem: idempotency_request_in_progress (the same key is still being processed; see Retry-After)
       */
      409: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem409'];
        };
      };
      /** @description Problem: payload_too_large */
      413: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem413'];
        };
      };
      /** @description Problem: unsupported_media_type */
      415: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem415'];
        };
      };
      /** @description Problem: idempotency_key_reused (the key was used for another body) */
      422: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem422'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      429: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem429'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  checkInBooking: {
    parameters: {
      query?: never;
      header: {
        /** @description Unique per intended change (1-255 printable ASCII characters). A retry with the same key and request answers the first answer again, with Idempotent-Replayed: true, for at least 24 h. */
        'Idempotency-Key': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "restaurantId": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "status": "held",
           *       "startsAt": "2026-11-23T19:00:00Z",
           *       "endsAt": "2026-11-23T19:00:00Z",
           *       "partySize": 1,
           *       "tables": [
           *         "T4"
           *       ],
           *       "workflowId": "booking:4f1c…:checkout-123",
           *       "holdExpiresAt": "2026-11-23T19:00:00Z",
           *       "reviewReason": "party_size_over_auto_confirm_limit",
           *       "closeReason": "text",
           *       "version": 1,
           *       "pendingChange": {
           *         "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *         "partySize": 1,
           *         "startsAt": "2026-11-23T19:00:00Z",
           *         "endsAt": "2026-11-23T19:00:00Z",
           *         "tables": [
           *           "text"
           *         ],
           *         "reviewReason": "party_size_over_auto_confirm_limit"
           *       }
           *     }
           */
          'application/json': components['schemas']['BookingOutput'];
        };
      };
      /** @description Problem: idempotency_key_required, invalid_idempotency_key */
      400: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      403: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found, guest_not_found */
      404: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /**
       * @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress
       *
       *     Problem: idempotency_request_in_progress (the same key is still being processed; see Retry-After)
       */
      409: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem409'];
        };
      };
      /** @description Problem: idempotency_key_reused (the key was used for another body) */
      422: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem422'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      429: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem429'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  createManageLink: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "token": "text",
           *       "url": "https://book.example.com/manage/Qk9…"
           *     }
           */
          'application/json': components['schemas']['ManageLinkOutput'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      403: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found, guest_not_found */
      404: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      429: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem429'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  revokeManageLinks: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "revoked": 1
           *     }
           */
          'application/json': components['schemas']['RevokedManageLinksOutput'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      403: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found, guest_not_found */
      404: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      429: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem429'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  markNoShow: {
    parameters: {
      query?: never;
      header: {
        /** @description Unique per intended change (1-255 printable ASCII characters). A retry with the same key and request answers the first answer again, with Idempotent-Replayed: true, for at least 24 h. */
        'Idempotency-Key': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "reason": "Large party approved by the manager"
         *     }
         */
        'application/json': components['schemas']['OptionalReasonInput'];
      };
    };
    responses: {
      200: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "restaurantId": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "status": "held",
           *       "startsAt": "2026-11-23T19:00:00Z",
           *       "endsAt": "2026-11-23T19:00:00Z",
           *       "partySize": 1,
           *       "tables": [
           *         "T4"
           *       ],
           *       "workflowId": "booking:4f1c…:checkout-123",
           *       "holdExpiresAt": "2026-11-23T19:00:00Z",
           *       "reviewReason": "party_size_over_auto_confirm_limit",
           *       "closeReason": "text",
           *       "version": 1,
           *       "pendingChange": {
           *         "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *         "partySize": 1,
           *         "startsAt": "2026-11-23T19:00:00Z",
           *         "endsAt": "2026-11-23T19:00:00Z",
           *         "tables": [
           *           "text"
           *         ],
           *         "reviewReason": "party_size_over_auto_confirm_limit"
           *       }
           *     }
           */
          'application/json': components['schemas']['BookingOutput'];
        };
      };
      /**
       * @description Problem: validation_failed, erasure_not_confirmed, malformed_json, idempotency_key_required, invalid_idempotency_key
       *
       *     Problem: idempotency_key_required, invalid_idempotency_key
       */
      400: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      403: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found, guest_not_found */
      404: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /**
       * @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress
       *
       *     Problem: idempotency_request_in_progress (the same key is still being processed; see Retry-After)
       */
      409: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem409'];
        };
      };
      /** @description Problem: payload_too_large */
      413: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem413'];
        };
      };
      /** @description Problem: unsupported_media_type */
      415: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem415'];
        };
      };
      /** @description Problem: idempotency_key_reused (the key was used for another body) */
      422: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem422'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      429: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem429'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  rejectBooking: {
    parameters: {
      query?: never;
      header: {
        /** @description Unique per intended change (1-255 printable ASCII characters). A retry with the same key and request answers the first answer again, with Idempotent-Replayed: true, for at least 24 h. */
        'Idempotency-Key': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "reason": "Guest called to cancel"
         *     }
         */
        'application/json': components['schemas']['ReasonInput'];
      };
    };
    responses: {
      200: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "restaurantId": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "status": "held",
           *       "startsAt": "2026-11-23T19:00:00Z",
           *       "endsAt": "2026-11-23T19:00:00Z",
           *       "partySize": 1,
           *       "tables": [
           *         "T4"
           *       ],
           *       "workflowId": "booking:4f1c…:checkout-123",
           *       "holdExpiresAt": "2026-11-23T19:00:00Z",
           *       "reviewReason": "party_size_over_auto_confirm_limit",
           *       "closeReason": "text",
           *       "version": 1,
           *       "pendingChange": {
           *         "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *         "partySize": 1,
           *         "startsAt": "2026-11-23T19:00:00Z",
           *         "endsAt": "2026-11-23T19:00:00Z",
           *         "tables": [
           *           "text"
           *         ],
           *         "reviewReason": "party_size_over_auto_confirm_limit"
           *       }
           *     }
           */
          'application/json': components['schemas']['BookingOutput'];
        };
      };
      /**
       * @description Problem: validation_failed, erasure_not_confirmed, malformed_json, idempotency_key_required, invalid_idempotency_key
       *
       *     Problem: idempotency_key_required, invalid_idempotency_key
       */
      400: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      403: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found, guest_not_found */
      404: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /**
       * @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress
       *
       *     Problem: idempotency_request_in_progress (the same key is still being processed; see Retry-After)
       */
      409: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem409'];
        };
      };
      /** @description Problem: payload_too_large */
      413: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem413'];
        };
      };
      /** @description Problem: unsupported_media_type */
      415: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem415'];
        };
      };
      /** @description Problem: idempotency_key_reused (the key was used for another body) */
      422: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem422'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      429: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem429'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  undoNoShow: {
    parameters: {
      query?: never;
      header: {
        /** @description Unique per intended change (1-255 printable ASCII characters). A retry with the same key and request answers the first answer again, with Idempotent-Replayed: true, for at least 24 h. */
        'Idempotency-Key': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "reason": "Large party approved by the manager"
         *     }
         */
        'application/json': components['schemas']['OptionalReasonInput'];
      };
    };
    responses: {
      200: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "restaurantId": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "status": "held",
           *       "startsAt": "2026-11-23T19:00:00Z",
           *       "endsAt": "2026-11-23T19:00:00Z",
           *       "partySize": 1,
           *       "tables": [
           *         "T4"
           *       ],
           *       "workflowId": "booking:4f1c…:checkout-123",
           *       "holdExpiresAt": "2026-11-23T19:00:00Z",
           *       "reviewReason": "party_size_over_auto_confirm_limit",
           *       "closeReason": "text",
           *       "version": 1,
           *       "pendingChange": {
           *         "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *         "partySize": 1,
           *         "startsAt": "2026-11-23T19:00:00Z",
           *         "endsAt": "2026-11-23T19:00:00Z",
           *         "tables": [
           *           "text"
           *         ],
           *         "reviewReason": "party_size_over_auto_confirm_limit"
           *       }
           *     }
           */
          'application/json': components['schemas']['BookingOutput'];
        };
      };
      /**
       * @description Problem: validation_failed, erasure_not_confirmed, malformed_json, idempotency_key_required, invalid_idempotency_key
       *
       *     Problem: idempotency_key_required, invalid_idempotency_key
       */
      400: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      403: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found, guest_not_found */
      404: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /**
       * @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress
       *
       *     Problem: idempotency_request_in_progress (the same key is still being processed; see Retry-After)
       */
      409: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem409'];
        };
      };
      /** @description Problem: payload_too_large */
      413: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem413'];
        };
      };
      /** @description Problem: unsupported_media_type */
      415: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem415'];
        };
      };
      /** @description Problem: idempotency_key_reused (the key was used for another body) */
      422: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem422'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      429: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem429'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  createHold: {
    parameters: {
      query?: never;
      header: {
        /** @description Unique per intended change (1-255 printable ASCII characters). A retry with the same key and request answers the first answer again, with Idempotent-Replayed: true, for at least 24 h. */
        'Idempotency-Key': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateBookingInput'];
      };
    };
    responses: {
      /** @description Held */
      201: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "9c4e2a71-0b3d-4f6a-8e15-7d2c9b0a3e48",
           *       "restaurantId": "2f7b1c9e-5a43-4d8e-9b61-3c0a7e2d4f15",
           *       "startsAt": "2026-11-23T19:30:00Z",
           *       "endsAt": "2026-11-23T21:00:00Z",
           *       "partySize": 4,
           *       "tables": [
           *         "T4"
           *       ],
           *       "workflowId": "booking:9c4e2a71-0b3d-4f6a-8e15-7d2c9b0a3e48",
           *       "reviewReason": null,
           *       "closeReason": null,
           *       "pendingChange": null,
           *       "status": "held",
           *       "holdExpiresAt": "2026-11-22T18:10:00Z",
           *       "version": 1,
           *       "guestRecognised": false
           *     }
           */
          'application/json': components['schemas']['PlacedBookingOutput'];
        };
      };
      202: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "9c4e2a71-0b3d-4f6a-8e15-7d2c9b0a3e48",
           *       "status": "pending",
           *       "workflowId": "booking:9c4e2a71-0b3d-4f6a-8e15-7d2c9b0a3e48",
           *       "detail": "The booking is still being processed; poll GET /v1/bookings/{id}"
           *     }
           */
          'application/json': components['schemas']['PendingBookingOutput'];
        };
      };
      /**
       * @description Problem: validation_failed, erasure_not_confirmed, malformed_json, idempotency_key_required, invalid_idempotency_key
       *
       *     Problem: idempotency_key_required, invalid_idempotency_key
       */
      400: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      403: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found, guest_not_found */
      404: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /**
       * @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress
       *
       *     Problem: idempotency_request_in_progress (the same key is still being processed; see Retry-After)
       */
      409: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem409'];
        };
      };
      /** @description Problem: payload_too_large */
      413: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem413'];
        };
      };
      /** @description Problem: unsupported_media_type */
      415: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem415'];
        };
      };
      /**
       * @description Problem: idempotency_key_reused, restaurant_closed, payload_not_decryptable, party_size_out_of_range, starts_at_in_past, beyond_booking_window, insufficient_notice, off_grid_start_time, closed_on_date, invalid_setup, channel_not_enabled, invalid_webhook_url, unknown_seating_preference
       *
       *     Problem: idempotency_key_reused (the key was used for another body)
       */
      422: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem422'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      429: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem429'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  confirmHold: {
    parameters: {
      query?: never;
      header: {
        /** @description Unique per intended change (1-255 printable ASCII characters). A retry with the same key and request answers the first answer again, with Idempotent-Replayed: true, for at least 24 h. */
        'Idempotency-Key': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "9c4e2a71-0b3d-4f6a-8e15-7d2c9b0a3e48",
           *       "restaurantId": "2f7b1c9e-5a43-4d8e-9b61-3c0a7e2d4f15",
           *       "startsAt": "2026-11-23T19:30:00Z",
           *       "endsAt": "2026-11-23T21:00:00Z",
           *       "partySize": 4,
           *       "tables": [
           *         "T4"
           *       ],
           *       "workflowId": "booking:9c4e2a71-0b3d-4f6a-8e15-7d2c9b0a3e48",
           *       "reviewReason": null,
           *       "closeReason": null,
           *       "pendingChange": null,
           *       "status": "confirmed",
           *       "holdExpiresAt": null,
           *       "version": 3
           *     }
           */
          'application/json': components['schemas']['BookingOutput'];
        };
      };
      /** @description Problem: idempotency_key_required, invalid_idempotency_key */
      400: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      403: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found, guest_not_found */
      404: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /**
       * @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress
       *
       *     Problem: idempotency_request_in_progress (the same key is still being processed; see Retry-After)
       */
      409: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem409'];
        };
      };
      /** @description Problem: idempotency_key_reused (the key was used for another body) */
      422: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem422'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      429: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem429'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  getManagedBooking: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "status": "held",
           *       "startsAt": "2026-11-23T19:00:00Z",
           *       "endsAt": "2026-11-23T19:00:00Z",
           *       "partySize": 1,
           *       "holdExpiresAt": "2026-11-23T19:00:00Z",
           *       "guest": {
           *         "name": "text",
           *         "phone": "text",
           *         "email": "text"
           *       },
           *       "notes": "text",
           *       "restaurant": {
           *         "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *         "name": "Demo Bistro",
           *         "timezone": "Europe/London"
           *       },
           *       "changeable": true,
           *       "changePending": true,
           *       "version": 1
           *     }
           */
          'application/json': components['schemas']['ManagedBookingOutput'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found, guest_not_found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: manage_link_expired */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem410'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      429: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem429'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  changeManagedBooking: {
    parameters: {
      query?: never;
      header?: {
        /** @description Send one per intended change and repeat it on a retry: the change is made once */
        'Idempotency-Key'?: string;
      };
      path: {
        token: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "partySize": 4,
         *       "startsAt": "2026-11-23T20:00:00+00:00"
         *     }
         */
        'application/json': components['schemas']['GuestChangeBookingInput'];
      };
    };
    responses: {
      200: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "status": "held",
           *       "startsAt": "2026-11-23T19:00:00Z",
           *       "endsAt": "2026-11-23T19:00:00Z",
           *       "partySize": 1,
           *       "holdExpiresAt": "2026-11-23T19:00:00Z",
           *       "guest": {
           *         "name": "text",
           *         "phone": "text",
           *         "email": "text"
           *       },
           *       "notes": "text",
           *       "restaurant": {
           *         "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *         "name": "Demo Bistro",
           *         "timezone": "Europe/London"
           *       },
           *       "changeable": true,
           *       "changePending": true,
           *       "version": 1
           *     }
           */
          'application/json': components['schemas']['ManagedBookingOutput'];
        };
      };
      /** @description Problem: validation_failed, erasure_not_confirmed, malformed_json, idempotency_key_required, invalid_idempotency_key */
      400: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found, guest_not_found */
      404: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress */
      409: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem409'];
        };
      };
      /** @description Problem: manage_link_expired */
      410: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem410'];
        };
      };
      /** @description Problem: payload_too_large */
      413: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem413'];
        };
      };
      /** @description Problem: unsupported_media_type */
      415: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem415'];
        };
      };
      /** @description Problem: idempotency_key_reused, restaurant_closed, payload_not_decryptable, party_size_out_of_range, starts_at_in_past, beyond_booking_window, insufficient_notice, off_grid_start_time, closed_on_date, invalid_setup, channel_not_enabled, invalid_webhook_url, unknown_seating_preference */
      422: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem422'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      429: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem429'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  cancelManagedBooking: {
    parameters: {
      query?: never;
      header?: {
        /** @description Send one per intended change and repeat it on a retry: the change is made once */
        'Idempotency-Key'?: string;
      };
      path: {
        token: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "status": "held",
           *       "startsAt": "2026-11-23T19:00:00Z",
           *       "endsAt": "2026-11-23T19:00:00Z",
           *       "partySize": 1,
           *       "holdExpiresAt": "2026-11-23T19:00:00Z",
           *       "guest": {
           *         "name": "text",
           *         "phone": "text",
           *         "email": "text"
           *       },
           *       "notes": "text",
           *       "restaurant": {
           *         "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *         "name": "Demo Bistro",
           *         "timezone": "Europe/London"
           *       },
           *       "changeable": true,
           *       "changePending": true,
           *       "version": 1
           *     }
           */
          'application/json': components['schemas']['ManagedBookingOutput'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found, guest_not_found */
      404: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress */
      409: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem409'];
        };
      };
      /** @description Problem: manage_link_expired */
      410: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem410'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      429: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem429'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  confirmManagedHold: {
    parameters: {
      query?: never;
      header?: {
        /** @description Send one per intended change and repeat it on a retry: the change is made once */
        'Idempotency-Key'?: string;
      };
      path: {
        token: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "guest": {
         *         "name": "Ada Lovelace",
         *         "phone": "+447700900123",
         *         "email": "ada@example.com",
         *         "language": "en",
         *         "marketingConsent": true,
         *         "allergens": [
         *           "celery"
         *         ],
         *         "dietaryNotes": "Vegetarian"
         *       },
         *       "notes": "Window seat if possible"
         *     }
         */
        'application/json': components['schemas']['ConfirmHoldAsGuestInput'];
      };
    };
    responses: {
      200: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "status": "held",
           *       "startsAt": "2026-11-23T19:00:00Z",
           *       "endsAt": "2026-11-23T19:00:00Z",
           *       "partySize": 1,
           *       "holdExpiresAt": "2026-11-23T19:00:00Z",
           *       "guest": {
           *         "name": "text",
           *         "phone": "text",
           *         "email": "text"
           *       },
           *       "notes": "text",
           *       "restaurant": {
           *         "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *         "name": "Demo Bistro",
           *         "timezone": "Europe/London"
           *       },
           *       "changeable": true,
           *       "changePending": true,
           *       "version": 1
           *     }
           */
          'application/json': components['schemas']['ManagedBookingOutput'];
        };
      };
      /** @description Problem: validation_failed, erasure_not_confirmed, malformed_json, idempotency_key_required, invalid_idempotency_key */
      400: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found, guest_not_found */
      404: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress */
      409: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem409'];
        };
      };
      /** @description Problem: manage_link_expired */
      410: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem410'];
        };
      };
      /** @description Problem: payload_too_large */
      413: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem413'];
        };
      };
      /** @description Problem: unsupported_media_type */
      415: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem415'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      429: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem429'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  listRestaurants: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "data": [
           *         {
           *           "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *           "slug": "demo-bistro",
           *           "name": "Demo Bistro",
           *           "timezone": "Europe/London",
           *           "contact": {
           *             "phone": "+442079460000",
           *             "email": "hello@demo-bistro.example",
           *             "address": "1 Market Street, London",
           *             "website": "https://demo-bistro.example"
           *           },
           *           "bookingChannels": [
           *             "api"
           *           ],
           *           "partySize": {
           *             "min": 1,
           *             "max": 20
           *           },
           *           "manualReview": {
           *             "partiesLargerThan": 8,
           *             "decisionWithinSeconds": 86400
           *           },
           *           "booking": {
           *             "windowDays": 90,
           *             "bookableUntil": "2026-11-23T19:00:00Z",
           *             "minNoticeMinutes": 15,
           *             "startTimeGridMinutes": 15,
           *             "offGridStartsAllowed": false,
           *             "mustEndByClose": true
           *           },
           *           "holdTtlSeconds": 300,
           *           "durations": {
           *             "defaultSeconds": 5400,
           *             "byPartySize": [
           *               {
           *                 "maxPartySize": 2,
           *                 "durationSeconds": 5400
           *               }
           *             ]
           *           },
           *           "cancellation": {
           *             "cutoffMinutes": 120,
           *             "policy": "Free cancellation up to 2 hours before."
           *           },
           *           "seatingPreferences": [
           *             "Main room",
           *             "Terrace",
           *             "Window"
           *           ],
           *           "weeklyHours": [
           *             {
           *               "name": "Dinner",
           *               "opens": "18:00",
           *               "closes": "23:00",
           *               "lastSeating": "21:30",
           *               "days": [
           *                 1,
           *                 2,
           *                 3,
           *                 4,
           *                 5
           *               ]
           *             }
           *           ],
           *           "calendar": [
           *             {
           *               "date": "2026-12-25",
           *               "weekday": 5,
           *               "closed": false,
           *               "exception": "Christmas",
           *               "periods": [
           *                 {
           *                   "name": "Dinner",
           *                   "opens": "18:00",
           *                   "closes": "23:00",
           *                   "lastSeating": "21:30"
           *                 }
           *               ]
           *             }
           *           ]
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['RestaurantContextListOutput'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      429: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem429'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  getRestaurant: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "slug": "demo-bistro",
           *       "name": "Demo Bistro",
           *       "timezone": "Europe/London",
           *       "contact": {
           *         "phone": "+442079460000",
           *         "email": "hello@demo-bistro.example",
           *         "address": "1 Market Street, London",
           *         "website": "https://demo-bistro.example"
           *       },
           *       "bookingChannels": [
           *         "api"
           *       ],
           *       "partySize": {
           *         "min": 1,
           *         "max": 20
           *       },
           *       "manualReview": {
           *         "partiesLargerThan": 8,
           *         "decisionWithinSeconds": 86400
           *       },
           *       "booking": {
           *         "windowDays": 90,
           *         "bookableUntil": "2026-11-23T19:00:00Z",
           *         "minNoticeMinutes": 15,
           *         "startTimeGridMinutes": 15,
           *         "offGridStartsAllowed": false,
           *         "mustEndByClose": true
           *       },
           *       "holdTtlSeconds": 300,
           *       "durations": {
           *         "defaultSeconds": 5400,
           *         "byPartySize": [
           *           {
           *             "maxPartySize": 2,
           *             "durationSeconds": 5400
           *           }
           *         ]
           *       },
           *       "cancellation": {
           *         "cutoffMinutes": 120,
           *         "policy": "Free cancellation up to 2 hours before."
           *       },
           *       "seatingPreferences": [
           *         "Main room",
           *         "Terrace",
           *         "Window"
           *       ],
           *       "weeklyHours": [
           *         {
           *           "name": "Dinner",
           *           "opens": "18:00",
           *           "closes": "23:00",
           *           "lastSeating": "21:30",
           *           "days": [
           *             1,
           *             2,
           *             3,
           *             4,
           *             5
           *           ]
           *         }
           *       ],
           *       "calendar": [
           *         {
           *           "date": "2026-12-25",
           *           "weekday": 5,
           *           "closed": false,
           *           "exception": "Christmas",
           *           "periods": [
           *             {
           *               "name": "Dinner",
           *               "opens": "18:00",
           *               "closes": "23:00",
           *               "lastSeating": "21:30"
           *             }
           *           ]
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['RestaurantContextOutput'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found, guest_not_found */
      404: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      429: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem429'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  getAvailability: {
    parameters: {
      query: {
        /** @description Local date at the restaurant (YYYY-MM-DD) */
        date: string;
        partySize: number;
        /** @description Wanted local time (HH:MM); adds nearest alternatives when it is not free */
        time?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "restaurantId": "2f7b1c9e-5a43-4d8e-9b61-3c0a7e2d4f15",
           *       "date": "2026-11-23",
           *       "timezone": "Europe/London",
           *       "partySize": 4,
           *       "slots": [
           *         {
           *           "time": "19:00",
           *           "startsAt": "2026-11-23T19:00:00Z",
           *           "available": false,
           *           "remainingCovers": 0,
           *           "zones": [],
           *           "manualReview": false
           *         },
           *         {
           *           "time": "19:30",
           *           "startsAt": "2026-11-23T19:30:00Z",
           *           "available": true,
           *           "remainingCovers": 12,
           *           "zones": [
           *             "Main room",
           *             "Terrace"
           *           ],
           *           "manualReview": false
           *         }
           *       ],
           *       "requested": {
           *         "time": "19:00",
           *         "startsAt": "2026-11-23T19:00:00Z",
           *         "available": false
           *       },
           *       "alternatives": [
           *         {
           *           "time": "19:30",
           *           "startsAt": "2026-11-23T19:30:00Z",
           *           "available": true,
           *           "remainingCovers": 12,
           *           "zones": [
           *             "Main room",
           *             "Terrace"
           *           ],
           *           "manualReview": false
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['AvailabilityOutput'];
        };
      };
      /** @description Problem: validation_failed, erasure_not_confirmed, malformed_json, idempotency_key_required, invalid_idempotency_key */
      400: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      403: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found, guest_not_found */
      404: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: idempotency_key_reused, restaurant_closed, payload_not_decryptable, party_size_out_of_range, starts_at_in_past, beyond_booking_window, insufficient_notice, off_grid_start_time, closed_on_date, invalid_setup, channel_not_enabled, invalid_webhook_url, unknown_seating_preference */
      422: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem422'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      429: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem429'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  listBlocks: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "data": [
           *         {
           *           "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *           "tableId": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *           "tableLabel": "T4",
           *           "zoneId": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *           "zoneName": null,
           *           "startsAt": "2026-11-23T19:00:00Z",
           *           "endsAt": "2026-11-23T19:00:00Z",
           *           "reason": "Wobbly leg",
           *           "createdBy": "staff:maria@bistro.example"
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['BlockListOutput'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found, guest_not_found */
      404: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      429: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem429'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  createBlock: {
    parameters: {
      query?: never;
      header: {
        /** @description Unique per intended change (1-255 printable ASCII characters). A retry with the same key and request answers the first answer again, with Idempotent-Replayed: true, for at least 24 h. */
        'Idempotency-Key': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "tableId": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
         *       "zoneId": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
         *       "startsAt": "2026-12-05T18:00:00+00:00",
         *       "endsAt": "2026-12-05T23:00:00+00:00",
         *       "reason": "Wobbly leg, carpenter on Friday"
         *     }
         */
        'application/json': components['schemas']['BlockInput'];
      };
    };
    responses: {
      201: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "block": {
           *         "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *         "tableId": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *         "tableLabel": "T4",
           *         "zoneId": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *         "zoneName": null,
           *         "startsAt": "2026-11-23T19:00:00Z",
           *         "endsAt": "2026-11-23T19:00:00Z",
           *         "reason": "Wobbly leg",
           *         "createdBy": "staff:maria@bistro.example"
           *       },
           *       "affectedBookings": [
           *         {
           *           "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *           "status": "confirmed",
           *           "partySize": 4,
           *           "startsAt": "2026-11-23T19:00:00Z",
           *           "endsAt": "2026-11-23T19:00:00Z",
           *           "tables": [
           *             "T13"
           *           ]
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['BlockChangeOutput'];
        };
      };
      /**
       * @description Problem: validation_failed, erasure_not_confirmed, malformed_json, idempotency_key_required, invalid_idempotency_key
       *
       *     Problem: idempotency_key_required, invalid_idempotency_key
       */
      400: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      403: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found, guest_not_found */
      404: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: idempotency_request_in_progress (the same key is still being processed; see Retry-After) */
      409: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem409'];
        };
      };
      /** @description Problem: payload_too_large */
      413: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem413'];
        };
      };
      /** @description Problem: unsupported_media_type */
      415: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem415'];
        };
      };
      /**
       * @description Problem: idempotency_key_reused, restaurant_closed, payload_not_decryptable, party_size_out_of_range, starts_at_in_past, beyond_booking_window, insufficient_notice, off_grid_start_time, closed_on_date, invalid_setup, channel_not_enabled, invalid_webhook_url, unknown_seating_preference
       *
       *     Problem: idempotency_key_reused (the key was used for another body)
       */
      422: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem422'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      429: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem429'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  deleteBlock: {
    parameters: {
      query?: never;
      header: {
        /** @description Unique per intended change (1-255 printable ASCII characters). A retry with the same key and request answers the first answer again, with Idempotent-Replayed: true, for at least 24 h. */
        'Idempotency-Key': string;
      };
      path: {
        blockId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "tableId": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "tableLabel": "T4",
           *       "zoneId": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "zoneName": null,
           *       "startsAt": "2026-11-23T19:00:00Z",
           *       "endsAt": "2026-11-23T19:00:00Z",
           *       "reason": "Wobbly leg",
           *       "createdBy": "staff:maria@bistro.example"
           *     }
           */
          'application/json': components['schemas']['BlockOutput'];
        };
      };
      /** @description Problem: idempotency_key_required, invalid_idempotency_key */
      400: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      403: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found, guest_not_found */
      404: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: idempotency_request_in_progress (the same key is still being processed; see Retry-After) */
      409: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem409'];
        };
      };
      /** @description Problem: idempotency_key_reused (the key was used for another body) */
      422: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem422'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      429: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem429'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  listExceptions: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "data": [
           *         {
           *           "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *           "startsOn": "2026-12-25",
           *           "endsOn": "2026-12-25",
           *           "closed": true,
           *           "reason": "Christmas",
           *           "periods": [
           *             {
           *               "name": "Dinner",
           *               "opens": "18:00",
           *               "closes": "23:00",
           *               "lastSeating": "21:30"
           *             }
           *           ]
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['ExceptionListOutput'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found, guest_not_found */
      404: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      429: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem429'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  createException: {
    parameters: {
      query?: never;
      header: {
        /** @description Unique per intended change (1-255 printable ASCII characters). A retry with the same key and request answers the first answer again, with Idempotent-Replayed: true, for at least 24 h. */
        'Idempotency-Key': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ExceptionInput'];
      };
    };
    responses: {
      201: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "exception": {
           *         "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *         "startsOn": "2026-12-25",
           *         "endsOn": "2026-12-25",
           *         "closed": true,
           *         "reason": "Christmas",
           *         "periods": [
           *           {
           *             "name": "Dinner",
           *             "opens": "18:00",
           *             "closes": "23:00",
           *             "lastSeating": "21:30"
           *           }
           *         ]
           *       },
           *       "affectedBookings": [
           *         {
           *           "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *           "status": "confirmed",
           *           "partySize": 4,
           *           "startsAt": "2026-11-23T19:00:00Z",
           *           "endsAt": "2026-11-23T19:00:00Z",
           *           "tables": [
           *             "T13"
           *           ]
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['ExceptionChangeOutput'];
        };
      };
      /**
       * @description Problem: validation_failed, erasure_not_confirmed, malformed_json, idempotency_key_required, invalid_idempotency_key
       *
       *     Problem: idempotency_key_required, invalid_idempotency_key
       */
      400: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      403: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found, guest_not_found */
      404: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /**
       * @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress
       *
       *     Problem: idempotency_request_in_progress (the same key is still being processed; see Retry-After)
       */
      409: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem409'];
        };
      };
      /** @description Problem: payload_too_large */
      413: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem413'];
        };
      };
      /** @description Problem: unsupported_media_type */
      415: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem415'];
        };
      };
      /**
       * @description Problem: idempotency_key_reused, restaurant_closed, payload_not_decryptable, party_size_out_of_range, starts_at_in_past, beyond_booking_window, insufficient_notice, off_grid_start_time, closed_on_date, invalid_setup, channel_not_enabled, invalid_webhook_url, unknown_seating_preference
       *
       *     Problem: idempotency_key_reused (the key was used for another body)
       */
      422: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem422'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      429: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem429'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  deleteException: {
    parameters: {
      query?: never;
      header: {
        /** @description Unique per intended change (1-255 printable ASCII characters). A retry with the same key and request answers the first answer again, with Idempotent-Replayed: true, for at least 24 h. */
        'Idempotency-Key': string;
      };
      path: {
        exceptionId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "startsOn": "2026-12-25",
           *       "endsOn": "2026-12-25",
           *       "closed": true,
           *       "reason": "Christmas",
           *       "periods": [
           *         {
           *           "name": "Dinner",
           *           "opens": "18:00",
           *           "closes": "23:00",
           *           "lastSeating": "21:30"
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['ExceptionOutput'];
        };
      };
      /** @description Problem: idempotency_key_required, invalid_idempotency_key */
      400: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      403: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found, guest_not_found */
      404: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: idempotency_request_in_progress (the same key is still being processed; see Retry-After) */
      409: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem409'];
        };
      };
      /** @description Problem: idempotency_key_reused (the key was used for another body) */
      422: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem422'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      429: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem429'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  getHours: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "periods": [
           *         {
           *           "name": "Dinner",
           *           "opens": "18:00",
           *           "closes": "23:00",
           *           "lastSeating": "21:30",
           *           "days": [
           *             1,
           *             2,
           *             3,
           *             4,
           *             5
           *           ]
           *         }
           *       ],
           *       "pacing": [
           *         {
           *           "period": null,
           *           "intervalMinutes": 15,
           *           "maxCovers": 30,
           *           "maxParties": 6
           *         }
           *       ],
           *       "affectedBookings": [
           *         {
           *           "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *           "status": "confirmed",
           *           "partySize": 4,
           *           "startsAt": "2026-11-23T19:00:00Z",
           *           "endsAt": "2026-11-23T19:00:00Z",
           *           "tables": [
           *             "T13"
           *           ]
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['HoursOutput'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found, guest_not_found */
      404: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      429: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem429'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  replaceHours: {
    parameters: {
      query?: never;
      header: {
        /** @description Unique per intended change (1-255 printable ASCII characters). A retry with the same key and request answers the first answer again, with Idempotent-Replayed: true, for at least 24 h. */
        'Idempotency-Key': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "periods": [
         *         {
         *           "name": "Dinner",
         *           "opens": "18:00",
         *           "closes": "23:00",
         *           "lastSeating": "21:30",
         *           "days": [
         *             1,
         *             2,
         *             3,
         *             4,
         *             5
         *           ]
         *         }
         *       ],
         *       "pacing": [
         *         {
         *           "period": "Dinner",
         *           "intervalMinutes": 15,
         *           "maxCovers": 30,
         *           "maxParties": 6
         *         }
         *       ]
         *     }
         */
        'application/json': components['schemas']['HoursInput'];
      };
    };
    responses: {
      200: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "periods": [
           *         {
           *           "name": "Dinner",
           *           "opens": "18:00",
           *           "closes": "23:00",
           *           "lastSeating": "21:30",
           *           "days": [
           *             1,
           *             2,
           *             3,
           *             4,
           *             5
           *           ]
           *         }
           *       ],
           *       "pacing": [
           *         {
           *           "period": null,
           *           "intervalMinutes": 15,
           *           "maxCovers": 30,
           *           "maxParties": 6
           *         }
           *       ],
           *       "affectedBookings": [
           *         {
           *           "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *           "status": "confirmed",
           *           "partySize": 4,
           *           "startsAt": "2026-11-23T19:00:00Z",
           *           "endsAt": "2026-11-23T19:00:00Z",
           *           "tables": [
           *             "T13"
           *           ]
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['HoursOutput'];
        };
      };
      /**
       * @description Problem: validation_failed, erasure_not_confirmed, malformed_json, idempotency_key_required, invalid_idempotency_key
       *
       *     Problem: idempotency_key_required, invalid_idempotency_key
       */
      400: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      403: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found, guest_not_found */
      404: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: idempotency_request_in_progress (the same key is still being processed; see Retry-After) */
      409: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem409'];
        };
      };
      /** @description Problem: payload_too_large */
      413: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem413'];
        };
      };
      /** @description Problem: unsupported_media_type */
      415: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem415'];
        };
      };
      /**
       * @description Problem: idempotency_key_reused, restaurant_closed, payload_not_decryptable, party_size_out_of_range, starts_at_in_past, beyond_booking_window, insufficient_notice, off_grid_start_time, closed_on_date, invalid_setup, channel_not_enabled, invalid_webhook_url, unknown_seating_preference
       *
       *     Problem: idempotency_key_reused (the key was used for another body)
       */
      422: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem422'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      429: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem429'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  updatePolicy: {
    parameters: {
      query?: never;
      header: {
        /** @description Unique per intended change (1-255 printable ASCII characters). A retry with the same key and request answers the first answer again, with Idempotent-Replayed: true, for at least 24 h. */
        'Idempotency-Key': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "name": "Demo Bistro",
         *       "timezone": "Europe/London",
         *       "contact": {
         *         "phone": "+442079460000",
         *         "email": "hello@demo-bistro.example",
         *         "address": "1 Market Street, London",
         *         "website": "https://demo-bistro.example"
         *       },
         *       "bookingChannels": [
         *         "api"
         *       ],
         *       "defaultDurationSeconds": 5400,
         *       "durationByPartySize": [
         *         {
         *           "maxPartySize": 2,
         *           "durationSeconds": 5400
         *         }
         *       ],
         *       "holdTtlSeconds": 300,
         *       "autoConfirmMaxPartySize": 8,
         *       "minPartySize": 1,
         *       "maxPartySize": 20,
         *       "manualReviewTimeoutSeconds": 86400,
         *       "reminderLeadSeconds": [
         *         86400,
         *         7200
         *       ],
         *       "noShowGraceSeconds": 900,
         *       "bookingWindowDays": 90,
         *       "minNoticeMinutes": 15,
         *       "slotIntervalMinutes": 15,
         *       "offGridStartsAllowed": false,
         *       "mustEndByClose": true,
         *       "cancellationCutoffMinutes": 120,
         *       "cancellationPolicy": "Free cancellation up to 2 hours before."
         *     }
         */
        'application/json': components['schemas']['PolicyInput'];
      };
    };
    responses: {
      200: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "before": {
           *         "minNoticeMinutes": 15
           *       },
           *       "after": {
           *         "minNoticeMinutes": 60
           *       }
           *     }
           */
          'application/json': components['schemas']['PolicyChangeOutput'];
        };
      };
      /**
       * @description Problem: validation_failed, erasure_not_confirmed, malformed_json, idempotency_key_required, invalid_idempotency_key
       *
       *     Problem: idempotency_key_required, invalid_idempotency_key
       */
      400: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      403: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found, guest_not_found */
      404: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: idempotency_request_in_progress (the same key is still being processed; see Retry-After) */
      409: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem409'];
        };
      };
      /** @description Problem: payload_too_large */
      413: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem413'];
        };
      };
      /** @description Problem: unsupported_media_type */
      415: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem415'];
        };
      };
      /**
       * @description Problem: idempotency_key_reused, restaurant_closed, payload_not_decryptable, party_size_out_of_range, starts_at_in_past, beyond_booking_window, insufficient_notice, off_grid_start_time, closed_on_date, invalid_setup, channel_not_enabled, invalid_webhook_url, unknown_seating_preference
       *
       *     Problem: idempotency_key_reused (the key was used for another body)
       */
      422: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem422'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      429: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem429'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  exportRestaurantSetup: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "version": 1,
           *       "restaurant": {
           *         "slug": "demo-bistro",
           *         "name": "Demo Bistro",
           *         "timezone": "Europe/London",
           *         "contact": {
           *           "phone": "+442079460000",
           *           "email": "hello@demo-bistro.example",
           *           "address": "1 Market Street, London",
           *           "website": "https://demo-bistro.example"
           *         },
           *         "bookingChannels": [
           *           "api"
           *         ]
           *       },
           *       "policy": {
           *         "defaultDurationSeconds": 5400,
           *         "durationByPartySize": [
           *           {
           *             "maxPartySize": 2,
           *             "durationSeconds": 5400
           *           }
           *         ],
           *         "holdTtlSeconds": 300,
           *         "autoConfirmMaxPartySize": 8,
           *         "minPartySize": 1,
           *         "maxPartySize": 20,
           *         "manualReviewTimeoutSeconds": 86400,
           *         "reminderLeadSeconds": [
           *           86400,
           *           7200
           *         ],
           *         "noShowGraceSeconds": 900,
           *         "bookingWindowDays": 90,
           *         "minNoticeMinutes": 15,
           *         "slotIntervalMinutes": 15,
           *         "offGridStartsAllowed": false,
           *         "mustEndByClose": true,
           *         "cancellationCutoffMinutes": 120,
           *         "cancellationPolicy": "Free cancellation up to 2 hours before."
           *       },
           *       "zones": [
           *         {
           *           "name": "Terrace",
           *           "sortOrder": 1
           *         }
           *       ],
           *       "tables": [
           *         {
           *           "label": "T21",
           *           "minCovers": 2,
           *           "maxCovers": 4,
           *           "active": true,
           *           "combinableWith": [
           *             "T20"
           *           ],
           *           "zone": "Terrace"
           *         }
           *       ],
           *       "hours": {
           *         "periods": [
           *           {
           *             "name": "Dinner",
           *             "opens": "18:00",
           *             "closes": "23:00",
           *             "lastSeating": "21:30",
           *             "days": [
           *               1,
           *               2,
           *               3,
           *               4,
           *               5
           *             ]
           *           }
           *         ],
           *         "pacing": [
           *           {
           *             "period": "Dinner",
           *             "intervalMinutes": 15,
           *             "maxCovers": 30,
           *             "maxParties": 6
           *           }
           *         ]
           *       },
           *       "exceptions": [
           *         {
           *           "date": "2026-12-25",
           *           "startsOn": "2026-12-24",
           *           "endsOn": "2026-12-26",
           *           "closed": true,
           *           "reason": "Christmas",
           *           "periods": [
           *             {
           *               "name": "Dinner",
           *               "opens": "18:00",
           *               "closes": "23:00",
           *               "lastSeating": "21:30"
           *             }
           *           ]
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['SetupDocumentInput'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      403: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found, guest_not_found */
      404: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      429: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem429'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  importRestaurantSetup: {
    parameters: {
      query?: never;
      header: {
        /** @description Unique per intended change (1-255 printable ASCII characters). A retry with the same key and request answers the first answer again, with Idempotent-Replayed: true, for at least 24 h. */
        'Idempotency-Key': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SetupDocumentInput'];
      };
    };
    responses: {
      200: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "restaurantId": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "created": true,
           *       "deactivatedTables": [
           *         "T21"
           *       ],
           *       "affectedBookings": [
           *         {
           *           "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *           "status": "confirmed",
           *           "partySize": 4,
           *           "startsAt": "2026-11-23T19:00:00Z",
           *           "endsAt": "2026-11-23T19:00:00Z",
           *           "tables": [
           *             "T13"
           *           ]
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['SetupImportOutput'];
        };
      };
      /**
       * @description Problem: validation_failed, erasure_not_confirmed, malformed_json, idempotency_key_required, invalid_idempotency_key
       *
       *     Problem: idempotency_key_required, invalid_idempotency_key
       */
      400: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      403: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found, guest_not_found */
      404: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /**
       * @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress
       *
       *     Problem: idempotency_request_in_progress (the same key is still being processed; see Retry-After)
       */
      409: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem409'];
        };
      };
      /** @description Problem: payload_too_large */
      413: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem413'];
        };
      };
      /** @description Problem: unsupported_media_type */
      415: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem415'];
        };
      };
      /**
       * @description Problem: idempotency_key_reused, restaurant_closed, payload_not_decryptable, party_size_out_of_range, starts_at_in_past, beyond_booking_window, insufficient_notice, off_grid_start_time, closed_on_date, invalid_setup, channel_not_enabled, invalid_webhook_url, unknown_seating_preference
       *
       *     Problem: idempotency_key_reused (the key was used for another body)
       */
      422: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem422'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      429: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem429'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  listSetupChanges: {
    parameters: {
      query?: {
        /** @description nextCursor of the previous page */
        cursor?: string;
        /** @description Entries per page, 1-100 (default 50) */
        limit?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "items": [
           *         {
           *           "id": "42",
           *           "actor": "staff:maria@bistro.example",
           *           "action": "table.create",
           *           "subject": "T21",
           *           "before": {},
           *           "after": {},
           *           "at": "2026-11-23T19:00:00Z"
           *         }
           *       ],
           *       "nextCursor": "text"
           *     }
           */
          'application/json': components['schemas']['SetupChangePageOutput'];
        };
      };
      /** @description Problem: validation_failed, erasure_not_confirmed, malformed_json, idempotency_key_required, invalid_idempotency_key */
      400: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      403: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found, guest_not_found */
      404: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      429: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem429'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  listTables: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "data": [
           *         {
           *           "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *           "label": "T13",
           *           "zoneId": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *           "zone": "Terrace",
           *           "minCovers": 2,
           *           "maxCovers": 4,
           *           "active": true,
           *           "combinableWith": [
           *             "T14"
           *           ]
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['TableListOutput'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found, guest_not_found */
      404: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      429: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem429'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  createTable: {
    parameters: {
      query?: never;
      header: {
        /** @description Unique per intended change (1-255 printable ASCII characters). A retry with the same key and request answers the first answer again, with Idempotent-Replayed: true, for at least 24 h. */
        'Idempotency-Key': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "label": "T21",
         *       "zoneId": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
         *       "minCovers": 2,
         *       "maxCovers": 4,
         *       "active": true,
         *       "combinableWith": [
         *         "T20"
         *       ]
         *     }
         */
        'application/json': components['schemas']['TableInput'];
      };
    };
    responses: {
      201: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "label": "T13",
           *       "zoneId": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "zone": "Terrace",
           *       "minCovers": 2,
           *       "maxCovers": 4,
           *       "active": true,
           *       "combinableWith": [
           *         "T14"
           *       ]
           *     }
           */
          'application/json': components['schemas']['TableOutput'];
        };
      };
      /**
       * @description Problem: validation_failed, erasure_not_confirmed, malformed_json, idempotency_key_required, invalid_idempotency_key
       *
       *     Problem: idempotency_key_required, invalid_idempotency_key
       */
      400: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      403: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found, guest_not_found */
      404: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /**
       * @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress
       *
       *     Problem: idempotency_request_in_progress (the same key is still being processed; see Retry-After)
       */
      409: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem409'];
        };
      };
      /** @description Problem: payload_too_large */
      413: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem413'];
        };
      };
      /** @description Problem: unsupported_media_type */
      415: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem415'];
        };
      };
      /**
       * @description Problem: idempotency_key_reused, restaurant_closed, payload_not_decryptable, party_size_out_of_range, starts_at_in_past, beyond_booking_window, insufficient_notice, off_grid_start_time, closed_on_date, invalid_setup, channel_not_enabled, invalid_webhook_url, unknown_seating_preference
       *
       *     Problem: idempotency_key_reused (the key was used for another body)
       */
      422: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem422'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      429: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem429'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  deleteTable: {
    parameters: {
      query?: never;
      header: {
        /** @description Unique per intended change (1-255 printable ASCII characters). A retry with the same key and request answers the first answer again, with Idempotent-Replayed: true, for at least 24 h. */
        'Idempotency-Key': string;
      };
      path: {
        id: string;
        tableId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "label": "T13",
           *       "zoneId": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "zone": "Terrace",
           *       "minCovers": 2,
           *       "maxCovers": 4,
           *       "active": true,
           *       "combinableWith": [
           *         "T14"
           *       ]
           *     }
           */
          'application/json': components['schemas']['TableOutput'];
        };
      };
      /** @description Problem: idempotency_key_required, invalid_idempotency_key */
      400: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      403: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found, guest_not_found */
      404: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /**
       * @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress
       *
       *     Problem: idempotency_request_in_progress (the same key is still being processed; see Retry-After)
       */
      409: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem409'];
        };
      };
      /** @description Problem: idempotency_key_reused (the key was used for another body) */
      422: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem422'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      429: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem429'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  updateTable: {
    parameters: {
      query?: never;
      header: {
        /** @description Unique per intended change (1-255 printable ASCII characters). A retry with the same key and request answers the first answer again, with Idempotent-Replayed: true, for at least 24 h. */
        'Idempotency-Key': string;
      };
      path: {
        id: string;
        tableId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "label": "T21",
         *       "zoneId": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
         *       "minCovers": 1,
         *       "maxCovers": 1,
         *       "active": true,
         *       "combinableWith": [
         *         "T20"
         *       ]
         *     }
         */
        'application/json': components['schemas']['TablePatchInput'];
      };
    };
    responses: {
      200: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "table": {
           *         "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *         "label": "T13",
           *         "zoneId": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *         "zone": "Terrace",
           *         "minCovers": 2,
           *         "maxCovers": 4,
           *         "active": true,
           *         "combinableWith": [
           *           "T14"
           *         ]
           *       },
           *       "affectedBookings": [
           *         {
           *           "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *           "status": "confirmed",
           *           "partySize": 4,
           *           "startsAt": "2026-11-23T19:00:00Z",
           *           "endsAt": "2026-11-23T19:00:00Z",
           *           "tables": [
           *             "T13"
           *           ]
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['TableChangeOutput'];
        };
      };
      /**
       * @description Problem: validation_failed, erasure_not_confirmed, malformed_json, idempotency_key_required, invalid_idempotency_key
       *
       *     Problem: idempotency_key_required, invalid_idempotency_key
       */
      400: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      403: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found, guest_not_found */
      404: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /**
       * @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress
       *
       *     Problem: idempotency_request_in_progress (the same key is still being processed; see Retry-After)
       */
      409: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem409'];
        };
      };
      /** @description Problem: payload_too_large */
      413: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem413'];
        };
      };
      /** @description Problem: unsupported_media_type */
      415: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem415'];
        };
      };
      /**
       * @description Problem: idempotency_key_reused, restaurant_closed, payload_not_decryptable, party_size_out_of_range, starts_at_in_past, beyond_booking_window, insufficient_notice, off_grid_start_time, closed_on_date, invalid_setup, channel_not_enabled, invalid_webhook_url, unknown_seating_preference
       *
       *     Problem: idempotency_key_reused (the key was used for another body)
       */
      422: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem422'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      429: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem429'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  listZones: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "data": [
           *         {
           *           "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *           "name": "Terrace",
           *           "sortOrder": 1,
           *           "tableCount": 6
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['ZoneListOutput'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found, guest_not_found */
      404: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      429: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem429'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  createZone: {
    parameters: {
      query?: never;
      header: {
        /** @description Unique per intended change (1-255 printable ASCII characters). A retry with the same key and request answers the first answer again, with Idempotent-Replayed: true, for at least 24 h. */
        'Idempotency-Key': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "name": "Terrace",
         *       "sortOrder": 1
         *     }
         */
        'application/json': components['schemas']['ZoneInput'];
      };
    };
    responses: {
      201: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "name": "Terrace",
           *       "sortOrder": 1,
           *       "tableCount": 6
           *     }
           */
          'application/json': components['schemas']['ZoneOutput'];
        };
      };
      /**
       * @description Problem: validation_failed, erasure_not_confirmed, malformed_json, idempotency_key_required, invalid_idempotency_key
       *
       *     Problem: idempotency_key_required, invalid_idempotency_key
       */
      400: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      403: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found, guest_not_found */
      404: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /**
       * @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress
       *
       *     Problem: idempotency_request_in_progress (the same key is still being processed; see Retry-After)
       */
      409: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem409'];
        };
      };
      /** @description Problem: payload_too_large */
      413: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem413'];
        };
      };
      /** @description Problem: unsupported_media_type */
      415: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem415'];
        };
      };
      /** @description Problem: idempotency_key_reused (the key was used for another body) */
      422: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem422'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      429: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem429'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  deleteZone: {
    parameters: {
      query?: never;
      header: {
        /** @description Unique per intended change (1-255 printable ASCII characters). A retry with the same key and request answers the first answer again, with Idempotent-Replayed: true, for at least 24 h. */
        'Idempotency-Key': string;
      };
      path: {
        id: string;
        zoneId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "name": "Terrace",
           *       "sortOrder": 1,
           *       "tableCount": 6
           *     }
           */
          'application/json': components['schemas']['ZoneOutput'];
        };
      };
      /** @description Problem: idempotency_key_required, invalid_idempotency_key */
      400: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      403: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found, guest_not_found */
      404: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /**
       * @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress
       *
       *     Problem: idempotency_request_in_progress (the same key is still being processed; see Retry-After)
       */
      409: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem409'];
        };
      };
      /** @description Problem: idempotency_key_reused (the key was used for another body) */
      422: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem422'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      429: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem429'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  updateZone: {
    parameters: {
      query?: never;
      header: {
        /** @description Unique per intended change (1-255 printable ASCII characters). A retry with the same key and request answers the first answer again, with Idempotent-Replayed: true, for at least 24 h. */
        'Idempotency-Key': string;
      };
      path: {
        id: string;
        zoneId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "name": "Garden",
         *       "sortOrder": 0
         *     }
         */
        'application/json': components['schemas']['ZonePatchInput'];
      };
    };
    responses: {
      200: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "name": "Terrace",
           *       "sortOrder": 1,
           *       "tableCount": 6
           *     }
           */
          'application/json': components['schemas']['ZoneOutput'];
        };
      };
      /**
       * @description Problem: validation_failed, erasure_not_confirmed, malformed_json, idempotency_key_required, invalid_idempotency_key
       *
       *     Problem: idempotency_key_required, invalid_idempotency_key
       */
      400: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      403: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found, guest_not_found */
      404: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /**
       * @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress
       *
       *     Problem: idempotency_request_in_progress (the same key is still being processed; see Retry-After)
       */
      409: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem409'];
        };
      };
      /** @description Problem: payload_too_large */
      413: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem413'];
        };
      };
      /** @description Problem: unsupported_media_type */
      415: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem415'];
        };
      };
      /** @description Problem: idempotency_key_reused (the key was used for another body) */
      422: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem422'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      429: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem429'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  listWebhookEndpoints: {
    parameters: {
      query?: {
        /** @description Only this restaurant’s endpoints */
        restaurantId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "data": [
           *         {
           *           "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *           "restaurantId": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *           "url": "https://pos.example.com/tablekeeper/hooks",
           *           "description": "Front-of-house POS",
           *           "events": [
           *             "booking.confirmed",
           *             "booking.cancelled"
           *           ],
           *           "enabled": true,
           *           "disabledReason": "gone",
           *           "disabledAt": "2026-11-23T19:00:00Z",
           *           "guestContactAllowed": true,
           *           "rateLimitPerSecond": 10,
           *           "previousSecretExpiresAt": "2026-11-23T19:00:00Z",
           *           "failingSince": "2026-11-23T19:00:00Z",
           *           "createdAt": "2026-11-23T19:00:00Z",
           *           "updatedAt": "2026-11-23T19:00:00Z"
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['WebhookEndpointListOutput'];
        };
      };
      /** @description Problem: validation_failed, erasure_not_confirmed, malformed_json, idempotency_key_required, invalid_idempotency_key */
      400: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      403: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found, guest_not_found */
      404: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      429: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem429'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  createWebhookEndpoint: {
    parameters: {
      query?: never;
      header: {
        /** @description Unique per intended change (1-255 printable ASCII characters). A retry with the same key and request answers the first answer again, with Idempotent-Replayed: true, for at least 24 h. */
        'Idempotency-Key': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "restaurantId": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
         *       "url": "https://pos.example.com/tablekeeper/hooks",
         *       "description": "Front-of-house POS",
         *       "events": [
         *         "booking.confirmed",
         *         "booking.cancelled"
         *       ],
         *       "enabled": true,
         *       "guestContactAllowed": false,
         *       "rateLimitPerSecond": 10
         *     }
         */
        'application/json': components['schemas']['CreateWebhookEndpointInput'];
      };
    };
    responses: {
      201: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "restaurantId": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "url": "https://pos.example.com/tablekeeper/hooks",
           *       "description": "Front-of-house POS",
           *       "events": [
           *         "booking.confirmed",
           *         "booking.cancelled"
           *       ],
           *       "enabled": true,
           *       "disabledReason": "gone",
           *       "disabledAt": "2026-11-23T19:00:00Z",
           *       "guestContactAllowed": true,
           *       "rateLimitPerSecond": 10,
           *       "previousSecretExpiresAt": "2026-11-23T19:00:00Z",
           *       "failingSince": "2026-11-23T19:00:00Z",
           *       "createdAt": "2026-11-23T19:00:00Z",
           *       "updatedAt": "2026-11-23T19:00:00Z",
           *       "secret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
           *     }
           */
          'application/json': components['schemas']['CreatedWebhookEndpointOutput'];
        };
      };
      /**
       * @description Problem: validation_failed, erasure_not_confirmed, malformed_json, idempotency_key_required, invalid_idempotency_key
       *
       *     Problem: idempotency_key_required, invalid_idempotency_key
       */
      400: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      403: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found, guest_not_found */
      404: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /**
       * @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress
       *
       *     Problem: idempotency_request_in_progress (the same key is still being processed; see Retry-After)
       */
      409: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem409'];
        };
      };
      /** @description Problem: payload_too_large */
      413: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem413'];
        };
      };
      /** @description Problem: unsupported_media_type */
      415: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem415'];
        };
      };
      /**
       * @description Problem: idempotency_key_reused, restaurant_closed, payload_not_decryptable, party_size_out_of_range, starts_at_in_past, beyond_booking_window, insufficient_notice, off_grid_start_time, closed_on_date, invalid_setup, channel_not_enabled, invalid_webhook_url, unknown_seating_preference
       *
       *     Problem: idempotency_key_reused (the key was used for another body)
       */
      422: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem422'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      429: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem429'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  getWebhookEndpoint: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "restaurantId": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "url": "https://pos.example.com/tablekeeper/hooks",
           *       "description": "Front-of-house POS",
           *       "events": [
           *         "booking.confirmed",
           *         "booking.cancelled"
           *       ],
           *       "enabled": true,
           *       "disabledReason": "gone",
           *       "disabledAt": "2026-11-23T19:00:00Z",
           *       "guestContactAllowed": true,
           *       "rateLimitPerSecond": 10,
           *       "previousSecretExpiresAt": "2026-11-23T19:00:00Z",
           *       "failingSince": "2026-11-23T19:00:00Z",
           *       "createdAt": "2026-11-23T19:00:00Z",
           *       "updatedAt": "2026-11-23T19:00:00Z"
           *     }
           */
          'application/json': components['schemas']['WebhookEndpointOutput'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      403: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found, guest_not_found */
      404: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      429: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem429'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  deleteWebhookEndpoint: {
    parameters: {
      query?: never;
      header: {
        /** @description Unique per intended change (1-255 printable ASCII characters). A retry with the same key and request answers the first answer again, with Idempotent-Replayed: true, for at least 24 h. */
        'Idempotency-Key': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "restaurantId": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "url": "https://pos.example.com/tablekeeper/hooks",
           *       "description": "Front-of-house POS",
           *       "events": [
           *         "booking.confirmed",
           *         "booking.cancelled"
           *       ],
           *       "enabled": true,
           *       "disabledReason": "gone",
           *       "disabledAt": "2026-11-23T19:00:00Z",
           *       "guestContactAllowed": true,
           *       "rateLimitPerSecond": 10,
           *       "previousSecretExpiresAt": "2026-11-23T19:00:00Z",
           *       "failingSince": "2026-11-23T19:00:00Z",
           *       "createdAt": "2026-11-23T19:00:00Z",
           *       "updatedAt": "2026-11-23T19:00:00Z"
           *     }
           */
          'application/json': components['schemas']['WebhookEndpointOutput'];
        };
      };
      /**
       * @description Problem: validation_failed, erasure_not_confirmed, malformed_json, idempotency_key_required, invalid_idempotency_key
       *
       *     Problem: idempotency_key_required, invalid_idempotency_key
       */
      400: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      403: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found, guest_not_found */
      404: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /**
       * @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress
       *
       *     Problem: idempotency_request_in_progress (the same key is still being processed; see Retry-After)
       */
      409: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem409'];
        };
      };
      /**
       * @description Problem: idempotency_key_reused, restaurant_closed, payload_not_decryptable, party_size_out_of_range, starts_at_in_past, beyond_booking_window, insufficient_notice, off_grid_start_time, closed_on_date, invalid_setup, channel_not_enabled, invalid_webhook_url, unknown_seating_preference
       *
       *     Problem: idempotency_key_reused (the key was used for another body)
       */
      422: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem422'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      429: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem429'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  updateWebhookEndpoint: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "url": "https://pos.example.com/tablekeeper/hooks",
         *       "description": "text",
         *       "events": [
         *         "booking.held"
         *       ],
         *       "enabled": true,
         *       "guestContactAllowed": true,
         *       "rateLimitPerSecond": 1
         *     }
         */
        'application/json': components['schemas']['UpdateWebhookEndpointInput'];
      };
    };
    responses: {
      200: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "restaurantId": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "url": "https://pos.example.com/tablekeeper/hooks",
           *       "description": "Front-of-house POS",
           *       "events": [
           *         "booking.confirmed",
           *         "booking.cancelled"
           *       ],
           *       "enabled": true,
           *       "disabledReason": "gone",
           *       "disabledAt": "2026-11-23T19:00:00Z",
           *       "guestContactAllowed": true,
           *       "rateLimitPerSecond": 10,
           *       "previousSecretExpiresAt": "2026-11-23T19:00:00Z",
           *       "failingSince": "2026-11-23T19:00:00Z",
           *       "createdAt": "2026-11-23T19:00:00Z",
           *       "updatedAt": "2026-11-23T19:00:00Z"
           *     }
           */
          'application/json': components['schemas']['WebhookEndpointOutput'];
        };
      };
      /** @description Problem: validation_failed, erasure_not_confirmed, malformed_json, idempotency_key_required, invalid_idempotency_key */
      400: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      403: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found, guest_not_found */
      404: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: payload_too_large */
      413: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem413'];
        };
      };
      /** @description Problem: unsupported_media_type */
      415: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem415'];
        };
      };
      /** @description Problem: idempotency_key_reused, restaurant_closed, payload_not_decryptable, party_size_out_of_range, starts_at_in_past, beyond_booking_window, insufficient_notice, off_grid_start_time, closed_on_date, invalid_setup, channel_not_enabled, invalid_webhook_url, unknown_seating_preference */
      422: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem422'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      429: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem429'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  listWebhookDeliveries: {
    parameters: {
      query?: {
        /** @description Only deliveries older than this delivery id (the next page) */
        before?: string;
        limit?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "data": [
           *         {
           *           "id": "1042",
           *           "endpointId": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *           "messageId": "evt_1042",
           *           "eventType": "booking.confirmed",
           *           "status": "pending",
           *           "attempts": 1,
           *           "totalAttempts": 1,
           *           "nextAttemptAt": "2026-11-23T19:00:00Z",
           *           "lastAttemptAt": "2026-11-23T19:00:00Z",
           *           "lastStatusCode": 200,
           *           "lastLatencyMs": 48,
           *           "lastError": "text",
           *           "deliveredAt": "2026-11-23T19:00:00Z",
           *           "createdAt": "2026-11-23T19:00:00Z"
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['WebhookDeliveryListOutput'];
        };
      };
      /** @description Problem: validation_failed, erasure_not_confirmed, malformed_json, idempotency_key_required, invalid_idempotency_key */
      400: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      403: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found, guest_not_found */
      404: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      429: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem429'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  redeliverWebhook: {
    parameters: {
      query?: never;
      header: {
        /** @description Unique per intended change (1-255 printable ASCII characters). A retry with the same key and request answers the first answer again, with Idempotent-Replayed: true, for at least 24 h. */
        'Idempotency-Key': string;
      };
      path: {
        deliveryId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      202: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "1042",
           *       "endpointId": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "messageId": "evt_1042",
           *       "eventType": "booking.confirmed",
           *       "status": "pending",
           *       "attempts": 1,
           *       "totalAttempts": 1,
           *       "nextAttemptAt": "2026-11-23T19:00:00Z",
           *       "lastAttemptAt": "2026-11-23T19:00:00Z",
           *       "lastStatusCode": 200,
           *       "lastLatencyMs": 48,
           *       "lastError": "text",
           *       "deliveredAt": "2026-11-23T19:00:00Z",
           *       "createdAt": "2026-11-23T19:00:00Z"
           *     }
           */
          'application/json': components['schemas']['WebhookDeliveryOutput'];
        };
      };
      /**
       * @description Problem: validation_failed, erasure_not_confirmed, malformed_json, idempotency_key_required, invalid_idempotency_key
       *
       *     Problem: idempotency_key_required, invalid_idempotency_key
       */
      400: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      403: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found, guest_not_found */
      404: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /**
       * @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress
       *
       *     Problem: idempotency_request_in_progress (the same key is still being processed; see Retry-After)
       */
      409: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem409'];
        };
      };
      /**
       * @description Problem: idempotency_key_reused, restaurant_closed, payload_not_decryptable, party_size_out_of_range, starts_at_in_past, beyond_booking_window, insufficient_notice, off_grid_start_time, closed_on_date, invalid_setup, channel_not_enabled, invalid_webhook_url, unknown_seating_preference
       *
       *     Problem: idempotency_key_reused (the key was used for another body)
       */
      422: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem422'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      429: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem429'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  rotateWebhookSecret: {
    parameters: {
      query?: never;
      header: {
        /** @description Unique per intended change (1-255 printable ASCII characters). A retry with the same key and request answers the first answer again, with Idempotent-Replayed: true, for at least 24 h. */
        'Idempotency-Key': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "endpoint": {
           *         "id": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *         "restaurantId": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *         "url": "https://pos.example.com/tablekeeper/hooks",
           *         "description": "Front-of-house POS",
           *         "events": [
           *           "booking.confirmed",
           *           "booking.cancelled"
           *         ],
           *         "enabled": true,
           *         "disabledReason": "gone",
           *         "disabledAt": "2026-11-23T19:00:00Z",
           *         "guestContactAllowed": true,
           *         "rateLimitPerSecond": 10,
           *         "previousSecretExpiresAt": "2026-11-23T19:00:00Z",
           *         "failingSince": "2026-11-23T19:00:00Z",
           *         "createdAt": "2026-11-23T19:00:00Z",
           *         "updatedAt": "2026-11-23T19:00:00Z"
           *       },
           *       "secret": "whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD",
           *       "previousSecretExpiresAt": "2026-11-23T19:00:00Z"
           *     }
           */
          'application/json': components['schemas']['RotatedSecretOutput'];
        };
      };
      /**
       * @description Problem: validation_failed, erasure_not_confirmed, malformed_json, idempotency_key_required, invalid_idempotency_key
       *
       *     Problem: idempotency_key_required, invalid_idempotency_key
       */
      400: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      403: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found, guest_not_found */
      404: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /**
       * @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress
       *
       *     Problem: idempotency_request_in_progress (the same key is still being processed; see Retry-After)
       */
      409: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem409'];
        };
      };
      /**
       * @description Problem: idempotency_key_reused, restaurant_closed, payload_not_decryptable, party_size_out_of_range, starts_at_in_past, beyond_booking_window, insufficient_notice, off_grid_start_time, closed_on_date, invalid_setup, channel_not_enabled, invalid_webhook_url, unknown_seating_preference
       *
       *     Problem: idempotency_key_reused (the key was used for another body)
       */
      422: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem422'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      429: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem429'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  pingWebhookEndpoint: {
    parameters: {
      query?: never;
      header: {
        /** @description Unique per intended change (1-255 printable ASCII characters). A retry with the same key and request answers the first answer again, with Idempotent-Replayed: true, for at least 24 h. */
        'Idempotency-Key': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      202: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "1042",
           *       "endpointId": "7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f",
           *       "messageId": "evt_1042",
           *       "eventType": "booking.confirmed",
           *       "status": "pending",
           *       "attempts": 1,
           *       "totalAttempts": 1,
           *       "nextAttemptAt": "2026-11-23T19:00:00Z",
           *       "lastAttemptAt": "2026-11-23T19:00:00Z",
           *       "lastStatusCode": 200,
           *       "lastLatencyMs": 48,
           *       "lastError": "text",
           *       "deliveredAt": "2026-11-23T19:00:00Z",
           *       "createdAt": "2026-11-23T19:00:00Z"
           *     }
           */
          'application/json': components['schemas']['WebhookDeliveryOutput'];
        };
      };
      /**
       * @description Problem: validation_failed, erasure_not_confirmed, malformed_json, idempotency_key_required, invalid_idempotency_key
       *
       *     Problem: idempotency_key_required, invalid_idempotency_key
       */
      400: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem400'];
        };
      };
      /** @description Problem: unauthorized, not_signed_in, invalid_credentials */
      401: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem401'];
        };
      };
      /** @description Problem: csrf_token_invalid, role_forbidden, insufficient_scope, publishable_key_not_allowed, origin_not_allowed, challenge_failed */
      403: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem403'];
        };
      };
      /** @description Problem: not_found, manage_link_invalid, restaurant_not_found, booking_not_found, api_key_not_found, zone_not_found, table_not_found, exception_not_found, block_not_found, webhook_endpoint_not_found, webhook_delivery_not_found, guest_not_found */
      404: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem404'];
        };
      };
      /**
       * @description Problem: no_capacity, invalid_transition, tables_unavailable, duplicate_zone_name, duplicate_table_label, zone_has_tables, table_has_future_bookings, table_has_history, overlapping_exception, change_pending, idempotency_request_in_progress
       *
       *     Problem: idempotency_request_in_progress (the same key is still being processed; see Retry-After)
       */
      409: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem409'];
        };
      };
      /**
       * @description Problem: idempotency_key_reused, restaurant_closed, payload_not_decryptable, party_size_out_of_range, starts_at_in_past, beyond_booking_window, insufficient_notice, off_grid_start_time, closed_on_date, invalid_setup, channel_not_enabled, invalid_webhook_url, unknown_seating_preference
       *
       *     Problem: idempotency_key_reused (the key was used for another body)
       */
      422: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem422'];
        };
      };
      /** @description Problem: rate_limited, too_many_live_holds, sign_in_rate_limited */
      429: {
        headers: {
          'Idempotent-Replayed': components['headers']['Idempotent-Replayed'];
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem429'];
        };
      };
      /** @description Problem: internal_error */
      500: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem500'];
        };
      };
      /** @description Problem: service_unavailable, overloaded, database_unavailable, workflow_engine_unavailable, cache_unavailable */
      503: {
        headers: {
          'RateLimit-Limit': components['headers']['RateLimit-Limit'];
          'RateLimit-Policy': components['headers']['RateLimit-Policy'];
          'RateLimit-Remaining': components['headers']['RateLimit-Remaining'];
          'RateLimit-Reset': components['headers']['RateLimit-Reset'];
          'Retry-After': components['headers']['Retry-After'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem503'];
        };
      };
    };
  };
  bookingApprovedEvent: {
    parameters: {
      query?: never;
      header: {
        /** @description The message id, the same on every attempt */
        'webhook-id': string;
        /** @description Space-separated `v1,<base64 HMAC-SHA256 of "{id}.{timestamp}.{body}">`, two during a rotation */
        'webhook-signature': string;
        /** @description Unix seconds of this attempt */
        'webhook-timestamp': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
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
        'application/json': {
          data: {
            [key: string]: unknown;
          };
          /** @description Equals the webhook-id header */
          id: string;
          /**
           * Format: date-time
           * @description When it happened
           */
          timestamp: string;
          /** @constant */
          type: 'booking.approved';
          /** @constant */
          version: 1;
        };
      };
    };
    responses: {
      /** @description Received (any 2xx) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  bookingCancelledEvent: {
    parameters: {
      query?: never;
      header: {
        /** @description The message id, the same on every attempt */
        'webhook-id': string;
        /** @description Space-separated `v1,<base64 HMAC-SHA256 of "{id}.{timestamp}.{body}">`, two during a rotation */
        'webhook-signature': string;
        /** @description Unix seconds of this attempt */
        'webhook-timestamp': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
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
        'application/json': {
          data: {
            [key: string]: unknown;
          };
          /** @description Equals the webhook-id header */
          id: string;
          /**
           * Format: date-time
           * @description When it happened
           */
          timestamp: string;
          /** @constant */
          type: 'booking.cancelled';
          /** @constant */
          version: 1;
        };
      };
    };
    responses: {
      /** @description Received (any 2xx) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  bookingCheckedInEvent: {
    parameters: {
      query?: never;
      header: {
        /** @description The message id, the same on every attempt */
        'webhook-id': string;
        /** @description Space-separated `v1,<base64 HMAC-SHA256 of "{id}.{timestamp}.{body}">`, two during a rotation */
        'webhook-signature': string;
        /** @description Unix seconds of this attempt */
        'webhook-timestamp': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
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
        'application/json': {
          data: {
            [key: string]: unknown;
          };
          /** @description Equals the webhook-id header */
          id: string;
          /**
           * Format: date-time
           * @description When it happened
           */
          timestamp: string;
          /** @constant */
          type: 'booking.checked_in';
          /** @constant */
          version: 1;
        };
      };
    };
    responses: {
      /** @description Received (any 2xx) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  bookingCompletedEvent: {
    parameters: {
      query?: never;
      header: {
        /** @description The message id, the same on every attempt */
        'webhook-id': string;
        /** @description Space-separated `v1,<base64 HMAC-SHA256 of "{id}.{timestamp}.{body}">`, two during a rotation */
        'webhook-signature': string;
        /** @description Unix seconds of this attempt */
        'webhook-timestamp': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
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
        'application/json': {
          data: {
            [key: string]: unknown;
          };
          /** @description Equals the webhook-id header */
          id: string;
          /**
           * Format: date-time
           * @description When it happened
           */
          timestamp: string;
          /** @constant */
          type: 'booking.completed';
          /** @constant */
          version: 1;
        };
      };
    };
    responses: {
      /** @description Received (any 2xx) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  bookingConfirmedEvent: {
    parameters: {
      query?: never;
      header: {
        /** @description The message id, the same on every attempt */
        'webhook-id': string;
        /** @description Space-separated `v1,<base64 HMAC-SHA256 of "{id}.{timestamp}.{body}">`, two during a rotation */
        'webhook-signature': string;
        /** @description Unix seconds of this attempt */
        'webhook-timestamp': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
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
        'application/json': {
          data: {
            [key: string]: unknown;
          };
          /** @description Equals the webhook-id header */
          id: string;
          /**
           * Format: date-time
           * @description When it happened
           */
          timestamp: string;
          /** @constant */
          type: 'booking.confirmed';
          /** @constant */
          version: 1;
        };
      };
    };
    responses: {
      /** @description Received (any 2xx) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  bookingExpiredEvent: {
    parameters: {
      query?: never;
      header: {
        /** @description The message id, the same on every attempt */
        'webhook-id': string;
        /** @description Space-separated `v1,<base64 HMAC-SHA256 of "{id}.{timestamp}.{body}">`, two during a rotation */
        'webhook-signature': string;
        /** @description Unix seconds of this attempt */
        'webhook-timestamp': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
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
        'application/json': {
          data: {
            [key: string]: unknown;
          };
          /** @description Equals the webhook-id header */
          id: string;
          /**
           * Format: date-time
           * @description When it happened
           */
          timestamp: string;
          /** @constant */
          type: 'booking.expired';
          /** @constant */
          version: 1;
        };
      };
    };
    responses: {
      /** @description Received (any 2xx) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  bookingHeldEvent: {
    parameters: {
      query?: never;
      header: {
        /** @description The message id, the same on every attempt */
        'webhook-id': string;
        /** @description Space-separated `v1,<base64 HMAC-SHA256 of "{id}.{timestamp}.{body}">`, two during a rotation */
        'webhook-signature': string;
        /** @description Unix seconds of this attempt */
        'webhook-timestamp': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
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
        'application/json': {
          data: {
            [key: string]: unknown;
          };
          /** @description Equals the webhook-id header */
          id: string;
          /**
           * Format: date-time
           * @description When it happened
           */
          timestamp: string;
          /** @constant */
          type: 'booking.held';
          /** @constant */
          version: 1;
        };
      };
    };
    responses: {
      /** @description Received (any 2xx) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  bookingModifiedEvent: {
    parameters: {
      query?: never;
      header: {
        /** @description The message id, the same on every attempt */
        'webhook-id': string;
        /** @description Space-separated `v1,<base64 HMAC-SHA256 of "{id}.{timestamp}.{body}">`, two during a rotation */
        'webhook-signature': string;
        /** @description Unix seconds of this attempt */
        'webhook-timestamp': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
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
        'application/json': {
          data: {
            [key: string]: unknown;
          };
          /** @description Equals the webhook-id header */
          id: string;
          /**
           * Format: date-time
           * @description When it happened
           */
          timestamp: string;
          /** @constant */
          type: 'booking.modified';
          /** @constant */
          version: 1;
        };
      };
    };
    responses: {
      /** @description Received (any 2xx) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  bookingNoShowEvent: {
    parameters: {
      query?: never;
      header: {
        /** @description The message id, the same on every attempt */
        'webhook-id': string;
        /** @description Space-separated `v1,<base64 HMAC-SHA256 of "{id}.{timestamp}.{body}">`, two during a rotation */
        'webhook-signature': string;
        /** @description Unix seconds of this attempt */
        'webhook-timestamp': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
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
        'application/json': {
          data: {
            [key: string]: unknown;
          };
          /** @description Equals the webhook-id header */
          id: string;
          /**
           * Format: date-time
           * @description When it happened
           */
          timestamp: string;
          /** @constant */
          type: 'booking.no_show';
          /** @constant */
          version: 1;
        };
      };
    };
    responses: {
      /** @description Received (any 2xx) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  bookingNoShowUndoneEvent: {
    parameters: {
      query?: never;
      header: {
        /** @description The message id, the same on every attempt */
        'webhook-id': string;
        /** @description Space-separated `v1,<base64 HMAC-SHA256 of "{id}.{timestamp}.{body}">`, two during a rotation */
        'webhook-signature': string;
        /** @description Unix seconds of this attempt */
        'webhook-timestamp': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
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
        'application/json': {
          data: {
            [key: string]: unknown;
          };
          /** @description Equals the webhook-id header */
          id: string;
          /**
           * Format: date-time
           * @description When it happened
           */
          timestamp: string;
          /** @constant */
          type: 'booking.no_show_undone';
          /** @constant */
          version: 1;
        };
      };
    };
    responses: {
      /** @description Received (any 2xx) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  bookingRejectedEvent: {
    parameters: {
      query?: never;
      header: {
        /** @description The message id, the same on every attempt */
        'webhook-id': string;
        /** @description Space-separated `v1,<base64 HMAC-SHA256 of "{id}.{timestamp}.{body}">`, two during a rotation */
        'webhook-signature': string;
        /** @description Unix seconds of this attempt */
        'webhook-timestamp': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
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
        'application/json': {
          data: {
            [key: string]: unknown;
          };
          /** @description Equals the webhook-id header */
          id: string;
          /**
           * Format: date-time
           * @description When it happened
           */
          timestamp: string;
          /** @constant */
          type: 'booking.rejected';
          /** @constant */
          version: 1;
        };
      };
    };
    responses: {
      /** @description Received (any 2xx) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  bookingReminderEvent: {
    parameters: {
      query?: never;
      header: {
        /** @description The message id, the same on every attempt */
        'webhook-id': string;
        /** @description Space-separated `v1,<base64 HMAC-SHA256 of "{id}.{timestamp}.{body}">`, two during a rotation */
        'webhook-signature': string;
        /** @description Unix seconds of this attempt */
        'webhook-timestamp': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
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
        'application/json': {
          data: {
            [key: string]: unknown;
          };
          /** @description Equals the webhook-id header */
          id: string;
          /**
           * Format: date-time
           * @description When it happened
           */
          timestamp: string;
          /** @constant */
          type: 'booking.reminder';
          /** @constant */
          version: 1;
        };
      };
    };
    responses: {
      /** @description Received (any 2xx) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  bookingReviewRequiredEvent: {
    parameters: {
      query?: never;
      header: {
        /** @description The message id, the same on every attempt */
        'webhook-id': string;
        /** @description Space-separated `v1,<base64 HMAC-SHA256 of "{id}.{timestamp}.{body}">`, two during a rotation */
        'webhook-signature': string;
        /** @description Unix seconds of this attempt */
        'webhook-timestamp': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
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
        'application/json': {
          data: {
            [key: string]: unknown;
          };
          /** @description Equals the webhook-id header */
          id: string;
          /**
           * Format: date-time
           * @description When it happened
           */
          timestamp: string;
          /** @constant */
          type: 'booking.review_required';
          /** @constant */
          version: 1;
        };
      };
    };
    responses: {
      /** @description Received (any 2xx) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  webhookEndpointDisabledEvent: {
    parameters: {
      query?: never;
      header: {
        /** @description The message id, the same on every attempt */
        'webhook-id': string;
        /** @description Space-separated `v1,<base64 HMAC-SHA256 of "{id}.{timestamp}.{body}">`, two during a rotation */
        'webhook-signature': string;
        /** @description Unix seconds of this attempt */
        'webhook-timestamp': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
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
        'application/json': {
          data: {
            [key: string]: unknown;
          };
          /** @description Equals the webhook-id header */
          id: string;
          /**
           * Format: date-time
           * @description When it happened
           */
          timestamp: string;
          /** @constant */
          type: 'webhook_endpoint.disabled';
          /** @constant */
          version: 1;
        };
      };
    };
    responses: {
      /** @description Received (any 2xx) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  webhookTestEvent: {
    parameters: {
      query?: never;
      header: {
        /** @description The message id, the same on every attempt */
        'webhook-id': string;
        /** @description Space-separated `v1,<base64 HMAC-SHA256 of "{id}.{timestamp}.{body}">`, two during a rotation */
        'webhook-signature': string;
        /** @description Unix seconds of this attempt */
        'webhook-timestamp': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
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
        'application/json': {
          data: {
            [key: string]: unknown;
          };
          /** @description Equals the webhook-id header */
          id: string;
          /**
           * Format: date-time
           * @description When it happened
           */
          timestamp: string;
          /** @constant */
          type: 'webhook.test';
          /** @constant */
          version: 1;
        };
      };
    };
    responses: {
      /** @description Received (any 2xx) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
}
