/**
 * The booking path's statements, each doing in one round trip what would take Prisma's query
 * builder several. On this path every round trip costs a socket write and read on both sides,
 * and the answer to the guest waits on all of them (see README "Performance").
 */
import { randomUUID } from 'node:crypto';
import {
  compareTableLabels,
  type BookingSnapshot,
  type BookingStatus,
  type HoldFloor,
  type PlacementStep,
} from '@tablekeeper/domain';
import { Prisma } from './generated/prisma/client';
import type { Tx } from './prisma-client.factory';

/**
 * Options of every transaction that takes the restaurant's lock: a hold queues behind the others of
 * its restaurant, so it may wait for the lock longer than Prisma's defaults allow.
 */
export const LOCKING_TX_OPTIONS = { maxWait: 10_000, timeout: 15_000 } as const;

/** What the hold reads first, in one round trip. */
export interface FloorAndBooking {
  readonly floor: HoldFloor | null;
  /** The booking's status if it exists already (a retried hold). */
  readonly existingStatus: BookingStatus | null;
  /** The restaurant's country: the default region of its guests' phone numbers. */
  readonly country: string | null;
  /** The booking's data key (base64) if the gateway made one: it opens the sealed request. */
  readonly dataKey: string | null;
}

/**
 * The restaurant's floor and country, and the booking's status and data key. The exceptions to the
 * hours come for the UTC dates either side of `startsAt`, which covers its local date in any
 * timezone.
 */
export async function readFloorAndBooking(
  tx: Tx,
  restaurantId: string,
  bookingId: string,
  startsAt: Date,
): Promise<FloorAndBooking> {
  const [row] = await tx.$queryRaw<
    {
      floor: HoldFloor | null;
      existing: BookingStatus | null;
      country: string | null;
      data_key: string | null;
    }[]
  >`
    SELECT
      (SELECT json_build_object(
          'id', r.id, 'timezone', r.timezone,
          'minPartySize', r.min_party_size, 'maxPartySize', r.max_party_size,
          'defaultDurationSeconds', r.default_duration_seconds, 'holdTtlSeconds', r.hold_ttl_seconds,
          'reminderLeadSeconds', r.reminder_lead_seconds, 'noShowGraceSeconds', r.no_show_grace_seconds,
          'manualReviewTimeoutSeconds', r.manual_review_timeout_seconds,
          'autoConfirmMaxPartySize', r.auto_confirm_max_party_size,
          'undoNoShowWindowSeconds', r.undo_no_show_window_seconds,
          'slotIntervalMinutes', r.slot_interval_minutes, 'mustEndByClose', r.must_end_by_close,
          'bookingWindowDays', r.booking_window_days, 'offGridStartsAllowed', r.off_grid_starts_allowed,
          'durationByPartySize', r.duration_by_party_size,
          'servicePeriods', (SELECT COALESCE(json_agg(json_build_object(
              'id', sp.id, 'name', sp.name, 'dayOfWeek', sp.day_of_week,
              'opensAt', sp.opens_at, 'closesAt', sp.closes_at, 'lastSeatingAt', sp.last_seating_at)), '[]')
            FROM service_periods sp WHERE sp.restaurant_id = r.id),
          'exceptions', (SELECT COALESCE(json_agg(json_build_object(
              'id', ex.id, 'startsOn', ex.starts_on, 'endsOn', ex.ends_on, 'closed', ex.closed,
              'reason', ex.reason, 'periods', ex.periods)), '[]')
            FROM restaurant_exceptions ex WHERE ex.restaurant_id = r.id
              AND ex.ends_on >= (${startsAt}::timestamptz AT TIME ZONE 'UTC')::date - 1
              AND ex.starts_on <= (${startsAt}::timestamptz AT TIME ZONE 'UTC')::date + 1),
          'capacityRules', (SELECT COALESCE(json_agg(json_build_object(
              'servicePeriodId', cr.service_period_id, 'intervalMinutes', cr.interval_minutes,
              'maxCovers', cr.max_covers, 'maxParties', cr.max_parties)), '[]')
            FROM capacity_rules cr WHERE cr.restaurant_id = r.id),
          'tables', (SELECT COALESCE(json_agg(json_build_object(
              'id', t.id, 'label', t.label, 'zoneId', t.zone_id, 'zoneName', z.name,
              'minCovers', t.min_covers, 'maxCovers', t.max_covers) ORDER BY t.label), '[]')
            FROM dining_tables t JOIN zones z ON z.id = t.zone_id
            WHERE t.restaurant_id = r.id AND t.active),
          'combinable', (SELECT COALESCE(json_agg(json_build_array(c.table_id, c.partner_table_id)), '[]')
            FROM table_combinations c JOIN dining_tables t ON t.id = c.table_id
            WHERE t.restaurant_id = r.id))
        FROM restaurants r WHERE r.id = ${restaurantId}::uuid) AS floor,
      (SELECT b.status::text FROM bookings b WHERE b.id = ${bookingId}::uuid) AS existing,
      (SELECT r.country FROM restaurants r WHERE r.id = ${restaurantId}::uuid) AS country,
      (SELECT k.key FROM booking_data_keys k WHERE k.booking_id = ${bookingId}::uuid) AS data_key`;
  return {
    floor: row?.floor ?? null,
    existingStatus: row?.existing ?? null,
    country: row?.country ?? null,
    dataKey: row?.data_key ?? null,
  };
}

