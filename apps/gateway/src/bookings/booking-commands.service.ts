import { Injectable } from '@nestjs/common';
import { BookingDataKeyRepository, RestaurantRepository, type BookingDetails } from '@tablekeeper/db';
import {
  canApply,
  isLateCancellation,
  isTerminal,
  latestCancellationAt,
  type BookingSnapshot,
} from '@tablekeeper/domain';
import {
  BOOKING_COMMANDS,
  type BookingCommandArgs,
  type BookingCommandKind,
} from '@tablekeeper/temporal/shared/booking.contract';
import { ProblemException } from '../common/problem';
import { BookingWorkflowClient } from './booking-workflow.client';
import type { BookingCaller } from './booking-caller';
import { BookingLookup } from './booking-lookup.service';

export interface BookingCommandOptions {
  /**
   * A check of the caller's own that runs once the booking is known to be theirs and still
   * changing, before the workflow is asked (the admin's look at a staff table choice): a refusal
   * here answers with its reason instead of a bare refused transition.
   */
  readonly check?: (booking: BookingDetails) => Promise<void>;
  /** The workflow update's id, derived from the request's Idempotency-Key, so a retry attaches. */
  readonly updateId?: string;
}

/**
 * The one way any caller (public API, admin API) changes a booking: found within the caller's
 * restaurants, refused at once when it has finished, then sent to its workflow as the update
 * `BOOKING_COMMANDS` names for the command. The workflow's transition table has the last word.
 */
@Injectable()
export class BookingCommandsService {
  constructor(
    private readonly lookup: BookingLookup,
    private readonly workflows: BookingWorkflowClient,
    private readonly dataKeys: BookingDataKeyRepository,
    private readonly restaurants: RestaurantRepository,
  ) {}

  async send<K extends BookingCommandKind>(
    caller: BookingCaller,
    bookingId: string,
    kind: K,
    args: BookingCommandArgs[K],
    options: BookingCommandOptions = {},
  ): Promise<BookingSnapshot> {
    const booking = await this.lookup.find(caller, bookingId);
    // Answered here so a finished booking costs no workflow round trip (its workflow may be gone);
    // undoing a no-show is the one command a finished booking takes (within its window).
    const action = BOOKING_COMMANDS[kind].action;
    if (isTerminal(booking.status) && !(action && canApply(action, booking.status))) {
      throw new ProblemException(
        'invalid_transition',
        `The booking is ${booking.status}; it can no longer change`,
      );
    }
    if (kind === 'cancel' && !caller.mayCancelLate) await this.refuseAfterCutoff(booking);
    await options.check?.(booking);
    // A change's notes and guest contact, and any command's free-text reason, travel sealed with
    // the booking's key, like its start input (README "Guests" → GDPR).
    const withChanges =
      kind === 'modify'
        ? ({
            ...(args as BookingCommandArgs['modify']),
            changes: await this.dataKeys.sealChanges(
              booking.id,
              (args as BookingCommandArgs['modify']).changes,
            ),
          } as BookingCommandArgs[K])
        : args;
    const sent = await this.dataKeys.sealReason(booking.id, withChanges);
    const result = await this.workflows.act(
      booking.workflowId,
      BOOKING_COMMANDS[kind].update,
      sent,
      options.updateId,
    );
    return this.dataKeys.openSnapshot(result);
  }

  /**
   * A guest-side cancel (API key, manage link, MCP) after the cutoff is refused with the cutoff and
   * the latest moment it was possible; staff cancel through the admin API, recorded as late.
   */
  private async refuseAfterCutoff(booking: BookingDetails): Promise<void> {
    const cutoffMinutes = await this.restaurants.cancellationCutoffMinutes(booking.restaurantId);
    const startsAt = new Date(booking.startsAt);
    if (!isLateCancellation(booking.status, startsAt, cutoffMinutes, new Date())) return;
    const latest = latestCancellationAt(startsAt, cutoffMinutes).toISOString();
    throw new ProblemException(
      'cancellation_cutoff_passed',
      cutoffMinutes > 0
        ? `Cancellations close ${cutoffMinutes} minutes before the start; the latest was ${latest}. Contact the restaurant.`
        : `The booking has started (${latest}); it can no longer be cancelled. Contact the restaurant.`,
      [],
      { cutoffMinutes, latestCancellationAt: latest },
    );
  }
}
