import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Query,
  UseGuards,
} from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBody,
  ApiCookieAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { StaffPrincipal } from '@tablekeeper/auth';
import { Public } from '../auth/principal';
import { ApiProblems } from '../common/api-problems.decorator';
import { uuidOrNotFound } from '../common/id.pipes';
import { WebhookEndpointsService } from '../webhooks/webhook-endpoints.service';
import {
  AdminCreateWebhookEndpointInput,
  ListWebhookDeliveriesQuery,
  UpdateWebhookEndpointInput,
} from '../webhooks/webhook.inputs';
import {
  AdminWebhooksOutput,
  CreatedWebhookEndpointOutput,
  RotatedSecretOutput,
  WebhookDeliveryListOutput,
  WebhookDeliveryOutput,
  WebhookEndpointOutput,
} from '../webhooks/webhook.outputs';
import { CsrfHeader, RequireRole, Staff } from './staff-session';
import { StaffSessionGuard } from './staff-session.guard';

const EndpointIdPipe = uuidOrNotFound('webhook_endpoint_not_found', 'No such webhook endpoint');
const SESSION_NOTE = 'Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes.';

/**
 * The admin UI's Setup → Webhooks screen: every member of staff sees the restaurant's endpoints and
 * their deliveries; only managers change them (ops and viewers get 403 role_forbidden). The same
 * service and rules as /v1/webhook-endpoints, within the signed-in staff member's restaurant.
 */
@ApiTags('admin')
@ApiCookieAuth('staff_session')
@Public()
@UseGuards(StaffSessionGuard)
@Controller('admin/api/setup/webhooks')
export class AdminWebhooksController {
  constructor(private readonly webhooks: WebhookEndpointsService) {}

  @Get()
  @ApiOperation({
    operationId: 'adminListWebhookEndpoints',
    summary: 'Webhook endpoints with their latest deliveries',
    description: `The restaurant's webhook endpoints (never their secrets), each with its 10 latest deliveries, and the event types an endpoint may subscribe to. ${SESSION_NOTE} Read-only; safe to retry.`,
  })
  @ApiOkResponse({ type: AdminWebhooksOutput })
  @ApiProblems(401)
  list(@Staff() staff: StaffPrincipal): Promise<AdminWebhooksOutput> {
    return this.webhooks.overview(staff.restaurantId);
  }

  @Post()
  @RequireRole('manager')
  @CsrfHeader()
  @ApiOperation({
    operationId: 'adminCreateWebhookEndpoint',
    summary: 'Register a webhook endpoint (managers; its secret is in the answer, once)',
    description: `Creates an endpoint of the staff member's restaurant (manager role). The answer carries \`secret\`, shown only here. Problems: \`validation_failed\`, \`invalid_webhook_url\`. ${SESSION_NOTE}`,
  })
  @ApiBody({ type: AdminCreateWebhookEndpointInput })
  @ApiCreatedResponse({ type: CreatedWebhookEndpointOutput })
  @ApiProblems(400, 401, 403, 422)
  create(
    @Staff() staff: StaffPrincipal,
    @Body() input: AdminCreateWebhookEndpointInput,
  ): Promise<CreatedWebhookEndpointOutput> {
    return this.webhooks.create([staff.restaurantId], { ...input, restaurantId: staff.restaurantId });
  }

  @Patch(':id')
  @RequireRole('manager')
  @CsrfHeader()
  @ApiOperation({
    operationId: 'adminUpdateWebhookEndpoint',
    summary: 'Change a webhook endpoint (managers)',
    description: `Changes only the fields sent (manager role); \`enabled: true\` re-enables an endpoint the relay disabled. Sending the same change twice leaves the same endpoint. ${SESSION_NOTE}`,
  })
  @ApiBody({ type: UpdateWebhookEndpointInput })
  @ApiOkResponse({ type: WebhookEndpointOutput })
  @ApiProblems(400, 401, 403, 404, 422)
  update(
    @Staff() staff: StaffPrincipal,
    @Param('id', EndpointIdPipe) id: string,
    @Body() input: UpdateWebhookEndpointInput,
  ): Promise<WebhookEndpointOutput> {
    return this.webhooks.update([staff.restaurantId], id, input);
  }

