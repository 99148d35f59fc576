import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDefined,
  IsInt,
  IsObject,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { CreateBookingInput, GuestInput } from '../bookings/booking.inputs';
import { Omittable } from '../common/omittable.decorator';

/** A booking staff take on the phone: a guest's booking, with the tables staff may choose. */
export class StaffBookingInput extends OmitType(CreateBookingInput, ['restaurantId'] as const) {
  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    description: "Seat the party at these tables instead of the engine's pick (checked free under the lock)",
  })
  @Omittable()
  @IsArray()
  @IsUUID('all', { each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(8)
  tableIds?: string[];
}

/** The guest of a walk-in: a name at least (staff may type the first name they hear). */
export class WalkInGuestInput extends GuestInput {}

/** A party seated now at a free table: the booking starts checked in. */
export class WalkInInput {
  @ApiProperty({ example: 2, minimum: 1, maximum: 100 })
  @IsInt()
  @Min(1)
  @Max(100)
  partySize!: number;

  @ApiProperty({ type: [String], format: 'uuid', description: 'The free tables to seat them at' })
  @IsArray()
  @IsUUID('all', { each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(8)
  tableIds!: string[];

  @ApiPropertyOptional({ type: WalkInGuestInput, description: 'Default: a guest named "Walk-in"' })
  @Omittable()
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => WalkInGuestInput)
  guest?: WalkInGuestInput;

  @ApiPropertyOptional({ example: 'Birthday', maxLength: 1000 })
  @Omittable()
  @IsString()
  @MaxLength(1000)
  notes?: string;
}

export class GuestLookupQuery {
  @ApiProperty({
    example: 'Love',
    minLength: 2,
    maxLength: 100,
    description: 'Part of a name, phone or email',
  })
  @IsString()
  @Length(2, 100)
  @Matches(/\S/, { message: 'q must not be blank' })
  q!: string;
}
