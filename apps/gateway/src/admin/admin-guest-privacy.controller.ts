import { Body, Controller, Get, Header, HttpCode, Param, Post, Res, UseGuards } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { ApiBody, ApiCookieAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { StaffPrincipal } from '@tablekeeper/auth';
import type { GuestExport } from '@tablekeeper/db';
import { Public } from '../auth/principal';
import { ApiProblems } from '../common/api-problems.decorator';
import { uuidOrNotFound } from '../common/id.pipes';
import { CsrfHeader, RequireRole, Staff } from './staff-session';
import { StaffSessionGuard } from './staff-session.guard';
import { EraseGuestInput, GuestErasureOutput } from './guest-privacy.dto';
import { GuestPrivacyService } from './guest-privacy.service';

const GuestIdPipe = uuidOrNotFound('guest_not_found', 'No such guest at this restaurant');
const SESSION_NOTE = 'Admin UI route: needs the staff session cookie, and X-CSRF-Token on writes.';

/**
 * GDPR for a guest (managers only): everything held about them as a download, and their erasure.
 * README "Guests" → GDPR says what erasure removes and how Temporal's histories become unreadable.
 */
@ApiTags('admin')
@ApiCookieAuth('staff_session')
@Public()
@UseGuards(StaffSessionGuard)
@Controller('admin/api/guests')
export class AdminGuestPrivacyController {
  constructor(private readonly privacy: GuestPrivacyService) {}

  @Get(':id/export')
  @RequireRole('manager')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    operationId: 'adminExportGuest',
    summary: 'Everything held about a guest, as a JSON download (managers)',
    description: `The guest's profile, bookings (with their tables), booking events, changes, notes with every version, consent history, merges, conflicts, outbox events and webhook deliveries of their bookings (with the bodies as sent), the workflow ids Temporal holds for them (and whether their payloads are sealed with a key that still exists), and earlier erasure receipts. Answered as an attachment (\`Content-Disposition\`). Another restaurant's guest answers 404 \`guest_not_found\`. ${SESSION_NOTE} Read-only.`,
  })
  @ApiProduces('application/json')
  @ApiOkResponse({ description: 'The export', schema: { type: 'object', additionalProperties: true } })
  @ApiProblems(401, 403, 404)
  async export(
    @Staff() staff: StaffPrincipal,
    @Param('id', GuestIdPipe) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<GuestExport> {
    const data = await this.privacy.export(staff, id);
    reply.header('Content-Disposition', `attachment; filename="guest-${id}.json"`);
    return data;
  }

  @Post(':id/erase')
  @HttpCode(200)
  @RequireRole('manager')
  @CsrfHeader()
  @ApiOperation({
    operationId: 'adminEraseGuest',
    summary: "Erase a guest's personal data; their bookings stay as anonymous statistics (managers)",
    description: `Removes, in one transaction, the guest's name, contact, language, tags, allergies, dietary notes, notes, consent and every free text of their bookings (notes, reasons, event data, changes, outbox and webhook bodies), and deletes the keys that seal their data in Temporal payloads; then purges Redis. Bookings keep date, party, status, channel and tables. Bookings still in progress are listed in \`inProgressBookings\`: nothing is cancelled. Needs \`confirm\` equal to the guest's id (else 400 \`erasure_not_confirmed\`). A second erasure answers the first receipt (\`alreadyErased\`). ${SESSION_NOTE}`,
  })
  @ApiBody({ type: EraseGuestInput })
  @ApiOkResponse({ type: GuestErasureOutput })
  @ApiProblems(400, 401, 403, 404)
  async erase(
    @Staff() staff: StaffPrincipal,
    @Param('id', GuestIdPipe) id: string,
    @Body() input: EraseGuestInput,
  ): Promise<GuestErasureOutput> {
    return this.privacy.erase(staff, id, input.confirm);
  }
}