/** Stands for "no booking" where a table is busy because it is blocked, so `<>` comparisons hold. */
export const BLOCKED_BY_NO_BOOKING = '00000000-0000-0000-0000-000000000000';

/**
 * The assignments that keep a table busy in a window: live (not released) and not a lapsed hold's.
 * A hold past its expiry never takes capacity, even before a sweep has released its tables (its
 * workflow may have been terminated before it could expire the hold). Tables blocked for part of
 * the window (on their own or with their zone) are busy too, with no booking. The one definition
 * of busy tables: the hold, the late plan and staff's table choice all read it.
 */
export function busyAssignments(window: {
  restaurantId: string;
  startsAt: Date;
  endsAt: Date;
  now: Date;
}): Prisma.Sql {
  return Prisma.sql`
    SELECT ta.table_id, ta.booking_id
    FROM table_assignments ta JOIN bookings b ON b.id = ta.booking_id
    WHERE b.restaurant_id = ${window.restaurantId}::uuid AND ta.released_at IS NULL
      AND NOT (b.status = 'held' AND b.hold_expires_at <= ${window.now})
      AND tstzrange(ta.starts_at, ta.ends_at, '[)') && tstzrange(${window.startsAt}, ${window.endsAt}, '[)')
    UNION ALL
    SELECT dt.id, ${BLOCKED_BY_NO_BOOKING}::uuid
    FROM table_blocks tb JOIN dining_tables dt ON dt.id = tb.table_id OR dt.zone_id = tb.zone_id
    WHERE tb.restaurant_id = ${window.restaurantId}::uuid
      AND tb.starts_at < ${window.endsAt} AND tb.ends_at > ${window.startsAt}`;
}

/**
 * Releases the tables of the restaurant's lapsed holds (housekeeping under the restaurant lock: a
 * new assignment on such a table would otherwise meet the exclusion constraint).
 */
function lapsedHoldsReleased(restaurantId: string, now: Date): Prisma.Sql {
  return Prisma.sql`
    UPDATE table_assignments ta SET released_at = ${now}
    FROM bookings b
    WHERE ta.booking_id = b.id AND ta.released_at IS NULL
      AND b.restaurant_id = ${restaurantId}::uuid AND b.status = 'held' AND b.hold_expires_at <= ${now}
    RETURNING ta.id`;
}

/**
 * Under the restaurant lock: the load of one pacing slot and the tables busy in a window, lapsed
 * holds counted as free. The same statement releases the lapsed holds' tables (the reads ignore
 * them anyway, and a statement's CTEs share one snapshot), so a hold costs one round trip here.
 */
