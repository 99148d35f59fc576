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
  Res,
  UseGuards,
} from '@nestjs/common';
import {
  ApiBody,
  ApiCookieAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { StaffPrincipal } from '@tablekeeper/auth';
import { Public } from '../auth/principal';
import { ApiProblems } from '../common/api-problems.decorator';
import { GuestConflictIdPipe, GuestIdPipe, GuestNoteIdPipe } from '../common/id.pipes';
import { PageQuery } from './admin.inputs';
import { GuestEditInput, GuestListQuery, GuestMergeInput, GuestNoteInput } from './admin-guests.inputs';
import {
  GuestConflictPageOutput,
  GuestMergeOutput,
  GuestPageOutput,
  GuestProfileOutput,
} from './admin-guests.outputs';
import { AdminGuestsService } from './admin-guests.service';
import { CsrfHeader, RequireRole, Staff } from './staff-session';
import { StaffSessionGuard } from './staff-session.guard';

const SESSION_NOTE = 'Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes.';
const CSV_EXAMPLE =
  'id,name,phone,email,language,tags,allergens,marketing_consent,visits,covers,no_shows,cancellations,late_cancellations,last_visit_at,next_visit_at\r\n' +
  '7d1c2f4e-3b5a-4c6d-8e9f-0a1b2c3d4e5f,Ada Lovelace,+447700900123,ada@example.com,en,vip,peanuts,yes,4,9,0,1,0,2026-11-20T19:00:00.000Z,\r\n';

async function sendCsv(reply: FastifyReply, body: string): Promise<string> {
  reply.header('content-type', 'text/csv; charset=utf-8');
  reply.header('content-disposition', 'attachment; filename="guests.csv"');
  return body;
}

/**
 * The staff guest list and profile (CRM): viewers read, ops and managers edit, add notes and
 * merge. Every guest is of the signed-in staff member's restaurant; another restaurant's guest
 * answers 404 as a missing one. GDPR export and erasure live in admin-guest-privacy.controller.ts.
 */
@ApiTags('admin')
@ApiCookieAuth('staff_session')
@Public()
@UseGuards(StaffSessionGuard)
@Controller('admin/api')
export class AdminGuestsController {
  constructor(private readonly guests: AdminGuestsService) {}

  @Get('guests')
  @ApiOperation({
    operationId: 'adminListGuests',
    summary: 'Guests by name, searched and filtered, with their statistics',
    description: `The restaurant's guests in name order, paged with nextCursor (keyset: stable while guests are added). \`q\` matches part of the name or e-mail, or a phone number typed in any format (read with the restaurant's country, so 07700 900123 finds +447700900123); \`tags\` (all of them), \`minVisits\`, \`lastVisitBefore\`/\`lastVisitAfter\` and \`hasNoShows\` filter. With \`Accept: text/csv\` the whole filtered list comes as CSV, as from /admin/api/guests.csv. ${SESSION_NOTE} Read-only; safe to retry. **Problems.** \`validation_failed\` names the offending parameter.`,
  })
  @ApiOkResponse({ type: GuestPageOutput })
  @ApiProblems(400, 401)
  async list(
    @Staff() staff: StaffPrincipal,
    @Query() query: GuestListQuery,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<GuestPageOutput | string> {
    if (accept?.includes('text/csv')) return sendCsv(reply, await this.guests.csv(staff, query));
    return this.guests.list(staff, query);
  }

  @Get('guests.csv')
  @ApiOperation({
    operationId: 'adminExportGuestsCsv',
    summary: 'The filtered guest list as CSV (every page)',
    description: `The same guests, search and filters as GET /admin/api/guests, every page of them, as RFC 4180 CSV with a header row. Cells starting with = + - or @ are prefixed with an apostrophe so a spreadsheet does not run them as formulas. ${SESSION_NOTE} Read-only; safe to retry. **Problems.** \`validation_failed\` names the offending parameter.`,
  })
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description: 'CSV, one guest a line',
    content: { 'text/csv': { schema: { type: 'string' }, example: CSV_EXAMPLE } },
  })
  @ApiProblems(400, 401)
  async csv(
    @Staff() staff: StaffPrincipal,
    @Query() query: GuestListQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    return sendCsv(reply, await this.guests.csv(staff, query));
  }

  @Get('guests/:id')
  @ApiOperation({
    operationId: 'adminGetGuest',
    summary: 'A guest’s profile: contact, tags, allergens, notes with versions, consent, statistics',
    description: `A guest's profile: contact, language, tags, allergens and dietary needs, notes with every version, marketing consent with its history, statistics computed from their bookings (visits, covers, no-shows, cancellations, late cancellations, last and next visit) and their latest bookings. ${SESSION_NOTE} Read-only; safe to retry. **Problems.** \`guest_not_found\`.`,
  })
  @ApiOkResponse({ type: GuestProfileOutput })
  @ApiProblems(401, 404)
  profile(@Staff() staff: StaffPrincipal, @Param('id', GuestIdPipe) id: string): Promise<GuestProfileOutput> {
    return this.guests.profile(staff, id);
  }

  @Patch('guests/:id')
  @RequireRole('ops')
  @CsrfHeader()
  @ApiOperation({
    operationId: 'adminEditGuest',
    summary: 'Change a guest’s contact, language, tags, allergens, dietary needs or consent (ops)',
    description: `Changes what is sent (ops or manager); fields left out stay as they are, null clears a nullable one; tags and allergens replace the lists. A phone or e-mail that is another guest's identity is kept but becomes a conflict to merge, never a silent merge. A consent change is recorded with the time and \`staff:<email>\` as its source. Answers the profile. ${SESSION_NOTE} Idempotent: sending the same change again changes nothing more. **Problems.** \`validation_failed\`, \`guest_not_found\`, \`role_forbidden\`.`,
  })
  @ApiBody({ type: GuestEditInput })
  @ApiOkResponse({ type: GuestProfileOutput })
  @ApiProblems(400, 401, 403, 404)
  edit(
    @Staff() staff: StaffPrincipal,
    @Param('id', GuestIdPipe) id: string,
    @Body() input: GuestEditInput,
  ): Promise<GuestProfileOutput> {
    return this.guests.edit(staff, id, input);
  }

  @Post('guests/:id/notes')
  @RequireRole('ops')
  @CsrfHeader()
  @ApiOperation({
    operationId: 'adminAddGuestNote',
    summary: 'Add a note about a guest (ops); author and time are recorded',
    description: `Adds a note (version 1) with the staff member as author and the time. Answers the profile. ${SESSION_NOTE} Not idempotent: a retry adds the note again. **Problems.** \`validation_failed\`, \`guest_not_found\`, \`role_forbidden\`.`,
  })
  @ApiBody({ type: GuestNoteInput })
  @ApiCreatedResponse({ type: GuestProfileOutput })
  @ApiProblems(400, 401, 403, 404)
  addNote(
    @Staff() staff: StaffPrincipal,
    @Param('id', GuestIdPipe) id: string,
    @Body() input: GuestNoteInput,
  ): Promise<GuestProfileOutput> {
    return this.guests.writeNote(staff, id, null, input.body);
  }

  @Patch('guests/:id/notes/:noteId')
  @RequireRole('ops')
  @CsrfHeader()
  @ApiOperation({
    operationId: 'adminEditGuestNote',
    summary: 'Edit a note: a new version, the earlier ones kept (ops)',
    description: `Writes the note's next version with the staff member as author; every earlier version stays in the profile's \`versions\`. Answers the profile. ${SESSION_NOTE} A retry adds another version with the same text. **Problems.** \`validation_failed\`, \`guest_not_found\`, \`guest_note_not_found\`, \`role_forbidden\`.`,
  })
  @ApiBody({ type: GuestNoteInput })
  @ApiOkResponse({ type: GuestProfileOutput })
  @ApiProblems(400, 401, 403, 404)
  editNote(
    @Staff() staff: StaffPrincipal,
    @Param('id', GuestIdPipe) id: string,
    @Param('noteId', GuestNoteIdPipe) noteId: string,
    @Body() input: GuestNoteInput,
  ): Promise<GuestProfileOutput> {
    return this.guests.writeNote(staff, id, noteId, input.body);
  }

  @Post('guests/:id/merge')
  @HttpCode(200)
  @RequireRole('ops')
  @CsrfHeader()
  @ApiOperation({
    operationId: 'adminMergeGuests',
    summary: 'Merge another guest into this one (ops): history, notes, tags and consent combined',
    description: `Moves the other guest's bookings, notes (every version) and consent history to this guest, unites tags and allergens, fills in contact, language and consent this guest lacks, resolves open conflicts between the two, removes the other guest and records the merge (guest_merges), all in one transaction. Answers the record and the merged profile. ${SESSION_NOTE} Not repeatable: a retry after success answers guest_not_found (the other guest is gone). **Problems.** \`guest_merge_same_guest\`, \`guest_not_found\` (also for another restaurant's guest), \`guest_erased\`, \`role_forbidden\`.`,
  })
  @ApiBody({ type: GuestMergeInput })
  @ApiOkResponse({ type: GuestMergeOutput })
  @ApiProblems(400, 401, 403, 404, 409)
  merge(
    @Staff() staff: StaffPrincipal,
    @Param('id', GuestIdPipe) id: string,
    @Body() input: GuestMergeInput,
  ): Promise<GuestMergeOutput> {
    return this.guests.merge(staff, id, input.otherGuestId);
  }

  @Get('guest-conflicts')
  @ApiOperation({
    operationId: 'adminListGuestConflicts',
    summary: 'Open guest conflicts: a booking’s phone of one guest and e-mail of another',
    description: `Open conflicts, oldest first, each with both guests, for staff to merge (POST /admin/api/guests/{id}/merge) or dismiss. Paged with nextCursor. ${SESSION_NOTE} Read-only; safe to retry. **Problems.** \`validation_failed\`.`,
  })
  @ApiOkResponse({ type: GuestConflictPageOutput })
  @ApiProblems(400, 401)
  conflicts(@Staff() staff: StaffPrincipal, @Query() query: PageQuery): Promise<GuestConflictPageOutput> {
    return this.guests.conflicts(staff, query.cursor, query.limit ? Number(query.limit) : 50);
  }

  @Post('guest-conflicts/:id/dismiss')
  @HttpCode(204)
  @RequireRole('ops')
  @CsrfHeader()
  @ApiOperation({
    operationId: 'adminDismissGuestConflict',
    summary: 'Dismiss a guest conflict: the two stay separate guests (ops)',
    description: `Marks the conflict resolved without merging (they are two people), with the staff member and time. ${SESSION_NOTE} A retry answers guest_conflict_not_found (it is no longer open). **Problems.** \`guest_conflict_not_found\`, \`role_forbidden\`.`,
  })
  @ApiNoContentResponse({ description: 'Dismissed' })
  @ApiProblems(401, 403, 404)
  async dismiss(@Staff() staff: StaffPrincipal, @Param('id', GuestConflictIdPipe) id: string): Promise<void> {
    await this.guests.dismissConflict(staff, id);
  }
}
