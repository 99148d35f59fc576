import { Body, Controller, Get, Headers, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiBody,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  BOOKING_DETAILS_EXAMPLE,
  CANCELLED_EXAMPLE,
  CANCEL_REQUEST_EXAMPLE,
  CONFIRMED_PLACED_EXAMPLE,
} from './booking.examples';
import type { ApiPrincipal } from '@tablekeeper/auth';
import { GuestLookupRepository } from '@tablekeeper/db';
import { ApiKeyRateLimiter } from '../auth/api-key.rate-limiter';
import { fieldProblem } from '../common/problem';
import { Principal, RequireScope } from '../auth/principal';
import { ApiProblems } from '../common/api-problems.decorator';
import { Idempotent } from '../common/idempotency.interceptor';
import { Idempotency, type RequestIdempotency } from '../common/request-idempotency';
import { ApiKeyCaller, BookingIdPipe, type BookingCaller } from './booking-caller';
import { BookingCommandsService } from './booking-commands.service';
import { BookingLookup } from './booking-lookup.service';
import { BookingModifyService, etagOf } from './booking-modify.service';
import { BookingPlacementService } from './booking-placement.service';
import {
  CancelBookingInput,
  CreateBookingInput,
  FindBookingsQuery,
  ModifyBookingInput,
  OptionalReasonInput,
  ReasonInput,
  cancelReasonOf,
} from './booking.inputs';
import {
  BookingDetailsOutput,
  BookingOutput,
  BookingSearchOutput,
  PendingBookingOutput,
  PlacedBookingOutput,
} from './booking.outputs';
import { PlacementEndpoint, sendPlacement } from './placement.endpoint';
import { GuestPlacement } from '../guest/guest-placement';

@ApiTags('bookings')
@ApiBearerAuth()
@Controller('v1/bookings')
export class BookingsController {
  constructor(
    private readonly placement: BookingPlacementService,
    private readonly guests: GuestPlacement,
    private readonly lookup: BookingLookup,
    private readonly commands: BookingCommandsService,
    private readonly modifier: BookingModifyService,
    private readonly guestLookup: GuestLookupRepository,
    private readonly limiter: ApiKeyRateLimiter,
  ) {}

