import { log } from '@temporalio/activity';
import { ApplicationFailure } from '@temporalio/common';
import {
  InvalidTransitionError,
  RELEASING_STATUSES,
  targetStatus,
  type BookingAction,
  type BookingSnapshot,
  type HoldOutcome,
  type ModifyOutcome,
  type SealedGuestData,
} from '@tablekeeper/domain';
import type {
  BookingModificationRepository,
  DecideChangeCommand,
  ModifyCommand,
} from '@tablekeeper/db/booking-modification.repository';
import type {
  BookingPlacementRepository,
  PlacementRequest,
} from '@tablekeeper/db/booking-placement.repository';
import type { BookingStatusRepository } from '@tablekeeper/db/booking-status.repository';
import type { BookingHistorySeal } from '@tablekeeper/db/guest-data-seal';
import { TablesUnavailableError } from '@tablekeeper/db/booking-table-choice.repository';
import { INVALID_TRANSITION_FAILURE } from '../shared/booking.contract';

/** A command's reason as it may come: plain (older workflows, the CLI) or sealed. */
interface ActorRefLike {
  readonly reason?: string;
  readonly sealedReason?: SealedGuestData;
}

/**
 * The booking whose capacity was taken or freed: its restaurant and its time, and whether the
 * change may have given capacity back (a cancellation, a lapsed hold, the old time of a move, a
 * smaller party). A new booking only takes: nobody waiting can gain a table from it.
 */
export type CapacityChange = Pick<BookingSnapshot, 'restaurantId' | 'startsAt' | 'endsAt'> & {
  readonly freed: boolean;
};

/** Told after every committed change that frees or takes capacity (the availability cache). */
export interface CapacityChangeListener {
  capacityChanged(change: CapacityChange): Promise<void>;
}

/** Told after every committed change of a booking (the admin UI's live updates). */
export interface BookingChangeListener {
  bookingChanged(booking: BookingSnapshot): Promise<void>;
}

/** An action that ends in a releasing status gives capacity back. */
const freesCapacity = (action: BookingAction): boolean => RELEASING_STATUSES.includes(targetStatus(action));

export interface ChangeStatusInput {
  readonly bookingId: string;
  readonly action: BookingAction;
  readonly actor: string;
  readonly reason?: string;
  /** `reason` sealed with the booking's key (from the gateway); opened here, never in the workflow. */
  readonly sealedReason?: SealedGuestData;
  /** On approve only: the tables staff chose instead of the engine's. */
  readonly tableIds?: readonly string[];
  /** On cancel only: the reason's catalog code. */
  readonly reasonCode?: string;
}

export type ModifyBookingInput = ModifyCommand;
export type DecideChangeInput = DecideChangeCommand & { readonly sealedReason?: SealedGuestData };

export interface HoldAndSettleInput {
  readonly request: PlacementRequest;
  /** Who takes the steps after the hold (the workflow). */
  readonly actor: string;
  /**
   * A walk-in seated as it is placed: the workflow says so (behind WALK_IN_SEATED_PATCH), not the
   * request, so a workflow started before the patch keeps placing it confirmed.
   */
  readonly seat?: boolean;
}

/** What the workflow decided the placement should end in, once tables are assigned. */
export interface SettlePlacementInput {
  readonly bookingId: string;
  readonly actor: string;
  /** Why the booking goes to manual review once assigned; null: confirm it. */
  readonly reviewReason: string | null;
}

/**
 * The booking workflow's activities: all of its I/O. Each one is idempotent (safe to retry after
 * a crash between commit and reply) because every repository write first checks whether it has
 * already happened.
 */
export class BookingActivities {
  constructor(
    private readonly placement: BookingPlacementRepository,
    private readonly statuses: BookingStatusRepository,
    private readonly capacity?: CapacityChangeListener,
    private readonly changes?: BookingChangeListener,
    private readonly modifications?: BookingModificationRepository,
    /** Opens sealed reasons and seals close reasons in the snapshots the history keeps. */
    private readonly seal?: BookingHistorySeal,
  ) {}

