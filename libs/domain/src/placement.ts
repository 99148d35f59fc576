/**
 * How a booking is placed once its hold is taken: verified, assigned its tables, then confirmed
 * or sent to staff. The workflow asks these rules for a hold a client confirms later; a one-shot
 * booking goes through the same steps in the transaction that takes its hold.
 */
import { applyTransition, type BookingAction, type BookingStatus } from './booking-status';
import type { BookingPolicy } from './booking.types';

/** Why a booking with tables goes to staff instead of being confirmed; null: confirm it. */
export function reviewReasonFor(
  partySize: number,
  policy: Pick<BookingPolicy, 'autoConfirmMaxPartySize'>,
): string | null {
  return partySize > policy.autoConfirmMaxPartySize ? 'party_size_over_auto_confirm_limit' : null;
}

export interface PlacementStep {
  readonly action: BookingAction;
  readonly from: BookingStatus;
  readonly to: BookingStatus;
  readonly reason: string;
}

/**
 * The steps from `held` to where a one-shot booking rests when nothing stands between its hold
 * and its placement (same transaction, same lock): capacity verified (its pacing and tables are
 * held), the held tables assigned, then confirmed or sent to review for `reviewReason`. A party
 * held without tables (no table set could ever seat it) goes to review once verified, with the
 * reason the step-by-step path gives.
 */
export function oneShotPlacementSteps(options: {
  readonly hasTables: boolean;
  readonly reviewReason: string | null;
}): PlacementStep[] {
  const planned: [BookingAction, string][] = [['verify_capacity', 'pacing_and_tables_held']];
  if (!options.hasTables) planned.push(['send_to_review', 'no_table_set_fits_party']);
  else {
    planned.push(['assign_tables', 'tables_assigned']);
    planned.push(
      options.reviewReason === null
        ? ['confirm', 'auto_confirmed']
        : ['send_to_review', options.reviewReason],
    );
  }
  const steps: PlacementStep[] = [];
  let status: BookingStatus = 'held';
  for (const [action, reason] of planned) {
    // The transition table stays the one authority on the lifecycle: it throws on a step it refuses.
    const to = applyTransition(action, status);
    steps.push({ action, from: status, to, reason });
    status = to;
  }
  return steps;
}
