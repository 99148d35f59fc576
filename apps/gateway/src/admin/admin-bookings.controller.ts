import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  Param,
  Patch,
  Post,
  Query,
  Sse,
  UseGuards,
  type MessageEvent,
} from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBody,
  ApiCookieAuth,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Res } from '@nestjs/common';
import { Observable, interval, map, merge, of } from 'rxjs';
import type { StaffPrincipal } from '@tablekeeper/auth';
import { Public } from '../auth/principal';
import { StaffBookingIdPipe, StaffCaller, type BookingCaller } from '../bookings/booking-caller';
import { BookingCommandsService } from '../bookings/booking-commands.service';
import { BookingLookup } from '../bookings/booking-lookup.service';
import { BookingOutput, BookingDetailsOutput } from '../bookings/booking.outputs';
import {
  CancelBookingInput,
  OptionalReasonInput,
  ReasonInput,
  cancelReasonOf,
} from '../bookings/booking.inputs';
import { BookingModifyService, etagOf } from '../bookings/booking-modify.service';
import { requireIdempotencyKey } from '../common/idempotency-key';
import { ApiProblems } from '../common/api-problems.decorator';
import { ApproveInput, DayQuery, FloorQuery, PageQuery, StaffModifyInput } from './admin.inputs';
import { BookingPageOutput, ChangeReviewPageOutput, FloorOutput, ReviewPageOutput } from './admin.outputs';
import { AdminService } from './admin.service';
import { BookingChangesHub } from './booking-changes.hub';
import { CsrfHeader, RequireRole, Staff } from './staff-session';
import { StaffSessionGuard } from './staff-session.guard';

const HEARTBEAT_MS = 20_000;

/** The admin UI's API: the review queue, the day, the floor, decisions and live changes. */
@ApiTags('admin')
@ApiCookieAuth('staff_session')
@Public()
@UseGuards(StaffSessionGuard)
@Controller('admin/api')
export class AdminBookingsController {
  constructor(
    private readonly admin: AdminService,
    private readonly lookup: BookingLookup,
    private readonly commands: BookingCommandsService,
    private readonly hub: BookingChangesHub,
    private readonly modifier: BookingModifyService,
  ) {}

  @Get('reviews')
  @ApiOperation({ summary: 'Bookings in manual_review, soonest first, with why and the engine’s pick' })
  @ApiOkResponse({ type: ReviewPageOutput })
  @ApiProblems(400, 401)
  reviews(@Staff() staff: StaffPrincipal, @Query() query: PageQuery): Promise<ReviewPageOutput> {
    return this.admin.reviewQueue(staff, query);
  }

  @Get('bookings')
  @ApiOperation({ summary: "A day's bookings by time, filtered by status and guest name or phone" })
  @ApiOkResponse({ type: BookingPageOutput })
  @ApiProblems(400, 401)
  day(@Staff() staff: StaffPrincipal, @Query() query: DayQuery): Promise<BookingPageOutput> {
    return this.admin.day(staff, query);
  }

  @Get('bookings/:id')
  @ApiOperation({ summary: 'A booking with its event timeline, tables, channel and workflow link' })
  @ApiOkResponse({ type: BookingDetailsOutput })
  @ApiProblems(401, 404)
  details(
    @StaffCaller() caller: BookingCaller,
    @Param('id', StaffBookingIdPipe) id: string,
  ): Promise<BookingDetailsOutput> {
    return this.lookup.details(caller, id);
  }

  @Post('bookings/:id/approve')
  @HttpCode(200)
  @RequireRole('ops')
  @CsrfHeader()
  @ApiOperation({ summary: 'Approve a booking in review, optionally at other tables (ops only)' })
  @ApiBody({ type: ApproveInput })
  @ApiOkResponse({ type: BookingOutput })
  @ApiProblems(400, 401, 403, 404, 409, 503)
  async approve(
    @StaffCaller() caller: BookingCaller,
    @Param('id', StaffBookingIdPipe) id: string,
    @Body() input: ApproveInput,
  ): Promise<BookingOutput> {
    return BookingOutput.from(await this.admin.approve(caller, id, input));
  }

