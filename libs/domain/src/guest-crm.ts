import { EU_ALLERGENS, normalizeTag, type EuAllergen } from './guest-identity';

/**
 * The rules of the staff guest list (CRM) that need no database: which tags are acceptable, the
 * list's opaque keyset cursor, what counts as a late cancellation, and CSV cells a spreadsheet
 * can open without running them.
 */

/** A tag as stored: 1–32 of a–z, 0–9, hyphen, starting with a letter or digit. */
export const GUEST_TAG_PATTERN = /^[a-z0-9][a-z0-9-]{0,31}$/;
export const MAX_GUEST_TAGS = 20;

/** Tags as given by staff, normalised and deduplicated; the invalid ones are returned apart. */
export function cleanTags(raw: readonly string[]): { tags: string[]; invalid: string[] } {
  const tags = new Set<string>();
  const invalid: string[] = [];
  for (const r of raw) {
    const tag = normalizeTag(r);
    if (GUEST_TAG_PATTERN.test(tag)) tags.add(tag);
    else invalid.push(r);
  }
  return { tags: [...tags].sort(), invalid };
}

export function isEuAllergen(code: string): code is EuAllergen {
  return (EU_ALLERGENS as readonly string[]).includes(code);
}

/** Where the guest list stands between pages: ordered by (name, id), so a page never repeats. */
export interface GuestCursor {
  readonly name: string;
  readonly id: string;
}

export function encodeGuestCursor(cursor: GuestCursor): string {
  return Buffer.from(JSON.stringify([cursor.name, cursor.id])).toString('base64url');
}

export function decodeGuestCursor(raw: string): GuestCursor | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if (!Array.isArray(parsed) || parsed.length !== 2) return null;
    const [name, id] = parsed as unknown[];
    if (typeof name !== 'string' || typeof id !== 'string' || !/^[0-9a-f-]{36}$/i.test(id)) return null;
    return { name, id };
  } catch {
    return null;
  }
}

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break, quotes doubled. A
 * cell starting with = + - @ (or a tab or carriage return) is prefixed with an apostrophe, so a
 * spreadsheet shows it as text instead of running it as a formula (CSV injection).
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(cells: readonly (string | number | boolean | null | undefined)[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}
