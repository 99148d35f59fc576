import { Body, Controller, Headers, HttpCode, Param, Post, Res } from '@nestjs/common';
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
import type { ApiPrincipal } from '../../../../libs/db/src';
import { Principal, RequireScope } from '../auth/principal';
import { ApiProblems } from '../common/api-problems.decorator';
import { Idempotent } from '../common/idempotency.interceptor';
import { BookingIdPipe } from '../common/id.pipes';
import { CreateBookingInput } from './booking.inputs';
import { BookingOutput, PendingBookingOutput } from './booking.outputs';
import { BookingService } from './booking.service';
import { sendPlacement } from './bookings.controller';

@ApiTags('holds')
@ApiBearerAuth()
@Controller('v1/holds')
export class HoldsController {
  constructor(private readonly bookings: BookingService) {}

  @Post()
  @RequireScope('bookings:write')
  @ApiOperation({
    summary: 'Hold capacity',
    description:
      'Holds tables for the party until holdExpiresAt; confirm it with POST /v1/holds/{id}/confirm.',
  })
  @Idempotent()
  @ApiBody({ type: CreateBookingInput })
  @ApiCreatedResponse({ type: BookingOutput, description: 'Held' })
  @ApiAcceptedResponse({ type: PendingBookingOutput })
  @ApiProblems(400, 401, 403, 404, 409, 422, 503)
  async create(
    @Principal() principal: ApiPrincipal,
    @Headers('idempotency-key') idempotencyKey: string,
    @Body() input: CreateBookingInput,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<BookingOutput | PendingBookingOutput> {
    return sendPlacement(
      res,
      await this.bookings.place(principal, input, idempotencyKey, 'hold', '/v1/holds'),
    );
  }

  @Post(':id/confirm')
  @HttpCode(200)
  @RequireScope('bookings:write')
  @Idempotent()
  @ApiOperation({ summary: 'Confirm a hold: verify, assign tables, confirm or send to review' })
  @ApiOkResponse({ type: BookingOutput })
  @ApiProblems(401, 403, 404, 409, 503)
  async confirm(
    @Principal() principal: ApiPrincipal,
    @Param('id', BookingIdPipe) id: string,
  ): Promise<BookingOutput> {
    return BookingOutput.from(await this.bookings.act(principal, id, 'confirm_hold'));
  }
}
