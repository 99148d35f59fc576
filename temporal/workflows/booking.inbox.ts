/**
 * The booking workflow's request handling, beside the story it serves: the query, the updates
 * (registered from the contract's one command map), the queue they wait in, their answers, and
 * the status the Temporal UI filters on. Handlers only queue a request and wait for its answer;
 * the story (booking.workflow.ts) decides when a request is taken, so only the story changes the
 * booking, one change at a time.
 *
 * Deterministic code only, like the workflow itself.
 */
import {
  ActivityFailure,
  ApplicationFailure,
  allHandlersFinished,
  condition,
  setHandler,
  upsertSearchAttributes,
} from '@temporalio/workflow';
import type { UpdateDefinition } from '@temporalio/common';
import { canApply, type BookingAction } from '../../libs/domain/src/booking-status';
import type { BookingSnapshot } from '../../libs/domain/src/booking.types';
import { SA_STATUS } from '../shared/booking.contract';
import {
  BOOKING_COMMANDS,
  INVALID_TRANSITION_FAILURE,
  bookingStateQuery,
  placeBookingUpdate,
  type BookingCommandArgs,
  type BookingCommandKind,
  type BookingWorkflowInput,
  type BookingWorkflowResult,
  type BookingWorkflowState,
  type PlacementResult,
} from '../shared/booking.contract';
import type { ChangeStatusInput } from '../activities/booking.activities';

/** A request from outside (an update), queued until the story takes it and answers it. */
export interface QueuedCommand {
  readonly kind: BookingCommandKind;
  readonly args: BookingCommandArgs[BookingCommandKind];
  taken: boolean;
  settled: boolean;
  result?: BookingSnapshot;
  refused?: boolean;
}

export type NextTimer = BookingWorkflowState['nextTimer'];

/** Who makes a status change happen: the changeStatus activity, as the workflow proxies it. */
export type ChangeStatus = (input: ChangeStatusInput) => Promise<BookingSnapshot>;

function isInvalidTransition(error: unknown): boolean {
  return (
    error instanceof ActivityFailure &&
    error.cause instanceof ApplicationFailure &&
    error.cause.type === INVALID_TRANSITION_FAILURE
  );
}

export class BookingInbox {
  /** The booking as the last change left it; null until the hold answers. */
  booking: BookingSnapshot | null = null;
  /** The first answer to the caller who placed the booking (POST /v1/bookings or /v1/holds). */
  private placement: PlacementResult | null = null;
  private nextTimer: NextTimer = null;
  private readonly remindersSent: number[] = [];
  private readonly queue: QueuedCommand[] = [];
  private shownStatus: string | undefined;

  constructor(
    private readonly input: BookingWorkflowInput,
    private readonly changeStatus: ChangeStatus,
  ) {
    setHandler(bookingStateQuery, () => ({
      bookingId: input.bookingId,
      status: this.status(),
      booking: this.booking,
      nextTimer: this.nextTimer,
      remindersSent: [...this.remindersSent],
    }));
    setHandler(placeBookingUpdate, async () => {
      await condition(() => this.placement !== null);
      return this.placement!;
    });
    for (const kind of Object.keys(BOOKING_COMMANDS) as BookingCommandKind[]) this.handle(kind);
  }

  private handle<K extends BookingCommandKind>(kind: K): void {
    type Update = UpdateDefinition<BookingSnapshot, [BookingCommandArgs[K]]>;
    const update: Update = BOOKING_COMMANDS[kind].update;
    setHandler<BookingSnapshot, [BookingCommandArgs[K]], Update>(
      update,
      (args: BookingCommandArgs[K]) => this.submit(kind, args),
      {
        // Validators run before an update is written to history: a refused request leaves no trace.
        validator: () => {
          if (!this.accepts(kind)) this.refuse(kind);
        },
      },
    );
  }

  private async submit(kind: BookingCommandKind, args: BookingCommandArgs[BookingCommandKind]) {
    const request: QueuedCommand = { kind, args, taken: false, settled: false };
    this.queue.push(request);
    await condition(() => request.settled);
    if (request.refused) this.refuse(kind);
    return request.result!;
  }

  /** The status shown to the outside: the booking's, or where placement stands before it has one. */
  private status(): BookingWorkflowState['status'] {
    return this.booking?.status ?? (this.placement?.outcome === 'refused' ? 'refused' : 'pending');
  }

  /** Whether the booking, as it is now, takes a request of this kind. */
  accepts(kind: BookingCommandKind): boolean {
    if (!this.booking) return false;
    if (kind === 'confirm_hold') return this.input.mode === 'hold' && this.booking.status === 'held';
    return canApply(BOOKING_COMMANDS[kind].action!, this.booking.status);
  }

