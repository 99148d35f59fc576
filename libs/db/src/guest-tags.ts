import type { PrismaClient, Tx } from './prisma-client.factory';

/**
 * The tags (vip, regular, free tags) and allergens of a booking's guest, for whatever describes the
 * booking to the outside (booking.* webhook payloads) or to staff. Empty for an erased guest, whose
 * tags and allergens were cleared with the rest of their data.
 */
export async function guestTagsOfBooking(
  db: PrismaClient | Tx,
  bookingId: string,
): Promise<{ readonly tags: string[]; readonly allergens: string[] }> {
  const [row] = await db.$queryRaw<{ tags: string[] | null; allergens: string[] | null }[]>`
    SELECT g.tags, g.allergens FROM bookings b JOIN guests g ON g.id = b.guest_id
    WHERE b.id = ${bookingId}::uuid`;
  return { tags: row?.tags ?? [], allergens: row?.allergens ?? [] };
}
