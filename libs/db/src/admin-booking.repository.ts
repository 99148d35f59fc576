import { DateTime } from 'luxon';
import { compareTableLabels, type BookingStatus } from '@tablekeeper/domain';
import type { Prisma } from './generated/prisma/client';
import { checkTableChoice } from './booking-table-choice.repository';
import type { PrismaClient } from './prisma-client.factory';

/** One booking as the admin UI lists it. */
export interface AdminBookingRow {
  readonly id: string;
  readonly workflowId: string;
  readonly status: BookingStatus;
  readonly partySize: number;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly channel: string;
  readonly notes: string | null;
  /** Tags and allergens come with the guest, so staff see a VIP or an allergy before they seat them. */
  readonly guest: {
    readonly id: string;
    readonly name: string;
    readonly phone: string | null;
    readonly tags: readonly string[];
    readonly allergens: readonly string[];
  };
  readonly tables: readonly { readonly id: string; readonly label: string }[];
  readonly reviewReason: string | null;
  readonly closeReason: string | null;
}

/** The engine's pick for a booking in review, as its history recorded it. */
export interface EngineSuggestion {
  readonly tables: readonly string[];
  readonly strategy: string | null;
  readonly score: number | null;
  /** Why the engine found no tables, when it did not. */
  readonly reason: string | null;
}

export interface ReviewRow extends AdminBookingRow {
  readonly suggestion: EngineSuggestion;
  readonly sentToReviewAt: string | null;
}

/** What a booking is and what a change under review would make it, for staff to compare. */
export interface ChangeSide {
  readonly startsAt: string;
  readonly endsAt: string;
  readonly partySize: number;
  readonly tables: readonly string[];
  readonly notes: string | null;
}

/** A change of a confirmed booking waiting for staff (booking_modifications). */
export interface ChangeReviewRow {
  readonly changeId: string;
  readonly bookingId: string;
  readonly guestName: string;
  readonly reviewReason: string;
  readonly requestedBy: string;
  readonly requestedAt: string;
  readonly before: ChangeSide;
  readonly after: ChangeSide;
}

export interface Page<T> {
  readonly items: readonly T[];
  readonly nextCursor: string | null;
}

export const FLOOR_STATES = ['free', 'held', 'reserved', 'seated', 'blocked'] as const;
export type FloorState = (typeof FLOOR_STATES)[number];

export interface FloorTable {
  readonly id: string;
  readonly label: string;
  readonly minCovers: number;
  readonly maxCovers: number;
  readonly state: FloorState;
  readonly booking: {
    readonly id: string;
    readonly status: BookingStatus;
    readonly guestName: string;
    readonly guestTags: readonly string[];
    readonly guestAllergens: readonly string[];
    readonly partySize: number;
    readonly startsAt: string;
    readonly endsAt: string;
  } | null;
}

export interface FloorZone {
  readonly id: string;
  readonly name: string;
  readonly tables: readonly FloorTable[];
}

const STATE_OF: Partial<Record<BookingStatus, FloorState>> = {
  held: 'held',
  capacity_verified: 'held',
  assigned: 'reserved',
  manual_review: 'reserved',
  confirmed: 'reserved',
  checked_in: 'seated',
};

const listed = {
  guest: { select: { id: true, name: true, phone: true, tags: true, allergens: true } },
  assignments: {
    where: { releasedAt: null, modificationId: null },
    include: { table: { select: { id: true, label: true } } },
  },
} satisfies Prisma.BookingInclude;
type ListedRow = Prisma.BookingGetPayload<{ include: typeof listed }>;

function toRow(row: ListedRow): AdminBookingRow {
  return {
    id: row.id,
    workflowId: row.workflowId,
    status: row.status,
    partySize: row.partySize,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    channel: row.channel,
    notes: row.notes,
    guest: {
      id: row.guest.id,
      name: row.guest.name,
      phone: row.guest.phone,
      tags: row.guest.tags,
      allergens: row.guest.allergens,
    },
    tables: row.assignments
      .map((a) => ({ id: a.table.id, label: a.table.label }))
      .sort((a, b) => compareTableLabels(a.label, b.label)),
    reviewReason: row.reviewReason,
    closeReason: row.closeReason,
  };
}

