import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { API_SCOPES } from '@tablekeeper/auth';
import type { ApiKeySummary } from '@tablekeeper/db';
import { CHANNELS } from '@tablekeeper/domain';
import { Omittable } from '../common/omittable.decorator';

export class CreateApiKeyInput {
  @ApiProperty({ example: 'WhatsApp assistant', minLength: 1, maxLength: 100 })
  @IsString()
  @Length(1, 100)
  @Matches(/\S/, { message: 'name must not be blank' })
  name!: string;

  @ApiProperty({ enum: CHANNELS, example: 'whatsapp' })
  @IsIn(CHANNELS)
  channel!: (typeof CHANNELS)[number];

  @ApiPropertyOptional({
    enum: API_SCOPES,
    isArray: true,
    description: 'Default: availability:read, bookings:read, bookings:write',
  })
  @Omittable()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(API_SCOPES, { each: true })
  scopes?: (typeof API_SCOPES)[number][];

  @ApiProperty({
    type: [String],
    format: 'uuid',
    description: "Restaurants the key acts for (a subset of the caller's)",
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  restaurantIds!: string[];

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 1_000_000, default: 1200 })
  @Omittable()
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  readsPerMinute?: number;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 1_000_000, default: 300 })
  @Omittable()
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  writesPerMinute?: number;
}

/** An origin as browsers send it: scheme, host and port only, no path or trailing slash. */
const ORIGIN = /^https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?$/;

export class CreatePublishableKeyInput {
  @ApiProperty({ example: 'Booking widget on demo-bistro.example', minLength: 1, maxLength: 100 })
  @IsString()
  @Length(1, 100)
  @Matches(/\S/, { message: 'name must not be blank' })
  name!: string;

  @ApiProperty({ format: 'uuid', description: 'The one restaurant the widget books for' })
  @IsUUID()
  restaurantId!: string;

  @ApiProperty({
    type: [String],
    example: ['https://demo-bistro.example'],
    description: 'Origins whose pages may use the key (CORS); scheme://host[:port]',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ArrayUnique()
  @Matches(ORIGIN, { each: true, message: 'each allowedOrigins entry must be scheme://host[:port]' })
  allowedOrigins!: string[];

  @ApiPropertyOptional({
    minimum: 5,
    maximum: 900,
    default: 300,
    description: "How long the widget's holds last (never longer than the restaurant's hold TTL)",
  })
  @Omittable()
  @IsInt()
  @Min(5)
  @Max(900)
  holdTtlSeconds?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 1_000_000, default: 1200 })
  @Omittable()
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  readsPerMinute?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 1_000_000, default: 300 })
  @Omittable()
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  writesPerMinute?: number;
}

/** The admin UI's Setup → Website widget form: always for the signed-in staff member's restaurant. */
export class AdminCreateWidgetKeyInput extends OmitType(CreatePublishableKeyInput, [
  'restaurantId',
] as const) {}

export class ListApiKeysQuery {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 100, default: 20 })
  @Omittable()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @Omittable()
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{1,200}$/, { message: 'cursor is not one this API gave out' })
  cursor?: string;
}

export class ApiKeyOutput {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '3f9a0c1b2d', description: 'Identifies the key in logs and listings' })
  prefix!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: CHANNELS }) channel!: string;
  @ApiProperty({ enum: API_SCOPES, isArray: true }) scopes!: readonly string[];
  @ApiProperty({ type: [String], format: 'uuid' }) restaurantIds!: readonly string[];
  @ApiProperty({ type: 'integer' }) readsPerMinute!: number;
  @ApiProperty({ type: 'integer' }) writesPerMinute!: number;
  @ApiProperty({ enum: ['secret', 'publishable'] }) kind!: string;
  @ApiProperty({ type: [String], description: 'Origins of a publishable key' }) allowedOrigins!: string[];
  @ApiProperty({ type: 'integer', nullable: true, description: "A publishable key's hold TTL" })
  holdTtlSeconds!: number | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true }) lastUsedAt!: string | null;
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true }) revokedAt!: string | null;

  static from(summary: ApiKeySummary): ApiKeyOutput {
    return Object.assign(new ApiKeyOutput(), summary);
  }
}

export class CreatedApiKeyOutput extends ApiKeyOutput {
  @ApiProperty({
    example: 'tk_3f9a0c1b2d_…',
    description: 'The key itself. Shown once: it is stored only as a hash.',
  })
  key!: string;

  /** The answer of a creation: the summary and the raw key, this once. */
  static once(created: { rawKey: string; summary: ApiKeySummary }): CreatedApiKeyOutput {
    return Object.assign(new CreatedApiKeyOutput(), created.summary, { key: created.rawKey });
  }
}

export class ApiKeyPageOutput {
  @ApiProperty({ type: [ApiKeyOutput] }) data!: ApiKeyOutput[];
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'Pass as cursor for the next page; null on the last page',
  })
  nextCursor!: string | null;
}

export class WidgetEmbedOutput {
  @ApiProperty({
    example: 'https://api.example.com/widget.js',
    description: "The widget's script on this gateway (PUBLIC_URL, else the address the request came to)",
  })
  scriptUrl!: string;
  @ApiProperty({ example: 'demo-bistro', description: "The `restaurant` attribute: the restaurant's slug" })
  restaurant!: string;
}

export class AdminWidgetKeyPageOutput extends ApiKeyPageOutput {
  @ApiProperty({ type: WidgetEmbedOutput, description: 'What the embed snippet needs besides the key' })
  embed!: WidgetEmbedOutput;
}
