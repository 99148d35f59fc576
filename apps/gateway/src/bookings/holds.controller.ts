import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
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
    summary: 'Hold capacity',
    description:
      'Holds tables for the party until holdExpiresAt; confirm it with POST /v1/holds/{id}/confirm.',
    created: 'Held',
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
  @ApiOperation({ summary: 'Confirm a hold: verify, assign tables, confirm or send to review' })
  @ApiOkResponse({ type: BookingOutput })
  @ApiProblems(401, 403, 404, 409, 503)
  async confirm(
    @ApiKeyCaller() caller: BookingCaller,
    @Param('id', BookingIdPipe) id: string,
  ): Promise<BookingOutput> {
    return BookingOutput.from(await this.commands.send(caller, id, 'confirm_hold', { actor: caller.actor }));
  }
}
