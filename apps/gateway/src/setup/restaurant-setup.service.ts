import { Injectable } from '@nestjs/common';
import { DateTime, IANAZone } from 'luxon';
import {
  RestaurantSetupRepository,
  SetupRefusal,
  type ExceptionRow,
  type PacingRow,
  type PeriodRow,
  type SetupFieldError,
} from '@tablekeeper/db';
import { durationRulesOf, periodProblems, type Channel, type SpecialPeriod } from '@tablekeeper/domain';
import type { Prisma } from '@tablekeeper/db/generated/prisma/client';
import { ProblemException, type FieldError, type ProblemCode } from '../common/problem';
import { SetupChanges } from './setup-changes';
import { hhmmToMinutes, specialOutput, weeklyOutput } from './setup-times';
import type {
  BlockInput,
  ChangeLogQuery,
  ExceptionInput,
  HoursInput,
  PeriodTimesInput,
  PolicyInput,
  TableInput,
  TablePatchInput,
  ZoneInput,
  ZonePatchInput,
} from './setup.inputs';
import type {
  BlockChangeOutput,
  BlockListOutput,
  BlockOutput,
  ExceptionChangeOutput,
  ExceptionListOutput,
  ExceptionOutput,
  HoursOutput,
  PolicyChangeOutput,
  PolicyOutput,
  SetupChangePageOutput,
  TableChangeOutput,
  TableListOutput,
  TableOutput,
  ZoneListOutput,
  ZoneOutput,
} from './setup.outputs';

/** Who changes the setup of which restaurant (tenancy already checked by the caller's door). */
export interface SetupCaller {
  readonly restaurantId: string;
  /** `api:<prefix>` or `staff:<email>`, as the change log shows it. */
  readonly actor: string;
}

const MAX_EXCEPTION_DAYS = 366;
const MAX_BLOCK_DAYS = 366;

/**
 * Changing a restaurant's setup: the rules a change must keep (consistent periods, ranges the right
 * way round, known zones and tables), one transaction per change with its audit row (the
 * repository), and the announcement that makes it count for the next availability answer and hold
 * on every gateway. The public API (admin-scoped keys) and the admin UI (managers) both call it.
 */
@Injectable()
export class RestaurantSetupService {
  constructor(
    private readonly setup: RestaurantSetupRepository,
    private readonly changes: SetupChanges,
  ) {}

  // ---- zones and tables --------------------------------------------------------------------

  async zones(restaurantId: string): Promise<ZoneListOutput> {
    return { data: await this.setup.listZones(restaurantId) };
  }

  createZone(by: SetupCaller, input: ZoneInput): Promise<ZoneOutput> {
    return this.change(by, () =>
      this.setup.createZone(by, { name: input.name.trim(), sortOrder: input.sortOrder }),
    );
  }

  updateZone(by: SetupCaller, zoneId: string, input: ZonePatchInput): Promise<ZoneOutput> {
    return this.change(by, () =>
      this.setup.updateZone(by, zoneId, { name: input.name?.trim(), sortOrder: input.sortOrder }),
    );
  }

  deleteZone(by: SetupCaller, zoneId: string): Promise<ZoneOutput> {
    return this.change(by, () => this.setup.deleteZone(by, zoneId));
  }

  async tables(restaurantId: string): Promise<TableListOutput> {
    return {
      data: (await this.setup.listTables(restaurantId)).map((t) => ({
        ...t,
        combinableWith: [...t.combinableWith],
      })),
    };
  }

  createTable(by: SetupCaller, input: TableInput): Promise<TableOutput> {
    if (input.minCovers > input.maxCovers)
      throw invalid([{ field: 'minCovers', message: 'minCovers must not exceed maxCovers' }]);
    return this.change(by, async () => {
      const row = await this.setup.createTable(by, {
        label: input.label.trim(),
        zoneId: input.zoneId,
        minCovers: input.minCovers,
        maxCovers: input.maxCovers,
        active: input.active ?? true,
        combinableWith: [...new Set(input.combinableWith ?? [])],
      });
      return { ...row, combinableWith: [...row.combinableWith] };
    });
  }

