import { randomUUID } from 'node:crypto';
import {
  EU_ALLERGENS,
  identityOf,
  resolveGuest,
  type GuestMatch,
  type GuestProfileHints,
} from '@tablekeeper/domain';
import { Prisma } from './generated/prisma/client';
import type { Tx } from './prisma-client.factory';

export interface GuestContact extends GuestProfileHints {
  readonly name: string;
  readonly phone: string | null;
  readonly email: string | null;
}

export interface LinkedGuest {
  readonly guestId: string;
  /** The guest was known before this booking. */
  readonly recognised: boolean;
}

/**
 * The guest a booking belongs to, before the row of a guest nobody knew is written: `pending` is
 * that row's insert (a statement alone, or a data-modifying CTE of the booking's own insert, one
 * round trip less) and what must follow it once the row exists.
 */
export interface GuestLink {
  readonly guest: LinkedGuest;
  readonly pending: {
    readonly insert: Prisma.Sql;
    readonly afterInsert: (tx: Tx) => Promise<void>;
  } | null;
}

interface MatchRow {
  id: string;
  phone_e164: string | null;
  email_normalized: string | null;
  by: 'phone' | 'email';
}

const asMatch = (row: MatchRow | undefined): GuestMatch | null =>
  row ? { id: row.id, phoneE164: row.phone_e164, emailNormalized: row.email_normalized } : null;

/**
 * The guest a new booking belongs to: matched on E.164 phone or normalised e-mail (the
 * restaurant's country is the phone's default region), made when nobody matches, and a conflict
 * recorded when the phone is one guest's and the e-mail another's (guest-identity.ts). What the
 * booking says of language, consent and dietary needs goes to the profile: language and consent as
 * the latest word (a consent change with its source), allergens added, dietary notes appended.
 *
 * Runs inside the booking's transaction, under the restaurant's advisory lock, so two bookings of
 * one new guest cannot both make them; the partial unique indexes on the identity are the backstop.
 */
export async function linkGuest(
  tx: Tx,
  restaurantId: string,
  contact: GuestContact,
  context: GuestLinkContext,
  /** The restaurant's country when the caller has read it already (the hold has). */
  knownCountry?: string | null,
): Promise<LinkedGuest> {
  const link = await planGuestLink(tx, restaurantId, contact, context, knownCountry);
  if (link.pending) {
    await tx.$executeRaw(link.pending.insert);
    await link.pending.afterInsert(tx);
  }
  return link.guest;
}

export interface GuestLinkContext {
  readonly bookingId: string | null;
  readonly source: string;
  readonly now: Date;
}

