import { DateTime } from 'luxon';
import {
  CAPACITY_TAKING_STATUSES,
  compareTableLabels,
  specialPeriodsOf,
  type SpecialPeriod,
} from '@tablekeeper/domain';
import { Prisma } from '../generated/prisma/client';
import { lockRestaurant } from '../booking-statements';
import { hasSqlState } from '../postgres-errors';
import type { PrismaClient, Tx } from '../prisma-client.factory';
import { recordSetupChange, type SetupChangeRow } from './setup-audit';
import { SetupRefusal } from './setup-errors';
import { SETUP_TX_OPTIONS } from './setup-transaction';

export interface ZoneRow {
  readonly id: string;
  readonly name: string;
  readonly sortOrder: number;
  readonly tableCount: number;
}

export interface TableRow {
  readonly id: string;
  readonly label: string;
  readonly zoneId: string;
  readonly zone: string;
  readonly minCovers: number;
  readonly maxCovers: number;
  readonly active: boolean;
  /** Labels of the neighbours it can be pushed together with. */
  readonly combinableWith: readonly string[];
}

/** A weekday's service period, in minutes after local midnight. */
export interface PeriodRow {
  readonly name: string;
  readonly dayOfWeek: number;
  readonly opensAt: number;
  readonly closesAt: number;
  readonly lastSeatingAt: number | null;
}

export interface ExceptionRow {
  readonly id: string;
  readonly startsOn: string;
  readonly endsOn: string;
  readonly closed: boolean;
  readonly reason: string | null;
  readonly periods: readonly SpecialPeriod[];
}

export interface BlockRow {
  readonly id: string;
  readonly tableId: string | null;
  readonly tableLabel: string | null;
  readonly zoneId: string | null;
  readonly zoneName: string | null;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly reason: string;
  readonly createdBy: string;
}

/** A live booking a setup change leaves without a valid table or time: for staff to move. */
export interface AffectedBooking {
  readonly id: string;
  readonly status: string;
  readonly partySize: number;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly tables: readonly string[];
}

/**
 * Capacity rules as setup shows them: one per period name (a rule is stored once per weekday's
 * period of that name), sorted, the catch-all (null) first.
 */
export function pacingRowsOf(
  rules: readonly {
    servicePeriod: { name: string } | null;
    intervalMinutes: number;
    maxCovers: number;
    maxParties: number;
  }[],
): PacingRow[] {
  const seen = new Map<string, PacingRow>();
  for (const r of rules) {
    const row = {
      period: r.servicePeriod?.name ?? null,
      intervalMinutes: r.intervalMinutes,
      maxCovers: r.maxCovers,
      maxParties: r.maxParties,
    };
    seen.set(row.period ?? '', row);
  }
  return [...seen.values()].sort((a, b) => (a.period ?? '').localeCompare(b.period ?? ''));
}

export interface PacingRow {
  /** The service period's name it applies to; null: every period without a rule of its own. */
  readonly period: string | null;
  readonly intervalMinutes: number;
  readonly maxCovers: number;
  readonly maxParties: number;
}

export interface TableInput {
  readonly label: string;
  readonly zoneId: string;
  readonly minCovers: number;
  readonly maxCovers: number;
  readonly active: boolean;
  readonly combinableWith: readonly string[];
}

export interface Actor {
  readonly restaurantId: string;
  readonly actor: string;
}

const isoDate = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Setup reads and writes of one restaurant: zones, tables and their combinations, weekly hours,
 * exceptions, table blocks, pacing. Every method takes the restaurant id (the caller has checked
 * it is theirs); every write runs in one transaction with its audit row, so a refused change
 * writes nothing and the change log never disagrees with the setup.
 */
