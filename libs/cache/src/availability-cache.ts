import type { Redis } from 'ioredis';
import { randomBytes } from 'node:crypto';
import type { RestaurantMeta } from '@tablekeeper/db/availability.repository';
import type { AvailabilitySlot } from '@tablekeeper/domain';

/**
 * Redis cache of computed availability days. Correctness never depends on it: the hold
 * transaction reads Postgres, and a miss (or Redis being down) just computes from Postgres.
 *
 * Invalidation is by version, not by deleting keys, and as narrow as the change: a booking bumps
 * the version of each UTC date its time overlaps (`tk:avail:ver:<restaurant>:<YYYY-MM-DD>`), and a
 * day is cached under the versions of the UTC dates its computation reads (the local day through
 * the end of its last seating: two or three dates), so a booking on one evening leaves every other
 * day's entries current. UTC dates rather than the restaurant's local ones keep the writer free of
 * time zones; the reader knows the zone. A setup change bumps the restaurant's own version, which
 * every entry of it includes. A reader reads the versions *before* it reads Postgres, so an entry
 * computed from data older than a concurrent write is tagged with the old versions and never
 * served: no stale-set race.
 *
 * Versions are random tokens, never counters, and a missing version is replaced by a new token
 * rather than read as a default: after Redis loses its keys (flush, failover, eviction, or a date's
 * version expiring) a counter would start again and repeat a version some gateway still remembers a
 * day under.
 */
export type { RestaurantMeta };

export interface CachedDay {
  readonly version: string;
  readonly meta: RestaurantMeta;
  readonly slots: readonly AvailabilitySlot[];
  readonly expiresAt: number;
}

/** The span of time (epoch ms, end exclusive) a change touches or a day's computation reads. */
export interface TimeSpan {
  readonly from: number;
  readonly until: number;
}

const restaurantVersionKey = (restaurantId: string) => `tk:avail:ver:${restaurantId}`;
const dateVersionKey = (restaurantId: string, utcDate: string) => `tk:avail:ver:${restaurantId}:${utcDate}`;
const dayKey = (restaurantId: string) => `tk:avail:days:${restaurantId}`;
const field = (date: string, partySize: number) => `${date}:${partySize}`;

export const AVAILABILITY_CACHE_TTL_MS = 30_000;
/** Versions outlive every entry computed under them (entries live 30 s, their hash 2 min). */
const DATE_VERSION_TTL_SECONDS = 24 * 60 * 60;
const DAY_MS = 86_400_000;
const newVersion = () => randomBytes(9).toString('base64url');

/** The UTC dates (YYYY-MM-DD) that a span of time overlaps, in order. */
export function utcDatesOverlapping(span: TimeSpan): string[] {
  const dates: string[] = [];
  for (let day = Math.floor(span.from / DAY_MS) * DAY_MS; day < span.until; day += DAY_MS) {
    dates.push(new Date(day).toISOString().slice(0, 10));
  }
  return dates;
}

export class AvailabilityCache {
  constructor(private readonly redis: Redis) {}

  /** The current version of what `reads` covers and the cached day (if current), in one round trip. */
  async read(
    restaurantId: string,
    date: string,
    partySize: number,
    reads: TimeSpan,
  ): Promise<{ version: string; hit: CachedDay | null }> {
    const keys = this.versionKeys(restaurantId, reads);
    const [[, versions], [, raw]] = (await this.redis
      .pipeline()
      .mget(keys)
      .hget(dayKey(restaurantId), field(date, partySize))
      .exec()) as [[Error | null, (string | null)[]], [Error | null, string | null]];
    // Whatever was cached under a version that is gone predates its loss: not to be trusted.
    if (versions.includes(null)) return { version: await this.adoptVersions(keys, versions), hit: null };
    const current = versions.join('.');
    if (!raw) return { version: current, hit: null };
    const entry = JSON.parse(raw) as CachedDay;
    const fresh = entry.version === current && entry.expiresAt > Date.now();
    return { version: current, hit: fresh ? entry : null };
  }

  /** Only the version: enough to check an entry the caller already holds in memory. */
  async version(restaurantId: string, reads: TimeSpan): Promise<string> {
    const keys = this.versionKeys(restaurantId, reads);
    const versions = await this.redis.mget(keys);
    return versions.includes(null) ? this.adoptVersions(keys, versions) : versions.join('.');
  }

  /** Sets a fresh version where there is none, and answers the ones that won (ours or a racer's). */
  private async adoptVersions(
    keys: readonly string[],
    versions: readonly (string | null)[],
  ): Promise<string> {
    const pipeline = this.redis.pipeline();
    const fresh = keys.map((key, i) => {
      if (versions[i] !== null) return versions[i];
      const token = newVersion();
      pipeline.set(key, token, 'EX', DATE_VERSION_TTL_SECONDS, 'NX', 'GET');
      return token;
    });
    const results = ((await pipeline.exec()) ?? []) as [Error | null, string | null][];
    let next = 0;
    return fresh
      .map((version, i) => {
        if (versions[i] !== null) return version;
        const [, previous] = results[next++];
        return previous ?? version;
      })
      .join('.');
  }

  async write(restaurantId: string, date: string, partySize: number, day: CachedDay): Promise<void> {
    const entry = JSON.stringify(day);
    await this.redis
      .pipeline()
      .hset(dayKey(restaurantId), field(date, partySize), entry)
      .pexpire(dayKey(restaurantId), AVAILABILITY_CACHE_TTL_MS * 4)
      .exec();
  }

  /** After a committed change to a booking's holds or tables: the days that read its time go stale. */
  async invalidateSpan(restaurantId: string, touched: TimeSpan): Promise<void> {
    const pipeline = this.redis.pipeline();
    for (const date of utcDatesOverlapping(touched)) {
      pipeline.set(dateVersionKey(restaurantId, date), newVersion(), 'EX', DATE_VERSION_TTL_SECONDS);
    }
    await pipeline.exec();
  }

  /** After a change to the restaurant's setup (tables, hours, rules): every cached day goes stale. */
  async invalidate(restaurantId: string): Promise<void> {
    await this.redis
      .pipeline()
      .set(restaurantVersionKey(restaurantId), newVersion(), 'EX', DATE_VERSION_TTL_SECONDS)
      .del(dayKey(restaurantId))
      .exec();
  }

  private versionKeys(restaurantId: string, reads: TimeSpan): string[] {
    return [
      restaurantVersionKey(restaurantId),
      ...utcDatesOverlapping(reads).map((d) => dateVersionKey(restaurantId, d)),
    ];
  }
}
