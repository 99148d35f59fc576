import type { PrismaClient } from './prisma-client.factory';
import { SETUP_TX_OPTIONS } from './setup/setup-transaction';

export interface RestaurantSetup {
  readonly slug: string;
  readonly name: string;
  readonly timezone: string;
  readonly policy?: Partial<{
    defaultDurationSeconds: number;
    autoConfirmMaxPartySize: number;
    minPartySize: number;
    maxPartySize: number;
    holdTtlSeconds: number;
    reminderLeadSeconds: number[];
    noShowGraceSeconds: number;
    manualReviewTimeoutSeconds: number;
    slotIntervalMinutes: number;
    mustEndByClose: boolean;
    bookingWindowDays: number;
    minNoticeMinutes: number;
    offGridStartsAllowed: boolean;
    cancellationCutoffMinutes: number;
    durationByPartySize: { maxPartySize: number; durationSeconds: number }[];
    undoNoShowWindowSeconds: number;
  }>;
  /** The same hours every day of the week. */
  readonly hours: { readonly opensAt: number; readonly closesAt: number };
  readonly pacing?: {
    readonly intervalMinutes: number;
    readonly maxCovers: number;
    readonly maxParties: number;
  };
  readonly zones: readonly string[];
  readonly tables: readonly { label: string; zone: string; min: number; max: number }[];
  readonly combinations?: readonly (readonly [string, string])[];
}

/**
 * Creates or updates a restaurant with its floor and hours, in one transaction. Used by the demo
 * seed and by tests, which set up their own restaurants with short timers.
 *
 * Four statements whatever the size of the floor (the restaurant; its zones and tables in one; the
 * old combinations, periods and pacing deleted in one and the new ones written in one), under
 * SETUP_TX_OPTIONS: one upsert
 * per zone and per table used to keep the transaction open past Prisma's 5 s default on a loaded
 * machine. A zone or table named twice is taken once, as its last mention says.
 */
export async function upsertRestaurant(prisma: PrismaClient, setup: RestaurantSetup): Promise<string> {
  const zoneOrder = new Map(setup.zones.map((name, index) => [name, index]));
  const tables = [...new Map(setup.tables.map((t) => [t.label, t])).values()];
  for (const t of tables) {
    if (!zoneOrder.has(t.zone)) throw new Error(`table ${t.label} names unknown zone ${t.zone}`);
  }
  const labels = new Set(tables.map((t) => t.label));
  for (const [a, b] of setup.combinations ?? []) {
    if (!labels.has(a) || !labels.has(b)) throw new Error(`combination ${a}+${b} names an unknown table`);
  }
  const pairs = (setup.combinations ?? []).flatMap(([a, b]) => [
    [a, b],
    [b, a],
  ]);
  const pacing = setup.pacing ? [setup.pacing] : [];
  return prisma.$transaction(async (tx) => {
    const data = { name: setup.name, timezone: setup.timezone, ...setup.policy };
    const { id } = await tx.restaurant.upsert({
      where: { slug: setup.slug },
      create: { slug: setup.slug, ...data },
      update: data,
      select: { id: true },
    });
    await tx.$executeRaw`
      WITH zone AS (
        INSERT INTO zones (id, restaurant_id, name, sort_order)
        SELECT gen_random_uuid(), ${id}::uuid, z.name, z.sort_order
        FROM unnest(${[...zoneOrder.keys()]}::text[], ${[...zoneOrder.values()]}::int[]) AS z(name, sort_order)
        ON CONFLICT (restaurant_id, name) DO UPDATE SET sort_order = EXCLUDED.sort_order
        RETURNING id, name
      )
      INSERT INTO dining_tables (id, restaurant_id, zone_id, label, min_covers, max_covers, active)
      SELECT gen_random_uuid(), ${id}::uuid, zone.id, t.label, t.min_covers, t.max_covers, true
      FROM unnest(
        ${tables.map((t) => t.label)}::text[], ${tables.map((t) => t.zone)}::text[],
        ${tables.map((t) => t.min)}::int[], ${tables.map((t) => t.max)}::int[]
      ) AS t(label, zone, min_covers, max_covers)
      JOIN zone ON zone.name = t.zone
      ON CONFLICT (restaurant_id, label) DO UPDATE
        SET zone_id = EXCLUDED.zone_id, min_covers = EXCLUDED.min_covers,
            max_covers = EXCLUDED.max_covers, active = true`;
    // Pacing rules go with their periods (ON DELETE CASCADE), a restaurant-wide one explicitly.
    await tx.$executeRaw`
      WITH combination AS (
        DELETE FROM table_combinations c USING dining_tables t
        WHERE c.table_id = t.id AND t.restaurant_id = ${id}::uuid
      ), rule AS (
        DELETE FROM capacity_rules WHERE restaurant_id = ${id}::uuid
      )
      DELETE FROM service_periods WHERE restaurant_id = ${id}::uuid`;
    await tx.$executeRaw`
      WITH combination AS (
        INSERT INTO table_combinations (table_id, partner_table_id)
        SELECT a.id, b.id
        FROM unnest(${pairs.map(([a]) => a)}::text[], ${pairs.map(([, b]) => b)}::text[]) AS p(a, b)
        JOIN dining_tables a ON a.restaurant_id = ${id}::uuid AND a.label = p.a
        JOIN dining_tables b ON b.restaurant_id = ${id}::uuid AND b.label = p.b
      ), rule AS (
        INSERT INTO capacity_rules (id, restaurant_id, interval_minutes, max_covers, max_parties)
        SELECT gen_random_uuid(), ${id}::uuid, r.interval_minutes, r.max_covers, r.max_parties
        FROM unnest(
          ${pacing.map((r) => r.intervalMinutes)}::int[], ${pacing.map((r) => r.maxCovers)}::int[],
          ${pacing.map((r) => r.maxParties)}::int[]
        ) AS r(interval_minutes, max_covers, max_parties)
      )
      INSERT INTO service_periods (id, restaurant_id, name, day_of_week, opens_at, closes_at)
      SELECT gen_random_uuid(), ${id}::uuid, 'All day', day_of_week, ${setup.hours.opensAt}::int,
             ${setup.hours.closesAt}::int
      FROM generate_series(1, 7) AS day_of_week`;
    return id;
  }, SETUP_TX_OPTIONS);
}
