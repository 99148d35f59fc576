import type { Channel } from '../../domain/src';
import { generateApiKey, parseApiKey, secretMatches } from './api-key.secret';
import type { PrismaClient } from './prisma-client.factory';

export const API_SCOPES = [
  'availability:read',
  'bookings:read',
  'bookings:write',
  'reviews:write',
  'admin',
] as const;
export type ApiScope = (typeof API_SCOPES)[number];
export const DEFAULT_SCOPES: readonly ApiScope[] = ['availability:read', 'bookings:read', 'bookings:write'];

/** Who is calling: what the guard attaches to a request once the key checks out. */
export interface ApiPrincipal {
  readonly apiKeyId: string;
  readonly prefix: string;
  readonly name: string;
  readonly channel: Channel;
  readonly scopes: readonly ApiScope[];
  readonly restaurantIds: readonly string[];
}

export interface CreateApiKeyInput {
  readonly name: string;
  readonly channel?: Channel;
  readonly scopes?: readonly ApiScope[];
  readonly restaurantIds: readonly string[];
}

export class ApiKeyRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /** Returns the raw key; it is never stored and cannot be shown again. */
  async create(input: CreateApiKeyInput): Promise<{ id: string; prefix: string; rawKey: string }> {
    const { raw, prefix, secretHash } = generateApiKey();
    const key = await this.prisma.apiKey.create({
      data: {
        prefix,
        secretHash,
        name: input.name,
        channel: input.channel ?? 'api',
        scopes: [...(input.scopes ?? DEFAULT_SCOPES)],
        restaurants: { create: input.restaurantIds.map((restaurantId) => ({ restaurantId })) },
      },
    });
    return { id: key.id, prefix, rawKey: raw };
  }

  async authenticate(rawKey: string): Promise<ApiPrincipal | null> {
    const parsed = parseApiKey(rawKey);
    if (!parsed) return null;
    const key = await this.prisma.apiKey.findUnique({
      where: { prefix: parsed.prefix },
      include: { restaurants: { select: { restaurantId: true } } },
    });
    if (!key || key.revokedAt || !secretMatches(parsed.secret, key.secretHash)) return null;
    return {
      apiKeyId: key.id,
      prefix: key.prefix,
      name: key.name,
      channel: key.channel,
      scopes: key.scopes.filter((s): s is ApiScope => (API_SCOPES as readonly string[]).includes(s)),
      restaurantIds: key.restaurants.map((r) => r.restaurantId),
    };
  }

  async revoke(prefix: string): Promise<boolean> {
    const result = await this.prisma.apiKey.updateMany({
      where: { prefix, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    return result.count === 1;
  }
}
