import { DateTime } from 'luxon';
import {
  CAPACITY_TAKING_STATUSES,
  durationRulesOf,
  longestDuration,
  specialPeriodsOf,
  type DayState,
} from '@tablekeeper/domain';
import type { PrismaClient } from './prisma-client.factory';

export interface RestaurantMeta {
  readonly name: string;
  readonly timezone: string;
  readonly minPartySize: number;
  readonly maxPartySize: number;
  /** Slots sooner than this from now are not offered. */
  readonly minNoticeMinutes: number;
  /** Slots this many days from now or later are not offered. */
  readonly bookingWindowDays: number;
}

/** The slow-changing part of a day: floor, hours, rules. */
export interface RestaurantSetupSnapshot {
  readonly meta: RestaurantMeta;
  /** The longest booking of any party: how far past midnight a day's computation reads. */
  readonly durationSeconds: number;
  readonly state: Omit<DayState, 'taken' | 'starting'>;
}

export interface RestaurantDay {
  readonly state: DayState;
  readonly meta: RestaurantMeta;
  /** When the first live hold of the day lapses: the day's availability changes then by itself. */
  readonly nextHoldExpiry: number | null;
}

const SETUP_TTL_MS = 15_000;

/** Epoch ms: the local day is [from, dayEnd); what it reads is [from, until). */
export interface DaySpan {
  readonly from: number;
  readonly dayEnd: number;
  readonly until: number;
}

function spanOf(setup: RestaurantSetupSnapshot, date: string): DaySpan {
  const dayStart = DateTime.fromISO(date, { zone: setup.meta.timezone }).startOf('day');
  const dayEnd = dayStart.plus({ days: 1 }).toMillis();
  return { from: dayStart.toMillis(), dayEnd, until: dayEnd + setup.durationSeconds * 1000 };
}

/**
 * Reads one local day of a restaurant, as the availability computation needs it. Lapsed holds
 * (past their expiry, whether or not their workflow has expired them yet) are left out.
 *
 * The restaurant's setup (tables, combinations, hours, exceptions, pacing rules, policy) is kept in
 * memory for a few seconds: it changes on a manager's edit, not on a booking, and the hold
 * transaction always reads it fresh, so a stale copy can only make availability briefly out of
 * date, never overbook. A gateway keeps it only while it hears setup changes announced (see
 * `setCaching`, `forget`), so an edit shows in the next answer on every gateway. The bookings,
 * tables and table blocks of the day are one query, every time.
 */
export class AvailabilityRepository {
  private readonly setups = new Map<string, { setup: RestaurantSetupSnapshot; expiresAt: number }>();
  private caching = true;
  /** Bumped by every forget(), so a read that began before a change never caches its result. */
  private generation = 0;

  constructor(private readonly prisma: PrismaClient) {}

  /** Whether setups may be kept in memory (only while changes to them are heard). */
  setCaching(on: boolean): void {
    this.caching = on;
    if (!on) this.setups.clear();
  }

  /** A setup change was announced: the next read of this restaurant goes to Postgres. */
  forget(restaurantId: string): void {
    this.generation++;
    this.setups.delete(restaurantId);
  }

  /**
   * The span of time `loadDay` reads for a local date: the day itself through the end of a booking
   * starting at its last minute. Nothing outside it changes the day's availability; the cache keys
   * its versions on it. null when the restaurant does not exist.
   */
  async dayReads(restaurantId: string, date: string, now: Date = new Date()): Promise<DaySpan | null> {
    const setup = await this.setup(restaurantId, now.getTime());
    return setup ? spanOf(setup, date) : null;
  }

