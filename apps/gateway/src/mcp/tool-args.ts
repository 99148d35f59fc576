import { IntersectionType } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, Matches } from 'class-validator';
import { AvailabilityQuery } from '../availability/availability.dto';
import { CreateBookingInput, ReasonInput } from '../bookings/booking.inputs';
import { IDEMPOTENCY_KEY_PATTERN } from '../common/idempotency-key';

/**
 * The arguments of each tool: the REST API's own DTOs (and their rules), plus what REST carries in
 * the path or a header (the restaurant or booking id, the Idempotency-Key as `request_id`).
 */
export class RestaurantArgs {
  @IsOptional()
  @IsUUID()
  restaurantId?: string;
}

export class CheckAvailabilityArgs extends AvailabilityQuery {
  @IsUUID()
  restaurantId!: string;
}

export class PlaceBookingArgs extends CreateBookingInput {
  @IsOptional()
  @IsString()
  @Matches(IDEMPOTENCY_KEY_PATTERN, {
    message: 'requestId must be 1-255 printable ASCII characters without leading or trailing spaces',
  })
  requestId?: string;
}

export class BookingArgs {
  @IsUUID()
  bookingId!: string;
}

export class BookingCommandArgs extends BookingArgs {
  @IsOptional()
  @IsString()
  @Matches(IDEMPOTENCY_KEY_PATTERN, {
    message: 'requestId must be 1-255 printable ASCII characters without leading or trailing spaces',
  })
  requestId?: string;
}

/** IntersectionType copies both classes' validation rules onto one class. */
export class CancelBookingArgs extends IntersectionType(BookingCommandArgs, ReasonInput) {}
