import type { Redis } from 'ioredis';
import { randomBytes } from 'node:crypto';
import type { RestaurantMeta } from '../../db/src/availability.repository';
import type { AvailabilitySlot } from '../../domain/src';

/**
 * Redis cache of computed availability days. Correctness never depends on it: the hold
 * transaction reads Postgres, and a miss (or Redis being down) just computes from Postgres.
 *
 * Invalidation is by version, not by deleting keys: every write that changes a restaurant's
 * capacity sets `tk:avail:ver:<restaurant>` to a fresh token after it commits, and an entry is only
 * served if it was computed under the current version. A reader reads the version *before* it
 * reads Postgres, so an entry computed from data older than a concurrent write is tagged with the
 * old version and never served: no stale-set race.
 *
 * Versions are random tokens, never counters, and a missing version is replaced by a new token
 * rather than read as a default: after Redis loses its keys (flush, failover, eviction) a counter
 * would start again and repeat a version some gateway still remembers a day under.
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
const newVersion = () => randomBytes(9).toString('base64url');

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
    // Whatever was cached without a version predates its loss: not to be trusted.
    if (version === null) return { version: await this.adoptVersion(restaurantId), hit: null };
    const current = version;
    if (!raw) return { version: current, hit: null };
    const entry = JSON.parse(raw) as CachedDay;
    const fresh = entry.version === current && entry.expiresAt > Date.now();
    return { version: current, hit: fresh ? entry : null };
  }

  /** Only the version: enough to check an entry the caller already holds in memory. */
  async version(restaurantId: string): Promise<string> {
    return (await this.redis.get(versionKey(restaurantId))) ?? this.adoptVersion(restaurantId);
  }

  /** Sets a fresh version if there is none, and answers the one that won (ours or a racer's). */
  private async adoptVersion(restaurantId: string): Promise<string> {
    const fresh = newVersion();
    const previous = await this.redis.set(versionKey(restaurantId), fresh, 'NX', 'GET');
    return previous ?? fresh;
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
    await this.redis.pipeline().set(versionKey(restaurantId), newVersion()).del(dayKey(restaurantId)).exec();
  }
}