  /** A hold alone (POST /v1/holds): it rests held until its client confirms it. */
  async holdBooking(request: PlacementRequest): Promise<HoldOutcome> {
    return this.taken(request, await this.placement.holdBooking(request), 'hold taken');
  }

  /**
   * A one-shot booking from hold to confirmation (or review) in one transaction: every step is
   * still its own event in Postgres, and the cache and live update hear of the outcome once.
   */
  async holdAndSettle(input: HoldAndSettleInput): Promise<HoldOutcome> {
    const { request, actor, seat } = input;
    const outcome = await this.placement.holdAndSettle(request, { actor, seat });
    return this.taken(request, outcome, seat ? 'walk-in seated' : 'booking placed');
  }

  /** After a new booking committed: the cache and live updates are told, and the log says so. */
  private async taken(
    request: PlacementRequest,
    outcome: HoldOutcome,
    message: string,
  ): Promise<HoldOutcome> {
    if (outcome.ok) {
      // Both best effort and independent: sent together, they share one Redis write.
      await Promise.all([this.notify(outcome.booking, false), this.announce(outcome.booking)]);
      // The activity logger adds workflowId, runId and activityType: a booking is found across
      // gateway and worker logs by its bookingId or workflowId. No guest data here.
      log.info(message, {
        bookingId: request.bookingId,
        status: outcome.booking.status,
        tables: [...outcome.booking.tables],
      });
    } else {
      log.info('booking refused', { bookingId: request.bookingId, code: outcome.code });
    }
    return outcome.ok ? { ...outcome, booking: await this.forHistory(outcome.booking) } : outcome;
  }

  /**
   * A confirmed hold: verify capacity → assign tables → confirm or send to review, in one
   * transaction, each change still its own event in Postgres; a hold that lapsed before it was
   * placed is expired instead. The live update and the log line are for the outcome.
   */
  async settlePlacement(input: SettlePlacementInput): Promise<BookingSnapshot> {
    try {
      const { bookingId, actor, reviewReason } = input;
      const settled = await this.placement.settlePlacement(bookingId, actor, reviewReason);
      const booking = settled.booking;
      if (settled.capacityChanged) {
        await this.notify(booking, RELEASING_STATUSES.includes(booking.status));
      }
      await this.announce(booking);
      log.info('placement settled', { bookingId, status: booking.status, tables: [...booking.tables] });
      return await this.forHistory(booking);
    } catch (error) {
      throw asActivityFailure(error, 'settle_placement');
    }
  }

  async changeStatus(input: ChangeStatusInput): Promise<BookingSnapshot> {
    try {
      const { sealedReason: _sealed, ...plain } = input;
      const command = { ...plain, reason: await this.reasonOf(input.bookingId, input) };
      const booking = await this.statuses.transition(
        command.reasonCode ? { ...command, data: { reasonCode: command.reasonCode } } : command,
      );
      if (freesCapacity(input.action)) await this.notify(booking, true);
      await this.announce(booking);
      log.info('booking status changed', {
        bookingId: booking.id,
        status: booking.status,
        actor: input.actor,
      });
      return await this.forHistory(booking);
    } catch (error) {
      throw asActivityFailure(error, input.action);
    }
  }

  /** The reason to write: opened when it came sealed (the worker must have the seal for that). */
  private async reasonOf(bookingId: string, input: ActorRefLike): Promise<string | undefined> {
    if (!input.sealedReason) return input.reason;
    // Retryable on purpose: a worker built without the seal must not drop the reason for good.
    if (!this.seal) throw new Error('This worker cannot open sealed reasons (no BookingHistorySeal)');
    return this.seal.openReason(bookingId, input.sealedReason);
  }

  /** What the workflow's history may keep of a booking: its close reason sealed (README GDPR). */
  private async forHistory(booking: BookingSnapshot): Promise<BookingSnapshot> {
    return this.seal ? this.seal.forHistory(booking) : booking;
  }

  /** Like the cache, live updates are best effort: a lost message never fails the booking. */
  private async announce(booking: BookingSnapshot): Promise<void> {
    try {
      await this.changes?.bookingChanged(booking);
    } catch (error) {
      log.warn('booking change not announced', { bookingId: booking.id, error: String(error) });
    }
  }

