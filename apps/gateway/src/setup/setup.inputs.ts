import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsEmail,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
  IsObject,
} from 'class-validator';
import { CHANNELS, type Channel } from '@tablekeeper/domain';
import { Omittable } from '../common/omittable.decorator';

/** Local wall-clock time, HH:MM; 24:00 is midnight at the end of the day. */
export const HHMM = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;
export const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const LABEL = /^[\p{L}\p{N}][\p{L}\p{N} ._+\-/]*$/u;
const NOT_BLANK = /\S/;

export class ZoneInput {
  @ApiProperty({ example: 'Terrace', minLength: 1, maxLength: 50 })
  @IsString()
  @Length(1, 50)
  @Matches(NOT_BLANK, { message: 'name must not be blank' })
  name!: string;

  @ApiPropertyOptional({
    type: 'integer',
    example: 1,
    minimum: 0,
    maximum: 1000,
    description: 'Position among the zones',
  })
  @Omittable()
  @IsInt()
  @Min(0)
  @Max(1000)
  sortOrder?: number;
}

export class ZonePatchInput {
  @ApiPropertyOptional({ example: 'Garden', minLength: 1, maxLength: 50 })
  @Omittable()
  @IsString()
  @Length(1, 50)
  @Matches(NOT_BLANK, { message: 'name must not be blank' })
  name?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: 1000 })
  @Omittable()
  @IsInt()
  @Min(0)
  @Max(1000)
  sortOrder?: number;
}

export class TableInput {
  @ApiProperty({ example: 'T21', minLength: 1, maxLength: 20 })
  @IsString()
  @Length(1, 20)
  @Matches(LABEL, { message: 'label must be letters, digits and . _ + - / or spaces' })
  label!: string;

  @ApiProperty({ format: 'uuid', description: 'The zone the table stands in' })
  @IsUUID()
  zoneId!: string;

  @ApiProperty({ type: 'integer', example: 2, minimum: 1, maximum: 50 })
  @IsInt()
  @Min(1)
  @Max(50)
  minCovers!: number;

  @ApiProperty({ type: 'integer', example: 4, minimum: 1, maximum: 50 })
  @IsInt()
  @Min(1)
  @Max(50)
  maxCovers!: number;

  @ApiPropertyOptional({ default: true, description: 'false: kept, but never offered or assigned' })
  @Omittable()
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional({
    type: [String],
    example: ['T20'],
    description: 'Labels of neighbouring tables it can be pushed together with (a table set)',
  })
  @Omittable()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 20, { each: true })
  combinableWith?: string[];
}

export class TablePatchInput {
  @ApiPropertyOptional({ example: 'T21', minLength: 1, maxLength: 20 })
  @Omittable()
  @IsString()
  @Length(1, 20)
  @Matches(LABEL, { message: 'label must be letters, digits and . _ + - / or spaces' })
  label?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @Omittable()
  @IsUUID()
  zoneId?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 50 })
  @Omittable()
  @IsInt()
  @Min(1)
  @Max(50)
  minCovers?: number;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 50 })
  @Omittable()
  @IsInt()
  @Min(1)
  @Max(50)
  maxCovers?: number;

  @ApiPropertyOptional({ description: 'false takes it out of service; bookings holding it are listed' })
  @Omittable()
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional({ type: [String], example: ['T20'] })
  @Omittable()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 20, { each: true })
  combinableWith?: string[];
}

export class PeriodTimesInput {
  @ApiProperty({ example: 'Dinner', minLength: 1, maxLength: 50 })
  @IsString()
  @Length(1, 50)
  @Matches(NOT_BLANK, { message: 'name must not be blank' })
  name!: string;

  @ApiProperty({ example: '18:00', pattern: HHMM.source })
  @IsString()
  @Matches(HHMM, { message: 'opens must be HH:MM' })
  opens!: string;

  @ApiProperty({ example: '23:00', pattern: HHMM.source, description: '24:00 is midnight' })
  @IsString()
  @Matches(HHMM, { message: 'closes must be HH:MM' })
  closes!: string;

  @ApiPropertyOptional({ example: '21:30', pattern: HHMM.source, description: 'Latest start of the period' })
  @Omittable()
  @IsString()
  @Matches(HHMM, { message: 'lastSeating must be HH:MM' })
  lastSeating?: string;
}

export class WeeklyPeriodInput extends PeriodTimesInput {
  @ApiProperty({
    type: 'integer',
    isArray: true,
    example: [1, 2, 3, 4, 5],
    description: 'ISO weekdays: 1 = Monday … 7 = Sunday',
  })
  @IsArray()
  @ArrayMaxSize(7)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(7, { each: true })
  days!: number[];
}

