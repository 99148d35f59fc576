import { randomUUID } from 'node:crypto';
import { encodeGuestCursor, normalizePhone, type GuestCursor } from '@tablekeeper/domain';
import { Prisma } from './generated/prisma/client';
import { lockRestaurant } from './booking-statements';
import { changeGuestContact, recordConsent } from './guest-identity.statements';
import type { PrismaClient } from './prisma-client.factory';

/** What a guest's bookings add up to; visits are bookings the party came to. */
export interface GuestStats {
  readonly visits: number;
  readonly covers: number;
  readonly noShows: number;
  readonly cancellations: number;
  readonly lateCancellations: number;
  readonly lastVisitAt: string | null;
  readonly nextVisitAt: string | null;
}

export interface GuestListRow {
  readonly id: string;
  readonly name: string;
  readonly phone: string | null;
  readonly email: string | null;
  readonly language: string | null;
  readonly tags: string[];
  readonly allergens: string[];
  readonly marketingConsent: boolean | null;
  readonly stats: GuestStats;
}

export interface GuestListFilter {
  readonly q?: string;
  readonly tags?: readonly string[];
  readonly minVisits?: number;
  readonly lastVisitBefore?: Date;
  readonly lastVisitAfter?: Date;
  readonly hasNoShows?: boolean;
}

export interface GuestNoteVersion {
  readonly version: number;
  readonly body: string;
  readonly author: string;
  readonly at: string;
}

export interface GuestNoteView {
  readonly id: string;
  readonly body: string;
  readonly author: string;
  readonly at: string;
  /** Oldest first; the last is the note as it is now. */
  readonly versions: GuestNoteVersion[];
}

export interface GuestProfile extends GuestListRow {
  readonly dietaryNotes: string | null;
  readonly marketingConsentAt: string | null;
  readonly marketingConsentSource: string | null;
  readonly createdAt: string;
  readonly notes: GuestNoteView[];
  readonly consentHistory: { readonly granted: boolean; readonly source: string; readonly at: string }[];
  readonly bookings: {
    readonly id: string;
    readonly status: string;
    readonly startsAt: string;
    readonly partySize: number;
    readonly channel: string;
  }[];
}

export interface GuestEdit {
  readonly contact?: { readonly name: string; readonly phone: string | null; readonly email: string | null };
  readonly language?: string | null;
  readonly tags?: readonly string[];
  readonly allergens?: readonly string[];
  readonly dietaryNotes?: string | null;
  readonly marketingConsent?: boolean;
}

export interface GuestConflictRow {
  readonly id: string;
  readonly reason: string;
  readonly bookingId: string | null;
  readonly createdAt: string;
  readonly guest: {
    readonly id: string;
    readonly name: string;
    readonly phone: string | null;
    readonly email: string | null;
  };
  readonly other: {
    readonly id: string;
    readonly name: string;
    readonly phone: string | null;
    readonly email: string | null;
  };
}

export interface GuestMergeRecord {
  readonly id: string;
  readonly survivorId: string;
  readonly mergedGuestId: string;
  readonly movedBookings: number;
  readonly movedNotes: number;
  readonly resolvedConflicts: number;
  readonly at: string;
}

/** Why a merge was refused; the gateway maps each to its problem code. */
export class GuestMergeRefused extends Error {
  constructor(readonly reason: 'same_guest' | 'guest_not_found' | 'guest_erased') {
    super(reason);
  }
}

const UPCOMING = [
  'held',
  'capacity_verified',
  'assignment_pending',
  'assigned',
  'confirmed',
  'manual_review',
];

interface ListRow {
  id: string;
  name: string;
  phone: string | null;
  email: string | null;
  language: string | null;
  tags: string[];
  allergens: string[];
  marketing_consent: boolean | null;
  visits: number | null;
  covers: number | null;
  no_shows: number | null;
  cancellations: number | null;
  late_cancellations: number | null;
  last_visit_at: Date | null;
  next_visit_at: Date | null;
}

