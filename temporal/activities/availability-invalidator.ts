import type { AvailabilityCache } from '@tablekeeper/cache';
import type { CapacityChangeListener } from './booking.activities';

/** A booking's change makes stale only the cached days that read its time (see AvailabilityCache). */
export function availabilityInvalidator(cache: AvailabilityCache): CapacityChangeListener {
  return {
    capacityChanged: (change) =>
      cache.invalidateSpan(change.restaurantId, {
        from: Date.parse(change.startsAt),
        until: Date.parse(change.endsAt),
      }),
  };
}
