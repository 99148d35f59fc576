/**
 * The waitlist's record: every change of an entry is one guarded statement (the transition table
 * re-checked against the status read under a row lock) with its outbox row in the same
 * transaction, so the webhook relay announces exactly what happened. Idempotent throughout: a
 * retried activity whose first attempt committed gets the entry back as it now is.
 */
import {
  isTerminalWaitlistStatus,
  waitlistTarget,
  InvalidWaitlistTransitionError,
  type Channel,
  type WaitlistAction,
  type WaitlistKind,
  type WaitlistStatus,
  type SealedGuestData,
} from '@tablekeeper/domain';
import type { Prisma } from './generated/prisma/client';
import type { PrismaClient, Tx } from './prisma-client.factory';
import { lockRestaurant } from './booking-statements';
import { linkGuest } from './guest-identity.statements';

export interface WaitlistOffer {
  /** The hold's booking id: the token an accept names. */
  readonly offerId: string;
  readonly holdWorkflowId: string;
  readonly startsAt: string;
  readonly expiresAt: string;
  readonly tables: readonly string[];
}

/**
 * An entry as its workflow keeps it (activity results, update answers, signals, the result): ids,
 * times, party and status, never the guest's name, contact, notes or free-text close reason,
 * which stay in Postgres (README "Guests" → GDPR). `entryWithGuest` adds them back for readers.
 */
export type WaitlistEntryState = Omit<WaitlistEntrySnapshot, 'guest' | 'notes' | 'closeReason'>;

/** The entry as it is read from Postgres: the state and the guest's data. */
export interface WaitlistEntrySnapshot {
  readonly id: string;
  readonly workflowId: string;
  readonly restaurantId: string;
  readonly kind: WaitlistKind;
  readonly status: WaitlistStatus;
  readonly partySize: number;
  readonly from: string;
  readonly to: string;
  readonly guest: { readonly name: string; readonly phone: string | null; readonly email: string | null };
  readonly notes: string | null;
  readonly channel: Channel;
  /** The API key that created it (its offers' holds are that key's bookings); null for staff. */
  readonly apiKeyId: string | null;
  readonly createdOrder: number;
  readonly offer: WaitlistOffer | null;
  readonly offersMade: number;
  readonly bookingId: string | null;
  readonly quotedAt: string | null;
  /** Staff told the guest (waitlist.notified): the last time, and how many times. */
  readonly notifiedAt: string | null;
  readonly notifications: number;
  readonly closeReason: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface NewWaitlistEntry {
  readonly id: string;
  readonly workflowId: string;
  readonly restaurantId: string;
  readonly kind: WaitlistKind;
  readonly partySize: number;
  readonly from: string;
  readonly to: string;
  readonly guest: { readonly name: string; readonly phone?: string; readonly email?: string };
  readonly notes?: string;
  readonly channel: Channel;
  readonly apiKeyId: string | null;
  readonly idempotencyKey: string;
  readonly requestFingerprint: string;
  readonly quotedAt?: string;
}

/** What a wish's workflow input seals with the entry's key (waitlist_data_keys). */
export interface WaitlistGuestSecrets {
  readonly guest: NewWaitlistEntry['guest'];
  readonly notes?: string;
}

/** A new entry as its workflow carries it: the guest's data sealed (waitlist-data-seal.ts). */
export type SealedWaitlistEntry = Omit<NewWaitlistEntry, 'guest' | 'notes'> & {
  readonly sealedGuest: SealedGuestData;
};

/** The state without the guest's data, as a workflow may keep it. */
export function entryState(entry: WaitlistEntrySnapshot | WaitlistEntryState): WaitlistEntryState {
  const { guest: _guest, notes: _notes, closeReason: _reason, ...state } = entry as WaitlistEntrySnapshot;
  return state;
}

export interface WaitlistChange {
  readonly entryId: string;
  readonly action: WaitlistAction;
  readonly actor: string;
  readonly reason?: string;
  /** A free-text `reason` sealed with the entry's key (opened by the activity, never written so). */
  readonly sealedReason?: SealedGuestData;
  /** On accept/seat: the booking the entry became. */
  readonly bookingId?: string;
}

type EntryRow = Prisma.WaitlistEntryGetPayload<object>;

/** The outbox type of the status an entry moved to (the webhook catalogue's names). */
const EVENT_OF: Readonly<Record<WaitlistStatus, string>> = {
  waiting: 'waitlist.waiting',
  offered: 'waitlist.offer',
  booked: 'waitlist.booked',
  expired: 'waitlist.expired',
  cancelled: 'waitlist.cancelled',
  removed: 'waitlist.removed',
};

export class WaitlistRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /**
   * Inserts the entry once (its id comes from the workflow id), linked to the guest of its
   * identity (phone in E.164 or e-mail, matched or made as a booking's guest is), and announces
   * it. An entry with a name only links to the guest of the booking it becomes.
   */
  async create(entry: NewWaitlistEntry): Promise<WaitlistEntrySnapshot> {
    await this.prisma.$transaction(async (tx) => {
      const exists = await tx.waitlistEntry.findUnique({ where: { id: entry.id }, select: { id: true } });
      if (exists) return;
      let guestId: string | null = null;
      if (entry.guest.phone || entry.guest.email) {
        await lockRestaurant(tx, entry.restaurantId);
        const now = new Date();
        guestId = (
          await linkGuest(
            tx,
            entry.restaurantId,
            { name: entry.guest.name, phone: entry.guest.phone ?? null, email: entry.guest.email ?? null },
            { bookingId: null, source: `waitlist:${entry.channel}`, now },
          )
        ).guestId;
      }
      const inserted = await tx.waitlistEntry.createMany({
        data: [
          {
            id: entry.id,
            workflowId: entry.workflowId,
            restaurantId: entry.restaurantId,
            kind: entry.kind,
            status: 'waiting',
            partySize: entry.partySize,
            windowFrom: new Date(entry.from),
            windowTo: new Date(entry.to),
            guestName: entry.guest.name,
            guestPhone: entry.guest.phone ?? null,
            guestEmail: entry.guest.email ?? null,
            notes: entry.notes ?? null,
            channel: entry.channel,
            apiKeyId: entry.apiKeyId,
            idempotencyKey: entry.idempotencyKey,
            requestFingerprint: entry.requestFingerprint,
            quotedAt: entry.quotedAt ? new Date(entry.quotedAt) : null,
            guestId,
          },
        ],
        skipDuplicates: true,
      });
      if (inserted.count === 0) return;
      const row = await tx.waitlistEntry.findUniqueOrThrow({ where: { id: entry.id } });
      await this.announce(tx, row, 'waiting', {});
    });
    return this.findOrThrow(entry.id);
  }

