import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  Client,
  WithStartWorkflowOperation,
  WorkflowExecutionAlreadyStartedError,
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
  isGrpcServiceError,
} from '@temporalio/client';
import { ApplicationFailure, type UpdateDefinition } from '@temporalio/common';
import type { AppConfig } from '@tablekeeper/config';
import { BookingDataKeyRepository } from '@tablekeeper/db';
import type { BookingRequest, BookingSnapshot, SealedBookingRequest } from '@tablekeeper/domain';
import {
  BOOKING_WORKFLOW_TYPE,
  CHANGE_REFUSED_FAILURE,
  INVALID_TRANSITION_FAILURE,
  type ChangeRefusal,
  SA_CHANNEL,
  SA_PARTY_SIZE,
  SA_RESTAURANT,
  SA_STARTS_AT,
  placeBookingUpdate,
  type BookingWorkflowResult,
  type PlacementResult,
} from '@tablekeeper/temporal/shared/booking.contract';
import { ProblemException, fieldProblem } from '../common/problem';
import { APP_CONFIG, TEMPORAL_CLIENT } from '../infrastructure/tokens';
import { GatewayMetrics, type BookingRequestOutcome } from '../metrics/gateway-metrics';
import { isTransientRefusal, placementRetryDelayMs } from './placement-retry';

/** README "Failure behaviour": the longest a booking waits for a dead worker's first task. */
export const BOOKING_WORKFLOW_TASK_TIMEOUT = '2s';

export type PlaceAnswer = PlacementResult | { readonly outcome: 'pending' };

/** The gateway's only door into Temporal: starting bookings and sending them updates. */
@Injectable()
export class BookingWorkflowClient {
  private readonly logger = new Logger('BookingWorkflowClient');

  constructor(
    @Inject(TEMPORAL_CLIENT) private readonly client: Client,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly metrics: GatewayMetrics,
    private readonly dataKeys: BookingDataKeyRepository,
  ) {}

