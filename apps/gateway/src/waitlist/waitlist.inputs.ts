import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsDefined,
  IsISO8601,
  IsInt,
  IsObject,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { GuestInput } from '../bookings/booking.inputs';
import { Omittable } from '../common/omittable.decorator';

const ISO_WITH_OFFSET = /(Z|[+-]\d{2}:\d{2})$/;

/** POST /v1/waitlist: tell me if a table for `partySize` frees up with a start between from and to. */
export class JoinWaitlistInput {
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
    example: '2026-12-24T19:00:00+00:00',
    description: 'Earliest start wished (ISO 8601 with offset)',
  })
  @IsString()
  @IsISO8601({ strict: true, strictSeparator: true })
  @Matches(ISO_WITH_OFFSET, { message: 'from must be ISO 8601 with an offset' })
  from!: string;

  @ApiProperty({
    format: 'date-time',
    example: '2026-12-24T21:00:00+00:00',
    description: 'Latest start wished (ISO 8601 with offset), at most 12 h after from',
  })
  @IsString()
  @IsISO8601({ strict: true, strictSeparator: true })
  @Matches(ISO_WITH_OFFSET, { message: 'to must be ISO 8601 with an offset' })
  to!: string;

  @ApiProperty({ type: GuestInput })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => GuestInput)
  guest!: GuestInput;

  @ApiPropertyOptional({ example: 'Celebrating a birthday', maxLength: 1000 })
  @Omittable()
  @IsString()
  @MaxLength(1000)
  notes?: string;
}

export class AcceptOfferBody {
  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'The offerId of the waitlist.offer event the guest answers; refused (409 offer_mismatch) if another offer is current',
  })
  @Omittable()
  @IsUUID()
  offerId?: string;
}

export class LeaveWaitlistBody {
  @ApiPropertyOptional({ example: 'Found a table elsewhere', maxLength: 500 })
  @Omittable()
  @IsString()
  @MaxLength(500)
  reason?: string;
}