export async function readSlotLoadAndBusyTables(
  tx: Tx,
  args: {
    restaurantId: string;
    slotStart: Date;
    startsAt: Date;
    endsAt: Date;
    now: Date;
    capacityTaking: readonly BookingStatus[];
  },
): Promise<{ covers: number; parties: number; busy: Set<string> }> {
  const { restaurantId, slotStart, now } = args;
  const [row] = await tx.$queryRaw<{ covers: number; parties: number; busy: string[] }[]>`
    WITH released AS (${lapsedHoldsReleased(restaurantId, now)}), load AS (
      SELECT COALESCE(SUM(party_size), 0)::int AS covers, COUNT(*)::int AS parties FROM bookings
      WHERE restaurant_id = ${restaurantId}::uuid AND pacing_slot_start = ${slotStart}
        AND status::text = ANY(${[...args.capacityTaking]}::text[])
        AND NOT (status = 'held' AND hold_expires_at <= ${now})
    ), pending_change AS (
      -- A change waiting for staff holds its new slot's covers too (booking-modification.repository.ts).
      SELECT COALESCE(SUM(m.party_size), 0)::int AS covers, COUNT(*)::int AS parties
      FROM booking_modifications m JOIN bookings b ON b.id = m.booking_id
      WHERE m.restaurant_id = ${restaurantId}::uuid AND m.pacing_slot_start = ${slotStart}
        AND m.status = 'pending' AND b.status::text = ANY(${[...args.capacityTaking]}::text[])
    )
    SELECT load.covers + pending_change.covers AS covers, load.parties + pending_change.parties AS parties,
      (SELECT COALESCE(array_agg(DISTINCT busy.table_id::text), '{}') FROM (${busyAssignments(args)}) busy) AS busy,
      (SELECT COUNT(*) FROM released) AS released
    FROM load, pending_change`;
  return { covers: row.covers, parties: row.parties, busy: new Set(row.busy) };
}

/**
 * Under the restaurant lock: the tables busy in a window, after releasing the lapsed holds' tables
 * (a late plan for a party held without tables; the same busy tables the hold sees).
 */
export async function readBusyTables(
  tx: Tx,
  window: { restaurantId: string; startsAt: Date; endsAt: Date; now: Date },
): Promise<Set<string>> {
  const [row] = await tx.$queryRaw<{ busy: string[] }[]>`
    WITH released AS (${lapsedHoldsReleased(window.restaurantId, window.now)})
    SELECT (SELECT COALESCE(array_agg(DISTINCT busy.table_id::text), '{}') FROM (${busyAssignments(window)}) busy) AS busy,
      (SELECT COUNT(*) FROM released) AS released`;
  return new Set(row.busy);
}

export interface NewBooking {
  readonly bookingId: string;
  readonly restaurantId: string;
  /** The guest it belongs to (linkGuest or planGuestLink, in the same transaction). */
  readonly guestId: string;
  /**
   * A new guest's row (planGuestLink's pending insert), written by the booking's own statement: the
   * foreign key from the booking is checked at the statement's end, when both rows exist.
   */
  readonly guestInsert?: Prisma.Sql;
  readonly apiKeyId: string | null;
  readonly partySize: number;
  readonly startsAt: Date;
  readonly endsAt: Date;
  readonly pacingSlotStart: Date;
  readonly holdExpiresAt: Date;
  readonly channel: string;
  readonly notes: string | null;
  readonly seatingPreference: string | null;
  readonly idempotencyKey: string;
  readonly requestFingerprint: string;
  readonly workflowId: string;
  readonly tableIds: readonly string[];
  /** Labels of `tableIds`, sorted: the assignment step's event names them. */
  readonly tableLabels: readonly string[];
  readonly actor: string;
  readonly eventData: unknown;
  /** Steps taken after the hold in the same transaction (a one-shot booking), each with who
   *  took it; none for a hold. */
  readonly placement: readonly (PlacementStep & { readonly actor: string })[];
  readonly now: Date;
}

