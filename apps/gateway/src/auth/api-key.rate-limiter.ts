import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { ApiPrincipal } from '@tablekeeper/auth';
import { ProblemException } from '../common/problem';
import { REDIS } from '../infrastructure/tokens';

/**
 * Reads (GET, read-only MCP tools) and writes are counted in separate per-key budgets; looking
 * bookings up by a guest's phone or e-mail has a small budget of its own on top of reads, so a
 * key cannot walk through phone numbers at the pace of availability reads.
 */
export type RateBudget = 'reads' | 'writes';
/** Every budget a key spends from: the two of every request and the lookup budget. */
export type SpendingBudget = RateBudget | 'lookups';
export const RATE_WINDOW_SECONDS = 60;
/** Find-my-booking lookups per key and minute: a busy voice agent's calls, not an enumeration. */
export const LOOKUPS_PER_MINUTE = 30;

/** Where the key stands in the budget it just spent from (for the RateLimit-* headers). */
export interface RateLimitState {
  readonly limit: number;
  readonly remaining: number;
  readonly resetSeconds: number;
}

/** A spent budget: a 429 `rate_limited` problem that also says where the budget stands. */
export class RateLimitedProblem extends ProblemException {
  constructor(
    budget: SpendingBudget,
    readonly state: RateLimitState,
    readonly retryAfterSeconds: number,
  ) {
    super('rate_limited', `The ${budget} budget of this API key (${state.limit} per minute) is used up`);
  }
}

/**
 * Per-key rate limits counted in Redis (shared by every gateway and every MCP server process) with
 * rate-limiter-flexible. If Redis is unreachable each process falls back to counting in its own
 * memory rather than letting everything through or refusing everything. The REST guard and the
 * MCP tools spend from the same budgets.
 */
@Injectable()
export class ApiKeyRateLimiter {
  private readonly logger = new Logger('RateLimit');
  private readonly limiters = new Map<string, RateLimiterRedis>();

  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  /** Spends one point; throws RateLimitedProblem when the budget is used up. */
  async consume(principal: ApiPrincipal, budget: SpendingBudget): Promise<RateLimitState | null> {
    const points =
      budget === 'reads'
        ? principal.readsPerMinute
        : budget === 'writes'
          ? principal.writesPerMinute
          : LOOKUPS_PER_MINUTE;
    try {
      return stateOf(points, await this.limiter(budget, points).consume(principal.apiKeyId));
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) {
        throw new RateLimitedProblem(
          budget,
          stateOf(points, rejection),
          Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)),
        );
      }
      this.logger.warn(`rate limiter unavailable: ${String(rejection)}`);
      return null;
    }
  }

  private limiter(budget: SpendingBudget, points: number): RateLimiterRedis {
    const id = `${budget}:${points}`;
    let limiter = this.limiters.get(id);
    if (!limiter) {
      limiter = new RateLimiterRedis({
        storeClient: this.redis,
        keyPrefix: `tk:rl:${budget}`,
        points,
        duration: RATE_WINDOW_SECONDS,
        insuranceLimiter: new RateLimiterMemory({
          keyPrefix: `tk:rl:${budget}:mem`,
          points,
          duration: RATE_WINDOW_SECONDS,
        }),
      });
      this.limiters.set(id, limiter);
    }
    return limiter;
  }
}

function stateOf(points: number, res: RateLimiterRes): RateLimitState {
  return {
    limit: points,
    remaining: Math.max(0, res.remainingPoints),
    resetSeconds: Math.ceil(res.msBeforeNext / 1000),
  };
}
