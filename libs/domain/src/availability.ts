/**
 * Availability of one day for one party size, computed from a snapshot of the restaurant's state.
 * It uses the same rules as the hold transaction (service windows, last seating, pacing, the
 * assignment engine over free tables), so what it shows as free a POST for the same party and
 * time accepts, unless someone else takes it first.
 */
import { DateTime } from 'luxon';
import { durationFor, type DurationRule } from './booking-policy';
import { windowsOn, type HoursException } from './opening-hours';
import { fitsPacing, remainingCovers, type PacingRule, type SlotLoad } from './pacing';
import { findServiceWindow, pacingSlotStart, type ServiceWindow } from './service-hours';
import { freeTables, planAssignments, type ZonedTable } from './table-assignment';

export type { ZonedTable } from './table-assignment';

export interface AvailabilityPolicy {
  /** Length of a booking whose party no rule of `durationByPartySize` covers. */
  readonly durationSeconds: number;
  readonly durationByPartySize?: readonly DurationRule[];
  readonly slotIntervalMinutes: number;
  readonly mustEndByClose: boolean;
  readonly autoConfirmMaxPartySize: number;
}

export interface PacingRuleOf extends PacingRule {
  /** null: applies to every service period without a rule of its own. */
  readonly servicePeriodId: string | null;
}

export interface DayState {
  readonly timezone: string;
  readonly policy: AvailabilityPolicy;
  readonly windows: readonly ServiceWindow[];
  /** Closed dates and special hours; a date they cover ignores its weekday's windows. */
  readonly exceptions?: readonly HoursException[];
  readonly pacingRules: readonly PacingRuleOf[];
  readonly tables: readonly ZonedTable[];
  readonly combinable: readonly (readonly [string, string])[];
  /** Live table assignments and holds (lapsed holds already left out), epoch ms. */
  readonly taken: readonly { readonly tableId: string; readonly start: number; readonly end: number }[];
  /** Capacity-taking bookings by the pacing slot they count against (epoch ms). */
  readonly starting: readonly { readonly slotStart: number; readonly partySize: number }[];
}

export interface AvailabilitySlot {
  /** Local wall-clock time, HH:MM. */
  readonly time: string;
  readonly startsAt: string;
  readonly available: boolean;
  /** Covers that may still start in this slot's pacing interval (null when no rule limits it). */
  readonly remainingCovers: number | null;
  /** Zones with a free table set for the party. */
  readonly zones: readonly string[];
  /** The booking would go to manual review (party above the auto-confirm limit, or no table set seats it). */
  readonly manualReview: boolean;
}

