import { compareTableLabels, type BookingSnapshot } from '@tablekeeper/domain';
import type { Prisma } from './generated/prisma/client';
import type { PrismaClient } from './prisma-client.factory';
import { readPendingChange } from './booking-modification.repository';

type BookingRow = Prisma.BookingGetPayload<{ include: { assignments: { include: { table: true } } } }>;

/** A booking as read through Prisma, in the shape the workflow and the API share. */
export function toSnapshot(row: BookingRow): BookingSnapshot {
  return {
    id: row.id,
    workflowId: row.workflowId,
    restaurantId: row.restaurantId,
    status: row.status,
    partySize: row.partySize,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    holdExpiresAt: row.holdExpiresAt?.toISOString() ?? null,
    tables: row.assignments.map((a) => a.table.label).sort(compareTableLabels),
    reviewReason: row.reviewReason,
    closeReason: row.closeReason,
    version: row.version,
  };
}

export interface BookingEventView {
  readonly from: string | null;
  readonly to: string;
  readonly actor: string;
  readonly reason: string | null;
  readonly data: unknown;
  readonly at: string;
}

export interface BookingDetails extends BookingSnapshot {
  readonly channel: string;
  readonly notes: string | null;
  readonly seatingPreference: string | null;
  readonly closeReasonCode: string | null;
  readonly guest: { readonly name: string; readonly phone: string | null; readonly email: string | null };
  readonly createdAt: string;
  readonly events: readonly BookingEventView[];
}

/**
 * Reads for the API. Every method takes the caller's restaurant ids, so a booking of another
 * tenant is indistinguishable from one that does not exist.
 */
export class BookingQueryRepository {
  constructor(private readonly prisma: PrismaClient) {}

  async findForTenant(bookingId: string, restaurantIds: readonly string[]): Promise<BookingDetails | null> {
    const row = await this.prisma.booking.findFirst({
      where: { id: bookingId, restaurantId: { in: [...restaurantIds] } },
      include: {
        assignments: { where: { releasedAt: null, modificationId: null }, include: { table: true } },
        guest: true,
        events: { orderBy: { id: 'asc' } },
      },
    });
    if (!row) return null;
    const pendingChange = await readPendingChange(this.prisma, row.id);
    return {
      ...toSnapshot(row),
      channel: row.channel,
      notes: row.notes,
      seatingPreference: row.seatingPreference,
      closeReasonCode: row.closeReasonCode,
      pendingChange,
      guest: { name: row.guest.name, phone: row.guest.phone, email: row.guest.email },
      createdAt: row.createdAt.toISOString(),
      events: row.events.map((e) => ({
        from: e.fromStatus,
        to: e.toStatus,
        actor: e.actor,
        reason: e.reason,
        data: e.data,
        at: e.at.toISOString(),
      })),
    };
  }

  /** The booking a caller's Idempotency-Key already created, with the fingerprint of that request. */
  async findByIdempotencyKey(
    apiKeyId: string,
    idempotencyKey: string,
  ): Promise<{ bookingId: string; requestFingerprint: string } | null> {
    const row = await this.prisma.booking.findUnique({
      where: { apiKeyId_idempotencyKey: { apiKeyId, idempotencyKey } },
      select: { id: true, requestFingerprint: true },
    });
    return row ? { bookingId: row.id, requestFingerprint: row.requestFingerprint } : null;
  }
}
