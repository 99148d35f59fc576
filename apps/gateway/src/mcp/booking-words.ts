import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { RestaurantRepository } from '@tablekeeper/db';
import type { BookingOutput, PendingBookingOutput } from '../bookings/booking.outputs';

const TIMEZONE_TTL_MS = 60_000;

/** An instant as a guest would say it at the restaurant: "Tue 24 Nov 2026, 19:00". */
export function localTime(instant: string, timezone: string): string {
  return DateTime.fromISO(instant, { zone: timezone }).toFormat('ccc d LLL yyyy, HH:mm');
}

/**
 * Bookings in words for the model to relay, in the restaurant's local time (the booking itself
 * carries UTC instants). The timezone is read once a minute per restaurant, not on every call.
 */
@Injectable()
export class BookingWords {
  private readonly timezones = new Map<string, { timezone: string; until: number }>();

  constructor(private readonly restaurants: RestaurantRepository) {}

  async timezoneOf(restaurantId: string, restaurantIds: readonly string[]): Promise<string> {
    const cached = this.timezones.get(restaurantId);
    if (cached && cached.until > Date.now()) return cached.timezone;
    const restaurant = await this.restaurants.findForTenant(restaurantId, restaurantIds);
    const timezone = restaurant?.timezone ?? 'UTC';
    this.timezones.set(restaurantId, { timezone, until: Date.now() + TIMEZONE_TTL_MS });
    return timezone;
  }

  async describe(
    booking: BookingOutput | PendingBookingOutput,
    restaurantIds: readonly string[],
  ): Promise<string> {
    if (booking.status === 'pending') {
      return `The booking (id ${booking.id}) was accepted and is still being processed; nothing is lost. Call get_booking with booking_id ${booking.id} in a few seconds to learn its outcome before telling the guest.`;
    }
    const b = booking as BookingOutput;
    const timezone = await this.timezoneOf(b.restaurantId, restaurantIds);
    const when = `${localTime(b.startsAt, timezone)} (${timezone})`;
    const party = `${b.partySize} ${b.partySize === 1 ? 'guest' : 'guests'}`;
    const tables = b.tables.length ? `, table ${b.tables.join(' + ')}` : '';
    const id = `Booking id ${b.id}.`;
    switch (b.status) {
      case 'confirmed':
        return `Confirmed: ${party} on ${when}${tables}. ${id}`;
      case 'held':
        return `Held: ${party} on ${when}${tables}, until ${b.holdExpiresAt ? localTime(b.holdExpiresAt, timezone).split(', ')[1] : 'shortly'}. Call confirm_hold with booking_id ${b.id} before then, once the guest agrees; otherwise the hold lapses. ${id}`;
      case 'manual_review':
        return `Taken, but waiting for the restaurant staff to approve it (${b.reviewReason ?? 'review'}): ${party} on ${when}. Tell the guest the restaurant will confirm. ${id}`;
      case 'cancelled':
        return `Cancelled${b.closeReason ? ` (${b.closeReason})` : ''}: it was for ${party} on ${when}. ${id}`;
      default:
        return `Status ${b.status}: ${party} on ${when}${tables}. ${id}`;
    }
  }
}
