import type { PrismaClient } from './prisma-client.factory';

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/** One opening window, in the restaurant's local time (a window to midnight closes at 24:00). */
export interface OpeningWindow {
  readonly day: (typeof WEEKDAYS)[number];
  /** ISO weekday, 1 = Monday. */
  readonly dayOfWeek: number;
  readonly name: string;
  readonly opensAt: string;
  readonly closesAt: string;
}

/** Everything a guest-facing agent needs to know before it offers a table. */
export interface RestaurantContext {
  readonly id: string;
  readonly slug: string;
  readonly name: string;
  readonly timezone: string;
  readonly hours: readonly OpeningWindow[];
  readonly policies: {
    readonly bookingDurationMinutes: number;
    /** Bookings must end by closing time: the last seating is closing minus the booking length. */
    readonly mustEndByClose: boolean;
    readonly slotIntervalMinutes: number;
    readonly minPartySize: number;
    readonly maxPartySize: number;
    /** Larger parties are taken but wait for staff approval (manual_review). */
    readonly autoConfirmMaxPartySize: number;
    readonly holdSeconds: number;
    readonly noShowGraceSeconds: number;
    readonly reminderLeadMinutes: readonly number[];
  };
  /** Pacing: at most this many covers and parties may start in each interval. */
  readonly limits: readonly {
    readonly intervalMinutes: number;
    readonly maxCovers: number;
    readonly maxParties: number;
    /** The opening window the limit applies to; null: all of them. */
    readonly appliesTo: string | null;
  }[];
  /** Zone names, usable as a seating preference. */
  readonly zones: readonly string[];
}

const clock = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const minutes = (seconds: number) => Math.round(seconds / 60);

/** A restaurant's hours, policies and limits, read only within the restaurants a caller may act for. */
export class RestaurantContextRepository {
  constructor(private readonly prisma: PrismaClient) {}

  async contextForTenant(
    restaurantId: string,
    restaurantIds: readonly string[],
  ): Promise<RestaurantContext | null> {
    if (!restaurantIds.includes(restaurantId)) return null;
    const r = await this.prisma.restaurant.findUnique({
      where: { id: restaurantId },
      include: {
        servicePeriods: { orderBy: [{ dayOfWeek: 'asc' }, { opensAt: 'asc' }] },
        capacityRules: { include: { servicePeriod: true }, orderBy: { intervalMinutes: 'asc' } },
        zones: { orderBy: { sortOrder: 'asc' } },
      },
    });
    if (!r) return null;
    return {
      id: r.id,
      slug: r.slug,
      name: r.name,
      timezone: r.timezone,
      hours: r.servicePeriods.map((p) => ({
        day: WEEKDAYS[p.dayOfWeek - 1],
        dayOfWeek: p.dayOfWeek,
        name: p.name,
        opensAt: clock(p.opensAt),
        closesAt: clock(p.closesAt),
      })),
      policies: {
        bookingDurationMinutes: minutes(r.defaultDurationSeconds),
        mustEndByClose: r.mustEndByClose,
        slotIntervalMinutes: r.slotIntervalMinutes,
        minPartySize: r.minPartySize,
        maxPartySize: r.maxPartySize,
        autoConfirmMaxPartySize: r.autoConfirmMaxPartySize,
        holdSeconds: r.holdTtlSeconds,
        noShowGraceSeconds: r.noShowGraceSeconds,
        reminderLeadMinutes: r.reminderLeadSeconds.map(minutes),
      },
      limits: r.capacityRules.map((rule) => ({
        intervalMinutes: rule.intervalMinutes,
        maxCovers: rule.maxCovers,
        maxParties: rule.maxParties,
        appliesTo: rule.servicePeriod
          ? `${WEEKDAYS[rule.servicePeriod.dayOfWeek - 1]} ${rule.servicePeriod.name}`
          : null,
      })),
      zones: r.zones.map((z) => z.name),
    };
  }
}