/** Where a new booking rests once its placement steps (if any) are taken. */
export interface NewBookingState {
  readonly status: BookingStatus;
  readonly version: number;
  readonly holdExpiresAt: Date | null;
  readonly reviewReason: string | null;
}

function newBookingState(booking: Pick<NewBooking, 'placement' | 'holdExpiresAt'>): NewBookingState {
  const last = booking.placement.at(-1);
  if (!last) return { status: 'held', version: 1, holdExpiresAt: booking.holdExpiresAt, reviewReason: null };
  return {
    status: last.to,
    version: 1 + booking.placement.length,
    holdExpiresAt: null,
    reviewReason: last.to === 'manual_review' ? last.reason : null,
  };
}

/**
 * Guest, booking, its tables, and one event and one outbox row for the hold and for every
 * placement step after it, in order: one statement, so a one-shot booking costs the round trips of
 * a hold. The rows are the ones the step-by-step path writes (same reasons, same payloads).
 */
export async function insertBooking(tx: Tx, booking: NewBooking): Promise<NewBookingState> {
  const state = newBookingState(booking);
  const assignmentIds = booking.tableIds.map(() => randomUUID());
  const assigned = booking.placement.some((step) => step.to === 'assigned');
  const events = [
    {
      from: null,
      to: 'held' as BookingStatus,
      actor: booking.actor,
      reason: 'hold_taken',
      data: booking.eventData,
      payload: { bookingId: booking.bookingId, status: 'held' },
    },
    ...booking.placement.map((step) => ({
      from: step.from,
      to: step.to,
      actor: step.actor,
      reason: step.reason,
      data: step.to === 'assigned' ? { tables: [...booking.tableLabels] } : null,
      payload: { bookingId: booking.bookingId, status: step.to, from: step.from, reason: step.reason },
    })),
  ];
  const guestCte = booking.guestInsert ? Prisma.sql`guest AS (${booking.guestInsert}),` : Prisma.empty;
  await tx.$executeRaw`
    WITH ${guestCte} booking AS (
      INSERT INTO bookings (id, restaurant_id, guest_id, api_key_id, status, party_size, starts_at, ends_at,
                            pacing_slot_start, hold_expires_at, channel, notes, seating_preference,
                            idempotency_key, request_fingerprint, workflow_id, review_reason, version,
                            created_at, updated_at)
      VALUES (${booking.bookingId}::uuid, ${booking.restaurantId}::uuid, ${booking.guestId}::uuid, ${booking.apiKeyId}::uuid,
             ${state.status}::"BookingStatus", ${booking.partySize}, ${booking.startsAt}, ${booking.endsAt},
             ${booking.pacingSlotStart}, ${state.holdExpiresAt}, ${booking.channel}::"Channel", ${booking.notes},
             ${booking.seatingPreference}, ${booking.idempotencyKey}, ${booking.requestFingerprint},
             ${booking.workflowId}, ${state.reviewReason}, ${state.version}, ${booking.now}, ${booking.now})
      RETURNING id
    ), tables AS (
      INSERT INTO table_assignments (id, booking_id, table_id, starts_at, ends_at, kind, created_at)
      SELECT a.id, booking.id, a.table_id, ${booking.startsAt}, ${booking.endsAt},
             ${assigned ? 'assigned' : 'held'}, ${booking.now}
      FROM booking, unnest(${assignmentIds}::uuid[], ${[...booking.tableIds]}::uuid[]) AS a(id, table_id)
    ), event AS (
      INSERT INTO booking_events (booking_id, from_status, to_status, actor, reason, data, at)
      SELECT booking.id, e.from_status::"BookingStatus", e.to_status::"BookingStatus", e.actor, e.reason,
             e.data::jsonb, ${booking.now}
      FROM booking,
           unnest(${events.map((e) => e.from)}::text[], ${events.map((e) => e.to)}::text[],
                  ${events.map((e) => e.actor)}::text[], ${events.map((e) => e.reason)}::text[],
                  ${events.map((e) => JSON.stringify(e.data))}::text[])
             WITH ORDINALITY AS e(from_status, to_status, actor, reason, data, n)
      ORDER BY e.n
    )
    INSERT INTO outbox_events (booking_id, type, dedupe_key, payload, created_at)
    SELECT booking.id, 'booking.' || o.status, ${booking.bookingId} || ':' || o.status, o.payload::jsonb,
           ${booking.now}
    FROM booking,
         unnest(${events.map((e) => e.to)}::text[], ${events.map((e) => JSON.stringify(e.payload))}::text[])
           WITH ORDINALITY AS o(status, payload, n)
    ORDER BY o.n
    ON CONFLICT DO NOTHING`;
  return state;
}

