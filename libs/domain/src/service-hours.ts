import { DateTime } from 'luxon';

/** One opening window of one weekday, in minutes after local midnight (ISO weekday 1 = Monday). */
export interface ServiceWindow {
  readonly id: string;
  readonly name: string;
  readonly dayOfWeek: number;
  readonly opensAt: number;
  readonly closesAt: number;
  /** The latest start of the period (minutes after midnight); null or absent: any start before close. */
  readonly lastSeatingAt?: number | null;
}

export interface LocalTime {
  readonly dayOfWeek: number;
  readonly minuteOfDay: number;
  readonly date: string;
}

export function toLocal(instant: Date, timezone: string): LocalTime {
  const local = DateTime.fromJSDate(instant, { zone: timezone });
  return {
    dayOfWeek: local.weekday,
    minuteOfDay: local.hour * 60 + local.minute + local.second / 60,
    date: local.toISODate() ?? '',
  };
}

/**
 * The service period a booking falls in, or undefined when the restaurant is closed then.
 * A booking must start inside a period; with `mustEndByClose` it must also end by that period's
 * close (the last seating is close minus the booking length).
 */
export function findServiceWindow(
  startsAt: Date,
  endsAt: Date,
  timezone: string,
  windows: readonly ServiceWindow[],
  mustEndByClose: boolean,
): ServiceWindow | undefined {
  const start = toLocal(startsAt, timezone);
  const durationMinutes = (endsAt.getTime() - startsAt.getTime()) / 60_000;
  return windows.find(
    (w) =>
      w.dayOfWeek === start.dayOfWeek &&
      start.minuteOfDay >= w.opensAt &&
      start.minuteOfDay < w.closesAt &&
      (w.lastSeatingAt === undefined || w.lastSeatingAt === null || start.minuteOfDay <= w.lastSeatingAt) &&
      (!mustEndByClose || start.minuteOfDay + durationMinutes <= w.closesAt),
  );
}

/** Start of the pacing interval that contains `startsAt`, counted from local midnight. */
export function pacingSlotStart(startsAt: Date, timezone: string, intervalMinutes: number): Date {
  const local = DateTime.fromJSDate(startsAt, { zone: timezone });
  const minutes = Math.floor((local.hour * 60 + local.minute) / intervalMinutes) * intervalMinutes;
  // Wall-clock set(), not plus(): on a daylight-saving day elapsed minutes and clock minutes differ.
  return local
    .set({ hour: Math.floor(minutes / 60), minute: minutes % 60, second: 0, millisecond: 0 })
    .toJSDate();
}
