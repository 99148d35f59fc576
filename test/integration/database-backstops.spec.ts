/**
 * The database's own guards, made to fire: the exclusion constraint on table assignments and the
 * append-only trigger on booking events answer plain SQL that breaks them; a hold whose insert
 * meets the constraint (a writer that skipped the restaurant lock) is retried onto another table;
 * two staff approvals onto one table at once leave one booking on it.
 */
import { randomUUID } from 'node:crypto';
import { Client, DatabaseError } from 'pg';
import {
  BookingPlacementRepository,
  BookingStatusRepository,
  TablesUnavailableError,
  createPrismaClient,
  type PrismaClient,
} from '@tablekeeper/db';
import type { BookingRequest, BookingSnapshot } from '@tablekeeper/domain';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { createTestRestaurant, tomorrowAt, type TestRestaurant } from '../support/fixtures';
import { eventually } from '../support/http';

let db: TestDatabase;
let prisma: PrismaClient;
let placement: BookingPlacementRepository;
let statuses: BookingStatusRepository;
let sql: Client;

beforeAll(async () => {
  db = await createTestDatabase();
  prisma = createPrismaClient(db.url, { poolSize: 4 });
  placement = new BookingPlacementRepository(prisma);
  statuses = new BookingStatusRepository(prisma);
  sql = new Client({ connectionString: db.url });
  await sql.connect();
});
afterAll(async () => {
  await sql?.end();
  await prisma?.$disconnect();
  await db?.drop();
});

function request(restaurant: TestRestaurant, startsAt: string, partySize = 2): BookingRequest {
  const bookingId = randomUUID();
  return {
    bookingId,
    workflowId: `booking:backstop:${bookingId}`,
    restaurantId: restaurant.id,
    partySize,
    startsAt,
    guest: { name: 'Backstop' },
    channel: 'api',
    apiKeyId: null,
    idempotencyKey: bookingId,
    requestFingerprint: 'fp',
    mode: 'hold',
    actor: 'api:backstop',
  };
}

async function hold(restaurant: TestRestaurant, startsAt: string, partySize = 2): Promise<BookingSnapshot> {
  const outcome = await placement.holdBooking(request(restaurant, startsAt, partySize));
  if (!outcome.ok) throw new Error(`hold refused: ${outcome.code} ${outcome.detail}`);
  return outcome.booking;
}

/** The SQLSTATE a statement fails with, or null when it succeeds. */
async function sqlState(text: string, values: unknown[] = []): Promise<string | null> {
  try {
    await sql.query(text, values);
    return null;
  } catch (error) {
    if (error instanceof DatabaseError) return error.code ?? 'unknown';
    throw error;
  }
}

const EXCLUSION_VIOLATION = '23P01';
const RESTRICT_VIOLATION = '23001';

async function liveAssignment(bookingId: string) {
  const { rows } = await sql.query<{ id: string; table_id: string; starts_at: Date; ends_at: Date }>(
    'SELECT id, table_id, starts_at, ends_at FROM table_assignments WHERE booking_id = $1 AND released_at IS NULL',
    [bookingId],
  );
  expect(rows).toHaveLength(1);
  return rows[0];
}

describe('the exclusion constraint on table_assignments', () => {
  it('refuses a second live assignment of a table for an overlapping time, in plain SQL', async () => {
    const restaurant = await createTestRestaurant(prisma, {
      tables: [{ label: 'Solo', zone: 'Main', min: 1, max: 2 }],
      combinations: [],
      policy: { holdTtlSeconds: 3600 },
    });
    const early = await hold(restaurant, tomorrowAt(12));
    const late = await hold(restaurant, tomorrowAt(14));
    const a = await liveAssignment(early.id);
    const b = await liveAssignment(late.id);
    expect(b.table_id).toBe(a.table_id);

    const insert = `INSERT INTO table_assignments (id, booking_id, table_id, starts_at, ends_at, kind)
                    VALUES ($1, $2, $3, $4, $5, 'assigned')`;
    // Overlapping by half an hour, and moved onto the other's time: both refused.
    const halfHourIn = new Date(a.starts_at.getTime() + 30 * 60_000);
    expect(await sqlState(insert, [randomUUID(), late.id, a.table_id, halfHourIn, a.ends_at])).toBe(
      EXCLUSION_VIOLATION,
    );
    expect(
      await sqlState('UPDATE table_assignments SET starts_at = $2, ends_at = $3 WHERE id = $1', [
        b.id,
        a.starts_at,
        a.ends_at,
      ]),
    ).toBe(EXCLUSION_VIOLATION);

    // Its edges: back to back is no overlap ([) ranges), and a released assignment frees the time.
    expect(await sqlState(insert, [randomUUID(), late.id, a.table_id, a.ends_at, b.starts_at])).toBeNull();
    await sql.query('UPDATE table_assignments SET released_at = now() WHERE id = $1', [a.id]);
    expect(await sqlState(insert, [randomUUID(), late.id, a.table_id, a.starts_at, a.ends_at])).toBeNull();
  });
});