  async loadDay(restaurantId: string, date: string, now: Date = new Date()): Promise<RestaurantDay | null> {
    const setup = await this.setup(restaurantId, now.getTime());
    if (!setup) return null;
    const span = spanOf(setup, date);
    const from = new Date(span.from);
    const to = new Date(span.dayEnd);
    const until = new Date(span.until);

    // kind 't': a live table assignment overlapping the day; kind 's': a booking taking pacing
    // capacity in one of the day's intervals.
    const rows = await this.prisma.$queryRaw<
      {
        kind: 't' | 's';
        table_id: string | null;
        a: Date;
        b: Date | null;
        party_size: number | null;
        hold_expires_at: Date | null;
      }[]
    >`
      SELECT 't' AS kind, ta.table_id::text AS table_id, ta.starts_at AS a, ta.ends_at AS b, NULL::int AS party_size,
             CASE WHEN bk.status = 'held' THEN bk.hold_expires_at END AS hold_expires_at
      FROM table_assignments ta JOIN bookings bk ON bk.id = ta.booking_id
      WHERE bk.restaurant_id = ${restaurantId}::uuid AND ta.released_at IS NULL
        AND ta.starts_at < ${until} AND ta.ends_at > ${from}
        AND NOT (bk.status = 'held' AND bk.hold_expires_at <= ${now})
      UNION ALL
      SELECT 't', dt.id::text, GREATEST(tb.starts_at, ${from}), LEAST(tb.ends_at, ${until}), NULL::int, NULL
      FROM table_blocks tb JOIN dining_tables dt ON dt.id = tb.table_id OR dt.zone_id = tb.zone_id
      WHERE tb.restaurant_id = ${restaurantId}::uuid AND tb.starts_at < ${until} AND tb.ends_at > ${from}
      UNION ALL
      SELECT 's', NULL, pacing_slot_start, NULL, party_size, CASE WHEN status = 'held' THEN hold_expires_at END
      FROM bookings
      WHERE restaurant_id = ${restaurantId}::uuid
        AND pacing_slot_start >= ${from} AND pacing_slot_start < ${to}
        AND status::text = ANY(${[...CAPACITY_TAKING_STATUSES]}::text[])
        AND NOT (status = 'held' AND hold_expires_at <= ${now})`;

    const taken: DayState['taken'][number][] = [];
    const starting: DayState['starting'][number][] = [];
    let nextHoldExpiry: number | null = null;
    for (const row of rows) {
      if (row.kind === 't')
        taken.push({ tableId: row.table_id!, start: row.a.getTime(), end: row.b!.getTime() });
      else starting.push({ slotStart: row.a.getTime(), partySize: row.party_size! });
      const expiry = row.hold_expires_at?.getTime();
      if (expiry !== undefined && (nextHoldExpiry === null || expiry < nextHoldExpiry))
        nextHoldExpiry = expiry;
    }
    return { meta: setup.meta, nextHoldExpiry, state: { ...setup.state, taken, starting } };
  }

  private async setup(restaurantId: string, now: number): Promise<RestaurantSetupSnapshot | null> {
    const cached = this.setups.get(restaurantId);
    if (this.caching && cached && cached.expiresAt > now) return cached.setup;
    const generation = this.generation;
    const restaurant = await this.prisma.restaurant.findUnique({
      where: { id: restaurantId },
      include: {
        servicePeriods: true,
        capacityRules: true,
        // Exceptions that are not over yet (a day's margin for any timezone).
        exceptions: { where: { endsOn: { gte: new Date(now - 86_400_000) } } },
        tables: { where: { active: true }, include: { zone: true, combinations: true } },
      },
    });
    if (!restaurant) return null;
    const durationRules = durationRulesOf(restaurant.durationByPartySize);
    const setup: RestaurantSetupSnapshot = {
      meta: {
        name: restaurant.name,
        timezone: restaurant.timezone,
        minPartySize: restaurant.minPartySize,
        maxPartySize: restaurant.maxPartySize,
        minNoticeMinutes: restaurant.minNoticeMinutes,
        bookingWindowDays: restaurant.bookingWindowDays,
      },
      durationSeconds: longestDuration({
        defaultDurationSeconds: restaurant.defaultDurationSeconds,
        durationByPartySize: durationRules,
      }),
      state: {
        timezone: restaurant.timezone,
        policy: {
          durationSeconds: restaurant.defaultDurationSeconds,
          durationByPartySize: durationRules,
          slotIntervalMinutes: restaurant.slotIntervalMinutes,
          mustEndByClose: restaurant.mustEndByClose,
          autoConfirmMaxPartySize: restaurant.autoConfirmMaxPartySize,
        },
        windows: restaurant.servicePeriods,
        exceptions: restaurant.exceptions.map((e) => ({
          id: e.id,
          startsOn: e.startsOn.toISOString().slice(0, 10),
          endsOn: e.endsOn.toISOString().slice(0, 10),
          closed: e.closed,
          reason: e.reason,
          periods: specialPeriodsOf(e.periods),
        })),
        pacingRules: restaurant.capacityRules,
        tables: restaurant.tables.map((t) => ({
          id: t.id,
          label: t.label,
          zoneId: t.zoneId,
          zoneName: t.zone.name,
          minCovers: t.minCovers,
          maxCovers: t.maxCovers,
        })),
        combinable: restaurant.tables.flatMap((t) =>
          t.combinations.map((c) => [c.tableId, c.partnerTableId] as const),
        ),
      },
    };
    if (this.caching && generation === this.generation)
      this.setups.set(restaurantId, { setup, expiresAt: now + SETUP_TTL_MS });
    return setup;
  }

  /** Zone names of a restaurant, for validating a seating preference. */
  async zoneNames(restaurantId: string): Promise<string[]> {
    const zones = await this.prisma.zone.findMany({ where: { restaurantId }, orderBy: { sortOrder: 'asc' } });
    return zones.map((z) => z.name);
  }
}
