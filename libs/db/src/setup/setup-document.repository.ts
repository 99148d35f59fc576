import type { Prisma, Restaurant } from '../generated/prisma/client';
import { lockRestaurant } from '../booking-statements';
import type { PrismaClient, Tx } from '../prisma-client.factory';
import { recordSetupChange } from './setup-audit';
import { SETUP_TX_OPTIONS } from './setup-transaction';
import {
  RestaurantSetupRepository,
  writeHours,
  type AffectedBooking,
  type ExceptionRow,
  type PacingRow,
  type PeriodRow,
  type TableRow,
  type ZoneRow,
} from './restaurant-setup.repository';

/** The restaurant columns a setup document sets (everything but ids and timestamps). */
export type RestaurantFields = Omit<Prisma.RestaurantCreateInput, 'slug'> & {
  name: string;
  timezone: string;
};

/** A validated setup document, ready to write: names and labels instead of ids. */
export interface SetupPlan {
  readonly slug: string;
  readonly restaurant: RestaurantFields;
  readonly zones: readonly { name: string; sortOrder: number }[];
  readonly tables: readonly {
    label: string;
    zone: string;
    minCovers: number;
    maxCovers: number;
    active: boolean;
  }[];
  /** Pairs of labels that can be pushed together (each pair once). */
  readonly combinations: readonly (readonly [string, string])[];
  readonly periods: readonly PeriodRow[];
  readonly pacing: readonly PacingRow[];
  /** Exceptions from `today` on; earlier ones are history and stay. */
  readonly exceptions: readonly Omit<ExceptionRow, 'id'>[];
  readonly today: string;
}

/** A restaurant's setup as stored, for the export document. */
export interface SetupSnapshot {
  readonly restaurant: Restaurant;
  readonly zones: readonly ZoneRow[];
  readonly tables: readonly TableRow[];
  readonly periods: readonly PeriodRow[];
  readonly pacing: readonly PacingRow[];
  readonly exceptions: readonly ExceptionRow[];
}

export interface SetupImportResult {
  readonly restaurantId: string;
  readonly created: boolean;
  /** Tables the document leaves out: deactivated, never deleted (bookings' history names them). */
  readonly deactivatedTables: readonly string[];
  /** Live bookings the new setup leaves without a valid table or time, for staff to move. */
  readonly affectedBookings: readonly AffectedBooking[];
}

/**
 * A restaurant's whole setup in and out as one document: the export reads it in one snapshot,
 * the import writes it in one transaction (serialised with holds by the restaurant's lock) with
 * one change-log row holding the setup before and after, so a refused import writes nothing.
 */
export class SetupDocumentRepository {
  private readonly setup: RestaurantSetupRepository;

  constructor(private readonly prisma: PrismaClient) {
    this.setup = new RestaurantSetupRepository(prisma);
  }

  async findRestaurantId(slug: string): Promise<string | null> {
    const row = await this.prisma.restaurant.findUnique({ where: { slug }, select: { id: true } });
    return row?.id ?? null;
  }

  async timezoneOf(restaurantId: string): Promise<string | null> {
    const row = await this.prisma.restaurant.findUnique({
      where: { id: restaurantId },
      select: { timezone: true },
    });
    return row?.timezone ?? null;
  }

  async snapshot(restaurantId: string, today: string, db: Tx | PrismaClient = this.prisma) {
    return readSnapshot(db, restaurantId, today);
  }

