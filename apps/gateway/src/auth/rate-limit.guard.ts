import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import {
  ApiKeyRateLimiter,
  RATE_WINDOW_SECONDS,
  RateLimitedProblem,
  type RateLimitState,
} from './api-key.rate-limiter';
import type { AuthenticatedRequest } from './principal';

/**
 * Per-key rate limits on every authenticated route, reads (GET) and writes in separate budgets
 * (ApiKeyRateLimiter). Answers carry RateLimit-* headers; a refusal is 429 `rate_limited` with
 * Retry-After.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(private readonly limiter: ApiKeyRateLimiter) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const principal = request.principal;
    if (!principal) return true; // public route
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    const budget = request.method === 'GET' || request.method === 'HEAD' ? 'reads' : 'writes';
    try {
      const state = await this.limiter.consume(principal, budget);
      if (state) setHeaders(reply, state);
      return true;
    } catch (error) {
      if (error instanceof RateLimitedProblem) setHeaders(reply, error.state);
      throw error;
    }
  }
}

function setHeaders(reply: FastifyReply, state: RateLimitState): void {
  void reply.header('RateLimit-Limit', String(state.limit));
  void reply.header('RateLimit-Remaining', String(state.remaining));
  void reply.header('RateLimit-Reset', String(state.resetSeconds));
  void reply.header('RateLimit-Policy', `${state.limit};w=${RATE_WINDOW_SECONDS}`);
}
