import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Redis } from 'ioredis';
import { publishApiKeyRevoked } from '../../../../libs/cache/src';
import type { ApiPrincipal } from '../../../../libs/auth/src';
import { ApiKeyRepository } from '../../../../libs/db/src';
import { Principal, RequireScope } from '../auth/principal';
import { ApiProblems } from '../common/api-problems.decorator';
import { ApiKeyIdPipe } from '../common/id.pipes';
import { Idempotent } from '../common/idempotency.interceptor';
import { ProblemException, fieldProblem } from '../common/problem';
import { REDIS } from '../infrastructure/tokens';
import {
  ApiKeyOutput,
  ApiKeyPageOutput,
  CreateApiKeyInput,
  CreatedApiKeyOutput,
  ListApiKeysQuery,
} from './api-key.dto';

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

/** Managing API keys; needs the `admin` scope and only reaches keys of the caller's restaurants. */
@ApiTags('api-keys')
@ApiBearerAuth()
@Controller('v1/api-keys')
export class ApiKeysController {
  constructor(
    private readonly apiKeys: ApiKeyRepository,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  @Post()
  @RequireScope('admin')
  @Idempotent()
  @ApiOperation({ summary: 'Create an API key (the key is in the answer, once)' })
  @ApiCreatedResponse({ type: CreatedApiKeyOutput })
  @ApiProblems(400, 401, 403, 404, 422, 429)
  async create(
    @Principal() principal: ApiPrincipal,
    @Body() input: CreateApiKeyInput,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<CreatedApiKeyOutput> {
    const foreign = input.restaurantIds.filter((id) => !principal.restaurantIds.includes(id));
    if (foreign.length)
      throw fieldProblem('restaurant_not_found', 'restaurantIds', 'No such restaurant for this API key');
    const created = await this.apiKeys.create({
      name: input.name.trim(),
      channel: input.channel,
      scopes: input.scopes,
      restaurantIds: input.restaurantIds,
      readsPerMinute: input.readsPerMinute,
      writesPerMinute: input.writesPerMinute,
    });
    void res.header('Location', `/v1/api-keys/${created.id}`);
    return Object.assign(new CreatedApiKeyOutput(), created.summary, { key: created.rawKey });
  }

  @Get()
  @RequireScope('admin')
  @ApiOperation({ summary: "API keys of the caller's restaurants, newest first" })
  @ApiOkResponse({ type: ApiKeyPageOutput })
  @ApiProblems(400, 401, 403, 429)
  async list(
    @Principal() principal: ApiPrincipal,
    @Query() query: ListApiKeysQuery,
  ): Promise<ApiKeyPageOutput> {
    const limit = query.limit ?? 20;
    const rows = await this.apiKeys.listForTenant(principal.restaurantIds, {
      limit: limit + 1,
      after: query.cursor ? decodeCursor(query.cursor) : undefined,
    });
    const page = rows.slice(0, limit);
    return {
      data: page.map(ApiKeyOutput.from),
      nextCursor: rows.length > limit ? encodeCursor(page[page.length - 1]) : null,
    };
  }

  @Get(':id')
  @RequireScope('admin')
  @ApiOperation({ summary: 'One API key (never the key itself)' })
  @ApiOkResponse({ type: ApiKeyOutput })
  @ApiProblems(401, 403, 404, 429)
  async get(
    @Principal() principal: ApiPrincipal,
    @Param('id', ApiKeyIdPipe) id: string,
  ): Promise<ApiKeyOutput> {
    const key = await this.apiKeys.findForTenant(id, principal.restaurantIds);
    if (!key) throw new ProblemException('api_key_not_found', 'No such API key');
    return ApiKeyOutput.from(key);
  }

  @Delete(':id')
  @HttpCode(200)
  @RequireScope('admin')
  @Idempotent()
  @ApiOperation({ summary: 'Revoke an API key: it stops working at once, on every gateway' })
  @ApiOkResponse({ type: ApiKeyOutput })
  @ApiProblems(401, 403, 404, 429)
  async revoke(
    @Principal() principal: ApiPrincipal,
    @Param('id', ApiKeyIdPipe) id: string,
  ): Promise<ApiKeyOutput> {
    const key = await this.apiKeys.revokeForTenant(id, principal.restaurantIds);
    if (!key) throw new ProblemException('api_key_not_found', 'No such API key');
    await publishApiKeyRevoked(this.redis, key.prefix).catch(() => undefined);
    return ApiKeyOutput.from(key);
  }
}
