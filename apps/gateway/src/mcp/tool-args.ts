import { IntersectionType } from '@nestjs/swagger';
import { JoinWaitlistInput } from '../waitlist/waitlist.inputs';
import { IsInt, IsOptional, IsString, IsUUID, Matches, Max, Min } from 'class-validator';
import { AvailabilityQuery } from '../availability/availability.dto';
import { CreateBookingInput, ModifyBookingInput, ReasonInput } from '../bookings/booking.inputs';
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

export class JoinWaitlistArgs extends JoinWaitlistInput {
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

/** PATCH /v1/bookings/{id}'s body, with the booking, its If-Match as a version, and the request id. */
export class ModifyBookingArgs extends IntersectionType(BookingCommandArgs, ModifyBookingInput) {
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(999_999_999)
  expectedVersion?: number;
}
