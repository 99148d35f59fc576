import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { normalizeEmail } from '@tablekeeper/auth';
import { ProblemException } from '../common/problem';
import { REDIS } from '../infrastructure/tokens';

/** Failed sign-ins allowed per email and address before a pause. */
export const SIGN_IN_FAILURES = 5;
const WINDOW_SECONDS = 15 * 60;

/**
 * Counts failed sign-ins per (email, client address) in Redis, shared by every gateway, so
 * password guessing is slowed whichever gateway it hits. A success clears the count.
 */
@Injectable()
export class SignInLimiter {
  private readonly logger = new Logger('SignInLimiter');
  private readonly limiter: RateLimiterRedis;

  constructor(@Inject(REDIS) redis: Redis) {
    this.limiter = new RateLimiterRedis({
      storeClient: redis,
      keyPrefix: 'tk:rl:sign-in',
      points: SIGN_IN_FAILURES,
      duration: WINDOW_SECONDS,
      insuranceLimiter: new RateLimiterMemory({
        keyPrefix: 'tk:rl:sign-in:mem',
        points: SIGN_IN_FAILURES,
        duration: WINDOW_SECONDS,
      }),
    });
  }

  private key(email: string, ip: string): string {
    return `${normalizeEmail(email)}|${ip}`;
  }

  /** Refuses (429) while the budget of failures is used up. */
  async check(email: string, ip: string): Promise<void> {
    const state = await this.limiter.get(this.key(email, ip)).catch(() => null);
    if (state && state.consumedPoints >= SIGN_IN_FAILURES) throw this.refusal(state);
  }

  async failed(email: string, ip: string): Promise<void> {
    try {
      await this.limiter.consume(this.key(email, ip));
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) return; // counted; the next attempt is refused
      this.logger.warn(`sign-in limiter unavailable: ${String(rejection)}`);
    }
  }

  async succeeded(email: string, ip: string): Promise<void> {
    await this.limiter.delete(this.key(email, ip)).catch(() => undefined);
  }

  private refusal(state: RateLimiterRes): ProblemException {
    return Object.assign(
      new ProblemException('sign_in_rate_limited', 'Too many failed sign-ins for this email; wait and retry'),
      { retryAfterSeconds: Math.max(1, Math.ceil(state.msBeforeNext / 1000)) },
    );
  }
}