  @Post('bookings/:id/reject')
  @HttpCode(200)
  @RequireRole('ops')
  @CsrfHeader()
  @ApiOperation({ summary: 'Reject a booking in review with a reason (ops only)' })
  @ApiBody({ type: ReasonInput })
  @ApiOkResponse({ type: BookingOutput })
  @ApiProblems(400, 401, 403, 404, 409, 503)
  async reject(
    @StaffCaller() caller: BookingCaller,
    @Param('id', StaffBookingIdPipe) id: string,
    @Body() input: ReasonInput,
  ): Promise<BookingOutput> {
    return BookingOutput.from(
      await this.commands.send(caller, id, 'reject', { actor: caller.actor, reason: input.reason }),
    );
  }

  @Post('bookings/:id/cancel')
  @HttpCode(200)
  @RequireRole('ops')
  @CsrfHeader()
  @ApiOperation({ summary: 'Cancel a booking with a reason code and free text (ops only)' })
  @ApiBody({ type: CancelBookingInput })
  @ApiOkResponse({ type: BookingOutput })
  @ApiProblems(400, 401, 403, 404, 409, 503)
  async cancel(
    @StaffCaller() caller: BookingCaller,
    @Param('id', StaffBookingIdPipe) id: string,
    @Body() input: CancelBookingInput,
  ): Promise<BookingOutput> {
    return BookingOutput.from(
      await this.commands.send(caller, id, 'cancel', { actor: caller.actor, ...cancelReasonOf(input) }),
    );
  }

