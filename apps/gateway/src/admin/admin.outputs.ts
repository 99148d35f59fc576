import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { BOOKING_STATUSES, type BookingStatus } from '../../../../libs/domain/src';
import { STAFF_ROLES, type StaffRole } from '../../../../libs/db/src';

export class StaffOutput {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'ops@demo-bistro.test' }) email!: string;
  @ApiProperty({ enum: STAFF_ROLES }) role!: StaffRole;
  @ApiProperty({ format: 'uuid' }) restaurantId!: string;
  @ApiProperty({ example: 'Demo Bistro' }) restaurantName!: string;
  @ApiProperty({ example: 'Europe/London' }) timezone!: string;
}

export class SessionOutput {
  @ApiProperty({ type: StaffOutput }) staff!: StaffOutput;
  @ApiProperty({ description: 'Send as X-CSRF-Token on every POST and DELETE of the admin API' })
  csrfToken!: string;
  @ApiProperty({ example: 'http://localhost:8233', description: 'Base URL of the Temporal UI' })
  temporalUiUrl!: string;
}

export class AdminGuestOutput {
  @ApiProperty() name!: string;
  @ApiPropertyOptional({ nullable: true }) phone!: string | null;
}

export class TableRefOutput {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'T4' }) label!: string;
}

export class AdminBookingOutput {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() workflowId!: string;
  @ApiProperty({ enum: BOOKING_STATUSES }) status!: BookingStatus;
  @ApiProperty() partySize!: number;
  @ApiProperty({ format: 'date-time' }) startsAt!: string;
  @ApiProperty({ format: 'date-time' }) endsAt!: string;
  @ApiProperty({ example: 'voice' }) channel!: string;
  @ApiPropertyOptional({ nullable: true }) notes!: string | null;
  @ApiProperty({ type: AdminGuestOutput }) guest!: AdminGuestOutput;
  @ApiProperty({ type: [TableRefOutput] }) tables!: TableRefOutput[];
  @ApiPropertyOptional({ nullable: true, example: 'party_size_over_auto_confirm_limit' })
  reviewReason!: string | null;
  @ApiPropertyOptional({ nullable: true }) closeReason!: string | null;
}

export class EngineSuggestionOutput {
  @ApiProperty({ type: [String], example: ['B1', 'B2'], description: "The engine's tables" })
  tables!: string[];
  @ApiPropertyOptional({ nullable: true, example: 'combination' }) strategy!: string | null;
  @ApiPropertyOptional({ nullable: true }) score!: number | null;
  @ApiPropertyOptional({ nullable: true, example: 'no_table_set_fits_party' }) reason!: string | null;
}

export class ReviewItemOutput extends AdminBookingOutput {
  @ApiProperty({ type: EngineSuggestionOutput }) suggestion!: EngineSuggestionOutput;
  @ApiPropertyOptional({ format: 'date-time', nullable: true }) sentToReviewAt!: string | null;
}

export class ReviewPageOutput {
  @ApiProperty({ type: [ReviewItemOutput] }) items!: ReviewItemOutput[];
  @ApiPropertyOptional({ nullable: true, description: 'Pass as cursor for the next page' })
  nextCursor!: string | null;
}

export class BookingPageOutput {
  @ApiProperty({ type: [AdminBookingOutput] }) items!: AdminBookingOutput[];
  @ApiPropertyOptional({ nullable: true, description: 'Pass as cursor for the next page' })
  nextCursor!: string | null;
  @ApiProperty({ example: '2026-11-23', description: 'The local date listed' }) date!: string;
}

export class FloorBookingOutput {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: BOOKING_STATUSES }) status!: BookingStatus;
  @ApiProperty() guestName!: string;
  @ApiProperty() partySize!: number;
  @ApiProperty({ format: 'date-time' }) startsAt!: string;
  @ApiProperty({ format: 'date-time' }) endsAt!: string;
}

export class FloorTableOutput {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() label!: string;
  @ApiProperty() minCovers!: number;
  @ApiProperty() maxCovers!: number;
  @ApiProperty({ enum: ['free', 'held', 'reserved', 'seated', 'blocked'] }) state!: string;
  @ApiPropertyOptional({ type: FloorBookingOutput, nullable: true }) booking!: FloorBookingOutput | null;
}

export class FloorZoneOutput {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Terrace' }) name!: string;
  @ApiProperty({ type: [FloorTableOutput] }) tables!: FloorTableOutput[];
}

export class FloorOutput {
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ type: [FloorZoneOutput] }) zones!: FloorZoneOutput[];
}
