import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { SUBSCRIBABLE_EVENT_TYPES } from '@tablekeeper/domain';
import { Omittable } from '../common/omittable.decorator';

const EVENTS_DESCRIPTION =
  'Event types the endpoint receives; empty or left out: all of them (the catalog is the OpenAPI document’s `webhooks`). A `webhook.test` ping always reaches it.';

export class CreateWebhookEndpointInput {
  @ApiProperty({ format: 'uuid', description: 'The restaurant whose events the endpoint receives' })
  @IsUUID()
  restaurantId!: string;

  @ApiProperty({
    example: 'https://pos.example.com/tablekeeper/hooks',
    maxLength: 2000,
    description: 'https (http only in development); no credentials; not an internal address',
  })
  @IsString()
  @MaxLength(2000)
  url!: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Front-of-house POS', maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  description?: string | null;

  @ApiPropertyOptional({
    type: [String],
    enum: SUBSCRIBABLE_EVENT_TYPES,
    example: ['booking.confirmed', 'booking.cancelled'],
    description: EVENTS_DESCRIPTION,
  })
  @Omittable()
  @IsArray()
  @ArrayMaxSize(50)
  @IsIn(SUBSCRIBABLE_EVENT_TYPES, { each: true })
  events?: string[];

  @ApiPropertyOptional({ default: true })
  @Omittable()
  @IsBoolean()
  enabled?: boolean;

  @ApiPropertyOptional({
    default: false,
    description:
      'Include the guest’s name, phone and email in payloads (only if the restaurant allows this receiver to see them)',
  })
  @Omittable()
  @IsBoolean()
  guestContactAllowed?: boolean;

  @ApiPropertyOptional({
    type: 'integer',
    default: 10,
    minimum: 1,
    maximum: 1000,
    description: 'Deliveries per second at most',
  })
  @Omittable()
  @IsInt()
  @Min(1)
  @Max(1000)
  rateLimitPerSecond?: number;
}

export class UpdateWebhookEndpointInput {
  @ApiPropertyOptional({ example: 'https://pos.example.com/tablekeeper/hooks', maxLength: 2000 })
  @Omittable()
  @IsString()
  @MaxLength(2000)
  url?: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  description?: string | null;

  @ApiPropertyOptional({ type: [String], enum: SUBSCRIBABLE_EVENT_TYPES, description: EVENTS_DESCRIPTION })
  @Omittable()
  @IsArray()
  @ArrayMaxSize(50)
  @IsIn(SUBSCRIBABLE_EVENT_TYPES, { each: true })
  events?: string[];

  @ApiPropertyOptional({ description: 'true re-enables a disabled endpoint (its failure run starts afresh)' })
  @Omittable()
  @IsBoolean()
  enabled?: boolean;

  @ApiPropertyOptional()
  @Omittable()
  @IsBoolean()
  guestContactAllowed?: boolean;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 1000 })
  @Omittable()
  @IsInt()
  @Min(1)
  @Max(1000)
  rateLimitPerSecond?: number;
}

export class ListWebhookEndpointsQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only this restaurant’s endpoints' })
  @Omittable()
  @IsUUID()
  restaurantId?: string;
}

export class ListWebhookDeliveriesQuery {
  @ApiPropertyOptional({ type: 'integer', default: 50, minimum: 1, maximum: 200 })
  @Omittable()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiPropertyOptional({ description: 'Only deliveries older than this delivery id (the next page)' })
  @Omittable()
  @IsString()
  @Matches(/^\d{1,18}$/)
  before?: string;
}

/** The admin screen's create form: the restaurant is the signed-in staff member's. */
export class AdminCreateWebhookEndpointInput extends OmitType(CreateWebhookEndpointInput, [
  'restaurantId',
] as const) {}
