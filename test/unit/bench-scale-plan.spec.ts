import { DEMO_COMBINATIONS, DEMO_HOURS, DEMO_PACING, DEMO_TABLES } from '../../prisma/demo-restaurant';
import {
  WEEKLY_FILL,
  expectedBookings,
  planDay,
  variantOf,
  weeklyPlans,
  type PlannedBooking,
} from '../../bench/support/scale-plan';
import { scaleDates } from '../../bench/support/scale-book';

const DURATION = 90;

function overlaps(plan: readonly PlannedBooking[]): number {
  let found = 0;
  for (let i = 0; i < plan.length; i++) {
    for (let j = i + 1; j < plan.length; j++) {
      const a = plan[i];
      const b = plan[j];
      const timeOverlap = a.minute < b.minute + DURATION && b.minute < a.minute + DURATION;
      if (timeOverlap && a.tableLabels.some((t) => b.tableLabels.includes(t))) found++;
    }
  }
  return found;
}

describe('scale book day plans', () => {
  const plans = weeklyPlans(4);

  it('fills a busy day with 60-80 bookings and a quiet one with fewer', () => {
    for (const plan of plans) {
      const { min, max } = WEEKLY_FILL[plan.weekday];
      expect(plan.bookings.length).toBeLessThanOrEqual(max);
      // The floor takes every booking the fill asks for: the plan is what was asked, not less.
      expect(plan.bookings.length).toBeGreaterThanOrEqual(min);
    }
    const saturday = plans.filter((p) => p.weekday === 6).map((p) => p.bookings.length);
    const monday = plans.filter((p) => p.weekday === 1).map((p) => p.bookings.length);
    expect(Math.min(...saturday)).toBeGreaterThanOrEqual(60);
    expect(Math.max(...monday)).toBeLessThan(Math.min(...saturday));
  });

  it('never seats two bookings at one table at once, nor a party at tables too small or not combinable', () => {
    const byLabel = new Map(DEMO_TABLES.map((t) => [t.label, t]));
    for (const plan of plans) {
      expect(overlaps(plan.bookings)).toBe(0);
      for (const booking of plan.bookings) {
        const seats = booking.tableLabels.reduce((sum, label) => sum + byLabel.get(label)!.max, 0);
        expect(seats).toBeGreaterThanOrEqual(booking.partySize);
        if (booking.tableLabels.length === 2) {
          const [a, b] = booking.tableLabels;
          expect(DEMO_COMBINATIONS.some(([x, y]) => (x === a && y === b) || (x === b && y === a))).toBe(true);
        } else expect(booking.tableLabels).toHaveLength(1);
      }
    }
  });

  it('keeps every pacing slot within its covers and parties, and every booking within opening hours', () => {
    for (const plan of plans) {
      const slots = new Map<number, { covers: number; parties: number }>();
      for (const b of plan.bookings) {
        expect(b.minute % DEMO_PACING.intervalMinutes).toBe(0);
        expect(b.minute).toBeGreaterThanOrEqual(DEMO_HOURS.opensAt);
        expect(b.minute + DURATION).toBeLessThanOrEqual(DEMO_HOURS.closesAt);
        const slot = slots.get(b.minute) ?? { covers: 0, parties: 0 };
        slots.set(b.minute, { covers: slot.covers + b.partySize, parties: slot.parties + 1 });
      }
      for (const slot of slots.values()) {
        expect(slot.covers).toBeLessThanOrEqual(DEMO_PACING.maxCovers);
        expect(slot.parties).toBeLessThanOrEqual(DEMO_PACING.maxParties);
      }
    }
  });

  it('gives the same plan for the same seed and another for another seed', () => {
    expect(planDay(50, 7)).toEqual(planDay(50, 7));
    expect(planDay(50, 7)).not.toEqual(planDay(50, 8));
  });

  it('scales the fill and counts what a book of restaurants × days will hold', () => {
    const half = weeklyPlans(2, 0.5);
    const saturday = half.find((p) => p.weekday === 6)!;
    expect(saturday.bookings.length).toBeLessThanOrEqual(40);
    // 2026-12-05 is a Saturday, 2026-12-07 a Monday.
    const days = ['2026-12-05', '2026-12-06', '2026-12-07'];
    const count = (weekday: number, variant: number) =>
      plans.find((p) => p.weekday === weekday && p.variant === variant)!.bookings.length;
    const expected = [0, 1].reduce(
      (sum, r) =>
        sum + count(6, variantOf(r, 0, 4)) + count(7, variantOf(r, 1, 4)) + count(1, variantOf(r, 2, 4)),
      0,
    );
    expect(expectedBookings(plans, 2, days)).toBe(expected);
  });

  it('dates the book: history up to yesterday, then the days ahead from tomorrow, never today', () => {
    const now = Date.parse('2026-12-03T10:00:00Z');
    expect(scaleDates(5, 2, now)).toEqual([
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
      '2026-12-04',
      '2026-12-05',
    ]);
    expect(scaleDates(2, 7, now)).toEqual(['2026-12-04', '2026-12-05']);
  });
});