export class PacingInput {
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: 'Dinner',
    description: 'The service period it applies to; absent or null: every period without its own rule',
  })
  @IsOptional()
  @IsString()
  @Length(1, 50)
  period?: string | null;

  @ApiProperty({ type: 'integer', example: 15, minimum: 5, maximum: 240 })
  @IsInt()
  @Min(5)
  @Max(240)
  intervalMinutes!: number;

  @ApiProperty({ type: 'integer', example: 30, minimum: 1, maximum: 10000 })
  @IsInt()
  @Min(1)
  @Max(10000)
  maxCovers!: number;

  @ApiProperty({ type: 'integer', example: 6, minimum: 1, maximum: 1000 })
  @IsInt()
  @Min(1)
  @Max(1000)
  maxParties!: number;
}

export class HoursInput {
  @ApiProperty({ type: [WeeklyPeriodInput], description: 'Service periods; several per weekday allowed' })
  @IsDefined()
  @IsArray()
  @ArrayMaxSize(100)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => WeeklyPeriodInput)
  periods!: WeeklyPeriodInput[];

  @ApiPropertyOptional({ type: [PacingInput], description: 'Replaces the pacing rules when given' })
  @Omittable()
  @IsArray()
  @ArrayMaxSize(50)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => PacingInput)
  pacing?: PacingInput[];
}

export class ExceptionInput {
  @ApiPropertyOptional({ example: '2026-12-25', description: 'One date; or give startsOn and endsOn' })
  @Omittable()
  @IsString()
  @Matches(ISO_DATE, { message: 'date must be YYYY-MM-DD' })
  date?: string;

  @ApiPropertyOptional({ example: '2026-12-24', description: 'First date of a range (inclusive)' })
  @Omittable()
  @IsString()
  @Matches(ISO_DATE, { message: 'startsOn must be YYYY-MM-DD' })
  startsOn?: string;

  @ApiPropertyOptional({ example: '2026-12-26', description: 'Last date of a range (inclusive)' })
  @Omittable()
  @IsString()
  @Matches(ISO_DATE, { message: 'endsOn must be YYYY-MM-DD' })
  endsOn?: string;

  @ApiProperty({ example: true, description: 'true: closed all day; false: open with `periods` only' })
  @IsBoolean()
  closed!: boolean;

  @ApiPropertyOptional({ example: 'Christmas', maxLength: 200 })
  @Omittable()
  @IsString()
  @MaxLength(200)
  reason?: string;

  @ApiPropertyOptional({ type: [PeriodTimesInput], description: 'The special hours when not closed' })
  @Omittable()
  @IsArray()
  @ArrayMaxSize(10)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => PeriodTimesInput)
  periods?: PeriodTimesInput[];
}

export class BlockInput {
  @ApiPropertyOptional({ format: 'uuid', description: 'The table to block; or give zoneId' })
  @Omittable()
  @IsUUID()
  tableId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Every table of this zone' })
  @Omittable()
  @IsUUID()
  zoneId?: string;

  @ApiProperty({ format: 'date-time', example: '2026-12-05T18:00:00+00:00' })
  @IsString()
  @IsISO8601({ strict: true, strictSeparator: true })
  @Matches(/(Z|[+-]\d{2}:\d{2})$/, { message: 'startsAt must carry an offset' })
  startsAt!: string;

  @ApiProperty({ format: 'date-time', example: '2026-12-05T23:00:00+00:00' })
  @IsString()
  @IsISO8601({ strict: true, strictSeparator: true })
  @Matches(/(Z|[+-]\d{2}:\d{2})$/, { message: 'endsAt must carry an offset' })
  endsAt!: string;

  @ApiProperty({ example: 'Wobbly leg, carpenter on Friday', minLength: 1, maxLength: 200 })
  @IsString()
  @Length(1, 200)
  @Matches(NOT_BLANK, { message: 'reason must not be blank' })
  reason!: string;
}

export class DurationRuleInput {
  @ApiProperty({ type: 'integer', example: 2, minimum: 1, maximum: 100 })
  @IsInt()
  @Min(1)
  @Max(100)
  maxPartySize!: number;

  @ApiProperty({ type: 'integer', example: 5400, minimum: 900, maximum: 43200 })
  @IsInt()
  @Min(900)
  @Max(43200)
  durationSeconds!: number;
}

export class ContactInput {
  @ApiPropertyOptional({ type: String, nullable: true, example: '+442079460000' })
  @IsOptional()
  @IsString()
  @Matches(/^\+?[0-9][0-9 ()-]{5,24}$/, { message: 'phone must be a phone number' })
  phone?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'hello@demo-bistro.example' })
  @IsOptional()
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '1 Market Street, London' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  address?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'https://demo-bistro.example' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  @Matches(/^https?:\/\/\S+$/, { message: 'website must be an http(s) URL' })
  website?: string | null;
}

/** The restaurant's details and booking policy; every field optional, only those given change. */
export class PolicyInput {
  @ApiPropertyOptional({ example: 'Demo Bistro', minLength: 1, maxLength: 100 })
  @Omittable()
  @IsString()
  @Length(1, 100)
  @Matches(NOT_BLANK, { message: 'name must not be blank' })
  name?: string;

  @ApiPropertyOptional({ example: 'Europe/London', description: 'IANA timezone' })
  @Omittable()
  @IsString()
  @Length(1, 64)
  timezone?: string;

