/**
 * Changing a placed booking: its new time and tables are held and re-verified under the
 * restaurant's lock with the hold's own rules (hold-decision.ts: party limits, hours, pacing, a
 * free table set), then swapped in the same transaction, old tables released. A change that needs
 * staff holds its new time and tables beside the booking's until they decide. The booking keeps
 * its id, workflow and history; every change is an event and a `booking.modified` outbox row.
 *
 * Idempotent like every activity write: each change carries the id the workflow gave it, and a
 * retry whose first attempt committed answers the booking as it is.
 */
import {
  CAPACITY_TAKING_STATUSES,
  changeReviewReason,
  changedPlacement,
  compareTableLabels,
  decideHold,
  fitsPacing,
  holdSlot,
  modifyRefusal,
  movesCapacity,
  policyOf,
  type BookingChanges,
  type BookingSnapshot,
  type ChangeableBooking,
  type ModifyOutcome,
  type PendingChange,
} from '@tablekeeper/domain';
import type { PrismaClient, Tx } from './prisma-client.factory';
import { Prisma } from './generated/prisma/client';
import { isExclusionViolation } from './postgres-errors';
import { changeGuestContact } from './guest-identity.statements';
import { openBookingChanges } from './guest-data-seal';
import {
  LOCKING_TX_OPTIONS,
  busyAssignments,
  lockRestaurantOfBooking,
  readBookingState,
  readFloorAndBooking,
  readSlotLoadAndBusyTables,
} from './booking-statements';
import { TablesUnavailableError, checkTableChoice } from './booking-table-choice.repository';

const MAX_ATTEMPTS = 3;

export interface ModifyCommand {
  readonly bookingId: string;
  /** Chosen by the workflow (deterministic): the change's identity across activity retries. */
  readonly changeId: string;
  readonly changes: BookingChanges;
  /** The version the caller last read (If-Match); undefined: whatever it is now. */
  readonly expectedVersion?: number;
  readonly actor: string;
  /** Staff's own change needs no staff review. */
  readonly byStaff: boolean;
}

export interface DecideChangeCommand {
  readonly bookingId: string;
  readonly changeId: string;
  readonly decision: 'approve' | 'reject' | 'withdraw';
  readonly actor: string;
  readonly reason?: string;
}

/** The booking's side of a change: what it was, what it becomes (time, party, tables, details). */
interface Side {
  readonly startsAt: string;
  readonly endsAt: string;
  readonly partySize: number;
  readonly tables: readonly string[];
  readonly seatingPreference: string | null;
  readonly notes: string | null;
  readonly guest?: { readonly name: string; readonly phone: string | null; readonly email: string | null };
}

export class BookingModificationRepository {
  constructor(private readonly prisma: PrismaClient) {}

