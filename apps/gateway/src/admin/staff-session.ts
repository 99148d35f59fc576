import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { StaffPrincipal, StaffRole } from '@tablekeeper/auth';

export const SESSION_COOKIE = 'tk_admin_session';
export const CSRF_HEADER = 'x-csrf-token';
/** How long a sign-in lasts: one long service day. */
export const SESSION_TTL_SECONDS = 12 * 60 * 60;

export type StaffRequest = FastifyRequest & { staff?: StaffPrincipal };

export const REQUIRED_ROLE = 'tablekeeper:required-staff-role';
/** Only staff of this role or above may call the route (viewers read, ops decide, managers set up). */
export const RequireRole = (role: StaffRole) => SetMetadata(REQUIRED_ROLE, role);

/** The signed-in member of staff, as the session guard attached it. */
export function staffOf(context: ExecutionContext): StaffPrincipal {
  const request = context.switchToHttp().getRequest<StaffRequest>();
  if (!request.staff) throw new Error('Staff read on a route without the staff session guard');
  return request.staff;
}

export const Staff = createParamDecorator((_data: unknown, context: ExecutionContext) => staffOf(context));

/** Documents the header the session guard wants on every state-changing admin request. */
export const CsrfHeader = () =>
  ApiHeader({ name: 'X-CSRF-Token', required: true, description: 'The csrfToken of the session' });
