/**
 * The walk-in quote: when a party arriving now is likely to be seated, from what the floor knows.
 *
 * Tables free when their current parties leave. A party's stay is predicted from how long parties
 * of its size actually stayed this service (check-in to completion), shrunk towards the
 * restaurant's default duration while few have finished; a party already past its predicted stay
 * is expected to leave within a few minutes. Parties ahead in the queue are seated first, each at
 * the earliest table that fits it, and a table is never given to a walk-in whose predicted stay
 * would run into a booking already holding it. The quote is the time our party gets a table that
 * way, with a range of one standard deviation of the measured stays either side.
 *
 * Pure and deterministic: every time is epoch milliseconds, passed in.
 */
import { windowsOn, type HoursException } from './opening-hours';
import { toLocal, type ServiceWindow } from './service-hours';

export interface FloorTable {
  readonly id: string;
  readonly minCovers: number;
  readonly maxCovers: number;
}

export interface SeatedParty {
  readonly tableIds: readonly string[];
  readonly partySize: number;
  readonly seatedAt: number;
  /**
   * How long the party's booking was for (its endsAt minus its check-in), minutes: the prior its
   * stay is predicted from, adjusted by what parties of its size actually stayed. Absent: the
   * restaurant's default for the size.
   */
  readonly bookedMinutes?: number;
}

/** A booking holding tables later in the service: walk-ins may use them only until it starts. */
export interface TableReservation {
  readonly tableIds: readonly string[];
  readonly startsAt: number;
  readonly endsAt: number;
}

/** A party that finished this service: how long it actually stayed. */
export interface MeasuredStay {
  readonly partySize: number;
  readonly minutes: number;
}

export interface WaitEstimateInput {
  readonly now: number;
  readonly partySize: number;
  readonly tables: readonly FloorTable[];
  readonly seated: readonly SeatedParty[];
  readonly reservations: readonly TableReservation[];
  readonly stays: readonly MeasuredStay[];
  /** Parties already waiting, first come first. */
  readonly ahead: readonly { readonly partySize: number }[];
  readonly defaultStayMinutes: number;
  /** Last seating: a party that cannot be seated by then is not quoted. */
  readonly lastSeatingAt?: number;
}

export type WaitEstimate =
  | {
      readonly kind: 'quote';
      readonly partiesAhead: number;
      readonly seatAt: number;
      readonly earliest: number;
      readonly latest: number;
    }
  | { readonly kind: 'no_table_fits'; readonly partiesAhead: number }
  | { readonly kind: 'past_last_seating'; readonly partiesAhead: number };

const MINUTE = 60_000;
/** How many default-length stays the measured mean is blended with (few samples, little trust). */
const PRIOR_WEIGHT = 3;
/** Spread assumed before any stay of a size was measured. */
const PRIOR_SPREAD_MINUTES = 15;
/** A party past its predicted stay is expected to leave within this long. */
const OVERSTAY_MINUTES = 5;

/** Stays are predicted per size band: couples, fours, sixes, larger parties behave differently. */
export function sizeBand(partySize: number): number {
  return partySize <= 2 ? 2 : partySize <= 4 ? 4 : partySize <= 6 ? 6 : 8;
}

export interface StayModel {
  /**
   * Predicted stay of a party of this size, minutes: `priorMinutes` (the booked length, or the
   * default) moved by how much parties of the size stayed longer or shorter than the default.
   */
  stay(partySize: number, priorMinutes?: number): number;
  /** Standard deviation of stays of this size, minutes. */
  spread(partySize: number): number;
}

export function stayModel(stays: readonly MeasuredStay[], defaultStayMinutes: number): StayModel {
  const bands = new Map<number, number[]>();
  for (const s of stays) {
    const band = sizeBand(s.partySize);
    bands.set(band, [...(bands.get(band) ?? []), s.minutes]);
  }
  const of = (partySize: number) => bands.get(sizeBand(partySize)) ?? [];
  return {
    stay(partySize, priorMinutes = defaultStayMinutes) {
      const minutes = of(partySize);
      const sum = minutes.reduce((a, b) => a + b, 0);
      const measured = (sum + PRIOR_WEIGHT * defaultStayMinutes) / (minutes.length + PRIOR_WEIGHT);
      return Math.max(1, priorMinutes + measured - defaultStayMinutes);
    },
    spread(partySize) {
      const minutes = of(partySize);
      if (minutes.length < 2) return PRIOR_SPREAD_MINUTES;
      const mean = minutes.reduce((a, b) => a + b, 0) / minutes.length;
      const variance = minutes.reduce((a, m) => a + (m - mean) ** 2, 0) / (minutes.length - 1);
      return Math.sqrt(variance);
    },
  };
}

