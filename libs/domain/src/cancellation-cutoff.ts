import type { BookingStatus } from './booking-status';

/**
 * The statuses the cancellation cutoff binds: a booking the restaurant has committed a table to.
 * A hold, or a request still waiting for staff, is not yet a promise, so a guest may always let it go.
 */
export const CUTOFF_BOUND_STATUSES: readonly BookingStatus[] = ['confirmed'];

/** The latest moment a guest may still cancel: `cutoffMinutes` before the start (0: the start itself). */
export function latestCancellationAt(startsAt: Date, cutoffMinutes: number): Date {
  return new Date(startsAt.getTime() - cutoffMinutes * 60_000);
}

/** Whether cancelling at `now` comes after the cutoff of a booking in `status` starting at `startsAt`. */
export function isLateCancellation(
  status: BookingStatus,
  startsAt: Date,
  cutoffMinutes: number,
  now: Date,
): boolean {
  return CUTOFF_BOUND_STATUSES.includes(status) && now > latestCancellationAt(startsAt, cutoffMinutes);
}
