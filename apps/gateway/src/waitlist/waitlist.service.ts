import { Inject, Injectable } from '@nestjs/common';
import {
  Client,
  WithStartWorkflowOperation,
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
} from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { actorOf, type ApiPrincipal } from '@tablekeeper/auth';
import type { AppConfig } from '@tablekeeper/config';
import {
  RestaurantRepository,
  WaitlistDataKeyRepository,
  WaitlistRepository,
  type NewWaitlistEntry,
  type WaitlistEntrySnapshot,
} from '@tablekeeper/db';
import { partySizeRefusal, wishWindowRefusal } from '@tablekeeper/domain';
import {
  WAITLIST_ENTRY_WORKFLOW_TYPE,
  WAITLIST_REFUSED_FAILURE,
  acceptOfferUpdate,
  joinWaitlistUpdate,
  leaveWaitlistUpdate,
  waitlistEntryWorkflowId,
  type AcceptedOffer,
  type WaitlistRefusal,
} from '@tablekeeper/temporal/shared/waitlist.contract';
import { bookingIdFor } from '../bookings/booking-identity';
import { keyReused } from '../common/idempotency-key';
import { ProblemException, fieldProblem } from '../common/problem';
import type { RequestIdempotency } from '../common/request-idempotency';
import { APP_CONFIG, TEMPORAL_CLIENT } from '../infrastructure/tokens';
import type { JoinWaitlistInput } from './waitlist.inputs';

const NOT_FOUND = 'No such waitlist entry for this API key';

/**
 * The wish list as the API offers it: joining starts the entry's workflow (update-with-start, its
 * ID from the Idempotency-Key, so a retry never joins twice); leaving and accepting are updates of
 * that workflow; reading is Postgres. The guest's name, contact and notes reach the workflow sealed
 * with the entry's key, and its answers carry none of them: they are read back from Postgres.
 */
@Injectable()
export class WaitlistService {
  constructor(
    @Inject(TEMPORAL_CLIENT) private readonly client: Client,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly entries: WaitlistRepository,
    private readonly restaurants: RestaurantRepository,
    private readonly dataKeys: WaitlistDataKeyRepository,
  ) {}

  async join(
    principal: ApiPrincipal,
    input: JoinWaitlistInput,
    idempotency: RequestIdempotency,
  ): Promise<{ entry: WaitlistEntrySnapshot; replayed: boolean }> {
    const earlier = await this.entries.findByIdempotencyKey(principal.apiKeyId, idempotency.key);
    if (earlier) {
      if (earlier.requestFingerprint !== idempotency.fingerprint) throw keyReused();
      const entry = await this.entries.findForTenant(earlier.id, principal.restaurantIds);
      if (entry) return { entry, replayed: true };
    }
    const restaurant = await this.restaurants.findForTenant(input.restaurantId, principal.restaurantIds);
    if (!restaurant)
      throw fieldProblem('restaurant_not_found', 'restaurantId', 'No such restaurant for this API key');
    const partyRefused = partySizeRefusal(restaurant, input.partySize);
    if (partyRefused) throw fieldProblem('party_size_out_of_range', 'partySize', partyRefused);
    const from = new Date(input.from);
    const to = new Date(input.to);
    const windowRefused = wishWindowRefusal(from, to, new Date());
    if (windowRefused) throw fieldProblem('invalid_wish_window', windowRefused.field, windowRefused.detail);

    const workflowId = waitlistEntryWorkflowId(principal.apiKeyId, idempotency.key);
    const entryInput: NewWaitlistEntry = {
      id: bookingIdFor(workflowId),
      workflowId,
      restaurantId: restaurant.id,
      kind: 'wish',
      partySize: input.partySize,
      from: from.toISOString(),
      to: to.toISOString(),
      guest: {
        name: input.guest.name.trim(),
        ...(input.guest.phone ? { phone: input.guest.phone } : {}),
        ...(input.guest.email ? { email: input.guest.email } : {}),
      },
      ...(input.notes ? { notes: input.notes } : {}),
      channel: principal.channel,
      apiKeyId: principal.apiKeyId,
      idempotencyKey: idempotency.key,
      requestFingerprint: idempotency.fingerprint,
    };
    const start = new WithStartWorkflowOperation(WAITLIST_ENTRY_WORKFLOW_TYPE, {
      workflowId,
      taskQueue: this.config.taskQueue,
      args: [await this.dataKeys.seal(entryInput)],
      workflowIdConflictPolicy: 'USE_EXISTING',
      staticSummary: `Waitlist: ${input.partySize} between ${entryInput.from} and ${entryInput.to}`,
      memo: { entryId: entryInput.id, restaurantId: restaurant.id, kind: 'wish' },
    });
    const state = await this.call(() =>
      this.client.workflow.executeUpdateWithStart(joinWaitlistUpdate, {
        updateId: `join:${workflowId}`,
        startWorkflowOperation: start,
      }),
    );
    return { entry: await this.entries.entryWithGuest(state), replayed: false };
  }

