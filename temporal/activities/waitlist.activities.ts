import { log } from '@temporalio/activity';
import {
  Client,
  WithStartWorkflowOperation,
  WorkflowExecutionAlreadyStartedError,
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
} from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import {
  InvalidWaitlistTransitionError,
  computeAvailability,
  localDateTime,
  offerExpiresAt,
  planOffers,
  type BookingSnapshot,
  type OfferableSlot,
} from '@tablekeeper/domain';
import {
  BookingDataKeyRepository,
  WaitlistDataKeyRepository,
  entryState,
  type AvailabilityRepository,
  type PrismaClient,
  type WaitlistChange,
  type WaitlistEntrySnapshot,
  type WaitlistEntryState,
  type WaitlistRepository,
} from '@tablekeeper/db';
import { bookingIdFor } from '../../apps/gateway/src/bookings/booking-identity';
import type { CapacityChange, CapacityChangeListener } from './booking.activities';
import { wakeWaitlistMatcher } from '../shared/waitlist-matcher-wake';
import {
  BOOKING_WORKFLOW_TYPE,
  cancelBookingUpdate,
  confirmHoldUpdate,
  placeBookingUpdate,
  type BookingWorkflowInput,
  type BookingWorkflowResult,
  type PlacementResult,
} from '../shared/booking.contract';
import {
  WAITLIST_REFUSED_FAILURE,
  type WaitlistEntryInput,
  type WaitlistRefusal,
} from '../shared/waitlist.contract';

export interface WaitlistActivityOptions {
  readonly taskQueue: string;
  /** Where guests' agents reach the API: the offer's accept link. */
  readonly publicBaseUrl: string;
  readonly matcherPollSeconds: number;
}

/** An offer the matcher made in one pass, for the entry's workflow to hear of. */
export interface MadeOffer {
  readonly workflowId: string;
  readonly entry: WaitlistEntryState;
}

export interface MatchPass {
  readonly offers: readonly MadeOffer[];
  /** Whether anyone still waits (the matcher stops when no one does). */
  readonly anyWaiting: boolean;
}

export interface AcceptOfferActivityInput {
  readonly entryId: string;
  readonly holdWorkflowId: string;
  readonly actor: string;
}

const SYSTEM = 'system:waitlist';
/** The longest one call to Temporal may take inside an activity (its start-to-close is 30 s). */
const CLIENT_CALL_MS = 10_000;

/**
 * The waitlist's I/O: its Postgres record, and the booking workflows its offers are holds of. An
 * offer's hold is an ordinary hold (POST /v1/holds's path: the same workflow, availability, pacing
 * and exclusion constraint); accepting it is the ordinary confirmation of that hold.
 *
 * Every entry these activities answer a workflow with is its state only (entryState): the
 * guest's name, contact and notes stay in Postgres, and the offer's hold is placed with them
 * sealed with its booking's key, so no history holds them readable once the guest is erased.
 */
export class WaitlistActivities {
  private readonly entryKeys: WaitlistDataKeyRepository;
  private readonly bookingKeys: BookingDataKeyRepository;

  constructor(
    private readonly entries: WaitlistRepository,
    private readonly availability: AvailabilityRepository,
    private readonly prisma: PrismaClient,
    private readonly temporal: Client,
    private readonly options: WaitlistActivityOptions,
  ) {
    this.entryKeys = new WaitlistDataKeyRepository(prisma);
    this.bookingKeys = new BookingDataKeyRepository(prisma);
  }

  /** Records the entry (once) and wakes its restaurant's matcher: there may be room already. */
  async createEntry(input: WaitlistEntryInput): Promise<WaitlistEntryState> {
    const entry = await this.entries.create(await this.entryKeys.open(input));
    if (entry.kind === 'wish') await this.pokeMatcher(entry.restaurantId);
    log.info('waitlist entry recorded', { entryId: entry.id, kind: entry.kind, status: entry.status });
    return entryState(entry);
  }

  async changeEntry(change: WaitlistChange): Promise<WaitlistEntryState> {
    try {
      const { entry, endedOfferWorkflowId } = await this.entries.changeEndingOffer(
        await this.entryKeys.openChange(change),
      );
      log.info('waitlist entry changed', { entryId: entry.id, status: entry.status, actor: change.actor });
      // Released here, not only by the workflow: it may not have heard of the offer yet. The
      // release's update id makes the workflow's own release of the same hold a no-op.
      if (endedOfferWorkflowId)
        await this.releaseHold(endedOfferWorkflowId, `waitlist_entry_${entry.status}`);
      return entryState(entry);
    } catch (error) {
      throw refusedAsFailure(error);
    }
  }

