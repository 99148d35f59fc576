import { Body, Controller, Get, Headers, Post, Query, Res, UseGuards } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBody,
  ApiCookieAuth,
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { StaffPrincipal } from '@tablekeeper/auth';
import { Public } from '../auth/principal';
import { AvailabilityOutput, AvailabilityQuery } from '../availability/availability.dto';
import { AvailabilityQueryService } from '../availability/availability-query.service';
import { BookingOutput, PendingBookingOutput } from '../bookings/booking.outputs';
import { sendPlacement } from '../bookings/placement.endpoint';
import { ApiProblems } from '../common/api-problems.decorator';
import { requireIdempotencyKey } from '../common/idempotency-key';
import { GuestMatchOutput } from './staff-booking.outputs';
import { GuestLookupQuery, StaffBookingInput, WalkInInput } from './staff-booking.inputs';
import { StaffBookingService } from './staff-booking.service';
import { CsrfHeader, RequireRole, Staff } from './staff-session';
import { StaffSessionGuard } from './staff-session.guard';

const IDEMPOTENCY_HEADER = {
  name: 'Idempotency-Key',
  required: true,
  description: 'One per booking the member of staff means to make; a double submit sends the same one',
};

/** Staff take bookings themselves: availability as they type, a phone booking, a walk-in. */
@ApiTags('admin')
@ApiCookieAuth('staff_session')
@Public()
@UseGuards(StaffSessionGuard)
@Controller('admin/api')
export class AdminStaffBookingsController {
  constructor(
    private readonly staffBookings: StaffBookingService,
    private readonly availability: AvailabilityQueryService,
  ) {}

  @Get('availability')
  @ApiOperation({
    operationId: 'getStaffAvailability',
    summary: 'Bookable times of a day for a party at your restaurant',
    description:
      'The same answer as GET /v1/restaurants/{id}/availability, for the signed-in staff member’s ' +
      'restaurant: with `time`, whether that time is free and the nearest free times if not. ' +
      'Problems: validation_failed, party_size_out_of_range.',
  })
  @ApiOkResponse({ type: AvailabilityOutput })
  @ApiProblems(400, 401, 404, 422)
  check(@Staff() staff: StaffPrincipal, @Query() query: AvailabilityQuery): Promise<AvailabilityOutput> {
    return this.availability.answer({ restaurantIds: [staff.restaurantId] }, staff.restaurantId, query);
  }

  @Get('guest-lookup')
  @ApiOperation({
    operationId: 'lookUpGuests',
    summary: 'Earlier guests whose name, phone or email contains the text',
    description:
      'Each contact once, most recently booked first (at most 8), so staff pick a guest instead of ' +
      'typing them again. Problems: validation_failed.',
  })
  @ApiOkResponse({ type: [GuestMatchOutput] })
  @ApiProblems(400, 401)
  guests(@Staff() staff: StaffPrincipal, @Query() query: GuestLookupQuery): Promise<GuestMatchOutput[]> {
    return this.staffBookings.searchGuests(staff, query.q);
  }

  @Post('bookings')
  @RequireRole('ops')
  @CsrfHeader()
  @ApiOperation({
    operationId: 'createStaffBooking',
    summary: 'Take a booking on the phone (ops only), optionally at tables of your choosing',
    description:
      'Placed through the same workflow as every booking, channel `phone`, with you as the actor; a ' +
      'large party is confirmed (staff are the reviewers). Idempotent: the same Idempotency-Key ' +
      'answers the first booking (idempotency_key_reused with another body). Problems: ' +
      'no_capacity (with alternatives), tables_unavailable, restaurant_closed, closed_on_date, ' +
      'insufficient_notice, off_grid_start_time, beyond_booking_window, party_size_out_of_range.',
  })
  @ApiHeader(IDEMPOTENCY_HEADER)
  @ApiBody({ type: StaffBookingInput })
  @ApiCreatedResponse({ type: BookingOutput })
  @ApiAcceptedResponse({ type: PendingBookingOutput })
  @ApiProblems(400, 401, 403, 409, 422, 503)
  async create(
    @Staff() staff: StaffPrincipal,
    @Body() input: StaffBookingInput,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<BookingOutput | PendingBookingOutput> {
    return sendPlacement(
      res,
      await this.staffBookings.phoneBooking(staff, input, requireIdempotencyKey(key)),
    );
  }

  @Post('walk-ins')
  @RequireRole('ops')
  @CsrfHeader()
  @ApiOperation({
    operationId: 'seatWalkIn',
    summary: 'Seat a walk-in party now at free tables (ops only): a booking that starts checked in',
    description:
      'Placed through the booking workflow at the current start time (notice does not apply), at ' +
      'the tables given, channel `walk_in`, and checked in in the same transaction: it is never ' +
      'seen confirmed. Idempotent on ' +
      'Idempotency-Key. Problems: tables_unavailable (the tables are taken or too small), ' +
      'no_capacity, restaurant_closed, closed_on_date, party_size_out_of_range.',
  })
  @ApiHeader(IDEMPOTENCY_HEADER)
  @ApiBody({ type: WalkInInput })
  @ApiCreatedResponse({ type: BookingOutput })
  @ApiAcceptedResponse({ type: PendingBookingOutput })
  @ApiProblems(400, 401, 403, 409, 422, 503)
  async walkIn(
    @Staff() staff: StaffPrincipal,
    @Body() input: WalkInInput,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<BookingOutput | PendingBookingOutput> {
    return sendPlacement(res, await this.staffBookings.walkIn(staff, input, requireIdempotencyKey(key)));
  }
}
