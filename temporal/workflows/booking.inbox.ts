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
import { canApply, canModify, type BookingAction } from '../../libs/domain/src/booking-status';
import type { BookingSnapshot, PendingChange, SealedGuestData } from '../../libs/domain/src/booking.types';
import { noShowRefusal, type ModifyOutcome } from '../../libs/domain/src/booking-modification';
import { SA_STATUS } from '../shared/booking.contract';
import {
  BOOKING_COMMANDS,
  CHANGE_REFUSED_FAILURE,
  INVALID_TRANSITION_FAILURE,
  type ChangeRefusal,
  bookingStateQuery,
  placeBookingUpdate,
  type BookingCommandArgs,
  type BookingCommandKind,
  type BookingWorkflowInput,
  type BookingWorkflowResult,
  type BookingWorkflowState,
  type PlacementResult,
} from '../shared/booking.contract';
import type {
  ChangeStatusInput,
  DecideChangeInput,
  ModifyBookingInput,
} from '../activities/booking.activities';

/** A request from outside (an update), queued until the story takes it and answers it. */
export interface QueuedCommand {
  readonly kind: BookingCommandKind;
  readonly args: BookingCommandArgs[BookingCommandKind];
  taken: boolean;
  settled: boolean;
  result?: BookingSnapshot;
  refused?: boolean;
  /** Why a change was refused, when it is more than a refused transition (no capacity...). */
  refusal?: ChangeRefusal;
}

export type NextTimer = BookingWorkflowState['nextTimer'];

/** Who makes a status change happen: the changeStatus activity, as the workflow proxies it. */
export type ChangeStatus = (input: ChangeStatusInput) => Promise<BookingSnapshot>;

/** Who changes a placed booking and decides its changes under review: the activities, as proxied. */
export interface BookingChangers {
  readonly modify: (input: ModifyBookingInput) => Promise<ModifyOutcome>;
  readonly decide: (input: DecideChangeInput) => Promise<ModifyOutcome>;
  /** A new change's id, from the workflow's deterministic random source. */
  readonly newId: () => string;
}

function isInvalidTransition(error: unknown): boolean {
  return (
    error instanceof ActivityFailure &&
    error.cause instanceof ApplicationFailure &&
    error.cause.type === INVALID_TRANSITION_FAILURE
  );
}

/** The activity's refusal as the caller hears it: tables taken, or the transition refused. */
function refusalOf(error: unknown): ChangeRefusal {
  const cause = (error as ActivityFailure).cause as ApplicationFailure;
  const details = cause.details?.[0] as { reason?: string } | undefined;
  return {
    code: details?.reason === 'tables_unavailable' ? 'tables_unavailable' : 'invalid_transition',
    detail: cause.message,
  };
}