/**
 * Per-guest statistics of one restaurant's bookings, as a CTE. A cancellation is late when the
 * cancelling event says so (`late` in its data) or, without a mark, when it came after
 * starts_at − the restaurant's cancellation cutoff (the rule of libs/domain/src/cancellation-cutoff.ts, in SQL).
 */
function statsCte(restaurantId: string, now: Date, guestId?: string): Prisma.Sql {
  return Prisma.sql`
    stats AS (
      SELECT b.guest_id,
        count(*) FILTER (WHERE b.status IN ('checked_in', 'completed'))::int AS visits,
        COALESCE(sum(b.party_size) FILTER (WHERE b.status IN ('checked_in', 'completed')), 0)::int AS covers,
        count(*) FILTER (WHERE b.status = 'no_show')::int AS no_shows,
        count(*) FILTER (WHERE b.status = 'cancelled')::int AS cancellations,
        count(*) FILTER (WHERE b.status = 'cancelled' AND EXISTS (
          SELECT 1 FROM booking_events e
          WHERE e.booking_id = b.id AND e.to_status = 'cancelled'
            AND COALESCE(CASE jsonb_typeof(e.data::jsonb -> 'late') WHEN 'boolean' THEN (e.data::jsonb ->> 'late')::boolean END,
                         e.at > b.starts_at - make_interval(mins => r.cancellation_cutoff_minutes))))::int
          AS late_cancellations,
        max(b.starts_at) FILTER (WHERE b.status IN ('checked_in', 'completed')) AS last_visit_at,
        min(b.starts_at) FILTER (WHERE b.status::text IN (${Prisma.join(UPCOMING)}) AND b.starts_at > ${now})
          AS next_visit_at
      FROM bookings b JOIN restaurants r ON r.id = b.restaurant_id
      WHERE b.restaurant_id = ${restaurantId}::uuid
        ${guestId ? Prisma.sql`AND b.guest_id = ${guestId}::uuid` : Prisma.empty}
      GROUP BY b.guest_id
    )`;
}

