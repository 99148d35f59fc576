import {
  CAPACITY_TAKING_STATUSES,
  PLACING_STATUSES,
  choosePlan,
  compareTableLabels,
  decideHold,
  holdLapsed,
  holdSlot,
  placementSteps,
  policyOf,
  type BookingRequest,
  type BookingSnapshot,
  type ChosenPlan,
  type HoldOutcome,
  type NoTablesReason,
  type SealedBookingRequest,
} from '@tablekeeper/domain';
import type { Prisma } from './generated/prisma/client';
import type { PrismaClient, Tx } from './prisma-client.factory';
import { isExclusionViolation } from './postgres-errors';
import {
  LOCKING_TX_OPTIONS,
  insertBooking,
  lockRestaurant,
  lockRestaurantOfBooking,
  readBookingState,
  readBusyTables,
  readFloorAndBooking,
  readSlotLoadAndBusyTables,
  type BookingState,
} from './booking-statements';
import { changeBooking } from './booking-status-change';
import { planGuestLink } from './guest-identity.statements';
import { openBookingRequestWith } from './guest-data-seal';

/** A request as the workflow sends it: the guest data may be sealed (guest-data-seal.ts). */
export type PlacementRequest = BookingRequest | SealedBookingRequest;

const MAX_HOLD_ATTEMPTS = 3;

/** Who takes a one-shot booking's placement steps, and whether it ends seated (a walk-in). */
export interface SettleOptions {
  readonly actor: string;
  readonly seat?: boolean;
}

/** Where a settled placement rests, and whether it freed or took capacity on the way. */
export interface SettledPlacement {
  readonly booking: BookingSnapshot;
  readonly capacityChanged: boolean;
}

/**
 * Placement: the hold, and the steps that take it to confirmed or to staff's review. The decisions
 * are libs/domain's (hold-decision.ts, placement.ts); this class reads what they need and writes
 * what they decided.
 *
 * Race safety: every write that takes capacity (a hold, a late table plan) first takes a
 * transaction-scoped advisory lock on the restaurant, so pacing counts and free-table reads cannot
 * interleave. The exclusion constraint on table_assignments is the backstop that makes a double
 * booking impossible even if a code path forgot the lock; a violation retries the whole
 * transaction a bounded number of times.
 */
