import type { AvailabilityCache } from '../../libs/cache/src';
import type { CapacityChangeListener } from './booking.activities';

export function availabilityInvalidator(cache: AvailabilityCache): CapacityChangeListener {
  return { capacityChanged: (restaurantId) => cache.invalidate(restaurantId) };
}
