import type { Channel } from '@tablekeeper/domain';
import type { PrismaClient } from './prisma-client.factory';

export interface RestaurantSummary {
  readonly id: string;
  readonly slug: string;
  readonly name: string;
  readonly timezone: string;
}

/** What the gateway checks a booking request against before any workflow starts. */
export interface RestaurantBookingRules extends RestaurantSummary {
  readonly minPartySize: number;
  readonly maxPartySize: number;
  readonly defaultDurationSeconds: number;
  readonly bookingWindowDays: number;
  readonly minNoticeMinutes: number;
  readonly slotIntervalMinutes: number;
  readonly offGridStartsAllowed: boolean;
  readonly bookingChannels: readonly Channel[];
}

const summary = { id: true, slug: true, name: true, timezone: true } as const;

/** Restaurant reads, always scoped to the restaurants a caller may act for. */
export class RestaurantRepository {
  constructor(private readonly prisma: PrismaClient) {}

  listForTenant(restaurantIds: readonly string[]): Promise<RestaurantSummary[]> {
    return this.prisma.restaurant.findMany({
      where: { id: { in: [...restaurantIds] } },
      select: summary,
      orderBy: { name: 'asc' },
    });
  }

  findForTenant(
    restaurantId: string,
    restaurantIds: readonly string[],
  ): Promise<RestaurantBookingRules | null> {
    if (!restaurantIds.includes(restaurantId)) return Promise.resolve(null);
    return this.prisma.restaurant.findUnique({
      where: { id: restaurantId },
      select: {
        ...summary,
        minPartySize: true,
        maxPartySize: true,
        defaultDurationSeconds: true,
        bookingWindowDays: true,
        minNoticeMinutes: true,
        slotIntervalMinutes: true,
        offGridStartsAllowed: true,
        bookingChannels: true,
      },
    });
  }

  /** Minutes before a booking's start after which a guest may no longer cancel it (0: the start). */
  async cancellationCutoffMinutes(restaurantId: string): Promise<number> {
    const row = await this.prisma.restaurant.findUnique({
      where: { id: restaurantId },
      select: { cancellationCutoffMinutes: true },
    });
    return row?.cancellationCutoffMinutes ?? 0;
  }

  findBySlug(slug: string): Promise<RestaurantSummary | null> {
    return this.prisma.restaurant.findUnique({ where: { slug }, select: summary });
  }
}