export class BookingInbox {
  /** The booking as the last change left it; null until the hold answers. */
  booking: BookingSnapshot | null = null;
  /** The first answer to the caller who placed the booking (POST /v1/bookings or /v1/holds). */
  private placement: PlacementResult | null = null;
  /** The hold's finding about the guest, passed on in the placement answer (see PlacementResult). */
  private guestRecognised: boolean | undefined;
  private nextTimer: NextTimer = null;
  private readonly remindersSent: number[] = [];
  private readonly queue: QueuedCommand[] = [];
  private shownStatus: string | undefined;
  /** Set when the workflow runs with BOOKING_CHANGES_PATCH: it takes modify, no-show and their kin. */
  private changers: BookingChangers | null = null;
  /** The change of the booking that waits for staff, if any. */
  pendingChange: PendingChange | null = null;
  /** Until when a no-show may be undone (epoch ms); null: it may not (or is no no-show). */
  private undoNoShowUntil: number | null = null;

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
      ...(this.changers ? { pendingChange: this.pendingChange } : {}),
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
        validator: (args: BookingCommandArgs[K]) => {
          if (!this.accepts(kind, args)) this.refuse(kind);
        },
      },
    );
  }

  private async submit(kind: BookingCommandKind, args: BookingCommandArgs[BookingCommandKind]) {
    const request: QueuedCommand = { kind, args, taken: false, settled: false };
    this.queue.push(request);
    await condition(() => request.settled);
    if (request.refusal) {
      throw ApplicationFailure.nonRetryable(request.refusal.detail, CHANGE_REFUSED_FAILURE, request.refusal);
    }
    if (request.refused) this.refuse(kind);
    return request.result!;
  }

  /** The status shown to the outside: the booking's, or where placement stands before it has one. */
  private status(): BookingWorkflowState['status'] {
    return this.booking?.status ?? (this.placement?.outcome === 'refused' ? 'refused' : 'pending');
  }

  /** Whether the booking, as it is now, takes a request of this kind. */
  accepts(kind: BookingCommandKind, args?: BookingCommandArgs[BookingCommandKind]): boolean {
    if (!this.booking) return false;
    const status = this.booking.status;
    switch (kind) {
      case 'confirm_hold':
        return this.input.mode === 'hold' && status === 'held';
      case 'modify':
        // Staff moving tables of a hold would skip the engine's plan at confirmation: holds move by time.
        return (
          this.changers !== null &&
          canModify(status) &&
          this.pendingChange === null &&
          !(status === 'held' && (args as BookingCommandArgs['modify'] | undefined)?.changes.tableIds?.length)
        );
      case 'approve_change':
      case 'reject_change':
        return this.changers !== null && this.pendingChange !== null && status === 'confirmed';
      case 'mark_no_show':
        return (
          this.changers !== null &&
          canApply('mark_no_show', status) &&
          noShowRefusal(this.booking, Date.now()) === null
        );
      case 'undo_no_show':
        return (
          this.changers !== null &&
          canApply('undo_no_show', status) &&
          this.undoNoShowUntil !== null &&
          Date.now() < this.undoNoShowUntil
        );
      default:
        return canApply(BOOKING_COMMANDS[kind].action!, status);
    }
  }

  private refuse(kind: BookingCommandKind): never {
    const status = this.booking?.status ?? 'pending';
    if (kind === 'modify' && this.pendingChange && this.booking && canModify(this.booking.status)) {
      const refusal: ChangeRefusal = {
        code: 'change_pending',
        detail: 'A change of this booking is waiting for staff; wait for their decision',
      };
      throw ApplicationFailure.nonRetryable(refusal.detail, CHANGE_REFUSED_FAILURE, refusal);
    }
    throw ApplicationFailure.nonRetryable(this.whyRefused(kind, status), INVALID_TRANSITION_FAILURE, {
      action: kind,
      status,
    });
  }

  private whyRefused(kind: BookingCommandKind, status: string): string {
    const plain = `Cannot ${kind.replace(/_/g, ' ')} a booking that is ${status.replace(/_/g, ' ')}`;
    if (this.changers === null || !this.booking) return plain;
    if (kind === 'modify' && status === 'held') return 'A hold moves by time and party, not by table';
    if (kind === 'mark_no_show' && status === 'confirmed') {
      return noShowRefusal(this.booking, Date.now()) ?? plain;
    }
    if (kind === 'undo_no_show' && status === 'no_show') return 'The window to undo this no-show has passed';
    if ((kind === 'approve_change' || kind === 'reject_change') && !this.pendingChange) {
      return 'No change of this booking is waiting for a decision';
    }
    return plain;
  }

  // ── changes of a placed booking (BOOKING_CHANGES_PATCH) ─────────────────────────────────

  /** The workflow runs with the changes patch: modify, staff no-show and its undo are taken. */
  enableChanges(changers: BookingChangers): void {
    this.changers = changers;
  }

  get takesChanges(): boolean {
    return this.changers !== null;
  }

  /** A no-show may be undone until `until` (epoch ms); null closes the window. */
  openUndoWindow(until: number | null): void {
    this.undoNoShowUntil = until;
  }

  /** Applies a modify request; answers its caller with the booking, or with why it was refused. */
  async applyChange(request: QueuedCommand): Promise<void> {
    if (!this.changers || !this.accepts(request.kind, request.args)) return this.answer(request, null);
    const args = request.args as BookingCommandArgs['modify'];
    const outcome = await this.changers.modify({
      bookingId: this.input.bookingId,
      changeId: this.changers.newId(),
      changes: args.changes,
      expectedVersion: args.expectedVersion,
      actor: args.actor,
      byStaff: args.byStaff ?? false,
    });
    this.settleChange(request, outcome);
  }

  /** Staff's decision on the change under review (approve_change / reject_change). */
  async decideChange(request: QueuedCommand): Promise<void> {
    if (!this.accepts(request.kind)) return this.answer(request, null);
    const decision = request.kind === 'approve_change' ? 'approve' : 'reject';
    const { actor, reason, sealedReason } = request.args;
    const outcome = await this.decide(decision, actor, reason, sealedReason);
    this.settleChange(request, outcome);
  }

  /** Decides the change under review (or withdraws it: the booking left confirmed, or time ran out). */
  async decide(
    decision: DecideChangeInput['decision'],
    actor: string,
    reason?: string,
    sealedReason?: SealedGuestData,
  ): Promise<ModifyOutcome | null> {
    if (!this.changers || !this.pendingChange) return null;
    const outcome = await this.changers.decide({
      bookingId: this.input.bookingId,
      changeId: this.pendingChange.id,
      decision,
      actor,
      reason,
      // Only the activity opens it: the workflow passes the reason on without reading it.
      ...(sealedReason ? { sealedReason } : {}),
    });
    if (outcome.ok) this.recordChange(outcome.booking);
    return outcome;
  }

  private settleChange(request: QueuedCommand, outcome: ModifyOutcome | null): void {
    if (!outcome) return this.answer(request, null);
    if (!outcome.ok) {
      request.refusal = { code: outcome.code, detail: outcome.detail };
      return this.answer(request, null);
    }
    this.recordChange(outcome.booking);
    this.answer(request, outcome.booking);
  }

  private recordChange(snapshot: BookingSnapshot): void {
    this.pendingChange = snapshot.pendingChange ?? null;
    this.record(snapshot);
  }

  // ── what the story does with the booking ─────────────────────────────────────────────────

  /** The booking after a change; requests the new status no longer allows are refused. */
  record(snapshot: BookingSnapshot): BookingSnapshot {
    this.booking = snapshot;
    this.refuseStaleRequests();
    return snapshot;
  }

  /** One status change through the changeStatus activity. */
  async change(
    action: BookingAction,
    actor: string,
    reason?: string,
    tableIds?: readonly string[],
    reasonCode?: string,
    sealedReason?: SealedGuestData,
  ) {
    let input: ChangeStatusInput = { bookingId: this.input.bookingId, action, actor, reason };
    if (tableIds?.length) input = { ...input, tableIds };
    if (reasonCode) input = { ...input, reasonCode };
    if (sealedReason) input = { ...input, sealedReason };
    return this.record(await this.changeStatus(input));
  }

  /**
   * One status change by a timer (expiry, review timeout, no-show, completion) through the
   * changeStatus given: a local activity, or the activity task a booking from before
   * TIMER_LOCAL_STEPS_PATCH recorded.
   */
  async changeBy(changeStatus: ChangeStatus, action: BookingAction, actor: string, reason: string) {
    return this.record(await changeStatus({ bookingId: this.input.bookingId, action, actor, reason }));
  }

  /** What the hold found about the booking's guest; it goes out with the placement answer. */
  noteGuestRecognised(recognised: boolean | undefined): void {
    this.guestRecognised = recognised;
  }

  /** Answers the caller who placed the booking with the booking as it is now (placed). */
  answerPlacement(): void {
    this.placement ??= {
      outcome: 'placed',
      requestFingerprint: this.input.requestFingerprint,
      booking: this.booking!,
      ...(this.guestRecognised === undefined ? {} : { guestRecognised: this.guestRecognised }),
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

  remindersSentSoFar(): readonly number[] {
    return this.remindersSent;
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

  /** Applies a cancel / check-in / approve / reject / no-show request and answers its caller. */
  async apply(request: QueuedCommand): Promise<void> {
    const action = BOOKING_COMMANDS[request.kind].action;
    if (action === null || !this.accepts(request.kind)) return this.answer(request, null);
    const { actor, reason, sealedReason } = request.args;
    const tableIds = 'tableIds' in request.args ? request.args.tableIds : undefined;
    const reasonCode = 'reasonCode' in request.args ? request.args.reasonCode : undefined;
    try {
      this.answer(request, await this.change(action, actor, reason, tableIds, reasonCode, sealedReason));
    } catch (error) {
      // The database refused the change (it re-checks the transition table): answer the caller
      // and keep the booking's timers running instead of failing the whole workflow.
      if (!isInvalidTransition(error)) throw error;
      // With the changes patch the caller hears why (a table given away, ...); before it, only
      // that the transition was refused, as the recorded histories expect.
      if (this.changers) request.refusal = refusalOf(error);
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
      if (!request.taken && !request.settled && !this.accepts(request.kind, request.args)) {
        this.answer(request, null);
      }
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