  /**
   * Every call this activity makes to Temporal is bounded: a worker shutting down (nobody to run
   * the hold's workflow task) must fail the attempt, to be retried elsewhere, not hang it.
   */
  private bounded<T>(call: () => Promise<T>): Promise<T> {
    return this.temporal.withDeadline(Date.now() + CLIENT_CALL_MS, call);
  }

  /** Starts the restaurant's matcher if it is not running, and tells it to look again. */
  async pokeMatcher(restaurantId: string): Promise<void> {
    await this.bounded(() =>
      wakeWaitlistMatcher(this.temporal, {
        restaurantId,
        taskQueue: this.options.taskQueue,
        pollSeconds: this.options.matcherPollSeconds,
      }),
    );
  }

  /**
   * One pass of the restaurant's matcher: resumes offers a crashed pass had begun, then walks the
   * waiting wishes in fair order and takes a hold for each that the floor can seat now. Runs only
   * inside the restaurant's one matcher workflow, so two passes never offer the same capacity;
   * the exclusion constraint and pacing behind the hold would refuse it anyway.
   */
  async offerFreedCapacity(input: { restaurantId: string; round: string }): Promise<MatchPass> {
    const { restaurantId } = input;
    const now = new Date();
    const offers: MadeOffer[] = [];
    for (const begun of await this.entries.begunOffers(restaurantId)) {
      const entry = await this.entries.find(begun.id);
      if (entry) {
        const made = await this.takeHold(entry, begun.offerWorkflowId, null);
        if (made) offers.push(made);
      }
    }
    const waiting = await this.entries.waitingWishes(restaurantId, now);
    if (waiting.length > 0) {
      const restaurant = await this.prisma.restaurant.findUniqueOrThrow({
        where: { id: restaurantId },
        select: { timezone: true, minNoticeMinutes: true },
      });
      const slotsFor = await this.slotsOf(restaurantId, restaurant.timezone, waiting, now);
      const byId = new Map(waiting.map((e) => [e.id, e]));
      const planned = planOffers(
        waiting.map((e) => ({
          id: e.id,
          partySize: e.partySize,
          from: Date.parse(e.from),
          to: Date.parse(e.to),
          createdOrder: e.createdOrder,
        })),
        slotsFor,
        now.getTime() + restaurant.minNoticeMinutes * 60_000,
      );
      for (const plan of planned) {
        const entry = byId.get(plan.entryId)!;
        const holdWorkflowId = await this.entries.beginOffer(
          entry.id,
          `booking:waitlist:${entry.id}:${input.round}`,
        );
        if (!holdWorkflowId) continue;
        const made = await this.takeHold(entry, holdWorkflowId, new Date(plan.startsAt).toISOString());
        if (made) offers.push(made);
      }
    }
    // Every standing offer is told again, not only this pass's: a matcher that died after recording
    // an offer and before signalling it would otherwise leave the entry's workflow unaware of its
    // offer (and of its timer). The entry ignores an offer it already has.
    const told = new Set(offers.map((o) => o.entry.id));
    for (const standing of await this.entries.list(restaurantId, {
      kind: 'wish',
      statuses: ['offered'],
      limit: 500,
    })) {
      if (!told.has(standing.id))
        offers.push({ workflowId: standing.workflowId, entry: entryState(standing) });
    }
    return { offers, anyWaiting: await this.entries.anyWaiting(restaurantId, new Date()) };
  }

  /** Each local date the windows touch, computed once per party size: the availability engine's slots. */
  private async slotsOf(
    restaurantId: string,
    timezone: string,
    waiting: readonly WaitlistEntrySnapshot[],
    now: Date,
  ): Promise<(partySize: number) => OfferableSlot[]> {
    const dates = new Set<string>();
    for (const e of waiting) {
      dates.add(localDateTime(new Date(e.from), timezone).date);
      dates.add(localDateTime(new Date(e.to), timezone).date);
    }
    const days: { date: string; day: NonNullable<Awaited<ReturnType<AvailabilityRepository['loadDay']>>> }[] =
      [];
    for (const date of dates) {
      const day = await this.availability.loadDay(restaurantId, date, now);
      if (day) days.push({ date, day });
    }
    const bySize = new Map<number, OfferableSlot[]>();
    return (partySize) => {
      let slots = bySize.get(partySize);
      if (!slots) {
        slots = days.flatMap(({ date, day }) =>
          computeAvailability(day.state, date, partySize).map((s) => ({
            startsAt: Date.parse(s.startsAt),
            available: s.available,
          })),
        );
        bySize.set(partySize, slots);
      }
      return slots;
    };
  }

