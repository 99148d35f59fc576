import {
  applyTransition,
  canApply,
  findServiceWindow,
  fitsPacing,
  pacingSlotStart,
  planAssignments,
  targetStatus,
  type BookingAction,
  type BookingPolicy,
  type BookingRequest,
  type BookingSnapshot,
  type BookingStatus,
  type HoldOutcome,
  type TablePlan,
  InvalidTransitionError,
} from '../../domain/src';
import { Prisma } from './generated/prisma/client';
import type { PrismaClient, Tx } from './prisma-client.factory';
import { isExclusionViolation } from './postgres-errors';

/** Statuses whose booking still takes capacity (a hold only until its expiry). */
export const CAPACITY_TAKING_STATUSES: readonly BookingStatus[] = [
  'held',
  'capacity_verified',
  'assigned',
  'manual_review',
  'confirmed',
  'checked_in',
];
const RELEASING_STATUSES: readonly BookingStatus[] = ['cancelled', 'expired', 'rejected', 'no_show'];

const HOLD_TX_OPTIONS = { maxWait: 10_000, timeout: 15_000 } as const;
/** How long a one-shot booking's hold may take to reach confirmation before it lapses. */
const BOOKING_LEASE_SECONDS = 120;
const MAX_HOLD_ATTEMPTS = 3;

export interface TransitionCommand {
  readonly bookingId: string;
  readonly action: BookingAction;
  readonly actor: string;
  readonly reason?: string;
  readonly data?: Prisma.InputJsonValue;
  /** On `approve` only: staff seat the party at these tables instead of the engine's choice. */
  readonly tableIds?: readonly string[];
}

/** Staff chose tables that cannot take the booking (unknown, blocked, too small or taken). */
export class TablesUnavailableError extends Error {
  readonly code = 'tables_unavailable';
  constructor(detail: string) {
    super(detail);
    this.name = 'TablesUnavailableError';
  }
}

export type VerifyOutcome = { ok: true; booking: BookingSnapshot } | { ok: false; reason: 'hold_expired' };
export type AssignOutcome =
  | { assigned: true; booking: BookingSnapshot; plan: ChosenPlan | null }
  | { assigned: false; booking: BookingSnapshot; reason: string };

/** The engine's pick, with how many candidate sets it weighed (kept in the booking's history). */
export type ChosenPlan = TablePlan & { readonly candidatesConsidered: number };

type BookingRow = Prisma.BookingGetPayload<{ include: { assignments: { include: { table: true } } } }>;

const withLiveTables = {
  assignments: { where: { releasedAt: null }, include: { table: true } },
} satisfies Prisma.BookingInclude;

export function toSnapshot(row: BookingRow): BookingSnapshot {
  return {
    id: row.id,
    workflowId: row.workflowId,
    restaurantId: row.restaurantId,
    status: row.status,
    partySize: row.partySize,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    holdExpiresAt: row.holdExpiresAt?.toISOString() ?? null,
    tables: row.assignments
      .map((a) => a.table.label)
      .sort((a, b) => a.localeCompare(b, 'en', { numeric: true })),
    reviewReason: row.reviewReason,
    closeReason: row.closeReason,
    version: row.version,
  };
}

/**
 * Writes of the booking lifecycle. Every status change is one transaction that also appends the
 * booking event and the outbox event, so the record never shows a change without its history.
 *
 * Race safety: every write that takes capacity (a hold, a late table assignment) first takes a
 * transaction-scoped advisory lock on the restaurant, so pacing counts and free-table reads cannot
 * interleave. The exclusion constraint on table_assignments is the backstop that makes a double
 * booking impossible even if a code path forgot the lock; a violation retries the whole
 * transaction a bounded number of times.
 */
export class BookingRepository {
  constructor(private readonly prisma: PrismaClient) {}

