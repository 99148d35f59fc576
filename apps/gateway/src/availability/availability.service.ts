import { Injectable, Logger } from '@nestjs/common';
import { AVAILABILITY_CACHE_TTL_MS, AvailabilityCache } from '../../../../libs/cache/src';
import { AvailabilityRepository } from '../../../../libs/db/src';
import { computeAvailability, type AvailabilitySlot } from '../../../../libs/domain/src';

/**
 * A day's availability: from the Redis cache when it holds a current entry, otherwise computed
 * from Postgres and cached. Slots in the past are dropped on every read, so a cached day never
 * offers a time that has gone by.
 */
@Injectable()
export class AvailabilityService {
  private readonly logger = new Logger('Availability');

  constructor(
    private readonly repository: AvailabilityRepository,
    private readonly cache: AvailabilityCache,
  ) {}

  async day(restaurantId: string, date: string, partySize: number): Promise<AvailabilitySlot[]> {
    const now = Date.now();
    const cached = await this.cache.read(restaurantId, date, partySize).catch((error: unknown) => {
      this.logger.warn(`cache read failed: ${String(error)}`);
      return null;
    });
    if (cached?.hit) return upcoming(cached.hit.slots, now);

    const loaded = await this.repository.loadDay(restaurantId, date, new Date(now));
    if (!loaded) return [];
    const slots = computeAvailability(loaded.state, date, partySize);
    if (cached) {
      // A lapsing hold changes the day without any write, so the entry must not outlive it.
      const expiresAt = Math.min(
        now + AVAILABILITY_CACHE_TTL_MS,
        loaded.nextHoldExpiry ?? Number.POSITIVE_INFINITY,
      );
      await this.cache
        .write(restaurantId, date, partySize, cached.version, slots, expiresAt)
        .catch((error: unknown) => this.logger.warn(`cache write failed: ${String(error)}`));
    }
    return upcoming(slots, now);
  }
}

function upcoming(slots: readonly AvailabilitySlot[], now: number): AvailabilitySlot[] {
  return slots.filter((s) => Date.parse(s.startsAt) > now);
}
