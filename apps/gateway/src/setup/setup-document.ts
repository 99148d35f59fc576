import { DateTime, IANAZone } from 'luxon';
import {
  SetupRefusal,
  type RestaurantFields,
  type SetupDocumentRepository,
  type SetupFieldError,
  type SetupImportResult,
  type SetupPlan,
  type SetupSnapshot,
} from '@tablekeeper/db';
import { createValidationPipe } from '../common/validation.pipe';
import { ProblemException, type FieldError } from '../common/problem';
import { exceptionRow, pacingRows, refusalProblem, weeklyRows } from './restaurant-setup.service';
import { specialOutput, weeklyOutput } from './setup-times';
import { SETUP_DOCUMENT_VERSION, SetupDocumentInput } from './setup-document.inputs';

/** The document as JSON (what export prints and import reads). */
export type SetupDocument = {
  [K in keyof SetupDocumentInput]: SetupDocumentInput[K];
};

const pipe = createValidationPipe();

/**
 * A setup document checked field by field exactly as the API checks a body (unknown fields and
 * wrong types refused, never coerced): the CLI and the API refuse the same files the same way.
 */
export async function parseSetupDocument(raw: unknown): Promise<SetupDocumentInput> {
  return (await pipe.transform(raw, { type: 'body', metatype: SetupDocumentInput })) as SetupDocumentInput;
}

/**
 * The writes a valid document makes, refused with every inconsistency it has (invalid_setup,
 * each error naming its field by path, e.g. `tables[3].zone`): the same rules each setup endpoint
 * applies, plus those between parts of the document (zones and labels named once, tables in
 * known zones, combinations between known tables, exceptions that do not overlap).
 */
export function planOf(doc: SetupDocumentInput, today: string): SetupPlan {
  const errors: SetupFieldError[] = [];
  const push = (field: string, message: string, code = 'invalid_setup') =>
    errors.push({ field, code, message });
  /** Runs a check written for one endpoint's body, its errors placed under `prefix`. */
  const within = <T>(prefix: string, check: () => T): T | undefined => {
    try {
      return check();
    } catch (error) {
      if (!(error instanceof ProblemException)) throw error;
      for (const e of error.errors ?? []) errors.push({ ...e, field: `${prefix}.${e.field}` });
      return undefined;
    }
  };

  const r = doc.restaurant;
  if (!IANAZone.isValidZone(r.timezone))
    push('restaurant.timezone', 'timezone must be an IANA timezone, e.g. Europe/London');
  const policy = doc.policy ?? {};
  if ((policy.minPartySize ?? 1) > (policy.maxPartySize ?? 20))
    push('policy.minPartySize', 'minPartySize must not exceed maxPartySize');
  const sizes = (policy.durationByPartySize ?? []).map((d) => d.maxPartySize);
  if (new Set(sizes).size !== sizes.length)
    push('policy.durationByPartySize', 'each maxPartySize may appear once');

  const zoneNames = new Set<string>();
  const zones = doc.zones.map((z, i) => {
    const name = z.name.trim();
    if (zoneNames.has(name)) push(`zones[${i}].name`, `${name} is named twice`, 'duplicate_zone_name');
    zoneNames.add(name);
    return { name, sortOrder: z.sortOrder ?? i };
  });

  const labels = new Set<string>();
  const tables = doc.tables.map((t, i) => {
    const label = t.label.trim();
    if (labels.has(label)) push(`tables[${i}].label`, `${label} is named twice`, 'duplicate_table_label');
    labels.add(label);
    if (!zoneNames.has(t.zone.trim()))
      push(`tables[${i}].zone`, `no zone of the document is called ${t.zone}`);
    if (t.minCovers > t.maxCovers) push(`tables[${i}].minCovers`, 'minCovers must not exceed maxCovers');
    return {
      label,
      zone: t.zone.trim(),
      minCovers: t.minCovers,
      maxCovers: t.maxCovers,
      active: t.active ?? true,
    };
  });
  const pairs = new Map<string, readonly [string, string]>();
  doc.tables.forEach((t, i) => {
    for (const partner of t.combinableWith ?? []) {
      const [a, b] = [t.label.trim(), partner.trim()];
      if (a === b) push(`tables[${i}].combinableWith`, 'a table cannot be combined with itself');
      else if (!labels.has(b))
        push(`tables[${i}].combinableWith`, `no table of the document is labelled ${b}`);
      else pairs.set([a, b].sort().join('\u0000'), a < b ? [a, b] : [b, a]);
    }
  });

  const weekly = within('hours', () => weeklyRows(doc.hours.periods));
  const periods = weekly ?? [];
  const pacing = weekly ? (within('hours', () => pacingRows(doc.hours.pacing ?? [], weekly)) ?? []) : [];

  const exceptions = (doc.exceptions ?? []).flatMap((e, i) => {
    const row = within(`exceptions[${i}]`, () => exceptionRow(e, today));
    return row ? [{ row, index: i }] : [];
  });
  const sorted = [...exceptions].sort((a, b) => a.row.startsOn.localeCompare(b.row.startsOn));
  for (let k = 1; k < sorted.length; k++) {
    if (sorted[k].row.startsOn <= sorted[k - 1].row.endsOn) {
      push(
        `exceptions[${sorted[k].index}].startsOn`,
        `overlaps exceptions[${sorted[k - 1].index}]`,
        'overlapping_exception',
      );
    }
  }

  if (errors.length) {
    const fields: FieldError[] = errors;
    throw new ProblemException(
      'invalid_setup',
      fields.map((e) => `${e.field}: ${e.message}`).join('; '),
      fields,
    );
  }

  const { durationByPartySize, reminderLeadSeconds, ...plain } = policy;
  const restaurant: RestaurantFields = {
    ...definedOnly(plain),
    name: r.name.trim(),
    timezone: r.timezone,
    contactPhone: r.contact?.phone ?? null,
    contactEmail: r.contact?.email ?? null,
    address: r.contact?.address ?? null,
    website: r.contact?.website ?? null,
    ...(r.bookingChannels ? { bookingChannels: [...new Set(r.bookingChannels)] } : {}),
    ...(durationByPartySize
      ? {
          durationByPartySize: [...durationByPartySize]
            .sort((a, b) => a.maxPartySize - b.maxPartySize)
            .map((d) => ({ maxPartySize: d.maxPartySize, durationSeconds: d.durationSeconds })),
        }
      : {}),
    ...(reminderLeadSeconds
      ? { reminderLeadSeconds: [...new Set(reminderLeadSeconds)].sort((a, b) => b - a) }
      : {}),
  };
  return {
    slug: r.slug,
    restaurant,
    zones,
    tables,
    combinations: [...pairs.values()],
    periods,
    pacing,
    exceptions: exceptions.map((e) => e.row),
    today,
  };
}

