import { Body, Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { ApiPrincipal } from '@tablekeeper/auth';
import { Principal, RequireScope } from '../auth/principal';
import { ApiProblems } from '../common/api-problems.decorator';
import { Idempotent } from '../common/idempotency.interceptor';
import { Idempotency, type RequestIdempotency } from '../common/request-idempotency';
import { ApiKeyCaller, BookingIdPipe, type BookingCaller } from './booking-caller';
import { BookingCommandsService } from './booking-commands.service';
import { BookingLookup } from './booking-lookup.service';
import { BookingPlacementService } from './booking-placement.service';
import { CreateBookingInput, OptionalReasonInput, ReasonInput } from './booking.inputs';
import { BookingDetailsOutput, BookingOutput, PendingBookingOutput } from './booking.outputs';
import { PlacementEndpoint, sendPlacement } from './placement.endpoint';

@ApiTags('bookings')
@ApiBearerAuth()
@Controller('v1/bookings')
export class BookingsController {
  constructor(
    private readonly placement: BookingPlacementService,
    private readonly lookup: BookingLookup,
    private readonly commands: BookingCommandsService,
  ) {}

  @PlacementEndpoint({
    summary: 'Book a table',
    description:
      'Runs hold → capacity verify → table assignment → confirmed or manual_review, and answers with the outcome.',
    created: 'Booked (confirmed or manual_review)',
    accepted: 'Still being processed; poll the Location',
  })
  async create(
    @Principal() principal: ApiPrincipal,
    @Idempotency() idempotency: RequestIdempotency,
    @Body() input: CreateBookingInput,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<BookingOutput | PendingBookingOutput> {
    return sendPlacement(res, await this.placement.place(principal, input, idempotency, 'book'));
  }

  @Get(':id')
  @RequireScope('bookings:read')
  @ApiOperation({ summary: 'A booking with its event history' })
  @ApiOkResponse({ type: BookingDetailsOutput })
  @ApiProblems(401, 403, 404)
  get(
    @ApiKeyCaller() caller: BookingCaller,
    @Param('id', BookingIdPipe) id: string,
  ): Promise<BookingDetailsOutput> {
    return this.lookup.details(caller, id);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @RequireScope('bookings:write')
  @Idempotent()
  @ApiOperation({ summary: 'Cancel a booking (any status before checked_in)' })
  @ApiOkResponse({ type: BookingOutput })
  @ApiProblems(400, 401, 403, 404, 409, 503)
  async cancel(
    @ApiKeyCaller() caller: BookingCaller,
    @Param('id', BookingIdPipe) id: string,
    @Body() input: ReasonInput,
  ): Promise<BookingOutput> {
    return BookingOutput.from(
      await this.commands.send(caller, id, 'cancel', { actor: caller.actor, reason: input.reason }),
    );
  }

  @Post(':id/check-in')
  @HttpCode(200)
  @RequireScope('bookings:write')
  @Idempotent()
  @ApiOperation({ summary: 'Seat a confirmed booking' })
  @ApiOkResponse({ type: BookingOutput })
  @ApiProblems(401, 403, 404, 409, 503)
  async checkIn(
    @ApiKeyCaller() caller: BookingCaller,
    @Param('id', BookingIdPipe) id: string,
  ): Promise<BookingOutput> {
    return BookingOutput.from(await this.commands.send(caller, id, 'check_in', { actor: caller.actor }));
  }

  @Post(':id/approve')
  @HttpCode(200)
  @RequireScope('reviews:write')
  @Idempotent()
  @ApiOperation({ summary: 'Approve a booking in manual_review' })
  @ApiOkResponse({ type: BookingOutput })
  @ApiProblems(400, 401, 403, 404, 409, 503)
  async approve(
    @ApiKeyCaller() caller: BookingCaller,
    @Param('id', BookingIdPipe) id: string,
    @Body() input: OptionalReasonInput,
  ): Promise<BookingOutput> {
    return BookingOutput.from(
      await this.commands.send(caller, id, 'approve', { actor: caller.actor, reason: input.reason }),
    );
  }

  @Post(':id/reject')
  @HttpCode(200)
  @RequireScope('reviews:write')
  @Idempotent()
  @ApiOperation({ summary: 'Reject a booking in manual_review' })
  @ApiOkResponse({ type: BookingOutput })
  @ApiProblems(400, 401, 403, 404, 409, 503)
  async reject(
    @ApiKeyCaller() caller: BookingCaller,
    @Param('id', BookingIdPipe) id: string,
    @Body() input: ReasonInput,
  ): Promise<BookingOutput> {
    return BookingOutput.from(
      await this.commands.send(caller, id, 'reject', { actor: caller.actor, reason: input.reason }),
    );
  }
}
