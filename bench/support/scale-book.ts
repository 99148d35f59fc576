import { Client, WithStartWorkflowOperation } from '@temporalio/client';
import { ApiKeyRepository, upsertRestaurant, type PrismaClient, type Tx } from '@tablekeeper/db';
import type { BookingRequest } from '@tablekeeper/domain';
import { demoRestaurantSetup } from '../../prisma/demo-restaurant';
import {
  BOOKING_WORKFLOW_TYPE,
  SA_CHANNEL,
  SA_PARTY_SIZE,
  SA_RESTAURANT,
  SA_STARTS_AT,
  placeBookingUpdate,
} from '../../temporal/shared/booking.contract';
import type { BenchRestaurant } from './bench-database';
import { expectedBookings, weeklyPlans, type DayPlan } from './scale-plan';

/**
 * The scale book (BENCH_SCALE=1): many restaurants built like the demo one, each with months of
 * history and weeks of future bookings written in bulk, as the product writes them (booking, guest,
 * tables, every status change as an event, its outbox row already published), and open booking
 * workflows for the soonest confirmed ones. The day plans (scale-plan.ts) keep every table and
 * pacing slot within the product's invariants; the rows are generated in Postgres from them, a
 * few statements per batch of restaurants, never one booking at a time.
 */
export interface ScaleBookOptions {
  readonly restaurants: number;
  /** Days of bookings per restaurant; the last `futureDays` of them are from tomorrow on. */
  readonly days: number;
  readonly futureDays: number;
  /** Multiplies the weekly fill (1: 60-80 bookings on a Friday or Saturday). */
  readonly fill: number;
  /** Restaurants written per batch of statements (one transaction each). */
  readonly batch?: number;
  readonly log?: (message: string) => void;
}

export interface ScaleBook {
  readonly restaurants: readonly BenchRestaurant[];
  readonly apiKeyId: string;
  readonly bookings: number;
  readonly tableAssignments: number;
  readonly events: number;
  readonly outboxEvents: number;
  readonly restaurantSeconds: number;
  readonly bookingSeconds: number;
}

const PLAN_VARIANTS = 8;

/** Local dates (UTC calendar) of the book: `days - futureDays` days up to yesterday, then from tomorrow. */
export function scaleDates(days: number, futureDays: number, now = Date.now()): string[] {
  const past = Math.max(0, days - futureDays);
  const day = (offset: number) => new Date(now + offset * 86_400_000).toISOString().slice(0, 10);
  return [
    ...Array.from({ length: past }, (_, i) => day(i - past)),
    ...Array.from({ length: days - past }, (_, i) => day(i + 1)),
  ];
}

/** What the book will hold before writing it, so a run too big for the disk can be stopped early. */
export function scaleBookEstimate(options: ScaleBookOptions): number {
  return expectedBookings(
    weeklyPlans(PLAN_VARIANTS, options.fill),
    options.restaurants,
    scaleDates(options.days, options.futureDays),
  );
}