  async holdBooking(req: BookingRequest, now: Date = new Date()): Promise<HoldOutcome> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.prisma.$transaction((tx) => this.holdInTx(tx, req, now), HOLD_TX_OPTIONS);
      } catch (error) {
        if (!isExclusionViolation(error) || attempt >= MAX_HOLD_ATTEMPTS) throw error;
      }
    }
  }

  private async holdInTx(tx: Tx, req: BookingRequest, now: Date): Promise<HoldOutcome> {
    const existing = await tx.booking.findUnique({ where: { id: req.bookingId }, include: withLiveTables });
    if (existing) {
      const restaurant = await tx.restaurant.findUniqueOrThrow({ where: { id: existing.restaurantId } });
      return { ok: true, booking: toSnapshot(existing), policy: policyOf(restaurant) };
    }
    const restaurant = await tx.restaurant.findUnique({
      where: { id: req.restaurantId },
      include: { servicePeriods: true, capacityRules: true },
    });
    if (!restaurant) return { ok: false, code: 'restaurant_not_found', detail: 'Restaurant not found' };
    if (req.partySize < restaurant.minPartySize || req.partySize > restaurant.maxPartySize) {
      return {
        ok: false,
        code: 'party_size_out_of_range',
        detail: `Party size must be between ${restaurant.minPartySize} and ${restaurant.maxPartySize}`,
      };
    }
    await lockRestaurant(tx, restaurant.id);

    const startsAt = new Date(req.startsAt);
    const endsAt = new Date(startsAt.getTime() + restaurant.defaultDurationSeconds * 1000);
    const window = findServiceWindow(
      startsAt,
      endsAt,
      restaurant.timezone,
      restaurant.servicePeriods,
      restaurant.mustEndByClose,
    );
    if (!window) {
      return {
        ok: false,
        code: 'restaurant_closed',
        detail: 'The restaurant does not take bookings at that time',
      };
    }
    const rule =
      restaurant.capacityRules.find((r) => r.servicePeriodId === window.id) ??
      restaurant.capacityRules.find((r) => r.servicePeriodId === null);
    const slotStart = pacingSlotStart(
      startsAt,
      restaurant.timezone,
      rule?.intervalMinutes ?? restaurant.slotIntervalMinutes,
    );

    await releaseLapsedHolds(tx, restaurant.id, now);
    const load = await slotLoad(tx, restaurant.id, slotStart, now);
    if (!fitsPacing(load, req.partySize, rule)) {
      return { ok: false, code: 'no_capacity', detail: 'That time is fully booked' };
    }

    const plan = await this.choosePlan(
      tx,
      restaurant.id,
      req.partySize,
      startsAt,
      endsAt,
      req.seatingPreference,
    );
    if (plan === 'all_taken') {
      return { ok: false, code: 'no_capacity', detail: 'No table is free for that party at that time' };
    }

    const guest = await tx.guest.create({
      data: {
        restaurantId: restaurant.id,
        name: req.guest.name,
        phone: req.guest.phone ?? null,
        email: req.guest.email ?? null,
      },
    });
    // A hold waits for its client for the restaurant's hold TTL. A one-shot booking goes straight
    // on, so its hold is only a lease that frees the capacity if the workflow never gets further.
    const holdSeconds =
      req.mode === 'hold'
        ? restaurant.holdTtlSeconds
        : Math.max(restaurant.holdTtlSeconds, BOOKING_LEASE_SECONDS);
    const holdExpiresAt = new Date(now.getTime() + holdSeconds * 1000);
    await tx.booking.create({
      data: {
        id: req.bookingId,
        restaurantId: restaurant.id,
        guestId: guest.id,
        apiKeyId: req.apiKeyId,
        status: 'held',
        partySize: req.partySize,
        startsAt,
        endsAt,
        pacingSlotStart: slotStart,
        holdExpiresAt,
        channel: req.channel,
        notes: req.notes ?? null,
        seatingPreference: req.seatingPreference ?? null,
        idempotencyKey: req.idempotencyKey,
        requestFingerprint: req.requestFingerprint,
        workflowId: req.workflowId,
      },
    });
    if (plan) {
      await tx.tableAssignment.createMany({
        data: plan.tableIds.map((tableId) => ({
          bookingId: req.bookingId,
          tableId,
          startsAt,
          endsAt,
          kind: 'held',
        })),
      });
    }
    const planData = plan ? describePlan(plan) : { strategy: 'none', reason: 'no_table_set_fits_party' };
    await appendEvent(tx, req.bookingId, null, 'held', req.actor, 'hold_taken', { plan: planData });
    await enqueueOutbox(tx, req.bookingId, 'booking.held', `${req.bookingId}:held`, { status: 'held' });

    const row = await tx.booking.findUniqueOrThrow({ where: { id: req.bookingId }, include: withLiveTables });
    return { ok: true, booking: toSnapshot(row), policy: policyOf(restaurant) };
  }

  /**
   * The best free table set, `null` when no table set could ever seat the party (it is held on
   * pacing alone and goes to manual review), or 'all_taken' when sets exist but none is free.
   */
  private async choosePlan(
    tx: Tx,
    restaurantId: string,
    partySize: number,
    startsAt: Date,
    endsAt: Date,
    seatingPreference?: string | null,
  ): Promise<ChosenPlan | null | 'all_taken'> {
    const tables = await tx.diningTable.findMany({
      where: { restaurantId, active: true },
      include: { zone: true },
    });
    const combos = await tx.tableCombination.findMany({ where: { table: { restaurantId } } });
    const combinable = combos.map((c) => [c.tableId, c.partnerTableId] as const);
    const busy = await busyTableIds(tx, restaurantId, startsAt, endsAt);
    const preferredZoneId = seatingPreference
      ? tables.find((t) => t.zone.name.toLowerCase() === seatingPreference.toLowerCase())?.zoneId
      : undefined;
    const free = planAssignments({
      partySize,
      tables: tables.filter((t) => !busy.has(t.id)),
      combinable,
      preferredZoneId,
    });
    if (free.plans.length > 0) return { ...free.plans[0], candidatesConsidered: free.candidatesConsidered };
    const anyAtAll = planAssignments({ partySize, tables, combinable });
    return anyAtAll.plans.length > 0 ? 'all_taken' : null;
  }

  /**
   * held -> capacity_verified, unless the hold lapsed in the meantime. Runs under the restaurant
   * lock, so it cannot interleave with another hold sweeping this one's tables after expiry.
   */
  async verifyCapacity(bookingId: string, actor: string, now: Date = new Date()): Promise<VerifyOutcome> {
    return this.prisma.$transaction(async (tx) => {
      const { restaurantId } = await tx.booking.findUniqueOrThrow({
        where: { id: bookingId },
        select: { restaurantId: true },
      });
      await lockRestaurant(tx, restaurantId);
      const row = await tx.booking.findUniqueOrThrow({ where: { id: bookingId }, include: withLiveTables });
      if (row.status !== 'held') return { ok: true as const, booking: toSnapshot(row) };
      const swept = await tx.tableAssignment.count({ where: { bookingId, releasedAt: { not: null } } });
      if ((row.holdExpiresAt && row.holdExpiresAt <= now) || swept > 0)
        return { ok: false as const, reason: 'hold_expired' as const };
      const booking = await this.transitionInTx(tx, {
        bookingId,
        action: 'verify_capacity',
        actor,
        reason: 'pacing_and_tables_held',
      });
      return { ok: true as const, booking };
    }, HOLD_TX_OPTIONS);
  }

  /**
   * capacity_verified -> assigned: the tables held with the booking become its assignment. A party
   * held without tables (no set could seat it) is planned again now; if still nothing fits it goes
   * to manual review with the reason staff will see.
   */
  async assignTables(bookingId: string, actor: string): Promise<AssignOutcome> {
    return this.prisma.$transaction(async (tx) => {
      const row = await tx.booking.findUniqueOrThrow({ where: { id: bookingId }, include: withLiveTables });
      if (row.status !== 'capacity_verified') {
        // A retry after the first attempt committed.
        return row.status === 'manual_review'
          ? { assigned: false, booking: toSnapshot(row), reason: row.reviewReason ?? 'manual_review' }
          : { assigned: true, booking: toSnapshot(row), plan: null };
      }
      await lockRestaurant(tx, row.restaurantId);
      let plan: ChosenPlan | null = null;
      if (row.assignments.length === 0) {
        const candidate = await this.choosePlan(
          tx,
          row.restaurantId,
          row.partySize,
          row.startsAt,
          row.endsAt,
        );
        if (!candidate || candidate === 'all_taken') {
          const reason = candidate ? 'no_table_free' : 'no_table_set_fits_party';
          const booking = await this.transitionInTx(tx, {
            bookingId,
            action: 'send_to_review',
            actor,
            reason,
          });
          return { assigned: false, booking, reason };
        }
        plan = candidate;
        await tx.tableAssignment.createMany({
          data: plan.tableIds.map((tableId) => ({
            bookingId,
            tableId,
            startsAt: row.startsAt,
            endsAt: row.endsAt,
            kind: 'assigned',
          })),
        });
      } else {
        await tx.tableAssignment.updateMany({
          where: { bookingId, releasedAt: null },
          data: { kind: 'assigned' },
        });
      }
      const tables = plan ? plan.labels : row.assignments.map((a) => a.table.label);
      const booking = await this.transitionInTx(tx, {
        bookingId,
        action: 'assign_tables',
        actor,
        reason: 'tables_assigned',
        data: plan ? { plan: describePlan(plan) } : { tables: [...tables] },
      });
      return { assigned: true, booking, plan };
    }, HOLD_TX_OPTIONS);
  }

  async transition(command: TransitionCommand): Promise<BookingSnapshot> {
    if (command.action === 'approve' && command.tableIds?.length) {
      return this.prisma.$transaction((tx) => this.approveAtTablesInTx(tx, command), HOLD_TX_OPTIONS);
    }
    return this.prisma.$transaction((tx) => this.transitionInTx(tx, command));
  }

  /**
   * manual_review -> confirmed at the tables staff picked. Under the restaurant lock, like every
   * write that takes capacity: the tables are checked free, the engine's tables are released and
   * the chosen ones assigned, all with the status change.
   */
  private async approveAtTablesInTx(tx: Tx, command: TransitionCommand): Promise<BookingSnapshot> {
    const row = await tx.booking.findUniqueOrThrow({ where: { id: command.bookingId } });
    if (row.status !== 'manual_review') return this.transitionInTx(tx, command);
    await lockRestaurant(tx, row.restaurantId);
    await releaseLapsedHolds(tx, row.restaurantId, new Date());
    const tables = await checkTableChoice(tx, row, command.tableIds ?? []);
    await tx.tableAssignment.updateMany({
      where: { bookingId: row.id, releasedAt: null },
      data: { releasedAt: new Date() },
    });
    await tx.tableAssignment.createMany({
      data: tables.map((t) => ({
        bookingId: row.id,
        tableId: t.id,
        startsAt: row.startsAt,
        endsAt: row.endsAt,
        kind: 'assigned',
      })),
    });
    const { tableIds: _chosen, ...rest } = command;
    return this.transitionInTx(tx, {
      ...rest,
      data: { tables: tables.map((t) => t.label), chosenBy: 'staff' },
    });
  }

  /**
   * One status change with its event and outbox row. Idempotent: a retried activity whose first
   * attempt committed finds the booking already in the target status and returns it unchanged.
   * The update is guarded by the row's version (optimistic lock), so two concurrent changes
   * cannot both apply.
   */
  private async transitionInTx(tx: Tx, command: TransitionCommand): Promise<BookingSnapshot> {
    const row = await tx.booking.findUniqueOrThrow({ where: { id: command.bookingId } });
    const to = applyTransitionOrReplay(command.action, row.status);
    if (to === 'replay') {
      const current = await tx.booking.findUniqueOrThrow({ where: { id: row.id }, include: withLiveTables });
      return toSnapshot(current);
    }
    const closing = RELEASING_STATUSES.includes(to) || to === 'completed';
    const updated = await tx.booking.updateMany({
      where: { id: row.id, version: row.version },
      data: {
        status: to,
        version: { increment: 1 },
        ...(to === 'manual_review' ? { reviewReason: command.reason ?? null } : {}),
        ...(closing && command.reason ? { closeReason: command.reason } : {}),
        ...(to !== 'held' ? { holdExpiresAt: null } : {}),
      },
    });
    if (updated.count !== 1) {
      throw new Error(`Booking ${row.id} changed concurrently (version ${row.version}); retry`);
    }
    if (RELEASING_STATUSES.includes(to)) {
      await tx.tableAssignment.updateMany({
        where: { bookingId: row.id, releasedAt: null },
        data: { releasedAt: new Date() },
      });
    }
    await appendEvent(
      tx,
      row.id,
      row.status,
      to,
      command.actor,
      command.reason ?? null,
      command.data ?? null,
    );
    await enqueueOutbox(tx, row.id, `booking.${to}`, `${row.id}:${to}`, {
      status: to,
      from: row.status,
      reason: command.reason ?? null,
    });
    const current = await tx.booking.findUniqueOrThrow({ where: { id: row.id }, include: withLiveTables });
    return toSnapshot(current);
  }

  /** A reminder that fell due: one outbox row per booking and lead time, however often retried. */
  async recordReminder(bookingId: string, leadSeconds: number, dueAt: string): Promise<void> {
    await this.prisma.outboxEvent.createMany({
      data: [
        {
          bookingId,
          type: 'booking.reminder_due',
          dedupeKey: `${bookingId}:reminder:${leadSeconds}`,
          payload: { leadSeconds, dueAt },
        },
      ],
      skipDuplicates: true,
    });
  }
}

