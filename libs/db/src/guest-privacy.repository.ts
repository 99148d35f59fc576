/**
 * GDPR for one guest: everything held about them (export), and their erasure in one transaction.
 * An erased guest keeps its row and its bookings as anonymous statistics (date, party, status,
 * channel, covers); every personal field, note, consent and free text is gone, the keys that seal
 * their data in Temporal payloads are deleted, and a receipt without the data is kept.
 * booking_events stays append-only: its trigger lets only a transaction that names the guest
 * (`tablekeeper.erasing_guest`) clear `reason` and `data` of that guest's bookings' events.
 * Their waitlist entries (wishes and walk-ins, linked by identity at join) likewise keep party,
 * window, times and status, lose name, contact, notes and free text, and their keys are deleted.
 */
import {
  isTerminal,
  isTerminalWaitlistStatus,
  type BookingStatus,
  type WaitlistStatus,
} from '@tablekeeper/domain';
import type { PrismaClient, Tx } from './prisma-client.factory';
import { ERASED_GUEST_NAME } from './guest-data-seal';

export interface GuestExport {
  readonly exportedAt: string;
  readonly guest: Record<string, unknown>;
  readonly bookings: readonly Record<string, unknown>[];
  readonly bookingEvents: readonly Record<string, unknown>[];
  readonly bookingModifications: readonly Record<string, unknown>[];
  readonly notes: readonly Record<string, unknown>[];
  readonly consentHistory: readonly Record<string, unknown>[];
  readonly merges: readonly Record<string, unknown>[];
  readonly conflicts: readonly Record<string, unknown>[];
  readonly outboxEvents: readonly Record<string, unknown>[];
  readonly webhookDeliveries: readonly Record<string, unknown>[];
  readonly waitlistEntries: readonly Record<string, unknown>[];
  readonly temporal: {
    readonly workflows: readonly { bookingId: string; workflowId: string; payloadsSealed: boolean }[];
    /** The wishes' entry workflows (walk-ins have none). */
    readonly waitlistWorkflows: readonly { entryId: string; workflowId: string; payloadsSealed: boolean }[];
  };
  readonly erasures: readonly Record<string, unknown>[];
}

export interface ErasureReceipt {
  readonly id: string;
  readonly guestId: string;
  readonly actor: string;
  readonly at: string;
  readonly removed: Readonly<Record<string, number>>;
  readonly inProgressBookings: readonly string[];
  /** Waitlist entries still waiting or offered: anonymised, left on the list, staff decide. */
  readonly inProgressWaitlistEntries: readonly string[];
  /** The guest had been erased before: this is that erasure's receipt, nothing was done again. */
  readonly alreadyErased: boolean;
}

/** Personal data this erasure needs to find in Redis: ids and the values as they were written. */
export interface ErasedIdentity {
  readonly bookingIds: readonly string[];
  readonly waitlistEntryIds: readonly string[];
  readonly values: readonly string[];
}

export class GuestNotFoundError extends Error {}

const json = (value: unknown): Record<string, unknown> =>
  JSON.parse(JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v))) as Record<
    string,
    unknown
  >;

