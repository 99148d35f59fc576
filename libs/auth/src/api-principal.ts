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

/** Who is calling: what the guard attaches to a request once the key checks out. */
export interface ApiPrincipal {
  readonly apiKeyId: string;
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