  updateTable(by: SetupCaller, tableId: string, input: TablePatchInput): Promise<TableChangeOutput> {
    return this.change(by, async () => {
      const { table, affectedBookings } = await this.setup.updateTable(by, tableId, {
        ...input,
        label: input.label?.trim(),
        combinableWith: input.combinableWith ? [...new Set(input.combinableWith)] : undefined,
      });
      return {
        table: { ...table, combinableWith: [...table.combinableWith] },
        affectedBookings: affectedBookings.map((b) => ({ ...b, tables: [...b.tables] })),
      };
    });
  }

  deleteTable(by: SetupCaller, tableId: string): Promise<TableOutput> {
    return this.change(by, async () => {
      const row = await this.setup.deleteTable(by, tableId);
      return { ...row, combinableWith: [...row.combinableWith] };
    });
  }

  // ---- hours -------------------------------------------------------------------------------

  async hours(restaurantId: string): Promise<Omit<HoursOutput, 'affectedBookings'>> {
    const [periods, pacing] = await Promise.all([
      this.setup.listPeriods(restaurantId),
      this.setup.listPacing(restaurantId),
    ]);
    return { periods: weeklyOutput(periods), pacing: [...pacing] };
  }

  async replaceHours(by: SetupCaller, input: HoursInput): Promise<HoursOutput> {
    const rows = weeklyRows(input.periods);
    const pacing = input.pacing ? pacingRows(input.pacing, rows) : null;
    const timezone = await this.timezoneOf(by.restaurantId);
    return this.change(by, async () => {
      const done = await this.setup.replaceHours(by, rows, pacing, timezone);
      return {
        periods: weeklyOutput(done.periods),
        pacing: done.pacing,
        affectedBookings: done.affectedBookings.map((b) => ({ ...b, tables: [...b.tables] })),
      };
    });
  }

  // ---- exceptions --------------------------------------------------------------------------

  async exceptions(restaurantId: string): Promise<ExceptionListOutput> {
    const timezone = await this.timezoneOf(restaurantId);
    const today = DateTime.now().setZone(timezone).toISODate()!;
    return { data: (await this.setup.listExceptions(restaurantId, today)).map(exceptionOutput) };
  }

  async createException(by: SetupCaller, input: ExceptionInput): Promise<ExceptionChangeOutput> {
    const timezone = await this.timezoneOf(by.restaurantId);
    const row = exceptionRow(input, DateTime.now().setZone(timezone).toISODate()!);
    return this.change(by, async () => {
      const { exception, affectedBookings } = await this.setup.createException(by, row, timezone);
      return {
        exception: exceptionOutput(exception),
        affectedBookings: affectedBookings.map((b) => ({ ...b, tables: [...b.tables] })),
      };
    });
  }

  deleteException(by: SetupCaller, exceptionId: string): Promise<ExceptionOutput> {
    return this.change(by, async () => exceptionOutput(await this.setup.deleteException(by, exceptionId)));
  }

  // ---- blocks ------------------------------------------------------------------------------

  async blocks(restaurantId: string): Promise<BlockListOutput> {
    return { data: await this.setup.listBlocks(restaurantId) };
  }

  createBlock(by: SetupCaller, input: BlockInput): Promise<BlockChangeOutput> {
    const errors: Omit<FieldError, 'code'>[] = [];
    if (!input.tableId === !input.zoneId) {
      errors.push({ field: 'tableId', message: 'Give exactly one of tableId and zoneId' });
    }
    const startsAt = new Date(input.startsAt);
    const endsAt = new Date(input.endsAt);
    if (endsAt <= startsAt) errors.push({ field: 'endsAt', message: 'endsAt must be after startsAt' });
    else if (endsAt.getTime() <= Date.now())
      errors.push({ field: 'endsAt', message: 'endsAt must be in the future' });
    else if (endsAt.getTime() - startsAt.getTime() > MAX_BLOCK_DAYS * 86_400_000) {
      errors.push({ field: 'endsAt', message: `A block lasts at most ${MAX_BLOCK_DAYS} days` });
    }
    if (errors.length) throw invalid(errors);
    return this.change(by, async () => {
      const { block, affectedBookings } = await this.setup.createBlock(by, {
        tableId: input.tableId,
        zoneId: input.zoneId,
        startsAt,
        endsAt,
        reason: input.reason.trim(),
      });
      return { block, affectedBookings: affectedBookings.map((b) => ({ ...b, tables: [...b.tables] })) };
    });
  }

