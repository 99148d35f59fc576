import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Redis } from 'ioredis';
import type { AppConfig } from '@tablekeeper/config';
import { ProblemException } from '../common/problem';
import { APP_CONFIG, REDIS } from '../infrastructure/tokens';

/**
 * A cap on the unconfirmed widget holds one client address has at once, so a script cannot hold
 * a whole evening's tables from one machine. Counted in a Redis sorted set per address (member:
 * booking id, score: when the hold lapses). An abuse limit, not an invariant: with Redis down it
 * lets holds through (capacity itself is guarded in Postgres).
 */
@Injectable()
export class LiveHoldLimiter {
  private readonly logger = new Logger('LiveHolds');
  private readonly cap: number;

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.cap = config.widget.liveHoldsPerIp;
  }

  /** Refuses with 429 `too_many_live_holds` when the address already has its cap of live holds. */
  async assertRoom(address: string): Promise<void> {
    const key = keyOf(address);
    let live: number;
    try {
      const now = Date.now();
      const [, count] = (await this.redis.multi().zremrangebyscore(key, '-inf', now).zcard(key).exec()) as [
        [Error | null, number],
        [Error | null, number],
      ];
      live = count[1];
    } catch (error) {
      this.logger.warn(`live-hold count unavailable: ${String(error)}`);
      return;
    }
    if (live >= this.cap) {
      throw new ProblemException(
        'too_many_live_holds',
        `At most ${this.cap} unconfirmed holds at once; confirm or let one lapse first`,
      );
    }
  }

  async add(address: string, bookingId: string, expiresAt: string | null): Promise<void> {
    if (!expiresAt) return;
    const key = keyOf(address);
    const until = Date.parse(expiresAt);
    await this.redis
      .multi()
      .zadd(key, until, bookingId)
      // The set outlives its longest hold; lapsed members are dropped on every count.
      .pexpire(key, 3_600_000)
      .exec()
      .catch(() => undefined);
  }

  /** A hold that was confirmed or cancelled stops counting. */
  async release(address: string, bookingId: string): Promise<void> {
    await this.redis.zrem(keyOf(address), bookingId).catch(() => undefined);
  }
}

function keyOf(address: string): string {
  return `tk:widget:holds:${address}`;
}