export class BookingPlacementRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /** A hold alone: the booking rests `held` until its client confirms it (see settlePlacement). */
  async holdBooking(req: PlacementRequest, now: Date = new Date()): Promise<HoldOutcome> {
    return this.takeHold(req, null, now);
  }

  /**
   * A one-shot booking in one transaction: the hold, then capacity verified, tables assigned and
   * confirmed (or sent to review), each step its own event with `settle.actor` as its actor;
   * nothing else can come between them, since the restaurant's lock is held throughout. With
   * `settle.seat` (a walk-in) the confirmed booking is checked in as well, by the request's own
   * actor (the member of staff who seated the party). Idempotent like `holdBooking`: a retry
   * answers the booking as it is.
   */
  async holdAndSettle(
    req: PlacementRequest,
    settle: SettleOptions,
    now: Date = new Date(),
  ): Promise<HoldOutcome> {
    return this.takeHold(req, settle, now);
  }

  private async takeHold(
    req: PlacementRequest,
    settle: SettleOptions | null,
    now: Date,
  ): Promise<HoldOutcome> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.prisma.$transaction(
          (tx) => this.holdInTx(tx, req, settle, now),
          LOCKING_TX_OPTIONS,
        );
      } catch (error) {
        if (!isExclusionViolation(error) || attempt >= MAX_HOLD_ATTEMPTS) throw error;
      }
    }
  }

  private async holdInTx(
    tx: Tx,
    sent: PlacementRequest,
    settle: SettleOptions | null,
    now: Date,
  ): Promise<HoldOutcome> {
    // The sealed guest data opens with the key read beside the floor (its fields the read needs
    // are never sealed).
    const { floor, existingStatus, country, dataKey } = await readFloorAndBooking(
      tx,
      sent.restaurantId,
      sent.bookingId,
      new Date(sent.startsAt),
    );
    const req = openBookingRequestWith(dataKey === null ? null : Buffer.from(dataKey, 'base64'), sent);
    if (existingStatus) {
      // A retried hold whose first attempt committed: answer what it made, as it is now.
      const state = await readBookingState(tx, req.bookingId);
      const restaurant =
        floor?.id === state!.snapshot.restaurantId
          ? floor
          : await tx.restaurant.findUniqueOrThrow({ where: { id: state!.snapshot.restaurantId } });
      return { ok: true, booking: state!.snapshot, policy: policyOf(restaurant) };
    }
    const where = holdSlot(floor, req, now);
    if (!where.ok) return where;
    const { slot } = where;

    await lockRestaurant(tx, where.floor.id);
    const taken = await readSlotLoadAndBusyTables(tx, {
      restaurantId: where.floor.id,
      slotStart: slot.pacingSlotStart,
      startsAt: slot.startsAt,
      endsAt: slot.endsAt,
      now,
      capacityTaking: CAPACITY_TAKING_STATUSES,
    });
    const decision = decideHold(where.floor, req, slot, taken, {
      now,
      settle: settle !== null,
      seat: settle?.seat === true,
    });
    if (!decision.ok) return decision;

    const { plan } = decision;
    const labels = plan ? [...plan.labels].sort(compareTableLabels) : [];
    // A guest nobody knew is written by the booking's insert below (one round trip less).
    const link = await planGuestLink(
      tx,
      where.floor.id,
      {
        name: req.guest.name,
        phone: req.guest.phone ?? null,
        email: req.guest.email ?? null,
        ...req.guestProfile,
      },
      { bookingId: req.bookingId, source: `booking:${req.channel}`, now },
      country,
    );
    const placed = await insertBooking(tx, {
      bookingId: req.bookingId,
      restaurantId: where.floor.id,
      guestId: link.guest.guestId,
      ...(link.pending ? { guestInsert: link.pending.insert } : {}),
      apiKeyId: req.apiKeyId,
      partySize: req.partySize,
      startsAt: slot.startsAt,
      endsAt: slot.endsAt,
      pacingSlotStart: slot.pacingSlotStart,
      holdExpiresAt: decision.holdExpiresAt,
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
      placement:
        settle === null
          ? []
          : decision.steps.map((step) => ({
              ...step,
              actor: step.action === 'check_in' ? req.actor : settle.actor,
            })),
      now,
    });
    await link.pending?.afterInsert(tx);
    const booking: BookingSnapshot = {
      id: req.bookingId,
      workflowId: req.workflowId,
      restaurantId: where.floor.id,
      status: placed.status,
      partySize: req.partySize,
      startsAt: slot.startsAt.toISOString(),
      endsAt: slot.endsAt.toISOString(),
      holdExpiresAt: placed.holdExpiresAt?.toISOString() ?? null,
      tables: labels,
      reviewReason: placed.reviewReason,
      closeReason: null,
      version: placed.version,
    };
    return { ok: true, booking, policy: decision.policy, guestRecognised: link.guest.recognised };
  }

  /**
   * A hold its client confirmed, placed in one transaction under the restaurant lock: the steps
   * from wherever it is (capacity verified, tables assigned, confirmed or sent to review for
   * `reviewReason`), each its own event. A party held without tables is planned again first. A
   * hold that lapsed before it was placed is expired instead. A booking that is no longer being
   * placed (a retry after commit, or it was cancelled) is answered as it is.
   */
  async settlePlacement(
    bookingId: string,
    actor: string,
    reviewReason: string | null,
    now: Date = new Date(),
  ): Promise<SettledPlacement> {
    return this.prisma.$transaction(async (tx) => {
      await lockRestaurantOfBooking(tx, bookingId);
      const state = await readBookingState(tx, bookingId);
      if (!state) throw new Error(`Booking ${bookingId} not found`);
      const from = state.snapshot;
      if (!PLACING_STATUSES.includes(from.status)) return { booking: from, capacityChanged: false };
      if (holdLapsed(from, state.sweptTables, now)) {
        const expire = {
          bookingId,
          action: 'expire',
          actor: 'system:hold-timer',
          reason: 'hold_expired',
        } as const;
        return { booking: await changeBooking(tx, state, expire), capacityChanged: true };
      }

      const late =
        from.status !== 'assigned' && from.tables.length === 0 ? await this.planLate(tx, state, now) : null;
      let current: BookingState = late?.state ?? state;
      const steps = placementSteps({
        from: from.status,
        noTablesReason: late?.noTablesReason ?? null,
        reviewReason,
      });
      for (const step of steps) {
        const assigning = step.to === 'assigned';
        const data: Prisma.InputJsonValue | undefined = !assigning
          ? undefined
          : late?.plan
            ? { plan: describePlan(late.plan) }
            : { tables: [...current.snapshot.tables] };
        const snapshot = await changeBooking(
          tx,
          current,
          { bookingId, action: step.action, actor, reason: step.reason, data },
          // The tables held with the booking become its assignment; a late plan's are assigned already.
          { assignHeldTables: assigning && !late?.plan },
        );
        current = { ...current, snapshot };
      }
      // Tables held with the booking stay taken as they were; only a late plan takes new capacity.
      return { booking: current.snapshot, capacityChanged: late !== null && late.plan !== null };
    }, LOCKING_TX_OPTIONS);
  }

  /**
   * A party held without tables (no set could seat it then) is planned again, on the floor as it
   * is now and with the busy tables the hold would see; the chosen tables are assigned at once.
   */
  private async planLate(
    tx: Tx,
    state: BookingState,
    now: Date,
  ): Promise<{ plan: ChosenPlan | null; noTablesReason: NoTablesReason | null; state: BookingState }> {
    const booking = state.snapshot;
    const startsAt = new Date(booking.startsAt);
    const { floor } = await readFloorAndBooking(tx, booking.restaurantId, booking.id, startsAt);
    const endsAt = new Date(booking.endsAt);
    const busy = await readBusyTables(tx, { restaurantId: booking.restaurantId, startsAt, endsAt, now });
    const plan = floor ? choosePlan(floor, busy, booking.partySize) : null;
    if (plan === null || plan === 'all_taken') {
      const noTablesReason = plan === null ? 'no_table_set_fits_party' : 'no_table_free';
      return { plan: null, noTablesReason, state };
    }
    await tx.tableAssignment.createMany({
      data: plan.tableIds.map((tableId) => ({
        bookingId: booking.id,
        tableId,
        startsAt,
        endsAt,
        kind: 'assigned',
      })),
    });
    const snapshot = { ...booking, tables: [...plan.labels].sort(compareTableLabels) };
    return { plan, noTablesReason: null, state: { ...state, snapshot } };
  }
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