  @Patch('bookings/:id')
  @RequireRole('ops')
  @CsrfHeader()
  @ApiOperation({
    summary: 'Change a booking or move it to other tables (ops only): the same path as the public PATCH',
    description:
      "Staff's own change is applied without a review of the change. Send an Idempotency-Key so a " +
      'double submit attaches to the first change.',
  })
  @ApiHeader({ name: 'If-Match', required: false, description: 'The version last read, e.g. "3"' })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiBody({ type: StaffModifyInput })
  @ApiOkResponse({ type: BookingOutput })
  @ApiAcceptedResponse({ type: BookingOutput })
  @ApiProblems(400, 401, 403, 404, 409, 412, 422, 503)
  async modify(
    @Staff() staff: StaffPrincipal,
    @StaffCaller() caller: BookingCaller,
    @Param('id', StaffBookingIdPipe) id: string,
    @Body() input: StaffModifyInput,
    @Headers('if-match') ifMatch: string | undefined,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<BookingOutput> {
    const { tableIds, ...changes } = input;
    const key = idempotencyKey === undefined ? undefined : requireIdempotencyKey(idempotencyKey);
    const booking = await this.modifier.modify(caller, id, changes, {
      ifMatch,
      tableIds,
      byStaff: true,
      updateId: key ? `modify:staff:${staff.staffId}:${key}` : undefined,
    });
    void res.status(booking.pendingChange ? 202 : 200).header('ETag', etagOf(booking));
    return BookingOutput.from(booking);
  }

  @Post('bookings/:id/no-show')
  @HttpCode(200)
  @RequireRole('ops')
  @CsrfHeader()
  @ApiOperation({ summary: 'Mark a confirmed booking a no-show, after its start (ops only)' })
  @ApiBody({ type: OptionalReasonInput })
  @ApiOkResponse({ type: BookingOutput })
  @ApiProblems(400, 401, 403, 404, 409, 503)
  async noShow(
    @StaffCaller() caller: BookingCaller,
    @Param('id', StaffBookingIdPipe) id: string,
    @Body() input: OptionalReasonInput,
  ): Promise<BookingOutput> {
    return BookingOutput.from(
      await this.commands.send(caller, id, 'mark_no_show', {
        actor: caller.actor,
        reason: input.reason ?? 'marked_no_show',
      }),
    );
  }

  @Post('bookings/:id/undo-no-show')
  @HttpCode(200)
  @RequireRole('ops')
  @CsrfHeader()
  @ApiOperation({ summary: "Undo a no-show within the restaurant's window (ops only)" })
  @ApiBody({ type: OptionalReasonInput })
  @ApiOkResponse({ type: BookingOutput })
  @ApiProblems(400, 401, 403, 404, 409, 503)
  async undoNoShow(
    @StaffCaller() caller: BookingCaller,
    @Param('id', StaffBookingIdPipe) id: string,
    @Body() input: OptionalReasonInput,
  ): Promise<BookingOutput> {
    return BookingOutput.from(
      await this.commands.send(caller, id, 'undo_no_show', {
        actor: caller.actor,
        reason: input.reason ?? 'no_show_undone',
      }),
    );
  }

  @Get('changes')
  @ApiOperation({ summary: 'Changes of confirmed bookings waiting for staff, with before and after' })
  @ApiOkResponse({ type: ChangeReviewPageOutput })
  @ApiProblems(400, 401)
  changes(@Staff() staff: StaffPrincipal, @Query() query: PageQuery): Promise<ChangeReviewPageOutput> {
    return this.admin.changeQueue(staff, query);
  }

  @Post('bookings/:id/change/approve')
  @HttpCode(200)
  @RequireRole('ops')
  @CsrfHeader()
  @ApiOperation({ summary: 'Approve the change waiting for staff: the booking moves (ops only)' })
  @ApiBody({ type: OptionalReasonInput })
  @ApiOkResponse({ type: BookingOutput })
  @ApiProblems(400, 401, 403, 404, 409, 503)
  async approveChange(
    @StaffCaller() caller: BookingCaller,
    @Param('id', StaffBookingIdPipe) id: string,
    @Body() input: OptionalReasonInput,
  ): Promise<BookingOutput> {
    return BookingOutput.from(
      await this.commands.send(caller, id, 'approve_change', { actor: caller.actor, reason: input.reason }),
    );
  }

  @Post('bookings/:id/change/reject')
  @HttpCode(200)
  @RequireRole('ops')
  @CsrfHeader()
  @ApiOperation({ summary: 'Reject the change waiting for staff: the booking stays as it was (ops only)' })
  @ApiBody({ type: ReasonInput })
  @ApiOkResponse({ type: BookingOutput })
  @ApiProblems(400, 401, 403, 404, 409, 503)
  async rejectChange(
    @StaffCaller() caller: BookingCaller,
    @Param('id', StaffBookingIdPipe) id: string,
    @Body() input: ReasonInput,
  ): Promise<BookingOutput> {
    return BookingOutput.from(
      await this.commands.send(caller, id, 'reject_change', { actor: caller.actor, reason: input.reason }),
    );
  }

  @Post('bookings/:id/check-in')
  @HttpCode(200)
  @RequireRole('ops')
  @CsrfHeader()
  @ApiOperation({ summary: 'Seat a confirmed booking (ops only)' })
  @ApiOkResponse({ type: BookingOutput })
  @ApiProblems(401, 403, 404, 409, 503)
  async checkIn(
    @StaffCaller() caller: BookingCaller,
    @Param('id', StaffBookingIdPipe) id: string,
  ): Promise<BookingOutput> {
    return BookingOutput.from(await this.commands.send(caller, id, 'check_in', { actor: caller.actor }));
  }

  @Get('floor')
  @ApiOperation({ summary: 'Tables by zone at one instant: free, held, reserved, seated or blocked' })
  @ApiOkResponse({ type: FloorOutput })
  @ApiProblems(400, 401)
  floor(@Staff() staff: StaffPrincipal, @Query() query: FloorQuery): Promise<FloorOutput> {
    return this.admin.floor(staff, query);
  }

  @Sse('events')
  @ApiOperation({
    summary: 'Live booking changes of your restaurant (server-sent events)',
    description:
      'A `ready` event on connect, then one `booking` event per committed change with ' +
      '{bookingId, restaurantId, status, at}, and a `ping` every 20 s.',
  })
  @ApiProduces('text/event-stream')
  @ApiOkResponse({
    description: 'An event stream',
    content: { 'text/event-stream': { schema: { type: 'string' } } },
  })
  @ApiProblems(401)
  events(@Staff() staff: StaffPrincipal): Observable<MessageEvent> {
    return this.hub.untilShutdown(
      merge(
        of<MessageEvent>({ type: 'ready', data: { restaurantId: staff.restaurantId } }),
        this.hub
          .forRestaurant(staff.restaurantId)
          .pipe(map((change): MessageEvent => ({ type: 'booking', data: change }))),
        interval(HEARTBEAT_MS).pipe(map((): MessageEvent => ({ type: 'ping', data: {} }))),
      ),
    );
  }
}
