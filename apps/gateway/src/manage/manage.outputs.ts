import { ApiProperty } from '@nestjs/swagger';
import { BOOKING_STATUSES, isTerminal, type BookingStatus } from '@tablekeeper/domain';
import type { BookingDetails } from '@tablekeeper/db';
import { GuestOutput } from '../bookings/booking.outputs';

export class ManagedRestaurantOutput {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Demo Bistro' }) name!: string;
  @ApiProperty({ example: 'Europe/London' }) timezone!: string;
}

/** A booking as its guest sees it through the manage link: no tables, actors or history. */
export class ManagedBookingOutput {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: BOOKING_STATUSES }) status!: BookingStatus;
  @ApiProperty({ format: 'date-time' }) startsAt!: string;
  @ApiProperty({ format: 'date-time' }) endsAt!: string;
  @ApiProperty() partySize!: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) holdExpiresAt!: string | null;
  @ApiProperty({ type: GuestOutput }) guest!: GuestOutput;
  @ApiProperty({ type: String, nullable: true }) notes!: string | null;
  @ApiProperty({ type: ManagedRestaurantOutput }) restaurant!: ManagedRestaurantOutput;
  @ApiProperty({ description: 'Whether the guest may still cancel or change it' }) changeable!: boolean;
  @ApiProperty({ description: 'A change the guest asked for waits for the restaurant' })
  changePending!: boolean;
  @ApiProperty({ description: 'Increments on every change' }) version!: number;

  static of(booking: BookingDetails, restaurant: ManagedRestaurantOutput): ManagedBookingOutput {
    return Object.assign(new ManagedBookingOutput(), {
      id: booking.id,
      status: booking.status,
      startsAt: booking.startsAt,
      endsAt: booking.endsAt,
      partySize: booking.partySize,
      holdExpiresAt: booking.holdExpiresAt,
      guest: { ...booking.guest },
      notes: booking.notes,
      restaurant,
      changeable: !isTerminal(booking.status) && booking.status !== 'checked_in',
      changePending: Boolean(booking.pendingChange),
      version: booking.version,
    });
  }
}
