import {
  Body,
  Controller,
  Delete,
  Get,
  Headers,
  HttpCode,
  Param,
  Patch,
  Post,
  Req,
  Res,
} from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiKeyCaller, BookingIdPipe, type BookingCaller } from '../bookings/booking-caller';
import { BookingLookup } from '../bookings/booking-lookup.service';
import { Public, RequireScope } from '../auth/principal';
import { ApiProblems } from '../common/api-problems.decorator';
import { ApiNoAuth } from '../openapi/openapi.decorators';
import { requireIdempotencyKey } from '../common/idempotency-key';
import { GuestAccess } from '../guest/guest-access';
import { ManageLinkOutput, ManageLinks } from '../guest/manage-links';
import { ConfirmHoldAsGuestInput, GuestChangeBookingInput } from './manage.inputs';
import { ManagedBookingOutput } from './manage.outputs';
import { ManageService } from './manage.service';

const KEY_HEADER = {
  name: 'Idempotency-Key',
  required: false,
  description: 'Send one per intended change and repeat it on a retry: the change is made once',
};

/** A key is optional on these routes (the token is the credential), but checked when sent. */
function optionalKey(raw: string | undefined): string | undefined {
  return raw === undefined ? undefined : requireIdempotencyKey(raw);
}

export class RevokedManageLinksOutput {
  @ApiProperty({ description: 'Links of the booking that stopped working' }) revoked!: number;
}

/**
 * A guest's own booking, reached with its manage token (no account, no API key): see it, cancel
 * it, change its time or party, or confirm the widget's hold with the guest's details.
 */
@ApiTags('manage')
@Controller('v1/manage')
export class ManageController {
  constructor(private readonly manage: ManageService) {}

  @Get(':token')
  @Public()
  @ApiNoAuth()
  @GuestAccess()
  @ApiOperation({
    operationId: 'getManagedBooking',
    summary: 'The booking a manage link opens',
    description:
      'What the guest sees: status, time, party, their details and the restaurant. Every use of the ' +
      'link is recorded. Problems: manage_link_invalid (forged, mistyped or revoked), ' +
      'manage_link_expired (the booking has ended), rate_limited (per client address).',
  })
  @ApiOkResponse({ type: ManagedBookingOutput })
  @ApiProblems(404, 410, 429)
  view(@Param('token') token: string): Promise<ManagedBookingOutput> {
    return this.manage.view(token);
  }

  @Patch(':token')
  @Public()
  @ApiNoAuth()
  @GuestAccess()
  @ApiOperation({
    operationId: 'changeManagedBooking',
    summary: 'The guest changes the time or party size of their booking',
    description:
      'Through the same command path as PATCH /v1/bookings/{id}: the new time is held and ' +
      're-verified within the restaurant’s policy. Problems: no_capacity (with alternatives), ' +
      'party_size_out_of_range, starts_at_in_past, restaurant_closed, change_pending, ' +
      'invalid_transition, manage_link_invalid, manage_link_expired. A retry with the same ' +
      'Idempotency-Key attaches to the first change.',
  })
  @ApiHeader(KEY_HEADER)
  @ApiOkResponse({ type: ManagedBookingOutput })
  @ApiProblems(400, 404, 409, 410, 422, 429, 503)
  change(
    @Param('token') token: string,
    @Body() input: GuestChangeBookingInput,
    @Headers('idempotency-key') key: string | undefined,
  ): Promise<ManagedBookingOutput> {
    return this.manage.change(token, input, optionalKey(key));
  }

  @Post(':token/cancel')
  @HttpCode(200)
  @Public()
  @ApiNoAuth()
  @GuestAccess()
  @ApiOperation({
    operationId: 'cancelManagedBooking',
    summary: 'The guest cancels their booking',
    description:
      'Cancelled with reason code guest_request through the booking’s workflow. Idempotent: a ' +
      'cancelled booking answers as it is. Problems: invalid_transition (checked in or finished), ' +
      'manage_link_invalid, manage_link_expired, cancellation_cutoff_passed (422, inside the ' +
      'restaurant’s cancellation cutoff: names cutoffMinutes and latestCancellationAt).',
  })
  @ApiHeader(KEY_HEADER)
  @ApiOkResponse({ type: ManagedBookingOutput })
  @ApiProblems(404, 409, 410, 422, 429, 503)
  cancel(
    @Param('token') token: string,
    @Headers('idempotency-key') key: string | undefined,
  ): Promise<ManagedBookingOutput> {
    return this.manage.cancel(token, optionalKey(key));
  }

  @Post(':token/confirm')
  @HttpCode(200)
  @Public()
  @ApiNoAuth()
  @GuestAccess()
  @ApiOperation({
    operationId: 'confirmManagedHold',
    summary: 'The guest confirms the widget’s hold with their details',
    description:
      'Records the guest’s name, phone, email and notes on the hold, then confirms it (verify, ' +
      'assign, confirmed or manual_review). A retry after success answers the placed booking. ' +
      'Problems: validation_failed, invalid_transition (the hold lapsed: expired), ' +
      'manage_link_invalid, manage_link_expired.',
  })
  @ApiHeader(KEY_HEADER)
  @ApiOkResponse({ type: ManagedBookingOutput })
  @ApiProblems(400, 404, 409, 410, 429, 503)
  confirm(
    @Param('token') token: string,
    @Body() input: ConfirmHoldAsGuestInput,
    @Headers('idempotency-key') key: string | undefined,
    @Req() request: FastifyRequest,
  ): Promise<ManagedBookingOutput> {
    return this.manage.confirm(token, input, optionalKey(key), request);
  }
}

/** Secret keys give a guest a link to a booking they took by phone or chat, and take it back. */
@ApiTags('manage')
@ApiBearerAuth()
@Controller('v1/bookings')
export class BookingManageLinkController {
  constructor(
    private readonly lookup: BookingLookup,
    private readonly links: ManageLinks,
  ) {}

  @Post(':id/manage-link')
  @RequireScope('bookings:write')
  @ApiOperation({
    operationId: 'createManageLink',
    summary: 'The guest’s manage link of a booking (the same link again while it is live)',
    description:
      'For any channel that gives the guest a link (SMS, chat, email). Valid until the booking ends ' +
      'or the link is revoked. Idempotent by nature: asked again, the same link. Problems: ' +
      'booking_not_found, insufficient_scope, publishable_key_not_allowed.',
  })
  @ApiOkResponse({ type: ManageLinkOutput })
  @ApiProblems(401, 403, 404, 429)
  async create(
    @ApiKeyCaller() caller: BookingCaller,
    @Param('id', BookingIdPipe) id: string,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<ManageLinkOutput> {
    const booking = await this.lookup.find(caller, id);
    void res.status(200);
    return this.links.issue(booking.id, res.request);
  }

  @Delete(':id/manage-link')
  @HttpCode(200)
  @RequireScope('bookings:write')
  @ApiOperation({
    operationId: 'revokeManageLinks',
    summary: 'Revoke the booking’s manage links: they stop working at once',
    description:
      'A new link can be created afterwards. Idempotent. Problems: booking_not_found, insufficient_scope.',
  })
  @ApiOkResponse({ type: RevokedManageLinksOutput })
  @ApiProblems(401, 403, 404, 429)
  async revoke(
    @ApiKeyCaller() caller: BookingCaller,
    @Param('id', BookingIdPipe) id: string,
  ): Promise<RevokedManageLinksOutput> {
    const booking = await this.lookup.find(caller, id);
    return { revoked: await this.links.revoke(booking.id) };
  }
}
