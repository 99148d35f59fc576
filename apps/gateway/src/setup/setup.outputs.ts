import { ApiProperty } from '@nestjs/swagger';
import { CHANNELS, type Channel } from '@tablekeeper/domain';

export class ZoneOutput {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Terrace' }) name!: string;
  @ApiProperty({ type: 'integer' }) sortOrder!: number;
  @ApiProperty({ type: 'integer', example: 6 }) tableCount!: number;
}

export class ZoneListOutput {
  @ApiProperty({ type: [ZoneOutput] }) data!: ZoneOutput[];
}

export class TableOutput {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'T13' }) label!: string;
  @ApiProperty({ format: 'uuid' }) zoneId!: string;
  @ApiProperty({ example: 'Terrace' }) zone!: string;
  @ApiProperty({ type: 'integer', example: 2 }) minCovers!: number;
  @ApiProperty({ type: 'integer', example: 4 }) maxCovers!: number;
  @ApiProperty() active!: boolean;
  @ApiProperty({ type: [String], example: ['T14'] }) combinableWith!: string[];
}

export class TableListOutput {
  @ApiProperty({ type: [TableOutput] }) data!: TableOutput[];
}

/** A live booking a change leaves without a valid table or time, for staff to move. */
export class AffectedBookingOutput {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'confirmed' }) status!: string;
  @ApiProperty({ type: 'integer', example: 4 }) partySize!: number;
  @ApiProperty({ format: 'date-time' }) startsAt!: string;
  @ApiProperty({ format: 'date-time' }) endsAt!: string;
  @ApiProperty({ type: [String], example: ['T13'] }) tables!: string[];
}

export class TableChangeOutput {
  @ApiProperty({ type: TableOutput }) table!: TableOutput;
  @ApiProperty({
    type: [AffectedBookingOutput],
    description: 'Bookings that hold the table and no longer fit it; never changed, for staff to move',
  })
  affectedBookings!: AffectedBookingOutput[];
}

export class PeriodOutput {
  @ApiProperty({ example: 'Dinner' }) name!: string;
  @ApiProperty({ example: '18:00' }) opens!: string;
  @ApiProperty({ example: '23:00' }) closes!: string;
  @ApiProperty({ type: String, nullable: true, example: '21:30' }) lastSeating!: string | null;
}

export class WeeklyPeriodOutput extends PeriodOutput {
  @ApiProperty({ type: [Number], example: [1, 2, 3, 4, 5] }) days!: number[];
}

export class PacingOutput {
  @ApiProperty({ type: String, nullable: true, example: null }) period!: string | null;
  @ApiProperty({ type: 'integer', example: 15 }) intervalMinutes!: number;
  @ApiProperty({ type: 'integer', example: 30 }) maxCovers!: number;
  @ApiProperty({ type: 'integer', example: 6 }) maxParties!: number;
}

export class HoursOutput {
  @ApiProperty({ type: [WeeklyPeriodOutput] }) periods!: WeeklyPeriodOutput[];
  @ApiProperty({ type: [PacingOutput] }) pacing!: PacingOutput[];
  @ApiProperty({ type: [AffectedBookingOutput], description: 'Future bookings the hours no longer cover' })
  affectedBookings!: AffectedBookingOutput[];
}

export class ExceptionOutput {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '2026-12-25' }) startsOn!: string;
  @ApiProperty({ example: '2026-12-25' }) endsOn!: string;
  @ApiProperty() closed!: boolean;
  @ApiProperty({ type: String, nullable: true, example: 'Christmas' }) reason!: string | null;
  @ApiProperty({ type: [PeriodOutput] }) periods!: PeriodOutput[];
}

export class ExceptionListOutput {
  @ApiProperty({ type: [ExceptionOutput] }) data!: ExceptionOutput[];
}

export class ExceptionChangeOutput {
  @ApiProperty({ type: ExceptionOutput }) exception!: ExceptionOutput;
  @ApiProperty({ type: [AffectedBookingOutput], description: 'Live bookings on those dates, untouched' })
  affectedBookings!: AffectedBookingOutput[];
}

export class BlockOutput {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) tableId!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'T4' }) tableLabel!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) zoneId!: string | null;
  @ApiProperty({ type: String, nullable: true, example: null }) zoneName!: string | null;
  @ApiProperty({ format: 'date-time' }) startsAt!: string;
  @ApiProperty({ format: 'date-time' }) endsAt!: string;
  @ApiProperty({ example: 'Wobbly leg' }) reason!: string;
  @ApiProperty({ example: 'staff:maria@bistro.example' }) createdBy!: string;
}

export class BlockListOutput {
  @ApiProperty({ type: [BlockOutput] }) data!: BlockOutput[];
}