/**
 * The tables staff chose for a booking, if they can take it: all of the restaurant, active, seating
 * the party together, and free for the booking's time (its own tables do not count as taken).
 * Throws TablesUnavailableError naming the problem otherwise. Used under the restaurant lock by the
 * approve path, and by the admin API to refuse a bad choice before it reaches the workflow.
 */
export async function checkTableChoice(
  db: Tx,
  booking: { id: string; restaurantId: string; partySize: number; startsAt: Date; endsAt: Date },
  tableIds: readonly string[],
): Promise<{ id: string; label: string }[]> {
  const wanted = [...new Set(tableIds)];
  const tables = await db.diningTable.findMany({
    where: { id: { in: wanted }, restaurantId: booking.restaurantId, active: true },
    select: { id: true, label: true, maxCovers: true },
  });
  if (wanted.length === 0 || tables.length !== wanted.length) {
    throw new TablesUnavailableError('Choose active tables of this restaurant');
  }
  const seats = tables.reduce((sum, t) => sum + t.maxCovers, 0);
  if (seats < booking.partySize) {
    throw new TablesUnavailableError(`Those tables seat ${seats}; the party is ${booking.partySize}`);
  }
  const taken = await db.$queryRaw<{ label: string }[]>`
    SELECT DISTINCT dt.label
    FROM table_assignments ta JOIN dining_tables dt ON dt.id = ta.table_id
    WHERE ta.table_id = ANY(${wanted}::uuid[]) AND ta.released_at IS NULL AND ta.booking_id <> ${booking.id}::uuid
      AND tstzrange(ta.starts_at, ta.ends_at, '[)') && tstzrange(${booking.startsAt}, ${booking.endsAt}, '[)')`;
  if (taken.length > 0) {
    const labels = taken.map((t) => t.label).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    throw new TablesUnavailableError(`${labels.join(', ')} ${labels.length > 1 ? 'are' : 'is'} taken then`);
  }
  return tables
    .map((t) => ({ id: t.id, label: t.label }))
    .sort((a, b) => a.label.localeCompare(b.label, 'en', { numeric: true }));
}