  async find(id: string): Promise<WaitlistEntrySnapshot | null> {
    const row = await this.prisma.waitlistEntry.findUnique({ where: { id } });
    return row ? this.snapshotOf(this.prisma, row) : null;
  }

  /**
   * The entry as a workflow answered it, with the guest's data read from Postgres (a workflow
   * keeps none of it): the status and offer are the workflow's, the rest the record's.
   */
  async entryWithGuest(state: WaitlistEntryState): Promise<WaitlistEntrySnapshot> {
    const row = await this.prisma.waitlistEntry.findUnique({
      where: { id: state.id },
      select: { guestName: true, guestPhone: true, guestEmail: true, notes: true, closeReason: true },
    });
    return {
      ...state,
      guest: { name: row?.guestName ?? '', phone: row?.guestPhone ?? null, email: row?.guestEmail ?? null },
      notes: row?.notes ?? null,
      closeReason: row?.closeReason ?? null,
    };
  }

  async findOrThrow(id: string): Promise<WaitlistEntrySnapshot> {
    const entry = await this.find(id);
    if (!entry) throw new Error(`Waitlist entry ${id} not found`);
    return entry;
  }

  /** The entry if it belongs to one of `restaurantIds` (the caller's tenancy); null otherwise. */
  async findForTenant(id: string, restaurantIds: readonly string[]): Promise<WaitlistEntrySnapshot | null> {
    const row = await this.prisma.waitlistEntry.findFirst({
      where: { id, restaurantId: { in: [...restaurantIds] } },
    });
    return row ? this.snapshotOf(this.prisma, row) : null;
  }

  /** The entry an Idempotency-Key created, for a retried request. */
  async findByIdempotencyKey(
    apiKeyId: string | null,
    idempotencyKey: string,
  ): Promise<{ id: string; requestFingerprint: string } | null> {
    return this.prisma.waitlistEntry.findFirst({
      where: { apiKeyId, idempotencyKey },
      select: { id: true, requestFingerprint: true },
    });
  }

  /** The fingerprint of the request that created the entry, for a retried request; null: none. */
  async requestFingerprintOf(id: string): Promise<string | null> {
    const row = await this.prisma.waitlistEntry.findUnique({
      where: { id },
      select: { requestFingerprint: true },
    });
    return row?.requestFingerprint ?? null;
  }