export class RestaurantSetupRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /** The restaurant's fields as setup reads them. */
  restaurant(restaurantId: string) {
    return this.prisma.restaurant.findUnique({ where: { id: restaurantId } });
  }

  // ---- zones -------------------------------------------------------------------------------

  async listZones(restaurantId: string): Promise<ZoneRow[]> {
    const zones = await this.prisma.zone.findMany({
      where: { restaurantId },
      orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
      include: { _count: { select: { tables: true } } },
    });
    return zones.map((z) => ({
      id: z.id,
      name: z.name,
      sortOrder: z.sortOrder,
      tableCount: z._count.tables,
    }));
  }

  async createZone(by: Actor, input: { name: string; sortOrder?: number }): Promise<ZoneRow> {
    return this.write(by, async (tx) => {
      const count = await tx.zone.count({ where: { restaurantId: by.restaurantId } });
      const zone = await tx.zone
        .create({
          data: { restaurantId: by.restaurantId, name: input.name, sortOrder: input.sortOrder ?? count },
        })
        .catch(uniqueAs('duplicate_zone_name', 'name', `A zone named ${input.name} exists already`));
      const row = { id: zone.id, name: zone.name, sortOrder: zone.sortOrder, tableCount: 0 };
      await recordSetupChange(tx, { ...by, action: 'zone.create', subject: zone.name, after: row });
      return row;
    });
  }

  async updateZone(
    by: Actor,
    zoneId: string,
    input: { name?: string; sortOrder?: number },
  ): Promise<ZoneRow> {
    return this.write(by, async (tx) => {
      const before = await this.zoneIn(tx, by.restaurantId, zoneId);
      const zone = await tx.zone
        .update({ where: { id: zoneId }, data: input, include: { _count: { select: { tables: true } } } })
        .catch(uniqueAs('duplicate_zone_name', 'name', `A zone named ${input.name ?? ''} exists already`));
      const row = { id: zone.id, name: zone.name, sortOrder: zone.sortOrder, tableCount: zone._count.tables };
      await recordSetupChange(tx, { ...by, action: 'zone.update', subject: zone.name, before, after: row });
      return row;
    });
  }

  async deleteZone(by: Actor, zoneId: string): Promise<ZoneRow> {
    return this.write(by, async (tx) => {
      const before = await this.zoneIn(tx, by.restaurantId, zoneId);
      if (before.tableCount > 0) {
        throw new SetupRefusal(
          'zone_has_tables',
          `${before.name} still has ${before.tableCount} table(s); move or delete them first`,
          'zoneId',
        );
      }
      await tx.zone.delete({ where: { id: zoneId } });
      await recordSetupChange(tx, { ...by, action: 'zone.delete', subject: before.name, before });
      return before;
    });
  }

  private async zoneIn(tx: Tx, restaurantId: string, zoneId: string): Promise<ZoneRow> {
    const zone = await tx.zone.findFirst({
      where: { id: zoneId, restaurantId },
      include: { _count: { select: { tables: true } } },
    });
    if (!zone) throw new SetupRefusal('zone_not_found', 'No such zone in this restaurant', 'zoneId');
    return { id: zone.id, name: zone.name, sortOrder: zone.sortOrder, tableCount: zone._count.tables };
  }

  // ---- tables ------------------------------------------------------------------------------

  async listTables(restaurantId: string, db: Tx | PrismaClient = this.prisma): Promise<TableRow[]> {
    const tables = await db.diningTable.findMany({
      where: { restaurantId },
      include: { zone: true, combinations: { include: { partner: { select: { label: true } } } } },
    });
    return tables
      .map((t) => ({
        id: t.id,
        label: t.label,
        zoneId: t.zoneId,
        zone: t.zone.name,
        minCovers: t.minCovers,
        maxCovers: t.maxCovers,
        active: t.active,
        combinableWith: t.combinations.map((c) => c.partner.label).sort(compareTableLabels),
      }))
      .sort((a, b) => compareTableLabels(a.label, b.label));
  }

  /** A new table, with its combinations; it is offered by the very next availability answer. */
  async createTable(by: Actor, input: TableInput): Promise<TableRow> {
    return this.write(by, async (tx) => {
      await this.zoneIn(tx, by.restaurantId, input.zoneId);
      const table = await tx.diningTable
        .create({
          data: {
            restaurantId: by.restaurantId,
            zoneId: input.zoneId,
            label: input.label,
            minCovers: input.minCovers,
            maxCovers: input.maxCovers,
            active: input.active,
          },
        })
        .catch(uniqueAs('duplicate_table_label', 'label', `A table labelled ${input.label} exists already`));
      await this.setCombinations(tx, by.restaurantId, table.id, input.combinableWith);
      const row = await this.tableIn(tx, by.restaurantId, table.id);
      await recordSetupChange(tx, { ...by, action: 'table.create', subject: row.label, after: row });
      return row;
    });
  }

  /**
   * Changes a table. Deactivating it (or shrinking it below a booked party) never touches the
   * bookings that hold it: they are listed for staff to move.
   */
  async updateTable(
    by: Actor,
    tableId: string,
    input: Partial<TableInput>,
    now: Date = new Date(),
  ): Promise<{ table: TableRow; affectedBookings: AffectedBooking[] }> {
    return this.write(by, async (tx) => {
      const before = await this.tableIn(tx, by.restaurantId, tableId);
      if (input.zoneId !== undefined) await this.zoneIn(tx, by.restaurantId, input.zoneId);
      const minCovers = input.minCovers ?? before.minCovers;
      const maxCovers = input.maxCovers ?? before.maxCovers;
      if (minCovers > maxCovers) {
        throw new SetupRefusal('invalid_setup', 'minCovers must not exceed maxCovers', 'minCovers');
      }
      await tx.diningTable
        .update({
          where: { id: tableId },
          data: { label: input.label, zoneId: input.zoneId, minCovers, maxCovers, active: input.active },
        })
        .catch(
          uniqueAs('duplicate_table_label', 'label', `A table labelled ${input.label ?? ''} exists already`),
        );
      if (input.combinableWith)
        await this.setCombinations(tx, by.restaurantId, tableId, input.combinableWith);
      const table = await this.tableIn(tx, by.restaurantId, tableId);
      await recordSetupChange(tx, {
        ...by,
        action: 'table.update',
        subject: table.label,
        before,
        after: table,
      });
      const unseatable =
        !table.active || table.maxCovers < before.maxCovers || table.minCovers > before.minCovers;
      const affectedBookings = unseatable
        ? (await this.bookingsOnTables(tx, by.restaurantId, [tableId], { from: now })).filter(
            (b) =>
              !table.active ||
              b.partySize > table.maxCovers ||
              b.partySize < table.minCovers ||
              b.tables.length > 1,
          )
        : [];
      return { table, affectedBookings };
    });
  }

  /**
   * Deletes a table no booking ever used. One that future bookings hold is refused with those
   * bookings; one with only past bookings is refused too (its history names it): deactivate it.
   */
  async deleteTable(by: Actor, tableId: string, now: Date = new Date()): Promise<TableRow> {
    return this.write(by, async (tx) => {
      const before = await this.tableIn(tx, by.restaurantId, tableId);
      const future = await this.bookingsOnTables(tx, by.restaurantId, [tableId], { from: now });
      if (future.length > 0) {
        throw new SetupRefusal(
          'table_has_future_bookings',
          `${before.label} holds ${future.length} future booking(s); move them, or deactivate the table`,
          'tableId',
          { bookings: future },
        );
      }
      const history = await tx.tableAssignment.count({ where: { tableId } });
      if (history > 0) {
        throw new SetupRefusal(
          'table_has_history',
          `${before.label} has past bookings that name it; deactivate it instead`,
          'tableId',
        );
      }
      await tx.diningTable.delete({ where: { id: tableId } });
      await recordSetupChange(tx, { ...by, action: 'table.delete', subject: before.label, before });
      return before;
    });
  }

  private async tableIn(tx: Tx, restaurantId: string, tableId: string): Promise<TableRow> {
    const table = (await this.listTables(restaurantId, tx)).find((t) => t.id === tableId);
    if (!table) throw new SetupRefusal('table_not_found', 'No such table in this restaurant', 'tableId');
    return table;
  }

  /** Replaces a table's combinable neighbours (stored once per direction) by these labels. */
  private async setCombinations(
    tx: Tx,
    restaurantId: string,
    tableId: string,
    labels: readonly string[],
  ): Promise<void> {
    const partners = await tx.diningTable.findMany({
      where: { restaurantId, label: { in: [...labels] } },
      select: { id: true, label: true },
    });
    const unknown = labels.filter((l) => !partners.some((p) => p.label === l));
    if (unknown.length > 0) {
      throw new SetupRefusal('invalid_setup', `No table labelled ${unknown.join(', ')}`, 'combinableWith');
    }
    if (partners.some((p) => p.id === tableId)) {
      throw new SetupRefusal('invalid_setup', 'A table cannot be combined with itself', 'combinableWith');
    }
    await tx.tableCombination.deleteMany({ where: { OR: [{ tableId }, { partnerTableId: tableId }] } });
    if (partners.length > 0) {
      await tx.tableCombination.createMany({
        data: partners.flatMap((p) => [
          { tableId, partnerTableId: p.id },
          { tableId: p.id, partnerTableId: tableId },
        ]),
      });
    }
  }

  // ---- weekly hours and pacing ------------------------------------------------------------

  async listPeriods(restaurantId: string): Promise<PeriodRow[]> {
    const periods = await this.prisma.servicePeriod.findMany({
      where: { restaurantId },
      orderBy: [{ dayOfWeek: 'asc' }, { opensAt: 'asc' }],
    });
    return periods.map((p) => ({
      name: p.name,
      dayOfWeek: p.dayOfWeek,
      opensAt: p.opensAt,
      closesAt: p.closesAt,
      lastSeatingAt: p.lastSeatingAt,
    }));
  }

  async listPacing(restaurantId: string): Promise<PacingRow[]> {
    const rules = await this.prisma.capacityRule.findMany({
      where: { restaurantId },
      include: { servicePeriod: { select: { name: true } } },
    });
    return pacingRowsOf(rules);
  }

  /**
   * Replaces the weekly hours and the pacing rules (a rule follows its period by name). Bookings
   * already taken keep their times; those the new hours no longer cover are listed.
   */
  async replaceHours(
    by: Actor,
    periods: readonly PeriodRow[],
    pacing: readonly PacingRow[] | null,
    timezone: string,
    now: Date = new Date(),
  ): Promise<{ periods: PeriodRow[]; pacing: PacingRow[]; affectedBookings: AffectedBooking[] }> {
    return this.write(by, async (tx) => {
      const before = {
        periods: await this.listPeriods(by.restaurantId),
        pacing: await this.listPacing(by.restaurantId),
      };
      const rules = pacing ?? before.pacing;
      await writeHours(tx, by.restaurantId, periods, rules);
      const after = { periods: [...periods], pacing: [...rules] };
      await recordSetupChange(tx, { ...by, action: 'hours.replace', before, after });
      const affectedBookings = await this.bookingsOutsideHours(tx, by.restaurantId, periods, timezone, now);
      return { ...after, affectedBookings };
    });
  }

  // ---- exceptions --------------------------------------------------------------------------

  async listExceptions(restaurantId: string, fromDate?: string): Promise<ExceptionRow[]> {
    const rows = await this.prisma.restaurantException.findMany({
      where: { restaurantId, ...(fromDate ? { endsOn: { gte: new Date(`${fromDate}T00:00:00Z`) } } : {}) },
      orderBy: { startsOn: 'asc' },
    });
    return rows.map(exceptionRow);
  }

  /** A closed date range or special hours; the live bookings on those dates are listed, untouched. */
  async createException(
    by: Actor,
    input: Omit<ExceptionRow, 'id'>,
    timezone: string,
  ): Promise<{ exception: ExceptionRow; affectedBookings: AffectedBooking[] }> {
    return this.write(by, async (tx) => {
      const created = await tx.restaurantException
        .create({
          data: {
            restaurantId: by.restaurantId,
            startsOn: new Date(`${input.startsOn}T00:00:00Z`),
            endsOn: new Date(`${input.endsOn}T00:00:00Z`),
            closed: input.closed,
            reason: input.reason,
            periods: input.periods.map((p) => ({ ...p })),
          },
        })
        .catch((error: unknown) => {
          if (hasSqlState(error, '23P01') || /restaurant_exceptions_no_overlap/.test(String(error))) {
            throw new SetupRefusal(
              'overlapping_exception',
              'Another exception already covers some of those dates; delete it first',
              'date',
            );
          }
          throw error;
        });
      const exception = exceptionRow(created);
      await recordSetupChange(tx, {
        ...by,
        action: 'exception.create',
        subject:
          exception.startsOn === exception.endsOn
            ? exception.startsOn
            : `${exception.startsOn}..${exception.endsOn}`,
        after: exception,
      });
      const onDates = await this.bookingsOnDates(tx, by.restaurantId, input.startsOn, input.endsOn, timezone);
      return { exception, affectedBookings: onDates };
    });
  }

  async deleteException(by: Actor, exceptionId: string): Promise<ExceptionRow> {
    return this.write(by, async (tx) => {
      const found = await tx.restaurantException.findFirst({
        where: { id: exceptionId, restaurantId: by.restaurantId },
      });
      if (!found) throw new SetupRefusal('exception_not_found', 'No such exception in this restaurant', 'id');
      await tx.restaurantException.delete({ where: { id: exceptionId } });
      const before = exceptionRow(found);
      await recordSetupChange(tx, { ...by, action: 'exception.delete', subject: before.startsOn, before });
      return before;
    });
  }

  // ---- table blocks ------------------------------------------------------------------------

  async listBlocks(restaurantId: string, from: Date = new Date()): Promise<BlockRow[]> {
    const blocks = await this.prisma.tableBlock.findMany({
      where: { restaurantId, endsAt: { gt: from } },
      include: { table: { select: { label: true } }, zone: { select: { name: true } } },
      orderBy: { startsAt: 'asc' },
    });
    return blocks.map(blockRow);
  }

  /** Takes a table or a zone out of service; bookings it overlaps are listed for staff to move. */
  async createBlock(
    by: Actor,
    input: { tableId?: string; zoneId?: string; startsAt: Date; endsAt: Date; reason: string },
  ): Promise<{ block: BlockRow; affectedBookings: AffectedBooking[] }> {
    return this.write(by, async (tx) => {
      let tableIds: string[];
      if (input.tableId) tableIds = [(await this.tableIn(tx, by.restaurantId, input.tableId)).id];
      else {
        await this.zoneIn(tx, by.restaurantId, input.zoneId!);
        tableIds = (
          await tx.diningTable.findMany({ where: { zoneId: input.zoneId }, select: { id: true } })
        ).map((t) => t.id);
      }
      const created = await tx.tableBlock.create({
        data: {
          restaurantId: by.restaurantId,
          tableId: input.tableId ?? null,
          zoneId: input.tableId ? null : input.zoneId!,
          startsAt: input.startsAt,
          endsAt: input.endsAt,
          reason: input.reason,
          createdBy: by.actor,
        },
        include: { table: { select: { label: true } }, zone: { select: { name: true } } },
      });
      const block = blockRow(created);
      await recordSetupChange(tx, {
        ...by,
        action: 'block.create',
        subject: block.tableLabel ?? block.zoneName,
        after: block,
      });
      const affectedBookings = await this.bookingsOnTables(tx, by.restaurantId, tableIds, {
        from: input.startsAt,
        until: input.endsAt,
      });
      return { block, affectedBookings };
    });
  }

  async deleteBlock(by: Actor, blockId: string): Promise<BlockRow> {
    return this.write(by, async (tx) => {
      const found = await tx.tableBlock.findFirst({
        where: { id: blockId, restaurantId: by.restaurantId },
        include: { table: { select: { label: true } }, zone: { select: { name: true } } },
      });
      if (!found) throw new SetupRefusal('block_not_found', 'No such block in this restaurant', 'id');
      await tx.tableBlock.delete({ where: { id: blockId } });
      const before = blockRow(found);
      await recordSetupChange(tx, {
        ...by,
        action: 'block.delete',
        subject: before.tableLabel ?? before.zoneName,
        before,
      });
      return before;
    });
  }

  // ---- restaurant and policy ---------------------------------------------------------------

  /** Changes restaurant fields (details, policy); answers the fields before and after. */
  async updateRestaurant(
    by: Actor,
    data: Prisma.RestaurantUpdateInput,
    fields: readonly string[],
  ): Promise<{ before: Record<string, unknown>; after: Record<string, unknown> }> {
    return this.write(by, async (tx) => {
      const pick = (row: Record<string, unknown>) => Object.fromEntries(fields.map((f) => [f, row[f]]));
      const current = await tx.restaurant.findUniqueOrThrow({ where: { id: by.restaurantId } });
      const updated = await tx.restaurant.update({ where: { id: by.restaurantId }, data });
      const before = pick(current as unknown as Record<string, unknown>);
      const after = pick(updated as unknown as Record<string, unknown>);
      await recordSetupChange(tx, {
        ...by,
        action: 'restaurant.update',
        subject: updated.slug,
        before,
        after,
      });
      return { before, after };
    });
  }

  // ---- change log --------------------------------------------------------------------------

  async listChanges(
    restaurantId: string,
    page: { limit: number; cursor?: string },
  ): Promise<{ items: SetupChangeRow[]; nextCursor: string | null }> {
    const rows = await this.prisma.setupChange.findMany({
      where: { restaurantId, ...(page.cursor ? { id: { lt: BigInt(page.cursor) } } : {}) },
      orderBy: { id: 'desc' },
      take: page.limit + 1,
    });
    const items = rows.slice(0, page.limit).map((r) => ({
      id: r.id.toString(),
      actor: r.actor,
      action: r.action,
      subject: r.subject,
      before: r.before,
      after: r.after,
      at: r.at.toISOString(),
    }));
    return { items, nextCursor: rows.length > page.limit ? items.at(-1)!.id : null };
  }

  // ---- what a change leaves behind ---------------------------------------------------------

  /** Live bookings holding any of `tableIds` for part of [from, until). */
  async bookingsOnTables(
    db: Tx | PrismaClient,
    restaurantId: string,
    tableIds: readonly string[],
    span: { from: Date; until?: Date },
  ): Promise<AffectedBooking[]> {
    if (tableIds.length === 0) return [];
    return this.affected(
      db,
      Prisma.sql`b.restaurant_id = ${restaurantId}::uuid AND b.ends_at > ${span.from}
        ${span.until ? Prisma.sql`AND b.starts_at < ${span.until}` : Prisma.empty}
        AND EXISTS (SELECT 1 FROM table_assignments x WHERE x.booking_id = b.id AND x.released_at IS NULL
                    AND x.table_id = ANY(${[...tableIds]}::uuid[]))`,
    );
  }

  /**
   * Future live bookings a whole new setup leaves without a time: outside the weekly hours, or on
   * a date an exception closes or gives special hours (listed, as a single exception lists them).
   */
  async bookingsOutsideHoursOrClosed(
    db: Tx,
    restaurantId: string,
    periods: readonly PeriodRow[],
    exceptions: readonly { startsOn: string; endsOn: string }[],
    timezone: string,
    now: Date,
  ): Promise<AffectedBooking[]> {
    const found = new Map<string, AffectedBooking>();
    for (const b of await this.bookingsOutsideHours(db, restaurantId, periods, timezone, now))
      found.set(b.id, b);
    for (const e of exceptions)
      for (const b of await this.bookingsOnDates(db, restaurantId, e.startsOn, e.endsOn, timezone))
        if (Date.parse(b.endsAt) > now.getTime()) found.set(b.id, b);
    return [...found.values()];
  }

  /** Live bookings starting on the local dates [startsOn, endsOn]. */
  private bookingsOnDates(
    db: Tx,
    restaurantId: string,
    startsOn: string,
    endsOn: string,
    timezone: string,
  ): Promise<AffectedBooking[]> {
    return this.affected(
      db,
      Prisma.sql`b.restaurant_id = ${restaurantId}::uuid
        AND (b.starts_at AT TIME ZONE ${timezone})::date BETWEEN ${startsOn}::date AND ${endsOn}::date`,
    );
  }

  /** Future live bookings whose start the new weekly hours no longer cover. */
  private async bookingsOutsideHours(
    db: Tx,
    restaurantId: string,
    periods: readonly PeriodRow[],
    timezone: string,
    now: Date,
  ): Promise<AffectedBooking[]> {
    const future = await this.affected(
      db,
      Prisma.sql`b.restaurant_id = ${restaurantId}::uuid AND b.starts_at > ${now}`,
    );
    return future.filter((b) => {
      const local = DateTime.fromISO(b.startsAt, { zone: timezone });
      const minute = local.hour * 60 + local.minute;
      return !periods.some(
        (p) =>
          p.dayOfWeek === local.weekday &&
          minute >= p.opensAt &&
          minute < p.closesAt &&
          (p.lastSeatingAt === null || minute <= p.lastSeatingAt),
      );
    });
  }

  private async affected(db: Tx | PrismaClient, where: Prisma.Sql): Promise<AffectedBooking[]> {
    const rows = await db.$queryRaw<
      { id: string; status: string; party_size: number; starts_at: Date; ends_at: Date; tables: string[] }[]
    >`
      SELECT b.id::text, b.status::text, b.party_size, b.starts_at, b.ends_at,
        ARRAY(SELECT dt.label FROM table_assignments ta JOIN dining_tables dt ON dt.id = ta.table_id
              WHERE ta.booking_id = b.id AND ta.released_at IS NULL) AS tables
      FROM bookings b
      WHERE ${where}
        AND b.status::text = ANY(${[...CAPACITY_TAKING_STATUSES]}::text[])
        AND NOT (b.status = 'held' AND b.hold_expires_at <= now())
      ORDER BY b.starts_at
      LIMIT 500`;
    return rows.map((r) => ({
      id: r.id,
      status: r.status,
      partySize: r.party_size,
      startsAt: r.starts_at.toISOString(),
      endsAt: r.ends_at.toISOString(),
      tables: [...r.tables].sort(compareTableLabels),
    }));
  }

  /** One setup change: its own transaction, serialised per restaurant with the holds' lock. */
  private write<T>(by: Actor, change: (tx: Tx) => Promise<T>): Promise<T> {
    return this.prisma.$transaction(async (tx) => {
      await lockRestaurant(tx, by.restaurantId);
      return change(tx);
    }, SETUP_TX_OPTIONS);
  }
}