  deleteBlock(by: SetupCaller, blockId: string): Promise<BlockOutput> {
    return this.change(by, () => this.setup.deleteBlock(by, blockId));
  }

  // ---- restaurant details and policy -------------------------------------------------------

  async policy(restaurantId: string): Promise<PolicyOutput> {
    const r = await this.setup.restaurant(restaurantId);
    if (!r) throw new ProblemException('restaurant_not_found', 'No such restaurant');
    return {
      name: r.name,
      timezone: r.timezone,
      contact: { phone: r.contactPhone, email: r.contactEmail, address: r.address, website: r.website },
      bookingChannels: [...(r.bookingChannels as Channel[])],
      defaultDurationSeconds: r.defaultDurationSeconds,
      durationByPartySize: durationRulesOf(r.durationByPartySize),
      holdTtlSeconds: r.holdTtlSeconds,
      autoConfirmMaxPartySize: r.autoConfirmMaxPartySize,
      minPartySize: r.minPartySize,
      maxPartySize: r.maxPartySize,
      manualReviewTimeoutSeconds: r.manualReviewTimeoutSeconds,
      reminderLeadSeconds: [...r.reminderLeadSeconds],
      noShowGraceSeconds: r.noShowGraceSeconds,
      bookingWindowDays: r.bookingWindowDays,
      minNoticeMinutes: r.minNoticeMinutes,
      slotIntervalMinutes: r.slotIntervalMinutes,
      offGridStartsAllowed: r.offGridStartsAllowed,
      mustEndByClose: r.mustEndByClose,
      cancellationCutoffMinutes: r.cancellationCutoffMinutes,
      waitlistOfferWindowSeconds: r.waitlistOfferWindowSeconds,
      cancellationPolicy: r.cancellationPolicy,
    };
  }

  async updatePolicy(by: SetupCaller, input: PolicyInput): Promise<PolicyChangeOutput> {
    const current = await this.setup.restaurant(by.restaurantId);
    if (!current) throw new ProblemException('restaurant_not_found', 'No such restaurant');
    const errors: Omit<FieldError, 'code'>[] = [];
    if (input.timezone !== undefined && !IANAZone.isValidZone(input.timezone)) {
      errors.push({ field: 'timezone', message: 'timezone must be an IANA timezone, e.g. Europe/London' });
    }
    const min = input.minPartySize ?? current.minPartySize;
    const max = input.maxPartySize ?? current.maxPartySize;
    if (min > max)
      errors.push({ field: 'minPartySize', message: 'minPartySize must not exceed maxPartySize' });
    const sizes = (input.durationByPartySize ?? []).map((r) => r.maxPartySize);
    if (new Set(sizes).size !== sizes.length) {
      errors.push({ field: 'durationByPartySize', message: 'each maxPartySize may appear once' });
    }
    if (errors.length) throw invalid(errors);
    const { contact, durationByPartySize, reminderLeadSeconds, bookingChannels, ...plain } = input;
    const data: Prisma.RestaurantUpdateInput = { ...plain };
    if (input.name !== undefined) data.name = input.name.trim();
    if (contact) {
      if (contact.phone !== undefined) data.contactPhone = contact.phone;
      if (contact.email !== undefined) data.contactEmail = contact.email;
      if (contact.address !== undefined) data.address = contact.address;
      if (contact.website !== undefined) data.website = contact.website;
    }
    if (durationByPartySize) {
      data.durationByPartySize = [...durationByPartySize]
        .sort((a, b) => a.maxPartySize - b.maxPartySize)
        .map((r) => ({ maxPartySize: r.maxPartySize, durationSeconds: r.durationSeconds }));
    }
    if (reminderLeadSeconds)
      data.reminderLeadSeconds = [...new Set(reminderLeadSeconds)].sort((a, b) => b - a);
    if (bookingChannels) data.bookingChannels = [...new Set(bookingChannels)];
    // The DTO instance carries every declared property; only the fields given change (and are logged).
    for (const key of Object.keys(data) as (keyof typeof data)[])
      if (data[key] === undefined) delete data[key];
    const fields = Object.keys(data);
    if (fields.length === 0) throw invalid([{ field: 'body', message: 'Name at least one field to change' }]);
    return this.change(by, () => this.setup.updateRestaurant(by, data, fields));
  }

