import {
  endpointWants,
  outboxMessageId,
  webhookEnvelope,
  webhookEvent,
  webhookEventOfOutbox,
  type WebhookBookingFacts,
  type WebhookGuestContact,
} from '@tablekeeper/domain';
import { Prisma } from './generated/prisma/client';
import type { PrismaClient, Tx } from './prisma-client.factory';

/** A delivery a relay holds (leased) and is about to send. */
export interface ClaimedDelivery {
  readonly id: bigint;
  readonly endpointId: string;
  readonly restaurantId: string;
  readonly url: string;
  readonly messageId: string;
  readonly eventType: string;
  readonly body: string;
  /** Attempts already made in this round. */
  readonly attempts: number;
  readonly rateLimitPerSecond: number;
  /** The current secret first, then the previous one while its overlap lasts. */
  readonly secrets: readonly string[];
}

export type RecordedOutcome =
  | { readonly kind: 'delivered' }
  | { readonly kind: 'gone' }
  /** `retryAt` null: the schedule is exhausted, the delivery is given up. */
  | { readonly kind: 'failed'; readonly retryAt: Date | null };

export interface AttemptRecord {
  readonly delivery: ClaimedDelivery;
  readonly outcome: RecordedOutcome;
  readonly statusCode: number | null;
  readonly latencyMs: number;
  readonly error: string | null;
  readonly at: Date;
  /** An endpoint failing at least this long is disabled (and the restaurant told). */
  readonly disableAfterSeconds: number;
}

export interface AttemptEffects {
  /** The endpoint was switched off by this attempt: `gone` (410) or `failing` (days of failures). */
  readonly disabled: 'gone' | 'failing' | null;
}

interface OutboxRow {
  id: bigint;
  booking_id: string | null;
  type: string;
  payload: Record<string, unknown>;
  created_at: Date;
}

interface BookingRow {
  id: string;
  restaurant_id: string;
  status: string;
  starts_at: Date;
  ends_at: Date;
  party_size: number;
  channel: string;
  tables: string[];
  guest_name: string;
  guest_phone: string | null;
  guest_email: string | null;
  guest_tags: string[];
}

interface EndpointRow {
  id: string;
  restaurant_id: string;
  event_types: string[];
  guest_contact_allowed: boolean;
}

const FANOUT_LOCK = 'tablekeeper:webhook-fanout';

/**
 * A delivery a relay may lease now (`d` a webhook_deliveries row, `e` its endpoint): pending,
 * due, not leased, endpoint enabled. claimDue() adds a booking's order; pendingWork() asks only
 * whether one exists.
 */
const DUE_NOW = Prisma.sql`d.status = 'pending' AND d.next_attempt_at <= now()
  AND (d.leased_until IS NULL OR d.leased_until < now()) AND e.enabled`;

/**
 * The relay's side of webhooks: outbox rows fanned out into one delivery per endpoint, due
 * deliveries leased to one relay at a time, and each attempt's outcome recorded.
 */
