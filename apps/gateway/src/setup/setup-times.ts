import type { PeriodRow } from '@tablekeeper/db';
import { minutesToHhmm, type SpecialPeriod } from '@tablekeeper/domain';
import type { PeriodOutput, WeeklyPeriodOutput } from './setup.outputs';

/** HH:MM (24:00 allowed) as minutes after midnight. */
export function hhmmToMinutes(value: string): number {
  const [h, m] = value.split(':').map(Number);
  return h * 60 + m;
}

export function periodOutput(p: {
  name: string;
  opensAt: number;
  closesAt: number;
  lastSeatingAt: number | null;
}): PeriodOutput {
  return {
    name: p.name,
    opens: minutesToHhmm(p.opensAt),
    closes: minutesToHhmm(p.closesAt),
    lastSeating: p.lastSeatingAt === null ? null : minutesToHhmm(p.lastSeatingAt),
  };
}

/** Rows of one period per weekday, folded back into periods with the days they share. */
export function weeklyOutput(rows: readonly PeriodRow[]): WeeklyPeriodOutput[] {
  const folded = new Map<string, WeeklyPeriodOutput>();
  for (const row of rows) {
    const key = `${row.name}|${row.opensAt}|${row.closesAt}|${row.lastSeatingAt ?? ''}`;
    const entry = folded.get(key) ?? { ...periodOutput(row), days: [] };
    entry.days.push(row.dayOfWeek);
    folded.set(key, entry);
  }
  return [...folded.values()].map((p) => ({ ...p, days: [...new Set(p.days)].sort() }));
}

export function specialOutput(periods: readonly SpecialPeriod[]): PeriodOutput[] {
  return periods.map(periodOutput);
}
