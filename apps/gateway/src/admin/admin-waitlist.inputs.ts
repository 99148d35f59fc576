import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDefined,
  IsIn,
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
import { WAITLIST_KINDS, type WaitlistKind } from '@tablekeeper/domain';
import { GuestInput } from '../bookings/booking.inputs';
import { Omittable } from '../common/omittable.decorator';
import { PageQuery } from './admin.inputs';

/** GET /admin/api/waitlist: the restaurant's list, both kinds, in fair order. */
export class AdminWaitlistQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Your restaurant (the default); another answers 404' })
  @Omittable()
  @IsUUID()
  restaurantId?: string;

  @ApiPropertyOptional({ enum: WAITLIST_KINDS, description: 'Only walk-ins or only wishes; default both' })
  @Omittable()
  @IsIn(WAITLIST_KINDS)
  kind?: WaitlistKind;

  @ApiPropertyOptional({
    example: 'waiting,offered',
    description: 'Comma-separated statuses; default waiting,offered (the entries still on the list)',
  })
  @Omittable()
  @IsString()
  @MaxLength(200)
  status?: string;
}

/** The walk-in's guest: a name at least (the first name the host hears), a phone to text. */
export class WaitlistWalkInGuestInput extends PickType(GuestInput, ['name', 'phone'] as const) {}

/** POST /admin/api/waitlist/walk-ins: a party at the door joins the queue and is quoted a time. */
export class AdminWalkInEntryInput {
  @ApiProperty({ format: 'uuid', description: 'Your restaurant' })
  @IsUUID()
  restaurantId!: string;

  @ApiProperty({ type: 'integer', example: 2, minimum: 1, maximum: 100 })
  @IsInt()
  @Min(1)
  @Max(100)
  partySize!: number;

  @ApiProperty({ type: WaitlistWalkInGuestInput })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => WaitlistWalkInGuestInput)
  guest!: WaitlistWalkInGuestInput;

  @ApiPropertyOptional({ example: 'Pram; prefers the window', maxLength: 1000 })
  @Omittable()
  @IsString()
  @MaxLength(1000)
  notes?: string;
}

/** POST /admin/api/waitlist/{id}/seat: the walk-in sits down now at these tables. */
export class SeatWaitlistEntryInput {
  @ApiProperty({ type: [String], format: 'uuid', description: 'The free tables to seat them at' })
  @IsArray()
  @IsUUID('all', { each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(8)
  tableIds!: string[];
}

/** POST /admin/api/waitlist/{id}/remove. */
export class RemoveWaitlistEntryInput {
  @ApiPropertyOptional({ example: 'left', maxLength: 500 })
  @Omittable()
  @IsString()
  @MaxLength(500)
  @Matches(/\S/, { message: 'reason must not be blank' })
  reason?: string;
}