export async function seedScaleBook(prisma: PrismaClient, options: ScaleBookOptions): Promise<ScaleBook> {
  const log = options.log ?? (() => undefined);
  const started = performance.now();
  const restaurants: BenchRestaurant[] = new Array(options.restaurants);
  let made = 0;
  // Each restaurant is its own setup transaction (the product's own import); a few at a time.
  const lane = async () => {
    while (made < options.restaurants) {
      const i = made++;
      const setup = demoRestaurantSetup(`scale-${i + 1}`);
      const timezone = i % 2 === 1 ? 'Europe/Paris' : setup.timezone;
      restaurants[i] = { id: await upsertRestaurant(prisma, { ...setup, timezone }), timezone };
      if ((i + 1) % 200 === 0) log(`   ${i + 1} restaurants`);
    }
  };
  await Promise.all(Array.from({ length: 4 }, lane));
  const key = await new ApiKeyRepository(prisma).create({
    name: 'scale book',
    restaurantIds: restaurants.map((r) => r.id),
    scopes: ['availability:read', 'bookings:read', 'bookings:write'],
    readsPerMinute: 1_000_000,
    writesPerMinute: 1_000_000,
  });
  const restaurantSeconds = (performance.now() - started) / 1000;

  const bookingsStarted = performance.now();
  const dates = scaleDates(options.days, options.futureDays);
  const pastDays = dates.length - Math.min(options.futureDays, options.days);
  await createPlanTable(prisma, weeklyPlans(PLAN_VARIANTS, options.fill));
  const batch = options.batch ?? 20;
  const spent = WRITE_SQL.map(() => 0);
  for (let from = 0; from < restaurants.length; from += batch) {
    const chunk = restaurants.slice(from, from + batch);
    await prisma.$transaction(
      async (tx) => {
        await tx.$executeRawUnsafe('TRUNCATE scale_seed');
        await tx.$executeRawUnsafe(
          STAGE_SQL,
          chunk.map((r) => r.id),
          chunk.map((r) => r.timezone),
          chunk.map((_, i) => from + i),
          dates,
          PLAN_VARIANTS,
          pastDays,
        );
        await writeStaged(tx, key.id, spent);
      },
      { timeout: 600_000, maxWait: 60_000 },
    );
    const done = Math.min(from + batch, restaurants.length);
    if (done % (batch * 10) === 0 || done === restaurants.length) {
      log(
        `   bookings of ${done} restaurants, ${((performance.now() - bookingsStarted) / 1000).toFixed(0)} s`,
      );
    }
  }
  log(
    `   seconds by table: ${WRITE_TABLES.map((t, i) => `${t} ${(spent[i] / 1000).toFixed(1)}`).join(', ')}`,
  );
  await dropStaging(prisma);
  const ids = restaurants.map((r) => r.id);
  const [counts] = await prisma.$queryRaw<
    { bookings: bigint; assignments: bigint; events: bigint; outbox: bigint }[]
  >`
    SELECT (SELECT COUNT(*) FROM bookings WHERE restaurant_id = ANY(${ids}::uuid[])) AS bookings,
           (SELECT COUNT(*) FROM table_assignments a JOIN bookings b ON b.id = a.booking_id
             WHERE b.restaurant_id = ANY(${ids}::uuid[])) AS assignments,
           (SELECT COUNT(*) FROM booking_events e JOIN bookings b ON b.id = e.booking_id
             WHERE b.restaurant_id = ANY(${ids}::uuid[])) AS events,
           (SELECT COUNT(*) FROM outbox_events o JOIN bookings b ON b.id = o.booking_id
             WHERE b.restaurant_id = ANY(${ids}::uuid[])) AS outbox`;
  return {
    restaurants,
    apiKeyId: key.id,
    bookings: Number(counts.bookings),
    tableAssignments: Number(counts.assignments),
    events: Number(counts.events),
    outboxEvents: Number(counts.outbox),
    restaurantSeconds,
    bookingSeconds: (performance.now() - bookingsStarted) / 1000,
  };
}

async function createPlanTable(prisma: PrismaClient, plans: readonly DayPlan[]): Promise<void> {
  await prisma.$executeRawUnsafe('DROP TABLE IF EXISTS scale_plan');
  await prisma.$executeRawUnsafe(
    'CREATE UNLOGGED TABLE scale_plan (weekday int, variant int, minute int, party_size int, labels text)',
  );
  await createStaging(prisma);
  const rows = plans.flatMap((p) =>
    p.bookings.map((b) => ({ ...b, weekday: p.weekday, variant: p.variant })),
  );
  // Labels travel as one comma-joined string: Postgres cannot unnest a ragged array of arrays.
  await prisma.$executeRawUnsafe(
    `INSERT INTO scale_plan
     SELECT * FROM unnest($1::int[], $2::int[], $3::int[], $4::int[], $5::text[])`,
    rows.map((r) => r.weekday),
    rows.map((r) => r.variant),
    rows.map((r) => r.minute),
    rows.map((r) => r.partySize),
    rows.map((r) => r.tableLabels.join(',')),
  );
}

/**
 * scale_seed: the bookings of one batch before they are written (writeStaged). Anyone may fill it
 * (the timer benchmark writes its own rows); `closed_at` is when the booking reached its status.
 */
export async function createStaging(prisma: PrismaClient): Promise<void> {
  await prisma.$executeRawUnsafe('DROP TABLE IF EXISTS scale_seed');
  await prisma.$executeRawUnsafe(`
    CREATE UNLOGGED TABLE scale_seed (
      id uuid, guest_id uuid, restaurant_id uuid, n bigint, starts_at timestamptz, ends_at timestamptz,
      created_at timestamptz, party_size int, labels text[], status text, channel text,
      closed_at timestamptz)`);
  await prisma.$executeRawUnsafe('CREATE SEQUENCE IF NOT EXISTS scale_guest_seq');
}

