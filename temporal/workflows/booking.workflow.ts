/**
 * The life of one booking, from the first hold to its last timer. One workflow per booking; its
 * ID comes from the caller's Idempotency-Key, so a retried request can never start a second one.
 *
 *   hold ─► (hold mode: wait for confirm, or expire at holdExpiresAt)
 *        ─► verify capacity ─► assign tables ─► confirm | manual review (approve / reject / time out)
 *           (one local activity for the three since LEAN_PLACEMENT_PATCH, and for a one-shot
 *           booking one for all four since ONE_SHOT_PLACEMENT_PATCH; each is its own event)
 *        ─► reminders ─► no-show at start + grace unless checked in ─► completed at the end time
 *
 * Deterministic code only: all I/O happens in activities, time comes from the sandboxed clock and
 * waiting is done with `condition` timers, so a replay of the history takes the same path.
 */
import {
  ActivityFailure,
  ApplicationFailure,
  allHandlersFinished,
  condition,
  patched,
  proxyActivities,
  proxyLocalActivities,
  setHandler,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import type { BookingActivities } from '../activities/booking.activities';
import { canApply, isTerminal, type BookingAction } from '../../libs/domain/src/booking-status';
import { reviewReasonFor } from '../../libs/domain/src/placement';
import type { ActorRef, BookingPolicy, BookingSnapshot } from '../../libs/domain/src/booking.types';
import {
  INVALID_TRANSITION_FAILURE,
  SA_CHANNEL,
  SA_PARTY_SIZE,
  SA_RESTAURANT,
  SA_STARTS_AT,
  SA_STATUS,
  approveReviewUpdate,
  bookingStateQuery,
  cancelBookingUpdate,
  checkInUpdate,
  confirmHoldUpdate,
  placeBookingUpdate,
  rejectReviewUpdate,
  type ApproveInput,
  type BookingWorkflowInput,
  type CancelInput,
  type RejectInput,
  type BookingWorkflowResult,
  type BookingWorkflowState,
  type PlacementResult,
} from '../shared/booking.contract';

const activities = proxyActivities<BookingActivities>({
  startToCloseTimeout: '20s',
  // Postgres being down is a reason to wait, not to lose the booking: retry until it is back.
  retry: {
    initialInterval: '200ms',
    backoffCoefficient: 2,
    maximumInterval: '10s',
    nonRetryableErrorTypes: [INVALID_TRANSITION_FAILURE],
  },
});

/**
 * The placement steps (hold, verify, assign, confirm) as local activities: they run in this
 * worker inside the workflow task that started the booking, so the caller's answer waits for one
 * Temporal round trip plus the SQL instead of a round trip per step. Same activities, same
 * idempotent writes, same retry policy; each step still shows in the history as a marker.
 */
const placementSteps = proxyLocalActivities<BookingActivities>({
  startToCloseTimeout: '10s',
  retry: {
    initialInterval: '200ms',
    backoffCoefficient: 2,
    maximumInterval: '10s',
    nonRetryableErrorTypes: [INVALID_TRANSITION_FAILURE],
  },
});

/** Workflows started before local placement keep the activity tasks their histories recorded. */
export const LOCAL_PLACEMENT_PATCH = 'placement-local-activities';

/**
 * Workflows started before this run verify, assign and confirm as three local activities and
 * publish their status search attribute after every step (re-publishing the attributes the
 * gateway set at start). After it: one local activity for the three steps (each still its own
 * event in Postgres), and the status published once the workflow comes to rest (waits for a
 * request or a timer, or finishes): every activity costs the worker an activation and every
 * upsert costs the server a visibility write, while nobody can act on a status that lasts
 * milliseconds. README "Performance" has the measurements.
 */
export const LEAN_PLACEMENT_PATCH = 'lean-placement';

/**
 * After this run a one-shot booking is placed by one local activity in one Postgres transaction:
 * hold, capacity verified, tables assigned, confirmed or sent to review, each step still its own
 * event. Holds go on as under LEAN_PLACEMENT_PATCH. It implies both patches before it, so a new
 * workflow records this marker alone: every `patched()` call that records a marker also costs the
 * server a visibility write (the SDK upserts TemporalChangeVersion). README "Performance" has why.
 */
export const ONE_SHOT_PLACEMENT_PATCH = 'one-shot-placement';

const SYSTEM = 'system:booking-workflow';

function isInvalidTransition(error: unknown): boolean {
  return (
    error instanceof ActivityFailure &&
    error.cause instanceof ApplicationFailure &&
    error.cause.type === INVALID_TRANSITION_FAILURE
  );
}

type CommandKind = 'confirm_hold' | 'cancel' | 'check_in' | 'approve' | 'reject';

/** A request from outside (an update), queued so that only the main flow changes the booking. */
interface Command {
  readonly kind: CommandKind;
  readonly actor: string;
  readonly reason?: string;
  /** Approve only: the tables staff chose. */
  readonly tableIds?: readonly string[];
  taken: boolean;
  settled: boolean;
  result?: BookingSnapshot;
  error?: string;
}

const ACTION_OF: Record<Exclude<CommandKind, 'confirm_hold'>, BookingAction> = {
  cancel: 'cancel',
  check_in: 'check_in',
  approve: 'approve',
  reject: 'reject',
};

export async function bookingWorkflow(input: BookingWorkflowInput): Promise<BookingWorkflowResult> {
  let booking: BookingSnapshot | null = null;
  let placement: PlacementResult | null = null;
  let nextTimer: BookingWorkflowState['nextTimer'] = null;
  const remindersSent: number[] = [];
  const inbox: Command[] = [];

  // ── the outside world's view ──────────────────────────────────────────────────────────────
  const currentStatus = (): BookingWorkflowState['status'] =>
    booking?.status ?? (placement?.outcome === 'refused' ? 'refused' : 'pending');
  setHandler(bookingStateQuery, () => ({
    bookingId: input.bookingId,
    status: currentStatus(),
    booking,
    nextTimer,
    remindersSent: [...remindersSent],
  }));

  setHandler(placeBookingUpdate, async () => {
    await condition(() => placement !== null);
    return placement!;
  });

  const accepts = (kind: CommandKind): boolean => {
    if (!booking) return false;
    if (kind === 'confirm_hold') return input.mode === 'hold' && booking.status === 'held';
    return canApply(ACTION_OF[kind], booking.status);
  };

  const refuse = (kind: CommandKind): never => {
    const status = booking?.status ?? 'pending';
    throw ApplicationFailure.nonRetryable(
      `Cannot ${kind.replace(/_/g, ' ')} a booking that is ${status.replace(/_/g, ' ')}`,
      INVALID_TRANSITION_FAILURE,
      { action: kind, status },
    );
  };

  const submit = async (
    kind: CommandKind,
    actor: string,
    reason?: string,
    tableIds?: readonly string[],
  ): Promise<BookingSnapshot> => {
    const command: Command = { kind, actor, reason, tableIds, taken: false, settled: false };
    inbox.push(command);
    await condition(() => command.settled);
    if (command.error) refuse(kind);
    return command.result!;
  };
  // Validators run before an update is written to history: a refused request leaves no trace.
  const check = (kind: CommandKind): void => {
    if (!accepts(kind)) refuse(kind);
  };

  setHandler(confirmHoldUpdate, (by: ActorRef) => submit('confirm_hold', by.actor), {
    validator: (_by: ActorRef) => check('confirm_hold'),
  });
  setHandler(cancelBookingUpdate, (by: CancelInput) => submit('cancel', by.actor, by.reason), {
    validator: (_by: CancelInput) => check('cancel'),
  });
  setHandler(checkInUpdate, (by: ActorRef) => submit('check_in', by.actor), {
    validator: (_by: ActorRef) => check('check_in'),
  });
  setHandler(approveReviewUpdate, (by: ApproveInput) => submit('approve', by.actor, by.reason, by.tableIds), {
    validator: (_by: ApproveInput) => check('approve'),
  });
  setHandler(rejectReviewUpdate, (by: RejectInput) => submit('reject', by.actor, by.reason), {
    validator: (_by: RejectInput) => check('reject'),
  });

  // ── helpers the story below is told with ─────────────────────────────────────────────────
  const settle = (command: Command, result: BookingSnapshot | null, error?: string): void => {
    command.taken = true;
    command.settled = true;
    command.result = result ?? undefined;
    command.error = error;
  };

  /** After every change, requests the new status no longer allows are answered with a refusal. */
  const refuseStaleCommands = (): void => {
    for (const command of inbox) {
      if (!command.taken && !command.settled && !accepts(command.kind))
        settle(command, null, 'invalid_transition');
    }
  };

  let lean = false;
  let shownStatus: string | undefined;
  const record = (snapshot: BookingSnapshot): BookingSnapshot => {
    booking = snapshot;
    if (!lean) upsertSearchAttributes([{ key: SA_STATUS, value: snapshot.status }]);
    refuseStaleCommands();
    return snapshot;
  };
  /** Called before every wait: what the Temporal UI filters on is the status the booking rests in. */
  const showStatusAtRest = (): void => {
    if (!lean) return;
    const status = currentStatus();
    if (status === 'pending' || status === shownStatus) return;
    upsertSearchAttributes([{ key: SA_STATUS, value: status }]);
    shownStatus = status;
  };

  const change = async (
    action: BookingAction,
    actor: string,
    reason?: string,
    tableIds?: readonly string[],
  ): Promise<BookingSnapshot> =>
    record(
      await activities.changeStatus({
        bookingId: input.bookingId,
        action,
        actor,
        reason,
        ...(tableIds?.length ? { tableIds } : {}),
      }),
    );
  const placementChange = async (action: BookingAction, reason: string): Promise<BookingSnapshot> =>
    record(await place.changeStatus({ bookingId: input.bookingId, action, actor: SYSTEM, reason }));

  /** Waits for a request of one of `kinds` until `deadline` (epoch ms); undefined when time ran out. */
  const nextCommand = async (kinds: CommandKind[], deadline: number | null): Promise<Command | undefined> => {
    const pending = () => inbox.find((c) => !c.taken && !c.settled && kinds.includes(c.kind));
    showStatusAtRest();
    if (deadline === null) await condition(() => pending() !== undefined);
    else {
      const wait = deadline - Date.now();
      if (wait > 0) await condition(() => pending() !== undefined, wait);
    }
    const command = pending();
    if (command) command.taken = true;
    return command;
  };

  /** Applies a cancel / check-in / approve / reject request and answers its caller. */
  const apply = async (command: Command): Promise<void> => {
    if (command.kind === 'confirm_hold' || !accepts(command.kind)) {
      settle(command, null, 'invalid_transition');
      return;
    }
    const action = ACTION_OF[command.kind];
    try {
      settle(command, await change(action, command.actor, command.reason, command.tableIds));
    } catch (error) {
      // The database refused the change (it re-checks the transition table): answer the caller
      // and keep the booking's timers running instead of failing the whole workflow.
      if (!isInvalidTransition(error)) throw error;
      settle(command, null, 'invalid_transition');
    }
  };

  const cancelRequested = (): Command | undefined =>
    inbox.find((c) => !c.taken && !c.settled && c.kind === 'cancel');

  const finish = async (): Promise<BookingWorkflowResult> => {
    nextTimer = null;
    refuseStaleCommands();
    showStatusAtRest();
    await condition(allHandlersFinished);
    return { placement, booking };
  };

  // ── 1. hold ──────────────────────────────────────────────────────────────────────────────
  // Short-circuits keep the older patches out of new histories; histories recorded before
  // ONE_SHOT_PLACEMENT_PATCH replay them in the order they were recorded.
  const oneShot = patched(ONE_SHOT_PLACEMENT_PATCH);
  const place = oneShot || patched(LOCAL_PLACEMENT_PATCH) ? placementSteps : activities;
  lean = oneShot || patched(LEAN_PLACEMENT_PATCH);
  const startedWith = workflowInfo().typedSearchAttributes;
  // The gateway sets these when it starts the workflow; a workflow started some other way (the
  // CLI, a test) gets them here.
  if (!lean || startedWith.get(SA_RESTAURANT) === undefined) {
    upsertSearchAttributes([
      { key: SA_RESTAURANT, value: input.restaurantId },
      { key: SA_PARTY_SIZE, value: input.partySize },
      { key: SA_STARTS_AT, value: new Date(input.startsAt) },
      { key: SA_CHANNEL, value: input.channel },
    ]);
  }
  const hold =
    oneShot && input.mode === 'book'
      ? await place.holdAndSettle({ request: input, actor: SYSTEM })
      : await place.holdBooking(input);
  if (!hold.ok) {
    placement = {
      outcome: 'refused',
      requestFingerprint: input.requestFingerprint,
      code: hold.code,
      detail: hold.detail,
    };
    if (!lean) upsertSearchAttributes([{ key: SA_STATUS, value: 'refused' }]);
    return finish();
  }
  const policy: BookingPolicy = hold.policy;
  record(hold.booking);

  let confirmRequest: Command | undefined;
  if (input.mode === 'hold') {
    placement = { outcome: 'placed', requestFingerprint: input.requestFingerprint, booking: booking! };
    if (booking!.status === 'held') {
      const holdExpiresAt = Date.parse(booking!.holdExpiresAt!);
      nextTimer = { kind: 'hold_expiry', at: new Date(holdExpiresAt).toISOString() };
      const command = await nextCommand(['confirm_hold', 'cancel'], holdExpiresAt);
      nextTimer = null;
      if (!command) {
        await change('expire', 'system:hold-timer', 'hold_expired');
        return finish();
      }
      if (command.kind === 'cancel') {
        await apply(command);
        return finish();
      }
      confirmRequest = command;
    }
  }

  // ── 2. verify capacity, 3. assign tables, 4. confirm or send to review ───────────────────
  const answer = (error?: string): void => {
    if (input.mode === 'book' && !placement) {
      placement = { outcome: 'placed', requestFingerprint: input.requestFingerprint, booking: booking! };
    }
    if (confirmRequest && !confirmRequest.settled) settle(confirmRequest, booking, error);
  };
  const cancelIfRequested = async (): Promise<boolean> => {
    const cancel = cancelRequested();
    if (!cancel || !accepts('cancel')) return false;
    cancel.taken = true;
    await apply(cancel);
    answer('invalid_transition');
    return true;
  };

  /** Why the booking goes to staff instead of being confirmed; null: confirm it. */
  const reviewReason = (): string | null => reviewReasonFor(booking!.partySize, policy);
  const unsettled: readonly string[] = ['held', 'capacity_verified', 'assigned'];

  if (lean) {
    if (unsettled.includes(booking!.status)) {
      if (await cancelIfRequested()) return finish();
      record(
        await place.settlePlacement({
          bookingId: input.bookingId,
          actor: SYSTEM,
          reviewReason: reviewReason(),
        }),
      );
      if (booking!.status === 'expired') {
        // The hold lapsed before it was verified: its capacity may be someone else's by now.
        answer('invalid_transition');
        return finish();
      }
    }
  } else {
    if (booking!.status === 'held') {
      if (await cancelIfRequested()) return finish();
      const verified = await place.verifyCapacity(input.bookingId, SYSTEM);
      if (!verified.ok) {
        await change('expire', 'system:hold-timer', verified.reason);
        answer('invalid_transition');
        return finish();
      }
      record(verified.booking);
    }
    if (booking!.status === 'capacity_verified') {
      if (await cancelIfRequested()) return finish();
      const assigned = await place.assignTables(input.bookingId, SYSTEM);
      record(assigned.booking);
    }
    if (booking!.status === 'assigned') {
      if (await cancelIfRequested()) return finish();
      const reason = reviewReason();
      await placementChange(reason ? 'send_to_review' : 'confirm', reason ?? 'auto_confirmed');
    }
  }
  answer();

  // ── manual review: staff approve or reject; undecided reviews are rejected at the deadline ──
  if (booking!.status === 'manual_review') {
    const reviewDeadline = Math.min(
      Date.now() + policy.manualReviewTimeoutSeconds * 1000,
      Date.parse(booking!.startsAt),
    );
    nextTimer = { kind: 'review_deadline', at: new Date(reviewDeadline).toISOString() };
    while (booking!.status === 'manual_review') {
      const command = await nextCommand(['approve', 'reject', 'cancel'], reviewDeadline);
      if (!command) await change('reject', 'system:review-timer', 'review_timeout');
      else await apply(command);
    }
  }

  // ── after confirmation: reminders, no-show, completion ──────────────────────────────────
  const startsAt = Date.parse(booking!.startsAt);
  const endsAt = Date.parse(booking!.endsAt);
  // Reminders whose time has already passed when the booking is confirmed are skipped.
  const reminders = policy.reminderLeadSeconds
    .map((lead) => ({ lead, at: startsAt - lead * 1000 }))
    .filter((r) => r.at > Date.now())
    .sort((a, b) => a.at - b.at);
  const noShowAt = startsAt + policy.noShowGraceSeconds * 1000;

  while (!isTerminal(booking!.status)) {
    const confirmed = booking!.status === 'confirmed';
    const timer =
      confirmed && reminders.length > 0
        ? { kind: 'reminder', at: reminders[0].at }
        : confirmed
          ? { kind: 'no_show', at: noShowAt }
          : { kind: 'completion', at: endsAt };
    nextTimer = { kind: timer.kind, at: new Date(timer.at).toISOString() };
    const command = await nextCommand(['cancel', 'check_in'], timer.at);
    if (command) {
      await apply(command);
      continue;
    }
    if (timer.kind === 'reminder') {
      const reminder = reminders.shift()!;
      await activities.recordReminder(input.bookingId, reminder.lead, new Date(reminder.at).toISOString());
      remindersSent.push(reminder.lead);
    } else if (timer.kind === 'no_show') {
      await change('mark_no_show', 'system:no-show-timer', 'not_checked_in_within_grace');
    } else {
      await change('complete', 'system:completion-timer', 'end_time_reached');
    }
  }
  return finish();
}
