import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res, UseGuards } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBody,
  ApiCookieAuth,
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import type { FastifyReply } from 'fastify';
import type { StaffPrincipal } from '@tablekeeper/auth';
import { Public } from '../auth/principal';
import { ApiProblems } from '../common/api-problems.decorator';
import { uuidOrNotFound } from '../common/id.pipes';
import { requireIdempotencyKey } from '../common/idempotency-key';
import {
  AdminWaitlistQuery,
  AdminWalkInEntryInput,
  RemoveWaitlistEntryInput,
  SeatWaitlistEntryInput,
} from './admin-waitlist.inputs';
import {
  AdminWaitlistEntryOutput,
  AdminWaitlistPageOutput,
  AdminWalkInEntryOutput,
} from './admin-waitlist.outputs';
import { AdminWaitlistService } from './admin-waitlist.service';
import { CsrfHeader, RequireRole, Staff } from './staff-session';
import { StaffSessionGuard } from './staff-session.guard';

const SESSION_NOTE = 'Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes.';
const EntryIdPipe = uuidOrNotFound('waitlist_entry_not_found', 'No such waitlist entry at your restaurant');

/**
 * The host's waitlist (issue 19): walk-ins at the door and wishes for a full window, in one list
 * in fair order. Every staff role reads; ops and managers add, seat, remove and notify.
 */
@ApiTags('admin')
@ApiCookieAuth('staff_session')
@Public()
@UseGuards(StaffSessionGuard)
@Controller('admin/api/waitlist')
export class AdminWaitlistController {
  constructor(private readonly waitlist: AdminWaitlistService) {}

  @Get()
  @ApiOperation({
    operationId: 'adminListWaitlist',
    summary: 'The waitlist: walk-ins and wishes, first come first',
    description: `Both kinds in fair order (the order they joined), paged with nextCursor. \`kind\` walk_in or wish; \`status\` comma-separated (default waiting,offered: the entries still on the list). Each entry carries the guest's contact, notes and, for a walk-in, \`quotedAt\`, the seat time it was quoted. ${SESSION_NOTE} Read-only; safe to retry. **Problems.** \`validation_failed\` names the parameter; \`restaurant_not_found\` for another restaurant.`,
  })
  @ApiOkResponse({ type: AdminWaitlistPageOutput })
  @ApiProblems(400, 401, 404)
  list(@Staff() staff: StaffPrincipal, @Query() query: AdminWaitlistQuery): Promise<AdminWaitlistPageOutput> {
    return this.waitlist.list(staff, query);
  }