  /**
   * Takes the offer's hold through the ordinary hold path (update-with-start of a booking workflow
   * in hold mode, its TTL the offer window) and records the offer; a refused hold is dropped and
   * the entry waits on. `startsAt` null: resume a begun offer whose hold may already exist.
   */
  private async takeHold(
    entry: WaitlistEntrySnapshot,
    holdWorkflowId: string,
    startsAt: string | null,
  ): Promise<MadeOffer | null> {
    const placement = await this.placeHold(entry, holdWorkflowId, startsAt);
    if (!placement || placement.outcome !== 'placed' || placement.booking.status !== 'held') {
      await this.entries.dropOffer(entry.id, holdWorkflowId);
      return null;
    }
    const hold = placement.booking;
    const offered = await this.entries.recordOffer({
      entryId: entry.id,
      holdWorkflowId,
      holdBookingId: hold.id,
      expiresAt: hold.holdExpiresAt!,
      acceptUrl: `${this.options.publicBaseUrl}/v1/waitlist/${entry.id}/accept`,
    });
    if (!offered) {
      // The entry left the list while its hold was being taken: the hold goes back at once.
      await this.releaseHold(holdWorkflowId, 'waitlist_entry_left');
      return null;
    }
    log.info('waitlist offer made', { entryId: entry.id, bookingId: hold.id, tables: [...hold.tables] });
    return { workflowId: entry.workflowId, entry: entryState(offered) };
  }

  private async placeHold(
    entry: WaitlistEntrySnapshot,
    workflowId: string,
    startsAt: string | null,
  ): Promise<PlacementResult | null> {
    if (startsAt === null) {
      // Resuming: the hold's workflow answers what it placed, or it was never started.
      try {
        const handle = this.temporal.workflow.getHandle(workflowId);
        const described = await this.bounded(() => handle.describe());
        if (described.status.name !== 'RUNNING') {
          return ((await this.bounded(() => handle.result())) as BookingWorkflowResult).placement;
        }
        return await this.bounded(() =>
          handle.executeUpdate(placeBookingUpdate, { updateId: `place:${workflowId}` }),
        );
      } catch (error) {
        if (error instanceof WorkflowNotFoundError) return null;
        throw error;
      }
    }
    const now = Date.now();
    const windowSeconds = await this.offerWindowSeconds(entry.restaurantId);
    const holdSeconds = Math.max(
      1,
      Math.floor((offerExpiresAt(now, windowSeconds, Date.parse(startsAt)) - now) / 1000),
    );
    const bookingId = bookingIdFor(workflowId);
    // The hold's guest data sealed with its booking's key, as the gateway seals a booking's.
    const request: BookingWorkflowInput = await this.bookingKeys.sealRequest({
      bookingId,
      workflowId,
      restaurantId: entry.restaurantId,
      partySize: entry.partySize,
      startsAt,
      guest: {
        name: entry.guest.name,
        ...(entry.guest.phone ? { phone: entry.guest.phone } : {}),
        ...(entry.guest.email ? { email: entry.guest.email } : {}),
      },
      ...(entry.notes ? { notes: entry.notes } : {}),
      channel: entry.channel,
      apiKeyId: entry.apiKeyId,
      idempotencyKey: workflowId,
      requestFingerprint: `waitlist:${entry.id}`,
      mode: 'hold',
      actor: SYSTEM,
      holdSeconds,
    });
    const start = new WithStartWorkflowOperation(BOOKING_WORKFLOW_TYPE, {
      workflowId,
      taskQueue: this.options.taskQueue,
      args: [request],
      workflowIdConflictPolicy: 'USE_EXISTING',
      workflowIdReusePolicy: 'REJECT_DUPLICATE',
      staticSummary: `Waitlist offer for ${entry.partySize} at ${startsAt}`,
      memo: { bookingId, restaurantId: entry.restaurantId, waitlistEntryId: entry.id, mode: 'hold' },
    });
    try {
      return await this.bounded(() =>
        this.temporal.workflow.executeUpdateWithStart(placeBookingUpdate, {
          updateId: `place:${workflowId}`,
          startWorkflowOperation: start,
        }),
      );
    } catch (error) {
      const cause = (error as { cause?: unknown }).cause;
      if (
        error instanceof WorkflowExecutionAlreadyStartedError ||
        cause instanceof WorkflowExecutionAlreadyStartedError
      ) {
        const closed = await this.bounded(() => this.temporal.workflow.getHandle(workflowId).result());
        return (closed as BookingWorkflowResult).placement;
      }
      throw error;
    }
  }

