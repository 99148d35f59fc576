import { Injectable } from '@nestjs/common';
import { staffActor, type StaffPrincipal } from '@tablekeeper/auth';
import { WaitlistRepository, type WaitlistEntrySnapshot } from '@tablekeeper/db';
import {
  InvalidWaitlistTransitionError,
  WAITLIST_STATUSES,
  isTerminalWaitlistStatus,
  type WaitlistStatus,
} from '@tablekeeper/domain';
import { bookingIdFor } from '../bookings/booking-identity';
import { keyReused, requestFingerprint } from '../common/idempotency-key';
import { ProblemException, fieldProblem } from '../common/problem';
import { WaitEstimateOutput } from '../waitlist/wait-estimate.dto';
import { WaitEstimateService } from '../waitlist/wait-estimate.service';
import { WaitlistService } from '../waitlist/waitlist.service';
import type {
  AdminWaitlistQuery,
  AdminWalkInEntryInput,
  RemoveWaitlistEntryInput,
  SeatWaitlistEntryInput,
} from './admin-waitlist.inputs';
import { AdminWaitlistEntryOutput, type AdminWaitlistPageOutput } from './admin-waitlist.outputs';
import { StaffBookingService } from './staff-booking.service';

const NOT_FOUND = 'No such waitlist entry at your restaurant';
const OPEN_STATUSES: readonly WaitlistStatus[] = ['waiting', 'offered'];

/**
 * The host's list (issue 19): wishes and walk-ins in fair order; walk-ins added with a quote,
 * seated through the ordinary walk-in placement, removed, and notified.
 *
 * A walk-in is a plain row, not a workflow: it has no timer of its own (nothing happens to it
 * unless staff act), every change is one guarded transaction with its outbox row
 * (WaitlistRepository.change), and its seating is the booking workflow's own. A wish keeps its
 * workflow: removing one goes through it, so an offer's hold is given back.
 */
@Injectable()
export class AdminWaitlistService {
  constructor(
    private readonly entries: WaitlistRepository,
    private readonly estimates: WaitEstimateService,
    private readonly wishes: WaitlistService,
    private readonly staffBookings: StaffBookingService,
  ) {}

  async list(staff: StaffPrincipal, query: AdminWaitlistQuery): Promise<AdminWaitlistPageOutput> {
    this.restaurantOf(staff, query.restaurantId, 'restaurantId');
    const statuses = query.status ? statusesOf(query.status) : OPEN_STATUSES;
    let after: number | undefined;
    if (query.cursor !== undefined) {
      if (!/^[0-9]{1,15}$/.test(query.cursor))
        throw fieldProblem('validation_failed', 'cursor', 'cursor must be a nextCursor of this list');
      after = Number(query.cursor);
    }
    const page = await this.entries.page(staff.restaurantId, {
      ...(query.kind ? { kind: query.kind } : {}),
      statuses,
      ...(after !== undefined ? { after } : {}),
      limit: query.limit ? Number(query.limit) : 50,
    });
    return {
      items: page.items.map((e) => AdminWaitlistEntryOutput.fromEntry(e)),
      nextCursor: page.nextCursor === null ? null : String(page.nextCursor),
    };
  }

  /**
   * A party at the door joins the queue, quoted the time the floor says it will be seated. Its
   * id comes from the staff member and the Idempotency-Key, so a double submit is one entry.
   */
  async addWalkIn(
    staff: StaffPrincipal,
    input: AdminWalkInEntryInput,
    key: string,
  ): Promise<{ entry: WaitlistEntrySnapshot; estimate: WaitEstimateOutput; replayed: boolean }> {
    const restaurantId = this.restaurantOf(staff, input.restaurantId, 'restaurantId');
    const fingerprint = requestFingerprint('POST', '/admin/api/waitlist/walk-ins', input);
    const workflowId = `walk-in:staff:${staff.staffId}:${key}`;
    const id = bookingIdFor(workflowId);
    const earlier = await this.entries.findForTenant(id, [restaurantId]);
    if (earlier) {
      if ((await this.entries.requestFingerprintOf(id)) !== fingerprint) throw keyReused();
      const quote = await this.estimates.quote([restaurantId], restaurantId, earlier.partySize, {
        aheadOf: earlier.createdOrder,
      });
      return { entry: earlier, estimate: WaitEstimateOutput.from(quote), replayed: true };
    }
    const quote = await this.estimates.quote([restaurantId], restaurantId, input.partySize);
    if (!quote.open) {
      throw new ProblemException(
        'waitlist_closed',
        quote.reason === 'past_last_seating'
          ? 'The party could not be seated before the last seating'
          : 'The restaurant is not open now',
        undefined,
        { reason: quote.reason },
      );
    }
    // The window of a walk-in: from when it joined to its quoted time (never before it joined).
    const now = new Date(
      Math.min(Date.now(), quote.seatAt ? Date.parse(quote.seatAt) : Infinity),
    ).toISOString();
    const entry = await this.entries.create({
      id,
      workflowId,
      restaurantId,
      kind: 'walk_in',
      partySize: input.partySize,
      from: now,
      to: quote.seatAt ?? now,
      guest: {
        name: input.guest.name.trim(),
        ...(input.guest.phone ? { phone: input.guest.phone } : {}),
      },
      ...(input.notes ? { notes: input.notes } : {}),
      channel: 'walk_in',
      apiKeyId: null,
      idempotencyKey: key,
      requestFingerprint: fingerprint,
      ...(quote.seatAt ? { quotedAt: quote.seatAt } : {}),
    });
    return { entry, estimate: WaitEstimateOutput.from(quote), replayed: false };
  }

