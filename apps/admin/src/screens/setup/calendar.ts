import type { HoursException, WeeklyHours } from '../../api';

/** One day of the coming weeks as the Setup calendar shows it. */
export interface CalendarDay {
  readonly date: string;
  readonly past: boolean;
  readonly closed: boolean;
  /** The exception's reason (or "Closed" / "Special hours"), null on a usual day. */
  readonly exception: string | null;
  readonly special: boolean;
  readonly periods: readonly string[];
}

export const isoWeekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay() || 7;

export const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const span = (p: { name: string; opens: string; closes: string }) => `${p.name} ${p.opens}–${p.closes}`;

/**
 * `weeks` whole weeks, Monday first, from the week of `today` (restaurant-local): the weekly
 * hours with closures and special hours laid over them, as the engine applies them.
 */
export function comingWeeks(
  today: string,
  weeks: number,
  hours: WeeklyHours,
  exceptions: readonly HoursException[],
): CalendarDay[][] {
  const monday = addDays(today, 1 - isoWeekday(today));
  return Array.from({ length: weeks }, (_, w) =>
    Array.from({ length: 7 }, (_, d) => {
      const date = addDays(monday, w * 7 + d);
      const exception = exceptions.find((e) => e.startsOn <= date && date <= e.endsOn);
      const periods = exception ? exception.periods : hours.periods.filter((p) => p.days.includes(d + 1));
      const closed = exception?.closed === true || periods.length === 0;
      return {
        date,
        past: date < today,
        closed,
        special: exception !== undefined && !exception.closed,
        exception: exception ? (exception.reason ?? (exception.closed ? 'Closed' : 'Special hours')) : null,
        periods: closed ? [] : [...periods].sort((a, b) => a.opens.localeCompare(b.opens)).map(span),
      };
    }),
  );
}