  @ApiPropertyOptional({ type: ContactInput })
  @Omittable()
  @IsObject()
  @ValidateNested()
  @Type(() => ContactInput)
  contact?: ContactInput;

  @ApiPropertyOptional({ enum: CHANNELS, isArray: true, description: 'Channels bookings are taken from' })
  @Omittable()
  @IsArray()
  @ArrayMaxSize(CHANNELS.length)
  @IsIn([...CHANNELS], { each: true })
  bookingChannels?: Channel[];

  @ApiPropertyOptional({ type: 'integer', example: 5400, minimum: 900, maximum: 43200 })
  @Omittable()
  @IsInt()
  @Min(900)
  @Max(43200)
  defaultDurationSeconds?: number;

  @ApiPropertyOptional({
    type: [DurationRuleInput],
    description: 'Duration by party size, smallest party first',
  })
  @Omittable()
  @IsArray()
  @ArrayMaxSize(20)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => DurationRuleInput)
  durationByPartySize?: DurationRuleInput[];

  @ApiPropertyOptional({ type: 'integer', example: 300, minimum: 30, maximum: 3600 })
  @Omittable()
  @IsInt()
  @Min(30)
  @Max(3600)
  holdTtlSeconds?: number;

  @ApiPropertyOptional({
    example: 8,
    minimum: 0,
    maximum: 100,
    description: 'Larger parties go to manual review',
  })
  @Omittable()
  @IsInt()
  @Min(0)
  @Max(100)
  autoConfirmMaxPartySize?: number;

  @ApiPropertyOptional({ type: 'integer', example: 1, minimum: 1, maximum: 100 })
  @Omittable()
  @IsInt()
  @Min(1)
  @Max(100)
  minPartySize?: number;

  @ApiPropertyOptional({
    type: 'integer',
    example: 20,
    minimum: 1,
    maximum: 100,
    description: 'The largest party accepted',
  })
  @Omittable()
  @IsInt()
  @Min(1)
  @Max(100)
  maxPartySize?: number;

  @ApiPropertyOptional({ type: 'integer', example: 86400, minimum: 60, maximum: 604800 })
  @Omittable()
  @IsInt()
  @Min(60)
  @Max(604800)
  manualReviewTimeoutSeconds?: number;

  @ApiPropertyOptional({
    type: 'integer',
    isArray: true,
    example: [86400, 7200],
    description: 'Seconds before the start',
  })
  @Omittable()
  @IsArray()
  @ArrayMaxSize(5)
  @IsInt({ each: true })
  @Min(60, { each: true })
  @Max(1209600, { each: true })
  reminderLeadSeconds?: number[];

  @ApiPropertyOptional({ type: 'integer', example: 900, minimum: 0, maximum: 14400 })
  @Omittable()
  @IsInt()
  @Min(0)
  @Max(14400)
  noShowGraceSeconds?: number;

  @ApiPropertyOptional({
    type: 'integer',
    example: 90,
    minimum: 1,
    maximum: 730,
    description: 'How far ahead bookings open',
  })
  @Omittable()
  @IsInt()
  @Min(1)
  @Max(730)
  bookingWindowDays?: number;

  @ApiPropertyOptional({ type: 'integer', example: 15, minimum: 0, maximum: 10080 })
  @Omittable()
  @IsInt()
  @Min(0)
  @Max(10080)
  minNoticeMinutes?: number;

  @ApiPropertyOptional({ example: 15, enum: [5, 10, 15, 20, 30, 60], description: 'The start-time grid' })
  @Omittable()
  @IsIn([5, 10, 15, 20, 30, 60])
  slotIntervalMinutes?: number;

  @ApiPropertyOptional({ example: false })
  @Omittable()
  @IsBoolean()
  offGridStartsAllowed?: boolean;

  @ApiPropertyOptional({ example: true, description: 'A booking must end by its period’s close' })
  @Omittable()
  @IsBoolean()
  mustEndByClose?: boolean;

  @ApiPropertyOptional({ type: 'integer', example: 120, minimum: 0, maximum: 10080 })
  @Omittable()
  @IsInt()
  @Min(0)
  @Max(10080)
  cancellationCutoffMinutes?: number;

  @ApiPropertyOptional({
    type: 'integer',
    example: 900,
    minimum: 60,
    maximum: 86400,
    description: 'How long a waitlist offer holds a freed table before it passes to the next guest',
  })
  @Omittable()
  @IsInt()
  @Min(60)
  @Max(86400)
  waitlistOfferWindowSeconds?: number;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Free cancellation up to 2 hours before.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  cancellationPolicy?: string | null;
}

export class ChangeLogQuery {
  @ApiPropertyOptional({ example: '50', description: 'Entries per page, 1-100 (default 50)' })
  @Omittable()
  @Matches(/^(100|[1-9][0-9]?)$/, { message: 'limit must be a whole number from 1 to 100' })
  limit?: string;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @Omittable()
  @IsString()
  @Matches(/^\d{1,18}$/, { message: 'cursor must be a cursor from a previous page' })
  cursor?: string;
}
