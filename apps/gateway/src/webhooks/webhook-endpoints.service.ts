import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '@tablekeeper/config';
import { WebhookEndpointRepository, type WebhookEndpointView } from '@tablekeeper/db';
import { SUBSCRIBABLE_EVENT_TYPES, webhookEvent, webhookUrlProblem } from '@tablekeeper/domain';
import { randomBytes } from 'node:crypto';
import { fieldProblem, ProblemException } from '../common/problem';
import { APP_CONFIG } from '../infrastructure/tokens';
import type { CreateWebhookEndpointInput, UpdateWebhookEndpointInput } from './webhook.inputs';
import {
  AdminWebhooksOutput,
  CreatedWebhookEndpointOutput,
  RotatedSecretOutput,
  WebhookDeliveryOutput,
  WebhookEndpointOutput,
} from './webhook.outputs';

/** How long the old secret keeps signing after a rotation, so receivers can switch without a gap. */
export const SECRET_OVERLAP_MS = 24 * 3600 * 1000;

const URL_PROBLEMS = {
  invalid_url: 'url must be an absolute http(s) URL',
  https_required: 'url must use https',
  credentials_in_url: 'url must not carry a user name or password',
  internal_address: 'url must not point at a loopback, private, link-local or metadata address',
} as const;

/** `whsec_` and 32 random bytes in base64, the form Standard Webhooks libraries read. */
function newSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

/**
 * Webhook endpoints for the API and the admin UI, always within the restaurants the caller may
 * reach (`restaurantIds`): anything else is 404, never 403, so other tenants' ids do not leak.
 */
