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
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  CANCEL_REASON_CODES,
  DEFAULT_CANCEL_REASON_CODE,
  EU_ALLERGENS,
  type CancelReasonCode,
  type EuAllergen,
} from '@tablekeeper/domain';
import { Omittable } from '../common/omittable.decorator';

export class GuestInput {
  @ApiProperty({ example: 'Ada Lovelace', minLength: 1, maxLength: 200 })
  @IsString()
  @Length(1, 200)
  @Matches(/\S/, { message: 'name must not be blank' })
  name!: string;

  @ApiPropertyOptional({
    example: '+447700900123',
    description: 'E.164 preferred; digits, spaces, ()- allowed',
  })
  @Omittable()
  @IsString()
  @Matches(/^\+?[0-9][0-9 ()-]{5,24}$/, { message: 'phone must be a phone number' })
  phone?: string;

  @ApiPropertyOptional({ example: 'ada@example.com' })
  @Omittable()
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email?: string;

  @ApiPropertyOptional({
    example: 'en',
    description: 'Preferred language, BCP 47 (en, de-AT)',
    maxLength: 35,
  })
  @Omittable()
  @IsString()
  @MaxLength(35)
  @Matches(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, {
    message: 'language must be a BCP 47 tag such as en or de-AT',
  })
  language?: string;

  @ApiPropertyOptional({
    description:
      'The guest agreed (true) or declined (false) to marketing; recorded with its time and channel',
  })
  @Omittable()
  @IsBoolean()
  marketingConsent?: boolean;

  @ApiPropertyOptional({
    enum: EU_ALLERGENS,
    isArray: true,
    description: "Allergies among the 14 EU allergens; added to the guest's profile",
  })
  @Omittable()
  @IsArray()
  @ArrayMaxSize(EU_ALLERGENS.length)
  @IsIn(EU_ALLERGENS, { each: true, message: `allergens must each be one of: ${EU_ALLERGENS.join(', ')}` })
  allergens?: EuAllergen[];

  @ApiPropertyOptional({
    example: 'Vegetarian',
    maxLength: 500,
    description: 'Other dietary needs, in words',
  })
  @Omittable()
  @IsString()
  @Length(1, 500)
  dietaryNotes?: string;
}

// An explicit offset makes the instant unambiguous whatever the restaurant's timezone.
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

export class CreateBookingInput {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  restaurantId!: string;

  @ApiProperty({ type: 'integer', example: 4, minimum: 1, maximum: 100 })
  @IsInt()
  @Min(1)
  @Max(100)
  partySize!: number;

  @ApiProperty({
    format: 'date-time',
    example: '2026-11-23T19:00:00+00:00',
    description: 'ISO 8601 with an offset (Z or ±hh:mm)',
  })
  @IsString()
  @IsISO8601({ strict: true, strictSeparator: true })
  @Matches(ISO_WITH_OFFSET, {
    message: 'startsAt must be ISO 8601 with an offset, e.g. 2026-11-23T19:00:00+00:00',
  })
  startsAt!: string;

  @ApiProperty({ type: GuestInput })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => GuestInput)
  guest!: GuestInput;

  @ApiPropertyOptional({
    example: 'Terrace',
    maxLength: 50,
    description: 'A zone name of the restaurant the guest prefers',
  })
  @Omittable()
  @IsString()
  @Length(1, 50)
  seatingPreference?: string;

  @ApiPropertyOptional({ example: 'Window seat if possible', maxLength: 1000 })
  @Omittable()
  @IsString()
  @MaxLength(1000)
  notes?: string;
}

export class ReasonInput {
  @ApiProperty({ example: 'Guest called to cancel', minLength: 1, maxLength: 500 })
  @IsString()
  @Length(1, 500)
  @Matches(/\S/, { message: 'reason must not be blank' })
  reason!: string;
}

