import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { StaffPrincipal, StaffRole } from '../../../../libs/db/src';

export const SESSION_COOKIE = 'tk_admin_session';
export const CSRF_HEADER = 'x-csrf-token';
/** How long a sign-in lasts: one long service day. */
export const SESSION_TTL_SECONDS = 12 * 60 * 60;

export type StaffRequest = FastifyRequest & { staff?: StaffPrincipal };

export const REQUIRED_ROLE = 'tablekeeper:required-staff-role';
/** Only staff of this role may call the route (viewers read, ops decide). */
export const RequireRole = (role: StaffRole) => SetMetadata(REQUIRED_ROLE, role);

/** The signed-in member of staff, as the session guard attached it. */
export const Staff = createParamDecorator((_data: unknown, context: ExecutionContext): StaffPrincipal => {
  const request = context.switchToHttp().getRequest<StaffRequest>();
  if (!request.staff) throw new Error('Staff read on a route without the staff session guard');
  return request.staff;
});

/** How a member of staff appears as an actor in booking histories. */
export function staffActor(staff: StaffPrincipal): string {
  return `staff:${staff.email}`;
}
