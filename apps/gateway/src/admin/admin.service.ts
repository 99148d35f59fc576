import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import type { StaffPrincipal } from '@tablekeeper/auth';
import { AdminBookingRepository, TablesUnavailableError, decodeCursor } from '@tablekeeper/db';
import { BOOKING_STATUSES, type BookingSnapshot, type BookingStatus } from '@tablekeeper/domain';
import type { BookingCaller } from '../bookings/booking-caller';
import { BookingCommandsService } from '../bookings/booking-commands.service';
import { ProblemException, fieldProblem } from '../common/problem';
import type { ApproveInput, DayQuery, FloorQuery, PageQuery } from './admin.inputs';
import type {
  BookingPageOutput,
  ChangeReviewPageOutput,
  FloorOutput,
  ReviewPageOutput,
} from './admin.outputs';

const DEFAULT_LIMIT = 50;

function pageOptions(query: PageQuery): { cursor: string | null; limit: number } {
  if (query.cursor && !decodeCursor(query.cursor)) {
    throw fieldProblem('validation_failed', 'cursor', 'cursor is not one this API gave out');
  }
  return { cursor: query.cursor ?? null, limit: query.limit ? Number(query.limit) : DEFAULT_LIMIT };
}

/**
 * What ops staff see in the admin UI, scoped to the staff member's restaurant, and the one
 * decision that needs more than the shared command path: approving at tables of their choosing.
 * Every decision goes to the booking's workflow through `BookingCommandsService`, the same path
 * the public API takes, with the staff member as the actor.
 */
@Injectable()
export class AdminService {
  constructor(
    private readonly admin: AdminBookingRepository,
    private readonly commands: BookingCommandsService,
  ) {}

  async reviewQueue(staff: StaffPrincipal, query: PageQuery): Promise<ReviewPageOutput> {
    return this.admin.reviewQueue(staff.restaurantId, pageOptions(query));
  }

  async changeQueue(staff: StaffPrincipal, query: PageQuery): Promise<ChangeReviewPageOutput> {
    return this.admin.changeQueue(staff.restaurantId, pageOptions(query));
  }

  async day(staff: StaffPrincipal, query: DayQuery): Promise<BookingPageOutput> {
    const date = query.date ?? DateTime.now().setZone(staff.timezone).toISODate()!;
    const statuses = (query.status ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const unknown = statuses.filter((s) => !(BOOKING_STATUSES as readonly string[]).includes(s));
    if (unknown.length) {
      throw fieldProblem('validation_failed', 'status', `Unknown status: ${unknown.join(', ')}`);
    }
    const page = await this.admin.day(staff.restaurantId, staff.timezone, date, {
      ...pageOptions(query),
      statuses: statuses as BookingStatus[],
      search: query.q,
    });
    return { items: page.items, nextCursor: page.nextCursor, date };
  }

  async floor(staff: StaffPrincipal, query: FloorQuery): Promise<FloorOutput> {
    const at = query.at ? new Date(query.at) : new Date();
    return {
      at: at.toISOString(),
      zones: await this.admin.floor(staff.restaurantId, at),
    };
  }

  /** A staff table choice is checked first, so a bad one is refused with its reason. */
  approve(caller: BookingCaller, bookingId: string, input: ApproveInput): Promise<BookingSnapshot> {
    const tableIds = input.tableIds ?? [];
    return this.commands.send(
      caller,
      bookingId,
      'approve',
      { actor: caller.actor, reason: input.reason, ...(tableIds.length ? { tableIds: [...tableIds] } : {}) },
      {
        check: tableIds.length
          ? (booking) => this.checkTables(booking.restaurantId, bookingId, tableIds)
          : undefined,
      },
    );
  }

  /** A bad table choice is refused here with its reason; the approval re-checks under the lock. */
  private async checkTables(
    restaurantId: string,
    bookingId: string,
    tableIds: readonly string[],
  ): Promise<void> {
    try {
      await this.admin.checkTableChoice(restaurantId, bookingId, tableIds);
    } catch (error) {
      if (error instanceof TablesUnavailableError) {
        throw new ProblemException('tables_unavailable', error.message, [
          { field: 'tableIds', code: 'tables_unavailable', message: error.message },
        ]);
      }
      throw error;
    }
  }
}