function applyTransitionOrReplay(action: BookingAction, status: BookingStatus): BookingStatus | 'replay' {
  if (canApply(action, status)) return applyTransition(action, status);
  // Already where this action leads: the earlier attempt committed.
  if (targetStatus(action) === status) return 'replay';
  throw new InvalidTransitionError(action, status);
}

export function policyOf(restaurant: {
  holdTtlSeconds: number;
  reminderLeadSeconds: number[];
  noShowGraceSeconds: number;
  manualReviewTimeoutSeconds: number;
  autoConfirmMaxPartySize: number;
}): BookingPolicy {
  return {
    holdTtlSeconds: restaurant.holdTtlSeconds,
    reminderLeadSeconds: [...restaurant.reminderLeadSeconds],
    noShowGraceSeconds: restaurant.noShowGraceSeconds,
    manualReviewTimeoutSeconds: restaurant.manualReviewTimeoutSeconds,
    autoConfirmMaxPartySize: restaurant.autoConfirmMaxPartySize,
  };
}

function describePlan(plan: ChosenPlan): Prisma.InputJsonObject {
  return {
    strategy: plan.strategy,
    score: plan.score,
    scoreBreakdown: { ...plan.scoreBreakdown },
    tables: [...plan.labels],
    seats: plan.seats,
    candidatesConsidered: plan.candidatesConsidered,
  };
}

