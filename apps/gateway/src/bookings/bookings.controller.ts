import { Body, Controller, Get, Headers, HttpCode, Param, Post, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiBody,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { LoggedRequest } from '../infrastructure/request-log';
import type { ApiPrincipal } from '../../../../libs/db/src';
import { Principal, RequireScope } from '../auth/principal';
import { ApiProblems } from '../common/api-problems.decorator';
import { Idempotent } from '../common/idempotency.interceptor';
import { BookingIdPipe } from '../common/id.pipes';
import { CreateBookingInput, OptionalReasonInput, ReasonInput } from './booking.inputs';
import { BookingDetailsOutput, BookingOutput, PendingBookingOutput } from './booking.outputs';
import { BookingService, type PlaceResult } from './booking.service';

/** Writes the answer of POST /v1/bookings and /v1/holds: 201 placed, 202 still in progress. */
export function sendPlacement(res: FastifyReply, result: PlaceResult): BookingOutput | PendingBookingOutput {
  const logged = res.request.raw as LoggedRequest;
  logged.bookingId = result.kind === 'pending' ? result.bookingId : result.booking.id;
  logged.workflowId = result.kind === 'pending' ? result.workflowId : result.booking.workflowId;
  if (result.kind === 'pending') {
    void res.status(202).header('Location', `/v1/bookings/${result.bookingId}`);
    void res.header('Retry-After', '1');
    return Object.assign(new PendingBookingOutput(), {
      id: result.bookingId,
      status: 'pending' as const,
      workflowId: result.workflowId,
      detail: 'The booking is still being processed; poll GET /v1/bookings/{id}',
    });
  }
  void res.status(201).header('Location', `/v1/bookings/${result.booking.id}`);
  if (result.replayed) void res.header('Idempotent-Replayed', 'true');
  return BookingOutput.from(result.booking);
}

@ApiTags('bookings')
@ApiBearerAuth()
@Controller('v1/bookings')
export class BookingsController {
  constructor(private readonly bookings: BookingService) {}

  @Post()
  @RequireScope('bookings:write')
  @ApiOperation({
    summary: 'Book a table',
    description:
      'Runs hold → capacity verify → table assignment → confirmed or manual_review, and answers with the outcome.',
  })
  @Idempotent()
  @ApiBody({ type: CreateBookingInput })
  @ApiCreatedResponse({ type: BookingOutput, description: 'Booked (confirmed or manual_review)' })
  @ApiAcceptedResponse({
    type: PendingBookingOutput,
    description: 'Still being processed; poll the Location',
  })
  @ApiProblems(400, 401, 403, 404, 409, 422, 503)
  async create(
    @Principal() principal: ApiPrincipal,
    @Headers('idempotency-key') idempotencyKey: string,
    @Body() input: CreateBookingInput,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<BookingOutput | PendingBookingOutput> {
    return sendPlacement(
      res,
      await this.bookings.place(principal, input, idempotencyKey, 'book', '/v1/bookings'),
    );
  }

  @Get(':id')
  @RequireScope('bookings:read')
  @ApiOperation({ summary: 'A booking with its event history' })
  @ApiOkResponse({ type: BookingDetailsOutput })
  @ApiProblems(401, 403, 404)
  async get(
    @Principal() principal: ApiPrincipal,
    @Param('id', BookingIdPipe) id: string,
  ): Promise<BookingDetailsOutput> {
    const booking = await this.bookings.get(principal, id);
    return BookingDetailsOutput.fromDetails(booking, this.bookings.workflowUrl(booking.workflowId));
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @RequireScope('bookings:write')
  @Idempotent()
  @ApiOperation({ summary: 'Cancel a booking (any status before checked_in)' })
  @ApiOkResponse({ type: BookingOutput })
  @ApiProblems(400, 401, 403, 404, 409, 503)
  async cancel(
    @Principal() principal: ApiPrincipal,
    @Param('id', BookingIdPipe) id: string,
    @Body() input: ReasonInput,
  ): Promise<BookingOutput> {
    return BookingOutput.from(await this.bookings.act(principal, id, 'cancel', input.reason));
  }

  @Post(':id/check-in')
  @HttpCode(200)
  @RequireScope('bookings:write')
  @Idempotent()
  @ApiOperation({ summary: 'Seat a confirmed booking' })
  @ApiOkResponse({ type: BookingOutput })
  @ApiProblems(401, 403, 404, 409, 503)
  async checkIn(
    @Principal() principal: ApiPrincipal,
    @Param('id', BookingIdPipe) id: string,
  ): Promise<BookingOutput> {
    return BookingOutput.from(await this.bookings.act(principal, id, 'check_in'));
  }

  @Post(':id/approve')
  @HttpCode(200)
  @RequireScope('reviews:write')
  @Idempotent()
  @ApiOperation({ summary: 'Approve a booking in manual_review' })
  @ApiOkResponse({ type: BookingOutput })
  @ApiProblems(400, 401, 403, 404, 409, 503)
  async approve(
    @Principal() principal: ApiPrincipal,
    @Param('id', BookingIdPipe) id: string,
    @Body() input: OptionalReasonInput,
  ): Promise<BookingOutput> {
    return BookingOutput.from(await this.bookings.act(principal, id, 'approve', input.reason));
  }

  @Post(':id/reject')
  @HttpCode(200)
  @RequireScope('reviews:write')
  @Idempotent()
  @ApiOperation({ summary: 'Reject a booking in manual_review' })
  @ApiOkResponse({ type: BookingOutput })
  @ApiProblems(400, 401, 403, 404, 409, 503)
  async reject(
    @Principal() principal: ApiPrincipal,
    @Param('id', BookingIdPipe) id: string,
    @Body() input: ReasonInput,
  ): Promise<BookingOutput> {
    return BookingOutput.from(await this.bookings.act(principal, id, 'reject', input.reason));
  }
}
