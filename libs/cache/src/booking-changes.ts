import type { Redis } from 'ioredis';

/**
 * Every committed change of a booking is announced here (by the worker's activities), so each
 * gateway can push it to the admin UIs connected to it. Small on purpose: receivers read the
 * booking itself if they need more. Best effort: a lost message only delays a screen until the
 * next change or reload, never changes a booking.
 */
export const BOOKING_CHANGED_CHANNEL = 'tk:bookings:changed';

export interface BookingChanged {
  readonly bookingId: string;
  readonly restaurantId: string;
  readonly status: string;
  /** When it was announced, ISO 8601. */
  readonly at: string;
}

export async function publishBookingChanged(
  redis: Redis,
  change: Omit<BookingChanged, 'at'>,
  now = new Date(),
): Promise<void> {
  const message: BookingChanged = {
    bookingId: change.bookingId,
    restaurantId: change.restaurantId,
    status: change.status,
    at: now.toISOString(),
  };
  await redis.publish(BOOKING_CHANGED_CHANNEL, JSON.stringify(message));
}

/** The message, or null when it is not one of ours (nothing on this channel is trusted blindly). */
export function parseBookingChanged(raw: string): BookingChanged | null {
  try {
    const value = JSON.parse(raw) as Partial<BookingChanged>;
    if (
      typeof value.bookingId === 'string' &&
      typeof value.restaurantId === 'string' &&
      typeof value.status === 'string' &&
      typeof value.at === 'string'
    ) {
      return {
        bookingId: value.bookingId,
        restaurantId: value.restaurantId,
        status: value.status,
        at: value.at,
      };
    }
  } catch {
    // not JSON
  }
  return null;
}
