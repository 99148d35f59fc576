import { ApiProperty } from '@nestjs/swagger';
import { BOOKING_STATUSES, EU_ALLERGENS, type BookingStatus } from '@tablekeeper/domain';
import {
  FLOOR_STATES,
  STAFF_ROLES,
  type AdminBookingRow,
  type ChangeReviewRow,
  type ChangeSide,
  type EngineSuggestion,
  type FloorState,
  type FloorTable,
  type FloorZone,
  type Page,
  type ReviewRow,
  type StaffRole,
} from '@tablekeeper/db';

// Each output implements the repository row it documents, and the service returns the rows
// as they are: a field added, dropped or retyped on one side fails to compile on the other.
// Nullable fields are always present (as null), hence required with an explicit `type`: a
// `string | null` property has no runtime type for the decorator to read.

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

export class AdminGuestOutput implements Readonly<AdminBookingRow['guest']> {
  @ApiProperty({ format: 'uuid', description: 'The guest profile: GET /admin/api/guests/{id}' })
  readonly id!: string;
  @ApiProperty() readonly name!: string;
  @ApiProperty({ type: [String], example: ['vip'], description: 'vip, regular and free tags' })
  readonly tags!: readonly string[];
  @ApiProperty({ type: [String], enum: EU_ALLERGENS, example: ['peanuts'] })
  readonly allergens!: readonly string[];
  @ApiProperty({ type: String, nullable: true, example: '+447700900123' }) readonly phone!: string | null;
}

export class TableRefOutput implements Readonly<AdminBookingRow['tables'][number]> {
  @ApiProperty({ format: 'uuid' }) readonly id!: string;
  @ApiProperty({ example: 'T4' }) readonly label!: string;
}

export class AdminBookingOutput implements AdminBookingRow {
  @ApiProperty({ format: 'uuid' }) readonly id!: string;
  @ApiProperty() readonly workflowId!: string;
  @ApiProperty({ enum: BOOKING_STATUSES }) readonly status!: BookingStatus;
  @ApiProperty({ type: 'integer' }) readonly partySize!: number;
  @ApiProperty({ format: 'date-time' }) readonly startsAt!: string;
  @ApiProperty({ format: 'date-time' }) readonly endsAt!: string;
  @ApiProperty({ example: 'voice' }) readonly channel!: string;
  @ApiProperty({ type: String, nullable: true }) readonly notes!: string | null;
  @ApiProperty({ type: AdminGuestOutput }) readonly guest!: AdminGuestOutput;
  @ApiProperty({ type: [TableRefOutput] }) readonly tables!: readonly TableRefOutput[];
  @ApiProperty({ type: String, nullable: true, example: 'party_size_over_auto_confirm_limit' })
  readonly reviewReason!: string | null;
  @ApiProperty({ type: String, nullable: true }) readonly closeReason!: string | null;
}

export class EngineSuggestionOutput implements EngineSuggestion {
  @ApiProperty({ type: [String], example: ['B1', 'B2'], description: "The engine's tables" })
  readonly tables!: readonly string[];
  @ApiProperty({ type: String, nullable: true, example: 'combination' }) readonly strategy!: string | null;
  @ApiProperty({ type: Number, nullable: true }) readonly score!: number | null;
  @ApiProperty({ type: String, nullable: true, example: 'no_table_set_fits_party' })
  readonly reason!: string | null;
}

export class ReviewItemOutput extends AdminBookingOutput implements ReviewRow {
  @ApiProperty({ type: EngineSuggestionOutput }) readonly suggestion!: EngineSuggestionOutput;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) readonly sentToReviewAt!: string | null;
}

export class ReviewPageOutput implements Page<ReviewRow> {
  @ApiProperty({ type: [ReviewItemOutput] }) readonly items!: readonly ReviewItemOutput[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as cursor for the next page' })
  readonly nextCursor!: string | null;
}

export class BookingPageOutput implements Page<AdminBookingRow> {
  @ApiProperty({ type: [AdminBookingOutput] }) readonly items!: readonly AdminBookingOutput[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as cursor for the next page' })
  readonly nextCursor!: string | null;
  @ApiProperty({ format: 'date', example: '2026-11-23', description: 'The local date listed' })
  readonly date!: string;
}

export class FloorBookingOutput implements NonNullable<FloorTable['booking']> {
  @ApiProperty({ format: 'uuid' }) readonly id!: string;
  @ApiProperty({ enum: BOOKING_STATUSES }) readonly status!: BookingStatus;
  @ApiProperty() readonly guestName!: string;
  @ApiProperty({ type: [String], example: ['vip'] }) readonly guestTags!: readonly string[];
  @ApiProperty({ type: [String], enum: EU_ALLERGENS, example: ['peanuts'] })
  readonly guestAllergens!: readonly string[];
  @ApiProperty({ type: 'integer' }) readonly partySize!: number;
  @ApiProperty({ format: 'date-time' }) readonly startsAt!: string;
  @ApiProperty({ format: 'date-time' }) readonly endsAt!: string;
}

export class FloorTableOutput implements FloorTable {
  @ApiProperty({ format: 'uuid' }) readonly id!: string;
  @ApiProperty() readonly label!: string;
  @ApiProperty({ type: 'integer' }) readonly minCovers!: number;
  @ApiProperty({ type: 'integer' }) readonly maxCovers!: number;
  @ApiProperty({ enum: FLOOR_STATES }) readonly state!: FloorState;
  @ApiProperty({ type: FloorBookingOutput, nullable: true }) readonly booking!: FloorBookingOutput | null;
}

export class FloorZoneOutput implements FloorZone {
  @ApiProperty({ format: 'uuid' }) readonly id!: string;
  @ApiProperty({ example: 'Terrace' }) readonly name!: string;
  @ApiProperty({ type: [FloorTableOutput] }) readonly tables!: readonly FloorTableOutput[];
}

export class FloorOutput {
  @ApiProperty({ format: 'date-time' }) readonly at!: string;
  @ApiProperty({ type: [FloorZoneOutput] }) readonly zones!: readonly FloorZoneOutput[];
}

export class ChangeSideOutput implements ChangeSide {
  @ApiProperty({ format: 'date-time' }) readonly startsAt!: string;
  @ApiProperty({ format: 'date-time' }) readonly endsAt!: string;
  @ApiProperty({ type: 'integer' }) readonly partySize!: number;
  @ApiProperty({ type: [String], example: ['T4'] }) readonly tables!: readonly string[];
  @ApiProperty({ type: String, nullable: true }) readonly notes!: string | null;
}

export class ChangeReviewItemOutput implements ChangeReviewRow {
  @ApiProperty({ format: 'uuid' }) readonly changeId!: string;
  @ApiProperty({ format: 'uuid' }) readonly bookingId!: string;
  @ApiProperty() readonly guestName!: string;
  @ApiProperty({ example: 'party_size_over_auto_confirm_limit' }) readonly reviewReason!: string;
  @ApiProperty({ example: 'api:tk_3f9a' }) readonly requestedBy!: string;
  @ApiProperty({ format: 'date-time' }) readonly requestedAt!: string;
  @ApiProperty({ type: ChangeSideOutput, description: 'The booking as it is' })
  readonly before!: ChangeSideOutput;
  @ApiProperty({ type: ChangeSideOutput, description: 'The booking if staff approve' })
  readonly after!: ChangeSideOutput;
}

export class ChangeReviewPageOutput implements Page<ChangeReviewRow> {
  @ApiProperty({ type: [ChangeReviewItemOutput] }) readonly items!: readonly ChangeReviewItemOutput[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as cursor for the next page' })
  readonly nextCursor!: string | null;
}