  private refuse(kind: BookingCommandKind): never {
    const status = this.booking?.status ?? 'pending';
    throw ApplicationFailure.nonRetryable(
      `Cannot ${kind.replace(/_/g, ' ')} a booking that is ${status.replace(/_/g, ' ')}`,
      INVALID_TRANSITION_FAILURE,
      { action: kind, status },
    );
  }

  // ── what the story does with the booking ─────────────────────────────────────────────────

  /** The booking after a change; requests the new status no longer allows are refused. */
  record(snapshot: BookingSnapshot): BookingSnapshot {
    this.booking = snapshot;
    this.refuseStaleRequests();
    return snapshot;
  }

  /** One status change through the changeStatus activity. */
  async change(action: BookingAction, actor: string, reason?: string, tableIds?: readonly string[]) {
    const input: ChangeStatusInput = { bookingId: this.input.bookingId, action, actor, reason };
    return this.record(await this.changeStatus(tableIds?.length ? { ...input, tableIds } : input));
  }

  /** Answers the caller who placed the booking with the booking as it is now (placed). */
  answerPlacement(): void {
    this.placement ??= {
      outcome: 'placed',
      requestFingerprint: this.input.requestFingerprint,
      booking: this.booking!,
    };
  }

  /** Answers the caller who placed the booking with the hold's refusal. */
  refusePlacement(refusal: {
    readonly code: Extract<PlacementResult, { outcome: 'refused' }>['code'];
    readonly detail: string;
  }): void {
    const { code, detail } = refusal;
    this.placement = { outcome: 'refused', requestFingerprint: this.input.requestFingerprint, code, detail };
  }

  /** Which timer the booking waits for next, for the state query. */
  waitingFor(timer: NextTimer): void {
    this.nextTimer = timer;
  }

  reminderSent(leadSeconds: number): void {
    this.remindersSent.push(leadSeconds);
  }

  /**
   * Waits for a request of one of `kinds` until `deadline` (epoch ms; null: no deadline) and takes
   * it; undefined when time ran out. The booking comes to rest here, so its status is shown.
   */
  async next(
    kinds: readonly BookingCommandKind[],
    deadline: number | null,
  ): Promise<QueuedCommand | undefined> {
    const pending = () => this.queue.find((r) => !r.taken && !r.settled && kinds.includes(r.kind));
    this.showStatusAtRest();
    if (deadline === null) await condition(() => pending() !== undefined);
    else {
      const wait = deadline - Date.now();
      if (wait > 0) await condition(() => pending() !== undefined, wait);
    }
    const request = pending();
    if (request) request.taken = true;
    return request;
  }

  /** Takes a cancel request that is waiting, if the booking still takes one. */
  takeCancel(): QueuedCommand | undefined {
    const cancel = this.queue.find((r) => !r.taken && !r.settled && r.kind === 'cancel');
    if (!cancel || !this.accepts('cancel')) return undefined;
    cancel.taken = true;
    return cancel;
  }

  /** Applies a cancel / check-in / approve / reject request and answers its caller. */
  async apply(request: QueuedCommand): Promise<void> {
    const action = BOOKING_COMMANDS[request.kind].action;
    if (action === null || !this.accepts(request.kind)) return this.answer(request, null);
    const { actor, reason } = request.args;
    const tableIds = 'tableIds' in request.args ? request.args.tableIds : undefined;
    try {
      this.answer(request, await this.change(action, actor, reason, tableIds));
    } catch (error) {
      // The database refused the change (it re-checks the transition table): answer the caller
      // and keep the booking's timers running instead of failing the whole workflow.
      if (!isInvalidTransition(error)) throw error;
      this.answer(request, null);
    }
  }

  /** Answers a request with the booking, or (null) with a refusal. */
  answer(request: QueuedCommand, result: BookingSnapshot | null): void {
    request.taken = true;
    request.settled = true;
    request.result = result ?? undefined;
    request.refused = result === null;
  }

  /** The workflow's result once the booking's story has ended; every request is answered first. */
  async close(): Promise<BookingWorkflowResult> {
    this.nextTimer = null;
    this.refuseStaleRequests();
    this.showStatusAtRest();
    await condition(allHandlersFinished);
    return { placement: this.placement, booking: this.booking };
  }

  private refuseStaleRequests(): void {
    for (const request of this.queue) {
      if (!request.taken && !request.settled && !this.accepts(request.kind)) this.answer(request, null);
    }
  }

  /**
   * What the Temporal UI filters on is the status the booking rests in, published when the story
   * comes to wait or ends: every upsert is a visibility write on the server, and nobody can act on
   * a status that lasts milliseconds (a placement step).
   */
  private showStatusAtRest(): void {
    const status = this.status();
    if (status === 'pending' || status === this.shownStatus) return;
    upsertSearchAttributes([{ key: SA_STATUS, value: status }]);
    this.shownStatus = status;
  }
}
