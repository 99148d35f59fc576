import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { timingSafeEqual } from 'node:crypto';
import { roleAtLeast, type StaffRole } from '@tablekeeper/auth';
import { StaffRepository } from '@tablekeeper/db';
import { ProblemException } from '../common/problem';
import { CSRF_HEADER, REQUIRED_ROLE, SESSION_COOKIE, type StaffRequest } from './staff-session';

const SAFE_METHODS = ['GET', 'HEAD', 'OPTIONS'];

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * The admin API's door: a valid session cookie, and on every state-changing request the session's
 * CSRF token in the X-CSRF-Token header (the SameSite=Strict cookie is the first line; the header
 * is the second, since a cross-site form cannot set headers). Routes may require a role (`manager` ≥ `ops` ≥ `viewer`).
 */
@Injectable()
export class StaffSessionGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly staff: StaffRepository,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<StaffRequest>();
    const token = request.cookies?.[SESSION_COOKIE];
    const principal = token ? await this.staff.findSession(token) : null;
    if (!principal) throw new ProblemException('not_signed_in', 'Your session is missing or has ended');
    if (!SAFE_METHODS.includes(request.method)) {
      const header = request.headers[CSRF_HEADER];
      if (typeof header !== 'string' || !sameToken(header, principal.csrfToken)) {
        throw new ProblemException('csrf_token_invalid', 'Send the X-CSRF-Token of your session');
      }
    }
    const role = this.reflector.getAllAndOverride<StaffRole | undefined>(REQUIRED_ROLE, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (role && !roleAtLeast(principal.role, role)) {
      throw new ProblemException(
        'role_forbidden',
        `Only ${role} staff${role === 'manager' ? '' : ' or above'} may do this; you are ${principal.role}`,
      );
    }
    request.staff = principal;
    return true;
  }
}