  // ---- change log --------------------------------------------------------------------------

  async changeLog(restaurantId: string, query: ChangeLogQuery): Promise<SetupChangePageOutput> {
    const page = await this.setup.listChanges(restaurantId, {
      limit: query.limit ? Number(query.limit) : 50,
      cursor: query.cursor,
    });
    return { items: [...page.items], nextCursor: page.nextCursor };
  }

  // ---- plumbing ----------------------------------------------------------------------------

  private async timezoneOf(restaurantId: string): Promise<string> {
    const restaurant = await this.setup.restaurant(restaurantId);
    if (!restaurant) throw new ProblemException('restaurant_not_found', 'No such restaurant');
    return restaurant.timezone;
  }

  /** Runs a change, announces it once committed, and answers a refusal as problem+json. */
  private async change<T>(by: SetupCaller, run: () => Promise<T>): Promise<T> {
    let result: T;
    try {
      result = await run();
    } catch (error) {
      throw error instanceof SetupRefusal ? refusalProblem(error) : error;
    }
    await this.changes.announce(by.restaurantId);
    return result;
  }
}

export function refusalProblem(refusal: SetupRefusal): ProblemException {
  const code = refusal.code as ProblemCode;
  const errors: readonly FieldError[] = refusal.errors.length
    ? refusal.errors
    : refusal.field
      ? [{ field: refusal.field, code, message: refusal.message }]
      : [];
  return new ProblemException(code, refusal.message, errors, refusal.extensions);
}

function invalid(errors: readonly (Omit<FieldError, 'code'> & { code?: string })[]): ProblemException {
  const full: SetupFieldError[] = errors.map((e) => ({
    field: e.field,
    code: e.code ?? 'invalid_setup',
    message: e.message,
  }));
  return new ProblemException('invalid_setup', full.map((e) => `${e.field}: ${e.message}`).join('; '), full);
}

/** Weekly periods (several days each) as one row per weekday, refused when inconsistent. */
export function weeklyRows(periods: readonly (PeriodTimesInput & { days: number[] })[]): PeriodRow[] {
  const rows: (PeriodRow & { from: number })[] = [];
  const errors: SetupFieldError[] = [];
  periods.forEach((p, i) => {
    if (p.days.length === 0)
      errors.push({
        field: `periods[${i}].days`,
        code: 'invalid_setup',
        message: 'name at least one weekday',
      });
    if (new Set(p.days).size !== p.days.length) {
      errors.push({
        field: `periods[${i}].days`,
        code: 'invalid_setup',
        message: 'a weekday is named twice',
      });
    }
    for (const day of new Set(p.days)) rows.push({ ...periodMinutes(p), dayOfWeek: day, from: i });
  });
  for (const problem of periodProblems(rows)) {
    const at = rows[problem.index].from;
    const field =
      problem.field === 'opensAt' ? 'opens' : problem.field === 'closesAt' ? 'closes' : 'lastSeating';
    errors.push({ field: `periods[${at}].${field}`, code: problem.code, message: problem.message });
  }
  if (errors.length) throw invalid(dedupe(errors));
  return rows.map(({ from: _from, ...row }) => row);
}