  async modify(command: ModifyCommand, now: Date = new Date()): Promise<ModifyOutcome> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.prisma.$transaction((tx) => this.modifyInTx(tx, command, now), LOCKING_TX_OPTIONS);
      } catch (error) {
        if (error instanceof TablesUnavailableError) {
          return { ok: false, code: 'tables_unavailable', detail: error.message };
        }
        // A path that forgot the lock took a table meanwhile: the exclusion constraint refused ours.
        if (!isExclusionViolation(error) || attempt >= MAX_ATTEMPTS) throw error;
      }
    }
  }

  private async modifyInTx(tx: Tx, command: ModifyCommand, now: Date): Promise<ModifyOutcome> {
    const { bookingId, changeId } = command;
    await lockRestaurantOfBooking(tx, bookingId);
    const changes = await openBookingChanges(tx, bookingId, command.changes);
    const row = await tx.booking.findUnique({
      where: { id: bookingId },
      include: {
        guest: true,
        assignments: { where: { releasedAt: null, modificationId: null }, include: { table: true } },
        modifications: { where: { status: 'pending' }, select: { id: true } },
      },
    });
    if (!row) throw new Error(`Booking ${bookingId} not found`);
    if (await this.alreadyMade(tx, bookingId, changeId)) {
      return { ok: true, booking: await readWithChange(tx, bookingId), freed: null };
    }
    const current: ChangeableBooking = {
      status: row.status,
      version: row.version,
      partySize: row.partySize,
      startsAt: row.startsAt.toISOString(),
      seatingPreference: row.seatingPreference,
      hasPendingChange: row.modifications.length > 0,
    };
    const refused = modifyRefusal(current, command.expectedVersion);
    if (refused) return refused;

    const before: Side = {
      startsAt: row.startsAt.toISOString(),
      endsAt: row.endsAt.toISOString(),
      partySize: row.partySize,
      tables: row.assignments.map((a) => a.table.label).sort(compareTableLabels),
      seatingPreference: row.seatingPreference,
      notes: row.notes,
      guest: { name: row.guest.name, phone: row.guest.phone, email: row.guest.email },
    };
    const notes = changes.notes === undefined ? row.notes : changes.notes;
    const guest = changes.guest
      ? {
          name: changes.guest.name ?? row.guest.name,
          phone: changes.guest.phone === undefined ? row.guest.phone : changes.guest.phone,
          email: changes.guest.email === undefined ? row.guest.email : changes.guest.email,
        }
      : undefined;

    if (!movesCapacity(current, changes)) {
      const after: Side = { ...before, notes, ...(guest ? { guest } : {}) };
      // Nothing would change (a retried form, the same time again): answered as it is, no event.
      if (JSON.stringify(after) === JSON.stringify(before)) {
        return { ok: true, booking: await readWithChange(tx, bookingId), freed: null };
      }
      await this.writeSwap(tx, row, { before, after, changeId, actor: command.actor, now, tables: null });
      return { ok: true, booking: await readWithChange(tx, bookingId), freed: null };
    }

    const wanted = changedPlacement(current, changes);
    if (
      Date.parse(wanted.startsAt) !== row.startsAt.getTime() &&
      Date.parse(wanted.startsAt) <= now.getTime()
    ) {
      return { ok: false, code: 'starts_at_in_past', detail: 'startsAt must be in the future' };
    }
    const { floor } = await readFloorAndBooking(tx, row.restaurantId, bookingId, new Date(wanted.startsAt));
    const request = {
      partySize: wanted.partySize,
      startsAt: wanted.startsAt,
      mode: row.status === 'held' ? ('hold' as const) : ('book' as const),
      seatingPreference: wanted.seatingPreference ?? undefined,
    };
    // The same first half as a new booking's hold: party limits, opening hours, the pacing slot.
    const where = holdSlot(floor, request, now);
    if (!where.ok) return where;
    const { slot } = where;
    const policy = policyOf(where.floor);
    const reviewReason = changeReviewReason(current, wanted.partySize, policy, command.byStaff);

    const taken = await readSlotLoadAndBusyTables(tx, {
      restaurantId: row.restaurantId,
      slotStart: slot.pacingSlotStart,
      startsAt: slot.startsAt,
      endsAt: slot.endsAt,
      now,
      capacityTaking: CAPACITY_TAKING_STATUSES,
    });
    // The booking's own covers leave their slot when it moves, so they never count against it.
    const ownSlot = row.pacingSlotStart.getTime() === slot.pacingSlotStart.getTime();
    const load = ownSlot
      ? { covers: taken.covers - row.partySize, parties: taken.parties - 1 }
      : { covers: taken.covers, parties: taken.parties };
    // A swap frees the booking's own tables in the same transaction; a change under review keeps
    // them until staff decide, so for it they stay busy.
    const busy =
      reviewReason === null ? await this.busyWithout(tx, row.restaurantId, bookingId, slot, now) : taken.busy;

    let chosen: { ids: readonly string[]; labels: readonly string[]; plan: unknown };
    if (changes.tableIds?.length) {
      if (!fitsPacing(load, wanted.partySize, slot.rule)) {
        return { ok: false, code: 'no_capacity', detail: 'That time is fully booked' };
      }
      const tables = await checkTableChoice(
        tx,
        {
          id: bookingId,
          restaurantId: row.restaurantId,
          partySize: wanted.partySize,
          startsAt: slot.startsAt,
          endsAt: slot.endsAt,
        },
        changes.tableIds,
        now,
      );
      chosen = {
        ids: tables.map((t) => t.id),
        labels: tables.map((t) => t.label),
        plan: { chosenBy: 'staff' },
      };
    } else {
      const decision = decideHold(where.floor, request, slot, { ...load, busy }, { now, settle: false });
      if (!decision.ok) return decision;
      if (!decision.plan) {
        return { ok: false, code: 'no_capacity', detail: 'No table set of the restaurant seats that party' };
      }
      const plan = decision.plan;
      chosen = {
        ids: plan.tableIds,
        labels: [...plan.labels].sort(compareTableLabels),
        plan: { strategy: plan.strategy, score: plan.score, tables: [...plan.labels] },
      };
    }
    const after: Side = {
      startsAt: slot.startsAt.toISOString(),
      endsAt: slot.endsAt.toISOString(),
      partySize: wanted.partySize,
      tables: [...chosen.labels],
      seatingPreference: wanted.seatingPreference,
      notes,
      ...(guest ? { guest } : {}),
    };

    if (reviewReason !== null) {
      await this.holdForReview(tx, row, {
        before,
        after,
        changeId,
        actor: command.actor,
        now,
        reviewReason,
        slot,
        tableIds: chosen.ids,
      });
      return { ok: true, booking: await readWithChange(tx, bookingId), freed: null };
    }
    await this.writeSwap(tx, row, {
      before,
      after,
      changeId,
      actor: command.actor,
      now,
      tables: { ids: chosen.ids, pacingSlotStart: slot.pacingSlotStart, plan: chosen.plan },
    });
    return {
      ok: true,
      booking: await readWithChange(tx, bookingId),
      freed: { restaurantId: row.restaurantId, startsAt: before.startsAt, endsAt: before.endsAt },
    };
  }

  /** Staff's decision on a change under review (or the workflow withdrawing it). */
  async decideChange(command: DecideChangeCommand, now: Date = new Date()): Promise<ModifyOutcome> {
    return this.prisma.$transaction(async (tx) => {
      const { bookingId, changeId } = command;
      await lockRestaurantOfBooking(tx, bookingId);
      const change = await tx.bookingModification.findUnique({ where: { id: changeId } });
      if (!change || change.bookingId !== bookingId || change.status !== 'pending') {
        return { ok: true as const, booking: await readWithChange(tx, bookingId), freed: null };
      }
      const row = await tx.booking.findUniqueOrThrow({ where: { id: bookingId }, include: { guest: true } });
      const approve = command.decision === 'approve' && row.status === 'confirmed';
      const before = change.before as unknown as Side;
      const after = change.after as unknown as Side;
      const status = approve ? 'applied' : command.decision === 'reject' ? 'rejected' : 'withdrawn';
      await tx.bookingModification.update({
        where: { id: changeId },
        data: { status, decidedBy: command.actor, decidedAt: now },
      });
      if (!approve) {
        await tx.tableAssignment.updateMany({
          where: { modificationId: changeId, releasedAt: null },
          data: { releasedAt: now },
        });
        await this.writeEvent(tx, row, {
          actor: command.actor,
          reason: command.decision === 'reject' ? 'change_rejected' : 'change_withdrawn',
          data: { changeId, before, after, ...(command.reason ? { note: command.reason } : {}) },
          outbox: null,
          now,
        });
        const freed = {
          restaurantId: change.restaurantId,
          startsAt: change.startsAt.toISOString(),
          endsAt: change.endsAt.toISOString(),
        };
        return { ok: true as const, booking: await readWithChange(tx, bookingId), freed };
      }
      await tx.tableAssignment.updateMany({
        where: { bookingId, modificationId: null, releasedAt: null },
        data: { releasedAt: now },
      });
      await tx.tableAssignment.updateMany({
        where: { modificationId: changeId, releasedAt: null },
        data: { modificationId: null, kind: 'assigned' },
      });
      await this.updateBooking(tx, row.id, row.guestId, after, change.pacingSlotStart, now);
      await this.writeEvent(tx, row, {
        actor: command.actor,
        reason: 'change_approved',
        data: { changeId, before, after, ...(command.reason ? { note: command.reason } : {}) },
        outbox: { changeId, before, after },
        now,
      });
      return {
        ok: true as const,
        booking: await readWithChange(tx, bookingId),
        freed: { restaurantId: row.restaurantId, startsAt: before.startsAt, endsAt: before.endsAt },
      };
    }, LOCKING_TX_OPTIONS);
  }

  private async alreadyMade(tx: Tx, bookingId: string, changeId: string): Promise<boolean> {
    const [row] = await tx.$queryRaw<{ made: boolean }[]>`
      SELECT EXISTS (SELECT 1 FROM booking_events WHERE booking_id = ${bookingId}::uuid
                     AND data->>'changeId' = ${changeId}) AS made`;
    return row.made;
  }

  /** Tables busy for the new time, the booking's own left out (they are released in the swap). */
  private async busyWithout(
    tx: Tx,
    restaurantId: string,
    bookingId: string,
    window: { startsAt: Date; endsAt: Date },
    now: Date,
  ): Promise<Set<string>> {
    const busy = busyAssignments({ restaurantId, startsAt: window.startsAt, endsAt: window.endsAt, now });
    const rows = await tx.$queryRaw<{ table_id: string }[]>`
      SELECT DISTINCT busy.table_id::text FROM (${busy}) busy WHERE busy.booking_id <> ${bookingId}::uuid`;
    return new Set(rows.map((r) => r.table_id));
  }

  /** The swap: old tables released, new ones taken, the booking's row changed, one event and outbox row. */
  private async writeSwap(
    tx: Tx,
    row: { id: string; guestId: string; status: string; version: number; pacingSlotStart: Date },
    swap: {
      before: Side;
      after: Side;
      changeId: string;
      actor: string;
      now: Date;
      tables: { ids: readonly string[]; pacingSlotStart: Date; plan: unknown } | null;
    },
  ): Promise<void> {
    const { before, after, now } = swap;
    if (swap.tables) {
      const mine = { bookingId: row.id, modificationId: null, releasedAt: null };
      // A hold's released tables would read as swept by another hold (holdLapsed): a hold's old
      // tables are dropped, a placed booking's are released and stay in its record.
      if (row.status === 'held') await tx.tableAssignment.deleteMany({ where: mine });
      else await tx.tableAssignment.updateMany({ where: mine, data: { releasedAt: now } });
      await tx.tableAssignment.createMany({
        data: swap.tables.ids.map((tableId) => ({
          bookingId: row.id,
          tableId,
          startsAt: new Date(after.startsAt),
          endsAt: new Date(after.endsAt),
          kind: row.status === 'held' ? 'held' : 'assigned',
        })),
      });
    }
    await this.updateBooking(
      tx,
      row.id,
      row.guestId,
      after,
      swap.tables?.pacingSlotStart ?? row.pacingSlotStart,
      now,
    );
    await this.writeEvent(tx, row, {
      actor: swap.actor,
      reason: 'modified',
      data: { changeId: swap.changeId, before, after, ...(swap.tables ? { plan: swap.tables.plan } : {}) },
      outbox: { changeId: swap.changeId, before, after },
      now,
    });
  }

  private async updateBooking(
    tx: Tx,
    bookingId: string,
    guestId: string,
    after: Side,
    pacingSlotStart: Date,
    now: Date,
  ): Promise<void> {
    await tx.booking.update({
      where: { id: bookingId },
      data: {
        partySize: after.partySize,
        startsAt: new Date(after.startsAt),
        endsAt: new Date(after.endsAt),
        pacingSlotStart,
        seatingPreference: after.seatingPreference,
        notes: after.notes,
        updatedAt: now,
      },
    });
    if (after.guest) await changeGuestContact(tx, guestId, after.guest, { bookingId, now });
  }

  /**
   * The change's event (status unchanged: a booking that moves stays what it was) and, when it
   * applied, its `booking.modified` outbox row; the version moves with every change, so a stale
   * If-Match is refused.
   */
  private async writeEvent(
    tx: Tx,
    row: { id: string; status: string },
    event: {
      actor: string;
      reason: string;
      data: unknown;
      outbox: { changeId: string; before: Side; after: Side } | null;
      now: Date;
    },
  ): Promise<void> {
    await tx.$executeRaw`UPDATE bookings SET version = version + 1, updated_at = ${event.now} WHERE id = ${row.id}::uuid`;
    await tx.$executeRaw`
      INSERT INTO booking_events (booking_id, from_status, to_status, actor, reason, data, at)
      VALUES (${row.id}::uuid, ${row.status}::"BookingStatus", ${row.status}::"BookingStatus", ${event.actor},
              ${event.reason}, ${JSON.stringify(withoutGuest(event.data))}::jsonb, ${event.now})`;
    if (event.outbox) {
      const { changeId, before, after } = event.outbox;
      // Contact details stay in the booking's own record; what leaves the system is the move.
      const payload = {
        bookingId: row.id,
        status: row.status,
        changeId,
        before: placementOf(before),
        after: placementOf(after),
      };
      await tx.$executeRaw`
        INSERT INTO outbox_events (booking_id, type, dedupe_key, payload, created_at)
        VALUES (${row.id}::uuid, 'booking.modified', ${`${row.id}:modified:${changeId}`},
                ${JSON.stringify(payload)}::jsonb, ${event.now})
        ON CONFLICT DO NOTHING`;
    }
  }

  private async holdForReview(
    tx: Tx,
    row: { id: string; restaurantId: string; status: string },
    review: {
      before: Side;
      after: Side;
      changeId: string;
      actor: string;
      now: Date;
      reviewReason: string;
      slot: { startsAt: Date; endsAt: Date; pacingSlotStart: Date };
      tableIds: readonly string[];
    },
  ): Promise<void> {
    const { before, after, slot } = review;
    await tx.bookingModification.create({
      data: {
        id: review.changeId,
        bookingId: row.id,
        restaurantId: row.restaurantId,
        partySize: after.partySize,
        startsAt: slot.startsAt,
        endsAt: slot.endsAt,
        pacingSlotStart: slot.pacingSlotStart,
        before: before as unknown as Prisma.InputJsonObject,
        after: after as unknown as Prisma.InputJsonObject,
        reviewReason: review.reviewReason,
        requestedBy: review.actor,
        createdAt: review.now,
      },
    });
    await tx.tableAssignment.createMany({
      data: review.tableIds.map((tableId) => ({
        bookingId: row.id,
        tableId,
        startsAt: slot.startsAt,
        endsAt: slot.endsAt,
        kind: 'held',
        modificationId: review.changeId,
      })),
    });
    await this.writeEvent(tx, row, {
      actor: review.actor,
      reason: 'change_sent_to_review',
      data: { changeId: review.changeId, reviewReason: review.reviewReason, before, after },
      outbox: null,
      now: review.now,
    });
  }
}

