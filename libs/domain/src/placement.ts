/**
 * How a booking is placed once its hold is taken: capacity verified, its tables assigned, then
 * confirmed or sent to staff. The one definition of that path: a one-shot booking takes these
 * steps in the transaction that takes its hold, a hold its client confirms takes them (from
 * wherever a retry left it) when it settles.
 */
import { PLACING_STATUSES, applyTransition, type BookingAction, type BookingStatus } from './booking-status';
import type { BookingPolicy, BookingSnapshot } from './booking.types';

/** Why a booking with tables goes to staff instead of being confirmed; null: confirm it. */
export function reviewReasonFor(
  partySize: number,
  policy: Pick<BookingPolicy, 'autoConfirmMaxPartySize'>,
): string | null {
  return partySize > policy.autoConfirmMaxPartySize ? 'party_size_over_auto_confirm_limit' : null;
}

/** The reason of a walk-in's check-in, whether taken at placement or by a later check-in. */
export const WALK_IN_SEATED_REASON = 'walk_in';

export interface PlacementStep {
  readonly action: BookingAction;
  readonly from: BookingStatus;
  readonly to: BookingStatus;
  readonly reason: string;
}

/** Why a booking has no tables when it is placed: none could ever seat it, or none is free now. */
export type NoTablesReason = 'no_table_set_fits_party' | 'no_table_free';

/**
 * The steps from `from` to where the booking rests: capacity verified (its pacing and tables are
 * held), its tables assigned, then confirmed or sent to review for `reviewReason`. A booking
 * without tables goes to review once verified, for `noTablesReason`, whatever the review rule says.
 * No steps from a status that is not a placing one (the booking was placed, or left placement).
 * With `seat` (a walk-in, whose party is at the table already) a confirmed booking is checked in as
 * its last step, so nobody ever sees the walk-in confirmed and waiting.
 */
export function placementSteps(options: {
  readonly from: BookingStatus;
  /** null: the booking has its tables (held with it, or planned just now). */
  readonly noTablesReason: NoTablesReason | null;
  readonly reviewReason: string | null;
  readonly seat?: boolean;
}): PlacementStep[] {
  if (!PLACING_STATUSES.includes(options.from)) return [];
  const planned: [BookingAction, string][] = [];
  if (options.from === 'held') planned.push(['verify_capacity', 'pacing_and_tables_held']);
  if (options.from !== 'assigned' && options.noTablesReason !== null) {
    planned.push(['send_to_review', options.noTablesReason]);
  } else {
    if (options.from !== 'assigned') planned.push(['assign_tables', 'tables_assigned']);
    planned.push(
      options.reviewReason === null
        ? ['confirm', 'auto_confirmed']
        : ['send_to_review', options.reviewReason],
    );
    if (options.seat && options.reviewReason === null) planned.push(['check_in', WALK_IN_SEATED_REASON]);
  }
  const steps: PlacementStep[] = [];
  let status = options.from;
  for (const [action, reason] of planned) {
    // The transition table stays the one authority on the lifecycle: it throws on a step it refuses.
    const to = applyTransition(action, status);
    steps.push({ action, from: status, to, reason });
    status = to;
  }
  return steps;
}

/**
 * A hold that can no longer be placed: past its expiry, or a later hold already swept its tables
 * (its capacity may be someone else's by now). It is expired instead.
 */
export function holdLapsed(
  booking: Pick<BookingSnapshot, 'status' | 'holdExpiresAt'>,
  sweptTables: number,
  now: Date,
): boolean {
  if (booking.status !== 'held') return false;
  const expired = booking.holdExpiresAt !== null && Date.parse(booking.holdExpiresAt) <= now.getTime();
  return expired || sweptTables > 0;
}
