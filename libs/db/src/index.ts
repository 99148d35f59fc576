export * from './prisma-client.factory';
export * from './booking-placement.repository';
export * from './booking-status.repository';
export * from './booking-modification.repository';
export * from './booking-table-choice.repository';
export * from './booking-query.repository';
export * from './restaurant.repository';
export * from './api-key.repository';
export * from './api-key.secret';
export * from './manage-token.repository';
export * from './migrations';
export * from './postgres-errors';
export * from './restaurant-setup';
export * from './availability.repository';
export * from './staff.repository';
export * from './staff-password';
export * from './staff-accounts.repository';
export * from './admin-booking.repository';
export * from './webhook-endpoint.repository';
export * from './webhook-delivery.repository';
export * from './guest-lookup.repository';
/**
 * Scopes and roles now live in libs/auth; these stay re-exported only while code outside the
 * gateway's area still imports them from here (apps/cli/src/main.ts, test/support/fixtures.ts and
 * admin.ts, apps/gateway/src/admin/admin.outputs.ts). Import them from libs/auth in new code.
 */
export { API_SCOPES, OPERATOR_SCOPES, STAFF_ROLES, type ApiScope, type StaffRole } from '@tablekeeper/auth';
export * from './setup/setup-errors';
export * from './setup/setup-audit';
export * from './setup/restaurant-setup.repository';
export * from './guest-identity.statements';
export * from './guest-crm.repository';
export * from './setup/setup-document.repository';
export * from './waitlist.repository';
export * from './waitlist-data-seal';
export * from './guest-data-seal';
export * from './guest-privacy.repository';
export * from './walk-in-floor.repository';
