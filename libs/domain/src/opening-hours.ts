/**
 * Opening hours as a restaurant runs them: service periods per weekday (lunch, dinner), each with
 * an optional last seating, and exceptions for date ranges (closed, or special hours replacing
 * the weekday's periods). Pure: the hold, availability and the agent context all resolve a date's
 * hours here, and setup writes validate periods here.
 */
import { DateTime } from 'luxon';
import type { ServiceWindow } from './service-hours';

/** A period of special hours, in minutes after local midnight. */
export interface SpecialPeriod {
  readonly name: string;
  readonly opensAt: number;
  readonly closesAt: number;
  readonly lastSeatingAt: number | null;
}

/** A closed date range, or special hours for it; dates are local, inclusive, YYYY-MM-DD. */
export interface HoursException {
  readonly id: string;
  readonly startsOn: string;
  readonly endsOn: string;
  readonly closed: boolean;
  readonly reason: string | null;
  readonly periods: readonly SpecialPeriod[];
}

/** The exception covering a local date, if any (ranges never overlap; the database refuses it). */
export function exceptionOn(exceptions: readonly HoursException[], date: string): HoursException | undefined {
  return exceptions.find((e) => e.startsOn <= date && date <= e.endsOn);
}

/**
 * The service windows of one local date: the weekday's periods, unless an exception replaces them
 * (none when closed; its special periods otherwise, which take the restaurant-wide pacing rule).
 */
export function windowsOn(
  date: string,
  weekday: number,
  weekly: readonly ServiceWindow[],
  exceptions: readonly HoursException[],
): ServiceWindow[] {
  const exception = exceptionOn(exceptions, date);
  if (!exception) return weekly.filter((w) => w.dayOfWeek === weekday);
  if (exception.closed) return [];
  return exception.periods.map((p, i) => ({
    id: `exception:${exception.id}:${i}`,
    name: p.name,
    dayOfWeek: weekday,
    opensAt: p.opensAt,
    closesAt: p.closesAt,
    lastSeatingAt: p.lastSeatingAt,
  }));
}

/** The local date and ISO weekday of an instant in a timezone. */
export function localDateOf(instant: Date, timezone: string): { date: string; weekday: number } {
  const local = DateTime.fromJSDate(instant, { zone: timezone });
  return { date: local.toISODate() ?? '', weekday: local.weekday };
}

export interface PeriodProblem {
  /** Index of the period at fault in the list given. */
  readonly index: number;
  readonly field: 'opensAt' | 'closesAt' | 'lastSeatingAt';
  readonly code: 'inverted_period' | 'overlapping_periods' | 'last_seating_outside_period';
  readonly message: string;
}

interface PeriodLike {
  readonly opensAt: number;
  readonly closesAt: number;
  readonly lastSeatingAt?: number | null;
  readonly dayOfWeek?: number;
}

/**
 * What is wrong with a list of periods (of one weekday, or of one exception): a close not after
 * its opening, a last seating outside its period, two periods of the same day that overlap.
 * Periods touching end to start (lunch until 15:00, tea from 15:00) are fine.
 */
export function periodProblems(periods: readonly PeriodLike[]): PeriodProblem[] {
  const problems: PeriodProblem[] = [];
  periods.forEach((p, index) => {
    if (p.closesAt <= p.opensAt) {
      problems.push({
        index,
        field: 'closesAt',
        code: 'inverted_period',
        message: 'closesAt must be after opensAt',
      });
    } else if (
      p.lastSeatingAt !== undefined &&
      p.lastSeatingAt !== null &&
      (p.lastSeatingAt < p.opensAt || p.lastSeatingAt >= p.closesAt)
    ) {
      problems.push({
        index,
        field: 'lastSeatingAt',
        code: 'last_seating_outside_period',
        message: 'lastSeatingAt must be at or after opensAt and before closesAt',
      });
    }
  });
  periods.forEach((p, index) => {
    const clash = periods.findIndex(
      (q, j) =>
        j < index &&
        (q.dayOfWeek ?? 0) === (p.dayOfWeek ?? 0) &&
        q.opensAt < p.closesAt &&
        p.opensAt < q.closesAt &&
        q.closesAt > q.opensAt &&
        p.closesAt > p.opensAt,
    );
    if (clash >= 0) {
      problems.push({
        index,
        field: 'opensAt',
        code: 'overlapping_periods',
        message: `overlaps period ${clash} of the same day`,
      });
    }
  });
  return problems;
}

/** Minutes after midnight as HH:MM. */
export function minutesToHhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Special periods as stored (JSON); anything malformed is left out. */
export function specialPeriodsOf(value: unknown): SpecialPeriod[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter(
      (p): p is SpecialPeriod =>
        typeof p === 'object' &&
        p !== null &&
        typeof (p as SpecialPeriod).name === 'string' &&
        Number.isInteger((p as SpecialPeriod).opensAt) &&
        Number.isInteger((p as SpecialPeriod).closesAt),
    )
    .map((p) => ({
      name: p.name,
      opensAt: p.opensAt,
      closesAt: p.closesAt,
      lastSeatingAt: Number.isInteger(p.lastSeatingAt) ? p.lastSeatingAt : null,
    }));
}
