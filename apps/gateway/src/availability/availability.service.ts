import { Inject, Injectable, Logger } from '@nestjs/common';
import type { AppConfig } from '@tablekeeper/config';
import {
  AVAILABILITY_CACHE_TTL_MS,
  AvailabilityCache,
  type CachedDay,
  type RestaurantMeta,
} from '@tablekeeper/cache';
import { AvailabilityRepository } from '@tablekeeper/db';
import { bookingWindowEnd, computeAvailability, type AvailabilitySlot } from '@tablekeeper/domain';
import { APP_CONFIG } from '../infrastructure/tokens';
import { GatewayMetrics } from '../metrics/gateway-metrics';

export interface AvailabilityDay {
  readonly meta: RestaurantMeta;
  readonly slots: readonly AvailabilitySlot[];
}

const LOCAL_ENTRIES = 2_000;

/**
 * A day's availability in three tiers: this process's memory (checked against the Redis version
 * on every read, so it is exactly as fresh as Redis), Redis, then Postgres. Slots in the past are
 * dropped on every read, so a cached day never offers a time that has gone by.
 */
@Injectable()
export class AvailabilityService {
  private readonly logger = new Logger('Availability');
  private readonly local = new Map<string, CachedDay>();
  private readonly inFlight = new Map<string, Promise<AvailabilityDay | null>>();

  constructor(
    private readonly repository: AvailabilityRepository,
    private readonly cache: AvailabilityCache,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly metrics: GatewayMetrics,
  ) {}

  /** null when the restaurant does not exist. */
  async day(restaurantId: string, date: string, partySize: number): Promise<AvailabilityDay | null> {
    const now = Date.now();
    if (!this.config.availabilityCache) {
      this.metrics.countAvailabilityAnswer('uncached');
      return this.compute(restaurantId, date, partySize, now, null);
    }
    const key = `${restaurantId}:${date}:${partySize}`;
    const reads = await this.repository.dayReads(restaurantId, date, new Date(now));
    if (!reads) return null;
    try {
      const mine = this.local.get(key);
      if (mine && mine.expiresAt > now) {
        if ((await this.cache.version(restaurantId, reads)) === mine.version) {
          this.metrics.countAvailabilityAnswer('memory');
          return upcoming(mine, now);
        }
      }
      const shared = await this.cache.read(restaurantId, date, partySize, reads);
      if (shared.hit) {
        this.metrics.countAvailabilityAnswer('redis');
        this.remember(key, shared.hit);
        return upcoming(shared.hit, now);
      }
      return await this.computeOnce(restaurantId, date, partySize, now, shared.version, key);
    } catch (error) {
      this.logger.warn(`availability cache unavailable, computing from Postgres: ${String(error)}`);
      this.metrics.countAvailabilityAnswer('uncached');
      return this.compute(restaurantId, date, partySize, now, null);
    }
  }

  /**
   * Single flight: concurrent misses of one day under one version share one computation, so a
   * burst of readers after a booking costs one Postgres read per gateway, not one each.
   */
  private computeOnce(
    restaurantId: string,
    date: string,
    partySize: number,
    now: number,
    version: string,
    key: string,
  ): Promise<AvailabilityDay | null> {
    const flightKey = `${key}@${version}`;
    const running = this.inFlight.get(flightKey);
    if (running) {
      this.metrics.countAvailabilityAnswer('joined');
      return running.then((day) => day && upcoming(day, Date.now()));
    }
    this.metrics.countAvailabilityAnswer('computed');
    const flight = this.compute(restaurantId, date, partySize, now, version, key).finally(() =>
      this.inFlight.delete(flightKey),
    );
    this.inFlight.set(flightKey, flight);
    return flight;
  }

  /** `version` was read before Postgres, so a concurrent write makes this entry stale at once. */
  private async compute(
    restaurantId: string,
    date: string,
    partySize: number,
    now: number,
    version: string | null,
    key?: string,
  ): Promise<AvailabilityDay | null> {
    const loaded = await this.repository.loadDay(restaurantId, date, new Date(now));
    if (!loaded) return null;
    const day: CachedDay = {
      version: version ?? '',
      meta: loaded.meta,
      slots: computeAvailability(loaded.state, date, partySize),
      // A lapsing hold changes the day without any write, so the entry must not outlive it.
      expiresAt: Math.min(now + AVAILABILITY_CACHE_TTL_MS, loaded.nextHoldExpiry ?? Number.POSITIVE_INFINITY),
    };
    if (version !== null && key) {
      this.remember(key, day);
      await this.cache
        .write(restaurantId, date, partySize, day)
        .catch((error: unknown) => this.logger.warn(`cache write failed: ${String(error)}`));
    }
    return upcoming(day, now);
  }

  private remember(key: string, day: CachedDay): void {
    if (this.local.size >= LOCAL_ENTRIES) this.local.delete(this.local.keys().next().value!);
    this.local.set(key, day);
  }
}

/**
 * The day's slots a guest may still book: not started yet, not sooner than the restaurant's
 * minimum notice, and inside its booking window (the same rules the gateway applies to a POST).
 * Slot instants are whole minutes written `YYYY-MM-DDTHH:MM:SSZ`, so they compare as strings
 * against instants cut to the second in the same form: this runs on every availability answer,
 * and parsing each slot's date was a measurable part of it.
 */
export function upcoming(day: Pick<CachedDay, 'meta' | 'slots'>, now: number): AvailabilityDay {
  const toSecond = (ms: number) => `${new Date(ms).toISOString().slice(0, 19)}Z`;
  const notice = (day.meta.minNoticeMinutes ?? 0) * 60_000;
  const earliest = toSecond(now + notice);
  const windowEnd = toSecond(
    bookingWindowEnd({ bookingWindowDays: day.meta.bookingWindowDays ?? 3650 }, now),
  );
  const ahead = (slot: AvailabilitySlot) =>
    (notice > 0 ? slot.startsAt >= earliest : slot.startsAt > earliest) && slot.startsAt < windowEnd;
  // Days ahead (most requests) keep their cached array as it is.
  return { meta: day.meta, slots: day.slots.every(ahead) ? day.slots : day.slots.filter(ahead) };
}