  @Delete(':id')
  @HttpCode(200)
  @RequireRole('manager')
  @CsrfHeader()
  @ApiOperation({
    operationId: 'adminDeleteWebhookEndpoint',
    summary: 'Remove a webhook endpoint and its delivery history (managers)',
    description: `Nothing more is sent to it (manager role). ${SESSION_NOTE}`,
  })
  @ApiOkResponse({ type: WebhookEndpointOutput })
  @ApiProblems(401, 403, 404)
  delete(
    @Staff() staff: StaffPrincipal,
    @Param('id', EndpointIdPipe) id: string,
  ): Promise<WebhookEndpointOutput> {
    return this.webhooks.delete([staff.restaurantId], id);
  }

  @Post(':id/rotate-secret')
  @HttpCode(200)
  @RequireRole('manager')
  @CsrfHeader()
  @ApiOperation({
    operationId: 'adminRotateWebhookSecret',
    summary: 'Issue a new signing secret; the old one keeps signing for 24 h (managers)',
    description: `The new secret is in this answer only (manager role). ${SESSION_NOTE}`,
  })
  @ApiOkResponse({ type: RotatedSecretOutput })
  @ApiProblems(401, 403, 404)
  rotateSecret(
    @Staff() staff: StaffPrincipal,
    @Param('id', EndpointIdPipe) id: string,
  ): Promise<RotatedSecretOutput> {
    return this.webhooks.rotateSecret([staff.restaurantId], id);
  }

  @Post(':id/test')
  @HttpCode(202)
  @RequireRole('manager')
  @CsrfHeader()
  @ApiOperation({
    operationId: 'adminPingWebhookEndpoint',
    summary: 'Send a signed `webhook.test` ping (managers)',
    description: `Queues a ping the relay sends like any event; its row in the endpoint's deliveries shows the outcome (manager role). ${SESSION_NOTE}`,
  })
  @ApiAcceptedResponse({ type: WebhookDeliveryOutput })
  @ApiProblems(401, 403, 404)
  ping(
    @Staff() staff: StaffPrincipal,
    @Param('id', EndpointIdPipe) id: string,
  ): Promise<WebhookDeliveryOutput> {
    return this.webhooks.ping([staff.restaurantId], id);
  }

  @Get(':id/deliveries')
  @ApiOperation({
    operationId: 'adminListWebhookDeliveries',
    summary: 'An endpoint’s deliveries, newest first',
    description: `Status, attempts, last response code and latency of each message; page with \`before\`. ${SESSION_NOTE} Read-only; safe to retry.`,
  })
  @ApiOkResponse({ type: WebhookDeliveryListOutput })
  @ApiProblems(400, 401, 404)
  async deliveries(
    @Staff() staff: StaffPrincipal,
    @Param('id', EndpointIdPipe) id: string,
    @Query() query: ListWebhookDeliveriesQuery,
  ): Promise<WebhookDeliveryListOutput> {
    return { data: await this.webhooks.deliveries([staff.restaurantId], id, query.limit, query.before) };
  }

  @Post(':id/deliveries/:deliveryId/redeliver')
  @HttpCode(202)
  @RequireRole('manager')
  @CsrfHeader()
  @ApiOperation({
    operationId: 'adminRedeliverWebhook',
    summary: 'Send a past message again (managers)',
    description: `The same message (same \`webhook-id\` and body, a fresh signature) with a new round of retries; its total attempts count on (manager role). ${SESSION_NOTE}`,
  })
  @ApiAcceptedResponse({ type: WebhookDeliveryOutput })
  @ApiProblems(401, 403, 404)
  redeliver(
    @Staff() staff: StaffPrincipal,
    @Param('id', EndpointIdPipe) id: string,
    @Param('deliveryId') deliveryId: string,
  ): Promise<WebhookDeliveryOutput> {
    return this.webhooks.redeliver([staff.restaurantId], id, deliveryId);
  }
}
