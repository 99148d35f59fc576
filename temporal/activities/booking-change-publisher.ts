import type { Redis } from 'ioredis';
import { publishBookingChanged } from '@tablekeeper/cache';
import type { BookingChangeListener } from './booking.activities';

/** Announces committed booking changes on Redis for the admin UI's live updates. */
export function bookingChangePublisher(redis: Redis): BookingChangeListener {
  return {
    bookingChanged: (booking) =>
      publishBookingChanged(redis, {
        bookingId: booking.id,
        restaurantId: booking.restaurantId,
        status: booking.status,
      }),
  };
}