function toListRow(r: ListRow): GuestListRow {
  return {
    id: r.id,
    name: r.name,
    phone: r.phone,
    email: r.email,
    language: r.language,
    tags: r.tags,
    allergens: r.allergens,
    marketingConsent: r.marketing_consent,
    stats: {
      visits: r.visits ?? 0,
      covers: r.covers ?? 0,
      noShows: r.no_shows ?? 0,
      cancellations: r.cancellations ?? 0,
      lateCancellations: r.late_cancellations ?? 0,
      lastVisitAt: r.last_visit_at?.toISOString() ?? null,
      nextVisitAt: r.next_visit_at?.toISOString() ?? null,
    },
  };
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The staff guest list and profile (CRM): search, filters and keyset pages over one restaurant's
 * guests, profile edits with notes kept as versions and consent changes recorded, and merges.
 * Every method takes the staff member's restaurant: another restaurant's guest is a missing one.
 */
export class GuestCrmRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /** One page in (name, id) order; a phone typed in any format is read with the restaurant's country. */
  async list(
    restaurantId: string,
    filter: GuestListFilter,
    page: { readonly cursor: GuestCursor | null; readonly limit: number },
    now: Date = new Date(),
  ): Promise<{ items: GuestListRow[]; nextCursor: string | null }> {
    const conditions: Prisma.Sql[] = [
      Prisma.sql`g.restaurant_id = ${restaurantId}::uuid`,
      Prisma.sql`g.erased_at IS NULL`,
    ];
    const q = filter.q?.trim();
    if (q) {
      const [restaurant] = await this.prisma.$queryRaw<{ country: string | null }[]>`
        SELECT country FROM restaurants WHERE id = ${restaurantId}::uuid`;
      const e164 = normalizePhone(q, restaurant?.country ?? null);
      const digits = q.replace(/\D/g, '');
      const pattern = `%${escapeLike(q)}%`;
      const alternatives = [
        Prisma.sql`g.name ILIKE ${pattern}`,
        Prisma.sql`g.email ILIKE ${pattern}`,
        ...(e164 ? [Prisma.sql`g.phone_e164 = ${e164}`] : []),
        ...(digits.length >= 3
          ? [
              Prisma.sql`regexp_replace(COALESCE(g.phone, ''), '\\D', '', 'g') LIKE ${`%${digits}%`}`,
              Prisma.sql`COALESCE(g.phone_e164, '') LIKE ${`%${digits}%`}`,
            ]
          : []),
      ];
      conditions.push(Prisma.sql`(${Prisma.join(alternatives, ' OR ')})`);
    }
    if (filter.tags?.length) conditions.push(Prisma.sql`g.tags @> ${[...filter.tags]}::text[]`);
    if (filter.minVisits !== undefined)
      conditions.push(Prisma.sql`COALESCE(s.visits, 0) >= ${filter.minVisits}`);
    if (filter.lastVisitBefore) conditions.push(Prisma.sql`s.last_visit_at < ${filter.lastVisitBefore}`);
    if (filter.lastVisitAfter) conditions.push(Prisma.sql`s.last_visit_at >= ${filter.lastVisitAfter}`);
    if (filter.hasNoShows !== undefined)
      conditions.push(
        filter.hasNoShows ? Prisma.sql`COALESCE(s.no_shows, 0) > 0` : Prisma.sql`COALESCE(s.no_shows, 0) = 0`,
      );
    if (page.cursor)
      conditions.push(
        Prisma.sql`(g.name COLLATE "C", g.id) > (${page.cursor.name} COLLATE "C", ${page.cursor.id}::uuid)`,
      );
    const rows = await this.prisma.$queryRaw<ListRow[]>`
      WITH ${statsCte(restaurantId, now)}
      SELECT g.id, g.name, g.phone, g.email, g.language, g.tags, g.allergens, g.marketing_consent,
             s.visits, s.covers, s.no_shows, s.cancellations, s.late_cancellations, s.last_visit_at, s.next_visit_at
      FROM guests g LEFT JOIN stats s ON s.guest_id = g.id
      WHERE ${Prisma.join(conditions, ' AND ')}
      ORDER BY g.name COLLATE "C", g.id
      LIMIT ${page.limit + 1}`;
    const more = rows.length > page.limit;
    const kept = more ? rows.slice(0, page.limit) : rows;
    const last = kept[kept.length - 1];
    return {
      items: kept.map(toListRow),
      nextCursor: more && last ? encodeGuestCursor({ name: last.name, id: last.id }) : null,
    };
  }

  async profile(restaurantId: string, guestId: string, now: Date = new Date()): Promise<GuestProfile | null> {
    const [row] = await this.prisma.$queryRaw<
      (ListRow & {
        dietary_notes: string | null;
        marketing_consent_at: Date | null;
        marketing_consent_source: string | null;
        created_at: Date;
      })[]
    >`
      WITH ${statsCte(restaurantId, now, guestId)}
      SELECT g.id, g.name, g.phone, g.email, g.language, g.tags, g.allergens, g.marketing_consent,
             g.dietary_notes, g.marketing_consent_at, g.marketing_consent_source, g.created_at,
             s.visits, s.covers, s.no_shows, s.cancellations, s.late_cancellations, s.last_visit_at, s.next_visit_at
      FROM guests g LEFT JOIN stats s ON s.guest_id = g.id
      WHERE g.id = ${guestId}::uuid AND g.restaurant_id = ${restaurantId}::uuid`;
    if (!row) return null;
    const [notes, consents, bookings] = await Promise.all([
      this.prisma.guestNote.findMany({ where: { guestId }, orderBy: [{ id: 'asc' }] }),
      this.prisma.guestConsentEvent.findMany({ where: { guestId }, orderBy: { id: 'asc' } }),
      this.prisma.booking.findMany({
        where: { guestId, restaurantId },
        orderBy: [{ startsAt: 'desc' }, { id: 'desc' }],
        take: 50,
        select: { id: true, status: true, startsAt: true, partySize: true, channel: true },
      }),
    ]);
    const byNote = new Map<string, GuestNoteVersion[]>();
    for (const n of notes) {
      const versions = byNote.get(n.noteId) ?? [];
      versions.push({ version: n.version, body: n.body, author: n.author, at: n.at.toISOString() });
      byNote.set(n.noteId, versions);
    }
    const noteViews = [...byNote.entries()]
      .map(([id, versions]) => {
        versions.sort((a, b) => a.version - b.version);
        const current = versions[versions.length - 1]!;
        return { id, body: current.body, author: current.author, at: current.at, versions };
      })
      .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
    return {
      ...toListRow(row),
      dietaryNotes: row.dietary_notes,
      marketingConsentAt: row.marketing_consent_at?.toISOString() ?? null,
      marketingConsentSource: row.marketing_consent_source,
      createdAt: row.created_at.toISOString(),
      notes: noteViews,
      consentHistory: consents.map((c) => ({ granted: c.granted, source: c.source, at: c.at.toISOString() })),
      bookings: bookings.map((b) => ({
        id: b.id,
        status: b.status,
        startsAt: b.startsAt.toISOString(),
        partySize: b.partySize,
        channel: b.channel,
      })),
    };
  }

  /** Applies what staff changed; a consent change is recorded with `source`. False: no such guest. */
  async edit(
    restaurantId: string,
    guestId: string,
    edit: GuestEdit,
    context: { readonly source: string; readonly now: Date },
  ): Promise<boolean> {
    return this.prisma.$transaction(async (tx) => {
      const [guest] = await tx.$queryRaw<{ marketing_consent: boolean | null }[]>`
        SELECT marketing_consent FROM guests
        WHERE id = ${guestId}::uuid AND restaurant_id = ${restaurantId}::uuid AND erased_at IS NULL
        FOR UPDATE`;
      if (!guest) return false;
      if (edit.contact)
        await changeGuestContact(tx, guestId, edit.contact, { bookingId: null, now: context.now });
      const consentChanged =
        edit.marketingConsent !== undefined && edit.marketingConsent !== guest.marketing_consent;
      await tx.$executeRaw`
        UPDATE guests SET
          language = CASE WHEN ${edit.language !== undefined} THEN ${edit.language ?? null} ELSE language END,
          tags = CASE WHEN ${edit.tags !== undefined} THEN ${[...(edit.tags ?? [])]}::text[] ELSE tags END,
          allergens = CASE WHEN ${edit.allergens !== undefined} THEN ${[...(edit.allergens ?? [])].sort()}::text[]
                      ELSE allergens END,
          dietary_notes = CASE WHEN ${edit.dietaryNotes !== undefined} THEN ${edit.dietaryNotes ?? null}
                          ELSE dietary_notes END,
          marketing_consent = CASE WHEN ${consentChanged} THEN ${edit.marketingConsent ?? null}
                              ELSE marketing_consent END,
          marketing_consent_at = CASE WHEN ${consentChanged} THEN ${context.now} ELSE marketing_consent_at END,
          marketing_consent_source = CASE WHEN ${consentChanged} THEN ${context.source}
                                     ELSE marketing_consent_source END,
          updated_at = ${context.now}
        WHERE id = ${guestId}::uuid`;
      if (consentChanged)
        await recordConsent(tx, guestId, edit.marketingConsent!, context.source, context.now);
      return true;
    });
  }

  /**
   * A note's next version (a new note when `noteId` is null). Returns the note's id, or null when
   * the guest (or that note of theirs) does not exist.
   */
  async writeNote(
    restaurantId: string,
    guestId: string,
    noteId: string | null,
    body: string,
    author: string,
  ): Promise<string | null> {
    return this.prisma.$transaction(async (tx) => {
      const [guest] = await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM guests
        WHERE id = ${guestId}::uuid AND restaurant_id = ${restaurantId}::uuid AND erased_at IS NULL
        FOR UPDATE`;
      if (!guest) return null;
      let version = 1;
      const id = noteId ?? randomUUID();
      if (noteId) {
        const latest = await tx.guestNote.findFirst({
          where: { noteId, guestId },
          orderBy: { version: 'desc' },
          select: { version: true },
        });
        if (!latest) return null;
        version = latest.version + 1;
      }
      await tx.guestNote.create({ data: { noteId: id, guestId, version, body, author } });
      return id;
    });
  }

  /** Open conflicts (a phone of one guest, e-mail of another), oldest first, paged by id order. */
  async openConflicts(
    restaurantId: string,
    limit: number,
    afterId: string | null,
  ): Promise<GuestConflictRow[]> {
    const rows = await this.prisma.guestConflict.findMany({
      where: { restaurantId, resolvedAt: null, ...(afterId ? { id: { gt: afterId } } : {}) },
      include: {
        guest: { select: { id: true, name: true, phone: true, email: true } },
        other: { select: { id: true, name: true, phone: true, email: true } },
      },
      orderBy: { id: 'asc' },
      take: limit,
    });
    return rows.map((c) => ({
      id: c.id,
      reason: c.reason,
      bookingId: c.bookingId,
      createdAt: c.createdAt.toISOString(),
      guest: c.guest,
      other: c.other,
    }));
  }

  /** Marks an open conflict resolved without merging. False: no such open conflict. */
  async dismissConflict(
    restaurantId: string,
    conflictId: string,
    actor: string,
    now: Date,
  ): Promise<boolean> {
    const { count } = await this.prisma.guestConflict.updateMany({
      where: { id: conflictId, restaurantId, resolvedAt: null },
      data: { resolvedAt: now, resolvedBy: actor },
    });
    return count === 1;
  }

  /**
   * Merges `mergedId` into `survivorId` in one transaction, under the restaurant's advisory lock
   * (the one new bookings link their guest under, so no booking can be linked to the merged guest
   * meanwhile): bookings, waitlist entries, notes with all their versions and consent events move; tags and
   * allergens are united; contact, language, dietary notes and consent the survivor lacks are
   * taken from the merged guest; conflicts between the two are resolved (kept, pointing at the
   * survivor), conflicts with third guests move to the survivor; the merged guest's row is deleted
   * and the merge recorded in guest_merges (ids and counts only).
   */
  async merge(
    restaurantId: string,
    survivorId: string,
    mergedId: string,
    actor: string,
    now: Date = new Date(),
  ): Promise<GuestMergeRecord> {
    if (survivorId === mergedId) throw new GuestMergeRefused('same_guest');
    return this.prisma.$transaction(async (tx) => {
      await lockRestaurant(tx, restaurantId);
      const guests = await tx.$queryRaw<
        {
          id: string;
          erased_at: Date | null;
          phone: string | null;
          email: string | null;
          phone_e164: string | null;
          email_normalized: string | null;
          language: string | null;
          tags: string[];
          allergens: string[];
          dietary_notes: string | null;
          marketing_consent: boolean | null;
          marketing_consent_at: Date | null;
          marketing_consent_source: string | null;
        }[]
      >`
        SELECT id, erased_at, phone, email, phone_e164, email_normalized, language, tags, allergens,
               dietary_notes, marketing_consent, marketing_consent_at, marketing_consent_source
        FROM guests WHERE restaurant_id = ${restaurantId}::uuid AND id IN (${survivorId}::uuid, ${mergedId}::uuid)
        ORDER BY id FOR UPDATE`;
      const survivor = guests.find((g) => g.id === survivorId);
      const merged = guests.find((g) => g.id === mergedId);
      if (!survivor || !merged) throw new GuestMergeRefused('guest_not_found');
      if (survivor.erased_at || merged.erased_at) throw new GuestMergeRefused('guest_erased');

      const movedBookings = await tx.$executeRaw`
        UPDATE bookings SET guest_id = ${survivorId}::uuid WHERE guest_id = ${mergedId}::uuid`;
      const movedNotes = await tx.$executeRaw`
        UPDATE guest_notes SET guest_id = ${survivorId}::uuid WHERE guest_id = ${mergedId}::uuid`;
      await tx.$executeRaw`
        UPDATE waitlist_entries SET guest_id = ${survivorId}::uuid WHERE guest_id = ${mergedId}::uuid`;
      await tx.$executeRaw`
        UPDATE guest_consent_events SET guest_id = ${survivorId}::uuid WHERE guest_id = ${mergedId}::uuid`;
      const resolvedConflicts = await tx.$executeRaw`
        UPDATE guest_conflicts SET guest_id = ${survivorId}::uuid, other_guest_id = ${survivorId}::uuid,
          resolved_at = COALESCE(resolved_at, ${now}), resolved_by = COALESCE(resolved_by, ${`merge:${actor}`})
        WHERE (guest_id = ${survivorId}::uuid AND other_guest_id = ${mergedId}::uuid)
           OR (guest_id = ${mergedId}::uuid AND other_guest_id = ${survivorId}::uuid)`;
      await tx.$executeRaw`
        UPDATE guest_conflicts SET guest_id = ${survivorId}::uuid WHERE guest_id = ${mergedId}::uuid`;
      await tx.$executeRaw`
        UPDATE guest_conflicts SET other_guest_id = ${survivorId}::uuid WHERE other_guest_id = ${mergedId}::uuid`;
      // Deleted before the survivor takes its identity: the unique indexes on phone_e164 and
      // email_normalized would refuse two guests holding it for a moment.
      await tx.$executeRaw`DELETE FROM guests WHERE id = ${mergedId}::uuid`;
      const takePhone = !survivor.phone_e164 && !!merged.phone_e164;
      const takeEmail = !survivor.email_normalized && !!merged.email_normalized;
      const takeConsent = survivor.marketing_consent === null && merged.marketing_consent !== null;
      const dietary = [survivor.dietary_notes, merged.dietary_notes]
        .filter((d): d is string => !!d)
        .filter((d, i, all) => all.findIndex((x) => x.toLowerCase() === d.toLowerCase()) === i)
        .join('; ');
      await tx.$executeRaw`
        UPDATE guests SET
          phone = ${takePhone ? merged.phone : survivor.phone},
          phone_e164 = ${takePhone ? merged.phone_e164 : survivor.phone_e164},
          email = ${takeEmail ? merged.email : survivor.email},
          email_normalized = ${takeEmail ? merged.email_normalized : survivor.email_normalized},
          language = ${survivor.language ?? merged.language},
          tags = ${[...new Set([...survivor.tags, ...merged.tags])].sort()}::text[],
          allergens = ${[...new Set([...survivor.allergens, ...merged.allergens])].sort()}::text[],
          dietary_notes = ${dietary || null},
          marketing_consent = ${takeConsent ? merged.marketing_consent : survivor.marketing_consent},
          marketing_consent_at = ${takeConsent ? merged.marketing_consent_at : survivor.marketing_consent_at},
          marketing_consent_source = ${takeConsent ? merged.marketing_consent_source : survivor.marketing_consent_source},
          updated_at = ${now}
        WHERE id = ${survivorId}::uuid`;
      const record = await tx.guestMerge.create({
        data: {
          restaurantId,
          survivorId,
          mergedGuestId: mergedId,
          movedBookings,
          movedNotes,
          actor,
          at: now,
        },
      });
      return {
        id: record.id,
        survivorId,
        mergedGuestId: mergedId,
        movedBookings,
        movedNotes,
        resolvedConflicts,
        at: record.at.toISOString(),
      };
    });
  }
}