export function estimateWait(input: WaitEstimateInput): WaitEstimate {
  const partiesAhead = input.ahead.length;
  const model = stayModel(input.stays, input.defaultStayMinutes);
  const freeAt = new Map(input.tables.map((t) => [t.id, input.now]));
  for (const party of input.seated) {
    const leaves = Math.max(
      party.seatedAt + model.stay(party.partySize, party.bookedMinutes) * MINUTE,
      input.now + OVERSTAY_MINUTES * MINUTE,
    );
    for (const id of party.tableIds) freeAt.set(id, Math.max(freeAt.get(id) ?? input.now, leaves));
  }
  const reserved = new Map<string, TableReservation[]>();
  for (const r of input.reservations)
    for (const id of r.tableIds) reserved.set(id, [...(reserved.get(id) ?? []), r]);

  let ours: number | undefined;
  for (const [i, party] of [...input.ahead, { partySize: input.partySize }].entries()) {
    const stayMs = model.stay(party.partySize) * MINUTE;
    let best: { table: FloorTable; at: number } | undefined;
    for (const table of input.tables) {
      if (party.partySize < table.minCovers || party.partySize > table.maxCovers) continue;
      const at = earliestFit(freeAt.get(table.id)!, stayMs, reserved.get(table.id) ?? []);
      if (!best || at < best.at || (at === best.at && table.maxCovers < best.table.maxCovers))
        best = { table, at };
    }
    // A party ahead that no single table seats is handled by staff, not by this queue.
    if (!best) {
      if (i === partiesAhead) return { kind: 'no_table_fits', partiesAhead };
      continue;
    }
    freeAt.set(best.table.id, best.at + stayMs);
    if (i === partiesAhead) ours = best.at;
  }
  const seatAt = ours!;
  if (input.lastSeatingAt !== undefined && seatAt > input.lastSeatingAt)
    return { kind: 'past_last_seating', partiesAhead };
  const half = model.spread(input.partySize) * MINUTE;
  return {
    kind: 'quote',
    partiesAhead,
    seatAt,
    earliest: Math.max(input.now, seatAt - half),
    latest: seatAt + half,
  };
}

/** The first time from `from` the table is free for `stayMs` without running into a booking. */
function earliestFit(from: number, stayMs: number, reservations: readonly TableReservation[]): number {
  let at = from;
  for (const r of [...reservations].sort((a, b) => a.startsAt - b.startsAt)) {
    if (r.endsAt <= at) continue;
    if (at + stayMs <= r.startsAt) break;
    at = Math.max(at, r.endsAt);
  }
  return at;
}

/** Whether the walk-in list takes parties now, and until when it seats them. */
export type WalkInListState =
  | { readonly open: true; readonly lastSeatingAt: number }
  | { readonly open: false; readonly reason: 'closed' | 'past_last_seating' };

/**
 * The list is open while a service period of today runs and its last seating has not passed: the
 * period's own last seating, else (when bookings must end by close) close minus the party's stay,
 * else the close. Outside every period it is closed.
 */
export function walkInListState(input: {
  readonly now: number;
  readonly timezone: string;
  readonly windows: readonly ServiceWindow[];
  readonly exceptions: readonly HoursException[];
  readonly mustEndByClose: boolean;
  readonly stayMinutes: number;
}): WalkInListState {
  const local = toLocal(new Date(input.now), input.timezone);
  const today = windowsOn(local.date, local.dayOfWeek, input.windows, input.exceptions);
  const running = today.find((w) => local.minuteOfDay >= w.opensAt && local.minuteOfDay < w.closesAt);
  if (!running) return { open: false, reason: 'closed' };
  const lastMinute =
    running.lastSeatingAt ?? (input.mustEndByClose ? running.closesAt - input.stayMinutes : running.closesAt);
  if (local.minuteOfDay > lastMinute) return { open: false, reason: 'past_last_seating' };
  return { open: true, lastSeatingAt: input.now + (lastMinute - local.minuteOfDay) * MINUTE };
}
