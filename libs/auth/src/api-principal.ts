import type { Channel } from '@tablekeeper/domain';

export const API_SCOPES = [
  'availability:read',
  'bookings:read',
  'bookings:write',
  'reviews:write',
  'webhooks:read',
  'webhooks:write',
  'admin',
] as const;
/**
 * Scopes for Tablekeeper's own engineers, not for restaurants: `temporal:codec` decrypts any
 * booking's Temporal payloads. Only the CLI grants them; the HTTP API cannot.
 */
export const OPERATOR_SCOPES = ['temporal:codec'] as const;
export type ApiScope = (typeof API_SCOPES)[number] | (typeof OPERATOR_SCOPES)[number];
export const DEFAULT_SCOPES: readonly ApiScope[] = ['availability:read', 'bookings:read', 'bookings:write'];

const KNOWN_SCOPES: readonly string[] = [...API_SCOPES, ...OPERATOR_SCOPES];

/** A stored scope this code still knows; a retired one grants nothing. */
export function isApiScope(scope: string): scope is ApiScope {
  return KNOWN_SCOPES.includes(scope);
}

/**
 * `secret` keys stay on servers; `publishable` keys (`tk_pub_…`) sit in a restaurant's web page and
 * may only do what a guest on that site may (PUBLISHABLE_KEY_SCOPES, routes marked @GuestAccess()).
 */
export const API_KEY_KINDS = ['secret', 'publishable'] as const;
export type ApiKeyKind = (typeof API_KEY_KINDS)[number];

/**
 * What a publishable key can do, whatever was asked for: read availability and place new holds
 * and bookings. Reading or changing a booking takes that booking's manage token.
 */
export const PUBLISHABLE_KEY_SCOPES: readonly ApiScope[] = ['availability:read', 'bookings:write'];

/** Who is calling: what the guard attaches to a request once the key checks out. */
export interface ApiPrincipal {
  readonly apiKeyId: string;
  readonly kind: ApiKeyKind;
  /** Origins a publishable key answers CORS for (empty for secret keys). */
  readonly allowedOrigins: readonly string[];
  /** A publishable key's hold TTL (null: the restaurant's). */
  readonly holdTtlSeconds: number | null;
  readonly prefix: string;
  readonly name: string;
  readonly channel: Channel;
  readonly scopes: readonly ApiScope[];
  readonly restaurantIds: readonly string[];
  readonly readsPerMinute: number;
  readonly writesPerMinute: number;
}

/** How the caller appears as an actor in booking histories. */
export function actorOf(principal: ApiPrincipal): string {
  return `api:${principal.prefix}`;
}
