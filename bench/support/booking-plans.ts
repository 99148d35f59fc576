import { randomUUID } from 'node:crypto';
import { instantOf } from '@tablekeeper/domain';
import type { BenchRestaurant } from './bench-database';

export interface BookingBody {
  readonly restaurantId: string;
  readonly partySize: number;
  readonly startsAt: string;
  readonly guest: { readonly name: string; readonly phone: string };
}

/**
 * Booking requests spread the way a busy group of restaurants sees them: any of the restaurants,
 * any of the next `days` days, any quarter hour a 90-minute table can start (12:00-21:00 local),
 * parties of 1-6 weighted towards couples and fours. A seeded generator makes runs comparable.
 * Every request gets its own Idempotency-Key, so each one is a new booking.
 */
export class BookingPlanner {
  private seed: number;
  private count = 0;

  constructor(
    private readonly restaurants: readonly BenchRestaurant[],
    private readonly dates: readonly string[],
    seed = 7,
  ) {
    this.seed = seed;
  }

  next(): { body: BookingBody; idempotencyKey: string } {
    const restaurant = this.restaurants[Math.floor(this.random() * this.restaurants.length)];
    const date = this.dates[Math.floor(this.random() * this.dates.length)];
    const minute = 12 * 60 + Math.floor(this.random() * 37) * 15;
    const time = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
    const sizes = [1, 2, 2, 2, 2, 3, 4, 4, 4, 5, 6];
    const partySize = sizes[Math.floor(this.random() * sizes.length)];
    const n = ++this.count;
    return {
      idempotencyKey: `bench-${randomUUID()}`,
      body: {
        restaurantId: restaurant.id,
        partySize,
        startsAt: instantOf(date, time, restaurant.timezone)!.toISOString(),
        guest: { name: `Load guest ${n}`, phone: `+4477${String(n).padStart(9, '0')}` },
      },
    };
  }

  /** A new start for a booking of `restaurantId`, spread like new bookings (the modify phase). */
  startFor(restaurantId: string): string {
    const restaurant = this.restaurants.find((r) => r.id === restaurantId) ?? this.restaurants[0];
    const date = this.dates[Math.floor(this.random() * this.dates.length)];
    const minute = 12 * 60 + Math.floor(this.random() * 37) * 15;
    const time = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
    return instantOf(date, time, restaurant.timezone)!.toISOString();
  }

  private random(): number {
    this.seed = (this.seed * 1103515245 + 12345) % 2 ** 31;
    return this.seed / 2 ** 31;
  }
}
