import { Injectable } from '@nestjs/common';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ApiKeyRepository, PUBLISHABLE_KEY_START } from '@tablekeeper/db';
import { ApiKeyAuthenticator } from '../auth/api-key.authenticator';
import { PROBLEM_CONTENT_TYPE, ProblemException } from '../common/problem';
import { CHALLENGE_HEADER } from './widget-challenge';

const ALLOWED_METHODS = 'GET, POST, PATCH';
const ALLOWED_HEADERS = `authorization, content-type, idempotency-key, if-match, ${CHALLENGE_HEADER}`;
const EXPOSED_HEADERS =
  'location, etag, retry-after, idempotent-replayed, x-request-id, ratelimit-limit, ratelimit-remaining, ratelimit-reset';
/** How long a preflight's answer for an origin is reused, here and in the browser. */
const PREFLIGHT_CACHE_MS = 10_000;

/**
 * CORS for the booking widget, answered per publishable key. A preflight carries no key, so it is
 * allowed for an origin some live publishable key lists (its answer names only that origin); the
 * request itself gets CORS headers only when its own key lists the origin, and the API key guard
 * refuses it otherwise (403 `origin_not_allowed`). Secret keys never get CORS headers: a browser
 * cannot read anything sent with one.
 */
@Injectable()
export class WidgetCors {
  private readonly preflights = new Map<string, { allowed: boolean; until: number }>();

  constructor(
    private readonly apiKeys: ApiKeyRepository,
    private readonly authenticator: ApiKeyAuthenticator,
  ) {}

  register(fastify: FastifyInstance): void {
    fastify.addHook('onRequest', async (request, reply) => {
      if (!request.url.startsWith('/v1/')) return;
      const origin = request.headers.origin;
      if (typeof origin !== 'string') return;
      void reply.header('vary', 'Origin');
      if (request.method === 'OPTIONS' && request.headers['access-control-request-method']) {
        return this.preflight(origin, reply);
      }
      if (await this.keyAllows(request, origin)) {
        void reply
          .header('access-control-allow-origin', origin)
          .header('access-control-expose-headers', EXPOSED_HEADERS);
      }
    });
  }

  private async preflight(origin: string, reply: FastifyReply): Promise<FastifyReply> {
    if (!(await this.someKeyAllows(origin))) {
      const problem = new ProblemException(
        'origin_not_allowed',
        'No publishable key of this API allows that origin',
      );
      return reply.code(403).type(PROBLEM_CONTENT_TYPE).send(problem.toBody());
    }
    return reply
      .code(204)
      .header('access-control-allow-origin', origin)
      .header('access-control-allow-methods', ALLOWED_METHODS)
      .header('access-control-allow-headers', ALLOWED_HEADERS)
      .header('access-control-max-age', String(PREFLIGHT_CACHE_MS / 1000))
      .send();
  }

  private async keyAllows(request: FastifyRequest, origin: string): Promise<boolean> {
    const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
    if (!match?.[1].startsWith(PUBLISHABLE_KEY_START)) return false;
    const principal = await this.authenticator.authenticate(match[1]).catch(() => null);
    return principal?.kind === 'publishable' && principal.allowedOrigins.includes(origin);
  }

  private async someKeyAllows(origin: string): Promise<boolean> {
    const now = Date.now();
    const cached = this.preflights.get(origin);
    if (cached && cached.until > now) return cached.allowed;
    const allowed = await this.apiKeys.originAllowed(origin);
    if (this.preflights.size > 10_000) this.preflights.clear();
    this.preflights.set(origin, { allowed, until: now + PREFLIGHT_CACHE_MS });
    return allowed;
  }
}
