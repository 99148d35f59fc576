import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { EU_ALLERGENS, MAX_GUEST_TAGS } from '@tablekeeper/domain';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEmail,
  IsIn,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
} from 'class-validator';
import { Omittable } from '../common/omittable.decorator';
import { PageQuery } from './admin.inputs';

/** The guest list's search and filters; also what the CSV export takes. */
export class GuestListQuery extends PageQuery {
  @ApiPropertyOptional({
    example: '07700 900123',
    description:
      'Part of the name or e-mail, or a phone number in any format (read with the restaurant’s country)',
  })
  @Omittable()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({
    example: 'vip,wine-lover',
    description: 'Comma-separated tags the guest must all have',
  })
  @Omittable()
  @IsString()
  @MaxLength(300)
  tags?: string;

  @ApiPropertyOptional({ example: '3', description: 'Only guests with at least this many visits' })
  @Omittable()
  @Matches(/^\d{1,5}$/, { message: 'minVisits must be a whole number from 0 to 99999' })
  minVisits?: string;

  @ApiPropertyOptional({ example: '2026-06-01', description: 'Last visit before this date or instant' })
  @Omittable()
  @IsISO8601({ strict: true })
  lastVisitBefore?: string;

  @ApiPropertyOptional({ example: '2026-01-01', description: 'Last visit on or after this date or instant' })
  @Omittable()
  @IsISO8601({ strict: true })
  lastVisitAfter?: string;

  @ApiPropertyOptional({
    enum: ['true', 'false'],
    description: 'Only guests with (true) or without (false) a no-show',
  })
  @Omittable()
  @IsIn(['true', 'false'], { message: 'hasNoShows must be true or false' })
  hasNoShows?: string;
}

/** What staff change on a profile; a field left out stays as it is, null clears a nullable one. */
export class GuestEditInput {
  @ApiPropertyOptional({ example: 'Ada Lovelace', minLength: 1, maxLength: 200 })
  @Omittable()
  @IsString()
  @Length(1, 200)
  name?: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: '+447700900123', maxLength: 40 })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  phone?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'ada@example.com', maxLength: 254 })
  @IsOptional()
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'en-GB', description: 'BCP 47 language tag' })
  @IsOptional()
  @Matches(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, {
    message: 'language must be a BCP 47 tag such as en or de-AT',
  })
  language?: string | null;

  @ApiPropertyOptional({
    type: [String],
    example: ['vip', 'wine-lover'],
    description: `vip, regular or free tags: letters, digits and hyphens, up to 32 characters; at most ${MAX_GUEST_TAGS}. Replaces the guest's tags.`,
  })
  @Omittable()
  @IsString({ each: true })
  @ArrayMaxSize(MAX_GUEST_TAGS)
  @MaxLength(40, { each: true })
  tags?: string[];

  @ApiPropertyOptional({
    type: [String],
    enum: EU_ALLERGENS,
    example: ['peanuts'],
    description: 'Codes of the 14 EU allergens; replaces the guest’s allergens',
  })
  @Omittable()
  @ArrayMaxSize(EU_ALLERGENS.length)
  @IsIn(EU_ALLERGENS, { each: true, message: `allergens must each be one of: ${EU_ALLERGENS.join(', ')}` })
  allergens?: string[];

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Vegetarian; no coriander', maxLength: 1000 })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  dietaryNotes?: string | null;

  @ApiPropertyOptional({ example: true, description: 'Marketing consent as the guest gave it to staff' })
  @Omittable()
  @IsBoolean()
  marketingConsent?: boolean;
}

export class GuestNoteInput {
  @ApiProperty({ example: 'Prefers the window table; celebrates in May', minLength: 1, maxLength: 2000 })
  @IsString()
  @Length(1, 2000)
  body!: string;
}

export class GuestMergeInput {
  @ApiProperty({ format: 'uuid', description: 'The guest merged into this one (and then removed)' })
  @IsUUID('all', { message: 'otherGuestId must be a guest id' })
  otherGuestId!: string;
}