/** Writes weekly periods and pacing rules in place of the old ones (a rule follows its period by name). */
export async function writeHours(
  tx: Tx,
  restaurantId: string,
  periods: readonly PeriodRow[],
  pacing: readonly PacingRow[],
): Promise<void> {
  await tx.capacityRule.deleteMany({ where: { restaurantId } });
  await tx.servicePeriod.deleteMany({ where: { restaurantId } });
  const created = await tx.servicePeriod.createManyAndReturn({
    data: periods.map((p) => ({ restaurantId, ...p })),
    select: { id: true, name: true },
  });
  const rules = pacing.flatMap((rule): Prisma.CapacityRuleCreateManyInput[] => {
    const limits = {
      intervalMinutes: rule.intervalMinutes,
      maxCovers: rule.maxCovers,
      maxParties: rule.maxParties,
    };
    if (rule.period === null) return [{ restaurantId, servicePeriodId: null, ...limits }];
    const matching = created.filter((p) => p.name === rule.period);
    if (matching.length === 0) {
      throw new SetupRefusal(
        'invalid_setup',
        `Pacing names no service period called ${rule.period}`,
        'pacing',
      );
    }
    return matching.map((p) => ({ restaurantId, servicePeriodId: p.id, ...limits }));
  });
  if (rules.length > 0) await tx.capacityRule.createMany({ data: rules });
}

