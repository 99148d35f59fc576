import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import type { ApiKeyKind } from '@tablekeeper/auth';
import { publishApiKeyRevoked } from '@tablekeeper/cache';
import { ApiKeyRepository, type ApiKeySummary } from '@tablekeeper/db';
import { ProblemException, fieldProblem } from '../common/problem';
import { REDIS } from '../infrastructure/tokens';
import {
  ApiKeyOutput,
  type ApiKeyPageOutput,
  type CreateApiKeyInput,
  type CreatePublishableKeyInput,
  type ListApiKeysQuery,
} from './api-key.dto';

const DEFAULT_PAGE = 20;
/** Anonymous holds are kept short: long enough to type a name and a phone number. */
const DEFAULT_WIDGET_HOLD_SECONDS = 300;

function encodeCursor(key: { createdAt: string; id: string }): string {
  return Buffer.from(`${key.createdAt}|${key.id}`).toString('base64url');
}

function decodeCursor(cursor: string): { createdAt: Date; id: string } {
  const [createdAt, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const at = new Date(createdAt ?? '');
  if (!id || Number.isNaN(at.getTime()))
    throw fieldProblem('validation_failed', 'cursor', 'cursor is not one this API gave out');
  return { createdAt: at, id };
}

function apiKeyNotFound(): ProblemException {
  return new ProblemException('api_key_not_found', 'No such API key');
}

/**
 * Managing API keys: a caller reaches only keys acting for restaurants it acts for (an admin
 * key's restaurants, or a manager's one restaurant in the admin UI), and may only grant those
 * restaurants. A revocation is announced so every gateway drops the key from its cache at once.
 */
@Injectable()
export class ApiKeysService {
  constructor(
    private readonly apiKeys: ApiKeyRepository,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  /** The summary and the raw key, which is never stored and cannot be shown again. */
  async create(
    callerRestaurantIds: readonly string[],
    input: CreateApiKeyInput,
  ): Promise<{ id: string; rawKey: string; summary: ApiKeySummary }> {
    const foreign = input.restaurantIds.filter((id) => !callerRestaurantIds.includes(id));
    if (foreign.length)
      throw fieldProblem('restaurant_not_found', 'restaurantIds', 'No such restaurant for this API key');
    return this.apiKeys.create({
      name: input.name.trim(),
      channel: input.channel,
      scopes: input.scopes,
      restaurantIds: input.restaurantIds,
      readsPerMinute: input.readsPerMinute,
      writesPerMinute: input.writesPerMinute,
    });
  }

  /** A widget's key: guest capabilities only, for one of the caller's restaurants. */
  async createPublishable(
    callerRestaurantIds: readonly string[],
    input: CreatePublishableKeyInput,
  ): Promise<{ id: string; rawKey: string; summary: ApiKeySummary }> {
    if (!callerRestaurantIds.includes(input.restaurantId))
      throw fieldProblem('restaurant_not_found', 'restaurantId', 'No such restaurant for this API key');
    return this.apiKeys.create({
      name: input.name.trim(),
      restaurantIds: [input.restaurantId],
      readsPerMinute: input.readsPerMinute,
      writesPerMinute: input.writesPerMinute,
      publishable: {
        allowedOrigins: input.allowedOrigins,
        holdTtlSeconds: input.holdTtlSeconds ?? DEFAULT_WIDGET_HOLD_SECONDS,
      },
    });
  }

  async list(
    callerRestaurantIds: readonly string[],
    query: ListApiKeysQuery,
    kind?: ApiKeyKind,
  ): Promise<ApiKeyPageOutput> {
    const limit = query.limit ?? DEFAULT_PAGE;
    // One more than the page: whether it exists says whether there is a next page.
    const rows = await this.apiKeys.listForTenant(callerRestaurantIds, {
      limit: limit + 1,
      after: query.cursor ? decodeCursor(query.cursor) : undefined,
      kind,
    });
    const page = rows.slice(0, limit);
    return {
      data: page.map(ApiKeyOutput.from),
      nextCursor: rows.length > limit ? encodeCursor(page[page.length - 1]) : null,
    };
  }

  async get(callerRestaurantIds: readonly string[], id: string): Promise<ApiKeySummary> {
    const key = await this.apiKeys.findForTenant(id, callerRestaurantIds);
    if (!key) throw apiKeyNotFound();
    return key;
  }

  /** Revokes a key of the caller's restaurants; with `kind`, a key of another kind is no such key. */
  async revoke(
    callerRestaurantIds: readonly string[],
    id: string,
    kind?: ApiKeyKind,
  ): Promise<ApiKeySummary> {
    const key = await this.apiKeys.revokeForTenant(id, callerRestaurantIds, kind);
    if (!key) throw apiKeyNotFound();
    // Best effort: a gateway that misses the message is unsubscribed, and then caches nothing.
    await publishApiKeyRevoked(this.redis, key.prefix).catch(() => undefined);
    return key;
  }
}