  /**
   * The guest's data (name, contact, notes, dietary needs) goes to Temporal sealed with the
   * booking's own key, which erasing the guest destroys (README "Guests" → GDPR).
   */
  async place(request: BookingRequest): Promise<PlaceAnswer> {
    const input = await this.dataKeys.sealRequest(request);
    const deadline = Date.now() + this.config.bookingAnswerDeadlineMs;
    let answer: PlaceAnswer | undefined;
    for (let attempt = 1; !answer; attempt++) {
      try {
        answer = await this.placeOnce(input, deadline);
      } catch (error) {
        const delay = placementRetryDelayMs(error, attempt, deadline - Date.now());
        if (delay === null) throw this.unavailable(error, attempt);
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
    this.metrics.countBookingRequest(
      answer.outcome === 'placed'
        ? (answer.booking.status as BookingRequestOutcome)
        : answer.outcome === 'refused'
          ? `refused_${answer.code}`
          : 'pending',
      input.mode,
    );
    return answer;
  }

  /**
   * Update-with-start: starts the booking's workflow (or attaches to the running one with the same
   * ID) and waits for its first answer, bounded by the configured deadline. A workflow ID that
   * belongs to a closed workflow is never reused; its stored result is answered instead.
   */
  private async placeOnce(input: SealedBookingRequest, deadline: number): Promise<PlaceAnswer> {
    const startOperation = new WithStartWorkflowOperation(BOOKING_WORKFLOW_TYPE, {
      workflowId: input.workflowId,
      taskQueue: this.config.taskQueue,
      args: [input],
      workflowIdConflictPolicy: 'USE_EXISTING',
      workflowIdReusePolicy: 'REJECT_DUPLICATE',
      // A worker that dies holding the booking's first task must not make the guest wait for
      // Temporal's 10 s default, which equals the answer deadline (the caller would get 202): the
      // task goes to another worker after 2 s. A booking's tasks take milliseconds (one local
      // activity for the whole placement), so 2 s is never reached by a live worker.
      workflowTaskTimeout: BOOKING_WORKFLOW_TASK_TIMEOUT,
      typedSearchAttributes: [
        { key: SA_RESTAURANT, value: input.restaurantId },
        { key: SA_PARTY_SIZE, value: input.partySize },
        { key: SA_STARTS_AT, value: new Date(input.startsAt) },
        { key: SA_CHANNEL, value: input.channel },
      ],
      staticSummary: `Booking for ${input.partySize} at ${input.startsAt}`,
      // What a person reading the Temporal UI wants first; no guest data (memo is a payload too,
      // so it is encrypted with the rest and shown decoded through the codec endpoint).
      memo: {
        bookingId: input.bookingId,
        restaurantId: input.restaurantId,
        partySize: input.partySize,
        startsAt: input.startsAt,
        channel: input.channel,
        mode: input.mode,
      },
    });
    try {
      return await this.client.withDeadline(deadline, () =>
        this.client.workflow.executeUpdateWithStart(placeBookingUpdate, {
          updateId: `place:${input.workflowId}`,
          startWorkflowOperation: startOperation,
        }),
      );
    } catch (error) {
      if (isAlreadyStarted(error)) return this.closedPlacement(input.workflowId);
      if (isDeadlineExceeded(error)) return { outcome: 'pending' };
      throw error;
    }
  }

  private async closedPlacement(workflowId: string): Promise<PlaceAnswer> {
    const result = await this.client.workflow.getHandle(workflowId).result();
    const closed = result as BookingWorkflowResult;
    if (closed.placement?.outcome !== 'placed') return closed.placement ?? { outcome: 'pending' };
    // Its close reason comes sealed from the history; opened here like every snapshot from Temporal.
    return { ...closed.placement, booking: await this.dataKeys.openSnapshot(closed.placement.booking) };
  }

  /**
   * Sends an update such as cancel or check-in; a refused transition becomes 409 invalid_transition,
   * a refused change (modify) its own code. `updateId` (from the caller's Idempotency-Key) makes a
   * retried request attach to the first one instead of running twice.
   */
  async act<Arg>(
    workflowId: string,
    update: UpdateDefinition<BookingSnapshot, [Arg]>,
    arg: Arg,
    updateId?: string,
  ): Promise<BookingSnapshot> {
    const handle = this.client.workflow.getHandle(workflowId);
    const deadline = Date.now() + this.config.bookingAnswerDeadlineMs;
    try {
      return await this.client.withDeadline(deadline, () =>
        handle.executeUpdate(update, updateId ? { args: [arg], updateId } : { args: [arg] }),
      );
    } catch (error) {
      if (error instanceof WorkflowUpdateFailedError) {
        const cause = error.cause;
        if (cause instanceof ApplicationFailure && cause.type === INVALID_TRANSITION_FAILURE) {
          throw new ProblemException('invalid_transition', cause.message);
        }
        if (cause instanceof ApplicationFailure && cause.type === CHANGE_REFUSED_FAILURE) {
          throw changeRefused((cause.details?.[0] as ChangeRefusal | undefined) ?? null, cause.message);
        }
      }
      if (error instanceof WorkflowNotFoundError || isWorkflowClosed(error)) {
        throw new ProblemException('invalid_transition', 'The booking has finished; it can no longer change');
      }
      if (isDeadlineExceeded(error)) {
        throw Object.assign(
          new ProblemException('service_unavailable', 'The booking did not answer in time; retry'),
          {
            retryAfterSeconds: 1,
          },
        );
      }
      throw this.unavailable(error);
    }
  }

  /**
   * What the server answered is logged (code and message, never the request), so an operator can
   * tell a down engine from a refusing one; the caller's retry with the same key is as safe as ours.
   */
  private unavailable(error: unknown, attempts = 1): Error {
    if (error instanceof ProblemException) return error;
    if (isGrpcServiceError(error) && (error.code === 4 || isTransientRefusal(error))) {
      this.logger.warn(
        `workflow engine refused after ${attempts} attempt(s): gRPC ${error.code} ${error.details || error.message}`,
      );
      return Object.assign(
        new ProblemException('workflow_engine_unavailable', 'The workflow engine is unavailable; retry'),
        {
          retryAfterSeconds: 2,
        },
      );
    }
    return error instanceof Error ? error : new Error(String(error));
  }
}

function isAlreadyStarted(error: unknown): boolean {
  if (error instanceof WorkflowExecutionAlreadyStartedError) return true;
  const cause = (error as { cause?: unknown })?.cause;
  return cause instanceof WorkflowExecutionAlreadyStartedError;
}

function isDeadlineExceeded(error: unknown): boolean {
  const chain: unknown[] = [error, (error as { cause?: unknown })?.cause];
  return chain.some(
    (e) =>
      (isGrpcServiceError(e) && (e.code === 4 || e.code === 1)) ||
      (e instanceof Error &&
        /deadline|DEADLINE_EXCEEDED|timed? ?out/i.test(e.message) &&
        e.name !== 'WorkflowUpdateFailedError'),
  );
}

function isWorkflowClosed(error: unknown): boolean {
  const message = error instanceof Error ? error.message : '';
  return /workflow execution already completed|already completed/i.test(message);
}

/** A refused change as the API answers it; the gateway adds alternatives to a no_capacity. */
function changeRefused(refusal: ChangeRefusal | null, message: string): ProblemException {
  const code = refusal?.code ?? 'invalid_transition';
  const detail = refusal?.detail ?? message;
  switch (code) {
    case 'stale_version':
      return fieldProblem('version_mismatch', 'If-Match', detail);
    case 'no_capacity':
    case 'restaurant_closed':
    case 'starts_at_in_past':
      return fieldProblem(code, 'startsAt', detail);
    case 'party_size_out_of_range':
      return fieldProblem(code, 'partySize', detail);
    case 'tables_unavailable':
      return fieldProblem(code, 'tableIds', detail);
    case 'restaurant_not_found':
      return new ProblemException('booking_not_found', detail);
    default:
      return new ProblemException(code, detail);
  }
}