/** Keyset cursor over (startsAt, id): stable while bookings are added during service. */
function encodeCursor(row: { startsAt: Date; id: string }): string {
  return Buffer.from(`${row.startsAt.toISOString()}|${row.id}`).toString('base64url');
}

export function decodeCursor(cursor: string): { startsAt: Date; id: string } | null {
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const startsAt = new Date(at ?? '');
  if (!id || Number.isNaN(startsAt.getTime()) || !/^[0-9a-f-]{36}$/i.test(id)) return null;
  return { startsAt, id };
}

function after(cursor: { startsAt: Date; id: string } | null): Prisma.BookingWhereInput {
  if (!cursor) return {};
  return {
    OR: [{ startsAt: { gt: cursor.startsAt } }, { startsAt: cursor.startsAt, id: { gt: cursor.id } }],
  };
}

function page<T>(rows: ListedRow[], limit: number, map: (row: ListedRow) => T): Page<T> {
  const more = rows.length > limit;
  const kept = more ? rows.slice(0, limit) : rows;
  return { items: kept.map(map), nextCursor: more ? encodeCursor(kept[kept.length - 1]) : null };
}

function suggestionFrom(
  events: { toStatus: string; reason: string | null; data: unknown }[],
): EngineSuggestion {
  // The latest recorded plan wins: the held event's, or the assignment's when tables came later.
  for (const event of [...events].reverse()) {
    const plan = (event.data as { plan?: Record<string, unknown> } | null)?.plan;
    if (plan && typeof plan === 'object') {
      const tables = Array.isArray(plan.tables) ? plan.tables.map(String) : [];
      return {
        tables,
        strategy: typeof plan.strategy === 'string' ? plan.strategy : null,
        score: typeof plan.score === 'number' ? plan.score : null,
        reason: typeof plan.reason === 'string' ? plan.reason : null,
      };
    }
  }
  return { tables: [], strategy: null, score: null, reason: null };
}

/**
 * Reads of the admin UI. Every method takes the staff member's restaurant, so another restaurant's
 * bookings are never listed and look like missing ones.
 */
