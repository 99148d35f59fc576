/**
 * The life of one booking, from the first hold to its last timer. One workflow per booking; its
 * ID comes from the caller's Idempotency-Key, so a retried request can never start a second one.
 *
 *   hold ─► (a hold: wait for its client's confirm, or expire at holdExpiresAt)
 *        ─► placed: capacity verified ─► tables assigned ─► confirmed | manual review
 *           (a one-shot booking is placed with its hold, in one local activity and one Postgres
 *           transaction; a confirmed hold in one more; each step is still its own event)
 *        ─► manual review: staff approve or reject; undecided, it is rejected at the deadline
 *        ─► reminders ─► no-show at start + grace unless checked in ─► completed at the end time
 *
 * Requests from outside (confirm, cancel, check in, approve, reject, the state query) are queued
 * and answered by BookingInbox (booking.inbox.ts); this function decides when each is taken.
 *
 * Deterministic code only: all I/O happens in activities, time comes from the sandboxed clock and
 * waiting is done with `condition` timers, so a replay of the history takes the same path. How a
 * change to this code is shipped: README "Changing the workflow".
 */
import {
  proxyActivities,
  proxyLocalActivities,
  upsertSearchAttributes,
  workflowInfo,
  type RetryPolicy,
} from '@temporalio/workflow';
import type { BookingActivities } from '../activities/booking.activities';
import { PLACING_STATUSES, isTerminal } from '../../libs/domain/src/booking-status';
import { reviewReasonFor } from '../../libs/domain/src/placement';
import type { BookingSnapshot } from '../../libs/domain/src/booking.types';
import { SA_CHANNEL, SA_PARTY_SIZE, SA_RESTAURANT, SA_STARTS_AT } from '../shared/booking.contract';
import {
  INVALID_TRANSITION_FAILURE,
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

const SYSTEM = 'system:booking-workflow';

const iso = (epochMs: number): string => new Date(epochMs).toISOString();

export async function bookingWorkflow(input: BookingWorkflowInput): Promise<BookingWorkflowResult> {
  const inbox = new BookingInbox(input, activities.changeStatus);
  const booking = (): BookingSnapshot => inbox.booking!;
  describeForSearch(input);

  // ── 1. hold (a one-shot booking is placed with it) ───────────────────────────────────────
  const hold =
    input.mode === 'book'
      ? await placement.holdAndSettle({ request: input, actor: SYSTEM })
      : await placement.holdBooking(input);
  if (!hold.ok) {
    inbox.refusePlacement(hold);
    return inbox.close();
  }
  const policy = hold.policy;
  inbox.record(hold.booking);

  // ── 2. a hold waits for its client: confirmed, cancelled, or expired at holdExpiresAt ────
  let confirmation: QueuedCommand | undefined;
  if (input.mode === 'hold') {
    inbox.answerPlacement();
    if (booking().status === 'held') {
      const holdExpiresAt = Date.parse(booking().holdExpiresAt!);
      inbox.waitingFor({ kind: 'hold_expiry', at: iso(holdExpiresAt) });
      const request = await inbox.next(['confirm_hold', 'cancel'], holdExpiresAt);
      inbox.waitingFor(null);
      if (!request) {
        await inbox.change('expire', 'system:hold-timer', 'hold_expired');
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
      if (!request) await inbox.change('reject', 'system:review-timer', 'review_timeout');
      else await inbox.apply(request);
    }
  }

  // ── 5. after confirmation: reminders, no-show, completion ────────────────────────────────
  const startsAt = Date.parse(booking().startsAt);
  const endsAt = Date.parse(booking().endsAt);
  // Reminders whose time has already passed when the booking is confirmed are skipped.
  const reminders = policy.reminderLeadSeconds
    .map((lead) => ({ lead, at: startsAt - lead * 1000 }))
    .filter((r) => r.at > Date.now())
    .sort((a, b) => a.at - b.at);
  const noShowAt = startsAt + policy.noShowGraceSeconds * 1000;

  while (!isTerminal(booking().status)) {
    const confirmed = booking().status === 'confirmed';
    const timer =
      confirmed && reminders.length > 0
        ? { kind: 'reminder', at: reminders[0].at }
        : confirmed
          ? { kind: 'no_show', at: noShowAt }
          : { kind: 'completion', at: endsAt };
    inbox.waitingFor({ kind: timer.kind, at: iso(timer.at) });
    const request = await inbox.next(['cancel', 'check_in'], timer.at);
    if (request) {
      await inbox.apply(request);
      continue;
    }
    if (timer.kind === 'reminder') {
      const reminder = reminders.shift()!;
      await activities.recordReminder(input.bookingId, reminder.lead, iso(reminder.at));
      inbox.reminderSent(reminder.lead);
    } else if (timer.kind === 'no_show') {
      await inbox.change('mark_no_show', 'system:no-show-timer', 'not_checked_in_within_grace');
    } else {
      await inbox.change('complete', 'system:completion-timer', 'end_time_reached');
    }
  }
  return inbox.close();
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
