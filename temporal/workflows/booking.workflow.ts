/**
 * The life of one booking, from the first hold to its last timer. One workflow per booking; its
 * ID comes from the caller's Idempotency-Key, so a retried request can never start a second one.
 *
 *   hold ─► (a hold: wait for its client's confirm, or expire at holdExpiresAt)
 *        ─► placed: capacity verified ─► tables assigned ─► confirmed | manual review
 *           (a one-shot booking is placed with its hold, in one local activity and one Postgres
 *           transaction; a confirmed hold in one more; each step is still its own event;
 *           a walk-in is checked in in that same transaction: it starts seated)
 *           (a timer's own step, expiry to completion, is a local activity too: one workflow task)
 *        ─► manual review: staff approve or reject; undecided, it is rejected at the deadline
 *        ─► reminders ─► no-show at start + grace unless checked in ─► completed at the end time
 *        ─► a no-show stays open for the restaurant's undo window (staff correct a late arrival)
 *
 * A held or confirmed booking can be changed all along (modify: time, party, tables, details): its
 * new time and tables are held and swapped in one transaction, and its timers move with it. A
 * change that needs staff waits beside the booking, which stays as it was until they decide.
 *
 * Requests from outside (confirm, cancel, check in, approve, reject, the state query) are queued
 * and answered by BookingInbox (booking.inbox.ts); this function decides when each is taken.
 *
 * Deterministic code only: all I/O happens in activities, time comes from the sandboxed clock and
 * waiting is done with `condition` timers, so a replay of the history takes the same path. How a
 * change to this code is shipped: README "Changing the workflow".
 */
import {
  patched,
  proxyActivities,
  proxyLocalActivities,
  upsertSearchAttributes,
  uuid4,
  workflowInfo,
  type RetryPolicy,
} from '@temporalio/workflow';
import type { BookingActivities } from '../activities/booking.activities';
import { PLACING_STATUSES, isTerminal, type BookingAction } from '../../libs/domain/src/booking-status';
import { reviewReasonFor } from '../../libs/domain/src/placement';
import type { BookingPolicy, BookingSnapshot, PendingChange } from '../../libs/domain/src/booking.types';
import {
  changeReviewDeadline,
  remindersDue,
  undoNoShowWindowSeconds,
  type DueReminder,
} from '../../libs/domain/src/booking-modification';
import { SA_CHANNEL, SA_PARTY_SIZE, SA_RESTAURANT, SA_STARTS_AT } from '../shared/booking.contract';
import {
  BOOKING_CHANGES_PATCH,
  INVALID_TRANSITION_FAILURE,
  TIMER_LOCAL_STEPS_PATCH,
  WALK_IN_SEATED_PATCH,
  type BookingWorkflowInput,
  type BookingWorkflowResult,
} from '../shared/booking.contract';
import { BookingInbox, type QueuedCommand } from './booking.inbox';

const retry: RetryPolicy = {
  initialInterval: '200ms',
  backoffCoefficient: 2,
  maximumInterval: '10s',
  nonRetryableErrorTypes: [INVALID_TRANSITION_FAILURE],
};

// Postgres being down is a reason to wait, not to lose the booking: retry until it is back.
const activities = proxyActivities<BookingActivities>({ startToCloseTimeout: '20s', retry });

/**
 * Placement runs as local activities: in this worker, inside the workflow task that started the
 * booking, so the caller's answer waits for one Temporal round trip plus the SQL. Each shows in the
 * history as a marker.
 */
const placement = proxyLocalActivities<BookingActivities>({ startToCloseTimeout: '10s', retry });

/**
 * A timer's own step (hold expiry, review timeout, reminder, no-show, completion) runs as a local
 * activity too (TIMER_LOCAL_STEPS_PATCH): the firing is one workflow task, not two with an activity
 * task between them. Postgres down still never loses the step, it only delays it: there is no
 * scheduleToCloseTimeout, so the SDK retries until the step is done. While the next backoff is
 * under `localRetryThreshold` it retries inside the workflow task, heartbeating it at 80 % of the
 * booking's 2 s workflow task timeout (three history events every 1.6 s), so that phase is kept
 * to ~3 s (backoffs 0.2 + 0.4 + 0.8 + 1.6 s): enough for a blip. Past it the SDK records the
 * failed attempt as a marker and waits on a durable server timer: the workflow task ends, updates
 * are taken meanwhile, and a restarted worker picks the step up again. Backoff is capped at 1 min
 * (activity tasks: 10 s) because each durable retry is a workflow task and about six history
 * events: an hour's outage costs a waiting booking ~60, and the step runs within a minute of
 * Postgres' return. An attempt may take 10 s (a hung connection), like placement's.
 */
const timerSteps = proxyLocalActivities<BookingActivities>({
  startToCloseTimeout: '10s',
  localRetryThreshold: '2s',
  retry: { ...retry, maximumInterval: '1m' },
});

/**
 * Who runs a timer's step. Asked only when that step runs, so a booking pays the patch's marker
 * only once a timer of it does; a booking that took its earlier steps as activity tasks (before the
 * patch) replays them as such, and takes the later ones locally.
 */
