/**
 * The life of one waitlist entry, and the restaurant's matcher that offers it freed tables.
 *
 * Entry (one workflow per entry, ID from the Idempotency-Key of its creation):
 *   recorded ─► waiting ─► (the matcher held a table for it) offered ─► booked (accepted)
 *                                                                    └► expired (offer window over:
 *                                                                       the hold goes back and the
 *                                                                       matcher offers it onwards)
 *   waiting ─► expired when its window has passed; cancelled (guest) or removed (staff) at any time.
 *
 * Matcher (one per restaurant, `waitlist-matcher:<restaurantId>`): woken by a signal whenever
 * capacity may have freed (a cancellation, an expired hold or offer, a new entry) and, while
 * anyone waits, every `pollSeconds` as the durable backstop for changes nobody signalled (a block
 * or exception removed). Each pass runs alone, so a freed table is never offered to two entries.
 *
 * The guest's name, contact and notes are in no payload: the input seals them, and every entry the
 * workflow holds or answers is its state only (README "Guests" → GDPR).
 *
 * Deterministic code only; all I/O is in waitlist.activities.ts.
 */
import {
  ApplicationFailure,
  allHandlersFinished,
  condition,
  continueAsNew,
  getExternalWorkflowHandle,
  proxyActivities,
  setHandler,
  workflowInfo,
  type RetryPolicy,
} from '@temporalio/workflow';
import type { WaitlistActivities } from '../activities/waitlist.activities';
import type { WaitlistEntryState } from '../../libs/db/src/waitlist.repository';
import {
  WAITLIST_REFUSED_FAILURE,
  acceptOfferUpdate,
  capacityFreedSignal,
  joinWaitlistUpdate,
  leaveWaitlistUpdate,
  offerMadeSignal,
  waitlistEntryQuery,
  type AcceptedOffer,
  type WaitlistEntryInput,
  type WaitlistMatcherInput,
  type WaitlistRefusal,
} from '../shared/waitlist.contract';

const retry: RetryPolicy = {
  initialInterval: '200ms',
  backoffCoefficient: 2,
  maximumInterval: '10s',
  nonRetryableErrorTypes: [WAITLIST_REFUSED_FAILURE],
};
const activities = proxyActivities<WaitlistActivities>({ startToCloseTimeout: '30s', retry });

const TERMINAL = ['booked', 'expired', 'cancelled', 'removed'];
const SYSTEM = 'system:waitlist';
/** How long an accept waits for an offer Postgres already shows to reach the workflow. */
const OFFER_SIGNAL_GRACE = '5s';

function refused(refusal: WaitlistRefusal): ApplicationFailure {
  return ApplicationFailure.create({
    message: refusal.detail,
    type: WAITLIST_REFUSED_FAILURE,
    nonRetryable: true,
    details: [refusal],
  });
}

