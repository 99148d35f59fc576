import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';

/**
 * Who a guest is: one guest per restaurant and person, recognised by the phone number in E.164
 * (read with the restaurant's country as the default region) or by the e-mail address, trimmed
 * and lowercased. Pure: the statements that match and link guests live in libs/db.
 */

/** A phone number in E.164 (+447700900123), or null when it cannot be a number at all (isPossible: length and country code; fictional ranges such as 07700 900xxx count). */
export function normalizePhone(raw: string | null | undefined, country: string | null): string | null {
  if (!raw) return null;
  const region = country && /^[A-Z]{2}$/.test(country) ? (country as CountryCode) : undefined;
  const parsed = parsePhoneNumberFromString(raw.trim(), region);
  return parsed && parsed.isPossible() ? parsed.number : null;
}

/** An e-mail address as identity compares it; null when there is none. */
export function normalizeEmail(raw: string | null | undefined): string | null {
  const email = raw?.trim().toLowerCase();
  return email && email.includes('@') ? email : null;
}

export interface GuestIdentity {
  readonly phoneE164: string | null;
  readonly emailNormalized: string | null;
}

export function identityOf(
  details: { readonly phone?: string | null; readonly email?: string | null },
  country: string | null,
): GuestIdentity {
  return {
    phoneE164: normalizePhone(details.phone, country),
    emailNormalized: normalizeEmail(details.email),
  };
}

/** A guest that matched on phone or e-mail, as the matching statement reads it. */
export interface GuestMatch {
  readonly id: string;
  readonly phoneE164: string | null;
  readonly emailNormalized: string | null;
}

/**
 * What a booking's contact details mean for identity:
 * - `new`: nobody matched; a guest is made with this identity.
 * - `existing`: one guest matched (on either or both); the booking is theirs, and contact details
 *   they lack (a phone, an e-mail nobody else has) are added to them.
 * - `conflict`: the phone is one guest's and the e-mail another's: the booking goes to the phone's
 *   guest (a phone number is the stronger identity) and the pair is shown to staff to merge.
 */
export type GuestResolution =
  | { readonly kind: 'new' }
  | {
      readonly kind: 'existing';
      readonly guestId: string;
      readonly addPhone: boolean;
      readonly addEmail: boolean;
    }
  | { readonly kind: 'conflict'; readonly guestId: string; readonly otherGuestId: string };

export function resolveGuest(
  identity: GuestIdentity,
  byPhone: GuestMatch | null,
  byEmail: GuestMatch | null,
): GuestResolution {
  if (byPhone && byEmail && byPhone.id !== byEmail.id) {
    return { kind: 'conflict', guestId: byPhone.id, otherGuestId: byEmail.id };
  }
  const match = byPhone ?? byEmail;
  if (!match) return { kind: 'new' };
  return {
    kind: 'existing',
    guestId: match.id,
    addPhone: identity.phoneE164 !== null && match.phoneE164 === null,
    // byEmail is null here when nobody holds the e-mail: it is free to add.
    addEmail: identity.emailNormalized !== null && match.emailNormalized === null && byEmail === null,
  };
}

/** The 14 allergens EU Regulation 1169/2011 (Annex II) requires restaurants to declare. */
export const EU_ALLERGENS = [
  'celery',
  'cereals_containing_gluten',
  'crustaceans',
  'eggs',
  'fish',
  'lupin',
  'milk',
  'molluscs',
  'mustard',
  'tree_nuts',
  'peanuts',
  'sesame',
  'soybeans',
  'sulphites',
] as const;
export type EuAllergen = (typeof EU_ALLERGENS)[number];

/** Tags with a meaning of their own; any other lowercase tag is a free tag. */
export const STANDARD_GUEST_TAGS = ['vip', 'regular'] as const;

/** A tag as stored: trimmed, lowercase, inner spaces as single hyphens. */
export function normalizeTag(raw: string): string {
  return raw.trim().toLowerCase().replace(/\s+/g, '-');
}