  /** Waiting wishes of the restaurant whose window has not closed, first come first. */
  async waitingWishes(restaurantId: string, now: Date): Promise<WaitlistEntrySnapshot[]> {
    const rows = await this.prisma.waitlistEntry.findMany({
      where: { restaurantId, kind: 'wish', status: 'waiting', windowTo: { gte: now } },
      orderBy: { createdOrder: 'asc' },
    });
    return Promise.all(rows.map((row) => this.snapshotOf(this.prisma, row)));
  }

  /** Entries of the restaurant, newest first within the filter (the admin list and the queue). */
  async list(
    restaurantId: string,
    filter: { kind?: WaitlistKind; statuses?: readonly WaitlistStatus[]; limit: number },
  ): Promise<WaitlistEntrySnapshot[]> {
    const rows = await this.prisma.waitlistEntry.findMany({
      where: {
        restaurantId,
        ...(filter.kind ? { kind: filter.kind } : {}),
        ...(filter.statuses ? { status: { in: [...filter.statuses] } } : {}),
      },
      orderBy: { createdOrder: 'asc' },
      take: filter.limit,
    });
    return Promise.all(rows.map((row) => this.snapshotOf(this.prisma, row)));
  }

  /**
   * One page of the restaurant's entries in fair order (first come first), after the entry whose
   * `createdOrder` is `after`; `limit + 1` rows are read so the caller knows whether more follow.
   */
  async page(
    restaurantId: string,
    filter: {
      kind?: WaitlistKind;
      statuses?: readonly WaitlistStatus[];
      after?: number;
      limit: number;
    },
  ): Promise<{ items: WaitlistEntrySnapshot[]; nextCursor: number | null }> {
    const rows = await this.prisma.waitlistEntry.findMany({
      where: {
        restaurantId,
        ...(filter.kind ? { kind: filter.kind } : {}),
        ...(filter.statuses ? { status: { in: [...filter.statuses] } } : {}),
        ...(filter.after !== undefined ? { createdOrder: { gt: BigInt(filter.after) } } : {}),
      },
      orderBy: { createdOrder: 'asc' },
      take: filter.limit + 1,
    });
    const items = await Promise.all(
      rows.slice(0, filter.limit).map((row) => this.snapshotOf(this.prisma, row)),
    );
    return { items, nextCursor: rows.length > filter.limit ? items.at(-1)!.createdOrder : null };
  }

  /**
   * Staff told the guest their table is ready (or that it will be soon): recorded on the entry and
   * announced as waitlist.notified, once per notification, in one transaction. Only an entry still
   * on the list (waiting or offered) can be notified; a finished one throws
   * InvalidWaitlistTransitionError.
   */
  async notify(input: { entryId: string; actor: string; message?: string }): Promise<WaitlistEntrySnapshot> {
    return this.prisma.$transaction(async (tx) => {
      const [locked] = await tx.$queryRaw<{ status: WaitlistStatus }[]>`
        SELECT status FROM waitlist_entries WHERE id = ${input.entryId}::uuid FOR UPDATE`;
      if (!locked) throw new Error(`Waitlist entry ${input.entryId} not found`);
      if (isTerminalWaitlistStatus(locked.status))
        throw new InvalidWaitlistTransitionError(locked.status, 'notify');
      const updated = await tx.waitlistEntry.update({
        where: { id: input.entryId },
        data: { notifiedAt: new Date(), notifications: { increment: 1 } },
      });
      const snapshot = await this.snapshotOf(tx, updated);
      await this.announce(
        tx,
        updated,
        updated.status,
        {
          notification: {
            number: updated.notifications,
            at: snapshot.notifiedAt,
            quotedAt: snapshot.quotedAt,
            ...(input.message ? { message: input.message } : {}),
          },
          actor: input.actor,
        },
        { type: 'waitlist.notified', dedupeKey: `waitlist:${updated.id}:notified:${updated.notifications}` },
      );
      return snapshot;
    });
  }

  /** Whether anyone waits for a table at this restaurant (the matcher's reason to keep running). */
  async anyWaiting(restaurantId: string, now: Date): Promise<boolean> {
    const row = await this.prisma.waitlistEntry.findFirst({
      where: { restaurantId, kind: 'wish', status: { in: ['waiting', 'offered'] }, windowTo: { gte: now } },
      select: { id: true },
    });
    return row !== null;
  }

