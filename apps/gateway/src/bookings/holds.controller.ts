import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CONFIRMED_EXAMPLE, HELD_EXAMPLE } from './booking.examples';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { ApiPrincipal } from '@tablekeeper/auth';
import { Principal, RequireScope } from '../auth/principal';
import { ApiProblems } from '../common/api-problems.decorator';
import { Idempotent } from '../common/idempotency.interceptor';
import { Idempotency, type RequestIdempotency } from '../common/request-idempotency';
import { ApiKeyCaller, BookingIdPipe, type BookingCaller } from './booking-caller';
import { BookingCommandsService } from './booking-commands.service';
import { BookingPlacementService } from './booking-placement.service';
import { CreateBookingInput } from './booking.inputs';
import { BookingOutput, PendingBookingOutput, PlacedBookingOutput } from './booking.outputs';
import { PlacementEndpoint, sendPlacement } from './placement.endpoint';
import { GuestPlacement } from '../guest/guest-placement';

@ApiTags('holds')
@ApiBearerAuth()
@Controller('v1/holds')
export class HoldsController {
  constructor(
    private readonly placement: BookingPlacementService,
    private readonly guests: GuestPlacement,
    private readonly commands: BookingCommandsService,
  ) {}

  @PlacementEndpoint({
    operationId: 'createHold',
    summary: 'Hold capacity',
    description:
      'Holds tables for the party until holdExpiresAt (the restaurant’s hold TTL); confirm it with confirmHold, ' +
      'or let it expire on its own (or cancelBooking it) when the guest says no. Use it while the guest still ' +
      'decides; use createBooking when they have. Same body, problems and alternatives as createBooking. ' +
      'Idempotent: send an Idempotency-Key; a retry with the same key and body answers the first answer again (Idempotent-Replayed: true), the same key with another body answers 422 idempotency_key_reused.',
    created: 'Held',
    createdExample: HELD_EXAMPLE,
  })
  async create(
    @Principal() principal: ApiPrincipal,
    @Idempotency() idempotency: RequestIdempotency,
    @Body() input: CreateBookingInput,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<PlacedBookingOutput | PendingBookingOutput> {
    await this.guests.before(principal, res.request, 'hold');
    const result = await this.placement.place(principal, input, idempotency, 'hold');
    const manage =
      result.kind === 'placed' ? await this.guests.after(principal, res.request, result.booking) : undefined;
    return sendPlacement(res, result, manage);
  }

  @Post(':id/confirm')
  @HttpCode(200)
  @RequireScope('bookings:write')
  @Idempotent()
  @ApiOperation({
    operationId: 'confirmHold',
    summary: 'Confirm a hold: verify, assign tables, confirm or send to review',
    description:
      'Turns a hold from createHold into a booking: capacity is verified again, tables assigned, ' +
      'and the booking is confirmed or sent to manual_review. A hold past its holdExpiresAt ' +
      'answers 409 invalid_transition: create a new hold. Idempotent: send an Idempotency-Key; a ' +
      'retry with the same key and body answers the first answer again (Idempotent-Replayed: ' +
      'true), the same key with another body answers 422 idempotency_key_reused.',
  })
  @ApiOkResponse({ type: BookingOutput, example: CONFIRMED_EXAMPLE })
  @ApiProblems(401, 403, 404, 409, 503)
  async confirm(
    @ApiKeyCaller() caller: BookingCaller,
    @Param('id', BookingIdPipe) id: string,
  ): Promise<BookingOutput> {
    return BookingOutput.from(await this.commands.send(caller, id, 'confirm_hold', { actor: caller.actor }));
  }
}
