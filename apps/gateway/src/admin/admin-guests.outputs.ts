import { ApiProperty } from '@nestjs/swagger';
import { EU_ALLERGENS } from '@tablekeeper/domain';
import type {
  GuestConflictRow,
  GuestListRow,
  GuestMergeRecord,
  GuestNoteVersion,
  GuestNoteView,
  GuestProfile,
  GuestStats,
} from '@tablekeeper/db';

// As in admin.outputs.ts: each output implements the repository row it documents.

export class GuestStatsOutput implements GuestStats {
  @ApiProperty({ type: 'integer', description: 'Bookings the party came to (checked in or completed)' })
  readonly visits!: number;
  @ApiProperty({ type: 'integer', description: 'Guests seated over those visits' }) readonly covers!: number;
  @ApiProperty({ type: 'integer' }) readonly noShows!: number;
  @ApiProperty({ type: 'integer' }) readonly cancellations!: number;
  @ApiProperty({ type: 'integer', description: 'Cancelled within the restaurant’s cancellation cutoff' })
  readonly lateCancellations!: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) readonly lastVisitAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) readonly nextVisitAt!: string | null;
}

export class GuestListItemOutput implements GuestListRow {
  @ApiProperty({ format: 'uuid' }) readonly id!: string;
  @ApiProperty({ example: 'Ada Lovelace' }) readonly name!: string;
  @ApiProperty({ type: String, nullable: true, example: '+447700900123' }) readonly phone!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'ada@example.com' }) readonly email!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'en' }) readonly language!: string | null;
  @ApiProperty({ type: [String], example: ['vip'] }) readonly tags!: string[];
  @ApiProperty({ type: [String], enum: EU_ALLERGENS, example: ['peanuts'] }) readonly allergens!: string[];
  @ApiProperty({ type: Boolean, nullable: true, description: 'null: never asked' })
  readonly marketingConsent!: boolean | null;
  @ApiProperty({ type: GuestStatsOutput }) readonly stats!: GuestStatsOutput;
}

export class GuestPageOutput {
  @ApiProperty({ type: [GuestListItemOutput] }) readonly items!: readonly GuestListItemOutput[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as cursor for the next page' })
  readonly nextCursor!: string | null;
}

export class GuestNoteVersionOutput implements GuestNoteVersion {
  @ApiProperty({ type: 'integer', example: 1 }) readonly version!: number;
  @ApiProperty({ example: 'Prefers the window table' }) readonly body!: string;
  @ApiProperty({ example: 'ops@demo-bistro.test' }) readonly author!: string;
  @ApiProperty({ format: 'date-time' }) readonly at!: string;
}

export class GuestNoteOutput implements GuestNoteView {
  @ApiProperty({ format: 'uuid' }) readonly id!: string;
  @ApiProperty({ example: 'Prefers the window table' }) readonly body!: string;
  @ApiProperty({ example: 'ops@demo-bistro.test', description: 'Author of the current version' })
  readonly author!: string;
  @ApiProperty({ format: 'date-time', description: 'When the current version was written' })
  readonly at!: string;
  @ApiProperty({ type: [GuestNoteVersionOutput], description: 'Every version, oldest first' })
  readonly versions!: GuestNoteVersionOutput[];
}

export class GuestConsentEventOutput {
  @ApiProperty() readonly granted!: boolean;
  @ApiProperty({ example: 'booking:api' }) readonly source!: string;
  @ApiProperty({ format: 'date-time' }) readonly at!: string;
}

export class GuestBookingOutput {
  @ApiProperty({ format: 'uuid' }) readonly id!: string;
  @ApiProperty({ example: 'completed' }) readonly status!: string;
  @ApiProperty({ format: 'date-time' }) readonly startsAt!: string;
  @ApiProperty({ type: 'integer' }) readonly partySize!: number;
  @ApiProperty({ example: 'phone' }) readonly channel!: string;
}

export class GuestProfileOutput extends GuestListItemOutput implements GuestProfile {
  @ApiProperty({ type: String, nullable: true, example: 'Vegetarian' }) readonly dietaryNotes!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) readonly marketingConsentAt!:
    string | null;
  @ApiProperty({ type: String, nullable: true, example: 'staff:ops@demo-bistro.test' })
  readonly marketingConsentSource!: string | null;
  @ApiProperty({ format: 'date-time' }) readonly createdAt!: string;
  @ApiProperty({ type: [GuestNoteOutput], description: 'Newest first' }) readonly notes!: GuestNoteOutput[];
  @ApiProperty({ type: [GuestConsentEventOutput], description: 'Every consent change, oldest first' })
  readonly consentHistory!: GuestConsentEventOutput[];
  @ApiProperty({ type: [GuestBookingOutput], description: 'The latest 50 bookings, newest first' })
  readonly bookings!: GuestBookingOutput[];
}

export class GuestRefOutput {
  @ApiProperty({ format: 'uuid' }) readonly id!: string;
  @ApiProperty({ example: 'Ada Lovelace' }) readonly name!: string;
  @ApiProperty({ type: String, nullable: true, example: '+447700900123' }) readonly phone!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'ada@example.com' }) readonly email!: string | null;
}

export class GuestConflictOutput implements GuestConflictRow {
  @ApiProperty({ format: 'uuid' }) readonly id!: string;
  @ApiProperty({ example: 'phone_and_email_of_different_guests' }) readonly reason!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) readonly bookingId!: string | null;
  @ApiProperty({ format: 'date-time' }) readonly createdAt!: string;
  @ApiProperty({ type: GuestRefOutput, description: 'The guest the booking went to' })
  readonly guest!: GuestRefOutput;
  @ApiProperty({ type: GuestRefOutput }) readonly other!: GuestRefOutput;
}

export class GuestConflictPageOutput {
  @ApiProperty({ type: [GuestConflictOutput] }) readonly items!: readonly GuestConflictOutput[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as cursor for the next page' })
  readonly nextCursor!: string | null;
}

export class GuestMergeRecordOutput implements GuestMergeRecord {
  @ApiProperty({ format: 'uuid' }) readonly id!: string;
  @ApiProperty({ format: 'uuid' }) readonly survivorId!: string;
  @ApiProperty({ format: 'uuid' }) readonly mergedGuestId!: string;
  @ApiProperty({ type: 'integer' }) readonly movedBookings!: number;
  @ApiProperty({ type: 'integer' }) readonly movedNotes!: number;
  @ApiProperty({ type: 'integer' }) readonly resolvedConflicts!: number;
  @ApiProperty({ format: 'date-time' }) readonly at!: string;
}

export class GuestMergeOutput {
  @ApiProperty({ type: GuestMergeRecordOutput }) readonly merge!: GuestMergeRecordOutput;
  @ApiProperty({ type: GuestProfileOutput, description: 'The survivor as it is after the merge' })
  readonly guest!: GuestProfileOutput;
}