/** A booking as the workflow sees it, with its live tables, and whether any were swept. */
export interface BookingState {
  readonly snapshot: BookingSnapshot;
  readonly sweptTables: number;
}

interface BookingStateRow {
  id: string;
  workflow_id: string;
  restaurant_id: string;
  status: BookingStatus;
  party_size: number;
  starts_at: Date;
  ends_at: Date;
  hold_expires_at: Date | null;
  review_reason: string | null;
  close_reason: string | null;
  version: number;
  tables: string[];
  swept: number;
}

function stateOf(row: BookingStateRow): BookingState {
  return {
    snapshot: {
      id: row.id,
      workflowId: row.workflow_id,
      restaurantId: row.restaurant_id,
      status: row.status,
      partySize: row.party_size,
      startsAt: row.starts_at.toISOString(),
      endsAt: row.ends_at.toISOString(),
      holdExpiresAt: row.hold_expires_at?.toISOString() ?? null,
      tables: [...row.tables].sort(compareTableLabels),
      reviewReason: row.review_reason,
      closeReason: row.close_reason,
      version: row.version,
    },
    sweptTables: row.swept,
  };
}

/** One booking with its live table labels and the number of its tables a sweep released. */
export async function readBookingState(tx: Tx, bookingId: string): Promise<BookingState | null> {
  const [row] = await tx.$queryRaw<BookingStateRow[]>`
    SELECT b.id::text, b.workflow_id, b.restaurant_id::text, b.status::text AS status, b.party_size,
           b.starts_at, b.ends_at, b.hold_expires_at, b.review_reason, b.close_reason, b.version,
           COALESCE(array_agg(t.label) FILTER (WHERE ta.id IS NOT NULL AND ta.released_at IS NULL
                                              AND ta.modification_id IS NULL), '{}') AS tables,
           COUNT(ta.id) FILTER (WHERE ta.released_at IS NOT NULL)::int AS swept
    FROM bookings b
    LEFT JOIN table_assignments ta ON ta.booking_id = b.id
    LEFT JOIN dining_tables t ON t.id = ta.table_id
    WHERE b.id = ${bookingId}::uuid
    GROUP BY b.id`;
  return row ? stateOf(row) : null;
}