export class WebhookDeliveryRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /**
   * Whether a pass has anything to do: outbox rows not fanned out yet, and deliveries due now
   * (DUE_NOW: a superset of what claimDue() leases, which waits for a booking's older ones). One
   * statement, so an idle relay's poll costs one round trip instead of the fan-out transaction's
   * four and the claim's one.
   */
  async pendingWork(): Promise<{ outbox: boolean; due: boolean }> {
    const [row] = await this.prisma.$queryRaw<{ outbox: boolean; due: boolean }[]>`
      SELECT
        EXISTS (SELECT 1 FROM outbox_events WHERE published_at IS NULL) AS outbox,
        EXISTS (
          SELECT 1 FROM webhook_deliveries d JOIN webhook_endpoints e ON e.id = d.endpoint_id
          WHERE ${DUE_NOW}) AS due`;
    return { outbox: row?.outbox ?? false, due: row?.due ?? false };
  }

  /**
   * Turns up to `limit` unpublished outbox rows, oldest first, into deliveries for every enabled
   * endpoint of their restaurant that wants the event, and marks them published, in one
   * transaction. One relay fans out at a time (a transaction-scoped advisory lock; the others skip
   * this step), so deliveries of one booking get ids in the order of its outbox rows, which is the
   * order they are sent in. Returns the rows taken (0 when another relay holds the step).
   */
  async fanOut(limit: number, linkBase: string): Promise<number> {
    return this.prisma.$transaction(async (tx) => {
      const [lock] = await tx.$queryRaw<{ locked: boolean }[]>`
        SELECT pg_try_advisory_xact_lock(hashtext(${FANOUT_LOCK})) AS locked`;
      if (!lock?.locked) return 0;
      const rows = await tx.$queryRaw<OutboxRow[]>`
        SELECT id, booking_id, type, payload, created_at FROM outbox_events
        WHERE published_at IS NULL ORDER BY id LIMIT ${limit} FOR UPDATE SKIP LOCKED`;
      if (rows.length === 0) return 0;
      const bookings = await bookingFacts(tx, [...new Set(rows.flatMap((r) => r.booking_id ?? []))]);
      const entryGuests = await waitlistGuests(tx, [
        ...new Set(rows.flatMap((r) => (r.booking_id ? [] : (waitlistEntryIdOf(r.payload) ?? [])))),
      ]);
      const restaurantOf = (row: OutboxRow) =>
        (row.booking_id ? bookings.get(row.booking_id)?.restaurant_id : undefined) ??
        (typeof row.payload.restaurantId === 'string' ? row.payload.restaurantId : undefined);
      const restaurantIds = [...new Set(rows.flatMap((r) => restaurantOf(r) ?? []))];
      const endpoints = await tx.$queryRaw<EndpointRow[]>`
        SELECT id, restaurant_id, event_types, guest_contact_allowed FROM webhook_endpoints
        WHERE enabled AND restaurant_id = ANY(${restaurantIds}::uuid[])`;
      const deliveries: {
        endpointId: string;
        outboxEventId: bigint;
        messageId: string;
        eventType: string;
        orderKey: string | null;
        body: string;
      }[] = [];
      for (const row of rows) {
        const event = webhookEventOfOutbox(row.type, row.payload);
        const restaurantId = restaurantOf(row);
        if (!event || !restaurantId) continue;
        const booking = row.booking_id ? bookings.get(row.booking_id) : undefined;
        const messageId = outboxMessageId(row.id);
        const bodies = new Map<boolean, string>();
        const bodyFor = (withGuest: boolean) => {
          let body = bodies.get(withGuest);
          if (body === undefined) {
            body = JSON.stringify(
              webhookEnvelope({
                event,
                messageId,
                occurredAt: row.created_at,
                payload: row.payload,
                booking: booking && event.subject === 'booking' ? factsOf(booking, linkBase) : null,
                guest: !withGuest
                  ? null
                  : booking
                    ? contactOf(booking)
                    : (entryGuests.get(waitlistEntryIdOf(row.payload) ?? '') ?? null),
              }),
            );
            bodies.set(withGuest, body);
          }
          return body;
        };
        for (const endpoint of endpoints) {
          if (endpoint.restaurant_id !== restaurantId || !endpointWants(endpoint.event_types, event.type))
            continue;
          deliveries.push({
            endpointId: endpoint.id,
            outboxEventId: row.id,
            messageId,
            eventType: event.type,
            orderKey: row.booking_id,
            body: bodyFor(endpoint.guest_contact_allowed),
          });
        }
      }
      if (deliveries.length > 0) {
        await tx.webhookDelivery.createMany({ data: deliveries, skipDuplicates: true });
      }
      await tx.$executeRaw`
        UPDATE outbox_events SET published_at = now() WHERE id = ANY(${rows.map((r) => r.id)}::bigint[])`;
      return rows.length;
    });
  }

  /**
   * Leases up to `limit` due deliveries of enabled endpoints for `leaseSeconds`. A delivery waits
   * while an older one with the same order key (its booking) is still pending for that endpoint,
   * so a booking's events arrive in order; SKIP LOCKED lets relays claim side by side.
   */
  async claimDue(limit: number, leaseSeconds: number): Promise<ClaimedDelivery[]> {
    const rows = await this.prisma.$queryRaw<
      {
        id: bigint;
        endpoint_id: string;
        restaurant_id: string;
        url: string;
        message_id: string;
        event_type: string;
        body: string;
        attempts: number;
        rate_limit_per_second: number;
        secret: string;
        previous_secret: string | null;
      }[]
    >`
      WITH due AS (
        SELECT d.id FROM webhook_deliveries d
        JOIN webhook_endpoints e ON e.id = d.endpoint_id
        WHERE ${DUE_NOW}
          AND (d.order_key IS NULL OR NOT EXISTS (
            SELECT 1 FROM webhook_deliveries p
            WHERE p.endpoint_id = d.endpoint_id AND p.order_key = d.order_key
              AND p.status = 'pending' AND p.id < d.id))
        ORDER BY d.next_attempt_at, d.id
        LIMIT ${limit}
        FOR UPDATE OF d SKIP LOCKED
      )
      UPDATE webhook_deliveries d SET leased_until = now() + make_interval(secs => ${leaseSeconds})
      FROM due, webhook_endpoints e
      WHERE d.id = due.id AND e.id = d.endpoint_id
      RETURNING d.id, d.endpoint_id, e.restaurant_id, e.url, d.message_id, d.event_type, d.body,
                d.attempts, e.rate_limit_per_second, e.secret,
                CASE WHEN e.previous_secret_expires_at > now() THEN e.previous_secret END AS previous_secret`;
    return rows
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .map((r) => ({
        id: r.id,
        endpointId: r.endpoint_id,
        restaurantId: r.restaurant_id,
        url: r.url,
        messageId: r.message_id,
        eventType: r.event_type,
        body: r.body,
        attempts: r.attempts,
        rateLimitPerSecond: r.rate_limit_per_second,
        secrets: r.previous_secret ? [r.secret, r.previous_secret] : [r.secret],
      }));
  }

  /** Gives a leased delivery back unsent (its endpoint's rate limit), to be claimed again at `at`. */
  async postpone(id: bigint, at: Date): Promise<void> {
    await this.prisma.$executeRaw`
      UPDATE webhook_deliveries SET leased_until = NULL, next_attempt_at = ${at}
      WHERE id = ${id} AND status = 'pending'`;
  }

  /** One attempt's outcome, the endpoint's failure run, and a disabling with its notice: one transaction. */
  async recordAttempt(record: AttemptRecord): Promise<AttemptEffects> {
    const { delivery, outcome, at } = record;
    return this.prisma.$transaction(async (tx) => {
      const status =
        outcome.kind === 'delivered'
          ? 'delivered'
          : outcome.kind === 'failed' && !outcome.retryAt
            ? 'failed'
            : 'pending';
      const retryAt = outcome.kind === 'failed' ? (outcome.retryAt ?? at) : at;
      const updated = await tx.$executeRaw`
        UPDATE webhook_deliveries SET
          status = ${status}, attempts = attempts + 1, total_attempts = total_attempts + 1,
          leased_until = NULL,
          next_attempt_at = ${retryAt}, last_attempt_at = ${at}, last_status_code = ${record.statusCode},
          last_latency_ms = ${record.latencyMs}, last_error = ${record.error},
          delivered_at = CASE WHEN ${status} = 'delivered' THEN ${at} ELSE delivered_at END
        WHERE id = ${delivery.id} AND status = 'pending'`;
      if (updated === 0) return { disabled: null };
      if (outcome.kind === 'delivered') {
        await tx.$executeRaw`
          UPDATE webhook_endpoints SET failing_since = NULL WHERE id = ${delivery.endpointId}::uuid AND failing_since IS NOT NULL`;
        return { disabled: null };
      }
      if (outcome.kind === 'gone') {
        return { disabled: await disableEndpoint(tx, delivery.endpointId, 'gone', at) };
      }
      const [endpoint] = await tx.$queryRaw<{ failing_since: Date }[]>`
        UPDATE webhook_endpoints SET failing_since = COALESCE(failing_since, ${at})
        WHERE id = ${delivery.endpointId}::uuid RETURNING failing_since`;
      if (endpoint && at.getTime() - endpoint.failing_since.getTime() >= record.disableAfterSeconds * 1000) {
        return { disabled: await disableEndpoint(tx, delivery.endpointId, 'failing', at) };
      }
      return { disabled: null };
    });
  }

  /** Age in seconds of the oldest undelivered message per endpoint (metrics), and of the oldest unfanned outbox row. */
  async backlog(): Promise<{
    endpoints: { endpointId: string; oldestSeconds: number; pending: number }[];
    outboxOldestSeconds: number;
  }> {
    const endpoints = await this.prisma.$queryRaw<{ endpoint_id: string; oldest: number; pending: bigint }[]>`
      SELECT d.endpoint_id, EXTRACT(EPOCH FROM now() - min(d.created_at))::float8 AS oldest, count(*) AS pending
      FROM webhook_deliveries d JOIN webhook_endpoints e ON e.id = d.endpoint_id
      WHERE d.status = 'pending' AND e.enabled GROUP BY d.endpoint_id`;
    const [outbox] = await this.prisma.$queryRaw<{ oldest: number | null }[]>`
      SELECT EXTRACT(EPOCH FROM now() - min(created_at))::float8 AS oldest FROM outbox_events WHERE published_at IS NULL`;
    return {
      endpoints: endpoints.map((e) => ({
        endpointId: e.endpoint_id,
        oldestSeconds: e.oldest,
        pending: Number(e.pending),
      })),
      outboxOldestSeconds: outbox?.oldest ?? 0,
    };
  }
}