  /**
   * Marks the hold workflow an offer is about to be taken with, before the hold: a retried or
   * crashed matcher finds it and resumes that same hold instead of taking a second one.
   * Returns the hold workflow to use (an earlier attempt's if one was begun), or null when the
   * entry is no longer waiting.
   */
  async beginOffer(entryId: string, holdWorkflowId: string): Promise<string | null> {
    const rows = await this.prisma.$queryRaw<{ offer_workflow_id: string }[]>`
      UPDATE waitlist_entries SET offer_workflow_id = COALESCE(offer_workflow_id, ${holdWorkflowId}),
        updated_at = now()
      WHERE id = ${entryId}::uuid AND status = 'waiting'
      RETURNING offer_workflow_id`;
    return rows[0]?.offer_workflow_id ?? null;
  }

  /** Waiting entries whose offer was begun but not recorded (a matcher died between the two). */
  async begunOffers(restaurantId: string): Promise<{ id: string; offerWorkflowId: string }[]> {
    const rows = await this.prisma.waitlistEntry.findMany({
      where: { restaurantId, status: 'waiting', offerWorkflowId: { not: null } },
      select: { id: true, offerWorkflowId: true },
      orderBy: { createdOrder: 'asc' },
    });
    return rows.map((r) => ({ id: r.id, offerWorkflowId: r.offerWorkflowId! }));
  }

  /** The begun offer came to nothing (the hold was refused): the entry waits on. */
  async dropOffer(entryId: string, holdWorkflowId: string): Promise<void> {
    await this.prisma.waitlistEntry.updateMany({
      where: { id: entryId, offerWorkflowId: holdWorkflowId },
      data: { offerWorkflowId: null },
    });
  }

  /**
   * The hold was taken: the entry is offered it until `expiresAt`, announced as waitlist.offer with
   * its accept link. null when the entry stopped waiting meanwhile (the caller releases the hold).
   */
  async recordOffer(input: {
    entryId: string;
    holdWorkflowId: string;
    holdBookingId: string;
    expiresAt: string;
    acceptUrl: string;
  }): Promise<WaitlistEntrySnapshot | null> {
    return this.prisma.$transaction(async (tx) => {
      const [row] = await tx.$queryRaw<
        { id: string; status: WaitlistStatus; hold_booking_id: string | null }[]
      >`
        SELECT id, status, hold_booking_id FROM waitlist_entries WHERE id = ${input.entryId}::uuid FOR UPDATE`;
      if (!row) return null;
      if (row.status === 'offered' && row.hold_booking_id === input.holdBookingId) {
        return this.snapshotOf(tx, await tx.waitlistEntry.findUniqueOrThrow({ where: { id: row.id } }));
      }
      if (row.status !== 'waiting') return null;
      const updated = await tx.waitlistEntry.update({
        where: { id: input.entryId },
        data: {
          status: 'offered',
          holdBookingId: input.holdBookingId,
          offerExpiresAt: new Date(input.expiresAt),
          offersMade: { increment: 1 },
        },
      });
      const snapshot = await this.snapshotOf(tx, updated);
      await this.announce(tx, updated, 'offered', {
        offer: {
          offerId: input.holdBookingId,
          startsAt: snapshot.offer?.startsAt ?? null,
          expiresAt: input.expiresAt,
          acceptUrl: input.acceptUrl,
        },
      });
      return snapshot;
    });
  }

  /**
   * One change by the transition table. Replays are answered unchanged: an entry already where the
   * action leads comes back as it is. A refused transition throws InvalidWaitlistTransitionError.
   */
  async change(change: WaitlistChange): Promise<WaitlistEntrySnapshot> {
    return (await this.changeEndingOffer(change)).entry;
  }

