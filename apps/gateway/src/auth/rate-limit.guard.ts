import { Injectable, Logger, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Inject } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { ProblemException } from '../common/problem';
import { REDIS } from '../infrastructure/tokens';
import type { AuthenticatedRequest } from './principal';

type Budget = 'reads' | 'writes';
const WINDOW_SECONDS = 60;

/**
 * Per-key rate limits with separate budgets for reads and writes, counted in Redis (shared by
 * every gateway) with rate-limiter-flexible. If Redis is unreachable each gateway falls back to
 * counting in its own memory rather than letting everything through or refusing everything.
 * Answers carry RateLimit-* headers; a refusal is 429 `rate_limited` with Retry-After.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  private readonly logger = new Logger('RateLimit');
  private readonly limiters = new Map<string, RateLimiterRedis>();

  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const principal = request.principal;
    if (!principal) return true; // public route
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    const budget: Budget = request.method === 'GET' || request.method === 'HEAD' ? 'reads' : 'writes';
    const points = budget === 'reads' ? principal.readsPerMinute : principal.writesPerMinute;
    const limiter = this.limiter(budget, points);
    try {
      const state = await limiter.consume(principal.apiKeyId);
      setHeaders(reply, points, state);
      return true;
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) {
        setHeaders(reply, points, rejection);
        throw Object.assign(
          new ProblemException(
            'rate_limited',
            `The ${budget} budget of this API key (${points} per minute) is used up`,
          ),
          { retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) },
        );
      }
      this.logger.warn(`rate limiter unavailable: ${String(rejection)}`);
      return true;
    }
  }

  private limiter(budget: Budget, points: number): RateLimiterRedis {
    const id = `${budget}:${points}`;
    let limiter = this.limiters.get(id);
    if (!limiter) {
      limiter = new RateLimiterRedis({
        storeClient: this.redis,
        keyPrefix: `tk:rl:${budget}`,
        points,
        duration: WINDOW_SECONDS,
        insuranceLimiter: new RateLimiterMemory({
          keyPrefix: `tk:rl:${budget}:mem`,
          points,
          duration: WINDOW_SECONDS,
        }),
      });
      this.limiters.set(id, limiter);
    }
    return limiter;
  }
}

function setHeaders(reply: FastifyReply, points: number, state: RateLimiterRes): void {
  void reply.header('RateLimit-Limit', String(points));
  void reply.header('RateLimit-Remaining', String(Math.max(0, state.remainingPoints)));
  void reply.header('RateLimit-Reset', String(Math.ceil(state.msBeforeNext / 1000)));
  void reply.header('RateLimit-Policy', `${points};w=${WINDOW_SECONDS}`);
}
