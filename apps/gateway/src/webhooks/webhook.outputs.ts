import { ApiProperty } from '@nestjs/swagger';
import type { WebhookDeliveryView, WebhookEndpointView } from '@tablekeeper/db';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export class WebhookEndpointOutput {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) restaurantId!: string;
  @ApiProperty({ example: 'https://pos.example.com/tablekeeper/hooks' }) url!: string;
  @ApiProperty({ type: String, nullable: true, example: 'Front-of-house POS' }) description!: string | null;
  @ApiProperty({
    type: [String],
    example: ['booking.confirmed', 'booking.cancelled'],
    description: 'Empty: all types',
  })
  events!: string[];
  @ApiProperty() enabled!: boolean;
  @ApiProperty({
    type: String,
    nullable: true,
    enum: ['gone', 'failing', 'manual'],
    description:
      'gone: the receiver answered 410; failing: failed for days; manual: switched off by a person',
  })
  disabledReason!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) disabledAt!: string | null;
  @ApiProperty() guestContactAllowed!: boolean;
  @ApiProperty({ type: 'integer', example: 10 }) rateLimitPerSecond!: number;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'After a rotation: until when the previous secret still signs too',
  })
  previousSecretExpiresAt!: string | null;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'Failing without a success since',
  })
  failingSince!: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt!: string;

  static from(view: WebhookEndpointView): WebhookEndpointOutput {
    return Object.assign(new WebhookEndpointOutput(), {
      id: view.id,
      restaurantId: view.restaurantId,
      url: view.url,
      description: view.description,
      events: [...view.eventTypes],
      enabled: view.enabled,
      disabledReason: view.disabledReason,
      disabledAt: iso(view.disabledAt),
      guestContactAllowed: view.guestContactAllowed,
      rateLimitPerSecond: view.rateLimitPerSecond,
      previousSecretExpiresAt: iso(view.previousSecretExpiresAt),
      failingSince: iso(view.failingSince),
      createdAt: view.createdAt.toISOString(),
      updatedAt: view.updatedAt.toISOString(),
    });
  }
}

export class CreatedWebhookEndpointOutput extends WebhookEndpointOutput {
  @ApiProperty({
    example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
    description: 'The signing secret, shown only in this answer: store it now',
  })
  secret!: string;
}

export class RotatedSecretOutput {
  @ApiProperty({ type: WebhookEndpointOutput }) endpoint!: WebhookEndpointOutput;
  @ApiProperty({
    example: 'whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD',
    description: 'The new secret, shown once',
  })
  secret!: string;
  @ApiProperty({
    type: String,
    format: 'date-time',
    description: 'Until then every delivery carries a signature with the old secret too',
  })
  previousSecretExpiresAt!: string;
}

export class WebhookEndpointListOutput {
  @ApiProperty({ type: [WebhookEndpointOutput] }) data!: WebhookEndpointOutput[];
}

export class WebhookDeliveryOutput {
  @ApiProperty({ example: '1042', description: 'Delivery id (a string: it is a 64-bit number)' }) id!: string;
  @ApiProperty({ format: 'uuid' }) endpointId!: string;
  @ApiProperty({ example: 'evt_1042', description: 'The `webhook-id` header, the same on every attempt' })
  messageId!: string;
  @ApiProperty({ example: 'booking.confirmed' }) eventType!: string;
  @ApiProperty({
    enum: ['pending', 'delivered', 'failed'],
    description: 'failed: the retry schedule ran out',
  })
  status!: 'pending' | 'delivered' | 'failed';
  @ApiProperty({
    type: 'integer',
    description: 'Attempts of the current round (a redelivery starts a new one)',
  })
  attempts!: number;
  @ApiProperty({
    type: 'integer',
    description: 'Attempts over every round: a redelivery adds to it rather than starting again',
  })
  totalAttempts!: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) nextAttemptAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastAttemptAt!: string | null;
  @ApiProperty({ type: 'integer', nullable: true, example: 200 }) lastStatusCode!: number | null;
  @ApiProperty({ type: 'integer', nullable: true, example: 48 }) lastLatencyMs!: number | null;
  @ApiProperty({ type: String, nullable: true, description: 'Why there was no answer (timeout, refused...)' })
  lastError!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) deliveredAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: string;

  static from(view: WebhookDeliveryView): WebhookDeliveryOutput {
    return Object.assign(new WebhookDeliveryOutput(), {
      ...view,
      nextAttemptAt: iso(view.nextAttemptAt),
      lastAttemptAt: iso(view.lastAttemptAt),
      deliveredAt: iso(view.deliveredAt),
      createdAt: view.createdAt.toISOString(),
    });
  }
}

export class WebhookDeliveryListOutput {
  @ApiProperty({ type: [WebhookDeliveryOutput] }) data!: WebhookDeliveryOutput[];
}

/** An endpoint on the admin screen: its settings and its latest deliveries. */
export class AdminWebhookEndpointOutput extends WebhookEndpointOutput {
  @ApiProperty({ type: [WebhookDeliveryOutput], description: 'The latest deliveries, newest first' })
  recentDeliveries!: WebhookDeliveryOutput[];
}

export class WebhookEventTypeOutput {
  @ApiProperty({ example: 'booking.confirmed' }) type!: string;
  @ApiProperty({ example: 'The booking is confirmed' }) summary!: string;
}

export class AdminWebhooksOutput {
  @ApiProperty({ type: [AdminWebhookEndpointOutput] }) endpoints!: AdminWebhookEndpointOutput[];
  @ApiProperty({
    type: [WebhookEventTypeOutput],
    description: 'The event types an endpoint may subscribe to, in catalog order',
  })
  eventTypes!: WebhookEventTypeOutput[];
}
