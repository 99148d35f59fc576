/**
 * Whether a restaurant takes a hold, and on what terms: the business decision of the hold, over
 * what the repository read in the hold's transaction. Two halves, because the second needs the
 * slot's load, which the repository can only read (under the restaurant's lock) once the first
 * has said which pacing slot the booking counts against.
 */
import { ruleFor, type PacingRuleOf } from './availability';
import { bookingTimeRefusal, durationFor, type DurationRule } from './booking-policy';
import type { BookingPolicy, BookingRequest, HoldOutcome } from './booking.types';
import { exceptionOn, localDateOf, windowsOn, type HoursException } from './opening-hours';
import { partySizeRefusal } from './party-size';
import { fitsPacing, type PacingRule, type SlotLoad } from './pacing';
import { placementSteps, reviewReasonFor, type PlacementStep } from './placement';
import { findServiceWindow, pacingSlotStart, type ServiceWindow } from './service-hours';
import { choosePlan, planOfChoice, type ChosenPlan, type Floor } from './table-assignment';

/** A restaurant's floor, hours, rules and policy as the hold needs them; read fresh in every hold. */
export interface HoldFloor extends Floor {
  readonly id: string;
  readonly timezone: string;
  readonly minPartySize: number;
  readonly maxPartySize: number;
  readonly defaultDurationSeconds: number;
  readonly holdTtlSeconds: number;
  readonly reminderLeadSeconds: readonly number[];
  readonly noShowGraceSeconds: number;
  readonly manualReviewTimeoutSeconds: number;
  readonly autoConfirmMaxPartySize: number;
  readonly undoNoShowWindowSeconds?: number;
  readonly slotIntervalMinutes: number;
  readonly mustEndByClose: boolean;
  readonly bookingWindowDays: number;
  readonly offGridStartsAllowed: boolean;
  readonly durationByPartySize: readonly DurationRule[];
  readonly servicePeriods: readonly ServiceWindow[];
  /** The exceptions to the hours around the booking's date (at least its local date). */
  readonly exceptions: readonly HoursException[];
  readonly capacityRules: readonly PacingRuleOf[];
}

export type HoldRequest = Pick<
  BookingRequest,
  | 'partySize'
  | 'startsAt'
  | 'mode'
  | 'seatingPreference'
  | 'maxHoldSeconds'
  | 'holdSeconds'
  | 'byStaff'
  | 'tableIds'
>;
export type HoldRefusal = Extract<HoldOutcome, { ok: false }>;

/** When the booking sits and which pacing slot (and rule) it counts against. */
export interface HoldSlot {
  readonly startsAt: Date;
  readonly endsAt: Date;
  readonly pacingSlotStart: Date;
  readonly rule: PacingRule | undefined;
}

/** What already takes the slot: its pacing load, and the tables busy for the booking's time. */
export interface SlotTaken extends SlotLoad {
  readonly busy: ReadonlySet<string>;
}

export interface HoldDecision {
  readonly ok: true;
  /** null: no table set could ever seat the party; it is held on pacing alone, for staff. */
  readonly plan: ChosenPlan | null;
  readonly holdExpiresAt: Date;
  readonly policy: BookingPolicy;
  /** Taken in the hold's transaction (a one-shot booking); none for a hold alone. */
  readonly steps: readonly PlacementStep[];
}

/**
 * How long a one-shot booking's hold may take to be placed before it lapses. It is placed in the
 * hold's own transaction (`holdAndSettle`), so this only bounds a one-shot request whose hold is
 * taken alone (`holdBooking`, as the benchmark's floor does).
 */
export const BOOKING_LEASE_SECONDS = 120;

/** The restaurant's policy as the booking's timers use it. */
export function policyOf(restaurant: {
  readonly holdTtlSeconds: number;
  readonly reminderLeadSeconds: readonly number[];
  readonly noShowGraceSeconds: number;
  readonly manualReviewTimeoutSeconds: number;
  readonly autoConfirmMaxPartySize: number;
  readonly undoNoShowWindowSeconds?: number;
}): BookingPolicy {
  return {
    ...(restaurant.undoNoShowWindowSeconds === undefined
      ? {}
      : { undoNoShowWindowSeconds: restaurant.undoNoShowWindowSeconds }),
    holdTtlSeconds: restaurant.holdTtlSeconds,
    reminderLeadSeconds: [...restaurant.reminderLeadSeconds],
    noShowGraceSeconds: restaurant.noShowGraceSeconds,
    manualReviewTimeoutSeconds: restaurant.manualReviewTimeoutSeconds,
    autoConfirmMaxPartySize: restaurant.autoConfirmMaxPartySize,
  };
}

