/**
 * The restaurant's rules about *when* a booking may be asked for, and how long it lasts: the
 * booking window (how far ahead), the minimum notice, the start-time grid, and the duration by
 * party size. Pure: the gateway applies them before any workflow starts (from the restaurant row
 * it reads anyway), availability applies the same grid, and the hold re-checks the window and the
 * grid in its transaction.
 */
import { DateTime } from 'luxon';

export interface BookingTimePolicy {
  readonly timezone: string;
  /** A booking may start at most this many days from now. */
  readonly bookingWindowDays: number;
  /** A booking must start at least this many minutes from now. */
  readonly minNoticeMinutes: number;
  /** The start-time grid, counted from local midnight (15: :00, :15, :30, :45). */
  readonly slotIntervalMinutes: number;
  /** true: any start inside the hours is taken, on the grid or not. */
  readonly offGridStartsAllowed: boolean;
}

export type BookingTimeRefusalCode =
  'starts_at_in_past' | 'beyond_booking_window' | 'insufficient_notice' | 'off_grid_start_time';

export interface BookingTimeRefusal {
  readonly code: BookingTimeRefusalCode;
  readonly detail: string;
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/** The latest instant (epoch ms, exclusive) the booking window reaches from `now`. */
export function bookingWindowEnd(policy: Pick<BookingTimePolicy, 'bookingWindowDays'>, now: number): number {
  return now + policy.bookingWindowDays * DAY_MS;
}

/** The earliest instant (epoch ms, inclusive) the minimum notice allows from `now`. */
export function earliestStart(policy: Pick<BookingTimePolicy, 'minNoticeMinutes'>, now: number): number {
  return now + policy.minNoticeMinutes * MINUTE_MS;
}

/** Whether `startsAt` lies on the restaurant's start-time grid (whole minutes from local midnight). */
export function onStartTimeGrid(
  startsAt: Date,
  policy: Pick<BookingTimePolicy, 'timezone' | 'slotIntervalMinutes' | 'offGridStartsAllowed'>,
): boolean {
  if (policy.offGridStartsAllowed) return true;
  if (startsAt.getTime() % MINUTE_MS !== 0) return false;
  const local = DateTime.fromJSDate(startsAt, { zone: policy.timezone });
  return (local.hour * 60 + local.minute) % policy.slotIntervalMinutes === 0;
}

/**
 * The grid start a walk-in seated at `now` counts from: the last start on the grid at or before
 * now (the whole minute, when off-grid starts are allowed), so the hold's grid check takes it.
 */
export function walkInStart(
  now: Date,
  policy: Pick<BookingTimePolicy, 'timezone' | 'slotIntervalMinutes' | 'offGridStartsAllowed'>,
): Date {
  const minute = new Date(Math.floor(now.getTime() / MINUTE_MS) * MINUTE_MS);
  if (policy.offGridStartsAllowed) return minute;
  const local = DateTime.fromJSDate(minute, { zone: policy.timezone });
  const past = (local.hour * 60 + local.minute) % policy.slotIntervalMinutes;
  return new Date(minute.getTime() - past * MINUTE_MS);
}

/**
 * Why the restaurant does not take a booking starting then, as far as the clock goes; null when it
 * does. `checkNotice` is false in the hold: notice is judged when the guest asked (the gateway), not
 * when a worker that was down gets round to the hold.
 */
export function bookingTimeRefusal(
  policy: BookingTimePolicy,
  startsAt: Date,
  now: Date,
  options: { readonly checkNotice: boolean } = { checkNotice: true },
): BookingTimeRefusal | null {
  const at = startsAt.getTime();
  const nowMs = now.getTime();
  if (options.checkNotice && at <= nowMs) {
    return { code: 'starts_at_in_past', detail: 'startsAt must be in the future' };
  }
  if (options.checkNotice && at < earliestStart(policy, nowMs)) {
    return {
      code: 'insufficient_notice',
      detail: `Bookings need at least ${policy.minNoticeMinutes} minutes' notice`,
    };
  }
  if (at >= bookingWindowEnd(policy, nowMs)) {
    return {
      code: 'beyond_booking_window',
      detail: `Bookings open at most ${policy.bookingWindowDays} days ahead`,
    };
  }
  if (!onStartTimeGrid(startsAt, policy)) {
    return {
      code: 'off_grid_start_time',
      detail: `startsAt must be on the restaurant's ${policy.slotIntervalMinutes}-minute start-time grid, counted from midnight`,
    };
  }
  return null;
}

/** How long a party's booking lasts: the first rule whose size covers it, else the default. */
export interface DurationRule {
  readonly maxPartySize: number;
  readonly durationSeconds: number;
}

export function durationFor(
  policy: { readonly defaultDurationSeconds: number; readonly durationByPartySize: readonly DurationRule[] },
  partySize: number,
): number {
  let best: DurationRule | undefined;
  for (const rule of policy.durationByPartySize) {
    if (rule.maxPartySize >= partySize && (!best || rule.maxPartySize < best.maxPartySize)) best = rule;
  }
  return best?.durationSeconds ?? policy.defaultDurationSeconds;
}

/** The longest booking the restaurant can have: what a day's computation must read past midnight. */
export function longestDuration(policy: {
  readonly defaultDurationSeconds: number;
  readonly durationByPartySize: readonly DurationRule[];
}): number {
  return Math.max(policy.defaultDurationSeconds, ...policy.durationByPartySize.map((r) => r.durationSeconds));
}

/** Duration rules as stored (JSON), smallest party first; anything malformed is left out. */
export function durationRulesOf(value: unknown): DurationRule[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter(
      (r): r is DurationRule =>
        typeof r === 'object' &&
        r !== null &&
        Number.isInteger((r as DurationRule).maxPartySize) &&
        Number.isInteger((r as DurationRule).durationSeconds),
    )
    .map((r) => ({ maxPartySize: r.maxPartySize, durationSeconds: r.durationSeconds }))
    .sort((a, b) => a.maxPartySize - b.maxPartySize);
}
