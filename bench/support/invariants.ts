import type { PrismaClient } from '@tablekeeper/db';
import { CAPACITY_TAKING_STATUSES } from '@tablekeeper/domain';

export type Mode = 'hold' | 'book';

/** What the load sent (by Idempotency-Key) and what the service accepted (by booking id). */
export class Ledger {
  readonly sent = new Map<string, Mode>();
  readonly accepted = new Map<string, Mode>();
}

/** Where a booking may be once the load is over; a one-shot booking never rests before its answer. */
const EXPECTED: Record<Mode, readonly string[]> = {
  hold: ['held', 'expired', 'confirmed'],
  book: ['confirmed', 'manual_review'],
};

/**
 * Waits until no one-shot booking is still between hold and its outcome (requests cut off when a
 * load phase ended are still finishing); gives up after `timeoutMs`.
 */
export async function waitForSettled(
  prisma: PrismaClient,
  restaurantIds: readonly string[],
  ledger: Ledger,
  timeoutMs = 30_000,
  quietMs = 2_000,
): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const moving = await prisma.booking.findMany({
      where: {
        restaurantId: { in: [...restaurantIds] },
        status: { in: ['held', 'capacity_verified', 'assigned'] },
      },
      select: { idempotencyKey: true },
    });
    // Requests the load tool gave up on at the end of a run are still being placed: their
    // bookings appear, and move, after the tool stopped. Settled means none is moving and nothing
    // has been written for a while.
    const [{ last }] = await prisma.$queryRaw<{ last: Date | null }[]>`
      SELECT max(e.at) AS last FROM booking_events e JOIN bookings b ON b.id = e.booking_id
      WHERE b.restaurant_id = ANY(${[...restaurantIds]}::uuid[])`;
    const quiet = last === null || Date.now() - last.getTime() >= quietMs;
    if (quiet && !moving.some((b) => ledger.sent.get(b.idempotencyKey) === 'book')) {
      // An accepted booking whose workflow has not written its row yet (a worker restarting, a
      // backlog of tasks) moves nothing in Postgres either: wait for every accepted one to be there.
      const accepted = [...ledger.accepted.keys()];
      const settled = accepted.length
        ? await prisma.booking.count({
            where: {
              id: { in: accepted },
              status: { notIn: ['capacity_verified', 'assigned'] },
            },
          })
        : 0;
      if (settled >= accepted.length) return;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

export interface InvariantReport {
  readonly ok: boolean;
  readonly overlappingAssignments: number;
  readonly pacingExceeded: number;
  readonly duplicateBookings: number;
  /** Bookings in the database under an Idempotency-Key nobody sent. */
  readonly unaccountedBookings: number;
  /** Accepted answers with no booking behind them. */
  readonly missingBookings: number;
  /** One-shot bookings not confirmed / in manual review, holds not held / expired / confirmed. */
  readonly unexpectedStates: Record<string, number>;
  readonly checkedBookings: number;
}

/**
 * What must hold after any load, checked in SQL against what the service answered: no table
 * double-booked, no pacing slot over its limits, one booking per Idempotency-Key, and every
 * accepted booking where its mode says it should be.
 */
export async function checkInvariants(
  prisma: PrismaClient,
  scope: { restaurantIds: readonly string[]; ledger: Ledger },
): Promise<InvariantReport> {
  const { ledger } = scope;
  const ids = [...scope.restaurantIds];
  const { overlappingAssignments, pacingExceeded } = await checkTablesAndPacing(prisma, ids);
  const [{ duplicates }] = await prisma.$queryRaw<{ duplicates: bigint }[]>`
    SELECT COUNT(*)::bigint AS duplicates FROM (
      SELECT idempotency_key FROM bookings WHERE restaurant_id = ANY(${ids}::uuid[])
      GROUP BY api_key_id, idempotency_key HAVING COUNT(*) > 1
    ) d`;
  const rows = await prisma.booking.findMany({
    where: { restaurantId: { in: ids } },
    select: { id: true, status: true, idempotencyKey: true },
  });
  const found = new Set(rows.map((r) => r.id));
  const unexpectedStates: Record<string, number> = {};
  for (const row of rows) {
    const mode = ledger.sent.get(row.idempotencyKey);
    if (!mode) continue;
    if (!EXPECTED[mode].includes(row.status)) {
      const key = `${mode}:${row.status}`;
      unexpectedStates[key] = (unexpectedStates[key] ?? 0) + 1;
    }
  }
  const report = {
    overlappingAssignments,
    pacingExceeded,
    duplicateBookings: Number(duplicates),
    unaccountedBookings: rows.filter((r) => !ledger.sent.has(r.idempotencyKey)).length,
    missingBookings: [...ledger.accepted.keys()].filter((id) => !found.has(id)).length,
    unexpectedStates,
    checkedBookings: rows.length,
  };
  const ok =
    report.overlappingAssignments === 0 &&
    report.pacingExceeded === 0 &&
    report.duplicateBookings === 0 &&
    report.unaccountedBookings === 0 &&
    report.missingBookings === 0 &&
    Object.keys(unexpectedStates).length === 0;
  return { ok, ...report };
}

/**
 * The two invariants of a book however it was written (a load, or the scale seed): no table
 * assigned twice at once, no pacing slot over its covers or parties.
 */
export async function checkTablesAndPacing(
  prisma: PrismaClient,
  ids: readonly string[],
): Promise<{ overlappingAssignments: number; pacingExceeded: number }> {
  // A table's live assignments in start order: one overlaps another exactly when one overlaps the
  // next (a later start inside it is also after the next start), so comparing neighbours finds
  // every double booking in one sort, not a self-join (a scale book has millions of rows).
  const [{ overlapping }] = await prisma.$queryRaw<{ overlapping: bigint }[]>`
    SELECT COUNT(*)::bigint AS overlapping FROM (
      SELECT a.starts_at, max(a.ends_at) OVER (
               PARTITION BY a.table_id ORDER BY a.starts_at, a.id
               ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS busy_until
      FROM table_assignments a JOIN dining_tables t ON t.id = a.table_id
      WHERE t.restaurant_id = ANY(${[...ids]}::uuid[]) AND a.released_at IS NULL
    ) ordered WHERE busy_until > starts_at`;
  const now = new Date();
  const [{ exceeded }] = await prisma.$queryRaw<{ exceeded: bigint }[]>`
    SELECT COUNT(*)::bigint AS exceeded FROM (
      SELECT b.restaurant_id, b.pacing_slot_start, SUM(b.party_size) AS covers, COUNT(*) AS parties,
             MIN(r.max_covers) AS max_covers, MIN(r.max_parties) AS max_parties
      FROM bookings b JOIN capacity_rules r ON r.restaurant_id = b.restaurant_id
      WHERE b.restaurant_id = ANY(${[...ids]}::uuid[])
        AND b.status::text = ANY(${[...CAPACITY_TAKING_STATUSES]}::text[])
        AND NOT (b.status = 'held' AND b.hold_expires_at <= ${now})
      GROUP BY b.restaurant_id, b.pacing_slot_start
    ) slots WHERE covers > max_covers OR parties > max_parties`;
  return { overlappingAssignments: Number(overlapping), pacingExceeded: Number(exceeded) };
}