export async function waitlistEntryWorkflow(input: WaitlistEntryInput): Promise<WaitlistEntryState> {
  let entry: WaitlistEntryState | null = null;
  // An offer can arrive before the entry's own record does (signals are not ordered with activities).
  let offered: WaitlistEntryState | null = null;
  // One change at a time: the timers and the guest's commands never interleave their activities.
  let busy = false;
  const current = (): WaitlistEntryState => entry!;
  const exclusive = async <T>(work: () => Promise<T>): Promise<T> => {
    await condition(() => !busy);
    busy = true;
    try {
      return await work();
    } finally {
      busy = false;
    }
  };

  setHandler(waitlistEntryQuery, () => entry);
  setHandler(joinWaitlistUpdate, async () => {
    await condition(() => entry !== null);
    return current();
  });
  setHandler(offerMadeSignal, (snapshot) => {
    offered = snapshot;
    if (entry && entry.status === 'waiting') entry = snapshot;
  });
  setHandler(
    leaveWaitlistUpdate,
    (request) =>
      exclusive(async () => {
        const before = current();
        if (TERMINAL.includes(before.status)) {
          throw refused({ code: 'invalid_transition', detail: `The entry is already ${before.status}` });
        }
        const after = await activities.changeEntry({
          entryId: input.id,
          action: request.action,
          actor: request.actor,
          ...(request.reason ? { reason: request.reason } : {}),
          // Sealed free text goes on unread: the same activity, only its argument differs.
          ...(request.sealedReason ? { sealedReason: request.sealedReason } : {}),
        });
        if (before.offer)
          await activities.releaseHold(before.offer.holdWorkflowId, `waitlist_entry_${after.status}`);
        entry = after;
        return after;
      }),
    {
      validator: (_request) => {
        if (!entry) throw refused({ code: 'invalid_transition', detail: 'The entry is not recorded yet' });
      },
    },
  );
  setHandler(
    acceptOfferUpdate,
    (request) =>
      exclusive(async (): Promise<AcceptedOffer> => {
        // The matcher records an offer in Postgres before it signals it here: a guest who read it
        // there may ask a moment before the signal arrives.
        await condition(() => current().status !== 'waiting', OFFER_SIGNAL_GRACE);
        const offer = current().offer;
        if (current().status !== 'offered' || !offer) {
          throw refused({
            code: 'offer_expired',
            detail: `The entry is ${current().status}; it has no offer now`,
          });
        }
        if (request.offerId && request.offerId !== offer.offerId) {
          throw refused({ code: 'offer_mismatch', detail: 'That offer is not the entry’s current one' });
        }
        if (Date.now() >= Date.parse(offer.expiresAt)) {
          throw refused({ code: 'offer_expired', detail: 'The offer has expired' });
        }
        const accepted = await activities.acceptOffer({
          entryId: input.id,
          holdWorkflowId: offer.holdWorkflowId,
          actor: request.actor,
        });
        entry = accepted.entry;
        if (!accepted.booking) {
          await activities.pokeMatcher(input.restaurantId);
          throw refused({ code: 'offer_expired', detail: 'The offer lapsed before it was accepted' });
        }
        return { entry: accepted.entry, booking: accepted.booking };
      }),
    {
      validator: (_request) => {
        if (!entry || TERMINAL.includes(entry.status)) {
          throw refused({
            code: 'offer_expired',
            detail: `The entry is ${entry?.status ?? 'not recorded'}; it has no offer now`,
          });
        }
      },
    },
  );

  entry = await activities.createEntry(input);
  if (offered && entry.status === 'waiting') entry = offered;

  while (!TERMINAL.includes(current().status)) {
    if (current().status === 'waiting') {
      // The window's end: a wish for a time that has passed cannot be offered any more.
      const closesAt = Date.parse(current().to);
      const moved = await condition(() => current().status !== 'waiting', Math.max(0, closesAt - Date.now()));
      if (!moved) {
        await exclusive(async () => {
          if (current().status !== 'waiting') return;
          entry = await activities.changeEntry({
            entryId: input.id,
            action: 'expire',
            actor: SYSTEM,
            reason: 'window_passed',
          });
        });
      }
      continue;
    }
    // Offered: the guest has until the offer's expiry; then the hold passes to the next entry.
    const offer = current().offer!;
    const answered = await condition(
      () => current().status !== 'offered' || current().offer?.offerId !== offer.offerId,
      Math.max(0, Date.parse(offer.expiresAt) - Date.now()),
    );
    if (!answered) {
      await exclusive(async () => {
        if (current().status !== 'offered' || current().offer?.offerId !== offer.offerId) return;
        entry = await activities.changeEntry({
          entryId: input.id,
          action: 'expire',
          actor: 'system:offer-timer',
          reason: 'offer_not_accepted',
        });
        await activities.releaseHold(offer.holdWorkflowId, 'waitlist_offer_expired');
        await activities.pokeMatcher(input.restaurantId);
      });
    }
  }
  await condition(allHandlersFinished);
  return current();
}

/** Passes before the matcher starts afresh (continue-as-new keeps its history short). */
const PASSES_PER_RUN = 200;

export async function waitlistMatcherWorkflow(input: WaitlistMatcherInput): Promise<void> {
  let poked = true;
  setHandler(capacityFreedSignal, () => {
    poked = true;
  });
  for (let pass = 0; pass < PASSES_PER_RUN; pass++) {
    poked = false;
    const result = await activities.offerFreedCapacity({
      restaurantId: input.restaurantId,
      round: `${workflowInfo().runId.slice(0, 8)}-${pass}`,
    });
    for (const offer of result.offers) {
      try {
        await getExternalWorkflowHandle(offer.workflowId).signal(offerMadeSignal, offer.entry);
      } catch {
        // The entry's workflow is gone (it cannot be: entries end only in a terminal status, which
        // recordOffer refuses); its hold lapses on its own.
      }
    }
    // Nobody waits: stop; the next entry or freed table starts a new run (signal-with-start).
    if (!result.anyWaiting && !poked) return;
    await condition(() => poked, `${input.pollSeconds}s`);
  }
  await continueAsNew<typeof waitlistMatcherWorkflow>(input);
}