export class AdminBookingRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /** Bookings waiting for a decision, soonest first, with why they wait and the engine's pick. */
  async reviewQueue(
    restaurantId: string,
    options: { cursor?: string | null; limit: number },
  ): Promise<Page<ReviewRow>> {
    const rows = await this.prisma.booking.findMany({
      where: {
        restaurantId,
        status: 'manual_review',
        ...after(options.cursor ? decodeCursor(options.cursor) : null),
      },
      include: {
        ...listed,
        events: { orderBy: { id: 'asc' }, select: { toStatus: true, reason: true, data: true, at: true } },
      },
      orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
      take: options.limit + 1,
    });
    return page(rows, options.limit, (row) => {
      const events = (row as (typeof rows)[number]).events;
      const sent = [...events].reverse().find((e) => e.toStatus === 'manual_review');
      return {
        ...toRow(row),
        suggestion: suggestionFrom(events),
        sentToReviewAt: sent ? sent.at.toISOString() : null,
      };
    });
  }

  /** Changes waiting for staff, soonest booking first, with the booking before and after. */
  async changeQueue(
    restaurantId: string,
    options: { cursor?: string | null; limit: number },
  ): Promise<Page<ChangeReviewRow>> {
    const cursor = options.cursor ? decodeCursor(options.cursor) : null;
    const rows = await this.prisma.bookingModification.findMany({
      where: {
        restaurantId,
        status: 'pending',
        booking: { status: 'confirmed' },
        ...(cursor
          ? {
              OR: [
                { startsAt: { gt: cursor.startsAt } },
                { startsAt: cursor.startsAt, id: { gt: cursor.id } },
              ],
            }
          : {}),
      },
      include: { booking: { include: { guest: { select: { name: true } } } } },
      orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
      take: options.limit + 1,
    });
    const more = rows.length > options.limit;
    const kept = more ? rows.slice(0, options.limit) : rows;
    const side = (json: unknown): ChangeSide => {
      const s = json as Partial<ChangeSide>;
      return {
        startsAt: String(s.startsAt),
        endsAt: String(s.endsAt),
        partySize: Number(s.partySize),
        tables: Array.isArray(s.tables) ? s.tables.map(String) : [],
        notes: typeof s.notes === 'string' ? s.notes : null,
      };
    };
    return {
      items: kept.map((m) => ({
        changeId: m.id,
        bookingId: m.bookingId,
        guestName: m.booking.guest.name,
        reviewReason: m.reviewReason,
        requestedBy: m.requestedBy,
        requestedAt: m.createdAt.toISOString(),
        before: side(m.before),
        after: side(m.after),
      })),
      nextCursor: more ? encodeCursor(kept[kept.length - 1]) : null,
    };
  }

  /** A local day's bookings by time, optionally only some statuses or guests matching `search`. */
  async day(
    restaurantId: string,
    timezone: string,
    date: string,
    options: { statuses?: readonly BookingStatus[]; search?: string; cursor?: string | null; limit: number },
  ): Promise<Page<AdminBookingRow>> {
    const start = DateTime.fromISO(date, { zone: timezone }).startOf('day');
    const search = options.search?.trim();
    const digits = search?.replace(/\D/g, '') ?? '';
    const rows = await this.prisma.booking.findMany({
      where: {
        restaurantId,
        startsAt: { gte: start.toJSDate(), lt: start.plus({ days: 1 }).toJSDate() },
        ...(options.statuses?.length ? { status: { in: [...options.statuses] } } : {}),
        ...(search
          ? {
              guest: {
                OR: [
                  { name: { contains: search, mode: 'insensitive' as const } },
                  ...(digits.length >= 3 ? [{ phone: { contains: digits } }] : []),
                ],
              },
            }
          : {}),
        ...after(options.cursor ? decodeCursor(options.cursor) : null),
      },
      include: listed,
      orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
      take: options.limit + 1,
    });
    return page(rows, options.limit, toRow);
  }

  /** Every table by zone at one instant: who holds, has or sits at it. */
  async floor(restaurantId: string, at: Date, now: Date = new Date()): Promise<FloorZone[]> {
    const zones = await this.prisma.zone.findMany({
      where: { restaurantId },
      orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
      include: {
        blocks: { where: { startsAt: { lte: at }, endsAt: { gt: at } }, select: { id: true } },
        tables: {
          include: {
            blocks: { where: { startsAt: { lte: at }, endsAt: { gt: at } }, select: { id: true } },
            assignments: {
              where: { releasedAt: null, startsAt: { lte: at }, endsAt: { gt: at } },
              include: {
                booking: { include: { guest: { select: { name: true, tags: true, allergens: true } } } },
              },
            },
          },
        },
      },
    });
    return zones.map((zone) => ({
      id: zone.id,
      name: zone.name,
      tables: zone.tables
        .sort((a, b) => compareTableLabels(a.label, b.label))
        .map((table) => {
          // A lapsed hold no longer takes the table, whether or not its workflow expired it yet.
          const live = table.assignments.find(
            (a) =>
              STATE_OF[a.booking.status] &&
              !(a.booking.status === 'held' && a.booking.holdExpiresAt && a.booking.holdExpiresAt <= now),
          );
          // Out of service (inactive, or blocked with its zone or alone) unless a booking still sits
          // there: that one is for staff to move, and shows as what it is.
          const outOfService = !table.active || table.blocks.length > 0 || zone.blocks.length > 0;
          const state: FloorState =
            !live && outOfService ? 'blocked' : live ? STATE_OF[live.booking.status]! : 'free';
          return {
            id: table.id,
            label: table.label,
            minCovers: table.minCovers,
            maxCovers: table.maxCovers,
            state,
            booking: live
              ? {
                  id: live.booking.id,
                  status: live.booking.status,
                  guestName: live.booking.guest.name,
                  guestTags: live.booking.guest.tags,
                  guestAllergens: live.booking.guest.allergens,
                  partySize: live.booking.partySize,
                  startsAt: live.booking.startsAt.toISOString(),
                  endsAt: live.booking.endsAt.toISOString(),
                }
              : null,
          };
        }),
    }));
  }

  /** Throws TablesUnavailableError when the tables cannot take this booking (checked again on approve). */
  async checkTableChoice(
    restaurantId: string,
    bookingId: string,
    tableIds: readonly string[],
  ): Promise<void> {
    const booking = await this.prisma.booking.findFirst({
      where: { id: bookingId, restaurantId },
      select: { id: true, restaurantId: true, partySize: true, startsAt: true, endsAt: true },
    });
    if (!booking) return;
    await checkTableChoice(this.prisma, booking, tableIds);
  }
}
