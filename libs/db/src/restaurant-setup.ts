import type { PrismaClient } from './prisma-client.factory';

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
 */
export async function upsertRestaurant(prisma: PrismaClient, setup: RestaurantSetup): Promise<string> {
  return prisma.$transaction(async (tx) => {
    const data = { name: setup.name, timezone: setup.timezone, ...setup.policy };
    const restaurant = await tx.restaurant.upsert({
      where: { slug: setup.slug },
      create: { slug: setup.slug, ...data },
      update: data,
    });
    const zoneIds = new Map<string, string>();
    for (const [index, name] of setup.zones.entries()) {
      const zone = await tx.zone.upsert({
        where: { restaurantId_name: { restaurantId: restaurant.id, name } },
        create: { restaurantId: restaurant.id, name, sortOrder: index },
        update: { sortOrder: index },
      });
      zoneIds.set(name, zone.id);
    }
    const tableIds = new Map<string, string>();
    for (const t of setup.tables) {
      const zoneId = zoneIds.get(t.zone);
      if (!zoneId) throw new Error(`table ${t.label} names unknown zone ${t.zone}`);
      const table = await tx.diningTable.upsert({
        where: { restaurantId_label: { restaurantId: restaurant.id, label: t.label } },
        create: { restaurantId: restaurant.id, zoneId, label: t.label, minCovers: t.min, maxCovers: t.max },
        update: { zoneId, minCovers: t.min, maxCovers: t.max, active: true },
      });
      tableIds.set(t.label, table.id);
    }
    await tx.tableCombination.deleteMany({ where: { table: { restaurantId: restaurant.id } } });
    const pairs = (setup.combinations ?? []).flatMap(([a, b]) => {
      const [idA, idB] = [tableIds.get(a), tableIds.get(b)];
      if (!idA || !idB) throw new Error(`combination ${a}+${b} names an unknown table`);
      return [
        { tableId: idA, partnerTableId: idB },
        { tableId: idB, partnerTableId: idA },
      ];
    });
    if (pairs.length) await tx.tableCombination.createMany({ data: pairs });
    await tx.capacityRule.deleteMany({ where: { restaurantId: restaurant.id } });
    await tx.servicePeriod.deleteMany({ where: { restaurantId: restaurant.id } });
    await tx.servicePeriod.createMany({
      data: [1, 2, 3, 4, 5, 6, 7].map((dayOfWeek) => ({
        restaurantId: restaurant.id,
        name: 'All day',
        dayOfWeek,
        opensAt: setup.hours.opensAt,
        closesAt: setup.hours.closesAt,
      })),
    });
    if (setup.pacing) {
      await tx.capacityRule.create({ data: { restaurantId: restaurant.id, ...setup.pacing } });
    }
    return restaurant.id;
  });
}