function timerStep(): Pick<BookingActivities, 'changeStatus' | 'recordReminder'> {
  return patched(TIMER_LOCAL_STEPS_PATCH) ? timerSteps : activities;
}

const SYSTEM = 'system:booking-workflow';

const iso = (epochMs: number): string => new Date(epochMs).toISOString();

export async function bookingWorkflow(input: BookingWorkflowInput): Promise<BookingWorkflowResult> {
  const inbox = new BookingInbox(input, activities.changeStatus);
  const booking = (): BookingSnapshot => inbox.booking!;
  /** A timer's status change (expiry, review timeout, no-show, completion), as timerStep() runs it. */
  const timerChange = (action: BookingAction, actor: string, reason: string) =>
    inbox.changeBy(timerStep().changeStatus, action, actor, reason);
  // Bookings started before changes existed keep their story (and refuse modify, no-show, undo).
  if (patched(BOOKING_CHANGES_PATCH)) {
    inbox.enableChanges({ modify: placement.modifyBooking, decide: placement.decideChange, newId: uuid4 });
  }
  describeForSearch(input);

  // ── 1. hold (a one-shot booking is placed with it, a walk-in seated too) ─────────────────
  // patched() only for walk-ins: the condition is the input's, so a replay asks the same question.
  const seat = input.mode === 'book' && input.walkIn === true && patched(WALK_IN_SEATED_PATCH);
  const hold =
    input.mode === 'book'
      ? await placement.holdAndSettle({ request: input, actor: SYSTEM, ...(seat ? { seat } : {}) })
      : await placement.holdBooking(input);
  if (!hold.ok) {
    inbox.refusePlacement(hold);
    return inbox.close();
  }
  const policy = hold.policy;
  inbox.record(hold.booking);
  inbox.noteGuestRecognised(hold.guestRecognised);

  // ── 2. a hold waits for its client: confirmed, cancelled, or expired at holdExpiresAt ────
  let confirmation: QueuedCommand | undefined;
  if (input.mode === 'hold') {
    inbox.answerPlacement();
    if (booking().status === 'held') {
      const holdExpiresAt = Date.parse(booking().holdExpiresAt!);
      inbox.waitingFor({ kind: 'hold_expiry', at: iso(holdExpiresAt) });
      // A change of the hold moves its time or party; it still expires when it would have.
      let request = await inbox.next(['confirm_hold', 'cancel', 'modify'], holdExpiresAt);
      while (request?.kind === 'modify') {
        await inbox.applyChange(request);
        request = await inbox.next(['confirm_hold', 'cancel', 'modify'], holdExpiresAt);
      }
      inbox.waitingFor(null);
      if (!request) {
        await timerChange('expire', 'system:hold-timer', 'hold_expired');
        return inbox.close();
      }
      if (request.kind === 'cancel') {
        await inbox.apply(request);
        return inbox.close();
      }
      confirmation = request;
    }
  }

  // ── 3. placement: verify capacity → assign tables → confirm or send to review ────────────
  if (PLACING_STATUSES.includes(booking().status)) {
    const cancel = inbox.takeCancel();
    if (cancel) await inbox.apply(cancel);
    else {
      const reviewReason = reviewReasonFor(booking().partySize, policy);
      inbox.record(
        await placement.settlePlacement({ bookingId: input.bookingId, actor: SYSTEM, reviewReason }),
      );
    }
    // Cancelled meanwhile, or the hold lapsed before it was placed (its capacity may be someone
    // else's by now): the confirmation is refused.
    if (cancel || booking().status === 'expired') {
      inbox.answerPlacement();
      if (confirmation) inbox.answer(confirmation, null);
      return inbox.close();
    }
  }
  inbox.answerPlacement();
  if (confirmation) inbox.answer(confirmation, booking());

  // ── 4. manual review: staff approve or reject; undecided reviews are rejected at the deadline ──
  if (booking().status === 'manual_review') {
    const reviewDeadline = Math.min(
      Date.now() + policy.manualReviewTimeoutSeconds * 1000,
      Date.parse(booking().startsAt),
    );
    inbox.waitingFor({ kind: 'review_deadline', at: iso(reviewDeadline) });
    while (booking().status === 'manual_review') {
      const request = await inbox.next(['approve', 'reject', 'cancel'], reviewDeadline);
      if (!request) {
        await timerChange('reject', 'system:review-timer', 'review_timeout');
      } else await inbox.apply(request);
    }
  }

  // ── 5. after confirmation: reminders, no-show, completion; changes move the timers ──────
  const timers = new BookingTimers(policy, booking());
  while (!isTerminal(booking().status) || inbox.takesChanges) {
    if (isTerminal(booking().status)) {
      // ── 6. a no-show stays open for its undo window; every other end is the end ──────────
      if (booking().status !== 'no_show') break;
      const undoUntil = Date.now() + undoNoShowWindowSeconds(policy) * 1000;
      inbox.openUndoWindow(undoUntil);
      inbox.waitingFor({ kind: 'undo_no_show_window', at: iso(undoUntil) });
      const undo = await inbox.next(['undo_no_show'], undoUntil);
      if (undo) await inbox.apply(undo);
      inbox.openUndoWindow(null);
      if (!undo) break;
      // The guest is here after all: no second no-show at the old time, only once the booking's
      // end (or a fresh grace period, if that has passed too) goes by without a check-in.
      timers.noShowAt = Math.max(timers.endsAt, Date.now() + policy.noShowGraceSeconds * 1000);
      continue;
    }
    const confirmed = booking().status === 'confirmed';
    const reviewDeadline = inbox.pendingChange ? timers.changeReviewDeadline : null;
    const next =
      confirmed && timers.reminders.length > 0
        ? { kind: 'reminder', at: timers.reminders[0].at }
        : confirmed
          ? { kind: 'no_show', at: timers.noShowAt }
          : { kind: 'completion', at: timers.endsAt };
    const timer =
      reviewDeadline !== null && reviewDeadline < next.at
        ? { kind: 'change_review_deadline', at: reviewDeadline }
        : next;
    inbox.waitingFor({ kind: timer.kind, at: iso(timer.at) });
    const request = await inbox.next(
      ['cancel', 'check_in', 'modify', 'mark_no_show', 'approve_change', 'reject_change'],
      timer.at,
    );
    if (request) {
      if (request.kind === 'modify') await inbox.applyChange(request);
      else if (request.kind === 'approve_change' || request.kind === 'reject_change') {
        await inbox.decideChange(request);
      } else await inbox.apply(request);
      // A change waits only beside a confirmed booking: seated, cancelled or a no-show, it is withdrawn.
      if (inbox.pendingChange && booking().status !== 'confirmed') {
        await inbox.decide('withdraw', SYSTEM, `booking_${booking().status}`);
      }
      timers.reviewing(inbox.pendingChange, booking());
      timers.follow(booking(), inbox.remindersSentSoFar());
      continue;
    }
    if (timer.kind === 'change_review_deadline') {
      await inbox.decide('reject', 'system:review-timer', 'review_timeout');
      timers.reviewing(null, booking());
    } else if (timer.kind === 'reminder') {
      const reminder = timers.reminders.shift()!;
      await timerStep().recordReminder(input.bookingId, reminder.lead, iso(reminder.at));
      inbox.reminderSent(reminder.lead);
    } else if (timer.kind === 'no_show') {
      await timerChange('mark_no_show', 'system:no-show-timer', 'not_checked_in_within_grace');
    } else {
      await timerChange('complete', 'system:completion-timer', 'end_time_reached');
    }
  }
  return inbox.close();
}

