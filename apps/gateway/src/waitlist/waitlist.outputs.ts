import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  WAITLIST_KINDS,
  WAITLIST_STATUSES,
  type WaitlistKind,
  type WaitlistStatus,
} from '@tablekeeper/domain';
import type { WaitlistEntrySnapshot } from '@tablekeeper/db';
import { BookingOutput } from '../bookings/booking.outputs';

export class WaitlistOfferOutput {
  @ApiProperty({
    format: 'uuid',
    description: 'The offer’s hold (a held booking); name it in acceptWaitlistOffer',
  })
  offerId!: string;
  @ApiProperty({ format: 'date-time' })
  startsAt!: string;
  @ApiProperty({ format: 'date-time', description: 'The hold passes to the next entry at this time' })
  expiresAt!: string;
  @ApiProperty({ type: [String], example: ['A1'] })
  tables!: string[];
}

export class WaitlistEntryOutput {
  @ApiProperty({ format: 'uuid' })
  id!: string;
  @ApiProperty({ format: 'uuid' })
  restaurantId!: string;
  @ApiProperty({ enum: WAITLIST_KINDS })
  kind!: WaitlistKind;
  @ApiProperty({ enum: WAITLIST_STATUSES })
  status!: WaitlistStatus;
  @ApiProperty({ type: 'integer' })
  partySize!: number;
  @ApiProperty({ format: 'date-time' })
  from!: string;
  @ApiProperty({ format: 'date-time' })
  to!: string;
  @ApiProperty({
    type: WaitlistOfferOutput,
    nullable: true,
    description: 'The current offer when status is offered',
  })
  offer!: WaitlistOfferOutput | null;
  @ApiProperty({ type: 'integer', description: 'Offers made to this entry so far' })
  offersMade!: number;
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The booking an accepted offer became',
  })
  bookingId!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true })
  closeReason!: string | null;
  @ApiProperty({ type: String })
  workflowId!: string;
  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  static from(entry: WaitlistEntrySnapshot): WaitlistEntryOutput {
    return {
      id: entry.id,
      restaurantId: entry.restaurantId,
      kind: entry.kind,
      status: entry.status,
      partySize: entry.partySize,
      from: entry.from,
      to: entry.to,
      offer: entry.offer
        ? {
            offerId: entry.offer.offerId,
            startsAt: entry.offer.startsAt,
            expiresAt: entry.offer.expiresAt,
            tables: [...entry.offer.tables],
          }
        : null,
      offersMade: entry.offersMade,
      bookingId: entry.bookingId,
      closeReason: entry.closeReason,
      workflowId: entry.workflowId,
      createdAt: entry.createdAt,
    };
  }
}

export class AcceptedOfferOutput {
  @ApiProperty({ type: WaitlistEntryOutput })
  entry!: WaitlistEntryOutput;
  @ApiProperty({ type: BookingOutput })
  booking!: BookingOutput;
}
