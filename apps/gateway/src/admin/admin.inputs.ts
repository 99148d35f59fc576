import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ModifyBookingInput } from '../bookings/booking.inputs';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEmail,
  IsISO8601,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
} from 'class-validator';
import { Omittable } from '../common/omittable.decorator';

export class SignInInput {
  @ApiProperty({ example: 'ops@demo-bistro.test', maxLength: 254 })
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email!: string;

  @ApiProperty({ minLength: 1, maxLength: 200, format: 'password' })
  @IsString()
  @Length(1, 200)
  password!: string;
}

export class ApproveInput {
  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    description: "Seat the party at these tables instead of the engine's; checked free at approval",
  })
  @Omittable()
  @IsUUID('all', { each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(8)
  tableIds?: string[];

  @ApiPropertyOptional({ example: 'Manager agreed', maxLength: 500 })
  @Omittable()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

/** Query strings arrive as strings; numbers are parsed by the service, not coerced here. */
export class PageQuery {
  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @Omittable()
  @IsString()
  @MaxLength(200)
  cursor?: string;

  @ApiPropertyOptional({ example: '50', description: '1 to 100 (default 50)' })
  @Omittable()
  @Matches(/^(100|[1-9][0-9]?)$/, { message: 'limit must be a whole number from 1 to 100' })
  limit?: string;
}

export class DayQuery extends PageQuery {
  @ApiPropertyOptional({ example: '2026-11-23', description: 'Local date; default today at the restaurant' })
  @Omittable()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'date must be YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  date?: string;

  @ApiPropertyOptional({ example: 'confirmed,manual_review', description: 'Comma-separated statuses' })
  @Omittable()
  @IsString()
  @MaxLength(300)
  status?: string;

  @ApiPropertyOptional({ example: 'Lovelace', description: 'Part of the guest name or phone number' })
  @Omittable()
  @IsString()
  @MaxLength(100)
  q?: string;
}

export class FloorQuery {
  @ApiPropertyOptional({ example: '2026-11-23T19:30:00Z', description: 'The instant to show; default now' })
  @Omittable()
  @IsISO8601({ strict: true, strictSeparator: true })
  at?: string;
}

/** A staff change: everything a guest may change, and the tables to seat the party at. */
export class StaffModifyInput extends ModifyBookingInput {
  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    description: 'Move the party to these tables (checked free for the new time under the lock)',
  })
  @Omittable()
  @IsUUID('all', { each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(8)
  tableIds?: string[];
}