/**
 * The first half: does the restaurant take this party at that time at all, and in which slot.
 * The booking window and the start-time grid are checked again here (setup may have changed since
 * the gateway looked); the notice is not: it was judged when the guest asked.
 */
export function holdSlot(
  floor: HoldFloor | null,
  request: HoldRequest,
  now: Date,
): { readonly ok: true; readonly floor: HoldFloor; readonly slot: HoldSlot } | HoldRefusal {
  if (!floor) return { ok: false, code: 'restaurant_not_found', detail: 'Restaurant not found' };
  const tooBigOrSmall = partySizeRefusal(floor, request.partySize);
  if (tooBigOrSmall) return { ok: false, code: 'party_size_out_of_range', detail: tooBigOrSmall };
  const startsAt = new Date(request.startsAt);
  const timeRefused = bookingTimeRefusal({ ...floor, minNoticeMinutes: 0 }, startsAt, now, {
    checkNotice: false,
  });
  if (timeRefused) return { ok: false, code: timeRefused.code, detail: timeRefused.detail };
  const endsAt = new Date(startsAt.getTime() + durationFor(floor, request.partySize) * 1000);
  const { date, weekday } = localDateOf(startsAt, floor.timezone);
  const closure = exceptionOn(floor.exceptions, date);
  if (closure?.closed) {
    return {
      ok: false,
      code: 'closed_on_date',
      detail: `The restaurant is closed on ${date}${closure.reason ? `: ${closure.reason}` : ''}`,
    };
  }
  const window = findServiceWindow(
    startsAt,
    endsAt,
    floor.timezone,
    windowsOn(date, weekday, floor.servicePeriods, floor.exceptions),
    floor.mustEndByClose,
  );
  if (!window) {
    return {
      ok: false,
      code: 'restaurant_closed',
      detail: 'The restaurant does not take bookings at that time',
    };
  }
  const rule = ruleFor(floor.capacityRules, window.id);
  const interval = rule?.intervalMinutes ?? floor.slotIntervalMinutes;
  return {
    ok: true,
    floor,
    slot: { startsAt, endsAt, pacingSlotStart: pacingSlotStart(startsAt, floor.timezone, interval), rule },
  };
}

/**
 * The second half, once the slot's load is read: pacing, the table plan, the hold's expiry and,
 * when `settle` (a one-shot booking placed in the hold's transaction), the placement steps; with
 * `seat` too (a walk-in), they end checked in.
 */
export function decideHold(
  floor: HoldFloor,
  request: HoldRequest,
  slot: HoldSlot,
  taken: SlotTaken,
  options: { readonly now: Date; readonly settle: boolean; readonly seat?: boolean },
): HoldDecision | HoldRefusal {
  if (!fitsPacing(taken, request.partySize, slot.rule)) {
    return { ok: false, code: 'no_capacity', detail: 'That time is fully booked' };
  }
  let plan: ChosenPlan | null | 'all_taken';
  if (request.tableIds?.length) {
    const chosen = planOfChoice(floor, taken.busy, request.tableIds, request.partySize);
    if (!chosen.ok) return { ok: false, code: 'tables_unavailable', detail: chosen.detail };
    plan = chosen.plan;
  } else plan = choosePlan(floor, taken.busy, request.partySize, request.seatingPreference);
  if (plan === 'all_taken') {
    return { ok: false, code: 'no_capacity', detail: 'No table is free for that party at that time' };
  }
  // A hold waits for its client for the restaurant's hold TTL; a one-shot booking's hold is a lease.
  const holdTtl = request.holdSeconds ?? Math.min(floor.holdTtlSeconds, request.maxHoldSeconds ?? Infinity);
  const holdSeconds = request.mode === 'hold' ? holdTtl : Math.max(holdTtl, BOOKING_LEASE_SECONDS);
  const policy = policyOf(floor);
  const steps = options.settle
    ? placementSteps({
        from: 'held',
        noTablesReason: plan ? null : 'no_table_set_fits_party',
        reviewReason: request.byStaff ? null : reviewReasonFor(request.partySize, policy),
        seat: options.seat === true,
      })
    : [];
  return {
    ok: true,
    plan,
    holdExpiresAt: new Date(options.now.getTime() + holdSeconds * 1000),
    policy,
    steps,
  };
}
