import { webhookEnvelope, webhookEvent } from '@tablekeeper/domain';
import { randomUUID } from 'node:crypto';
import type { PrismaClient } from './prisma-client.factory';

/** An endpoint as its owners see it: never its secrets. */
export interface WebhookEndpointView {
  readonly id: string;
  readonly restaurantId: string;
  readonly url: string;
  readonly description: string | null;
  readonly eventTypes: readonly string[];
  readonly enabled: boolean;
  readonly disabledReason: string | null;
  readonly disabledAt: Date | null;
  readonly guestContactAllowed: boolean;
  readonly rateLimitPerSecond: number;
  /** Until when the previous secret still signs (after a rotation), or null. */
  readonly previousSecretExpiresAt: Date | null;
  readonly failingSince: Date | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

export interface WebhookDeliveryView {
  readonly id: string;
  readonly endpointId: string;
  readonly messageId: string;
  readonly eventType: string;
  readonly status: 'pending' | 'delivered' | 'failed';
  /** Attempts of the current round (a redelivery starts a new one at 0). */
  readonly attempts: number;
  /** Attempts over every round, redeliveries included. */
  readonly totalAttempts: number;
  readonly nextAttemptAt: Date | null;
  readonly lastAttemptAt: Date | null;
  readonly lastStatusCode: number | null;
  readonly lastLatencyMs: number | null;
  readonly lastError: string | null;
  readonly deliveredAt: Date | null;
  readonly createdAt: Date;
}

export interface NewWebhookEndpoint {
  readonly url: string;
  readonly description: string | null;
  readonly eventTypes: readonly string[];
  readonly enabled: boolean;
  readonly guestContactAllowed: boolean;
  readonly rateLimitPerSecond: number;
  readonly secret: string;
}

export type WebhookEndpointChange = Partial<Omit<NewWebhookEndpoint, 'secret'>>;

const VIEW = {
  id: true,
  restaurantId: true,
  url: true,
  description: true,
  eventTypes: true,
  enabled: true,
  disabledReason: true,
  disabledAt: true,
  guestContactAllowed: true,
  rateLimitPerSecond: true,
  previousSecretExpiresAt: true,
  failingSince: true,
  createdAt: true,
  updatedAt: true,
} as const;

const DELIVERY_VIEW = {
  id: true,
  endpointId: true,
  messageId: true,
  eventType: true,
  status: true,
  attempts: true,
  totalAttempts: true,
  nextAttemptAt: true,
  lastAttemptAt: true,
  lastStatusCode: true,
  lastLatencyMs: true,
  lastError: true,
  deliveredAt: true,
  createdAt: true,
} as const;

type DeliveryRow = {
  id: bigint;
  endpointId: string;
  messageId: string;
  eventType: string;
  status: string;
  attempts: number;
  totalAttempts: number;
  nextAttemptAt: Date;
  lastAttemptAt: Date | null;
  lastStatusCode: number | null;
  lastLatencyMs: number | null;
  lastError: string | null;
  deliveredAt: Date | null;
  createdAt: Date;
};

function deliveryView(row: DeliveryRow): WebhookDeliveryView {
  return {
    ...row,
    id: String(row.id),
    status: row.status as WebhookDeliveryView['status'],
    nextAttemptAt: row.status === 'pending' ? row.nextAttemptAt : null,
  };
}

/**
 * A restaurant's webhook endpoints and their deliveries, for the API and the admin UI. Every
 * method takes the restaurant: an endpoint of another restaurant is simply not found.
 */
export class WebhookEndpointRepository {
  constructor(private readonly prisma: PrismaClient) {}

  async create(restaurantId: string, input: NewWebhookEndpoint): Promise<WebhookEndpointView> {
    return this.prisma.webhookEndpoint.create({
      data: { restaurantId, ...input, eventTypes: [...input.eventTypes] },
      select: VIEW,
    });
  }

  async list(restaurantId: string): Promise<WebhookEndpointView[]> {
    return this.prisma.webhookEndpoint.findMany({
      where: { restaurantId },
      orderBy: { createdAt: 'asc' },
      select: VIEW,
    });
  }

  async find(restaurantId: string, id: string): Promise<WebhookEndpointView | null> {
    return this.prisma.webhookEndpoint.findFirst({ where: { id, restaurantId }, select: VIEW });
  }

  /** Re-enabling clears why it was off and its failure run, so it gets a fresh three days. */
  async update(
    restaurantId: string,
    id: string,
    change: WebhookEndpointChange,
  ): Promise<WebhookEndpointView | null> {
    const { eventTypes, enabled, ...rest } = change;
    const current = await this.find(restaurantId, id);
    if (!current) return null;
    return this.prisma.webhookEndpoint.update({
      where: { id },
      data: {
        ...rest,
        ...(eventTypes ? { eventTypes: [...eventTypes] } : {}),
        ...(enabled === undefined || enabled === current.enabled
          ? {}
          : enabled
            ? { enabled, disabledReason: null, disabledAt: null, failingSince: null }
            : { enabled, disabledReason: 'manual', disabledAt: new Date() }),
      },
      select: VIEW,
    });
  }

