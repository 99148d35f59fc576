import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { ApiScope } from '@tablekeeper/auth';
import { ApiKeyAuthenticator } from './api-key.authenticator';
import { ProblemException } from '../common/problem';
import type { LoggedRequest } from '../infrastructure/request-log';
import { PUBLIC_ROUTE, REQUIRED_SCOPE, type AuthenticatedRequest } from './principal';

/** `Authorization: Bearer <api key>` on every route not marked @Public(). */
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
    const scope = this.reflector.getAllAndOverride<ApiScope | undefined>(REQUIRED_SCOPE, targets);
    if (scope && !principal.scopes.includes(scope) && !principal.scopes.includes('admin')) {
      throw new ProblemException('insufficient_scope', `This action needs the ${scope} scope`);
    }
    request.principal = principal;
    (request.raw as LoggedRequest).apiKeyPrefix = principal.prefix;
    return true;
  }
}
