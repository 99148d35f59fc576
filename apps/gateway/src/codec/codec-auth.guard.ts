import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { AppConfig } from '@tablekeeper/config';
import { ApiKeyAuthenticator } from '../auth/api-key.authenticator';
import type { LoggedRequest } from '../infrastructure/request-log';
import { ProblemException } from '../common/problem';
import { APP_CONFIG } from '../infrastructure/tokens';

export const CODEC_SCOPE = 'temporal:codec';
const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/**
 * Who may decrypt payloads: an API key holding `temporal:codec` itself (an `admin` key of a
 * restaurant is not enough: the codec opens every restaurant's bookings). With CODEC_AUTH=loopback
 * (`npm start` only; refused in production) any caller on this machine may, so the local
 * Temporal UI decodes without a key. The socket's address counts, not X-Forwarded-For.
 */
@Injectable()
export class CodecAuthGuard implements CanActivate {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly apiKeys: ApiKeyAuthenticator,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    if (this.config.codecAuth === 'loopback' && LOOPBACK.has(request.raw.socket.remoteAddress ?? '')) {
      return true;
    }
    const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
    if (!match) throw new ProblemException('unauthorized', 'Send Authorization: Bearer <api key>');
    const principal = await this.apiKeys.authenticate(match[1]);
    if (!principal) throw new ProblemException('unauthorized', 'The API key is unknown or revoked');
    (request.raw as LoggedRequest).apiKeyPrefix = principal.prefix;
    if (!principal.scopes.includes(CODEC_SCOPE)) {
      throw new ProblemException('insufficient_scope', `Decoding payloads needs the ${CODEC_SCOPE} scope`);
    }
    return true;
  }
}