@Injectable()
export class WebhookEndpointsService {
  constructor(
    private readonly endpoints: WebhookEndpointRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private checkUrl(url: string): void {
    const problem = webhookUrlProblem(url, this.config.webhooks);
    if (problem) throw fieldProblem('invalid_webhook_url', 'url', URL_PROBLEMS[problem]);
  }

  private async owned(restaurantIds: readonly string[], id: string): Promise<WebhookEndpointView> {
    for (const restaurantId of restaurantIds) {
      const endpoint = await this.endpoints.find(restaurantId, id);
      if (endpoint) return endpoint;
    }
    throw new ProblemException('webhook_endpoint_not_found', 'No such webhook endpoint');
  }

  async create(
    restaurantIds: readonly string[],
    input: CreateWebhookEndpointInput,
  ): Promise<CreatedWebhookEndpointOutput> {
    if (!restaurantIds.includes(input.restaurantId)) {
      throw new ProblemException('restaurant_not_found', 'No such restaurant for this caller');
    }
    this.checkUrl(input.url);
    const secret = newSecret();
    const created = await this.endpoints.create(input.restaurantId, {
      url: input.url,
      description: input.description ?? null,
      eventTypes: [...new Set(input.events ?? [])],
      enabled: input.enabled ?? true,
      guestContactAllowed: input.guestContactAllowed ?? false,
      rateLimitPerSecond: input.rateLimitPerSecond ?? 10,
      secret,
    });
    return Object.assign(new CreatedWebhookEndpointOutput(), WebhookEndpointOutput.from(created), { secret });
  }

  async list(restaurantIds: readonly string[], restaurantId?: string): Promise<WebhookEndpointOutput[]> {
    const ids = restaurantId ? restaurantIds.filter((r) => r === restaurantId) : restaurantIds;
    if (restaurantId && ids.length === 0) {
      throw new ProblemException('restaurant_not_found', 'No such restaurant for this caller');
    }
    const lists = await Promise.all(ids.map((r) => this.endpoints.list(r)));
    return lists.flat().map((e) => WebhookEndpointOutput.from(e));
  }

  /**
   * The admin screen in one read: one restaurant's endpoints, each with its latest
   * `perEndpoint` deliveries, and the event types a form may offer.
   */
  async overview(restaurantId: string, perEndpoint = 10): Promise<AdminWebhooksOutput> {
    const [endpoints, recent] = await Promise.all([
      this.endpoints.list(restaurantId),
      this.endpoints.recentDeliveries(restaurantId, perEndpoint),
    ]);
    return {
      endpoints: endpoints.map((e) => ({
        ...WebhookEndpointOutput.from(e),
        recentDeliveries: (recent.get(e.id) ?? []).map((d) => WebhookDeliveryOutput.from(d)),
      })),
      eventTypes: SUBSCRIBABLE_EVENT_TYPES.map((type) => ({
        type,
        summary: webhookEvent(type)?.summary ?? type,
      })),
    };
  }

  async get(restaurantIds: readonly string[], id: string): Promise<WebhookEndpointOutput> {
    return WebhookEndpointOutput.from(await this.owned(restaurantIds, id));
  }

  async update(
    restaurantIds: readonly string[],
    id: string,
    input: UpdateWebhookEndpointInput,
  ): Promise<WebhookEndpointOutput> {
    const endpoint = await this.owned(restaurantIds, id);
    if (input.url !== undefined) this.checkUrl(input.url);
    const updated = await this.endpoints.update(endpoint.restaurantId, id, {
      url: input.url,
      description: input.description,
      eventTypes: input.events ? [...new Set(input.events)] : undefined,
      enabled: input.enabled,
      guestContactAllowed: input.guestContactAllowed,
      rateLimitPerSecond: input.rateLimitPerSecond,
    });
    if (!updated) throw new ProblemException('webhook_endpoint_not_found', 'No such webhook endpoint');
    return WebhookEndpointOutput.from(updated);
  }

  async delete(restaurantIds: readonly string[], id: string): Promise<WebhookEndpointOutput> {
    const endpoint = await this.owned(restaurantIds, id);
    const deleted = await this.endpoints.delete(endpoint.restaurantId, id);
    if (!deleted) throw new ProblemException('webhook_endpoint_not_found', 'No such webhook endpoint');
    return WebhookEndpointOutput.from(deleted);
  }

  async rotateSecret(restaurantIds: readonly string[], id: string): Promise<RotatedSecretOutput> {
    const endpoint = await this.owned(restaurantIds, id);
    const secret = newSecret();
    const until = new Date(Date.now() + SECRET_OVERLAP_MS);
    const rotated = await this.endpoints.rotateSecret(endpoint.restaurantId, id, secret, until);
    if (!rotated) throw new ProblemException('webhook_endpoint_not_found', 'No such webhook endpoint');
    return Object.assign(new RotatedSecretOutput(), {
      endpoint: WebhookEndpointOutput.from(rotated),
      secret,
      previousSecretExpiresAt: until.toISOString(),
    });
  }

  async ping(restaurantIds: readonly string[], id: string): Promise<WebhookDeliveryOutput> {
    const endpoint = await this.owned(restaurantIds, id);
    const delivery = await this.endpoints.queuePing(endpoint.restaurantId, id);
    if (!delivery) throw new ProblemException('webhook_endpoint_not_found', 'No such webhook endpoint');
    return WebhookDeliveryOutput.from(delivery);
  }

  async deliveries(
    restaurantIds: readonly string[],
    id: string,
    limit = 50,
    before?: string,
  ): Promise<WebhookDeliveryOutput[]> {
    const endpoint = await this.owned(restaurantIds, id);
    const list = await this.endpoints.deliveries(endpoint.restaurantId, id, limit, before);
    return (list ?? []).map((d) => WebhookDeliveryOutput.from(d));
  }

  async redeliver(
    restaurantIds: readonly string[],
    id: string,
    deliveryId: string,
  ): Promise<WebhookDeliveryOutput> {
    const endpoint = await this.owned(restaurantIds, id);
    if (!/^\d{1,18}$/.test(deliveryId)) {
      throw new ProblemException('webhook_delivery_not_found', 'No such delivery of this endpoint');
    }
    const delivery = await this.endpoints.redeliver(endpoint.restaurantId, id, deliveryId);
    if (!delivery)
      throw new ProblemException('webhook_delivery_not_found', 'No such delivery of this endpoint');
    return WebhookDeliveryOutput.from(delivery);
  }
}