  async delete(restaurantId: string, id: string): Promise<WebhookEndpointView | null> {
    const current = await this.find(restaurantId, id);
    if (!current) return null;
    await this.prisma.webhookEndpoint.delete({ where: { id } });
    return current;
  }

  /** The new secret signs from now on; the old one also signs until `overlapUntil`. */
  async rotateSecret(
    restaurantId: string,
    id: string,
    secret: string,
    overlapUntil: Date,
  ): Promise<WebhookEndpointView | null> {
    return this.prisma.$transaction(async (tx) => {
      const [row] = await tx.$queryRaw<{ id: string }[]>`
        UPDATE webhook_endpoints SET previous_secret = secret, previous_secret_expires_at = ${overlapUntil},
               secret = ${secret}, updated_at = now()
        WHERE id = ${id}::uuid AND restaurant_id = ${restaurantId}::uuid RETURNING id`;
      if (!row) return null;
      return tx.webhookEndpoint.findUniqueOrThrow({ where: { id }, select: VIEW });
    });
  }

  /** Queues a `webhook.test` ping for the relay, whatever the endpoint subscribed to. */
  async queuePing(restaurantId: string, id: string): Promise<WebhookDeliveryView | null> {
    const endpoint = await this.find(restaurantId, id);
    const event = webhookEvent('webhook.test');
    if (!endpoint || !event) return null;
    const messageId = `evt_test_${randomUUID()}`;
    const body = JSON.stringify(
      webhookEnvelope({
        event,
        messageId,
        occurredAt: new Date(),
        payload: { endpointId: id, message: 'Hello from Tablekeeper' },
        booking: null,
        guest: null,
      }),
    );
    const row = await this.prisma.webhookDelivery.create({
      data: { endpointId: id, messageId, eventType: event.type, body },
      select: DELIVERY_VIEW,
    });
    return deliveryView(row);
  }

  /** The newest deliveries first, at most `limit`, optionally older than the delivery `before`. */
  async deliveries(
    restaurantId: string,
    endpointId: string,
    limit: number,
    before?: string,
  ): Promise<WebhookDeliveryView[] | null> {
    if (!(await this.find(restaurantId, endpointId))) return null;
    const rows = await this.prisma.webhookDelivery.findMany({
      where: { endpointId, ...(before ? { id: { lt: BigInt(before) } } : {}) },
      orderBy: { id: 'desc' },
      take: limit,
      select: DELIVERY_VIEW,
    });
    return rows.map(deliveryView);
  }

  /** The latest deliveries of each of the restaurant's endpoints (the admin screen), newest first. */
  async recentDeliveries(
    restaurantId: string,
    perEndpoint: number,
  ): Promise<Map<string, WebhookDeliveryView[]>> {
    const rows = await this.prisma.$queryRaw<{ id: bigint }[]>`
      SELECT d.id FROM webhook_endpoints e
      CROSS JOIN LATERAL (
        SELECT id FROM webhook_deliveries WHERE endpoint_id = e.id ORDER BY id DESC LIMIT ${perEndpoint}
      ) d
      WHERE e.restaurant_id = ${restaurantId}::uuid`;
    const deliveries = await this.prisma.webhookDelivery.findMany({
      where: { id: { in: rows.map((r) => r.id) } },
      orderBy: { id: 'desc' },
      select: DELIVERY_VIEW,
    });
    const byEndpoint = new Map<string, WebhookDeliveryView[]>();
    for (const row of deliveries) {
      const list = byEndpoint.get(row.endpointId) ?? [];
      list.push(deliveryView(row));
      byEndpoint.set(row.endpointId, list);
    }
    return byEndpoint;
  }

  /**
   * Sends a past delivery again: the same message (`webhook-id` and body), a new round of
   * attempts from now. A delivery still pending just becomes due at once.
   */
  async redeliver(
    restaurantId: string,
    endpointId: string,
    deliveryId: string,
  ): Promise<WebhookDeliveryView | null> {
    const [row] = await this.prisma.$queryRaw<{ id: bigint }[]>`
      UPDATE webhook_deliveries d SET status = 'pending', attempts = 0, next_attempt_at = now(),
             leased_until = CASE WHEN d.status = 'pending' THEN d.leased_until END
      FROM webhook_endpoints e
      WHERE d.id = ${BigInt(deliveryId)} AND d.endpoint_id = ${endpointId}::uuid
        AND e.id = d.endpoint_id AND e.restaurant_id = ${restaurantId}::uuid
      RETURNING d.id`;
    if (!row) return null;
    const delivery = await this.prisma.webhookDelivery.findUniqueOrThrow({
      where: { id: row.id },
      select: DELIVERY_VIEW,
    });
    return deliveryView(delivery);
  }
}
