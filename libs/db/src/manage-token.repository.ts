import { randomUUID } from 'node:crypto';
import type { PrismaClient } from './prisma-client.factory';

/** A manage token's row: which booking it opens, and whether it still may. */
export interface ManageTokenRow {
  readonly id: string;
  readonly bookingId: string;
  readonly revokedAt: Date | null;
}

/** A token as its use needs it: the booking's restaurant (the tenant it acts in) and end. */
export interface ManageTokenGrant extends ManageTokenRow {
  readonly restaurantId: string;
  readonly bookingEndsAt: Date;
}

/** What a guest did with a manage token, and how it ended (`ok` or the problem code). */
export interface ManageTokenUse {
  readonly action: 'view' | 'cancel' | 'modify' | 'confirm';
  readonly outcome: string;
}

/**
 * Manage tokens of bookings. Only the token's id is stored; the token a guest holds is the id with
 * an HMAC of it under the gateway's secret (ManageTokenSigner), so a leaked table opens nothing.
 */
export class ManageTokenRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /**
   * The booking's live token, or a new one. A retried placement asks again and gets the same
   * token back, so a widget that lost the first answer still shows the guest their link.
   */
  async issue(bookingId: string): Promise<ManageTokenRow> {
    return this.prisma.$transaction(async (tx) => {
      // Serialises issuing per booking: two concurrent first answers must not make two tokens.
      await tx.$executeRaw`SELECT 1 FROM bookings WHERE id = ${bookingId}::uuid FOR UPDATE`;
      const live = await tx.manageToken.findFirst({
        where: { bookingId, revokedAt: null },
        orderBy: { createdAt: 'desc' },
      });
      return live ?? tx.manageToken.create({ data: { id: randomUUID(), bookingId } });
    });
  }

  async find(id: string): Promise<ManageTokenGrant | null> {
    const row = await this.prisma.manageToken.findUnique({
      where: { id },
      include: { booking: { select: { restaurantId: true, endsAt: true } } },
    });
    if (!row) return null;
    return {
      id: row.id,
      bookingId: row.bookingId,
      revokedAt: row.revokedAt,
      restaurantId: row.booking.restaurantId,
      bookingEndsAt: row.booking.endsAt,
    };
  }

  /** Revokes every live token of the booking; the count revoked. */
  async revokeForBooking(bookingId: string): Promise<number> {
    const result = await this.prisma.manageToken.updateMany({
      where: { bookingId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    return result.count;
  }

  /** Records a use and moves last_used_at, in one transaction. */
  async recordUse(tokenId: string, use: ManageTokenUse): Promise<void> {
    const at = new Date();
    await this.prisma.$transaction([
      this.prisma.manageTokenUse.create({ data: { tokenId, action: use.action, outcome: use.outcome, at } }),
      this.prisma.manageToken.update({ where: { id: tokenId }, data: { lastUsedAt: at } }),
    ]);
  }
}
