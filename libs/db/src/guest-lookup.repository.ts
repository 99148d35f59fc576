import type { BookingSnapshot } from '@tablekeeper/domain';
import { identityOf } from '@tablekeeper/domain';
import type { PrismaClient } from './prisma-client.factory';
import { toSnapshot } from './booking-query.repository';

/** Statuses of a booking that is still ahead of its guest (find-my-booking answers these). */
const UPCOMING_STATUSES = ['held', 'capacity_verified', 'assigned', 'confirmed', 'manual_review'] as const;

/** A guest as staff pick them when taking a booking: the contact details they booked with. */
export interface GuestMatch {
  readonly name: string;
  readonly phone: string | null;
  readonly email: string | null;
  readonly lastBookedAt: string;
}

/**
 * "Find my booking" for agents: a caller's upcoming bookings by phone or e-mail, only at the
 * restaurants of the key. The phone is read with each restaurant's own country, so a national
 * number finds the guest of a British restaurant as a British number and of a German one as German.
 */
export class GuestLookupRepository {
  constructor(private readonly prisma: PrismaClient) {}

  async upcomingByContact(
    restaurantIds: readonly string[],
    contact: { readonly phone?: string; readonly email?: string },
    now: Date = new Date(),
  ): Promise<BookingSnapshot[]> {
    const restaurants = await this.prisma.restaurant.findMany({
      where: { id: { in: [...restaurantIds] } },
      select: { id: true, country: true },
    });
    const identities = restaurants
      .map((r) => ({ restaurantId: r.id, ...identityOf(contact, r.country) }))
      .filter((i) => i.phoneE164 !== null || i.emailNormalized !== null);
    if (identities.length === 0) return [];
    const rows = await this.prisma.booking.findMany({
      where: {
        status: { in: [...UPCOMING_STATUSES] },
        endsAt: { gt: now },
        OR: identities.map((i) => ({
          restaurantId: i.restaurantId,
          guest: i.phoneE164 ? { phoneE164: i.phoneE164 } : { emailNormalized: i.emailNormalized },
        })),
      },
      include: {
        assignments: { where: { releasedAt: null, modificationId: null }, include: { table: true } },
      },
      orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
      take: 20,
    });
    return rows.map(toSnapshot);
  }

  /** Whether the booking's guest was known before it: a guest made by this booking was not. */
  async guestRecognised(bookingId: string): Promise<boolean> {
    const [row] = await this.prisma.$queryRaw<{ recognised: boolean }[]>`
      SELECT COALESCE(g.first_booking_id <> b.id, g.created_at < b.created_at) AS recognised
      FROM bookings b JOIN guests g ON g.id = b.guest_id WHERE b.id = ${bookingId}::uuid`;
    return row?.recognised ?? false;
  }

  /**
   * Earlier guests of a restaurant whose name, phone or email contains what staff typed (the phone
   * booking form), each contact once, most recent first.
   */
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