  /** A failed cache invalidation must not fail the booking: entries also expire on their own. */
  private async notify(booking: BookingSnapshot, freed: boolean): Promise<void> {
    try {
      const { restaurantId, startsAt, endsAt } = booking;
      await this.capacity?.capacityChanged({ restaurantId, startsAt, endsAt, freed });
    } catch (error) {
      // Best effort: the cache expires on its own and the waitlist matcher polls.
      log.warn('capacity change not passed on (availability cache or waitlist wake)', {
        restaurantId: booking.restaurantId,
        error: String(error),
      });
    }
  }

  /**
   * A change of a placed booking (booking-modification.repository.ts): swapped in one transaction,
   * sent to staff, or refused with the booking untouched. The cache hears of both times it moved
   * between, the live update of the booking as it now is.
   */
  async modifyBooking(input: ModifyBookingInput): Promise<ModifyOutcome> {
    const outcome = await this.modificationsOrFail().modify(input);
    await this.afterChange(outcome, 'booking modified');
    return this.outcomeForHistory(outcome);
  }

  /** Staff's decision on a change under review, or the workflow withdrawing it. */
  async decideChange(input: DecideChangeInput): Promise<ModifyOutcome> {
    const { sealedReason: _sealed, ...plain } = input;
    const command = { ...plain, reason: await this.reasonOf(input.bookingId, input) };
    const outcome = await this.modificationsOrFail().decideChange(command);
    await this.afterChange(outcome, `change ${input.decision}`);
    return this.outcomeForHistory(outcome);
  }

  private async outcomeForHistory(outcome: ModifyOutcome): Promise<ModifyOutcome> {
    return outcome.ok ? { ...outcome, booking: await this.forHistory(outcome.booking) } : outcome;
  }

  private async afterChange(outcome: ModifyOutcome, message: string): Promise<void> {
    if (!outcome.ok) {
      log.info('booking change refused', { code: outcome.code });
      return;
    }
    // A change may free capacity at its new time too (a smaller party, other tables).
    if (outcome.freed) await this.notify({ ...outcome.booking, ...outcome.freed }, true);
    await this.notify(outcome.booking, true);
    await this.announce(outcome.booking);
    log.info(message, {
      bookingId: outcome.booking.id,
      status: outcome.booking.status,
      tables: [...outcome.booking.tables],
      pendingChange: outcome.booking.pendingChange?.id ?? null,
    });
  }

  private modificationsOrFail(): BookingModificationRepository {
    if (!this.modifications) {
      throw ApplicationFailure.nonRetryable('This worker was built without booking modifications');
    }
    return this.modifications;
  }

  async recordReminder(bookingId: string, leadSeconds: number, dueAt: string): Promise<void> {
    await this.statuses.recordReminder(bookingId, leadSeconds, dueAt);
  }
}

/**
 * A refused change is final (retrying cannot make it valid): a non-retryable failure of a type
 * the workflow recognises. Anything else is left to the retry policy.
 */
function asActivityFailure(error: unknown, action: string): unknown {
  if (error instanceof InvalidTransitionError) {
    return ApplicationFailure.nonRetryable(error.message, INVALID_TRANSITION_FAILURE, {
      action: error.action,
      status: error.status,
    });
  }
  if (error instanceof TablesUnavailableError) {
    // Another booking took a chosen table after the gateway checked: refuse this approval
    // (the review stays open) rather than fail the booking's workflow.
    return ApplicationFailure.nonRetryable(error.message, INVALID_TRANSITION_FAILURE, {
      action,
      reason: error.code,
    });
  }
  return error;
}

/** The plain object a Worker registers, with every method bound to its instance. */
export function activitiesOf(
  instance: BookingActivities,
): Record<string, (...args: never[]) => Promise<unknown>> {
  return {
    holdBooking: instance.holdBooking.bind(instance),
    holdAndSettle: instance.holdAndSettle.bind(instance),
    settlePlacement: instance.settlePlacement.bind(instance),
    changeStatus: instance.changeStatus.bind(instance),
    recordReminder: instance.recordReminder.bind(instance),
    modifyBooking: instance.modifyBooking.bind(instance),
    decideChange: instance.decideChange.bind(instance),
  };
}
