import { DateTime } from 'luxon';
import type { DayState } from '../../domain/src';
import { CAPACITY_TAKING_STATUSES } from './booking.repository';
import type { PrismaClient } from './prisma-client.factory';

export interface RestaurantDay {
  readonly state: DayState;
  readonly meta: { name: string; timezone: string; minPartySize: number; maxPartySize: number };
  /** When the first live hold of the day lapses: the day's availability changes then by itself. */
  readonly nextHoldExpiry: number | null;
}

/**
 * Reads one local day of a restaurant, as the availability computation needs it. Lapsed holds
 * (past their expiry, whether or not their workflow has expired them yet) are left out.
 */
export class AvailabilityRepository {
  constructor(private readonly prisma: PrismaClient) {}

  async loadDay(restaurantId: string, date: string, now: Date = new Date()): Promise<RestaurantDay | null> {
    const restaurant = await this.prisma.restaurant.findUnique({
      where: { id: restaurantId },
      include: {
        servicePeriods: true,
        capacityRules: true,
        tables: { where: { active: true }, include: { zone: true } },
      },
    });
    if (!restaurant) return null;
    const dayStart = DateTime.fromISO(date, { zone: restaurant.timezone }).startOf('day');
    const from = dayStart.toJSDate();
    const to = dayStart.plus({ days: 1 }).toJSDate();
    const until = new Date(to.getTime() + restaurant.defaultDurationSeconds * 1000);
    const tableIds = restaurant.tables.map((t) => t.id);

    const [combos, taken, starting] = await Promise.all([
      this.prisma.tableCombination.findMany({ where: { tableId: { in: tableIds } } }),
      this.prisma.$queryRaw<
        { table_id: string; starts_at: Date; ends_at: Date; hold_expires_at: Date | null }[]
      >`
        SELECT ta.table_id::text AS table_id, ta.starts_at, ta.ends_at,
               CASE WHEN b.status = 'held' THEN b.hold_expires_at END AS hold_expires_at
        FROM table_assignments ta JOIN bookings b ON b.id = ta.booking_id
        WHERE b.restaurant_id = ${restaurantId}::uuid AND ta.released_at IS NULL
          AND ta.starts_at < ${until} AND ta.ends_at > ${from}
          AND NOT (b.status = 'held' AND b.hold_expires_at <= ${now})`,
      this.prisma.$queryRaw<{ pacing_slot_start: Date; party_size: number; hold_expires_at: Date | null }[]>`
        SELECT pacing_slot_start, party_size, CASE WHEN status = 'held' THEN hold_expires_at END AS hold_expires_at
        FROM bookings
        WHERE restaurant_id = ${restaurantId}::uuid
          AND pacing_slot_start >= ${from} AND pacing_slot_start < ${to}
          AND status::text = ANY(${[...CAPACITY_TAKING_STATUSES]}::text[])
          AND NOT (status = 'held' AND hold_expires_at <= ${now})`,
    ]);

    const holdExpiries = [...taken, ...starting]
      .map((r) => r.hold_expires_at?.getTime())
      .filter((t): t is number => t !== undefined);
    return {
      meta: {
        name: restaurant.name,
        timezone: restaurant.timezone,
        minPartySize: restaurant.minPartySize,
        maxPartySize: restaurant.maxPartySize,
      },
      nextHoldExpiry: holdExpiries.length ? Math.min(...holdExpiries) : null,
      state: {
        timezone: restaurant.timezone,
        policy: {
          durationSeconds: restaurant.defaultDurationSeconds,
          slotIntervalMinutes: restaurant.slotIntervalMinutes,
          mustEndByClose: restaurant.mustEndByClose,
          autoConfirmMaxPartySize: restaurant.autoConfirmMaxPartySize,
        },
        windows: restaurant.servicePeriods,
        pacingRules: restaurant.capacityRules,
        tables: restaurant.tables.map((t) => ({
          id: t.id,
          label: t.label,
          zoneId: t.zoneId,
          zoneName: t.zone.name,
          minCovers: t.minCovers,
          maxCovers: t.maxCovers,
        })),
        combinable: combos.map((c) => [c.tableId, c.partnerTableId] as const),
        taken: taken.map((t) => ({
          tableId: t.table_id,
          start: t.starts_at.getTime(),
          end: t.ends_at.getTime(),
        })),
        starting: starting.map((s) => ({
          slotStart: s.pacing_slot_start.getTime(),
          partySize: s.party_size,
        })),
      },
    };
  }

  /** Zone names of a restaurant, for validating a seating preference. */
  async zoneNames(restaurantId: string): Promise<string[]> {
    const zones = await this.prisma.zone.findMany({ where: { restaurantId }, orderBy: { sortOrder: 'asc' } });
    return zones.map((z) => z.name);
  }
}