  @PlacementEndpoint({
    operationId: 'createBooking',
    summary: 'Book a table',
    description:
      'Runs hold → capacity verify → table assignment → confirmed or manual_review, and answers with the outcome. ' +
      'Use it when the guest has decided; to keep a table while they decide, use createHold and confirmHold. ' +
      'When the party does not fit: 409 no_capacity with `alternatives` (the nearest free times) to offer, ' +
      'then book one with a new Idempotency-Key. 202 when the workflow has not answered within the deadline: ' +
      'poll getBooking at the Location. ' +
      'Idempotent: send an Idempotency-Key; a retry with the same key and body answers the first answer again (Idempotent-Replayed: true), the same key with another body answers 422 idempotency_key_reused.',
    created: 'Booked (confirmed or manual_review)',
    createdExample: CONFIRMED_PLACED_EXAMPLE,
    accepted: 'Still being processed; poll the Location',
  })
  async create(
    @Principal() principal: ApiPrincipal,
    @Idempotency() idempotency: RequestIdempotency,
    @Body() input: CreateBookingInput,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<PlacedBookingOutput | PendingBookingOutput> {
    await this.guests.before(principal, res.request, 'book');
    const result = await this.placement.place(principal, input, idempotency, 'book');
    const manage =
      result.kind === 'placed' ? await this.guests.after(principal, res.request, result.booking) : undefined;
    return sendPlacement(res, result, manage);
  }

  @Get()
  @RequireScope('bookings:read')
  @ApiOperation({
    operationId: 'findBookingsByGuestContact',
    summary: 'Find a guest\'s upcoming bookings by phone or e-mail ("find my booking")',
    description:
      "Exactly one of `phone` (any format; read as E.164 with each restaurant's country) or `email`. " +
      'Answers the upcoming bookings (held, confirmed, in review) of that guest at the restaurants ' +
      'of this key only, soonest first, at most 20, so an agent can then change or cancel one. ' +
      'A number nobody has answers the same shape with no items. Safe to repeat. Counts against ' +
      'the reads budget and a lookup budget of its own (30 per minute per key); 429 rate_limited ' +
      'when spent. Problems: validation_failed (field phone or email).',
  })
  @ApiOkResponse({ type: BookingSearchOutput })
  @ApiProblems(400, 401, 403, 429)
  async findByContact(
    @Principal() principal: ApiPrincipal,
    @Query() query: FindBookingsQuery,
  ): Promise<BookingSearchOutput> {
    if (query.phone !== undefined && query.email !== undefined) {
      throw fieldProblem('validation_failed', 'email', 'Give phone or email, not both');
    }
    await this.limiter.consume(principal, 'lookups');
    const bookings = await this.guestLookup.upcomingByContact(principal.restaurantIds, query);
    return { items: bookings.map((b) => BookingOutput.from(b)) };
  }

  @Get(':id')
  @RequireScope('bookings:read')
  @ApiOperation({
    operationId: 'getBooking',
    summary: 'A booking with its event history',
    description:
      'A booking with its guest, notes, channel and event history. Use it to poll after a 202 ' +
      'from createBooking, or before modifyBooking: it answers `ETag: "<version>"` to send back ' +
      'as If-Match. Read-only; safe to retry.',
  })
  @ApiOkResponse({ type: BookingDetailsOutput, example: BOOKING_DETAILS_EXAMPLE })
  @ApiProblems(401, 403, 404)
  async get(
    @ApiKeyCaller() caller: BookingCaller,
    @Param('id', BookingIdPipe) id: string,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<BookingDetailsOutput> {
    const details = await this.lookup.details(caller, id);
    void res.header('ETag', etagOf(details));
    return details;
  }

  @Patch(':id')
  @RequireScope('bookings:write')
  @Idempotent()
  @ApiOperation({
    operationId: 'modifyBooking',
    summary: 'Change a booking: time, party size, seating preference, notes, guest contact',
    description:
      'The booking keeps its id, workflow and history. Its new time and tables are held and ' +
      're-verified (party limits, hours, pacing, a free table set) and swapped in one transaction; ' +
      'its timers move with it. When the change does not fit: 409 no_capacity with alternatives, ' +
      'the booking untouched. A party growing past the auto-confirm limit puts the change (not the ' +
      'booking) under staff review: 202 with `pendingChange`. A held booking changes its hold. ' +
      'Checked-in and finished bookings refuse with invalid_transition.',
  })
  @ApiHeader({
    name: 'If-Match',
    required: false,
    description: 'The ETag of GET /v1/bookings/{id}; a booking that changed since answers 412',
  })
  @ApiOkResponse({ type: BookingOutput, description: 'Changed' })
  @ApiAcceptedResponse({ type: BookingOutput, description: 'The change waits for staff (pendingChange)' })
  @ApiProblems(400, 401, 403, 404, 409, 412, 422, 503)
  async modify(
    @Principal() principal: ApiPrincipal,
    @ApiKeyCaller() caller: BookingCaller,
    @Param('id', BookingIdPipe) id: string,
    @Idempotency() idempotency: RequestIdempotency,
    @Body() input: ModifyBookingInput,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<BookingOutput> {
    const booking = await this.modifier.modify(caller, id, input, {
      ifMatch,
      updateId: `modify:${principal.apiKeyId}:${idempotency.key}`,
      byStaff: false,
    });
    void res.status(booking.pendingChange ? 202 : 200).header('ETag', etagOf(booking));
    return BookingOutput.from(booking);
  }

  @Post(':id/no-show')
  @HttpCode(200)
  @RequireScope('bookings:write')
  @Idempotent()
  @ApiOperation({
    operationId: 'markNoShow',
    summary: 'Mark a confirmed booking a no-show (only after its start time)',
    description:
      'Marks a confirmed booking a no-show once its start time has passed (the workflow also does ' +
      'this on its own after the grace period). Undo it with undoNoShow within the restaurant’s ' +
      'window. Idempotent: send an Idempotency-Key; a retry with the same key and body answers ' +
      'the first answer again (Idempotent-Replayed: true), the same key with another body answers ' +
      '422 idempotency_key_reused.',
  })
  @ApiOkResponse({ type: BookingOutput })
  @ApiProblems(400, 401, 403, 404, 409, 503)
  async noShow(
    @ApiKeyCaller() caller: BookingCaller,
    @Param('id', BookingIdPipe) id: string,
    @Body() input: OptionalReasonInput,
  ): Promise<BookingOutput> {
    return BookingOutput.from(
      await this.commands.send(caller, id, 'mark_no_show', {
        actor: caller.actor,
        reason: input.reason ?? 'marked_no_show',
      }),
    );
  }

  @Post(':id/undo-no-show')
  @HttpCode(200)
  @RequireScope('bookings:write')
  @Idempotent()
  @ApiOperation({
    operationId: 'undoNoShow',
    summary: "Undo a no-show within the restaurant's window (undoNoShowWindowSeconds)",
    description:
      'The booking is confirmed again at its tables; 409 when the window has passed or a table was given away.',
  })
  @ApiOkResponse({ type: BookingOutput })
  @ApiProblems(400, 401, 403, 404, 409, 503)
  async undoNoShow(
    @ApiKeyCaller() caller: BookingCaller,
    @Param('id', BookingIdPipe) id: string,
    @Body() input: OptionalReasonInput,
  ): Promise<BookingOutput> {
    return BookingOutput.from(
      await this.commands.send(caller, id, 'undo_no_show', {
        actor: caller.actor,
        reason: input.reason ?? 'no_show_undone',
      }),
    );
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @RequireScope('bookings:write')
  @Idempotent()
  @ApiOperation({
    operationId: 'cancelBooking',
    summary: 'Cancel a booking (any status before checked_in), with a reason code from the catalog',
    description:
      'Cancels a booking in any status before checked_in, with a reason code from the catalog; ' +
      'its tables are freed at once. Use instead of letting a hold expire when the guest says no. ' +
      'Idempotent: send an Idempotency-Key; a retry with the same key and body answers the first ' +
      'answer again (Idempotent-Replayed: true), the same key with another body answers 422 ' +
      'idempotency_key_reused. A confirmed booking inside the restaurant’s cancellation cutoff ' +
      'answers 422 cancellation_cutoff_passed with cutoffMinutes and latestCancellationAt; only ' +
      'the restaurant’s staff, or a key of its own with the admin scope, can cancel it then ' +
      '(recorded as late).',
  })
  @ApiBody({
    type: CancelBookingInput,
    examples: { guestRequest: { summary: 'The guest cancels', value: CANCEL_REQUEST_EXAMPLE } },
  })
  @ApiOkResponse({ type: BookingOutput, example: CANCELLED_EXAMPLE })
  @ApiProblems(400, 401, 403, 404, 409, 422, 503)
  async cancel(
    @ApiKeyCaller() caller: BookingCaller,
    @Param('id', BookingIdPipe) id: string,
    @Body() input: CancelBookingInput,
  ): Promise<BookingOutput> {
    return BookingOutput.from(
      await this.commands.send(caller, id, 'cancel', { actor: caller.actor, ...cancelReasonOf(input) }),
    );
  }

  @Post(':id/check-in')
  @HttpCode(200)
  @RequireScope('bookings:write')
  @Idempotent()
  @ApiOperation({
    operationId: 'checkInBooking',
    summary: 'Seat a confirmed booking',
    description:
      'Seats a confirmed booking when the party arrives; stops its no-show timer. Idempotent: ' +
      'send an Idempotency-Key; a retry with the same key and body answers the first answer again ' +
      '(Idempotent-Replayed: true), the same key with another body answers 422 ' +
      'idempotency_key_reused.',
  })
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
  @ApiOperation({
    operationId: 'approveBooking',
    summary: 'Approve a booking in manual_review',
    description:
      'Approves a booking in manual_review (reviews:write scope): it becomes confirmed at the ' +
      'tables the engine picked. Use rejectBooking to refuse it. Idempotent: send an ' +
      'Idempotency-Key; a retry with the same key and body answers the first answer again ' +
      '(Idempotent-Replayed: true), the same key with another body answers 422 ' +
      'idempotency_key_reused.',
  })
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
  @ApiOperation({
    operationId: 'rejectBooking',
    summary: 'Reject a booking in manual_review',
    description:
      'Rejects a booking in manual_review with a reason (reviews:write scope); its tables are ' +
      'freed. Idempotent: send an Idempotency-Key; a retry with the same key and body answers the ' +
      'first answer again (Idempotent-Replayed: true), the same key with another body answers 422 ' +
      'idempotency_key_reused.',
  })
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
