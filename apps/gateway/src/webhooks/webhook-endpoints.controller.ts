import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { ApiPrincipal } from '@tablekeeper/auth';
import { Principal, RequireScope } from '../auth/principal';
import { ApiProblems } from '../common/api-problems.decorator';
import { uuidOrNotFound } from '../common/id.pipes';
import { Idempotent } from '../common/idempotency.interceptor';
import { WebhookEndpointsService } from './webhook-endpoints.service';
import {
  CreateWebhookEndpointInput,
  ListWebhookDeliveriesQuery,
  ListWebhookEndpointsQuery,
  UpdateWebhookEndpointInput,
} from './webhook.inputs';
import {
  CreatedWebhookEndpointOutput,
  RotatedSecretOutput,
  WebhookDeliveryListOutput,
  WebhookDeliveryOutput,
  WebhookEndpointListOutput,
  WebhookEndpointOutput,
} from './webhook.outputs';

const EndpointIdPipe = uuidOrNotFound('webhook_endpoint_not_found', 'No such webhook endpoint');

/**
 * A restaurant's webhook endpoints: `webhooks:read` reads, `webhooks:write` changes (the `admin`
 * scope implies both). Deliveries are signed per Standard Webhooks; see README "Webhooks".
 */
@ApiTags('webhooks')
@ApiBearerAuth()
@Controller('v1/webhook-endpoints')
export class WebhookEndpointsController {
  constructor(private readonly webhooks: WebhookEndpointsService) {}