/** Fields given: null is "absent" (class-validator's IsOptional lets it through) but where null is a value. */
function definedOnly<T extends object>(
  value: T,
  nullable: readonly string[] = ['cancellationPolicy'],
): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([k, v]) => v !== undefined && (v !== null || nullable.includes(k))),
  ) as Partial<T>;
}

/** The stored setup as a document that imports back to the same setup. */
export function documentOf(s: SetupSnapshot, today: string): SetupDocument {
  const r = s.restaurant;
  const combinable = (label: string) => s.tables.find((t) => t.label === label)?.combinableWith ?? [];
  return {
    version: SETUP_DOCUMENT_VERSION,
    restaurant: {
      slug: r.slug,
      name: r.name,
      timezone: r.timezone,
      contact: { phone: r.contactPhone, email: r.contactEmail, address: r.address, website: r.website },
      bookingChannels: [...r.bookingChannels],
    },
    policy: {
      defaultDurationSeconds: r.defaultDurationSeconds,
      durationByPartySize: (r.durationByPartySize ?? []) as {
        maxPartySize: number;
        durationSeconds: number;
      }[],
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
    },
    zones: s.zones.map((z) => ({ name: z.name, sortOrder: z.sortOrder })),
    tables: s.tables.map((t) => ({
      label: t.label,
      zone: t.zone,
      minCovers: t.minCovers,
      maxCovers: t.maxCovers,
      active: t.active,
      combinableWith: [...combinable(t.label)],
    })),
    hours: {
      periods: weeklyOutput(s.periods).map((p) => ({
        name: p.name,
        days: p.days,
        opens: p.opens,
        closes: p.closes,
        ...(p.lastSeating === null ? {} : { lastSeating: p.lastSeating }),
      })),
      pacing: s.pacing.map((p) => ({ ...p })),
    },
    exceptions: s.exceptions.map((e) => ({
      // A range under way is exported from today: the past part is history, not setup.
      startsOn: e.startsOn < today ? today : e.startsOn,
      endsOn: e.endsOn,
      closed: e.closed,
      ...(e.reason === null ? {} : { reason: e.reason }),
      ...(e.closed
        ? {}
        : {
            periods: specialOutput(e.periods).map((p) => ({
              name: p.name,
              opens: p.opens,
              closes: p.closes,
              ...(p.lastSeating === null ? {} : { lastSeating: p.lastSeating }),
            })),
          }),
    })),
  };
}

/** Today in a timezone (UTC when the name is not a zone: the document is refused for it anyway). */
export function todayIn(timezone: string): string {
  const zone = IANAZone.isValidZone(timezone) ? timezone : 'UTC';
  return DateTime.now().setZone(zone).toISODate()!;
}

/**
 * Imports a parsed document: planned (refused with every inconsistency), then written in one
 * transaction. `restaurantId` pins the restaurant the caller may change (the API's tenancy): a
 * document for another slug is refused rather than creating or changing another restaurant.
 */
export async function importSetupDocument(
  repository: SetupDocumentRepository,
  actor: string,
  doc: SetupDocumentInput,
  restaurantId?: string,
): Promise<SetupImportResult> {
  if (restaurantId) {
    const own = await repository.findRestaurantId(doc.restaurant.slug);
    if (own !== restaurantId) {
      throw new ProblemException(
        'invalid_setup',
        'restaurant.slug is not this restaurant’s slug; a document changes only the restaurant it names',
        [
          {
            field: 'restaurant.slug',
            code: 'slug_mismatch',
            message: 'restaurant.slug is not this restaurant’s slug',
          },
        ],
      );
    }
  }
  const plan = planOf(doc, todayIn(doc.restaurant.timezone));
  try {
    return await repository.importSetup(actor, plan, { restaurantId });
  } catch (error) {
    throw error instanceof SetupRefusal ? refusalProblem(error) : error;
  }
}
