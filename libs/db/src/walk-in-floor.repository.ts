/**
 * The floor as the walk-in quote reads it (libs/domain/src/wait-estimate.ts): who sits where since
 * when, which tables bookings and blocks claim later, and how long parties stayed this service.
 * Read-only; every query is scoped to one restaurant.
 */
import { CAPACITY_TAKING_STATUSES } from '@tablekeeper/domain';
import type { MeasuredStay, SeatedParty, TableReservation } from '@tablekeeper/domain';
import type { PrismaClient } from './prisma-client.factory';

export interface WalkInFloor {
  readonly seated: readonly SeatedParty[];
  readonly reservations: readonly TableReservation[];
  readonly stays: readonly MeasuredStay[];
}

const MINUTE = 60_000;
/** How far ahead bookings and blocks matter to a party seated now: longer than any stay. */
const LOOKAHEAD_MS = 12 * 3_600_000;
/** Not yet checked in but claiming tables (a held, confirmed or late party keeps its tables). */
const CLAIMING = CAPACITY_TAKING_STATUSES.filter((s) => s !== 'checked_in');

export class WalkInFloorRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /** `serviceStart`: stays are measured from parties that finished since then (this service). */
  async floor(restaurantId: string, now: Date, serviceStart: Date): Promise<WalkInFloor> {
    const until = new Date(now.getTime() + LOOKAHEAD_MS);
    const seatedRows = await this.prisma.$queryRaw<
      { party_size: number; ends_at: Date; seated_at: Date | null; table_ids: string[] }[]
    >`
      SELECT bk.party_size, bk.ends_at,
             (SELECT max(ev.at) FROM booking_events ev
               WHERE ev.booking_id = bk.id AND ev.to_status = 'checked_in') AS seated_at,
             array_agg(ta.table_id::text) AS table_ids
      FROM bookings bk JOIN table_assignments ta ON ta.booking_id = bk.id AND ta.released_at IS NULL
      WHERE bk.restaurant_id = ${restaurantId}::uuid AND bk.status = 'checked_in'
      GROUP BY bk.id`;
    const claimRows = await this.prisma.$queryRaw<{ starts_at: Date; ends_at: Date; table_ids: string[] }[]>`
      SELECT ta.starts_at, ta.ends_at, array_agg(ta.table_id::text) AS table_ids
      FROM bookings bk JOIN table_assignments ta ON ta.booking_id = bk.id AND ta.released_at IS NULL
      WHERE bk.restaurant_id = ${restaurantId}::uuid
        AND bk.status::text = ANY(${[...CLAIMING]}::text[])
        AND NOT (bk.status = 'held' AND bk.hold_expires_at <= ${now})
        AND ta.ends_at > ${now} AND ta.starts_at < ${until}
      GROUP BY bk.id, ta.starts_at, ta.ends_at
      UNION ALL
      SELECT tb.starts_at, tb.ends_at, array_agg(dt.id::text)
      FROM table_blocks tb JOIN dining_tables dt ON dt.id = tb.table_id OR dt.zone_id = tb.zone_id
      WHERE tb.restaurant_id = ${restaurantId}::uuid AND tb.ends_at > ${now} AND tb.starts_at < ${until}
      GROUP BY tb.id, tb.starts_at, tb.ends_at`;
    const stayRows = await this.prisma.$queryRaw<{ party_size: number; minutes: number }[]>`
      SELECT bk.party_size,
             EXTRACT(EPOCH FROM (done.at - seated.at)) / 60 AS minutes
      FROM bookings bk
      JOIN LATERAL (SELECT max(at) AS at FROM booking_events
                    WHERE booking_id = bk.id AND to_status = 'completed') done ON true
      JOIN LATERAL (SELECT max(at) AS at FROM booking_events
                    WHERE booking_id = bk.id AND to_status = 'checked_in') seated ON true
      WHERE bk.restaurant_id = ${restaurantId}::uuid AND bk.status = 'completed'
        AND bk.ends_at >= ${serviceStart} AND done.at >= ${serviceStart} AND seated.at IS NOT NULL`;
    return {
      seated: seatedRows.map((r) => {
        const seatedAt = (r.seated_at ?? now).getTime();
        return {
          tableIds: r.table_ids,
          partySize: r.party_size,
          seatedAt,
          bookedMinutes: Math.max(1, (r.ends_at.getTime() - seatedAt) / MINUTE),
        };
      }),
      reservations: claimRows.map((r) => ({
        tableIds: r.table_ids,
        startsAt: r.starts_at.getTime(),
        endsAt: r.ends_at.getTime(),
      })),
      stays: stayRows
        .map((r) => ({ partySize: r.party_size, minutes: Number(r.minutes) }))
        .filter((s) => s.minutes > 0),
    };
  }
}