export function pacingRows(pacing: HoursInput['pacing'] & object, rows: readonly PeriodRow[]): PacingRow[] {
  const errors: SetupFieldError[] = [];
  const seen = new Set<string>();
  const out = pacing.map((p, i) => {
    const period = p.period ?? null;
    if (period !== null && !rows.some((r) => r.name === period)) {
      errors.push({
        field: `pacing[${i}].period`,
        code: 'invalid_setup',
        message: `no service period is called ${period}`,
      });
    }
    if (seen.has(period ?? '')) {
      errors.push({ field: `pacing[${i}].period`, code: 'invalid_setup', message: 'one rule per period' });
    }
    seen.add(period ?? '');
    return { period, intervalMinutes: p.intervalMinutes, maxCovers: p.maxCovers, maxParties: p.maxParties };
  });
  if (errors.length) throw invalid(errors);
  return out;
}

function periodMinutes(p: PeriodTimesInput): SpecialPeriod {
  return {
    name: p.name.trim(),
    opensAt: hhmmToMinutes(p.opens),
    closesAt: hhmmToMinutes(p.closes),
    lastSeatingAt: p.lastSeating === undefined ? null : hhmmToMinutes(p.lastSeating),
  };
}

/** An exception as stored, refused when its dates or hours do not make sense. */
export function exceptionRow(input: ExceptionInput, today: string): Omit<ExceptionRow, 'id'> {
  const errors: SetupFieldError[] = [];
  const push = (field: string, message: string, code = 'invalid_setup') =>
    errors.push({ field, code, message });
  let startsOn: string | undefined;
  let endsOn: string | undefined;
  if (input.date !== undefined) {
    if (input.startsOn !== undefined || input.endsOn !== undefined)
      push('date', 'give date, or startsOn and endsOn, not both');
    startsOn = endsOn = input.date;
  } else {
    startsOn = input.startsOn;
    endsOn = input.endsOn ?? input.startsOn;
    if (startsOn === undefined) push('date', 'give date, or startsOn and endsOn');
  }
  const valid = (d: string | undefined, field: string) => {
    if (d !== undefined && !DateTime.fromISO(d).isValid) push(field, `${d} is not a date`);
  };
  valid(startsOn, input.date !== undefined ? 'date' : 'startsOn');
  valid(endsOn, 'endsOn');
  if (startsOn && endsOn && errors.length === 0) {
    if (endsOn < startsOn) push('endsOn', 'endsOn must not be before startsOn', 'inverted_range');
    else if (DateTime.fromISO(endsOn).diff(DateTime.fromISO(startsOn), 'days').days >= MAX_EXCEPTION_DAYS) {
      push('endsOn', `an exception covers at most ${MAX_EXCEPTION_DAYS} days`);
    }
    if (startsOn < today)
      push(input.date !== undefined ? 'date' : 'startsOn', 'the dates must not be in the past');
  }
  const periods = (input.periods ?? []).map(periodMinutes);
  if (input.closed && periods.length > 0) push('periods', 'a closed date has no periods');
  if (!input.closed && periods.length === 0) push('periods', 'special hours need at least one period');
  for (const problem of periodProblems(periods)) {
    const field =
      problem.field === 'opensAt' ? 'opens' : problem.field === 'closesAt' ? 'closes' : 'lastSeating';
    push(`periods[${problem.index}].${field}`, problem.message, problem.code);
  }
  if (errors.length) throw invalid(dedupe(errors));
  return {
    startsOn: startsOn!,
    endsOn: endsOn!,
    closed: input.closed,
    reason: input.reason?.trim() || null,
    periods,
  };
}

function exceptionOutput(e: ExceptionRow): ExceptionOutput {
  return { ...e, periods: specialOutput(e.periods) };
}

function dedupe(errors: SetupFieldError[]): SetupFieldError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.field}|${e.code}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
