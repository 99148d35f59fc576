import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsDefined,
  IsEmail,
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
  ValidateNested,
} from 'class-validator';

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
  @IsOptional()
  @IsString()
  @Matches(/^\+?[0-9][0-9 ()-]{5,24}$/, { message: 'phone must be a phone number' })
  phone?: string;

  @ApiPropertyOptional({ example: 'ada@example.com' })
  @IsOptional()
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email?: string;
}

// An explicit offset makes the instant unambiguous whatever the restaurant's timezone.
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

export class CreateBookingInput {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  restaurantId!: string;

  @ApiProperty({ example: 4, minimum: 1, maximum: 100 })
  @IsInt()
  @Min(1)
  @Max(100)
  partySize!: number;

  @ApiProperty({ example: '2026-11-23T19:00:00+00:00', description: 'ISO 8601 with an offset (Z or ±hh:mm)' })
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
  @IsOptional()
  @IsString()
  @Length(1, 50)
  seatingPreference?: string;

  @ApiPropertyOptional({ example: 'Window seat if possible', maxLength: 1000 })
  @IsOptional()
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
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}
