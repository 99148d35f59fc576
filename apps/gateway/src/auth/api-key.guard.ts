import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { ApiScope } from '@tablekeeper/auth';
import { ApiKeyAuthenticator } from './api-key.authenticator';
import { ProblemException } from '../common/problem';
import type { LoggedRequest } from '../infrastructure/request-log';
import { PUBLIC_ROUTE, REQUIRED_SCOPE, type AuthenticatedRequest } from './principal';
import { GUEST_ACCESS } from '../guest/guest-access';

/**
 * `Authorization: Bearer <api key>` on every route not marked @Public(). A publishable key gets
 * only into routes marked @GuestAccess(), and only from the origins it lists (when a browser says
 * where it calls from).
 */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly apiKeys: ApiKeyAuthenticator,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const header = request.headers.authorization ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw new ProblemException('unauthorized', 'Send Authorization: Bearer <api key>');
    const principal = await this.apiKeys.authenticate(match[1]);
    if (!principal) throw new ProblemException('unauthorized', 'The API key is unknown or revoked');
    if (principal.kind === 'publishable') {
      if (!this.reflector.getAllAndOverride<boolean>(GUEST_ACCESS, targets)) {
        throw new ProblemException(
          'publishable_key_not_allowed',
          'A publishable key reads availability and places new bookings; a booking is managed through its manage link',
        );
      }
      const origin = request.headers.origin;
      if (typeof origin === 'string' && !principal.allowedOrigins.includes(origin)) {
        throw new ProblemException('origin_not_allowed', `This publishable key does not allow ${origin}`);
      }
    }
    const scope = this.reflector.getAllAndOverride<ApiScope | undefined>(REQUIRED_SCOPE, targets);
    if (scope && !principal.scopes.includes(scope) && !principal.scopes.includes('admin')) {
      throw new ProblemException('insufficient_scope', `This action needs the ${scope} scope`);
    }
    request.principal = principal;
    (request.raw as LoggedRequest).apiKeyPrefix = principal.prefix;
    return true;
  }
}