/**
 * When the booking's timers fall due: reminders, the no-show, completion, and the deadline of a
 * change under review. They follow the booking when a change moves it; a reminder already sent for
 * a lead time is never sent again.
 */
class BookingTimers {
  reminders: DueReminder[];
  noShowAt: number;
  endsAt: number;
  changeReviewDeadline = Number.POSITIVE_INFINITY;
  private startsAt: number;

  constructor(
    private readonly policy: BookingPolicy,
    booking: BookingSnapshot,
  ) {
    this.startsAt = Date.parse(booking.startsAt);
    this.endsAt = Date.parse(booking.endsAt);
    // Reminders whose time has already passed when the booking is confirmed are skipped.
    this.reminders = remindersDue(this.startsAt, policy.reminderLeadSeconds, [], Date.now());
    this.noShowAt = this.startsAt + policy.noShowGraceSeconds * 1000;
  }

  /** The booking after a change: if it moved, every timer moves with it. */
  follow(booking: BookingSnapshot, remindersSent: readonly number[]): void {
    const startsAt = Date.parse(booking.startsAt);
    const endsAt = Date.parse(booking.endsAt);
    if (startsAt === this.startsAt && endsAt === this.endsAt) return;
    this.startsAt = startsAt;
    this.endsAt = endsAt;
    this.reminders = remindersDue(startsAt, this.policy.reminderLeadSeconds, remindersSent, Date.now());
    this.noShowAt = startsAt + this.policy.noShowGraceSeconds * 1000;
  }

  /** A change under review waits until its deadline, set when it was sent; null: none waits. */
  reviewing(change: PendingChange | null, booking: BookingSnapshot): void {
    if (!change) this.changeReviewDeadline = Number.POSITIVE_INFINITY;
    else if (this.changeReviewDeadline === Number.POSITIVE_INFINITY) {
      this.changeReviewDeadline = changeReviewDeadline(change, booking, this.policy, Date.now());
    }
  }
}

/**
 * The search attributes engineers filter on. The gateway sets them when it starts the workflow; a
 * workflow started some other way (the CLI, a test) gets them here. The status is published by the
 * inbox whenever the booking comes to rest.
 */
function describeForSearch(input: BookingWorkflowInput): void {
  if (workflowInfo().typedSearchAttributes.get(SA_RESTAURANT) !== undefined) return;
  upsertSearchAttributes([
    { key: SA_RESTAURANT, value: input.restaurantId },
    { key: SA_PARTY_SIZE, value: input.partySize },
    { key: SA_STARTS_AT, value: new Date(input.startsAt) },
    { key: SA_CHANNEL, value: input.channel },
  ]);
}