  async get(principal: ApiPrincipal, id: string): Promise<WaitlistEntrySnapshot> {
    const entry = await this.entries.findForTenant(id, principal.restaurantIds);
    if (!entry) throw new ProblemException('waitlist_entry_not_found', NOT_FOUND);
    return entry;
  }

  async cancel(principal: ApiPrincipal, id: string, reason?: string): Promise<WaitlistEntrySnapshot> {
    const entry = await this.get(principal, id);
    return this.leave(entry, actorOf(principal), 'cancel', reason);
  }

  /**
   * A wish leaves the list through its workflow (cancel: the guest; remove: staff), which gives an
   * offer's hold back. Walk-ins have no workflow: see AdminWaitlistService.
   */
  async leave(
    entry: WaitlistEntrySnapshot,
    actor: string,
    action: 'cancel' | 'remove',
    reason?: string,
  ): Promise<WaitlistEntrySnapshot> {
    // The free text may name the guest: it travels sealed with the entry's key.
    const sealedReason = await this.dataKeys.sealReason(entry.id, reason || undefined);
    const state = await this.call(() =>
      this.client.workflow.getHandle(entry.workflowId).executeUpdate(leaveWaitlistUpdate, {
        args: [{ actor, action, ...(sealedReason ? { sealedReason } : {}) }],
      }),
    );
    return this.entries.entryWithGuest(state);
  }

  async accept(
    principal: ApiPrincipal,
    id: string,
    offerId?: string,
  ): Promise<{ entry: WaitlistEntrySnapshot; booking: AcceptedOffer['booking'] }> {
    const entry = await this.get(principal, id);
    // A finished entry's workflow is gone; its answer is the same as a running entry's without an offer.
    if (entry.status !== 'offered') {
      throw new ProblemException('offer_expired', `The entry is ${entry.status}; it has no offer now`);
    }
    const accepted = await this.call(() =>
      this.client.workflow.getHandle(entry.workflowId).executeUpdate(acceptOfferUpdate, {
        args: [{ actor: actorOf(principal), ...(offerId ? { offerId } : {}) }],
      }),
    );
    return { entry: await this.entries.entryWithGuest(accepted.entry), booking: accepted.booking };
  }

  /** The workflow's refusals as problems; a finished entry refuses every command. */
  private async call<T>(send: () => Promise<T>): Promise<T> {
    const deadline = Date.now() + this.config.bookingAnswerDeadlineMs;
    try {
      return await this.client.withDeadline(deadline, send);
    } catch (error) {
      if (error instanceof WorkflowUpdateFailedError) {
        const cause = error.cause;
        if (cause instanceof ApplicationFailure && cause.type === WAITLIST_REFUSED_FAILURE) {
          const refusal = cause.details?.[0] as WaitlistRefusal | undefined;
          throw new ProblemException(refusal?.code ?? 'invalid_transition', refusal?.detail ?? cause.message);
        }
      }
      if (error instanceof WorkflowNotFoundError || /already completed/i.test(String(error))) {
        throw new ProblemException(
          'invalid_transition',
          'The waitlist entry has finished; it can no longer change',
        );
      }
      throw Object.assign(
        new ProblemException('workflow_engine_unavailable', 'The workflow engine did not answer; retry'),
        {
          retryAfterSeconds: 2,
        },
      );
    }
  }
}
