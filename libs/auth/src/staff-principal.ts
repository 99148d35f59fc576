/** Most powerful first: a manager may do what ops may, ops what a viewer may. */
export const STAFF_ROLES = ['manager', 'ops', 'viewer'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** Whether a member of staff with `role` may do what `required` may. */
export function roleAtLeast(role: StaffRole, required: StaffRole): boolean {
  return STAFF_ROLES.indexOf(role) <= STAFF_ROLES.indexOf(required);
}

/** A signed-in member of staff, as the session guard attaches it to a request. */
export interface StaffPrincipal {
  readonly staffId: string;
  readonly email: string;
  readonly role: StaffRole;
  readonly restaurantId: string;
  readonly restaurantName: string;
  readonly timezone: string;
  readonly csrfToken: string;
}

/**
 * The form of an email that names one account: stored on the account and used to count failed
 * sign-ins, so `Ops@x` and `ops@x ` are the same person to both.
 */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** How a member of staff appears as an actor in booking histories. */
export function staffActor(staff: StaffPrincipal): string {
  return `staff:${staff.email}`;
}