async function lockRestaurant(tx: Tx, restaurantId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`restaurant:${restaurantId}`}, 0))`;
}

/**
 * A hold past its expiry never takes capacity, even if its workflow was terminated before it could
 * expire the hold: its tables are released here, under the restaurant lock.
 */
async function releaseLapsedHolds(tx: Tx, restaurantId: string, now: Date): Promise<void> {
  await tx.$executeRaw`
    UPDATE table_assignments ta SET released_at = ${now}
    FROM bookings b
    WHERE ta.booking_id = b.id AND ta.released_at IS NULL
      AND b.restaurant_id = ${restaurantId}::uuid AND b.status = 'held' AND b.hold_expires_at <= ${now}`;
}

async function slotLoad(
  tx: Tx,
  restaurantId: string,
  slotStart: Date,
  now: Date,
): Promise<{ covers: number; parties: number }> {
  const rows = await tx.$queryRaw<{ covers: bigint | null; parties: bigint }[]>`
    SELECT COALESCE(SUM(party_size), 0)::bigint AS covers, COUNT(*)::bigint AS parties
    FROM bookings
    WHERE restaurant_id = ${restaurantId}::uuid AND pacing_slot_start = ${slotStart}
      AND status::text = ANY(${[...CAPACITY_TAKING_STATUSES]}::text[])
      AND NOT (status = 'held' AND hold_expires_at <= ${now})`;
  return { covers: Number(rows[0]?.covers ?? 0), parties: Number(rows[0]?.parties ?? 0) };
}

async function busyTableIds(
  tx: Tx,
  restaurantId: string,
  startsAt: Date,
  endsAt: Date,
): Promise<Set<string>> {
  const rows = await tx.$queryRaw<{ table_id: string }[]>`
    SELECT DISTINCT ta.table_id::text AS table_id
    FROM table_assignments ta JOIN dining_tables dt ON dt.id = ta.table_id
    WHERE dt.restaurant_id = ${restaurantId}::uuid AND ta.released_at IS NULL
      AND tstzrange(ta.starts_at, ta.ends_at, '[)') && tstzrange(${startsAt}, ${endsAt}, '[)')`;
  return new Set(rows.map((r) => r.table_id));
}

async function appendEvent(
  tx: Tx,
  bookingId: string,
  from: BookingStatus | null,
  to: BookingStatus,
  actor: string,
  reason: string | null,
  data: Prisma.InputJsonValue | null,
): Promise<void> {
  await tx.bookingEvent.create({
    data: { bookingId, fromStatus: from, toStatus: to, actor, reason, data: data ?? Prisma.JsonNull },
  });
}

async function enqueueOutbox(
  tx: Tx,
  bookingId: string,
  type: string,
  dedupeKey: string,
  payload: Prisma.InputJsonObject,
): Promise<void> {
  await tx.outboxEvent.createMany({
    data: [{ bookingId, type, dedupeKey, payload: { bookingId, ...payload } }],
    skipDuplicates: true,
  });
}
