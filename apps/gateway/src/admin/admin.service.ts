import { Inject, Injectable } from '@nestjs/common';
import type { UpdateDefinition } from '@temporalio/common';
import { DateTime } from 'luxon';
import type { AppConfig } from '../../../../libs/config/src';
import {
  AdminBookingRepository,
  BookingQueryRepository,
  TablesUnavailableError,
  decodeCursor,
  type StaffPrincipal,
} from '../../../../libs/db/src';
import {
  BOOKING_STATUSES,
  isTerminal,
  type BookingSnapshot,
  type BookingStatus,
} from '../../../../libs/domain/src';
import {
  approveReviewUpdate,
  cancelBookingUpdate,
  checkInUpdate,
  rejectReviewUpdate,
} from '../../../../temporal/shared/booking.contract';
import { BookingWorkflowClient } from '../bookings/booking-workflow.client';
import { BookingDetailsOutput } from '../bookings/booking.outputs';
import { ProblemException, fieldProblem } from '../common/problem';
import { APP_CONFIG } from '../infrastructure/tokens';
import type { DayQuery, FloorQuery, PageQuery } from './admin.inputs';
import type { BookingPageOutput, FloorOutput, ReviewPageOutput } from './admin.outputs';
import { staffActor } from './staff-session';

export type StaffAction =
  | { readonly kind: 'approve'; readonly reason?: string; readonly tableIds?: readonly string[] }
  | { readonly kind: 'reject' | 'cancel'; readonly reason: string }
  | { readonly kind: 'check_in' };

const DEFAULT_LIMIT = 50;

function pageOptions(query: PageQuery): { cursor: string | null; limit: number } {
  if (query.cursor && !decodeCursor(query.cursor)) {
    throw fieldProblem('validation_failed', 'cursor', 'cursor is not one this API gave out');
  }
  return { cursor: query.cursor ?? null, limit: query.limit ? Number(query.limit) : DEFAULT_LIMIT };
}

/**
 * What ops staff do from the admin UI. Reads are scoped to the staff member's restaurant; every
 * decision goes to the booking's workflow through the same updates the public API sends, with the
 * staff member as the actor.
 */
@Injectable()
export class AdminService {
  constructor(
    private readonly workflows: BookingWorkflowClient,
    private readonly bookings: BookingQueryRepository,
    private readonly admin: AdminBookingRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async reviewQueue(staff: StaffPrincipal, query: PageQuery): Promise<ReviewPageOutput> {
    return this.admin.reviewQueue(staff.restaurantId, pageOptions(query));
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

  async details(staff: StaffPrincipal, bookingId: string): Promise<BookingDetailsOutput> {
    const booking = await this.bookings.findForTenant(bookingId, [staff.restaurantId]);
    if (!booking) throw new ProblemException('booking_not_found', 'No such booking at your restaurant');
    return BookingDetailsOutput.fromDetails(booking, this.workflowUrl(booking.workflowId));
  }

  async floor(staff: StaffPrincipal, query: FloorQuery): Promise<FloorOutput> {
    const at = query.at ? new Date(query.at) : new Date();
    return {
      at: at.toISOString(),
      zones: await this.admin.floor(staff.restaurantId, at),
    };
  }

  workflowUrl(workflowId: string): string {
    return `${this.config.temporalUiUrl}/namespaces/${encodeURIComponent(this.config.temporalNamespace)}/workflows/${encodeURIComponent(workflowId)}`;
  }

  async act(staff: StaffPrincipal, bookingId: string, action: StaffAction): Promise<BookingSnapshot> {
    const booking = await this.bookings.findForTenant(bookingId, [staff.restaurantId]);
    if (!booking) throw new ProblemException('booking_not_found', 'No such booking at your restaurant');
    if (isTerminal(booking.status)) {
      throw new ProblemException(
        'invalid_transition',
        `The booking is ${booking.status}; it can no longer change`,
      );
    }
    const actor = staffActor(staff);
    const send = <A>(update: UpdateDefinition<BookingSnapshot, [A]>, arg: A) =>
      this.workflows.act(booking.workflowId, update, arg);
    switch (action.kind) {
      case 'approve':
        if (action.tableIds?.length) await this.checkTables(staff, bookingId, action.tableIds);
        return send(approveReviewUpdate, {
          actor,
          reason: action.reason,
          ...(action.tableIds?.length ? { tableIds: [...action.tableIds] } : {}),
        });
      case 'reject':
        return send(rejectReviewUpdate, { actor, reason: action.reason });
      case 'cancel':
        return send(cancelBookingUpdate, { actor, reason: action.reason });
      case 'check_in':
        return send(checkInUpdate, { actor });
    }
  }

  /** A bad table choice is refused here with its reason; the approval re-checks under the lock. */
  private async checkTables(
    staff: StaffPrincipal,
    bookingId: string,
    tableIds: readonly string[],
  ): Promise<void> {
    try {
      await this.admin.checkTableChoice(staff.restaurantId, bookingId, tableIds);
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