function exceptionRow(e: {
  id: string;
  startsOn: Date;
  endsOn: Date;
  closed: boolean;
  reason: string | null;
  periods: unknown;
}): ExceptionRow {
  return {
    id: e.id,
    startsOn: isoDate(e.startsOn),
    endsOn: isoDate(e.endsOn),
    closed: e.closed,
    reason: e.reason,
    periods: specialPeriodsOf(e.periods),
  };
}

function blockRow(b: {
  id: string;
  tableId: string | null;
  zoneId: string | null;
  startsAt: Date;
  endsAt: Date;
  reason: string;
  createdBy: string;
  table: { label: string } | null;
  zone: { name: string } | null;
}): BlockRow {
  return {
    id: b.id,
    tableId: b.tableId,
    tableLabel: b.table?.label ?? null,
    zoneId: b.zoneId,
    zoneName: b.zone?.name ?? null,
    startsAt: b.startsAt.toISOString(),
    endsAt: b.endsAt.toISOString(),
    reason: b.reason,
    createdBy: b.createdBy,
  };
}

/** A unique violation on create/update, as the refusal the caller understands. */
function uniqueAs(code: 'duplicate_zone_name' | 'duplicate_table_label', field: string, message: string) {
  return (error: unknown): never => {
    if (hasSqlState(error, '23505') || (error as { code?: string }).code === 'P2002') {
      throw new SetupRefusal(code, message, field);
    }
    throw error;
  };
}
