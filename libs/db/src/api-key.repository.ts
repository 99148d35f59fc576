import {
  DEFAULT_SCOPES,
  PUBLISHABLE_KEY_SCOPES,
  isApiScope,
  type ApiKeyKind,
  type ApiPrincipal,
  type ApiScope,
} from '@tablekeeper/auth';
import type { Channel } from '@tablekeeper/domain';
import { generateApiKey, parseApiKey, secretMatches } from './api-key.secret';
import type { PrismaClient } from './prisma-client.factory';

export interface CreateApiKeyInput {
  readonly name: string;
  readonly channel?: Channel;
  readonly scopes?: readonly ApiScope[];
  readonly restaurantIds: readonly string[];
  readonly readsPerMinute?: number;
  readonly writesPerMinute?: number;
  /** Publishable (`tk_pub_…`): guest capabilities only, CORS for `allowedOrigins`. */
  readonly publishable?: { readonly allowedOrigins: readonly string[]; readonly holdTtlSeconds: number };
}

export interface ApiKeySummary {
  readonly id: string;
  readonly kind: ApiKeyKind;
  readonly allowedOrigins: readonly string[];
  readonly holdTtlSeconds: number | null;
  readonly prefix: string;
  readonly name: string;
  readonly channel: Channel;
  readonly scopes: readonly string[];
  readonly restaurantIds: readonly string[];
  readonly readsPerMinute: number;
  readonly writesPerMinute: number;
  readonly createdAt: string;
  readonly lastUsedAt: string | null;
  readonly revokedAt: string | null;
}

/** last_used_at is written at most this often per key, not on every request. */
const LAST_USED_RESOLUTION_MS = 60_000;

