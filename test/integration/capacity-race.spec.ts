/**
 * Invariants 2 and 3 under concurrency, through the whole stack: many clients at once, then SQL
 * checks that no table is taken twice for overlapping times and no pacing interval is over its
 * limit.
 */
import { randomBytes } from 'node:crypto';
import type { PrismaClient } from '@tablekeeper/db';
import { createTestRestaurant, type TestRestaurant } from '../support/fixtures';
import { apiClient, eventually, type ApiCall } from '../support/http';
import { startTestStack, type TestStack } from '../support/test-stack';

jest.setTimeout(180_000);

let stack: TestStack;
let api: ApiCall;

beforeAll(async () => {
  // The bursts here test the database's guarantees, so admission control lets all of them in at
  // once (its own shedding is tested in admission-control.spec.ts).
  stack = await startTestStack({
    answerDeadlineMs: 90_000,
    config: {
      admission: { reads: 1_000, writes: 1_000, admin: 1_000, queueFactor: 1, queueTimeoutMs: 60_000 },
    },
  });
  api = apiClient(stack.baseUrl);
});
afterAll(async () => {
  await stack?.stop();
});

function day(offsetDays: number): string {
  return new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

async function overlappingAssignments(prisma: PrismaClient, restaurantId: string): Promise<number> {
  const rows = await prisma.$queryRaw<{ n: bigint }[]>`
    SELECT COUNT(*)::bigint AS n
    FROM table_assignments a JOIN table_assignments b
      ON a.table_id = b.table_id AND a.id < b.id
     AND tstzrange(a.starts_at, a.ends_at) && tstzrange(b.starts_at, b.ends_at)
    JOIN dining_tables t ON t.id = a.table_id
    WHERE t.restaurant_id = ${restaurantId}::uuid AND a.released_at IS NULL AND b.released_at IS NULL`;
  return Number(rows[0].n);
}

/** Pacing intervals whose live bookings exceed the rule. */
async function slotsOverPacing(prisma: PrismaClient, restaurantId: string): Promise<unknown[]> {
  return prisma.$queryRaw`
    SELECT b.pacing_slot_start, SUM(b.party_size) AS covers, COUNT(*) AS parties
    FROM bookings b JOIN capacity_rules r ON r.restaurant_id = b.restaurant_id
    WHERE b.restaurant_id = ${restaurantId}::uuid
      AND b.status IN ('held', 'capacity_verified', 'assigned', 'manual_review', 'confirmed', 'checked_in')
      AND NOT (b.status = 'held' AND b.hold_expires_at <= now())
    GROUP BY b.pacing_slot_start, r.max_covers, r.max_parties
    HAVING SUM(b.party_size) > r.max_covers OR COUNT(*) > r.max_parties`;
}

function post(
  r: TestRestaurant,
  path: string,
  startsAt: string,
  partySize: number,
  key = randomBytes(8).toString('hex'),
) {
  return api<{ id: string; status: string; code?: string; alternatives?: unknown[] }>('POST', path, {
    key: r.apiKey,
    idempotencyKey: key,
    body: { restaurantId: r.id, partySize, startsAt, guest: { name: `Guest ${key}` } },
  });
}

it('100 concurrent requests for the last capacity of one slot: exactly as many succeed as fit', async () => {
  const r = await createTestRestaurant(stack.prisma, {
    tables: [1, 2, 3, 4, 5].map((n) => ({ label: `T${n}`, zone: 'Main', min: 1, max: 2 })),
    combinations: [],
    // Pacing binds before tables do: 8 covers may start per 15 minutes, and one party of 2 already has.
    pacing: { intervalMinutes: 15, maxCovers: 8, maxParties: 10 },
  });
  const startsAt = `${day(2)}T19:00:00+00:00`;
  expect((await post(r, '/v1/bookings', startsAt, 2)).status).toBe(201);

  const responses = await Promise.all(
    Array.from({ length: 100 }, () => post(r, '/v1/bookings', startsAt, 2)),
  );
  const statuses = responses.map((x) => x.status);
  expect(statuses.filter((s) => s === 201)).toHaveLength(3);
  expect(statuses.filter((s) => s === 409)).toHaveLength(97);
  for (const refused of responses.filter((x) => x.status === 409)) {
    expect(refused.body.code).toBe('no_capacity');
    expect(refused.body.alternatives!.length).toBeGreaterThan(0);
  }
  const placedNotConfirmed = responses
    .filter((x) => x.status === 201 && x.body.status !== 'confirmed')
    .map((x) => ({ id: x.body.id, status: x.body.status }));
  expect(placedNotConfirmed).toEqual([]);
  expect(await overlappingAssignments(stack.prisma, r.id)).toBe(0);
  expect(await slotsOverPacing(stack.prisma, r.id)).toEqual([]);
  expect(await stack.prisma.booking.count({ where: { restaurantId: r.id } })).toBe(4);
});

it('300 concurrent holds, bookings, confirms, cancels and expiries across 10 slots keep every invariant', async () => {
  const r = await createTestRestaurant(stack.prisma, {
    tables: [1, 2, 3, 4, 5, 6, 7, 8].map((n) => ({
      label: `T${n}`,
      zone: 'Main',
      min: 1,
      max: n <= 4 ? 2 : 4,
    })),
    combinations: [
      ['T5', 'T6'],
      ['T7', 'T8'],
    ],
    pacing: { intervalMinutes: 15, maxCovers: 8, maxParties: 3 },
    policy: { holdTtlSeconds: 4, defaultDurationSeconds: 3600 },
  });
  const date = day(3);
  const slotTimes = Array.from({ length: 10 }, (_, i) => {
    const minutes = 18 * 60 + i * 15;
    return `${date}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00+00:00`;
  });

  // Phase 1: 200 concurrent holds and bookings, parties of 1-4, over 10 overlapping slots.
  const phase1 = await Promise.all(
    Array.from({ length: 200 }, (_, i) => {
      const path = i % 2 === 0 ? '/v1/holds' : '/v1/bookings';
      return post(r, path, slotTimes[i % 10], 1 + (i % 4)).then((response) => ({ path, response }));
    }),
  );
  const phase1Unexpected = phase1
    .filter(({ response }) => ![201, 409].includes(response.status))
    .map(({ path, response }) => ({ path, status: response.status, body: response.body }));
  expect(phase1Unexpected).toEqual([]);
  const holds = phase1
    .filter((x) => x.path === '/v1/holds' && x.response.status === 201)
    .map((x) => x.response.body);
  const bookings = phase1
    .filter((x) => x.path === '/v1/bookings' && x.response.status === 201)
    .map((x) => x.response.body);
  expect(holds.length + bookings.length).toBeGreaterThan(10);
  expect(await overlappingAssignments(stack.prisma, r.id)).toBe(0);
  expect(await slotsOverPacing(stack.prisma, r.id)).toEqual([]);

  // Phase 2, concurrently: confirm a third of the holds, cancel a third (the rest expire), cancel
  // every other booking, and 100 more requests competing for whatever frees up.
  const confirmed = holds.filter((_, i) => i % 3 === 0);
  const cancelledHolds = holds.filter((_, i) => i % 3 === 1);
  const cancelledBookings = bookings.filter((_, i) => i % 2 === 0);
  const phase2 = await Promise.all([
    ...confirmed.map((h) => api('POST', `/v1/holds/${h.id}/confirm`, { key: r.apiKey })),
    ...cancelledHolds.map((h) =>
      api('POST', `/v1/bookings/${h.id}/cancel`, { key: r.apiKey, body: { reason: 'race' } }),
    ),
    ...cancelledBookings.map((b) =>
      api('POST', `/v1/bookings/${b.id}/cancel`, { key: r.apiKey, body: { reason: 'race' } }),
    ),
    ...Array.from(
      { length: 300 - 200 - confirmed.length - cancelledHolds.length - cancelledBookings.length },
      (_, i) => post(r, '/v1/bookings', slotTimes[(i * 3) % 10], 1 + (i % 3)),
    ),
  ]);
  // A confirm can lose to its own hold's expiry (409); nothing may fail with a server error.
  const phase2Unexpected = phase2
    .filter((x) => ![200, 201, 409].includes(x.status))
    .map((x) => ({ status: x.status, body: x.body }));
  expect(phase2Unexpected).toEqual([]);

  await eventually(
    async () =>
      (await stack.prisma.booking.count({ where: { restaurantId: r.id, status: 'held' } })) === 0
        ? true
        : undefined,
    30_000,
    250,
  );
  expect(await overlappingAssignments(stack.prisma, r.id)).toBe(0);
  expect(await slotsOverPacing(stack.prisma, r.id)).toEqual([]);

  const rows = await stack.prisma.booking.findMany({ where: { restaurantId: r.id } });
  const byId = new Map(rows.map((b) => [b.id, b.status]));
  const accepted =
    phase1.filter((x) => x.response.status === 201).length + phase2.filter((x) => x.status === 201).length;
  // No duplicates: exactly one row per accepted request.
  expect(rows).toHaveLength(accepted);
  for (const b of cancelledBookings) expect(byId.get(b.id)).toBe('cancelled');
  for (const h of cancelledHolds) expect(['cancelled', 'expired']).toContain(byId.get(h.id));
  for (const h of holds.filter((_, i) => i % 3 === 2)) expect(byId.get(h.id)).toBe('expired');
  for (const h of confirmed) expect(['confirmed', 'expired']).toContain(byId.get(h.id));
  const unsettled = rows
    .filter((b) => !['confirmed', 'cancelled', 'expired', 'manual_review'].includes(b.status))
    .map((b) => ({ id: b.id, status: b.status }));
  expect(unsettled).toEqual([]);
  // Released tables of ended bookings: only live bookings hold tables.
  const liveOfEnded = await stack.prisma.tableAssignment.count({
    where: { releasedAt: null, booking: { restaurantId: r.id, status: { in: ['cancelled', 'expired'] } } },
  });
  expect(liveOfEnded).toBe(0);
});