export class BlockChangeOutput {
  @ApiProperty({ type: BlockOutput }) block!: BlockOutput;
  @ApiProperty({
    type: [AffectedBookingOutput],
    description: 'Bookings at the blocked tables, for staff to move',
  })
  affectedBookings!: AffectedBookingOutput[];
}

class PolicyContactOutput {
  @ApiProperty({ type: String, nullable: true, example: '+442079460000' }) phone!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'hello@demo-bistro.example' }) email!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '1 Market Street, London' }) address!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'https://demo-bistro.example' }) website!:
    string | null;
}

class PolicyDurationRuleOutput {
  @ApiProperty({ type: 'integer', example: 2 }) maxPartySize!: number;
  @ApiProperty({ type: 'integer', example: 5400 }) durationSeconds!: number;
}

/** The restaurant's details and booking policy in the very shape PATCH …/policy takes, every field. */
export class PolicyOutput {
  @ApiProperty({ example: 'Demo Bistro' }) name!: string;
  @ApiProperty({ example: 'Europe/London' }) timezone!: string;
  @ApiProperty({ type: PolicyContactOutput }) contact!: PolicyContactOutput;
  @ApiProperty({ enum: CHANNELS, isArray: true, example: ['api', 'web_widget', 'admin'] })
  bookingChannels!: Channel[];
  @ApiProperty({ type: 'integer', example: 5400 }) defaultDurationSeconds!: number;
  @ApiProperty({ type: [PolicyDurationRuleOutput] }) durationByPartySize!: PolicyDurationRuleOutput[];
  @ApiProperty({ type: 'integer', example: 300 }) holdTtlSeconds!: number;
  @ApiProperty({ type: 'integer', example: 8 }) autoConfirmMaxPartySize!: number;
  @ApiProperty({ type: 'integer', example: 1 }) minPartySize!: number;
  @ApiProperty({ type: 'integer', example: 20 }) maxPartySize!: number;
  @ApiProperty({ type: 'integer', example: 86400 }) manualReviewTimeoutSeconds!: number;
  @ApiProperty({ type: [Number], example: [86400, 7200] }) reminderLeadSeconds!: number[];
  @ApiProperty({ type: 'integer', example: 900 }) noShowGraceSeconds!: number;
  @ApiProperty({ type: 'integer', example: 90 }) bookingWindowDays!: number;
  @ApiProperty({ type: 'integer', example: 15 }) minNoticeMinutes!: number;
  @ApiProperty({ type: 'integer', example: 15 }) slotIntervalMinutes!: number;
  @ApiProperty({ example: false }) offGridStartsAllowed!: boolean;
  @ApiProperty({ example: true }) mustEndByClose!: boolean;
  @ApiProperty({ type: 'integer', example: 120 }) cancellationCutoffMinutes!: number;
  @ApiProperty({ type: 'integer', example: 900 }) waitlistOfferWindowSeconds!: number;
  @ApiProperty({ type: String, nullable: true, example: 'Free cancellation up to 2 hours before.' })
  cancellationPolicy!: string | null;
}

export class PolicyChangeOutput {
  @ApiProperty({ type: 'object', additionalProperties: true, example: { minNoticeMinutes: 15 } })
  before!: Record<string, unknown>;
  @ApiProperty({ type: 'object', additionalProperties: true, example: { minNoticeMinutes: 60 } })
  after!: Record<string, unknown>;
}

export class SetupChangeOutput {
  @ApiProperty({ example: '42' }) id!: string;
  @ApiProperty({ example: 'staff:maria@bistro.example' }) actor!: string;
  @ApiProperty({ example: 'table.create' }) action!: string;
  @ApiProperty({ type: String, nullable: true, example: 'T21' }) subject!: string | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: 'The state before (null for a creation)',
  })
  before!: unknown;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: 'The state after (null for a deletion)',
  })
  after!: unknown;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

export class SetupChangePageOutput {
  @ApiProperty({ type: [SetupChangeOutput] }) items!: SetupChangeOutput[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export class SetupImportOutput {
  @ApiProperty({ format: 'uuid' }) restaurantId!: string;
  @ApiProperty({ description: 'true: no restaurant had the slug, so the import created one' })
  created!: boolean;
  @ApiProperty({
    type: [String],
    example: ['T21'],
    description: 'Tables the document leaves out, now inactive (kept for their history)',
  })
  deactivatedTables!: string[];
  @ApiProperty({
    type: [AffectedBookingOutput],
    description: 'Future bookings the new setup leaves without a valid table or time, for staff to move',
  })
  affectedBookings!: AffectedBookingOutput[];
}