function placementOf(side: Side) {
  return {
    startsAt: side.startsAt,
    endsAt: side.endsAt,
    partySize: side.partySize,
    tables: [...side.tables],
  };
}

/** Event data is read by staff in the booking's timeline; the guest's details are in its guest row. */
function withoutGuest(data: unknown): unknown {
  if (!data || typeof data !== 'object') return data;
  const record = data as Record<string, unknown>;
  const strip = (side: unknown) => {
    if (!side || typeof side !== 'object') return side;
    const { guest: _guest, ...rest } = side as Record<string, unknown>;
    return rest;
  };
  return {
    ...record,
    ...(record.before ? { before: strip(record.before) } : {}),
    ...(record.after ? { after: strip(record.after) } : {}),
  };
}

/** The booking as the workflow sees it, with the change that waits for staff, if any. */
export async function readWithChange(tx: Tx, bookingId: string): Promise<BookingSnapshot> {
  const state = await readBookingState(tx, bookingId);
  if (!state) throw new Error(`Booking ${bookingId} not found`);
  return { ...state.snapshot, pendingChange: await readPendingChange(tx, bookingId) };
}

export async function readPendingChange(tx: Tx, bookingId: string): Promise<PendingChange | null> {
  const change = await tx.bookingModification.findFirst({
    where: { bookingId, status: 'pending' },
    include: { assignments: { where: { releasedAt: null }, include: { table: true } } },
  });
  if (!change) return null;
  return {
    id: change.id,
    partySize: change.partySize,
    startsAt: change.startsAt.toISOString(),
    endsAt: change.endsAt.toISOString(),
    tables: change.assignments.map((a) => a.table.label).sort(compareTableLabels),
    reviewReason: change.reviewReason,
  };
}
