import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@tablekeeper/auth';
import { GuestCrmRepository, GuestMergeRefused, type GuestEdit, type GuestListFilter } from '@tablekeeper/db';
import { cleanTags, csvRow, decodeGuestCursor, type GuestCursor } from '@tablekeeper/domain';
import { ProblemException, fieldProblem } from '../common/problem';
import type { GuestEditInput, GuestListQuery } from './admin-guests.inputs';
import type {
  GuestConflictPageOutput,
  GuestMergeOutput,
  GuestPageOutput,
  GuestProfileOutput,
} from './admin-guests.outputs';

const DEFAULT_LIMIT = 50;
/** Rows per statement while the CSV export walks the whole filtered list. */
const CSV_BATCH = 500;
const CSV_HEADER = [
  'id',
  'name',
  'phone',
  'email',
  'language',
  'tags',
  'allergens',
  'marketing_consent',
  'visits',
  'covers',
  'no_shows',
  'cancellations',
  'late_cancellations',
  'last_visit_at',
  'next_visit_at',
];

const notFound = () => new ProblemException('guest_not_found', 'No such guest at your restaurant');

function dateOf(field: string, raw: string | undefined): Date | undefined {
  if (raw === undefined) return undefined;
  const at = new Date(raw);
  if (Number.isNaN(at.getTime())) throw fieldProblem('validation_failed', field, `${field} is not a date`);
  return at;
}

/** The staff guest list and profile (CRM), within the staff member's restaurant. */
@Injectable()
export class AdminGuestsService {
  constructor(private readonly guests: GuestCrmRepository) {}

  private filterOf(query: GuestListQuery): GuestListFilter {
    const raw = (query.tags ?? '').split(',').filter((t) => t.trim());
    const { tags, invalid } = cleanTags(raw);
    if (invalid.length) throw fieldProblem('validation_failed', 'tags', `Not a tag: ${invalid.join(', ')}`);
    return {
      q: query.q,
      tags,
      minVisits: query.minVisits === undefined ? undefined : Number(query.minVisits),
      lastVisitBefore: dateOf('lastVisitBefore', query.lastVisitBefore),
      lastVisitAfter: dateOf('lastVisitAfter', query.lastVisitAfter),
      hasNoShows: query.hasNoShows === undefined ? undefined : query.hasNoShows === 'true',
    };
  }

  private cursorOf(raw: string | undefined): GuestCursor | null {
    if (!raw) return null;
    const cursor = decodeGuestCursor(raw);
    if (!cursor) throw fieldProblem('validation_failed', 'cursor', 'cursor is not one this API gave out');
    return cursor;
  }

  list(staff: StaffPrincipal, query: GuestListQuery): Promise<GuestPageOutput> {
    return this.guests.list(staff.restaurantId, this.filterOf(query), {
      cursor: this.cursorOf(query.cursor),
      limit: query.limit ? Number(query.limit) : DEFAULT_LIMIT,
    });
  }

  /** The whole filtered list as CSV (header first), walked page by page in the list's order. */
  async csv(staff: StaffPrincipal, query: GuestListQuery): Promise<string> {
    const filter = this.filterOf(query);
    const out = [csvRow(CSV_HEADER)];
    let cursor: GuestCursor | null = null;
    for (;;) {
      const page = await this.guests.list(staff.restaurantId, filter, { cursor, limit: CSV_BATCH });
      for (const g of page.items) {
        out.push(
          csvRow([
            g.id,
            g.name,
            g.phone,
            g.email,
            g.language,
            g.tags.join(' '),
            g.allergens.join(' '),
            g.marketingConsent === null ? '' : g.marketingConsent ? 'yes' : 'no',
            g.stats.visits,
            g.stats.covers,
            g.stats.noShows,
            g.stats.cancellations,
            g.stats.lateCancellations,
            g.stats.lastVisitAt,
            g.stats.nextVisitAt,
          ]),
        );
      }
      if (!page.nextCursor) break;
      cursor = decodeGuestCursor(page.nextCursor);
    }
    return out.join('');
  }

  async profile(staff: StaffPrincipal, guestId: string): Promise<GuestProfileOutput> {
    const profile = await this.guests.profile(staff.restaurantId, guestId);
    if (!profile) throw notFound();
    return profile;
  }

