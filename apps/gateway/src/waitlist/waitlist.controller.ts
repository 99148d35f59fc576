import { Body, Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { ApiPrincipal } from '@tablekeeper/auth';
import { Principal, RequireScope } from '../auth/principal';
import { ApiProblems } from '../common/api-problems.decorator';
import { uuidOrNotFound } from '../common/id.pipes';
import { Idempotent } from '../common/idempotency.interceptor';
import { Idempotency, type RequestIdempotency } from '../common/request-idempotency';
import { BookingOutput } from '../bookings/booking.outputs';
import { AcceptOfferBody, JoinWaitlistInput, LeaveWaitlistBody } from './waitlist.inputs';
import { AcceptedOfferOutput, WaitlistEntryOutput } from './waitlist.outputs';
import { WaitlistService } from './waitlist.service';

const EntryIdPipe = uuidOrNotFound('waitlist_entry_not_found', 'No such waitlist entry for this API key');

const ENTRY_EXAMPLE = {
  id: '2f8e6c1d-3b4a-5c6d-8e7f-9a0b1c2d3e4f',
  restaurantId: '0b9f7d3a-52a1-4a43-8d0e-2f6c1b8e9a10',
  kind: 'wish',
  status: 'offered',
  partySize: 4,
  from: '2026-12-24T19:00:00.000Z',
  to: '2026-12-24T21:00:00.000Z',
  offer: {
    offerId: '5d3c2b1a-0f9e-4d8c-b7a6-958473625140',
    startsAt: '2026-12-24T19:30:00.000Z',
    expiresAt: '2026-12-24T18:15:00.000Z',
    tables: ['A2'],
  },
  offersMade: 1,
  bookingId: null,
  closeReason: null,
  workflowId: 'waitlist:6c1e2d3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f:wish-42',
  createdAt: '2026-12-20T10:00:00.000Z',
};

@ApiTags('waitlist')
@ApiBearerAuth()
@Controller('v1/waitlist')
export class WaitlistController {
  constructor(private readonly waitlist: WaitlistService) {}

  @Post()
  @RequireScope('bookings:write')
  @Idempotent()
  @ApiOperation({
    operationId: 'joinWaitlist',
    summary: 'Wait for a table in a full window ("tell me if a table for 4 frees up")',
    description:
      'Adds a wish for a table for `partySize` starting between `from` and `to` (at most 12 h apart). ' +
      'When capacity frees (a cancellation, an expired hold, a change), the engine holds it for the first ' +
      'matching entry in arrival order and sends the webhook event waitlist.offer; accept it with ' +
      'acceptWaitlistOffer before `offer.expiresAt` (the restaurant’s offer window, 15 min by default) ' +
      'or it passes to the next entry. A 409 no_capacity from createBooking carries a ready-made body for ' +
      'this call in `waitlist`. Idempotent: send an Idempotency-Key; a retry answers the same entry.',
  })
  @ApiCreatedResponse({
    type: WaitlistEntryOutput,
    example: { ...ENTRY_EXAMPLE, status: 'waiting', offer: null, offersMade: 0 },
  })
  @ApiProblems(400, 401, 403, 404, 409, 422, 503)
  async join(
    @Principal() principal: ApiPrincipal,
    @Idempotency() idempotency: RequestIdempotency,
    @Body() input: JoinWaitlistInput,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<WaitlistEntryOutput> {
    const { entry, replayed } = await this.waitlist.join(principal, input, idempotency);
    void res.status(replayed ? 200 : 201);
    return WaitlistEntryOutput.from(entry);
  }

  @Get(':id')
  @RequireScope('bookings:read')
  @ApiOperation({
    operationId: 'getWaitlistEntry',
    summary: 'A waitlist entry: its status and current offer',
    description:
      'Status waiting, offered (with the offer’s hold, start, tables and expiry), booked (bookingId), ' +
      'expired, cancelled or removed. Read-only; safe to retry.',
  })
  @ApiOkResponse({ type: WaitlistEntryOutput, example: ENTRY_EXAMPLE })
  @ApiProblems(401, 403, 404)
  async get(
    @Principal() principal: ApiPrincipal,
    @Param('id', EntryIdPipe) id: string,
  ): Promise<WaitlistEntryOutput> {
    return WaitlistEntryOutput.from(await this.waitlist.get(principal, id));
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @RequireScope('bookings:write')
  @ApiOperation({
    operationId: 'cancelWaitlistEntry',
    summary: 'Leave the waitlist',
    description:
      'The guest no longer waits; an offer’s hold is given back at once (and offered to the next entry). ' +
      'A finished entry answers 409 invalid_transition.',
  })
  @ApiOkResponse({
    type: WaitlistEntryOutput,
    example: { ...ENTRY_EXAMPLE, status: 'cancelled', offer: null },
  })
  @ApiProblems(400, 401, 403, 404, 409, 503)
  async cancel(
    @Principal() principal: ApiPrincipal,
    @Param('id', EntryIdPipe) id: string,
    @Body() body: LeaveWaitlistBody,
  ): Promise<WaitlistEntryOutput> {
    return WaitlistEntryOutput.from(await this.waitlist.cancel(principal, id, body?.reason));
  }

  @Post(':id/accept')
  @HttpCode(200)
  @RequireScope('bookings:write')
  @ApiOperation({
    operationId: 'acceptWaitlistOffer',
    summary: 'Accept the offer: its hold becomes a booking',
    description:
      'Confirms the offer’s hold through the ordinary booking workflow (capacity verified, the held tables ' +
      'assigned, confirmed or sent to review) and answers the booking. 409 offer_expired when there is no ' +
      'offer now (never made, expired, or passed on); 409 offer_mismatch when `offerId` names an older offer.',
  })
  @ApiOkResponse({ type: AcceptedOfferOutput })
  @ApiProblems(400, 401, 403, 404, 409, 503)
  async accept(
    @Principal() principal: ApiPrincipal,
    @Param('id', EntryIdPipe) id: string,
    @Body() body: AcceptOfferBody,
  ): Promise<AcceptedOfferOutput> {
    const accepted = await this.waitlist.accept(principal, id, body?.offerId);
    return { entry: WaitlistEntryOutput.from(accepted.entry), booking: BookingOutput.from(accepted.booking) };
  }
}