export async function dropStaging(prisma: PrismaClient): Promise<void> {
  await prisma.$executeRawUnsafe('DROP TABLE IF EXISTS scale_seed, scale_plan');
  await prisma.$executeRawUnsafe('DROP SEQUENCE IF EXISTS scale_guest_seq');
}

/** Writes what scale_seed holds as the product would have; `spent` collects ms per table. */
export async function writeStaged(tx: Tx, apiKeyId: string, spent?: number[]): Promise<void> {
  await tx.$executeRawUnsafe(CLOSE_SQL);
  for (const [i, statement] of WRITE_SQL.entries()) {
    const t = performance.now();
    await tx.$executeRawUnsafe(statement, ...(statement.includes('$1') ? [apiKeyId] : []));
    if (spent) spent[i] += performance.now() - t;
  }
}

/**
 * One batch of restaurants × days × their day plan into scale_seed. A past day's bookings ended:
 * 88 % completed, 4 % no-shows, 8 % cancelled; a future day's are confirmed, 5 % cancelled.
 * $1 restaurant ids, $2 timezones, $3 their indexes, $4 the dates, $5 plan variants, $6 past days.
 */
const STAGE_SQL = `
  INSERT INTO scale_seed
  SELECT id, guest_id, restaurant_id, nextval('scale_guest_seq'), starts_at, starts_at + interval '90 minutes',
         LEAST(now() - interval '1 minute', starts_at - lead),
         party_size, labels,
         CASE WHEN past THEN CASE WHEN x < 0.88 THEN 'completed' WHEN x < 0.92 THEN 'no_show' ELSE 'cancelled' END
              ELSE CASE WHEN x < 0.95 THEN 'confirmed' ELSE 'cancelled' END END,
         (ARRAY['web_widget', 'api', 'voice', 'whatsapp', 'web_widget', 'admin'])[1 + floor(y * 6)::int],
         NULL
  FROM (
    SELECT gen_random_uuid() AS id, gen_random_uuid() AS guest_id, r.id AS restaurant_id,
           ((d.day + make_interval(mins => p.minute))::timestamp AT TIME ZONE r.timezone) AS starts_at,
           interval '2 hours' + random() * interval '20 days' AS lead,
           p.party_size, string_to_array(p.labels, ',') AS labels, d.n <= $6 AS past,
           random() AS x, random() AS y
    FROM unnest($1::uuid[], $2::text[], $3::int[]) AS r(id, timezone, idx)
    CROSS JOIN unnest($4::date[]) WITH ORDINALITY AS d(day, n)
    JOIN scale_plan p ON p.weekday = extract(isodow FROM d.day)::int
                     AND p.variant = (r.idx * 31 + (d.n::int - 1) * 7) % $5
  ) planned`;

/** When each booking reached its final status (for a confirmed one: when it was made). */
const CLOSE_SQL = `
  UPDATE scale_seed SET closed_at = CASE status
    WHEN 'completed' THEN ends_at
    WHEN 'no_show' THEN starts_at + interval '15 minutes'
    WHEN 'cancelled' THEN LEAST(now() - interval '1 minute', created_at + (starts_at - created_at) / 2)
    ELSE created_at END`;

/**
 * The steps each final status went through, as the product records them (booking-statements.ts
 * insertBooking, booking-status-change.ts): placement in the booking's first transaction, then the
 * timer's or the guest's step. `at` says when: the booking's creation, its start, its end, the
 * no-show grace, or halfway to its start (a cancellation).
 */
const STEPS = `(VALUES
  (0, NULL, 'held', 'api:scale-seed', 'hold_taken', 'created'),
  (1, 'held', 'capacity_verified', 'system:booking-workflow', 'pacing_and_tables_held', 'created'),
  (2, 'capacity_verified', 'assigned', 'system:booking-workflow', 'tables_assigned', 'created'),
  (3, 'assigned', 'confirmed', 'system:booking-workflow', 'auto_confirmed', 'created'),
  (4, 'confirmed', 'checked_in', 'staff:scale-seed', 'arrived', 'start'),
  (5, 'checked_in', 'completed', 'system:completion-timer', 'end_time_reached', 'end'),
  (4, 'confirmed', 'no_show', 'system:no-show-timer', 'not_checked_in_within_grace', 'grace'),
  (4, 'confirmed', 'cancelled', 'api:scale-seed', 'guest_request', 'cancel')
) AS step(n, from_status, to_status, actor, reason, at_kind)`;