  /** Creates (unknown slug) or updates the restaurant so its setup is the plan's, all at once. */
  async importSetup(
    actor: string,
    plan: SetupPlan,
    options: { restaurantId?: string; now?: Date } = {},
  ): Promise<SetupImportResult> {
    const now = options.now ?? new Date();
    return this.prisma.$transaction(async (tx) => {
      const existing = await tx.restaurant.findUnique({ where: { slug: plan.slug }, select: { id: true } });
      if (existing) await lockRestaurant(tx, existing.id);
      const before = existing ? await readSnapshot(tx, existing.id, plan.today) : null;
      const restaurant = await tx.restaurant.upsert({
        where: { slug: plan.slug },
        create: { slug: plan.slug, ...plan.restaurant },
        update: plan.restaurant,
      });
      const restaurantId = restaurant.id;
      if (options.restaurantId && options.restaurantId !== restaurantId) {
        throw new Error('the plan names another restaurant than the caller’s');
      }

      const zoneIds = new Map<string, string>();
      for (const zone of plan.zones) {
        const row = await tx.zone.upsert({
          where: { restaurantId_name: { restaurantId, name: zone.name } },
          create: { restaurantId, name: zone.name, sortOrder: zone.sortOrder },
          update: { sortOrder: zone.sortOrder },
        });
        zoneIds.set(zone.name, row.id);
      }
      const tableIds = new Map<string, string>();
      for (const t of plan.tables) {
        const fields = {
          zoneId: zoneIds.get(t.zone)!,
          minCovers: t.minCovers,
          maxCovers: t.maxCovers,
          active: t.active,
        };
        const row = await tx.diningTable.upsert({
          where: { restaurantId_label: { restaurantId, label: t.label } },
          create: { restaurantId, label: t.label, ...fields },
          update: fields,
        });
        tableIds.set(t.label, row.id);
      }
      const leftOut = await tx.diningTable.findMany({
        where: { restaurantId, label: { notIn: plan.tables.map((t) => t.label) } },
        select: { id: true, label: true, active: true },
      });
      const deactivated = leftOut.filter((t) => t.active);
      if (deactivated.length > 0) {
        await tx.diningTable.updateMany({
          where: { id: { in: deactivated.map((t) => t.id) } },
          data: { active: false },
        });
      }
      // Zones the document leaves out go when empty; one still holding left-out tables stays.
      await tx.zone.deleteMany({
        where: { restaurantId, name: { notIn: plan.zones.map((z) => z.name) }, tables: { none: {} } },
      });

      await tx.tableCombination.deleteMany({ where: { table: { restaurantId } } });
      const pairs = plan.combinations.flatMap(([a, b]) => [
        { tableId: tableIds.get(a)!, partnerTableId: tableIds.get(b)! },
        { tableId: tableIds.get(b)!, partnerTableId: tableIds.get(a)! },
      ]);
      if (pairs.length > 0) await tx.tableCombination.createMany({ data: pairs });

      await writeHours(tx, restaurantId, plan.periods, plan.pacing);

      await tx.restaurantException.deleteMany({
        where: { restaurantId, endsOn: { gte: new Date(`${plan.today}T00:00:00Z`) } },
      });
      if (plan.exceptions.length > 0) {
        await tx.restaurantException.createMany({
          data: plan.exceptions.map((e) => ({
            restaurantId,
            startsOn: new Date(`${e.startsOn}T00:00:00Z`),
            endsOn: new Date(`${e.endsOn}T00:00:00Z`),
            closed: e.closed,
            reason: e.reason,
            periods: e.periods.map((p) => ({ ...p })),
          })),
        });
      }

      const after = await readSnapshot(tx, restaurantId, plan.today);
      await recordSetupChange(tx, {
        restaurantId,
        actor,
        action: existing ? 'setup.import' : 'setup.create',
        subject: plan.slug,
        before: before ? loggable(before) : undefined,
        after: loggable(after),
      });

      const affected = new Map<string, AffectedBooking>();
      const inactive = after.tables.filter((t) => !t.active).map((t) => t.id);
      for (const b of await this.setup.bookingsOnTables(tx, restaurantId, inactive, { from: now }))
        affected.set(b.id, b);
      for (const b of await this.setup.bookingsOutsideHoursOrClosed(
        tx,
        restaurantId,
        plan.periods,
        plan.exceptions,
        restaurant.timezone,
        now,
      ))
        affected.set(b.id, b);
      return {
        restaurantId,
        created: !existing,
        deactivatedTables: deactivated.map((t) => t.label),
        affectedBookings: [...affected.values()].sort((a, b) => a.startsAt.localeCompare(b.startsAt)),
      };
    }, SETUP_TX_OPTIONS);
  }
}

async function readSnapshot(
  db: Tx | PrismaClient,
  restaurantId: string,
  today: string,
): Promise<SetupSnapshot> {
  const restaurant = await db.restaurant.findUniqueOrThrow({ where: { id: restaurantId } });
  const reader = new RestaurantSetupRepository(db as PrismaClient);
  const [zones, tables, periods, pacing, exceptions] = await Promise.all([
    reader.listZones(restaurantId),
    reader.listTables(restaurantId, db),
    reader.listPeriods(restaurantId),
    reader.listPacing(restaurantId),
    reader.listExceptions(restaurantId, today),
  ]);
  return { restaurant, zones, tables, periods, pacing, exceptions };
}

/** The snapshot without row ids and timestamps: what the change log keeps of it. */
function loggable(s: SetupSnapshot) {
  const { id: _id, createdAt: _c, updatedAt: _u, ...restaurant } = s.restaurant;
  return {
    restaurant,
    zones: s.zones.map((z) => ({ name: z.name, sortOrder: z.sortOrder })),
    tables: s.tables.map(({ id: _t, zoneId: _z, ...t }) => t),
    periods: s.periods,
    pacing: s.pacing,
    exceptions: s.exceptions.map(({ id: _e, ...e }) => e),
  };
}