/** linkGuest, with a new guest's insert left to the caller (see GuestLink). */
export async function planGuestLink(
  tx: Tx,
  restaurantId: string,
  contact: GuestContact,
  context: GuestLinkContext,
  knownCountry?: string | null,
): Promise<GuestLink> {
  const country =
    knownCountry !== undefined
      ? knownCountry
      : ((
          await tx.$queryRaw<{ country: string | null }[]>`
            SELECT country FROM restaurants WHERE id = ${restaurantId}::uuid`
        )[0]?.country ?? null);
  const identity = identityOf(contact, country);
  const matches =
    identity.phoneE164 || identity.emailNormalized
      ? await tx.$queryRaw<MatchRow[]>`
          SELECT id, phone_e164, email_normalized, 'phone' AS by FROM guests
          WHERE restaurant_id = ${restaurantId}::uuid AND phone_e164 = ${identity.phoneE164}
          UNION ALL
          SELECT id, phone_e164, email_normalized, 'email' AS by FROM guests
          WHERE restaurant_id = ${restaurantId}::uuid AND email_normalized = ${identity.emailNormalized}`
      : [];
  const resolution = resolveGuest(
    identity,
    asMatch(matches.find((m) => m.by === 'phone')),
    asMatch(matches.find((m) => m.by === 'email')),
  );
  const allergens = (contact.allergens ?? []).filter((a) => (EU_ALLERGENS as readonly string[]).includes(a));
  const consent = contact.marketingConsent;

  if (resolution.kind === 'new') {
    const guestId = randomUUID();
    const insert = Prisma.sql`
      INSERT INTO guests (id, restaurant_id, name, phone, email, phone_e164, email_normalized, language,
                          first_booking_id, allergens, dietary_notes, marketing_consent, marketing_consent_at,
                          marketing_consent_source, created_at, updated_at)
      VALUES (${guestId}::uuid, ${restaurantId}::uuid, ${contact.name}, ${contact.phone}, ${contact.email},
              ${identity.phoneE164}, ${identity.emailNormalized}, ${contact.language ?? null},
              ${context.bookingId}::uuid,
              ${allergens}::text[], ${contact.dietaryNotes ?? null}, ${consent ?? null},
              ${consent === undefined ? null : context.now}, ${consent === undefined ? null : context.source},
              ${context.now}, ${context.now})`;
    const afterInsert = async (after: Tx) => {
      if (consent !== undefined) await recordConsent(after, guestId, consent, context.source, context.now);
    };
    return { guest: { guestId, recognised: false }, pending: { insert, afterInsert } };
  }

  const guestId = resolution.guestId;
  const addPhone = resolution.kind === 'existing' && resolution.addPhone;
  const addEmail = resolution.kind === 'existing' && resolution.addEmail;
  const [before] = await tx.$queryRaw<{ marketing_consent: boolean | null }[]>`
    UPDATE guests g SET
      phone = CASE WHEN ${addPhone} THEN ${contact.phone} ELSE g.phone END,
      phone_e164 = CASE WHEN ${addPhone} THEN ${identity.phoneE164} ELSE g.phone_e164 END,
      email = CASE WHEN ${addEmail} THEN ${contact.email} ELSE g.email END,
      email_normalized = CASE WHEN ${addEmail} THEN ${identity.emailNormalized} ELSE g.email_normalized END,
      language = COALESCE(${contact.language ?? null}, g.language),
      allergens = ARRAY(SELECT DISTINCT unnest(g.allergens || ${allergens}::text[]) ORDER BY 1),
      dietary_notes = CASE
        WHEN ${contact.dietaryNotes ?? null}::text IS NULL THEN g.dietary_notes
        WHEN g.dietary_notes IS NULL THEN ${contact.dietaryNotes ?? null}
        WHEN position(lower(${contact.dietaryNotes ?? ''}) IN lower(g.dietary_notes)) > 0 THEN g.dietary_notes
        ELSE g.dietary_notes || '; ' || ${contact.dietaryNotes ?? ''} END,
      marketing_consent = COALESCE(${consent ?? null}, g.marketing_consent),
      marketing_consent_at = CASE WHEN ${consent ?? null}::boolean IS DISTINCT FROM g.marketing_consent
                                   AND ${consent ?? null}::boolean IS NOT NULL
                              THEN ${context.now} ELSE g.marketing_consent_at END,
      marketing_consent_source = CASE WHEN ${consent ?? null}::boolean IS DISTINCT FROM g.marketing_consent
                                       AND ${consent ?? null}::boolean IS NOT NULL
                                  THEN ${context.source} ELSE g.marketing_consent_source END,
      updated_at = ${context.now}
    FROM (SELECT id, marketing_consent FROM guests WHERE id = ${guestId}::uuid) old
    WHERE g.id = old.id
    RETURNING old.marketing_consent`;
  if (consent !== undefined && before?.marketing_consent !== consent) {
    await recordConsent(tx, guestId, consent, context.source, context.now);
  }
  if (resolution.kind === 'conflict') {
    await tx.$executeRaw`
      INSERT INTO guest_conflicts (id, restaurant_id, guest_id, other_guest_id, booking_id, reason, created_at)
      VALUES (${randomUUID()}::uuid, ${restaurantId}::uuid, ${guestId}::uuid, ${resolution.otherGuestId}::uuid,
              ${context.bookingId}::uuid, 'phone_and_email_of_different_guests', ${context.now})`;
  }
  return { guest: { guestId, recognised: true }, pending: null };
}

export async function recordConsent(
  tx: Tx,
  guestId: string,
  granted: boolean,
  source: string,
  at: Date,
): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO guest_consent_events (guest_id, granted, source, at)
    VALUES (${guestId}::uuid, ${granted}, ${source}, ${at})`;
}

/**
 * New contact details for a guest (a booking's guest changed through PATCH or staff): written as
 * given; a phone or e-mail that is already another guest's identity is kept as written but not as
 * this guest's identity, and the pair becomes a conflict for staff rather than a silent merge.
 */
export async function changeGuestContact(
  tx: Tx,
  guestId: string,
  contact: { readonly name: string; readonly phone: string | null; readonly email: string | null },
  context: { readonly bookingId: string | null; readonly now: Date },
): Promise<void> {
  const [guest] = await tx.$queryRaw<{ restaurant_id: string; country: string | null }[]>`
    SELECT g.restaurant_id, r.country FROM guests g JOIN restaurants r ON r.id = g.restaurant_id
    WHERE g.id = ${guestId}::uuid FOR UPDATE OF g`;
  if (!guest) throw new Error(`Guest ${guestId} not found`);
  const identity = identityOf(contact, guest.country);
  const others = await tx.$queryRaw<{ id: string; phone: boolean; email: boolean }[]>`
    SELECT id, phone_e164 = ${identity.phoneE164} AS phone, email_normalized = ${identity.emailNormalized} AS email
    FROM guests
    WHERE restaurant_id = ${guest.restaurant_id}::uuid AND id <> ${guestId}::uuid
      AND (phone_e164 = ${identity.phoneE164} OR email_normalized = ${identity.emailNormalized})`;
  const phoneTaken = others.some((o) => o.phone);
  const emailTaken = others.some((o) => o.email);
  await tx.$executeRaw`
    UPDATE guests SET name = ${contact.name}, phone = ${contact.phone}, email = ${contact.email},
      phone_e164 = ${phoneTaken ? null : identity.phoneE164},
      email_normalized = ${emailTaken ? null : identity.emailNormalized},
      updated_at = ${context.now}
    WHERE id = ${guestId}::uuid`;
  for (const other of others) {
    await tx.$executeRaw`
      INSERT INTO guest_conflicts (id, restaurant_id, guest_id, other_guest_id, booking_id, reason, created_at)
      VALUES (${randomUUID()}::uuid, ${guest.restaurant_id}::uuid, ${guestId}::uuid, ${other.id}::uuid,
              ${context.bookingId}::uuid, 'contact_of_another_guest', ${context.now})`;
  }
}
