import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { ApiPrincipal } from '@tablekeeper/auth';
import { Principal, RequireScope } from '../auth/principal';
import { ApiProblems } from '../common/api-problems.decorator';
import { ApiKeyIdPipe } from '../common/id.pipes';
import { Idempotent } from '../common/idempotency.interceptor';
import {
  ApiKeyOutput,
  ApiKeyPageOutput,
  CreateApiKeyInput,
  CreatePublishableKeyInput,
  CreatedApiKeyOutput,
  ListApiKeysQuery,
} from './api-key.dto';
import { ApiKeysService } from './api-keys.service';

/** Managing API keys; needs the `admin` scope and only reaches keys of the caller's restaurants. */
@ApiTags('api-keys')
@ApiBearerAuth()
@Controller('v1/api-keys')
export class ApiKeysController {
  constructor(private readonly apiKeys: ApiKeysService) {}

  @Post()
  @RequireScope('admin')
  @Idempotent()
  @ApiOperation({
    operationId: 'createApiKey',
    summary: 'Create an API key (the key is in the answer, once)',
    description:
      'Creates an API key for one of the caller’s restaurants with the scopes and rate limits ' +
      'given (api-keys:admin scope). The secret key is in this answer only, never again. ' +
      'Idempotent: send an Idempotency-Key; a retry with the same key and body answers the first ' +
      'answer again (Idempotent-Replayed: true), the same key with another body answers 422 ' +
      'idempotency_key_reused.',
  })
  @ApiCreatedResponse({ type: CreatedApiKeyOutput })
  @ApiProblems(400, 401, 403, 404, 422, 429)
  async create(
    @Principal() principal: ApiPrincipal,
    @Body() input: CreateApiKeyInput,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<CreatedApiKeyOutput> {
    const created = await this.apiKeys.create(principal.restaurantIds, input);
    void res.header('Location', `/v1/api-keys/${created.id}`);
    return CreatedApiKeyOutput.once(created);
  }

  @Post('publishable')
  @RequireScope('admin')
  @Idempotent()
  @ApiOperation({
    operationId: 'createPublishableKey',
    summary: 'Create a publishable key (tk_pub_…) for a booking widget on the restaurant’s site',
    description:
      'The key may sit in a web page: it reads the restaurant and its availability and places new ' +
      'holds and bookings, from the listed origins only (CORS), and nothing else; each booking it ' +
      'places comes with the guest’s manage link. Idempotent by Idempotency-Key. Problems: ' +
      'validation_failed, restaurant_not_found, insufficient_scope.',
  })
  @ApiCreatedResponse({ type: CreatedApiKeyOutput })
  @ApiProblems(400, 401, 403, 404, 422, 429)
  async createPublishable(
    @Principal() principal: ApiPrincipal,
    @Body() input: CreatePublishableKeyInput,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<CreatedApiKeyOutput> {
    const created = await this.apiKeys.createPublishable(principal.restaurantIds, input);
    void res.header('Location', `/v1/api-keys/${created.id}`);
    return CreatedApiKeyOutput.once(created);
  }

  @Get()
  @RequireScope('admin')
  @ApiOperation({
    operationId: 'listApiKeys',
    summary: "API keys of the caller's restaurants, newest first",
    description:
      'API keys of the caller’s restaurants, newest first, paged with nextCursor. Never the ' +
      'secrets. Read-only; safe to retry.',
  })
  @ApiOkResponse({ type: ApiKeyPageOutput })
  @ApiProblems(400, 401, 403, 429)
  async list(
    @Principal() principal: ApiPrincipal,
    @Query() query: ListApiKeysQuery,
  ): Promise<ApiKeyPageOutput> {
    return this.apiKeys.list(principal.restaurantIds, query);
  }

  @Get(':id')
  @RequireScope('admin')
  @ApiOperation({
    operationId: 'getApiKey',
    summary: 'One API key (never the key itself)',
    description: 'One API key’s scopes, limits and last use. Never the secret. Read-only; safe to retry.',
  })
  @ApiOkResponse({ type: ApiKeyOutput })
  @ApiProblems(401, 403, 404, 429)
  async get(
    @Principal() principal: ApiPrincipal,
    @Param('id', ApiKeyIdPipe) id: string,
  ): Promise<ApiKeyOutput> {
    return ApiKeyOutput.from(await this.apiKeys.get(principal.restaurantIds, id));
  }

  @Delete(':id')
  @HttpCode(200)
  @RequireScope('admin')
  @Idempotent()
  @ApiOperation({
    operationId: 'revokeApiKey',
    summary: 'Revoke an API key: it stops working at once, on every gateway',
    description:
      'Revokes an API key: it stops working at once on every gateway. Revoking a revoked key ' +
      'answers it unchanged. Idempotent: send an Idempotency-Key; a retry with the same key and ' +
      'body answers the first answer again (Idempotent-Replayed: true), the same key with another ' +
      'body answers 422 idempotency_key_reused.',
  })
  @ApiOkResponse({ type: ApiKeyOutput })
  @ApiProblems(401, 403, 404, 429)
  async revoke(
    @Principal() principal: ApiPrincipal,
    @Param('id', ApiKeyIdPipe) id: string,
  ): Promise<ApiKeyOutput> {
    return ApiKeyOutput.from(await this.apiKeys.revoke(principal.restaurantIds, id));
  }
}