  private async offerWindowSeconds(restaurantId: string): Promise<number> {
    const row = await this.prisma.restaurant.findUniqueOrThrow({
      where: { id: restaurantId },
      select: { waitlistOfferWindowSeconds: true },
    });
    return row.waitlistOfferWindowSeconds;
  }

  /**
   * The guest takes the offer: its hold is confirmed by the booking's own workflow (verify, assign,
   * confirm or review, as any confirmed hold), then the entry is booked. A hold that lapsed first
   * expires the entry and the accept is refused.
   */
  async acceptOffer(
    input: AcceptOfferActivityInput,
  ): Promise<{ entry: WaitlistEntryState; booking: BookingSnapshot | null }> {
    let booking: BookingSnapshot | null = null;
    try {
      booking = await this.bounded(() =>
        this.temporal.workflow.getHandle(input.holdWorkflowId).executeUpdate(confirmHoldUpdate, {
          args: [{ actor: input.actor }],
          updateId: `waitlist-accept:${input.entryId}`,
        }),
      );
    } catch (error) {
      if (!isRefusedOrClosed(error)) throw error;
    }
    if (!booking || !['confirmed', 'manual_review', 'checked_in'].includes(booking.status)) {
      const entry = await this.changeEntry({
        entryId: input.entryId,
        action: 'expire',
        actor: SYSTEM,
        reason: 'offer_lapsed',
      });
      return { entry, booking: null };
    }
    const entry = await this.changeEntry({
      entryId: input.entryId,
      action: 'accept',
      actor: input.actor,
      bookingId: booking.id,
    });
    return { entry, booking };
  }

  /** Gives an offer's hold back (the entry left, or its window ran out); a finished hold is left as it is. */
  async releaseHold(holdWorkflowId: string, reason: string): Promise<void> {
    try {
      await this.bounded(() =>
        this.temporal.workflow.getHandle(holdWorkflowId).executeUpdate(cancelBookingUpdate, {
          args: [{ actor: SYSTEM, reason, reasonCode: 'other' }],
          updateId: `waitlist-release:${holdWorkflowId}`,
        }),
      );
    } catch (error) {
      if (!isRefusedOrClosed(error)) throw error;
    }
  }
}

function isRefusedOrClosed(error: unknown): boolean {
  if (error instanceof WorkflowUpdateFailedError || error instanceof WorkflowNotFoundError) return true;
  const message = error instanceof Error ? error.message : '';
  return /already completed/i.test(message);
}

function refusedAsFailure(error: unknown): unknown {
  if (error instanceof InvalidWaitlistTransitionError) {
    const refusal: WaitlistRefusal = { code: 'invalid_transition', detail: error.message };
    return ApplicationFailure.nonRetryable(error.message, WAITLIST_REFUSED_FAILURE, refusal);
  }
  return error;
}

/** The plain object a Worker registers, every method bound to its instance. */
export function waitlistActivitiesOf(
  instance: WaitlistActivities,
): Record<string, (...args: never[]) => Promise<unknown>> {
  return {
    createEntry: instance.createEntry.bind(instance),
    changeEntry: instance.changeEntry.bind(instance),
    pokeMatcher: instance.pokeMatcher.bind(instance),
    offerFreedCapacity: instance.offerFreedCapacity.bind(instance),
    acceptOffer: instance.acceptOffer.bind(instance),
    releaseHold: instance.releaseHold.bind(instance),
  };
}

/**
 * The booking activities' capacity listener, told also to wake the restaurant's matcher when
 * anyone waits there and capacity was freed: a cancellation or an expired hold is offered at once,
 * not at the next poll.
 * Best effort like the cache beside it; the matcher's poll is the durable backstop. The cache and
 * the wake are tried independently (Redis down must not delay an offer until the next poll), and
 * the first failure is passed on for the caller to log.
 */
export function waitlistAwareCapacity(
  inner: CapacityChangeListener | undefined,
  entries: Pick<WaitlistRepository, 'anyWaiting'>,
  waitlist: Pick<WaitlistActivities, 'pokeMatcher'>,
): CapacityChangeListener {
  const wake = async (change: CapacityChange): Promise<void> => {
    // Taking capacity (every new booking) cannot make an offer: no query on the booking path.
    if (change.freed && (await entries.anyWaiting(change.restaurantId, new Date())))
      await waitlist.pokeMatcher(change.restaurantId);
  };
  return {
    async capacityChanged(change: CapacityChange): Promise<void> {
      const [cache, woken] = await Promise.allSettled([inner?.capacityChanged(change), wake(change)]);
      if (cache.status === 'rejected') throw cache.reason;
      if (woken.status === 'rejected') throw woken.reason;
    },
  };
}
