import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDefined,
  IsIn,
  IsString,
  Length,
  Matches,
  ValidateNested,
  IsObject,
} from 'class-validator';
import { CHANNELS, type Channel } from '@tablekeeper/domain';
import { ContactInput, ExceptionInput, HoursInput, PolicyInput, TableInput, ZoneInput } from './setup.inputs';
import { Omittable } from '../common/omittable.decorator';

export const SETUP_DOCUMENT_VERSION = 1;
export const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;
const NOT_BLANK = /\S/;

/** Who the restaurant is; the slug names it (import creates it when no restaurant has that slug). */
export class SetupRestaurantInput {
  @ApiProperty({ example: 'demo-bistro', pattern: SLUG.source, maxLength: 64 })
  @IsString()
  @Matches(SLUG, { message: 'slug must be lower-case letters, digits and inner hyphens (at most 64)' })
  slug!: string;

  @ApiProperty({ example: 'Demo Bistro', minLength: 1, maxLength: 100 })
  @IsString()
  @Length(1, 100)
  @Matches(NOT_BLANK, { message: 'name must not be blank' })
  name!: string;

  @ApiProperty({ example: 'Europe/London', description: 'IANA timezone' })
  @IsString()
  @Length(1, 64)
  timezone!: string;

  @ApiPropertyOptional({ type: ContactInput })
  @Omittable()
  @IsObject()
  @ValidateNested()
  @Type(() => ContactInput)
  contact?: ContactInput;

  @ApiPropertyOptional({
    enum: CHANNELS,
    isArray: true,
    description: 'Channels bookings are taken from (all when absent)',
  })
  @Omittable()
  @IsArray()
  @ArrayMaxSize(CHANNELS.length)
  @IsIn([...CHANNELS], { each: true })
  bookingChannels?: Channel[];
}

/** The booking policy: the same fields and limits as `PATCH /v1/restaurants/{id}/policy`. */
export class SetupPolicyInput extends OmitType(PolicyInput, [
  'name',
  'timezone',
  'contact',
  'bookingChannels',
] as const) {}

/** A table of the document: its zone by name, its combinable neighbours by label. */
export class SetupTableInput extends OmitType(TableInput, ['zoneId'] as const) {
  @ApiProperty({ example: 'Terrace', description: 'Name of one of the document’s zones' })
  @IsString()
  @Length(1, 50)
  zone!: string;
}

/**
 * A restaurant's whole setup as one document (`GET /v1/restaurants/{id}/setup`, `npm run cli --
 * restaurant export <slug>`), imported all-or-nothing. Tables left out are deactivated (their
 * history names them), empty zones left out are deleted, exceptions from today on are replaced;
 * table blocks are day-to-day operations and not part of it.
 */
export class SetupDocumentInput {
  @ApiProperty({ enum: [SETUP_DOCUMENT_VERSION], example: SETUP_DOCUMENT_VERSION })
  @IsIn([SETUP_DOCUMENT_VERSION], { message: `version must be ${SETUP_DOCUMENT_VERSION}` })
  version!: number;

  @ApiProperty({ type: SetupRestaurantInput })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => SetupRestaurantInput)
  restaurant!: SetupRestaurantInput;

  @ApiPropertyOptional({ type: SetupPolicyInput, description: 'Fields left out take their defaults' })
  @Omittable()
  @IsObject()
  @ValidateNested()
  @Type(() => SetupPolicyInput)
  policy?: SetupPolicyInput;

  @ApiProperty({ type: [ZoneInput], description: 'Zones in display order' })
  @IsDefined()
  @IsArray()
  @ArrayMaxSize(50)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => ZoneInput)
  zones!: ZoneInput[];

  @ApiProperty({ type: [SetupTableInput] })
  @IsDefined()
  @IsArray()
  @ArrayMaxSize(500)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => SetupTableInput)
  tables!: SetupTableInput[];

  @ApiProperty({
    type: HoursInput,
    description: 'Weekly service periods and pacing (no pacing rules when `pacing` is absent)',
  })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => HoursInput)
  hours!: HoursInput;

  @ApiPropertyOptional({
    type: [ExceptionInput],
    description: 'Closed dates and special hours, from today on',
  })
  @Omittable()
  @IsArray()
  @ArrayMaxSize(200)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => ExceptionInput)
  exceptions?: ExceptionInput[];
}
