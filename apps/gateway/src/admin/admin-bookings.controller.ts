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
  @ApiOperation({
    operationId: 'adminListReviews',
    summary: 'Bookings in manual_review, soonest first, with why and the engine’s pick',
    description:
      'Bookings in manual_review, soonest first, with why each went to review and the engine’s ' +
      'table pick. Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes. ' +
      'Read-only; safe to retry.',
  })
  @ApiOkResponse({ type: ReviewPageOutput })
  @ApiProblems(400, 401)
  reviews(@Staff() staff: StaffPrincipal, @Query() query: PageQuery): Promise<ReviewPageOutput> {
    return this.admin.reviewQueue(staff, query);
  }

  @Get('bookings')
  @ApiOperation({
    operationId: 'adminListBookings',
    summary: "A day's bookings by time, filtered by status and guest name or phone",
    description:
      'A day’s bookings by start time, filtered by status and guest name or phone, paged with ' +
      'nextCursor. Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes. ' +
      'Read-only; safe to retry.',
  })
  @ApiOkResponse({ type: BookingPageOutput })
  @ApiProblems(400, 401)
  day(@Staff() staff: StaffPrincipal, @Query() query: DayQuery): Promise<BookingPageOutput> {
    return this.admin.day(staff, query);
  }

  @Get('bookings/:id')
  @ApiOperation({
    operationId: 'adminGetBooking',
    summary: 'A booking with its event timeline, tables, channel and workflow link',
    description:
      'A booking with its event timeline, tables, channel and a link to its workflow in the ' +
      'Temporal UI. Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes. ' +
      'Read-only; safe to retry.',
  })
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
  @ApiOperation({
    operationId: 'adminApproveBooking',
    summary: 'Approve a booking in review, optionally at other tables (ops only)',
    description:
      'Approves a booking in manual_review, optionally at other tables (ops role). Admin UI ' +
      'route: needs the staff session cookie, and X-CSRF-Token on writes. A repeated call finds ' +
      'the booking already in the new status and answers 409 invalid_transition, so a double ' +
      'submit never applies twice.',
  })
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
  @ApiOperation({
    operationId: 'adminRejectBooking',
    summary: 'Reject a booking in review with a reason (ops only)',
    description:
      'Rejects a booking in manual_review with a reason (ops role); its tables are freed. Admin ' +
      'UI route: needs the staff session cookie, and X-CSRF-Token on writes. A repeated call ' +
      'finds the booking already in the new status and answers 409 invalid_transition, so a ' +
      'double submit never applies twice.',
  })
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
  @ApiOperation({
    operationId: 'adminCancelBooking',
    summary: 'Cancel a booking with a reason code and free text (ops only)',
    description:
      'Cancels a booking with a reason code and free text (ops role). Admin UI route: needs the ' +
      'staff session cookie, and X-CSRF-Token on writes. A repeated call finds the booking ' +
      'already in the new status and answers 409 invalid_transition, so a double submit never ' +
      'applies twice.',
  })
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
    operationId: 'adminModifyBooking',
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
  @ApiOperation({
    operationId: 'adminMarkNoShow',
    summary: 'Mark a confirmed booking a no-show, after its start (ops only)',
    description:
      'Marks a confirmed booking a no-show after its start time (ops role). Admin UI route: needs ' +
      'the staff session cookie, and X-CSRF-Token on writes. A repeated call finds the booking ' +
      'already in the new status and answers 409 invalid_transition, so a double submit never ' +
      'applies twice.',
  })
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
  @ApiOperation({
    operationId: 'adminUndoNoShow',
    summary: "Undo a no-show within the restaurant's window (ops only)",
    description:
      'Undoes a no-show within the restaurant’s window (ops role); 409 when the window has passed ' +
      'or a table was given away. Admin UI route: needs the staff session cookie, and ' +
      'X-CSRF-Token on writes. A repeated call finds the booking already in the new status and ' +
      'answers 409 invalid_transition, so a double submit never applies twice.',
  })
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
  @ApiOperation({
    operationId: 'adminListChanges',
    summary: 'Changes of confirmed bookings waiting for staff, with before and after',
    description:
      'Changes of confirmed bookings waiting for staff, with the booking before and after. Admin ' +
      'UI route: needs the staff session cookie, and X-CSRF-Token on writes. Read-only; safe to ' +
      'retry.',
  })
  @ApiOkResponse({ type: ChangeReviewPageOutput })
  @ApiProblems(400, 401)
  changes(@Staff() staff: StaffPrincipal, @Query() query: PageQuery): Promise<ChangeReviewPageOutput> {
    return this.admin.changeQueue(staff, query);
  }

  @Post('bookings/:id/change/approve')
  @HttpCode(200)
  @RequireRole('ops')
  @CsrfHeader()
  @ApiOperation({
    operationId: 'adminApproveChange',
    summary: 'Approve the change waiting for staff: the booking moves (ops only)',
    description:
      'Approves the change waiting for staff: the booking moves to its new time and tables (ops ' +
      'role). Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes. A ' +
      'repeated call finds the booking already in the new status and answers 409 ' +
      'invalid_transition, so a double submit never applies twice.',
  })
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
  @ApiOperation({
    operationId: 'adminRejectChange',
    summary: 'Reject the change waiting for staff: the booking stays as it was (ops only)',
    description:
      'Rejects the change waiting for staff: the booking stays as it was (ops role). Admin UI ' +
      'route: needs the staff session cookie, and X-CSRF-Token on writes. A repeated call finds ' +
      'the booking already in the new status and answers 409 invalid_transition, so a double ' +
      'submit never applies twice.',
  })
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
  @ApiOperation({
    operationId: 'adminCheckInBooking',
    summary: 'Seat a confirmed booking (ops only)',
    description:
      'Seats a confirmed booking (ops role). Admin UI route: needs the staff session cookie, and ' +
      'X-CSRF-Token on writes. A repeated call finds the booking already in the new status and ' +
      'answers 409 invalid_transition, so a double submit never applies twice.',
  })
  @ApiOkResponse({ type: BookingOutput })
  @ApiProblems(401, 403, 404, 409, 503)
  async checkIn(
    @StaffCaller() caller: BookingCaller,
    @Param('id', StaffBookingIdPipe) id: string,
  ): Promise<BookingOutput> {
    return BookingOutput.from(await this.commands.send(caller, id, 'check_in', { actor: caller.actor }));
  }

  @Get('floor')
  @ApiOperation({
    operationId: 'adminGetFloor',
    summary: 'Tables by zone at one instant: free, held, reserved, seated or blocked',
    description:
      'Every table by zone at one instant: free, held, reserved, seated or blocked, with the ' +
      'booking on it. Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes. ' +
      'Read-only; safe to retry.',
  })
  @ApiOkResponse({ type: FloorOutput })
  @ApiProblems(400, 401)
  floor(@Staff() staff: StaffPrincipal, @Query() query: FloorQuery): Promise<FloorOutput> {
    return this.admin.floor(staff, query);
  }

  @Sse('events')
  @ApiOperation({
    operationId: 'adminStreamBookingEvents',
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