/** Which of STEPS a booking in each final status took. */
const PATH = `(VALUES
  ('confirmed', 3), ('checked_in', 4), ('completed', 5), ('no_show', 4), ('cancelled', 4)
) AS path(status, last_step)`;

const STEP_OF = `
  FROM scale_seed s
  JOIN ${PATH} ON path.status = s.status
  JOIN ${STEPS} ON step.n <= path.last_step
    AND (step.n < 4 OR step.to_status = s.status OR (s.status = 'completed' AND step.to_status = 'checked_in'))
  CROSS JOIN LATERAL (SELECT CASE step.at_kind
      WHEN 'created' THEN s.created_at WHEN 'start' THEN s.starts_at WHEN 'end' THEN s.ends_at
      WHEN 'grace' THEN s.starts_at + interval '15 minutes'
      ELSE s.closed_at END AS at) t`;

const WRITE_TABLES = ['guests', 'bookings', 'table_assignments', 'booking_events', 'outbox_events'];

/** Guests, bookings, tables, events and published outbox rows from scale_seed; $1 the API key id. */
const WRITE_SQL = [
  `INSERT INTO guests (id, restaurant_id, name, phone, phone_e164, first_booking_id, created_at, updated_at)
   SELECT guest_id, restaurant_id, 'Scale guest ' || n, '+4477' || lpad(n::text, 9, '0'),
          '+4477' || lpad(n::text, 9, '0'), id, created_at, created_at
   FROM scale_seed`,
  `INSERT INTO bookings (id, restaurant_id, guest_id, api_key_id, status, party_size, starts_at, ends_at,
                         pacing_slot_start, channel, idempotency_key, request_fingerprint, workflow_id,
                         close_reason, close_reason_code, version, created_at, updated_at)
   SELECT id, restaurant_id, guest_id, $1::uuid, status::"BookingStatus", party_size, starts_at, ends_at,
          starts_at, channel::"Channel", 'scale-' || id, 'scale-seed', 'booking:' || $1 || ':scale-' || id,
          CASE status WHEN 'completed' THEN 'end_time_reached' WHEN 'no_show' THEN 'not_checked_in_within_grace'
                      WHEN 'cancelled' THEN 'guest_request' END,
          CASE WHEN status = 'cancelled' THEN 'guest_request' END,
          CASE status WHEN 'confirmed' THEN 4 WHEN 'completed' THEN 6 ELSE 5 END,
          created_at, closed_at
   FROM scale_seed`,
  `INSERT INTO table_assignments (id, booking_id, table_id, starts_at, ends_at, kind, released_at, created_at)
   SELECT gen_random_uuid(), s.id, t.id, s.starts_at, s.ends_at, 'assigned',
          CASE WHEN s.status IN ('no_show', 'cancelled') THEN s.closed_at END,
          s.created_at
   FROM scale_seed s JOIN dining_tables t ON t.restaurant_id = s.restaurant_id AND t.label = ANY(s.labels)`,
  `INSERT INTO booking_events (booking_id, from_status, to_status, actor, reason, data, at)
   SELECT s.id, step.from_status::"BookingStatus", step.to_status::"BookingStatus", step.actor, step.reason,
          CASE step.to_status WHEN 'held' THEN '{"plan":{"strategy":"scale_seed"}}'::jsonb
                              WHEN 'assigned' THEN jsonb_build_object('tables', to_jsonb(s.labels)) END,
          t.at
   ${STEP_OF}
   ORDER BY s.n, step.n`,
  `INSERT INTO outbox_events (booking_id, type, dedupe_key, payload, created_at, published_at)
   SELECT s.id, 'booking.' || step.to_status, s.id || ':' || step.to_status,
          jsonb_build_object('bookingId', s.id, 'status', step.to_status, 'from', step.from_status,
                             'reason', step.reason),
          t.at, t.at
   ${STEP_OF}
   UNION ALL
   SELECT s.id, 'booking.reminder_due', s.id || ':reminder:' || lead, jsonb_build_object('leadSeconds', lead,
          'dueAt', s.starts_at - make_interval(secs => lead)), s.starts_at - make_interval(secs => lead),
          s.starts_at - make_interval(secs => lead)
   FROM scale_seed s CROSS JOIN unnest(ARRAY[86400, 7200]) AS lead
   WHERE s.status IN ('completed', 'no_show') AND s.starts_at - make_interval(secs => lead) > s.created_at`,
];