export class ApiKeyRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /** Returns the raw key; it is never stored and cannot be shown again. */
  async create(
    input: CreateApiKeyInput,
  ): Promise<{ id: string; prefix: string; rawKey: string; summary: ApiKeySummary }> {
    const { raw, prefix, secretHash } = generateApiKey(input.publishable !== undefined);
    const key = await this.prisma.apiKey.create({
      data: {
        prefix,
        secretHash,
        name: input.name,
        channel: input.publishable ? 'web_widget' : (input.channel ?? 'api'),
        scopes: [...(input.publishable ? PUBLISHABLE_KEY_SCOPES : (input.scopes ?? DEFAULT_SCOPES))],
        ...(input.publishable
          ? {
              kind: 'publishable' as const,
              allowedOrigins: [...input.publishable.allowedOrigins],
              holdTtlSeconds: input.publishable.holdTtlSeconds,
            }
          : {}),
        readsPerMinute: input.readsPerMinute,
        writesPerMinute: input.writesPerMinute,
        restaurants: { create: input.restaurantIds.map((restaurantId) => ({ restaurantId })) },
      },
      include: { restaurants: true },
    });
    return { id: key.id, prefix, rawKey: raw, summary: summarize(key) };
  }

  /**
   * Keys an administrator may see: those acting only for restaurants the administrator's own key
   * acts for, of one `kind` if given (filtered in the query, so every page is full). Newest
   * first, keyset-paginated by (created_at, id).
   */
  async listForTenant(
    restaurantIds: readonly string[],
    page: { limit: number; after?: { createdAt: Date; id: string }; kind?: ApiKeyKind },
  ): Promise<ApiKeySummary[]> {
    const rows = await this.prisma.apiKey.findMany({
      where: {
        restaurants: { some: {}, every: { restaurantId: { in: [...restaurantIds] } } },
        ...(page.kind ? { kind: page.kind } : {}),
        ...(page.after
          ? {
              OR: [
                { createdAt: { lt: page.after.createdAt } },
                { createdAt: page.after.createdAt, id: { lt: page.after.id } },
              ],
            }
          : {}),
      },
      include: { restaurants: true },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: page.limit,
    });
    return rows.map(summarize);
  }

  /** A key within the caller's restaurants (and of `kind`, if given); null names no such key. */
  async findForTenant(
    id: string,
    restaurantIds: readonly string[],
    kind?: ApiKeyKind,
  ): Promise<ApiKeySummary | null> {
    const row = await this.prisma.apiKey.findFirst({
      where: {
        id,
        restaurants: { some: {}, every: { restaurantId: { in: [...restaurantIds] } } },
        ...(kind ? { kind } : {}),
      },
      include: { restaurants: true },
    });
    return row ? summarize(row) : null;
  }

  /** Whether any live publishable key lets `origin` in (a CORS preflight names no key). */
  async originAllowed(origin: string): Promise<boolean> {
    const found = await this.prisma.apiKey.findFirst({
      where: { kind: 'publishable', revokedAt: null, allowedOrigins: { has: origin } },
      select: { id: true },
    });
    return found !== null;
  }

  async authenticate(rawKey: string): Promise<ApiPrincipal | null> {
    const parsed = parseApiKey(rawKey);
    if (!parsed) return null;
    const key = await this.prisma.apiKey.findUnique({
      where: { prefix: parsed.prefix },
      include: { restaurants: { select: { restaurantId: true } } },
    });
    if (!key || key.revokedAt || !secretMatches(parsed.secret, key.secretHash)) return null;
    // A key must be shown as what it is: a secret key's secret behind tk_pub_ is no key at all.
    if (parsed.publishable !== (key.kind === 'publishable')) return null;
    const now = Date.now();
    if (!key.lastUsedAt || now - key.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
      // Best effort and off the request's path: a lost update only makes last_used_at coarser.
      void this.prisma.apiKey
        .update({ where: { id: key.id }, data: { lastUsedAt: new Date(now) } })
        .catch(() => undefined);
    }
    const publishable = key.kind === 'publishable';
    return {
      apiKeyId: key.id,
      kind: key.kind,
      allowedOrigins: publishable ? key.allowedOrigins : [],
      holdTtlSeconds: publishable ? key.holdTtlSeconds : null,
      prefix: key.prefix,
      name: key.name,
      channel: key.channel,
      // Whatever a row says, a publishable key never holds more than a guest's scopes.
      scopes: key.scopes
        .filter(isApiScope)
        .filter((scope) => !publishable || PUBLISHABLE_KEY_SCOPES.includes(scope)),
      restaurantIds: key.restaurants.map((r) => r.restaurantId),
      readsPerMinute: key.readsPerMinute,
      writesPerMinute: key.writesPerMinute,
    };
  }

  /** Revokes by id within the caller's restaurants; the prefix is returned to announce it. */
  async revokeForTenant(
    id: string,
    restaurantIds: readonly string[],
    kind?: ApiKeyKind,
  ): Promise<ApiKeySummary | null> {
    const key = await this.findForTenant(id, restaurantIds, kind);
    if (!key) return null;
    if (!key.revokedAt)
      await this.prisma.apiKey.updateMany({
        where: { id, revokedAt: null },
        data: { revokedAt: new Date() },
      });
    return this.findForTenant(id, restaurantIds);
  }

  async revoke(prefix: string): Promise<boolean> {
    const result = await this.prisma.apiKey.updateMany({
      where: { prefix, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    return result.count === 1;
  }
}

type ApiKeyRow = Awaited<ReturnType<PrismaClient['apiKey']['findFirstOrThrow']>> & {
  restaurants: { restaurantId: string }[];
};

function summarize(row: ApiKeyRow): ApiKeySummary {
  return {
    id: row.id,
    kind: row.kind,
    allowedOrigins: row.allowedOrigins,
    holdTtlSeconds: row.holdTtlSeconds,
    prefix: row.prefix,
    name: row.name,
    channel: row.channel,
    scopes: row.scopes,
    restaurantIds: row.restaurants.map((r) => r.restaurantId),
    readsPerMinute: row.readsPerMinute,
    writesPerMinute: row.writesPerMinute,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}