  /**
   * The change, and the hold workflow of the offer it ended, as the row held it: the entry's
   * workflow may not have the offer's signal yet when the guest leaves a moment after it was made.
   */
  async changeEndingOffer(
    change: WaitlistChange,
  ): Promise<{ entry: WaitlistEntrySnapshot; endedOfferWorkflowId: string | null }> {
    return this.prisma.$transaction(async (tx) => {
      const [locked] = await tx.$queryRaw<{ status: WaitlistStatus; offer_workflow_id: string | null }[]>`
        SELECT status, offer_workflow_id FROM waitlist_entries WHERE id = ${change.entryId}::uuid FOR UPDATE`;
      if (!locked) throw new Error(`Waitlist entry ${change.entryId} not found`);
      const target = waitlistTarget(locked.status, change.action);
      if (!target) {
        const row = await tx.waitlistEntry.findUniqueOrThrow({ where: { id: change.entryId } });
        if (isTerminalWaitlistStatus(locked.status) && replays(change.action, locked.status)) {
          return { entry: await this.snapshotOf(tx, row), endedOfferWorkflowId: null };
        }
        throw new InvalidWaitlistTransitionError(locked.status, change.action);
      }
      const updated = await tx.waitlistEntry.update({
        where: { id: change.entryId },
        data: {
          status: target,
          offerWorkflowId: null,
          ...(change.bookingId ? { bookingId: change.bookingId } : {}),
          ...(isTerminalWaitlistStatus(target) ? { closeReason: change.reason ?? null } : {}),
        },
      });
      // An entry without a phone or e-mail belongs to the guest of the booking it became.
      if (change.bookingId) {
        await tx.$executeRaw`
          UPDATE waitlist_entries w SET guest_id = b.guest_id FROM bookings b
          WHERE w.id = ${change.entryId}::uuid AND w.guest_id IS NULL AND b.id = ${change.bookingId}::uuid`;
      }
      await this.announce(tx, updated, target, {
        ...(change.reason ? { reason: change.reason } : {}),
        ...(change.bookingId ? { bookingId: change.bookingId } : {}),
        actor: change.actor,
      });
      const endedOffer = locked.status === 'offered' && (target === 'cancelled' || target === 'removed');
      return {
        entry: await this.snapshotOf(tx, updated),
        endedOfferWorkflowId: endedOffer ? locked.offer_workflow_id : null,
      };
    });
  }

  private async announce(
    tx: Tx,
    row: EntryRow,
    status: WaitlistStatus,
    extra: Record<string, unknown>,
    event?: { readonly type: string; readonly dedupeKey: string },
  ): Promise<void> {
    const payload = {
      restaurantId: row.restaurantId,
      entry: {
        id: row.id,
        kind: row.kind,
        status,
        partySize: row.partySize,
        from: row.windowFrom.toISOString(),
        to: row.windowTo.toISOString(),
        // A walk-in's quoted seat time, for the text the restaurant's SMS integration sends.
        ...(row.kind === 'walk_in' ? { quotedAt: row.quotedAt?.toISOString() ?? null } : {}),
      },
      ...extra,
    };
    // An entry is offered more than once in its life only after an offer ended, never twice at once.
    const dedupeKey =
      event?.dedupeKey ?? `waitlist:${row.id}:${status}:${status === 'offered' ? row.offersMade : 0}`;
    const type = event?.type ?? EVENT_OF[status];
    await tx.outboxEvent.createMany({
      data: [{ bookingId: null, type, dedupeKey, payload: payload as Prisma.InputJsonValue }],
      skipDuplicates: true,
    });
  }

  private async snapshotOf(db: PrismaClient | Tx, row: EntryRow): Promise<WaitlistEntrySnapshot> {
    let offer: WaitlistOffer | null = null;
    if (row.status === 'offered' && row.holdBookingId && row.offerExpiresAt) {
      const hold = await db.booking.findUnique({
        where: { id: row.holdBookingId },
        select: {
          startsAt: true,
          workflowId: true,
          assignments: { where: { releasedAt: null }, select: { table: { select: { label: true } } } },
        },
      });
      offer = {
        offerId: row.holdBookingId,
        holdWorkflowId: hold?.workflowId ?? '',
        startsAt: hold?.startsAt.toISOString() ?? row.windowFrom.toISOString(),
        expiresAt: row.offerExpiresAt.toISOString(),
        tables: (hold?.assignments ?? []).map((a) => a.table.label).sort(),
      };
    }
    return {
      id: row.id,
      workflowId: row.workflowId,
      restaurantId: row.restaurantId,
      kind: row.kind,
      status: row.status,
      partySize: row.partySize,
      from: row.windowFrom.toISOString(),
      to: row.windowTo.toISOString(),
      guest: { name: row.guestName, phone: row.guestPhone, email: row.guestEmail },
      notes: row.notes,
      channel: row.channel,
      apiKeyId: row.apiKeyId,
      createdOrder: Number(row.createdOrder),
      offer,
      offersMade: row.offersMade,
      bookingId: row.bookingId,
      quotedAt: row.quotedAt?.toISOString() ?? null,
      notifiedAt: row.notifiedAt?.toISOString() ?? null,
      notifications: row.notifications,
      closeReason: row.closeReason,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    };
  }
}

/** Whether `action` on an entry already `status` is a retry of the change that put it there. */
function replays(action: WaitlistAction, status: WaitlistStatus): boolean {
  return waitlistTarget('offered', action) === status || waitlistTarget('waiting', action) === status;
}
