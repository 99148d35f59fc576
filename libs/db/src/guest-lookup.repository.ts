import type { PrismaClient } from './prisma-client.factory';

/** A guest as staff pick them when taking a booking: the contact details they booked with. */
export interface GuestMatch {
  readonly name: string;
  readonly phone: string | null;
  readonly email: string | null;
  readonly lastBookedAt: string;
}

/**
 * Earlier guests of a restaurant whose name, phone or email contains what staff typed, each contact
 * once (every booking writes its own guest row), most recent first.
 */
export class GuestLookupRepository {
  constructor(private readonly prisma: PrismaClient) {}

  async search(restaurantId: string, text: string, limit = 8): Promise<GuestMatch[]> {
    const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const rows = await this.prisma.$queryRaw<
      { name: string; phone: string | null; email: string | null; last_at: Date }[]
    >`
      SELECT name, phone, email, max(created_at) AS last_at
      FROM guests
      WHERE restaurant_id = ${restaurantId}::uuid
        AND (name ILIKE ${pattern} OR phone ILIKE ${pattern} OR email ILIKE ${pattern})
      GROUP BY name, phone, email
      ORDER BY last_at DESC
      LIMIT ${limit}`;
    return rows.map((r) => ({
      name: r.name,
      phone: r.phone,
      email: r.email,
      lastBookedAt: r.last_at.toISOString(),
    }));
  }
}