export class GuestPrivacyRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /** Everything held about the guest, within the restaurant; null when it is not theirs. */
  async export(restaurantId: string, guestId: string): Promise<GuestExport | null> {
    const guest = await this.prisma.guest.findFirst({ where: { id: guestId, restaurantId } });
    if (!guest) return null;
    const bookings = await this.prisma.booking.findMany({
      where: { guestId },
      orderBy: { startsAt: 'asc' },
      include: { assignments: { include: { table: { select: { label: true } } } } },
    });
    const ids = bookings.map((b) => b.id);
    const entries = await this.prisma.waitlistEntry.findMany({
      where: { guestId },
      orderBy: { createdOrder: 'asc' },
    });
    const entryIds = entries.map((e) => e.id);
    const [entryKeys, entryEvents] = await Promise.all([
      this.prisma.waitlistDataKey.findMany({
        where: { entryId: { in: entryIds } },
        select: { entryId: true },
      }),
      this.prisma.$queryRaw<Record<string, unknown>[]>`
        SELECT id, type, dedupe_key AS "dedupeKey", payload, created_at AS "createdAt"
        FROM outbox_events WHERE booking_id IS NULL AND payload->'entry'->>'id' = ANY(${entryIds}::text[])
        ORDER BY id`,
    ]);
    const sealedEntries = new Set(entryKeys.map((k) => k.entryId));
    const [events, modifications, notes, consent, merges, conflicts, outbox, keys, erasures] =
      await Promise.all([
        this.prisma.bookingEvent.findMany({ where: { bookingId: { in: ids } }, orderBy: { id: 'asc' } }),
        this.prisma.bookingModification.findMany({
          where: { bookingId: { in: ids } },
          orderBy: { createdAt: 'asc' },
        }),
        this.prisma.guestNote.findMany({
          where: { guestId },
          orderBy: [{ noteId: 'asc' }, { version: 'asc' }],
        }),
        this.prisma.guestConsentEvent.findMany({ where: { guestId }, orderBy: { id: 'asc' } }),
        this.prisma.guestMerge.findMany({
          where: { OR: [{ survivorId: guestId }, { mergedGuestId: guestId }] },
          orderBy: { at: 'asc' },
        }),
        this.prisma.guestConflict.findMany({
          where: { OR: [{ guestId }, { otherGuestId: guestId }] },
          orderBy: { createdAt: 'asc' },
        }),
        this.prisma.outboxEvent.findMany({ where: { bookingId: { in: ids } }, orderBy: { id: 'asc' } }),
        this.prisma.bookingDataKey.findMany({
          where: { bookingId: { in: ids } },
          select: { bookingId: true },
        }),
        this.prisma.guestErasure.findMany({ where: { guestId }, orderBy: { at: 'asc' } }),
      ]);
    const deliveries = await this.prisma.webhookDelivery.findMany({
      where: { OR: [{ outboxEventId: { in: outbox.map((o) => o.id) } }, { orderKey: { in: ids } }] },
      orderBy: { id: 'asc' },
      include: { endpoint: { select: { url: true } } },
    });
    const sealed = new Set(keys.map((k) => k.bookingId));
    return {
      exportedAt: new Date().toISOString(),
      guest: json(guest),
      bookings: bookings.map(({ assignments, requestFingerprint: _fingerprint, ...b }) =>
        json({
          ...b,
          tables: assignments.filter((a) => a.releasedAt === null).map((a) => a.table.label),
        }),
      ),
      bookingEvents: events.map(json),
      bookingModifications: modifications.map(json),
      notes: notes.map(json),
      consentHistory: consent.map(json),
      merges: merges.map(json),
      conflicts: conflicts.map(json),
      outboxEvents: [...outbox.map(json), ...entryEvents.map(json)],
      webhookDeliveries: deliveries.map(({ endpoint, body, ...d }) =>
        json({ ...d, endpointUrl: endpoint.url, body: parseBody(body) }),
      ),
      waitlistEntries: entries.map(({ requestFingerprint: _fingerprint, ...e }) => json(e)),
      temporal: {
        workflows: bookings.map((b) => ({
          bookingId: b.id,
          workflowId: b.workflowId,
          payloadsSealed: sealed.has(b.id),
        })),
        waitlistWorkflows: entries
          .filter((e) => e.kind === 'wish')
          .map((e) => ({ entryId: e.id, workflowId: e.workflowId, payloadsSealed: sealedEntries.has(e.id) })),
      },
      erasures: erasures.map(json),
    };
  }

  /** The guest's identity as it is now: what a purge of caches must look for. */
  async identityOf(restaurantId: string, guestId: string): Promise<ErasedIdentity | null> {
    const guest = await this.prisma.guest.findFirst({
      where: { id: guestId, restaurantId },
      include: {
        bookings: { select: { id: true } },
        waitlistEntries: { select: { id: true, guestName: true, guestPhone: true, guestEmail: true } },
      },
    });
    if (!guest) return null;
    // An entry holds the contact as it was written at join, which may differ from the profile's.
    const values = [
      guest.name,
      guest.phone,
      guest.email,
      guest.phoneE164,
      guest.emailNormalized,
      ...guest.waitlistEntries.flatMap((e) => [e.guestName, e.guestPhone, e.guestEmail]),
    ].filter((v): v is string => typeof v === 'string' && v.length >= 3 && v !== ERASED_GUEST_NAME);
    return {
      bookingIds: guest.bookings.map((b) => b.id),
      waitlistEntryIds: guest.waitlistEntries.map((e) => e.id),
      values: [...new Set(values)],
    };
  }

  async erase(
    restaurantId: string,
    guestId: string,
    actor: string,
    now = new Date(),
  ): Promise<ErasureReceipt> {
    return this.prisma.$transaction(async (tx) => {
      const [guest] = await tx.$queryRaw<{ id: string; erased_at: Date | null }[]>`
        SELECT id, erased_at FROM guests WHERE id = ${guestId}::uuid AND restaurant_id = ${restaurantId}::uuid
        FOR UPDATE`;
      if (!guest) throw new GuestNotFoundError(guestId);
      if (guest.erased_at) {
        const earlier = await tx.guestErasure.findFirst({ where: { guestId }, orderBy: { at: 'desc' } });
        if (earlier) return receiptOf(earlier, true);
      }
      // Locks the guest's bookings too: a booking step running now waits for the erasure, and
      // one that ran first is what the erasure clears.
      const bookings = await tx.$queryRaw<{ id: string; status: BookingStatus }[]>`
        SELECT id, status::text AS status FROM bookings WHERE guest_id = ${guestId}::uuid ORDER BY starts_at FOR UPDATE`;
      const ids = bookings.map((b) => b.id);
      const inProgress = bookings.filter((b) => !isTerminal(b.status)).map((b) => b.id);
      // Their waitlist entries, locked as the bookings are: a join or change running now waits.
      const entries = await tx.$queryRaw<{ id: string; status: WaitlistStatus }[]>`
        SELECT id, status::text AS status FROM waitlist_entries WHERE guest_id = ${guestId}::uuid
        ORDER BY created_order FOR UPDATE`;
      const entryIds = entries.map((e) => e.id);
      const removed = {
        ...(await this.clear(tx, guestId, ids, now)),
        ...(await this.clearWaitlist(tx, entryIds, now)),
      };
      const receipt = await tx.guestErasure.create({
        data: {
          restaurantId,
          guestId,
          actor,
          removed: { ...removed, bookingsAnonymised: ids.length, waitlistEntriesAnonymised: entryIds.length },
          inProgressBookings: inProgress,
          inProgressWaitlistEntries: entries
            .filter((e) => !isTerminalWaitlistStatus(e.status))
            .map((e) => e.id),
          at: now,
        },
      });
      return receiptOf(receipt, false);
    });
  }

  private async clear(tx: Tx, guestId: string, ids: string[], now: Date): Promise<Record<string, number>> {
    // The trigger on booking_events admits this transaction's updates for this guest only.
    await tx.$executeRaw`SELECT set_config('tablekeeper.erasing_guest', ${guestId}, true)`;
    const events = await tx.$executeRaw`
      UPDATE booking_events SET reason = NULL, data = NULL
      WHERE booking_id = ANY(${ids}::uuid[]) AND (reason IS NOT NULL OR data IS NOT NULL)`;
    await tx.$executeRaw`SELECT set_config('tablekeeper.erasing_guest', '', true)`;
    const bookings = await tx.$executeRaw`
      UPDATE bookings SET notes = NULL, close_reason = NULL, request_fingerprint = 'erased', updated_at = ${now}
      WHERE id = ANY(${ids}::uuid[])`;
    const modifications = await tx.$executeRaw`
      UPDATE booking_modifications
      SET before = before - 'guest' - 'notes', after = after - 'guest' - 'notes'
      WHERE booking_id = ANY(${ids}::uuid[])`;
    const outbox = await tx.$executeRaw`
      UPDATE outbox_events SET payload = payload - 'reason' - 'note' - 'notes' - 'guest'
      WHERE booking_id = ANY(${ids}::uuid[])`;
    // The bodies as they were sent: the guest's contact and the free text come out, the rest stays.
    const deliveries = await tx.$executeRaw`
      UPDATE webhook_deliveries d
      SET body = (d.body::jsonb #- '{data,guest}' #- '{data,reason}' #- '{data,note}' #- '{data,notes}'
                  #- '{data,booking,guest}' #- '{data,booking,guestTags}' #- '{data,booking,allergens}')::text,
          last_error = NULL
      WHERE d.order_key = ANY(${ids}::text[])
         OR d.outbox_event_id IN (SELECT id FROM outbox_events WHERE booking_id = ANY(${ids}::uuid[]))`;
    const notes = await tx.$executeRaw`DELETE FROM guest_notes WHERE guest_id = ${guestId}::uuid`;
    const consentEvents =
      await tx.$executeRaw`DELETE FROM guest_consent_events WHERE guest_id = ${guestId}::uuid`;
    const conflicts = await tx.$executeRaw`
      DELETE FROM guest_conflicts WHERE guest_id = ${guestId}::uuid OR other_guest_id = ${guestId}::uuid`;
    const manageTokens = await tx.$executeRaw`
      UPDATE manage_tokens SET revoked_at = ${now} WHERE booking_id = ANY(${ids}::uuid[]) AND revoked_at IS NULL`;
    const dataKeysDestroyed =
      await tx.$executeRaw`DELETE FROM booking_data_keys WHERE booking_id = ANY(${ids}::uuid[])`;
    await tx.$executeRaw`
      UPDATE guests SET name = ${ERASED_GUEST_NAME}, phone = NULL, email = NULL, phone_e164 = NULL,
        email_normalized = NULL, language = NULL, tags = '{}', allergens = '{}', dietary_notes = NULL,
        marketing_consent = NULL, marketing_consent_at = NULL, marketing_consent_source = NULL,
        erased_at = ${now}, updated_at = ${now}
      WHERE id = ${guestId}::uuid`;
    return {
      bookingEventsCleared: events,
      bookingsCleared: bookings,
      modificationsCleared: modifications,
      outboxEventsCleared: outbox,
      webhookDeliveriesCleared: deliveries,
      notes,
      consentEvents,
      conflicts,
      manageTokensRevoked: manageTokens,
      dataKeysDestroyed,
    };
  }

  /**
   * The guest's waitlist entries as anonymous statistics: party, window, times, status and channel
   * stay; name, contact, notes, close reason and request fingerprint go, and so do the free text
   * of their outbox rows (a reason, a notification's message) and the keys of their workflows.
   */
  private async clearWaitlist(tx: Tx, entryIds: string[], now: Date): Promise<Record<string, number>> {
    const waitlistEntriesCleared = await tx.$executeRaw`
      UPDATE waitlist_entries SET guest_name = ${ERASED_GUEST_NAME}, guest_phone = NULL, guest_email = NULL,
        notes = NULL, close_reason = NULL, request_fingerprint = 'erased', updated_at = ${now}
      WHERE id = ANY(${entryIds}::uuid[])`;
    const waitlistOutboxEventsCleared = await tx.$executeRaw`
      UPDATE outbox_events SET payload = payload - 'reason' - 'note' - 'notes' - 'guest' #- '{notification,message}'
      WHERE booking_id IS NULL AND payload->'entry'->>'id' = ANY(${entryIds}::text[])`;
    const waitlistWebhookDeliveriesCleared = await tx.$executeRaw`
      UPDATE webhook_deliveries d
      SET body = (d.body::jsonb #- '{data,guest}' #- '{data,reason}' #- '{data,note}' #- '{data,notes}'
                  #- '{data,notification,message}')::text,
          last_error = NULL
      WHERE d.order_key = ANY(${entryIds}::text[])
         OR d.outbox_event_id IN (SELECT id FROM outbox_events
                                  WHERE booking_id IS NULL AND payload->'entry'->>'id' = ANY(${entryIds}::text[]))`;
    const waitlistDataKeysDestroyed =
      await tx.$executeRaw`DELETE FROM waitlist_data_keys WHERE entry_id = ANY(${entryIds}::uuid[])`;
    return {
      waitlistEntriesCleared,
      waitlistOutboxEventsCleared,
      waitlistWebhookDeliveriesCleared,
      waitlistDataKeysDestroyed,
    };
  }
}

function parseBody(body: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return body;
  }
}

function receiptOf(
  row: {
    id: string;
    guestId: string;
    actor: string;
    at: Date;
    removed: unknown;
    inProgressBookings: string[];
    inProgressWaitlistEntries: string[];
  },
  alreadyErased: boolean,
): ErasureReceipt {
  return {
    id: row.id,
    guestId: row.guestId,
    actor: row.actor,
    at: row.at.toISOString(),
    removed: row.removed as Record<string, number>,
    inProgressBookings: row.inProgressBookings,
    inProgressWaitlistEntries: row.inProgressWaitlistEntries,
    alreadyErased,
  };
}
