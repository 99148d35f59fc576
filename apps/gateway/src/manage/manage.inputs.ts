import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsDefined,
  IsInt,
  IsISO8601,
  IsObject,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { GuestInput } from '../bookings/booking.inputs';
import { Omittable } from '../common/omittable.decorator';

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** What a guest may change of their booking themselves: its time and party size. */
export class GuestChangeBookingInput {
  @ApiPropertyOptional({ example: 4, minimum: 1, maximum: 100 })
  @Omittable()
  @IsInt()
  @Min(1)
  @Max(100)
  partySize?: number;

  @ApiPropertyOptional({
    example: '2026-11-23T20:00:00+00:00',
    format: 'date-time',
    description: 'ISO 8601 with an offset',
  })
  @Omittable()
  @IsString()
  @IsISO8601({ strict: true, strictSeparator: true })
  @Matches(ISO_WITH_OFFSET, {
    message: 'startsAt must be ISO 8601 with an offset, e.g. 2026-11-23T19:00:00+00:00',
  })
  startsAt?: string;
}

/** A widget's hold becomes a booking once the guest says who they are. */
export class ConfirmHoldAsGuestInput {
  @ApiProperty({ type: GuestInput })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => GuestInput)
  guest!: GuestInput;

  @ApiPropertyOptional({ example: 'Window seat if possible', maxLength: 1000 })
  @Omittable()
  @IsString()
  @MaxLength(1000)
  notes?: string;
}