/**
 * Switches an endpoint off and tells the restaurant's other enabled endpoints that want to know
 * (a `webhook_endpoint.disabled` delivery each, in the same transaction). Null when it was off already.
 */
async function disableEndpoint(
  tx: Tx,
  endpointId: string,
  reason: 'gone' | 'failing',
  at: Date,
): Promise<'gone' | 'failing' | null> {
  const [endpoint] = await tx.$queryRaw<{ restaurant_id: string; url: string }[]>`
    UPDATE webhook_endpoints SET enabled = false, disabled_reason = ${reason}, disabled_at = ${at}
    WHERE id = ${endpointId}::uuid AND enabled RETURNING restaurant_id, url`;
  if (!endpoint) return null;
  const event = webhookEvent('webhook_endpoint.disabled');
  if (!event) throw new Error('webhook_endpoint.disabled is missing from the catalog');
  const others = await tx.$queryRaw<{ id: string; event_types: string[] }[]>`
    SELECT id, event_types FROM webhook_endpoints
    WHERE restaurant_id = ${endpoint.restaurant_id}::uuid AND enabled AND id <> ${endpointId}::uuid`;
  const messageId = `evt_disabled_${endpointId}_${at.getTime()}`;
  const body = JSON.stringify(
    webhookEnvelope({
      event,
      messageId,
      occurredAt: at,
      payload: { endpointId, url: endpoint.url, reason },
      booking: null,
      guest: null,
    }),
  );
  const notices = others
    .filter((o) => endpointWants(o.event_types, event.type))
    .map((o) => ({ endpointId: o.id, messageId, eventType: event.type, body }));
  if (notices.length > 0) await tx.webhookDelivery.createMany({ data: notices });
  return reason;
}

