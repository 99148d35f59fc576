import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { DEMO_RESTAURANT, demoRestaurantSetup } from '../../prisma/demo-restaurant';
import { ApiKeyRepository, migrate, upsertRestaurant, type PrismaClient } from '@tablekeeper/db';
import type { Prisma } from '@tablekeeper/db/generated/prisma/client';
import { fitsPacing, freeTables, pacingSlotStart, planAssignments, instantOf } from '@tablekeeper/domain';

/** Drops and recreates the benchmark database, then migrates it: every run starts from nothing. */
export async function freshDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = target.pathname.slice(1);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  await migrate(url);
}

export async function seedDemoRestaurant(
  prisma: PrismaClient,
  slug: string = DEMO_RESTAURANT.slug,
): Promise<{ restaurantId: string; apiKey: string }> {
  const restaurantId = await upsertRestaurant(prisma, demoRestaurantSetup(slug));
  const key = await new ApiKeyRepository(prisma).create({
    name: 'benchmark',
    restaurantIds: [restaurantId],
    scopes: ['availability:read', 'bookings:read', 'bookings:write', 'reviews:write'],
    // The benchmark measures the service, not the rate limiter's refusals.
    readsPerMinute: 1_000_000,
    writesPerMinute: 1_000_000,
  });
  return { restaurantId, apiKey: key.rawKey };
}

/** Local dates from tomorrow on, in the restaurant's timezone. */
export function upcomingDates(days: number): string[] {
  return Array.from({ length: days }, (_, i) =>
    new Date(Date.now() + (i + 1) * 86_400_000).toISOString().slice(0, 10),
  );
}

/**
 * Fills `days` days with confirmed bookings that respect the same rules the product enforces
 * (free tables by the assignment engine, pacing limits), written straight to Postgres: the
 * benchmark measures reads against a realistic book, not the booking path.
 */
export async function loadConfirmedBookings(
  prisma: PrismaClient,
  restaurantId: string,
  dates: readonly string[],
  perDay: number,
): Promise<number> {
  const restaurant = await prisma.restaurant.findUniqueOrThrow({
    where: { id: restaurantId },
    include: { tables: true, capacityRules: true },
  });
  const combos = await prisma.tableCombination.findMany({ where: { table: { restaurantId } } });
  const combinable = combos.map((c) => [c.tableId, c.partnerTableId] as const);
  const rule = restaurant.capacityRules[0];
  const durationMs = restaurant.defaultDurationSeconds * 1000;
  let total = 0;
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;

  for (const date of dates) {
    const taken: { tableId: string; start: number; end: number }[] = [];
    const loads = new Map<number, { covers: number; parties: number }>();
    const guests: { id: string; restaurantId: string; name: string; phone: string }[] = [];
    const bookings: Prisma.BookingCreateManyInput[] = [];
    const assignments: { bookingId: string; tableId: string; startsAt: Date; endsAt: Date; kind: string }[] =
      [];
    const events: {
      bookingId: string;
      fromStatus: null;
      toStatus: 'confirmed';
      actor: string;
      reason: string;
    }[] = [];
    for (let attempt = 0; attempt < perDay * 4 && bookings.length < perDay; attempt++) {
      const minute = 12 * 60 + Math.floor(random() * 37) * 15; // 12:00 .. 21:00
      const time = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
      const startsAt = instantOf(date, time, restaurant.timezone)!;
      const partySize = 1 + Math.floor(random() * 6);
      const slot = pacingSlotStart(startsAt, restaurant.timezone, rule.intervalMinutes).getTime();
      const load = loads.get(slot) ?? { covers: 0, parties: 0 };
      if (!fitsPacing(load, partySize, rule)) continue;
      const window = { start: startsAt.getTime(), end: startsAt.getTime() + durationMs };
      const plan = planAssignments({
        partySize,
        tables: freeTables(restaurant.tables, taken, window),
        combinable,
      }).plans[0];
      if (!plan) continue;
      loads.set(slot, { covers: load.covers + partySize, parties: load.parties + 1 });
      const id = randomUUID();
      const guestId = randomUUID();
      guests.push({
        id: guestId,
        restaurantId,
        name: `Bench guest ${total}`,
        phone: `+4477009${String(total).padStart(5, '0')}`,
      });
      bookings.push({
        id,
        restaurantId,
        guestId,
        status: 'confirmed',
        partySize,
        startsAt,
        endsAt: new Date(window.end),
        pacingSlotStart: new Date(slot),
        channel: 'web_widget',
        idempotencyKey: `bench-${id}`,
        requestFingerprint: 'bench',
        workflowId: `bench:${id}`,
      });
      for (const tableId of plan.tableIds) {
        taken.push({ tableId, ...window });
        assignments.push({
          bookingId: id,
          tableId,
          startsAt,
          endsAt: new Date(window.end),
          kind: 'assigned',
        });
      }
      events.push({
        bookingId: id,
        fromStatus: null,
        toStatus: 'confirmed',
        actor: 'bench:loader',
        reason: 'bulk_load',
      });
      total++;
    }
    await prisma.$transaction([
      prisma.guest.createMany({ data: guests }),
      prisma.booking.createMany({ data: bookings }),
      prisma.tableAssignment.createMany({ data: assignments }),
      prisma.bookingEvent.createMany({ data: events }),
    ]);
  }
  return total;
}

/**
 * `count` restaurants built like the demo one (20 tables in three zones, combinations, pacing
 * 30 covers / 6 parties per 15 minutes, open 12:00-22:30), every other one in another timezone,
 * and one API key that may book at all of them.
 */
export async function seedBenchRestaurants(
  prisma: PrismaClient,
  count: number,
  prefix = 'bench',
): Promise<{ restaurants: BenchRestaurant[]; apiKey: string; apiKeyId: string }> {
  const restaurants: BenchRestaurant[] = [];
  for (let i = 1; i <= count; i++) {
    const setup = demoRestaurantSetup(`${prefix}-${i}`);
    const timezone = i % 2 === 0 ? 'Europe/Paris' : setup.timezone;
    const id = await upsertRestaurant(prisma, { ...setup, timezone });
    restaurants.push({ id, timezone });
  }
  const key = await new ApiKeyRepository(prisma).create({
    name: `${prefix} load`,
    restaurantIds: restaurants.map((r) => r.id),
    scopes: ['availability:read', 'bookings:read', 'bookings:write', 'reviews:write'],
    readsPerMinute: 1_000_000,
    writesPerMinute: 1_000_000,
  });
  return { restaurants, apiKey: key.rawKey, apiKeyId: key.id };
}

export interface BenchRestaurant {
  readonly id: string;
  readonly timezone: string;
}