  async edit(staff: StaffPrincipal, guestId: string, input: GuestEditInput): Promise<GuestProfileOutput> {
    const edit: { -readonly [K in keyof GuestEdit]: GuestEdit[K] } = {};
    if (input.name !== undefined || input.phone !== undefined || input.email !== undefined) {
      const current = await this.profile(staff, guestId);
      const contact = {
        name: input.name ?? current.name,
        phone: input.phone === undefined ? current.phone : input.phone?.trim() || null,
        email: input.email === undefined ? current.email : input.email?.trim() || null,
      };
      edit.contact = contact;
    }
    if (input.language !== undefined) edit.language = input.language;
    if (input.tags !== undefined) {
      const { tags, invalid } = cleanTags(input.tags);
      if (invalid.length) {
        throw fieldProblem(
          'validation_failed',
          'tags',
          `Tags are letters, digits and hyphens (up to 32): ${invalid.join(', ')}`,
        );
      }
      edit.tags = tags;
    }
    if (input.allergens !== undefined) edit.allergens = [...new Set(input.allergens)];
    if (input.dietaryNotes !== undefined) edit.dietaryNotes = input.dietaryNotes?.trim() || null;
    if (input.marketingConsent !== undefined) edit.marketingConsent = input.marketingConsent;
    const found = await this.guests.edit(staff.restaurantId, guestId, edit, {
      source: `staff:${staff.email}`,
      now: new Date(),
    });
    if (!found) throw notFound();
    return this.profile(staff, guestId);
  }

  async writeNote(
    staff: StaffPrincipal,
    guestId: string,
    noteId: string | null,
    body: string,
  ): Promise<GuestProfileOutput> {
    const id = await this.guests.writeNote(staff.restaurantId, guestId, noteId, body.trim(), staff.email);
    if (!id) {
      if (noteId && (await this.guests.profile(staff.restaurantId, guestId)))
        throw new ProblemException('guest_note_not_found', 'No such note of this guest');
      throw notFound();
    }
    return this.profile(staff, guestId);
  }

  async merge(staff: StaffPrincipal, survivorId: string, otherId: string): Promise<GuestMergeOutput> {
    try {
      const merge = await this.guests.merge(staff.restaurantId, survivorId, otherId, staff.email);
      return { merge, guest: await this.profile(staff, survivorId) };
    } catch (error) {
      if (!(error instanceof GuestMergeRefused)) throw error;
      if (error.reason === 'same_guest')
        throw new ProblemException('guest_merge_same_guest', 'Choose another guest to merge', [
          { field: 'otherGuestId', code: 'guest_merge_same_guest', message: 'That is this guest' },
        ]);
      if (error.reason === 'guest_erased')
        throw new ProblemException('guest_erased', 'An erased guest cannot be merged', [
          { field: 'otherGuestId', code: 'guest_erased', message: 'One of the guests was erased' },
        ]);
      // Another restaurant's guest reads as a missing one.
      throw new ProblemException('guest_not_found', 'No such guest at your restaurant', [
        { field: 'otherGuestId', code: 'guest_not_found', message: 'No such guest at your restaurant' },
      ]);
    }
  }

  async conflicts(
    staff: StaffPrincipal,
    cursor: string | undefined,
    limit: number,
  ): Promise<GuestConflictPageOutput> {
    const afterId = cursor ? Buffer.from(cursor, 'base64url').toString('utf8') : null;
    if (afterId !== null && !/^[0-9a-f-]{36}$/i.test(afterId))
      throw fieldProblem('validation_failed', 'cursor', 'cursor is not one this API gave out');
    const rows = await this.guests.openConflicts(staff.restaurantId, limit + 1, afterId);
    const more = rows.length > limit;
    const items = more ? rows.slice(0, limit) : rows;
    return {
      items,
      nextCursor: more ? Buffer.from(items[items.length - 1]!.id).toString('base64url') : null,
    };
  }

  async dismissConflict(staff: StaffPrincipal, conflictId: string): Promise<void> {
    const done = await this.guests.dismissConflict(staff.restaurantId, conflictId, staff.email, new Date());
    if (!done)
      throw new ProblemException('guest_conflict_not_found', 'No such open conflict at your restaurant');
  }
}