/** The waitlist entry an outbox row of no booking is about (its `entry.id`), if any. */
function waitlistEntryIdOf(payload: Readonly<Record<string, unknown>>): string | undefined {
  const entry = payload.entry as { id?: unknown } | undefined;
  return typeof entry?.id === 'string' ? entry.id : undefined;
}

/**
 * The guest of each waitlist entry, for endpoints allowed guest contact (the restaurant's SMS
 * integration texting a walk-in that their table is ready); others get none, as for bookings.
 */
async function waitlistGuests(tx: Tx, ids: string[]): Promise<Map<string, WebhookGuestContact>> {
  if (ids.length === 0) return new Map();
  const rows = await tx.waitlistEntry.findMany({
    where: { id: { in: ids } },
    select: { id: true, guestName: true, guestPhone: true, guestEmail: true },
  });
  return new Map(rows.map((r) => [r.id, { name: r.guestName, phone: r.guestPhone, email: r.guestEmail }]));
}

async function bookingFacts(tx: Tx, ids: string[]): Promise<Map<string, BookingRow>> {
  if (ids.length === 0) return new Map();
  const rows = await tx.$queryRaw<BookingRow[]>`
    SELECT b.id, b.restaurant_id, b.status::text AS status, b.starts_at, b.ends_at, b.party_size,
           b.channel::text AS channel, g.name AS guest_name, g.phone AS guest_phone, g.email AS guest_email,
           g.tags AS guest_tags,
           COALESCE((SELECT array_agg(t.label ORDER BY t.label) FROM table_assignments a
                     JOIN dining_tables t ON t.id = a.table_id
                     WHERE a.booking_id = b.id AND a.released_at IS NULL AND a.modification_id IS NULL),
                    '{}') AS tables
    FROM bookings b JOIN guests g ON g.id = b.guest_id
    WHERE b.id = ANY(${ids}::uuid[])`;
  return new Map(rows.map((r) => [r.id, r]));
}

function factsOf(row: BookingRow, linkBase: string): WebhookBookingFacts {
  return {
    id: row.id,
    restaurantId: row.restaurant_id,
    status: row.status,
    startsAt: row.starts_at.toISOString(),
    endsAt: row.ends_at.toISOString(),
    partySize: row.party_size,
    tables: row.tables,
    channel: row.channel,
    guestTags: row.guest_tags,
    link: `${linkBase.replace(/\/+$/, '')}/v1/bookings/${row.id}`,
  };
}

function contactOf(row: BookingRow): WebhookGuestContact {
  return { name: row.guest_name, phone: row.guest_phone, email: row.guest_email };
}
