/**
 * The demo spread itself: books the plan (demo-bookings.plan.ts) for the demo restaurant through
 * the public API, so every booking runs the real workflow. Refuses to add to real data: only the
 * demo restaurant, and only when those days hold no booking the spread did not make.
 */
import { DateTime } from 'luxon';
import type { PrismaClient } from '@tablekeeper/db';
import { DEMO_HOURS, DEMO_RESTAURANT } from './demo-restaurant';
import { planDemoBookings, type PlannedDemoBooking } from './demo-bookings.plan';

const KEY_PREFIX = 'demo-spread:';
export const DEMO_SPREAD_DAYS_AHEAD = 3;

export type DemoSpreadResult =
  | { readonly made: false; readonly why: string }
  | {
      readonly made: true;
      readonly requests: number;
      readonly outcomes: ReadonlyMap<string, number>;
      readonly plan: readonly PlannedDemoBooking[];
    };

export async function makeDemoSpread(options: {
  prisma: PrismaClient;
  apiUrl: string;
  apiKey: string;
  now?: Date;
  slug?: string;
}): Promise<DemoSpreadResult> {
  const { prisma, apiUrl, apiKey } = options;
  const now = options.now ?? new Date();
  const restaurant = await prisma.restaurant.findUnique({
    where: { slug: options.slug ?? DEMO_RESTAURANT.slug },
  });
  if (!restaurant) return { made: false, why: `no ${options.slug ?? DEMO_RESTAURANT.slug} restaurant` };
  const from = DateTime.fromJSDate(now, { zone: restaurant.timezone }).startOf('day');
  const others = await prisma.booking.count({
    where: {
      restaurantId: restaurant.id,
      startsAt: { gte: from.toJSDate(), lt: from.plus({ days: DEMO_SPREAD_DAYS_AHEAD + 1 }).toJSDate() },
      NOT: { idempotencyKey: { startsWith: KEY_PREFIX } },
    },
  });
  if (others > 0) return { made: false, why: `${others} bookings not from the demo spread on those days` };
  const plan = planDemoBookings({
    now,
    timezone: restaurant.timezone,
    opensAt: DEMO_HOURS.opensAt,
    closesAt: DEMO_HOURS.closesAt,
    slotMinutes: restaurant.slotIntervalMinutes,
    daysAhead: DEMO_SPREAD_DAYS_AHEAD,
    autoConfirmMaxPartySize: restaurant.autoConfirmMaxPartySize,
    minNoticeMinutes: restaurant.minNoticeMinutes,
  });
  const outcomes = new Map<string, number>();
  for (const item of plan) {
    const response = await fetch(`${apiUrl}/v1/${item.kind === 'hold' ? 'holds' : 'bookings'}`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${apiKey}`,
        'content-type': 'application/json',
        'idempotency-key': item.idempotencyKey,
      },
      body: JSON.stringify({
        restaurantId: restaurant.id,
        partySize: item.partySize,
        startsAt: item.startsAt,
        guest: { name: item.guestName },
      }),
    });
    const body = (await response.json().catch(() => ({}))) as {
      id?: unknown;
      status?: unknown;
      code?: unknown;
    };
    // A slot another demo booking filled answers 409 no_capacity: the spread just has a gap there.
    let outcome = response.ok ? String(body.status) : String(body.code ?? response.status);
    if (item.seatOnArrival && body.status === 'confirmed' && typeof body.id === 'string') {
      // A rerun replays `confirmed` and the check-in answers 409: the party is seated already.
      const seat = await fetch(`${apiUrl}/v1/bookings/${body.id}/check-in`, {
        method: 'POST',
        headers: { authorization: `Bearer ${apiKey}`, 'idempotency-key': `${item.idempotencyKey}:seat` },
      });
      if (seat.ok) outcome = 'checked_in';
    }
    outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
  }
  return { made: true, requests: plan.length, outcomes, plan };
}
