/**
 * The waitlist's rules, pure: one entry model for walk-ins at the door and wishes for a future
 * window, its one transition table (used by the API, the workflows and the repository), the fair
 * order in which freed capacity is offered, and the terms of an offer.
 *
 *   waiting ─► offered ─► booked | expired | cancelled | removed
 *   waiting ─► booked (a walk-in seated) | expired (its window passed) | cancelled | removed
 */

export const WAITLIST_KINDS = ['walk_in', 'wish'] as const;
export type WaitlistKind = (typeof WAITLIST_KINDS)[number];

export const WAITLIST_STATUSES = ['waiting', 'offered', 'booked', 'expired', 'cancelled', 'removed'] as const;
export type WaitlistStatus = (typeof WAITLIST_STATUSES)[number];

/** What happens to an entry. `seat` is a walk-in given a table by staff. */
export type WaitlistAction = 'offer' | 'accept' | 'expire' | 'cancel' | 'remove' | 'seat';

/** What may be done to an entry besides the transitions: `notify` changes no status. */
export type WaitlistCommand = WaitlistAction | 'notify';

const TRANSITIONS: Readonly<Record<WaitlistStatus, Partial<Record<WaitlistAction, WaitlistStatus>>>> = {
  waiting: { offer: 'offered', expire: 'expired', cancel: 'cancelled', remove: 'removed', seat: 'booked' },
  offered: { accept: 'booked', expire: 'expired', cancel: 'cancelled', remove: 'removed' },
  booked: {},
  expired: {},
  cancelled: {},
  removed: {},
};

export const TERMINAL_WAITLIST_STATUSES: readonly WaitlistStatus[] = [
  'booked',
  'expired',
  'cancelled',
  'removed',
];

export function isTerminalWaitlistStatus(status: WaitlistStatus): boolean {
  return TERMINAL_WAITLIST_STATUSES.includes(status);
}

export class InvalidWaitlistTransitionError extends Error {
  constructor(
    readonly status: WaitlistStatus,
    readonly action: WaitlistCommand,
  ) {
    super(`A waitlist entry that is ${status} cannot ${action}`);
    this.name = 'InvalidWaitlistTransitionError';
  }
}

/** The status `action` moves an entry to, or undefined when the table does not allow it. */
export function waitlistTarget(status: WaitlistStatus, action: WaitlistAction): WaitlistStatus | undefined {
  return TRANSITIONS[status][action];
}

/** Like waitlistTarget, but a refused transition throws. */
export function nextWaitlistStatus(status: WaitlistStatus, action: WaitlistAction): WaitlistStatus {
  const target = waitlistTarget(status, action);
  if (!target) throw new InvalidWaitlistTransitionError(status, action);
  return target;
}

/** The restaurant's offer window when it has not set one: 15 minutes to accept a freed table. */
export const DEFAULT_OFFER_WINDOW_SECONDS = 900;

/** The longest wished window: one evening, not "any time next week". */
export const MAX_WISH_WINDOW_HOURS = 12;

/** Why a wished window is refused, naming the field; null when it is fine. */
export function wishWindowRefusal(
  from: Date,
  to: Date,
  now: Date,
): { readonly field: 'from' | 'to'; readonly detail: string } | null {
  if (to.getTime() < from.getTime()) return { field: 'to', detail: 'to must not be before from' };
  if (to.getTime() <= now.getTime()) return { field: 'to', detail: 'The wished window has already passed' };
  if (to.getTime() - from.getTime() > MAX_WISH_WINDOW_HOURS * 3_600_000) {
    return { field: 'to', detail: `A wished window spans at most ${MAX_WISH_WINDOW_HOURS} hours` };
  }
  return null;
}

/** A waiting wish as the matcher sees it: when it may start, and its place in the queue. */
export interface WaitingWish {
  readonly id: string;
  readonly partySize: number;
  /** Epoch ms: the wished window of start times, both ends included. */
  readonly from: number;
  readonly to: number;
  /** Arrival order: unique and increasing (a database sequence). */
  readonly createdOrder: number;
}

/** A start time of the restaurant's day and whether a party of some size can have it now. */
export interface OfferableSlot {
  readonly startsAt: number;
  readonly available: boolean;
}

/** One offer the matcher will try to take a hold for. */
export interface PlannedOffer {
  readonly entryId: string;
  readonly startsAt: number;
}

/**
 * Freed capacity goes to entries in fair order: first come, first offered; each entry is offered
 * the earliest free start in its window (not sooner than `earliest`, the restaurant's notice), and
 * the hold path then seats it at the table set that fits the party most exactly. An earlier entry
 * nothing fits does not block a later one that fits (a freed two-top goes to the first pair, not
 * to a six that came first and cannot use it).
 *
 * `slotsFor(partySize)` answers the day's slots for that party size (the availability engine).
 */
export function planOffers(
  entries: readonly WaitingWish[],
  slotsFor: (partySize: number) => readonly OfferableSlot[],
  earliest: number,
): PlannedOffer[] {
  const planned: PlannedOffer[] = [];
  for (const entry of [...entries].sort((a, b) => a.createdOrder - b.createdOrder)) {
    const startsAt = firstFreeStart(entry, slotsFor(entry.partySize), earliest);
    if (startsAt !== null) planned.push({ entryId: entry.id, startsAt });
  }
  return planned;
}

/** The earliest available start inside the entry's window and not before `earliest`; null: none. */
export function firstFreeStart(
  entry: Pick<WaitingWish, 'from' | 'to'>,
  slots: readonly OfferableSlot[],
  earliest: number,
): number | null {
  let best: number | null = null;
  for (const slot of slots) {
    if (!slot.available || slot.startsAt < entry.from || slot.startsAt > entry.to || slot.startsAt < earliest)
      continue;
    if (best === null || slot.startsAt < best) best = slot.startsAt;
  }
  return best;
}

/**
 * When an offer made at `now` lapses: the restaurant's window, but never after the offered start
 * (a table cannot be offered for a time that has begun).
 */
export function offerExpiresAt(now: number, windowSeconds: number, startsAt: number): number {
  return Math.min(now + windowSeconds * 1000, Math.max(now, startsAt));
}

/** How far either side of a refused time the ready-made waitlist suggestion reaches. */
export const SUGGESTED_WINDOW_MINUTES = 30;

/**
 * The body of POST /v1/waitlist a `no_capacity` answer suggests: the refused time ±30 minutes,
 * never starting in the past.
 */
export function waitlistSuggestion(
  request: { readonly restaurantId: string; readonly partySize: number; readonly startsAt: string },
  now: number,
): { restaurantId: string; partySize: number; from: string; to: string } {
  const at = Date.parse(request.startsAt);
  const reach = SUGGESTED_WINDOW_MINUTES * 60_000;
  return {
    restaurantId: request.restaurantId,
    partySize: request.partySize,
    from: new Date(Math.max(now, at - reach)).toISOString(),
    to: new Date(Math.max(now, at + reach)).toISOString(),
  };
}
