import {
  applyTransition,
  canApply,
  findServiceWindow,
  fitsPacing,
  pacingSlotStart,
  oneShotPlacementSteps,
  planAssignments,
  reviewReasonFor,
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
import {
  applyStatusChange,
  insertBooking,
  lockRestaurant,
  lockRestaurantOfBooking,
  readBookingState,
  readFloorAndBooking,
  releaseLapsedHolds,
  readSlotLoadAndBusyTables,
  type BookingState,
  type RestaurantFloor,
} from './booking-statements';

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
    tables: row.assignments.map((a) => a.table.label).sort(byLabel),
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
    return this.takeHold(req, null, now);
  }

  /**
   * A one-shot booking in one transaction: the hold, then capacity verified, tables assigned and
   * confirmed (or sent to review), each step its own event with `placementActor` as its actor, as
   * if the steps had run one by one; nothing else can come between them, since the restaurant's
   * lock is held throughout. Idempotent like `holdBooking`: a retry answers the booking as it is.
   */
  async holdAndSettle(
    req: BookingRequest,
    placementActor: string,
    now: Date = new Date(),
  ): Promise<HoldOutcome> {
    return this.takeHold(req, placementActor, now);
  }

  private async takeHold(
    req: BookingRequest,
    placementActor: string | null,
    now: Date,
  ): Promise<HoldOutcome> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.prisma.$transaction(
          (tx) => this.holdInTx(tx, req, placementActor, now),
          HOLD_TX_OPTIONS,
        );
      } catch (error) {
        if (!isExclusionViolation(error) || attempt >= MAX_HOLD_ATTEMPTS) throw error;
      }
    }
  }

  private async holdInTx(
    tx: Tx,
    req: BookingRequest,
    placementActor: string | null,
    now: Date,
  ): Promise<HoldOutcome> {
    const { floor, existingStatus } = await readFloorAndBooking(tx, req.restaurantId, req.bookingId);
    if (existingStatus) {
      // A retried hold whose first attempt committed: answer what it made.
      const state = await readBookingState(tx, req.bookingId);
      const restaurant = await tx.restaurant.findUniqueOrThrow({
        where: { id: state!.snapshot.restaurantId },
      });
      return { ok: true, booking: state!.snapshot, policy: policyOf(restaurant) };
    }
    if (!floor) return { ok: false, code: 'restaurant_not_found', detail: 'Restaurant not found' };
    if (req.partySize < floor.minPartySize || req.partySize > floor.maxPartySize) {
      return {
        ok: false,
        code: 'party_size_out_of_range',
        detail: `Party size must be between ${floor.minPartySize} and ${floor.maxPartySize}`,
      };
    }

    const startsAt = new Date(req.startsAt);
    const endsAt = new Date(startsAt.getTime() + floor.defaultDurationSeconds * 1000);
    const window = findServiceWindow(
      startsAt,
      endsAt,
      floor.timezone,
      floor.servicePeriods,
      floor.mustEndByClose,
    );
    if (!window) {
      return {
        ok: false,
        code: 'restaurant_closed',
        detail: 'The restaurant does not take bookings at that time',
      };
    }
    const rule =
      floor.capacityRules.find((r) => r.servicePeriodId === window.id) ??
      floor.capacityRules.find((r) => r.servicePeriodId === null);
    const slotStart = pacingSlotStart(
      startsAt,
      floor.timezone,
      rule?.intervalMinutes ?? floor.slotIntervalMinutes,
    );

    await lockRestaurant(tx, floor.id);
    const state = await readSlotLoadAndBusyTables(tx, {
      restaurantId: floor.id,
      slotStart,
      startsAt,
      endsAt,
      now,
      capacityTaking: CAPACITY_TAKING_STATUSES,
    });
    if (!fitsPacing(state, req.partySize, rule)) {
      return { ok: false, code: 'no_capacity', detail: 'That time is fully booked' };
    }
    const plan = choosePlanOnFloor(floor, state.busy, req.partySize, req.seatingPreference);
    if (plan === 'all_taken') {
      return { ok: false, code: 'no_capacity', detail: 'No table is free for that party at that time' };
    }

    // A hold waits for its client for the restaurant's hold TTL. A one-shot booking goes straight
    // on, so its hold is only a lease that frees the capacity if the workflow never gets further
    // (workflows from before `holdAndSettle`; with it, the lease ends in this transaction).
    const holdSeconds =
      req.mode === 'hold' ? floor.holdTtlSeconds : Math.max(floor.holdTtlSeconds, BOOKING_LEASE_SECONDS);
    const holdExpiresAt = new Date(now.getTime() + holdSeconds * 1000);
    const policy = policyOf(floor);
    const labels = plan ? [...plan.labels].sort(byLabel) : [];
    const placement =
      placementActor === null
        ? []
        : oneShotPlacementSteps({
            hasTables: plan !== null,
            reviewReason: reviewReasonFor(req.partySize, policy),
          }).map((step) => ({ ...step, actor: placementActor }));
    const placed = await insertBooking(tx, {
      bookingId: req.bookingId,
      restaurantId: floor.id,
      guest: { name: req.guest.name, phone: req.guest.phone ?? null, email: req.guest.email ?? null },
      apiKeyId: req.apiKeyId,
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
      tableIds: plan?.tableIds ?? [],
      tableLabels: labels,
      actor: req.actor,
      eventData: {
        plan: plan ? describePlan(plan) : { strategy: 'none', reason: 'no_table_set_fits_party' },
      },
      placement,
      now,
    });
    const booking: BookingSnapshot = {
      id: req.bookingId,
      workflowId: req.workflowId,
      restaurantId: floor.id,
      status: placed.status,
      partySize: req.partySize,
      startsAt: startsAt.toISOString(),
      endsAt: endsAt.toISOString(),
      holdExpiresAt: placed.holdExpiresAt?.toISOString() ?? null,
      tables: labels,
      reviewReason: placed.reviewReason,
      closeReason: null,
      version: placed.version,
    };
    return { ok: true, booking, policy };
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
      await lockRestaurantOfBooking(tx, bookingId);
      const state = await readBookingState(tx, bookingId);
      if (!state) throw new Error(`Booking ${bookingId} not found`);
      if (state.snapshot.status !== 'held') return { ok: true as const, booking: state.snapshot };
      const lapsed =
        state.snapshot.holdExpiresAt !== null && Date.parse(state.snapshot.holdExpiresAt) <= now.getTime();
      if (lapsed || state.sweptTables > 0) return { ok: false as const, reason: 'hold_expired' as const };
      const booking = await this.changeFrom(tx, state, {
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
    const state = await readBookingState(this.prisma, bookingId);
    if (!state) throw new Error(`Booking ${bookingId} not found`);
    const row = state.snapshot;
    if (row.status !== 'capacity_verified') {
      // A retry after the first attempt committed.
      return row.status === 'manual_review'
        ? { assigned: false, booking: row, reason: row.reviewReason ?? 'manual_review' }
        : { assigned: true, booking: row, plan: null };
    }
    if (row.tables.length > 0) {
      // The tables held with the booking become its assignment. No capacity is taken, so no lock
      // is needed, and the change is one version-guarded statement: no transaction either.
      const booking = await this.changeFrom(
        this.prisma,
        state,
        {
          bookingId,
          action: 'assign_tables',
          actor,
          reason: 'tables_assigned',
          data: { tables: [...row.tables] },
        },
        { assignHeldTables: true },
      );
      return { assigned: true, booking, plan: null };
    }
    return this.planLateAssignment(bookingId, actor);
  }

  /** A party held without tables (no set could seat it then) is planned again, under the lock. */
  private async planLateAssignment(bookingId: string, actor: string): Promise<AssignOutcome> {
    return this.prisma.$transaction(async (tx) => {
      await lockRestaurantOfBooking(tx, bookingId);
      const state = await readBookingState(tx, bookingId);
      if (!state) throw new Error(`Booking ${bookingId} not found`);
      const row = state.snapshot;
      if (row.status !== 'capacity_verified' || row.tables.length > 0) {
        throw new Error(`Booking ${bookingId} changed concurrently (now ${row.status}); retry`);
      }
      const candidate = await this.choosePlan(
        tx,
        row.restaurantId,
        row.partySize,
        new Date(row.startsAt),
        new Date(row.endsAt),
      );
      if (!candidate || candidate === 'all_taken') {
        const reason = candidate ? 'no_table_free' : 'no_table_set_fits_party';
        const booking = await this.changeFrom(tx, state, {
          bookingId,
          action: 'send_to_review',
          actor,
          reason,
        });
        return { assigned: false, booking, reason };
      }
      await tx.tableAssignment.createMany({
        data: candidate.tableIds.map((tableId) => ({
          bookingId,
          tableId,
          startsAt: new Date(row.startsAt),
          endsAt: new Date(row.endsAt),
          kind: 'assigned',
        })),
      });
      const withTables: BookingState = {
        ...state,
        snapshot: { ...row, tables: [...candidate.labels].sort(byLabel) },
      };
      const booking = await this.changeFrom(tx, withTables, {
        bookingId,
        action: 'assign_tables',
        actor,
        reason: 'tables_assigned',
        data: { plan: describePlan(candidate) },
      });
      return { assigned: true, booking, plan: candidate };
    }, HOLD_TX_OPTIONS);
  }

  /** One version-guarded statement after one read: atomic without a transaction. */
  async transition(command: TransitionCommand): Promise<BookingSnapshot> {
    if (command.action === 'approve' && command.tableIds?.length) {
      return this.prisma.$transaction((tx) => this.approveAtTablesInTx(tx, command), HOLD_TX_OPTIONS);
    }
    return this.transitionInTx(this.prisma, command);
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
   */
  private async transitionInTx(tx: Tx, command: TransitionCommand): Promise<BookingSnapshot> {
    const state = await readBookingState(tx, command.bookingId);
    if (!state) throw new Error(`Booking ${command.bookingId} not found`);
    return this.changeFrom(tx, state, command);
  }

  /**
   * Applies `command` to the booking as read in `state`. The update is guarded by the version
   * read (optimistic lock), so two concurrent changes cannot both apply.
   */
  private async changeFrom(
    tx: Tx,
    state: BookingState,
    command: TransitionCommand,
    options: { assignHeldTables?: boolean } = {},
  ): Promise<BookingSnapshot> {
    const from = state.snapshot;
    const to = applyTransitionOrReplay(command.action, from.status);
    if (to === 'replay') return from;
    const snapshot = await applyStatusChange(tx, {
      from: state,
      to,
      actor: command.actor,
      reason: command.reason ?? null,
      data: command.data ?? null,
      reviewReason: to === 'manual_review',
      closeReason: RELEASING_STATUSES.includes(to) || to === 'completed',
      releaseTables: RELEASING_STATUSES.includes(to),
      assignHeldTables: options.assignHeldTables ?? false,
      now: new Date(),
    });
    if (!snapshot)
      throw new Error(`Booking ${from.id} changed concurrently (version ${from.version}); retry`);
    return snapshot;
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

const byLabel = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });

/**
 * The best free table set on a floor read in the same transaction, `null` when no table set
 * could ever seat the party (held on pacing alone, for manual review), or 'all_taken' when sets
 * exist but none is free.
 */
function choosePlanOnFloor(
  floor: RestaurantFloor,
  busy: ReadonlySet<string>,
  partySize: number,
  seatingPreference?: string | null,
): ChosenPlan | null | 'all_taken' {
  const preferredZoneId = seatingPreference
    ? floor.tables.find((t) => t.zoneName.toLowerCase() === seatingPreference.toLowerCase())?.zoneId
    : undefined;
  const free = planAssignments({
    partySize,
    tables: floor.tables.filter((t) => !busy.has(t.id)),
    combinable: floor.combinable,
    preferredZoneId,
  });
  if (free.plans.length > 0) return { ...free.plans[0], candidatesConsidered: free.candidatesConsidered };
  const anyAtAll = planAssignments({ partySize, tables: floor.tables, combinable: floor.combinable });
  return anyAtAll.plans.length > 0 ? 'all_taken' : null;
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
