import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  BOOKING_STATUSES,
  CANCEL_REASON_CODES,
  type BookingSnapshot,
  type BookingStatus,
} from '@tablekeeper/domain';
import type { BookingDetails, BookingEventView } from '@tablekeeper/db';
import { ManageLinkOutput } from '../guest/manage-links';

export class PendingChangeOutput {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: 'integer' }) partySize!: number;
  @ApiProperty({ format: 'date-time' }) startsAt!: string;
  @ApiProperty({ format: 'date-time' }) endsAt!: string;
  @ApiProperty({ type: [String], description: 'Tables held for the change' }) tables!: string[];
  @ApiProperty({ example: 'party_size_over_auto_confirm_limit' }) reviewReason!: string;
}

export class BookingOutput {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) restaurantId!: string;
  @ApiProperty({ enum: BOOKING_STATUSES }) status!: BookingStatus;
  @ApiProperty({ format: 'date-time' }) startsAt!: string;
  @ApiProperty({ format: 'date-time' }) endsAt!: string;
  @ApiProperty({ type: 'integer' }) partySize!: number;
  @ApiProperty({ type: [String], example: ['T4'] }) tables!: string[];
  @ApiProperty({ example: 'booking:4f1c…:checkout-123' }) workflowId!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) holdExpiresAt!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'party_size_over_auto_confirm_limit' })
  reviewReason!: string | null;
  @ApiProperty({ type: String, nullable: true }) closeReason!: string | null;
  @ApiProperty({ type: 'integer', description: 'Increments on every change; the ETag' }) version!: number;
  @ApiProperty({
    type: PendingChangeOutput,
    nullable: true,
    description: 'A change waiting for staff; the booking is as it was until they decide',
  })
  pendingChange!: PendingChangeOutput | null;
  static from(snapshot: BookingSnapshot): BookingOutput {
    return Object.assign(new BookingOutput(), {
      id: snapshot.id,
      restaurantId: snapshot.restaurantId,
      status: snapshot.status,
      startsAt: snapshot.startsAt,
      endsAt: snapshot.endsAt,
      partySize: snapshot.partySize,
      tables: [...snapshot.tables],
      workflowId: snapshot.workflowId,
      holdExpiresAt: snapshot.holdExpiresAt,
      reviewReason: snapshot.reviewReason,
      closeReason: snapshot.closeReason,
      version: snapshot.version,
      pendingChange: snapshot.pendingChange
        ? { ...snapshot.pendingChange, tables: [...snapshot.pendingChange.tables] }
        : null,
    });
  }
}

/** The answer of POST /v1/bookings and /v1/holds: the booking, whether its guest was known, its manage link. */
export class PlacedBookingOutput extends BookingOutput {
  @ApiProperty({
    description:
      'The restaurant already knew this guest (same phone or e-mail). Nothing of their profile is ' +
      'disclosed beyond what the request sent.',
  })
  guestRecognised!: boolean;

  @ApiPropertyOptional({
    type: ManageLinkOutput,
    description: "The guest's manage link; only in the answer to a publishable key's placement",
  })
  manage?: ManageLinkOutput;

  static placed(
    snapshot: BookingSnapshot,
    guestRecognised: boolean,
    manage?: ManageLinkOutput,
  ): PlacedBookingOutput {
    return Object.assign(new PlacedBookingOutput(), BookingOutput.from(snapshot), {
      guestRecognised,
      ...(manage ? { manage } : {}),
    });
  }
}

/** GET /v1/bookings?phone=|email=: the same shape whether or not anyone has that number. */
export class BookingSearchOutput {
  @ApiProperty({
    type: [BookingOutput],
    description:
      'Upcoming bookings (held, confirmed, in review) at the restaurants of the key, soonest first',
  })
  items!: BookingOutput[];
}

export class BookingEventOutput {
  @ApiProperty({ enum: BOOKING_STATUSES, nullable: true }) from!: string | null;
  @ApiProperty({ enum: BOOKING_STATUSES }) to!: string;
  @ApiProperty({ example: 'system:booking-workflow' }) actor!: string;
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
  @ApiPropertyOptional({ nullable: true, type: 'object', additionalProperties: true }) data!: unknown;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

export class GuestOutput {
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true }) phone!: string | null;
  @ApiProperty({ type: String, nullable: true }) email!: string | null;
}

export class BookingDetailsOutput extends BookingOutput {
  @ApiProperty({ example: 'api' }) channel!: string;
  @ApiProperty({ type: String, nullable: true }) notes!: string | null;
  @ApiProperty({ type: String, nullable: true }) seatingPreference!: string | null;
  @ApiProperty({ type: String, nullable: true, enum: [...CANCEL_REASON_CODES, null] })
  closeReasonCode!: string | null;
  @ApiProperty({ type: GuestOutput }) guest!: GuestOutput;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: [BookingEventOutput] }) events!: BookingEventView[];
  @ApiProperty({ description: 'The booking workflow in the Temporal UI' }) workflowUrl!: string;

  static fromDetails(details: BookingDetails, workflowUrl: string): BookingDetailsOutput {
    return Object.assign(new BookingDetailsOutput(), BookingOutput.from(details), {
      channel: details.channel,
      notes: details.notes,
      seatingPreference: details.seatingPreference,
      closeReasonCode: details.closeReasonCode,
      guest: details.guest,
      createdAt: details.createdAt,
      events: details.events,
      workflowUrl,
    });
  }
}

export class PendingBookingOutput {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ['pending'] }) status!: 'pending';
  @ApiProperty() workflowId!: string;
  @ApiProperty({ example: 'The booking is still being processed; poll GET /v1/bookings/{id}' })
  detail!: string;
}
