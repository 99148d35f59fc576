/**
 * Invariants 2 and 3 when bookings move: concurrent changes and new bookings racing for one slot,
 * and two bookings swapping into each other's times, through the whole stack; then SQL checks that
 * no table is taken twice for overlapping times and no pacing interval is over its limit.
 */
import { randomBytes } from 'node:crypto';
import type { PrismaClient } from '@tablekeeper/db';
import { createTestRestaurant, type TestRestaurant } from '../support/fixtures';
import { apiClient, type ApiCall } from '../support/http';
import { startTestStack, type TestStack } from '../support/test-stack';

jest.setTimeout(180_000);

let stack: TestStack;
let api: ApiCall;

beforeAll(async () => {
  // The bursts test the database's guarantees: admission control lets all of them in at once.
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

type Answer = { id: string; status: string; startsAt: string; code?: string; tables: string[] };

const day = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

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
    GROUP BY b.pacing_slot_start, r.max_covers, r.max_parties
    HAVING SUM(b.party_size) > r.max_covers OR COUNT(*) > r.max_parties`;
}

/** Every live booking's table assignments are at its own time (a swap never leaves a stale row). */
async function assignmentsOffTheirBooking(prisma: PrismaClient, restaurantId: string): Promise<number> {
  const rows = await prisma.$queryRaw<{ n: bigint }[]>`
    SELECT COUNT(*)::bigint AS n FROM table_assignments ta JOIN bookings b ON b.id = ta.booking_id
    WHERE b.restaurant_id = ${restaurantId}::uuid AND ta.released_at IS NULL AND ta.modification_id IS NULL
      AND (ta.starts_at <> b.starts_at OR ta.ends_at <> b.ends_at)`;
  return Number(rows[0].n);
}

function book(r: TestRestaurant, startsAt: string, partySize = 2) {
  return api<Answer>('POST', '/v1/bookings', {
    key: r.apiKey,
    idempotencyKey: randomBytes(8).toString('hex'),
    body: { restaurantId: r.id, partySize, startsAt, guest: { name: 'Racer' } },
  });
}

function move(r: TestRestaurant, id: string, startsAt: string) {
  return api<Answer>('PATCH', `/v1/bookings/${id}`, {
    key: r.apiKey,
    idempotencyKey: randomBytes(8).toString('hex'),
    body: { startsAt },
  });
}

it('50 concurrent changes and new bookings for one slot: no table twice, no pacing excess', async () => {
  const r = await createTestRestaurant(stack.prisma, {
    tables: [1, 2, 3, 4, 5, 6].map((n) => ({ label: `T${n}`, zone: 'Main', min: 1, max: 2 })),
    combinations: [],
    // Pacing binds before tables do at 19:00: 4 parties of 2 may start per 15 minutes.
    pacing: { intervalMinutes: 15, maxCovers: 8, maxParties: 10 },
    policy: { defaultDurationSeconds: 3600 },
  });
  const date = day(2);
  const target = `${date}T19:00:00+00:00`;
  // 25 bookings spread over the afternoon (4 per slot at most), each of which will try to move.
  const origins = Array.from({ length: 25 }, (_, i) => {
    const minutes = 12 * 60 + Math.floor(i / 4) * 75;
    return `${date}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00+00:00`;
  });
  const placed = await Promise.all(origins.map((at) => book(r, at)));
  expect(placed.map((p) => p.status)).toEqual(origins.map(() => 201));
  const before = new Map(placed.map((p) => [p.body.id, p.body.startsAt]));

  const race = await Promise.all([
    ...placed.map((p) =>
      move(r, p.body.id, target).then((response) => ({ kind: 'move', id: p.body.id, response })),
    ),
    ...Array.from({ length: 25 }, () =>
      book(r, target).then((response) => ({ kind: 'book', id: '', response })),
    ),
  ]);
  const unexpected = race
    .filter(({ kind, response }) => ![kind === 'move' ? 200 : 201, 409].includes(response.status))
    .map(({ kind, response }) => ({ kind, status: response.status, body: response.body }));
  expect(unexpected).toEqual([]);
  for (const { response } of race.filter((x) => x.response.status === 409)) {
    expect(response.body.code).toBe('no_capacity');
  }
  const won = race.filter((x) => x.response.status === 200 || x.response.status === 201);
  // Exactly as many as pacing lets start at 19:00, whoever they were.
  expect(won).toHaveLength(4);

  expect(await overlappingAssignments(stack.prisma, r.id)).toBe(0);
  expect(await slotsOverPacing(stack.prisma, r.id)).toEqual([]);
  expect(await assignmentsOffTheirBooking(stack.prisma, r.id)).toBe(0);
  // A refused change left its booking where it was, confirmed, with its table.
  const rows = await stack.prisma.booking.findMany({
    where: { id: { in: [...before.keys()] } },
    include: { assignments: { where: { releasedAt: null } } },
  });
  const moved = new Set(race.filter((x) => x.kind === 'move' && x.response.status === 200).map((x) => x.id));
  for (const row of rows) {
    expect({ id: row.id, status: row.status, tables: row.assignments.length }).toEqual({
      id: row.id,
      status: 'confirmed',
      tables: 1,
    });
    expect(row.startsAt.toISOString()).toBe(
      moved.has(row.id) ? new Date(target).toISOString() : before.get(row.id),
    );
  }
});

it('a booking moving into the time another frees at once cannot overbook the one table', async () => {
  const r = await createTestRestaurant(stack.prisma, {
    tables: [{ label: 'Solo', zone: 'Main', min: 1, max: 4 }],
    combinations: [],
    policy: { defaultDurationSeconds: 3600 },
  });
  const date = day(3);
  const at = (time: string) => `${date}T${time}:00+00:00`;
  const a = await book(r, at('18:00'));
  const b = await book(r, at('20:00'));
  expect([a.status, b.status]).toEqual([201, 201]);
  for (let round = 0; round < 6; round++) {
    // b leaves 20:00 for 17:00 (always free) while a asks for 20:00: a fits only if b's move
    // committed first, whichever order the restaurant lock lets them in.
    const [ra, rb] = await Promise.all([move(r, a.body.id, at('20:00')), move(r, b.body.id, at('17:00'))]);
    expect(rb.status).toBe(200);
    expect([200, 409]).toContain(ra.status);
    expect(await overlappingAssignments(stack.prisma, r.id)).toBe(0);
    expect(await assignmentsOffTheirBooking(stack.prisma, r.id)).toBe(0);
    const rows = await stack.prisma.booking.findMany({
      where: { restaurantId: r.id },
      orderBy: { startsAt: 'asc' },
    });
    expect(rows.map((x) => [x.id, x.startsAt.toISOString()])).toEqual([
      [b.body.id, new Date(at('17:00')).toISOString()],
      [a.body.id, new Date(ra.status === 200 ? at('20:00') : at('18:00')).toISOString()],
    ]);
    // Back to where they started, one after the other.
    expect((await move(r, a.body.id, at('18:00'))).status).toBe(200);
    expect((await move(r, b.body.id, at('20:00'))).status).toBe(200);
  }
  const rows = await stack.prisma.booking.findMany({ where: { restaurantId: r.id } });
  expect(rows.map((x) => x.status)).toEqual(['confirmed', 'confirmed']);
});