  @Post('walk-ins')
  @RequireRole('ops')
  @CsrfHeader()
  @ApiOperation({
    operationId: 'adminAddWalkIn',
    summary: 'A party at the door joins the walk-in queue, quoted a seat time (ops only)',
    description: `The entry waits with \`quotedAt\`, the time the floor says it will be seated (GET /v1/restaurants/{id}/wait-estimate's estimate, with the walk-ins already waiting ahead of it); \`estimate\` is the range. Announced as waitlist.waiting. Idempotent on Idempotency-Key: a double submit answers the same entry (200). ${SESSION_NOTE} **Problems.** \`waitlist_closed\` (409, outside the opening hours or past the last seating), \`party_size_out_of_range\` (422), \`restaurant_not_found\`, \`idempotency_key_required\`, \`idempotency_key_reused\`.`,
  })
  @ApiHeader({ name: 'Idempotency-Key', required: true, description: 'One per party added' })
  @ApiBody({ type: AdminWalkInEntryInput })
  @ApiCreatedResponse({ type: AdminWalkInEntryOutput })
  @ApiOkResponse({ type: AdminWalkInEntryOutput, description: 'A retry: the entry the key made' })
  @ApiProblems(400, 401, 403, 404, 409, 422)
  async addWalkIn(
    @Staff() staff: StaffPrincipal,
    @Body() input: AdminWalkInEntryInput,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<AdminWalkInEntryOutput> {
    const added = await this.waitlist.addWalkIn(staff, input, requireIdempotencyKey(key));
    void res.status(added.replayed ? 200 : 201);
    return { ...AdminWaitlistEntryOutput.fromEntry(added.entry), estimate: added.estimate };
  }

  @Post(':id/seat')
  @HttpCode(200)
  @RequireRole('ops')
  @CsrfHeader()
  @ApiOperation({
    operationId: 'adminSeatWaitlistEntry',
    summary: 'Seat a waiting walk-in now at free tables (ops only)',
    description: `Through the walk-in seating of POST /admin/api/walk-ins (a booking at those tables that starts checked in), then the entry is booked with \`bookingId\` (waitlist.booked). An Idempotency-Key is optional: with one, a retry answers the same seating. ${SESSION_NOTE} **Problems.** \`tables_unavailable\` (409, taken or too small), \`no_capacity\`, \`restaurant_closed\`, \`not_a_walk_in\` (409, a wish), \`invalid_transition\` (409, no longer waiting), \`waitlist_entry_not_found\`.`,
  })
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'Makes a retry answer the same seating',
  })
  @ApiBody({ type: SeatWaitlistEntryInput })
  @ApiOkResponse({ type: AdminWaitlistEntryOutput })
  @ApiProblems(400, 401, 403, 404, 409, 422, 503)
  async seat(
    @Staff() staff: StaffPrincipal,
    @Param('id', EntryIdPipe) id: string,
    @Body() input: SeatWaitlistEntryInput,
    @Headers('idempotency-key') key: string | undefined,
  ): Promise<AdminWaitlistEntryOutput> {
    const attempt = key === undefined ? randomUUID() : requireIdempotencyKey(key);
    return AdminWaitlistEntryOutput.fromEntry(await this.waitlist.seat(staff, id, input, attempt));
  }

  @Post(':id/remove')
  @HttpCode(200)
  @RequireRole('ops')
  @CsrfHeader()
  @ApiOperation({
    operationId: 'adminRemoveWaitlistEntry',
    summary: 'Take an entry off the list (ops only)',
    description: `A walk-in or a wish; an offered wish's hold is given back at once (and offered to the next entry). Announced as waitlist.removed with the reason. Not idempotent: a retry after it succeeded answers 409 invalid_transition, the entry unchanged. ${SESSION_NOTE} **Problems.** \`invalid_transition\` (409, already finished), \`waitlist_entry_not_found\`.`,
  })
  @ApiBody({ type: RemoveWaitlistEntryInput, required: false })
  @ApiOkResponse({ type: AdminWaitlistEntryOutput })
  @ApiProblems(400, 401, 403, 404, 409, 503)
  async remove(
    @Staff() staff: StaffPrincipal,
    @Param('id', EntryIdPipe) id: string,
    @Body() input: RemoveWaitlistEntryInput,
  ): Promise<AdminWaitlistEntryOutput> {
    return AdminWaitlistEntryOutput.fromEntry(await this.waitlist.remove(staff, id, input ?? {}));
  }

  @Post(':id/notify')
  @HttpCode(202)
  @RequireRole('ops')
  @CsrfHeader()
  @ApiOperation({
    operationId: 'adminNotifyWaitlistEntry',
    summary: 'Ask for the guest to be texted (ops only)',
    description: `Emits the webhook event waitlist.notified (with the guest's contact to endpoints allowed it) for the restaurant's SMS integration, and records it on the entry (\`notifiedAt\`, \`notifications\`). Not idempotent: each call, a retry too, is one more notification (and event). ${SESSION_NOTE} **Problems.** \`invalid_transition\` (409, the entry is finished), \`waitlist_entry_not_found\`.`,
  })
  @ApiAcceptedResponse({ type: AdminWaitlistEntryOutput })
  @ApiProblems(401, 403, 404, 409)
  async notify(
    @Staff() staff: StaffPrincipal,
    @Param('id', EntryIdPipe) id: string,
  ): Promise<AdminWaitlistEntryOutput> {
    return AdminWaitlistEntryOutput.fromEntry(await this.waitlist.notify(staff, id));
  }
}
