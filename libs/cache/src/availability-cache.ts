import type { Redis } from 'ioredis';
import type { RestaurantMeta } from '../../db/src/availability.repository';
import type { AvailabilitySlot } from '../../domain/src';

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
/** Date versions outlive every entry computed under them (entries live 30 s, their hash 2 min). */
const DATE_VERSION_TTL_SECONDS = 24 * 60 * 60;
const DAY_MS = 86_400_000;

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
    const [[, versions], [, raw]] = (await this.redis
      .pipeline()
      .mget(this.versionKeys(restaurantId, reads))
      .hget(dayKey(restaurantId), field(date, partySize))
      .exec()) as [[Error | null, (string | null)[]], [Error | null, string | null]];
    const current = versionOf(versions);
    if (!raw) return { version: current, hit: null };
    const entry = JSON.parse(raw) as CachedDay;
    const fresh = entry.version === current && entry.expiresAt > Date.now();
    return { version: current, hit: fresh ? entry : null };
  }

  /** Only the version: enough to check an entry the caller already holds in memory. */
  async version(restaurantId: string, reads: TimeSpan): Promise<string> {
    return versionOf(await this.redis.mget(this.versionKeys(restaurantId, reads)));
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
      const key = dateVersionKey(restaurantId, date);
      pipeline.incr(key).expire(key, DATE_VERSION_TTL_SECONDS);
    }
    await pipeline.exec();
  }

  /** After a change to the restaurant's setup (tables, hours, rules): every cached day goes stale. */
  async invalidate(restaurantId: string): Promise<void> {
    await this.redis.pipeline().incr(restaurantVersionKey(restaurantId)).del(dayKey(restaurantId)).exec();
  }

  private versionKeys(restaurantId: string, reads: TimeSpan): string[] {
    return [
      restaurantVersionKey(restaurantId),
      ...utcDatesOverlapping(reads).map((d) => dateVersionKey(restaurantId, d)),
    ];
  }
}

function versionOf(versions: readonly (string | null)[]): string {
  return versions.map((v) => v ?? '0').join('.');
}