export class OptionalReasonInput {
  @ApiPropertyOptional({ example: 'Large party approved by the manager', maxLength: 500 })
  @Omittable()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

/** New contact details of the guest; a field left out stays as it is, null clears phone or email. */
export class GuestChangeInput {
  @ApiPropertyOptional({ example: 'Ada Lovelace', minLength: 1, maxLength: 200 })
  @Omittable()
  @IsString()
  @Length(1, 200)
  @Matches(/\S/, { message: 'name must not be blank' })
  name?: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: '+447700900123' })
  @IsOptional()
  @IsString()
  @Matches(/^\+?[0-9][0-9 ()-]{5,24}$/, { message: 'phone must be a phone number' })
  phone?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'ada@example.com' })
  @IsOptional()
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email?: string | null;
}

/**
 * PATCH /v1/bookings/{id}: what to change. Every field is optional; what is left out stays as it
 * is, null clears seatingPreference or notes. At least one field must be given.
 */
export class ModifyBookingInput {
  @ApiPropertyOptional({ type: 'integer', example: 4, minimum: 1, maximum: 100 })
  @Omittable()
  @IsInt()
  @Min(1)
  @Max(100)
  partySize?: number;

  @ApiPropertyOptional({
    format: 'date-time',
    example: '2026-11-23T20:00:00+00:00',
    description: 'ISO 8601 with an offset',
  })
  @Omittable()
  @IsString()
  @IsISO8601({ strict: true, strictSeparator: true })
  @Matches(ISO_WITH_OFFSET, {
    message: 'startsAt must be ISO 8601 with an offset, e.g. 2026-11-23T19:00:00+00:00',
  })
  startsAt?: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Terrace', maxLength: 50 })
  @IsOptional()
  @IsString()
  @Length(1, 50)
  seatingPreference?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 1000 })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  notes?: string | null;

  @ApiPropertyOptional({ type: GuestChangeInput })
  @Omittable()
  @IsObject()
  @ValidateNested()
  @Type(() => GuestChangeInput)
  guest?: GuestChangeInput;
}

export class CancelBookingInput {
  @ApiPropertyOptional({
    enum: CANCEL_REASON_CODES,
    default: DEFAULT_CANCEL_REASON_CODE,
    description:
      'Why, from the catalog: guest_request, restaurant_closed, duplicate, no_payment, other. ' +
      '`reason` (free text) is required with `other` or without a code.',
  })
  @Omittable()
  @IsIn(CANCEL_REASON_CODES, { message: `reasonCode must be one of: ${CANCEL_REASON_CODES.join(', ')}` })
  reasonCode?: CancelReasonCode;

  @ApiPropertyOptional({ example: 'Guest called to cancel', minLength: 1, maxLength: 500 })
  @ValidateIf((o: CancelBookingInput) => o.reason !== undefined || !o.reasonCode || o.reasonCode === 'other')
  @IsString()
  @Length(1, 500)
  @Matches(/\S/, { message: 'reason must not be blank' })
  reason?: string;
}

/** The free text a cancellation records: the caller's, or the catalog code's own words. */
export function cancelReasonOf(input: CancelBookingInput): { reason: string; reasonCode: CancelReasonCode } {
  const reasonCode = input.reasonCode ?? DEFAULT_CANCEL_REASON_CODE;
  return { reason: input.reason?.trim() || reasonCode.replace(/_/g, ' '), reasonCode };
}

/** GET /v1/bookings: find a guest's upcoming bookings by exactly one of phone or e-mail. */
export class FindBookingsQuery {
  @ApiPropertyOptional({
    example: '+447700900123',
    description: "Any format; read as E.164 with the restaurant's country",
  })
  @ValidateIf((o: FindBookingsQuery) => o.email === undefined || o.phone !== undefined)
  @IsString()
  @Matches(/^\+?[0-9][0-9 ()-]{5,24}$/, { message: 'phone must be a phone number' })
  phone?: string;

  @ApiPropertyOptional({ example: 'ada@example.com' })
  @ValidateIf((o: FindBookingsQuery) => o.phone === undefined || o.email !== undefined)
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email?: string;
}