/** The pacing rule of a service period: its own, else the restaurant-wide one (none: unlimited). */
export function ruleFor(rules: readonly PacingRuleOf[], servicePeriodId: string): PacingRuleOf | undefined {
  return (
    rules.find((r) => r.servicePeriodId === servicePeriodId) ?? rules.find((r) => r.servicePeriodId === null)
  );
}

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** Every bookable start time of `date` (local), with whether the party can have it. */
export function computeAvailability(state: DayState, date: string, partySize: number): AvailabilitySlot[] {
  const midnight = DateTime.fromISO(date, { zone: state.timezone }).startOf('day');
  if (!midnight.isValid) return [];
  const weekday = midnight.weekday;
  const durationMs =
    durationFor(
      {
        defaultDurationSeconds: state.policy.durationSeconds,
        durationByPartySize: state.policy.durationByPartySize ?? [],
      },
      partySize,
    ) * 1000;
  const loads = new Map<number, SlotLoad>();
  for (const s of state.starting) {
    const load = loads.get(s.slotStart) ?? { covers: 0, parties: 0 };
    loads.set(s.slotStart, { covers: load.covers + s.partySize, parties: load.parties + 1 });
  }
  const structurallySeatable =
    planAssignments({ partySize, tables: state.tables, combinable: state.combinable }).plans.length > 0;

  const zoneNames = new Map(state.tables.map((t) => [t.id, t.zoneName]));
  // Time-zone arithmetic is the expensive part (Intl formatting). On the 363 days a year without a
  // daylight-saving change the local minute m of this day is simply midnight + m minutes; on the
  // others every instant goes through luxon.
  const midnightMs = midnight.toMillis();
  const nextMidnight = midnight.plus({ days: 1 });
  const steadyOffset =
    midnight.offset === nextMidnight.offset && nextMidnight.toMillis() - midnightMs === 86_400_000;
  const instantAt = (minute: number) =>
    steadyOffset ? midnightMs + minute * 60_000 : atWallClock(midnight, minute).toMillis();

  const slots: AvailabilitySlot[] = [];
  const seen = new Set<number>();
  const windows = windowsOn(date, weekday, state.windows, state.exceptions ?? []).sort(
    (a, b) => a.opensAt - b.opensAt,
  );
  // Start times sit on one grid counted from local midnight, the grid the hold accepts, whatever
  // minute a period opens at.
  const grid = state.policy.slotIntervalMinutes;
  for (const window of windows) {
    for (let minute = Math.ceil(window.opensAt / grid) * grid; minute < window.closesAt; minute += grid) {
      const startMs = instantAt(minute);
      if (seen.has(startMs)) continue;
      const startsAt = new Date(startMs);
      const endsAt = new Date(startMs + durationMs);
      // The same tests the hold applies (findServiceWindow, pacingSlotStart), done in local minutes
      // when the day has no offset change.
      const servedBy = steadyOffset
        ? windows.find(
            (w) =>
              minute >= w.opensAt &&
              minute < w.closesAt &&
              (w.lastSeatingAt === undefined || w.lastSeatingAt === null || minute <= w.lastSeatingAt) &&
              (!state.policy.mustEndByClose || minute + durationMs / 60_000 <= w.closesAt),
          )
        : findServiceWindow(startsAt, endsAt, state.timezone, windows, state.policy.mustEndByClose);
      if (!servedBy) continue;
      seen.add(startMs);
      const rule = ruleFor(state.pacingRules, servedBy.id);
      const interval = rule?.intervalMinutes ?? state.policy.slotIntervalMinutes;
      const slotKey = steadyOffset
        ? instantAt(Math.floor(minute / interval) * interval)
        : pacingSlotStart(startsAt, state.timezone, interval).getTime();
      const load = loads.get(slotKey) ?? { covers: 0, parties: 0 };
      const pacingOk = fitsPacing(load, partySize, rule);
      const free = freeTables(state.tables, state.taken, { start: startMs, end: startMs + durationMs });
      const plans = planAssignments({ partySize, tables: free, combinable: state.combinable }).plans;
      const tablesOk = plans.length > 0 || !structurallySeatable;
      const zones = [...new Set(plans.flatMap((p) => p.tableIds.map((id) => zoneNames.get(id)!)))].sort();
      const remaining = remainingCovers(load, rule);
      slots.push({
        time: hhmm(steadyOffset ? minute : localMinute(startMs, state.timezone)),
        startsAt: startsAt.toISOString().replace('.000Z', 'Z'),
        available: pacingOk && tablesOk,
        remainingCovers: Number.isFinite(remaining) ? remaining : null,
        zones,
        manualReview: partySize > state.policy.autoConfirmMaxPartySize || !structurallySeatable,
      });
    }
  }
  return slots.sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
}

/** Local wall-clock time `minute` minutes after midnight (luxon's plus() would add elapsed time). */
function atWallClock(midnight: DateTime, minute: number): DateTime {
  return midnight.set({ hour: Math.floor(minute / 60), minute: minute % 60 });
}

function localMinute(instantMs: number, timezone: string): number {
  const local = DateTime.fromMillis(instantMs, { zone: timezone });
  return local.hour * 60 + local.minute;
}

/** The available slots nearest to `target` (epoch ms), nearest first; earlier wins a tie. */
export function nearestAlternatives(
  slots: readonly AvailabilitySlot[],
  target: number,
  limit = 6,
): AvailabilitySlot[] {
  return slots
    .filter((s) => s.available && Date.parse(s.startsAt) !== target)
    .sort((a, b) => {
      const da = Math.abs(Date.parse(a.startsAt) - target);
      const db = Math.abs(Date.parse(b.startsAt) - target);
      return da - db || Date.parse(a.startsAt) - Date.parse(b.startsAt);
    })
    .slice(0, limit);
}

/** The local date (YYYY-MM-DD) and time (HH:MM) of an instant in a restaurant's timezone. */
export function localDateTime(instant: Date, timezone: string): { date: string; time: string } {
  const local = DateTime.fromJSDate(instant, { zone: timezone });
  return { date: local.toISODate() ?? '', time: local.toFormat('HH:mm') };
}

/** The instant of a local date and HH:MM time in a restaurant's timezone. */
export function instantOf(date: string, time: string, timezone: string): Date | null {
  const local = DateTime.fromISO(`${date}T${time}`, { zone: timezone });
  return local.isValid ? local.toJSDate() : null;
}
