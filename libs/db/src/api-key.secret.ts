import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * API keys look like `tk_<prefix>_<secret>`. The prefix is public (logs, listings) and finds the
 * row; only a SHA-256 of the secret is stored. Keys are 256-bit random, so a fast hash is right
 * here (passwords, which are guessable, get a slow one).
 */
const KEY_PATTERN = /^tk_(pub_)?([a-z0-9]{10})_([A-Za-z0-9_-]{43})$/;
/** Publishable keys say so in their first characters, so nobody mistakes one for a secret. */
export const PUBLISHABLE_KEY_START = 'tk_pub_';

export interface ParsedApiKey {
  readonly prefix: string;
  readonly secret: string;
  readonly publishable: boolean;
}

export function generateApiKey(publishable = false): { raw: string; prefix: string; secretHash: string } {
  const prefix = randomBytes(8).toString('hex').slice(0, 10);
  const secret = randomBytes(32).toString('base64url');
  const start = publishable ? PUBLISHABLE_KEY_START : 'tk_';
  return { raw: `${start}${prefix}_${secret}`, prefix, secretHash: hashSecret(secret) };
}

export function parseApiKey(raw: string): ParsedApiKey | null {
  const match = KEY_PATTERN.exec(raw);
  return match ? { prefix: match[2], secret: match[3], publishable: match[1] !== undefined } : null;
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function secretMatches(secret: string, storedHash: string): boolean {
  const given = Buffer.from(hashSecret(secret), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}
