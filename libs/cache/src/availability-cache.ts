import type { Redis } from 'ioredis';
import type { RestaurantMeta } from '../../db/src/availability.repository';
import type { AvailabilitySlot } from '../../domain/src';

/**
 * Redis cache of computed availability days. Correctness never depends on it: the hold
 * transaction reads Postgres, and a miss (or Redis being down) just computes from Postgres.
 *
 * Invalidation is by version, not by deleting keys: every write that changes a restaurant's
 * capacity bumps `tk:avail:ver:<restaurant>` after it commits, and an entry is only served if it
 * was computed under the current version. A reader reads the version *before* it reads Postgres,
 * so an entry computed from data older than a concurrent write is tagged with the old version and
 * never served: no stale-set race.
 */
export type { RestaurantMeta };

export interface CachedDay {
  readonly version: string;
  readonly meta: RestaurantMeta;
  readonly slots: readonly AvailabilitySlot[];
  readonly expiresAt: number;
}

const versionKey = (restaurantId: string) => `tk:avail:ver:${restaurantId}`;
const dayKey = (restaurantId: string) => `tk:avail:days:${restaurantId}`;
const field = (date: string, partySize: number) => `${date}:${partySize}`;

export const AVAILABILITY_CACHE_TTL_MS = 30_000;

export class AvailabilityCache {
  constructor(private readonly redis: Redis) {}

  /** The current version and the cached day (if any and still current), in one round trip. */
  async read(
    restaurantId: string,
    date: string,
    partySize: number,
  ): Promise<{ version: string; hit: CachedDay | null }> {
    const [[, version], [, raw]] = (await this.redis
      .pipeline()
      .get(versionKey(restaurantId))
      .hget(dayKey(restaurantId), field(date, partySize))
      .exec()) as [[Error | null, string | null], [Error | null, string | null]];
    const current = version ?? '0';
    if (!raw) return { version: current, hit: null };
    const entry = JSON.parse(raw) as CachedDay;
    const fresh = entry.version === current && entry.expiresAt > Date.now();
    return { version: current, hit: fresh ? entry : null };
  }

  /** Only the version: enough to check an entry the caller already holds in memory. */
  async version(restaurantId: string): Promise<string> {
    return (await this.redis.get(versionKey(restaurantId))) ?? '0';
  }

  async write(restaurantId: string, date: string, partySize: number, day: CachedDay): Promise<void> {
    const entry = JSON.stringify(day);
    await this.redis
      .pipeline()
      .hset(dayKey(restaurantId), field(date, partySize), entry)
      .pexpire(dayKey(restaurantId), AVAILABILITY_CACHE_TTL_MS * 4)
      .exec();
  }

  /** Called after every committed change to a restaurant's holds, bookings or tables. */
  async invalidate(restaurantId: string): Promise<void> {
    await this.redis.pipeline().incr(versionKey(restaurantId)).del(dayKey(restaurantId)).exec();
  }
}
