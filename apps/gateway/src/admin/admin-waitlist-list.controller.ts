import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { ApiCookieAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { StaffPrincipal } from '@tablekeeper/auth';
import { WaitlistRepository, decodeWaitlistCursor } from '@tablekeeper/db';
import type { WaitlistStatus } from '@tablekeeper/domain';
import { Public } from '../auth/principal';
import { ApiProblems } from '../common/api-problems.decorator';
import { fieldProblem } from '../common/problem';
import { AdminWaitlistQuery } from './admin-waitlist-list.inputs';
import { AdminWaitlistEntryOutput, AdminWaitlistPageOutput } from './admin-waitlist.outputs';
import { Staff } from './staff-session';
import { StaffSessionGuard } from './staff-session.guard';

const DEFAULT_LIMIT = 50;
const OPEN_STATUSES: readonly WaitlistStatus[] = ['waiting', 'offered'];

const PAGE_EXAMPLE = {
  items: [
    {
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
      guest: { name: 'Ada Lovelace', phone: '+447700900123', email: 'ada@example.com' },
      notes: 'Window if possible',
      quotedAt: null,
    },
  ],
  nextCursor: null,
};

/**
 * The waitlist as the admin screen reads it (issue 19): walk-ins and wishes of the signed-in staff
 * member's restaurant, open ones by default, in fair order. Read-only, for every staff role; the
 * walk-in commands (add, seat, remove, notify) live in admin-waitlist.controller.ts.
 */
@ApiTags('admin')
@ApiCookieAuth('staff_session')
@Public()
@UseGuards(StaffSessionGuard)
@Controller('admin/api')
export class AdminWaitlistListController {
  constructor(private readonly entries: WaitlistRepository) {}

  @Get('waitlist')
  @ApiOperation({
    operationId: 'adminListWaitlist',
    summary: 'Walk-ins and wish-list entries, open ones in fair order, with guest and offer',
    description:
      'The restaurant’s waitlist entries in fair order (first come), paged with nextCursor (keyset on ' +
      'arrival: stable while entries are added). `kind` picks walk_in or wish; `status` (comma-separated) ' +
      'defaults to the open ones, waiting and offered. An offered entry carries its offer: the held tables ' +
      'and when the hold passes on. `restaurantId` may name only the staff member’s own restaurant. ' +
      'Admin UI route: needs the staff session cookie. Read-only; safe to retry. **Problems.** ' +
      '`validation_failed` names the offending parameter; `restaurant_not_found` for another restaurant.',
  })
  @ApiOkResponse({ type: AdminWaitlistPageOutput, example: PAGE_EXAMPLE })
  @ApiProblems(400, 401, 404)
  async list(
    @Staff() staff: StaffPrincipal,
    @Query() query: AdminWaitlistQuery,
  ): Promise<AdminWaitlistPageOutput> {
    if (query.restaurantId && query.restaurantId !== staff.restaurantId) {
      throw fieldProblem('restaurant_not_found', 'restaurantId', 'No such restaurant for this staff member');
    }
    const cursor = query.cursor ? decodeWaitlistCursor(query.cursor) : null;
    if (query.cursor && !cursor) {
      throw fieldProblem('validation_failed', 'cursor', 'cursor is not one this API gave out');
    }
    const statuses = query.status ? [...new Set(query.status.split(',') as WaitlistStatus[])] : OPEN_STATUSES;
    const page = await this.entries.adminPage(staff.restaurantId, {
      ...(query.kind ? { kind: query.kind } : {}),
      statuses,
      cursor,
      limit: query.limit ? Number(query.limit) : DEFAULT_LIMIT,
    });
    return {
      items: page.items.map((e) => AdminWaitlistEntryOutput.fromEntry(e)),
      nextCursor: page.nextCursor,
    };
  }
}