export interface OpenWorkflows {
  readonly started: number;
  readonly seconds: number;
  readonly failed: number;
}

/**
 * Starts the booking workflow of each of the soonest `count` confirmed bookings of the book that
 * start more than 26 hours from now (no 24 h reminder falls due in the next two hours, so the
 * phases measure the size of the book, not timers firing; bench:timers measures those), the way the gateway does
 * (update-with-start, the placement answered before the next): the workflow's placement finds its
 * booking already written and goes on to wait for its first timer, the 24 h reminder.
 */
export async function startOpenWorkflows(
  prisma: PrismaClient,
  client: Client,
  options: {
    readonly restaurantIds: readonly string[];
    readonly count: number;
    /** These bookings (any status) instead of the soonest confirmed ones. */
    readonly bookingIds?: readonly string[];
    readonly concurrency: number;
    readonly taskQueue: string;
    readonly log?: (message: string) => void;
  },
): Promise<OpenWorkflows> {
  const rows = await prisma.$queryRaw<
    {
      id: string;
      workflow_id: string;
      restaurant_id: string;
      party_size: number;
      starts_at: Date;
      channel: BookingRequest['channel'];
      api_key_id: string;
      idempotency_key: string;
      request_fingerprint: string;
      name: string;
      phone: string;
    }[]
  >`
    SELECT b.id::text, b.workflow_id, b.restaurant_id::text, b.party_size, b.starts_at, b.channel::text AS channel,
           b.api_key_id::text, b.idempotency_key, b.request_fingerprint, g.name, g.phone
    FROM bookings b JOIN guests g ON g.id = b.guest_id
    WHERE b.restaurant_id = ANY(${[...options.restaurantIds]}::uuid[])
      AND (${options.bookingIds ? [...options.bookingIds] : null}::uuid[] IS NULL
           AND b.status = 'confirmed' AND b.starts_at > now() + interval '26 hours'
           OR b.id = ANY(${options.bookingIds ? [...options.bookingIds] : []}::uuid[]))
    ORDER BY b.starts_at, b.id
    LIMIT ${options.count}`;
  const started = performance.now();
  let next = 0;
  let done = 0;
  let failed = 0;
  const one = async (row: (typeof rows)[number]) => {
    const input: BookingRequest = {
      bookingId: row.id,
      workflowId: row.workflow_id,
      restaurantId: row.restaurant_id,
      partySize: row.party_size,
      startsAt: row.starts_at.toISOString(),
      guest: { name: row.name, phone: row.phone },
      channel: row.channel,
      apiKeyId: row.api_key_id,
      idempotencyKey: row.idempotency_key,
      requestFingerprint: row.request_fingerprint,
      mode: 'book',
      actor: 'api:scale-seed',
    };
    const answer = await client.workflow.executeUpdateWithStart(placeBookingUpdate, {
      updateId: `place:${row.workflow_id}`,
      startWorkflowOperation: new WithStartWorkflowOperation(BOOKING_WORKFLOW_TYPE, {
        workflowId: row.workflow_id,
        taskQueue: options.taskQueue,
        args: [input],
        workflowIdConflictPolicy: 'USE_EXISTING',
        workflowIdReusePolicy: 'REJECT_DUPLICATE',
        workflowTaskTimeout: '2s',
        typedSearchAttributes: [
          { key: SA_RESTAURANT, value: input.restaurantId },
          { key: SA_PARTY_SIZE, value: input.partySize },
          { key: SA_STARTS_AT, value: new Date(input.startsAt) },
          { key: SA_CHANNEL, value: input.channel },
        ],
        memo: { bookingId: row.id, restaurantId: row.restaurant_id, mode: 'book' },
      }),
    });
    if (answer.outcome !== 'placed' || !['confirmed', 'checked_in'].includes(answer.booking.status)) failed++;
  };
  const lane = async () => {
    while (next < rows.length) {
      const row = rows[next++];
      try {
        await one(row);
      } catch (error) {
        if (failed++ === 0) options.log?.(`   first failure: ${String(error)}`);
      }
      if (++done % 2000 === 0) {
        const seconds = (performance.now() - started) / 1000;
        options.log?.(`   ${done} workflows, ${(done / seconds).toFixed(0)}/s`);
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, lane));
  return { started: rows.length - failed, seconds: (performance.now() - started) / 1000, failed };
}