  /**
   * The walk-in sits down now at the tables staff chose: the ordinary walk-in placement (a booking
   * that starts checked in, POST /admin/api/walk-ins), then the entry is booked with that booking.
   * `key` (the Idempotency-Key, or a fresh one) scopes the placement: a retry of the same request
   * answers the same booking, and a refused seating can be tried again at other tables.
   */
  async seat(
    staff: StaffPrincipal,
    id: string,
    input: SeatWaitlistEntryInput,
    key: string,
  ): Promise<WaitlistEntrySnapshot> {
    const entry = await this.entryOf(staff, id);
    if (entry.kind !== 'walk_in')
      throw new ProblemException('not_a_walk_in', 'A wish is offered a table, not seated from the list');
    if (entry.status === 'booked' && entry.bookingId) return entry;
    if (entry.status !== 'waiting')
      throw new ProblemException('invalid_transition', `The entry is ${entry.status}; it cannot be seated`);
    const placed = await this.staffBookings.walkIn(
      staff,
      {
        partySize: entry.partySize,
        tableIds: input.tableIds,
        guest: { name: entry.guest.name, ...(entry.guest.phone ? { phone: entry.guest.phone } : {}) },
        ...(entry.notes ? { notes: entry.notes } : {}),
      },
      `waitlist-seat:${entry.id}:${key}`,
    );
    if (placed.kind !== 'placed') {
      throw Object.assign(
        new ProblemException(
          'workflow_engine_unavailable',
          'The seating is still being placed; retry with the same Idempotency-Key',
        ),
        { retryAfterSeconds: 2 },
      );
    }
    return this.change(() =>
      this.entries.change({
        entryId: entry.id,
        action: 'seat',
        actor: staffActor(staff),
        bookingId: placed.booking.id,
      }),
    );
  }

  /** Off the list: a walk-in's row directly, a wish through its workflow (an offer's hold goes back). */
  async remove(
    staff: StaffPrincipal,
    id: string,
    input: RemoveWaitlistEntryInput,
  ): Promise<WaitlistEntrySnapshot> {
    const entry = await this.entryOf(staff, id);
    const reason = input.reason?.trim();
    if (entry.kind === 'wish') return this.wishes.leave(entry, staffActor(staff), 'remove', reason);
    // As a wish's workflow does: a finished entry refuses (the repository would answer a replay).
    if (isTerminalWaitlistStatus(entry.status))
      throw new ProblemException('invalid_transition', `The entry is already ${entry.status}`);
    return this.change(() =>
      this.entries.change({
        entryId: entry.id,
        action: 'remove',
        actor: staffActor(staff),
        ...(reason ? { reason } : {}),
      }),
    );
  }

  /** Tell the guest (waitlist.notified, for the restaurant's SMS integration), and record it. */
  async notify(staff: StaffPrincipal, id: string): Promise<WaitlistEntrySnapshot> {
    const entry = await this.entryOf(staff, id);
    return this.change(() => this.entries.notify({ entryId: entry.id, actor: staffActor(staff) }));
  }

  private async entryOf(staff: StaffPrincipal, id: string): Promise<WaitlistEntrySnapshot> {
    const entry = await this.entries.findForTenant(id, [staff.restaurantId]);
    if (!entry) throw new ProblemException('waitlist_entry_not_found', NOT_FOUND);
    return entry;
  }

  private restaurantOf(staff: StaffPrincipal, restaurantId: string | undefined, field: string): string {
    if (restaurantId !== undefined && restaurantId !== staff.restaurantId)
      throw fieldProblem('restaurant_not_found', field, 'No such restaurant for your account');
    return staff.restaurantId;
  }

  private async change(send: () => Promise<WaitlistEntrySnapshot>): Promise<WaitlistEntrySnapshot> {
    try {
      return await send();
    } catch (error) {
      if (error instanceof InvalidWaitlistTransitionError)
        throw new ProblemException(
          'invalid_transition',
          `The entry is ${error.status}; it cannot ${error.action}`,
        );
      throw error;
    }
  }
}

function statusesOf(raw: string): WaitlistStatus[] {
  const statuses = raw.split(',').map((s) => s.trim());
  for (const s of statuses) {
    if (!(WAITLIST_STATUSES as readonly string[]).includes(s))
      throw fieldProblem(
        'validation_failed',
        'status',
        `status must be a comma-separated list of: ${WAITLIST_STATUSES.join(', ')}`,
      );
  }
  return statuses as WaitlistStatus[];
}