/** Takes the restaurant's transaction-scoped advisory lock: holds of one restaurant queue here. */
export async function lockRestaurant(tx: Tx, restaurantId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`restaurant:${restaurantId}`}, 0))`;
}

/** The lock of the restaurant a booking belongs to, found and taken in one round trip. */
export async function lockRestaurantOfBooking(tx: Tx, bookingId: string): Promise<void> {
  await tx.$executeRaw`
    SELECT pg_advisory_xact_lock(hashtextextended('restaurant:' || restaurant_id::text, 0))
    FROM bookings WHERE id = ${bookingId}::uuid`;
}

export interface StatusChange {
  readonly from: BookingState;
  readonly to: BookingStatus;
  readonly actor: string;
  readonly reason: string | null;
  readonly data: unknown;
  /** Sets review_reason (entering manual review). */
  readonly reviewReason: boolean;
  /** Sets close_reason (closing statuses). */
  readonly closeReason: boolean;
  /** Frees the booking's tables (cancelled, expired, rejected, no-show). */
  readonly releaseTables: boolean;
  /** Turns held tables into assigned ones. */
  readonly assignHeldTables: boolean;
  /** The cancellation's catalog code (cancellation-reasons.ts); null for other changes. */
  readonly closeReasonCode?: string | null;
  /** Clears close_reason and its code (a no-show undone: the booking is open again). */
  readonly reopen?: boolean;
  readonly now: Date;
}

/**
 * The status change, its event and its outbox row in one statement, guarded by the version read
 * before (optimistic lock). Returns the new snapshot, or null when the version moved meanwhile.
 */
export async function applyStatusChange(tx: Tx, change: StatusChange): Promise<BookingSnapshot | null> {
  const before = change.from.snapshot;
  const [row] = await tx.$queryRaw<{ version: number }[]>`
    WITH updated AS (
      UPDATE bookings SET
        status = ${change.to}::"BookingStatus",
        version = version + 1,
        review_reason = CASE WHEN ${change.reviewReason} THEN ${change.reason} ELSE review_reason END,
        close_reason = CASE WHEN ${change.reopen ?? false} THEN NULL
                            WHEN ${change.closeReason} AND ${change.reason}::text IS NOT NULL
                            THEN ${change.reason} ELSE close_reason END,
        close_reason_code = CASE WHEN ${change.reopen ?? false} THEN NULL
                                 ELSE COALESCE(${change.closeReasonCode ?? null}::text, close_reason_code) END,
        hold_expires_at = CASE WHEN ${change.to} <> 'held' THEN NULL ELSE hold_expires_at END,
        updated_at = ${change.now}
      WHERE id = ${before.id}::uuid AND version = ${before.version}
      RETURNING id, version
    ), released AS (
      UPDATE table_assignments SET released_at = ${change.now}
      WHERE ${change.releaseTables} AND booking_id = (SELECT id FROM updated) AND released_at IS NULL
      RETURNING id
    ), assigned AS (
      UPDATE table_assignments SET kind = 'assigned'
      WHERE ${change.assignHeldTables} AND booking_id = (SELECT id FROM updated) AND released_at IS NULL
      RETURNING id
    ), event AS (
      INSERT INTO booking_events (booking_id, from_status, to_status, actor, reason, data, at)
      SELECT id, ${before.status}::"BookingStatus", ${change.to}::"BookingStatus", ${change.actor},
             ${change.reason}, ${JSON.stringify(change.data ?? null)}::jsonb, ${change.now}
      FROM updated
    ), outbox AS (
      INSERT INTO outbox_events (booking_id, type, dedupe_key, payload, created_at)
      SELECT id, ${change.reopen ? 'booking.no_show_undone' : `booking.${change.to}`},
             ${change.reopen ? `${before.id}:no_show_undone:${before.version + 1}` : `${before.id}:${change.to}`},
             ${JSON.stringify({
               bookingId: before.id,
               status: change.to,
               from: before.status,
               reason: change.reason,
               ...(change.closeReasonCode ? { reasonCode: change.closeReasonCode } : {}),
             })}::jsonb,
             ${change.now}
      FROM updated
      ON CONFLICT DO NOTHING
    )
    SELECT version FROM updated`;
  if (!row) return null;
  return {
    ...before,
    status: change.to,
    version: row.version,
    holdExpiresAt: change.to === 'held' ? before.holdExpiresAt : null,
    reviewReason: change.reviewReason ? change.reason : before.reviewReason,
    closeReason: change.reopen
      ? null
      : change.closeReason && change.reason !== null
        ? change.reason
        : before.closeReason,
    tables: change.releaseTables ? [] : before.tables,
  };
}

/**
 * A hold past its expiry never takes capacity, even if its workflow was terminated before it could
 * expire the hold: its tables are released here, under the restaurant lock.
 */
export async function releaseLapsedHolds(tx: Tx, restaurantId: string, now: Date): Promise<void> {
  await tx.$executeRaw(lapsedHoldsReleased(restaurantId, now));
}