  @Post()
  @RequireScope('webhooks:write')
  @Idempotent()
  @ApiOperation({
    operationId: 'createWebhookEndpoint',
    summary: 'Register a webhook endpoint (its secret is in the answer, once)',
    description:
      'Creates an endpoint for one of the caller’s restaurants. The answer carries `secret` (`whsec_…`), shown only here (a retry with the same Idempotency-Key replays this answer). Needs an Idempotency-Key. Problems: `validation_failed` (unknown event type, bad field), `restaurant_not_found`, `invalid_webhook_url` (http outside development, credentials, internal address).',
  })
  @ApiCreatedResponse({ type: CreatedWebhookEndpointOutput })
  @ApiProblems(400, 401, 403, 404, 409, 422, 429)
  async create(
    @Principal() principal: ApiPrincipal,
    @Body() input: CreateWebhookEndpointInput,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<CreatedWebhookEndpointOutput> {
    const created = await this.webhooks.create(principal.restaurantIds, input);
    void res.header('Location', `/v1/webhook-endpoints/${created.id}`);
    return created;
  }

  @Get()
  @RequireScope('webhooks:read')
  @ApiOperation({
    operationId: 'listWebhookEndpoints',
    summary: 'Webhook endpoints of the caller’s restaurants',
    description:
      'Oldest first, never their secrets. Problems: `restaurant_not_found` for a foreign `restaurantId`.',
  })
  @ApiOkResponse({ type: WebhookEndpointListOutput })
  @ApiProblems(400, 401, 403, 404, 429)
  async list(
    @Principal() principal: ApiPrincipal,
    @Query() query: ListWebhookEndpointsQuery,
  ): Promise<WebhookEndpointListOutput> {
    return { data: await this.webhooks.list(principal.restaurantIds, query.restaurantId) };
  }

  @Get(':id')
  @RequireScope('webhooks:read')
  @ApiOperation({
    operationId: 'getWebhookEndpoint',
    summary: 'One webhook endpoint',
    description:
      'One webhook endpoint of the key’s restaurants: its URL, the event types it receives and whether ' +
      'it is enabled, never its secret (rotateWebhookSecret gives a new one). Use listWebhookDeliveries ' +
      'to see what was sent to it. Read-only; safe to retry.',
  })
  @ApiOkResponse({ type: WebhookEndpointOutput })
  @ApiProblems(401, 403, 404, 429)
  get(
    @Principal() principal: ApiPrincipal,
    @Param('id', EndpointIdPipe) id: string,
  ): Promise<WebhookEndpointOutput> {
    return this.webhooks.get(principal.restaurantIds, id);
  }

  @Patch(':id')
  @RequireScope('webhooks:write')
  @ApiOperation({
    operationId: 'updateWebhookEndpoint',
    summary: 'Change a webhook endpoint (URL, events, enabled, guest contact, rate limit)',
    description:
      'Only the fields sent change; sending the same body again changes nothing more (idempotent without a key). `enabled: true` re-enables an endpoint the relay disabled; deliveries still pending resume in order. Problems: `webhook_endpoint_not_found`, `validation_failed`, `invalid_webhook_url`.',
  })
  @ApiOkResponse({ type: WebhookEndpointOutput })
  @ApiProblems(400, 401, 403, 404, 422, 429)
  update(
    @Principal() principal: ApiPrincipal,
    @Param('id', EndpointIdPipe) id: string,
    @Body() input: UpdateWebhookEndpointInput,
  ): Promise<WebhookEndpointOutput> {
    return this.webhooks.update(principal.restaurantIds, id, input);
  }

  @Delete(':id')
  @HttpCode(200)
  @RequireScope('webhooks:write')
  @Idempotent()
  @ApiOperation({
    operationId: 'deleteWebhookEndpoint',
    summary: 'Remove a webhook endpoint and its delivery history',
    description:
      'Nothing more is sent to it. Needs an Idempotency-Key. Problems: `webhook_endpoint_not_found`.',
  })
  @ApiOkResponse({ type: WebhookEndpointOutput })
  @ApiProblems(400, 401, 403, 404, 409, 422, 429)
  delete(
    @Principal() principal: ApiPrincipal,
    @Param('id', EndpointIdPipe) id: string,
  ): Promise<WebhookEndpointOutput> {
    return this.webhooks.delete(principal.restaurantIds, id);
  }

  @Post(':id/rotate-secret')
  @HttpCode(200)
  @RequireScope('webhooks:write')
  @Idempotent()
  @ApiOperation({
    operationId: 'rotateWebhookSecret',
    summary: 'Issue a new signing secret; the old one keeps signing for 24 h',
    description:
      'For 24 h every delivery carries two signatures in `webhook-signature` (new and old secret), so receivers switch without missing a message. The new secret is in this answer only. Needs an Idempotency-Key. Problems: `webhook_endpoint_not_found`.',
  })
  @ApiOkResponse({ type: RotatedSecretOutput })
  @ApiProblems(400, 401, 403, 404, 409, 422, 429)
  rotateSecret(
    @Principal() principal: ApiPrincipal,
    @Param('id', EndpointIdPipe) id: string,
  ): Promise<RotatedSecretOutput> {
    return this.webhooks.rotateSecret(principal.restaurantIds, id);
  }

  @Post(':id/test')
  @HttpCode(202)
  @RequireScope('webhooks:write')
  @Idempotent()
  @ApiOperation({
    operationId: 'pingWebhookEndpoint',
    summary: 'Send a signed `webhook.test` ping',
    description:
      'Queues a ping that the relay sends like any event (signed, retried); its delivery in the answer and in the endpoint’s deliveries shows the outcome. Needs an Idempotency-Key. Problems: `webhook_endpoint_not_found`.',
  })
  @ApiAcceptedResponse({ type: WebhookDeliveryOutput })
  @ApiProblems(400, 401, 403, 404, 409, 422, 429)
  ping(
    @Principal() principal: ApiPrincipal,
    @Param('id', EndpointIdPipe) id: string,
  ): Promise<WebhookDeliveryOutput> {
    return this.webhooks.ping(principal.restaurantIds, id);
  }

  @Get(':id/deliveries')
  @RequireScope('webhooks:read')
  @ApiOperation({
    operationId: 'listWebhookDeliveries',
    summary: 'An endpoint’s deliveries, newest first',
    description:
      'Status, attempts, last response code and latency of each message. Page with `before` (the last id seen). Problems: `webhook_endpoint_not_found`.',
  })
  @ApiOkResponse({ type: WebhookDeliveryListOutput })
  @ApiProblems(400, 401, 403, 404, 429)
  async deliveries(
    @Principal() principal: ApiPrincipal,
    @Param('id', EndpointIdPipe) id: string,
    @Query() query: ListWebhookDeliveriesQuery,
  ): Promise<WebhookDeliveryListOutput> {
    return { data: await this.webhooks.deliveries(principal.restaurantIds, id, query.limit, query.before) };
  }

  @Post(':id/deliveries/:deliveryId/redeliver')
  @HttpCode(202)
  @RequireScope('webhooks:write')
  @Idempotent()
  @ApiOperation({
    operationId: 'redeliverWebhook',
    summary: 'Send a past message again',
    description:
      'The same message (same `webhook-id` and body, a fresh timestamp and signature) with a new round of retries, whatever its status. Needs an Idempotency-Key. Problems: `webhook_endpoint_not_found`, `webhook_delivery_not_found`.',
  })
  @ApiAcceptedResponse({ type: WebhookDeliveryOutput })
  @ApiProblems(400, 401, 403, 404, 409, 422, 429)
  redeliver(
    @Principal() principal: ApiPrincipal,
    @Param('id', EndpointIdPipe) id: string,
    @Param('deliveryId') deliveryId: string,
  ): Promise<WebhookDeliveryOutput> {
    return this.webhooks.redeliver(principal.restaurantIds, id, deliveryId);
  }
}