describe('the append-only trigger on booking_events', () => {
  it('refuses UPDATE and DELETE of an event in plain SQL, and leaves it as it was', async () => {
    const restaurant = await createTestRestaurant(prisma, { policy: { holdTtlSeconds: 3600 } });
    const booking = await hold(restaurant, tomorrowAt(10));
    const { rows: before } = await sql.query('SELECT * FROM booking_events WHERE booking_id = $1', [
      booking.id,
    ]);
    expect(before).toHaveLength(1);

    expect(
      await sqlState("UPDATE booking_events SET reason = 'rewritten' WHERE booking_id = $1", [booking.id]),
    ).toBe(RESTRICT_VIOLATION);
    expect(
      await sqlState("UPDATE booking_events SET actor = 'someone else' WHERE booking_id = $1", [booking.id]),
    ).toBe(RESTRICT_VIOLATION);
    expect(await sqlState('DELETE FROM booking_events WHERE booking_id = $1', [booking.id])).toBe(
      RESTRICT_VIOLATION,
    );
    const { rows: after } = await sql.query('SELECT * FROM booking_events WHERE booking_id = $1', [
      booking.id,
    ]);
    expect(after).toEqual(before);

    // Appending is what the table is for.
    expect(
      await sqlState(
        `INSERT INTO booking_events (booking_id, from_status, to_status, actor, reason)
         VALUES ($1, 'held', 'cancelled', 'staff:test', 'appended')`,
        [booking.id],
      ),
    ).toBeNull();
  });
});

describe('a hold that meets the exclusion constraint', () => {
  it('is retried and placed at the table that is still free', async () => {
    const restaurant = await createTestRestaurant(prisma, {
      tables: [
        { label: 'A1', zone: 'Main', min: 1, max: 2 },
        { label: 'A2', zone: 'Main', min: 1, max: 4 },
      ],
      combinations: [],
      policy: { holdTtlSeconds: 3600 },
    });
    const tables = await prisma.diningTable.findMany({ where: { restaurantId: restaurant.id } });
    const a1 = tables.find((t) => t.label === 'A1')!;
    const other = await hold(restaurant, tomorrowAt(6));
    const startsAt = tomorrowAt(20);
    const endsAt = new Date(Date.parse(startsAt) + 3600_000);

    // A writer that skipped the restaurant lock takes A1 for the same hour and has not committed:
    // the hold cannot see it, picks A1 (the best fit for two), and its insert waits on this row.
    const intruder = new Client({ connectionString: db.url });
    await intruder.connect();
    try {
      const {
        rows: [{ pid: intruderPid }],
      } = await intruder.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
      await intruder.query('BEGIN');
      await intruder.query(
        `INSERT INTO table_assignments (id, booking_id, table_id, starts_at, ends_at, kind)
         VALUES ($1, $2, $3, $4, $5, 'assigned')`,
        [randomUUID(), other.id, a1.id, new Date(startsAt), endsAt],
      );
      const placing = placement.holdBooking(request(restaurant, startsAt));
      await eventually(async () => {
        // The hold's statement, blocked by the intruder's row (its text can be longer than what
        // pg_stat_activity keeps of it, so it is found by whom it waits for).
        const { rows } = await sql.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM pg_stat_activity
           WHERE datname = current_database() AND $1 = ANY (pg_blocking_pids(pid))`,
          [intruderPid],
        );
        return rows[0].n > 0 ? true : undefined;
      });
      await intruder.query('COMMIT');

      const outcome = await placing;
      expect(outcome).toMatchObject({ ok: true, booking: { status: 'held', tables: ['A2'] } });
    } finally {
      await intruder.end();
    }
    const { rows: overlaps } = await sql.query(
      `SELECT a.id FROM table_assignments a JOIN table_assignments b
         ON a.table_id = b.table_id AND a.id < b.id
        AND tstzrange(a.starts_at, a.ends_at) && tstzrange(b.starts_at, b.ends_at)
       WHERE a.released_at IS NULL AND b.released_at IS NULL`,
    );
    expect(overlaps).toEqual([]);
  });
});

describe('two staff approvals onto one table at once', () => {
  it('seat one booking there and refuse the other with tables_unavailable', async () => {
    const restaurant = await createTestRestaurant(prisma, {
      tables: ['T1', 'T2', 'T3'].map((label) => ({ label, zone: 'Main', min: 1, max: 2 })),
      combinations: [],
      policy: { holdTtlSeconds: 3600 },
    });
    const target = (await prisma.diningTable.findMany({ where: { restaurantId: restaurant.id } })).find(
      (t) => t.label === 'T3',
    )!;
    // Two overlapping bookings waiting for review, each on its own held table.
    const inReview = async (startsAt: string) => {
      const booking = await hold(restaurant, startsAt);
      const actor = 'system:backstop-test';
      await statuses.transition({ bookingId: booking.id, action: 'verify_capacity', actor });
      await statuses.transition({ bookingId: booking.id, action: 'send_to_review', actor, reason: 'test' });
      return booking;
    };
    const first = await inReview(tomorrowAt(19));
    const second = await inReview(tomorrowAt(19, 30));

    const decisions = await Promise.allSettled(
      [first, second].map((b) =>
        statuses.transition({
          bookingId: b.id,
          action: 'approve',
          actor: 'staff:backstop@staff.test',
          tableIds: [target.id],
        }),
      ),
    );
    const approved = decisions.filter(
      (d): d is PromiseFulfilledResult<BookingSnapshot> => d.status === 'fulfilled',
    );
    const refused = decisions.filter((d): d is PromiseRejectedResult => d.status === 'rejected');
    expect(approved).toHaveLength(1);
    expect(approved[0].value).toMatchObject({ status: 'confirmed', tables: ['T3'] });
    expect(refused).toHaveLength(1);
    expect(refused[0].reason).toBeInstanceOf(TablesUnavailableError);

    const onTarget = await prisma.tableAssignment.findMany({
      where: { tableId: target.id, releasedAt: null },
    });
    expect(onTarget.map((a) => a.bookingId)).toEqual([approved[0].value.id]);
    const loser = [first, second].find((b) => b.id !== approved[0].value.id)!;
    const row = await prisma.booking.findUniqueOrThrow({ where: { id: loser.id } });
    expect(row.status).toBe('manual_review');
  });
});
