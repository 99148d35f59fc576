import { fitsPacing, freeTables, planAssignments } from '@tablekeeper/domain';
import {
  DEMO_COMBINATIONS,
  DEMO_HOURS,
  DEMO_PACING,
  DEMO_RESTAURANT,
  DEMO_TABLES,
} from '../../prisma/demo-restaurant';

/**
 * The day plans of the scale book (BENCH_SCALE=1): how full a restaurant built like the demo one is
 * on each day of the week, and which bookings fill it. Pure: the seeder (scale-book.ts) turns
 * these templates into rows for every restaurant and day with a few bulk statements.
 */

/** Bookings on a day, by ISO weekday (1 Monday … 7 Sunday): quiet early week, busy Friday/Saturday. */
export const WEEKLY_FILL: Readonly<Record<number, { readonly min: number; readonly max: number }>> = {
  1: { min: 25, max: 35 },
  2: { min: 28, max: 38 },
  3: { min: 32, max: 45 },
  4: { min: 40, max: 52 },
  5: { min: 60, max: 75 },
  6: { min: 65, max: 80 },
  7: { min: 45, max: 58 },
};

/** One booking of a day plan: its local start (minutes after midnight), party and tables. */
export interface PlannedBooking {
  readonly minute: number;
  readonly partySize: number;
  readonly tableLabels: readonly string[];
}

export interface DayPlan {
  readonly weekday: number;
  readonly variant: number;
  readonly bookings: readonly PlannedBooking[];
}

/** Parties as they come: mostly couples and fours (the load's own mix, bench/support/booking-plans.ts). */
const PARTY_SIZES = [1, 2, 2, 2, 2, 3, 4, 4, 4, 5, 6];

/** Start times weighted like a restaurant's day: a lunch peak 12:30-13:30, a dinner peak 19:00-20:30. */
function startWeight(minute: number): number {
  if (minute >= 19 * 60 && minute <= 20 * 60 + 30) return 5;
  if (minute >= 18 * 60) return 3;
  if (minute >= 12 * 60 + 30 && minute <= 13 * 60 + 30) return 3;
  return 1;
}

function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    // mulberry32: small, fast and well spread, so neighbouring seeds give unrelated plans.
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/**
 * A day of bookings for a demo-like restaurant: `target` bookings (fewer if the floor cannot take
 * them), each on tables the assignment engine would choose among the free ones, no pacing slot over
 * its covers or parties, every booking 90 minutes and ending by closing time. Seeded, so a plan is
 * the same in every run.
 */
export function planDay(target: number, seed: number): PlannedBooking[] {
  const rand = random(seed);
  const duration = DEMO_RESTAURANT.defaultDurationSeconds / 60;
  const starts: number[] = [];
  for (let m = DEMO_HOURS.opensAt; m + duration <= DEMO_HOURS.closesAt; m += DEMO_PACING.intervalMinutes) {
    starts.push(m);
  }
  const weights = starts.map(startWeight);
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const pickStart = () => {
    let r = rand() * totalWeight;
    for (let i = 0; i < starts.length; i++) if ((r -= weights[i]) < 0) return starts[i];
    return starts[starts.length - 1];
  };
  const tables = DEMO_TABLES.map((t) => ({
    id: t.label,
    label: t.label,
    zoneId: t.zone,
    minCovers: t.min,
    maxCovers: t.max,
  }));
  const taken: { tableId: string; start: number; end: number }[] = [];
  const loads = new Map<number, { covers: number; parties: number }>();
  const bookings: PlannedBooking[] = [];
  for (let attempt = 0; attempt < target * 30 && bookings.length < target; attempt++) {
    const minute = pickStart();
    const partySize = PARTY_SIZES[Math.floor(rand() * PARTY_SIZES.length)];
    const load = loads.get(minute) ?? { covers: 0, parties: 0 };
    if (!fitsPacing(load, partySize, DEMO_PACING)) continue;
    const window = { start: minute, end: minute + duration };
    const plan = planAssignments({
      partySize,
      tables: freeTables(tables, taken, window),
      combinable: DEMO_COMBINATIONS,
    }).plans[0];
    if (!plan) continue;
    loads.set(minute, { covers: load.covers + partySize, parties: load.parties + 1 });
    for (const tableId of plan.tableIds) taken.push({ tableId, ...window });
    bookings.push({ minute, partySize, tableLabels: [...plan.tableIds] });
  }
  return bookings.sort((a, b) => a.minute - b.minute);
}

/** `variants` plans for each day of the week, so neighbouring restaurants and weeks differ. */
export function weeklyPlans(variants: number, fill = 1): DayPlan[] {
  const plans: DayPlan[] = [];
  for (let weekday = 1; weekday <= 7; weekday++) {
    const { min, max } = WEEKLY_FILL[weekday];
    for (let variant = 0; variant < variants; variant++) {
      const seed = weekday * 1000 + variant;
      const target = Math.round((min + random(seed + 500)() * (max - min)) * fill);
      plans.push({ weekday, variant, bookings: planDay(target, seed) });
    }
  }
  return plans;
}

/** The variant of the plan a restaurant uses on a day: spread, and the same in SQL (scale-book.ts). */
export function variantOf(restaurantIndex: number, dayIndex: number, variants: number): number {
  return (restaurantIndex * 31 + dayIndex * 7) % variants;
}

/** Bookings a scale book of `restaurants` × the days from `first` (UTC date) will hold. */
export function expectedBookings(
  plans: readonly DayPlan[],
  restaurants: number,
  days: readonly string[],
): number {
  const variants = plans.filter((p) => p.weekday === 1).length;
  const byKey = new Map(plans.map((p) => [`${p.weekday}:${p.variant}`, p.bookings.length]));
  let total = 0;
  for (let r = 0; r < restaurants; r++) {
    days.forEach((day, d) => {
      const weekday = new Date(`${day}T00:00:00Z`).getUTCDay() || 7;
      total += byKey.get(`${weekday}:${variantOf(r, d, variants)}`) ?? 0;
    });
  }
  return total;
}
