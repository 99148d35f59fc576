import { Inject, Injectable } from '@nestjs/common';
import type { UpdateDefinition } from '@temporalio/common';
import type { AppConfig } from '../../../../libs/config/src';
import {
  AvailabilityRepository,
  BookingQueryRepository,
  RestaurantRepository,
  type ApiPrincipal,
  type BookingDetails,
} from '../../../../libs/db/src';
import {
  isTerminal,
  localDateTime,
  nearestAlternatives,
  type AvailabilitySlot,
  type BookingMode,
  type BookingSnapshot,
  type HoldRefusalCode,
} from '../../../../libs/domain/src';
import { AvailabilityService } from '../availability/availability.service';
import {
  approveReviewUpdate,
  cancelBookingUpdate,
  checkInUpdate,
  confirmHoldUpdate,
  rejectReviewUpdate,
} from '../../../../temporal/shared/booking.contract';
import { actorOf } from '../auth/principal';
import { ProblemException, fieldProblem, type ProblemCode } from '../common/problem';
import { APP_CONFIG } from '../infrastructure/tokens';
import { BookingWorkflowClient } from './booking-workflow.client';
import type { CreateBookingInput } from './booking.inputs';
import { keyReused, requestFingerprint } from '../common/idempotency-key';
import { bookingIdFor, bookingWorkflowId } from './booking-identity';

export type PlaceResult =
  | { readonly kind: 'placed'; readonly booking: BookingSnapshot; readonly replayed: boolean }
  | { readonly kind: 'pending'; readonly bookingId: string; readonly workflowId: string };

const REFUSALS: Record<HoldRefusalCode, { code: ProblemCode; field: string }> = {
  no_capacity: { code: 'no_capacity', field: 'startsAt' },
  restaurant_closed: { code: 'restaurant_closed', field: 'startsAt' },
  party_size_out_of_range: { code: 'party_size_out_of_range', field: 'partySize' },
  restaurant_not_found: { code: 'restaurant_not_found', field: 'restaurantId' },
};

export type BookingActionKind = 'confirm_hold' | 'cancel' | 'check_in' | 'approve' | 'reject';

/**
 * The rules of the booking API: idempotency, tenancy and the mapping of workflow answers to
 * HTTP. The workflow decides; this service asks it and translates.
 */
@Injectable()
export class BookingService {
  constructor(
    private readonly workflows: BookingWorkflowClient,
    private readonly queries: BookingQueryRepository,
    private readonly restaurants: RestaurantRepository,
    private readonly availability: AvailabilityService,
    private readonly zones: AvailabilityRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async place(
    principal: ApiPrincipal,
    input: CreateBookingInput,
    idempotencyKey: string,
    mode: BookingMode,
    route: string,
  ): Promise<PlaceResult> {
    const fingerprint = requestFingerprint('POST', route, input);

    // The durable anchor: a key that already created a booking answers that booking, for good.
    const earlier = await this.queries.findByIdempotencyKey(principal.apiKeyId, idempotencyKey);
    if (earlier) {
      if (earlier.requestFingerprint !== fingerprint) throw keyReused();
      const booking = await this.queries.findForTenant(earlier.bookingId, principal.restaurantIds);
      if (booking) return { kind: 'placed', booking, replayed: true };
    }

    const restaurant = await this.restaurants.findForTenant(input.restaurantId, principal.restaurantIds);
    if (!restaurant)
      throw fieldProblem('restaurant_not_found', 'restaurantId', 'No such restaurant for this API key');
    if (Date.parse(input.startsAt) <= Date.now()) {
      throw fieldProblem('starts_at_in_past', 'startsAt', 'startsAt must be in the future');
    }
    if (input.partySize < restaurant.minPartySize || input.partySize > restaurant.maxPartySize) {
      throw fieldProblem(
        'party_size_out_of_range',
        'partySize',
        `partySize must be between ${restaurant.minPartySize} and ${restaurant.maxPartySize} at ${restaurant.name}`,
      );
    }

    let seatingPreference: string | undefined;
    if (input.seatingPreference) {
      const zoneNames = await this.zones.zoneNames(restaurant.id);
      seatingPreference = zoneNames.find(
        (z) => z.toLowerCase() === input.seatingPreference!.trim().toLowerCase(),
      );
      if (!seatingPreference) {
        throw fieldProblem(
          'unknown_seating_preference',
          'seatingPreference',
          `seatingPreference must be one of: ${zoneNames.join(', ')}`,
        );
      }
    }

    const workflowId = bookingWorkflowId(principal.apiKeyId, idempotencyKey);
    const bookingId = bookingIdFor(workflowId);
    const answer = await this.workflows.place({
      bookingId,
      workflowId,
      restaurantId: restaurant.id,
      partySize: input.partySize,
      startsAt: new Date(input.startsAt).toISOString(),
      guest: { name: input.guest.name.trim(), phone: input.guest.phone, email: input.guest.email },
      notes: input.notes,
      seatingPreference,
      channel: principal.channel,
      apiKeyId: principal.apiKeyId,
      idempotencyKey,
      requestFingerprint: fingerprint,
      mode,
      actor: actorOf(principal),
    });
    if (answer.outcome === 'pending') return { kind: 'pending', bookingId, workflowId };
    if (answer.requestFingerprint !== fingerprint) throw keyReused();
    if (answer.outcome === 'refused') {
      const refusal = REFUSALS[answer.code];
      const problem = fieldProblem(refusal.code, refusal.field, answer.detail);
      if (answer.code === 'no_capacity' || answer.code === 'restaurant_closed') {
        const alternatives = await this.alternativesTo(
          restaurant.id,
          restaurant.timezone,
          input.startsAt,
          input.partySize,
        );
        Object.assign(problem.extensions, { alternatives });
      }
      throw problem;
    }
    return { kind: 'placed', booking: answer.booking, replayed: false };
  }

  /** The nearest free times of that day, so an agent can offer another time at once. */
  private async alternativesTo(
    restaurantId: string,
    timezone: string,
    startsAt: string,
    partySize: number,
  ): Promise<AvailabilitySlot[]> {
    const wanted = new Date(startsAt);
    const { date } = localDateTime(wanted, timezone);
    const day = await this.availability.day(restaurantId, date, partySize);
    return day ? nearestAlternatives(day.slots, wanted.getTime()) : [];
  }

  async get(principal: ApiPrincipal, bookingId: string): Promise<BookingDetails> {
    const booking = await this.queries.findForTenant(bookingId, principal.restaurantIds);
    if (!booking) throw new ProblemException('booking_not_found', 'No such booking for this API key');
    return booking;
  }

  workflowUrl(workflowId: string): string {
    return `${this.config.temporalUiUrl}/namespaces/${encodeURIComponent(this.config.temporalNamespace)}/workflows/${encodeURIComponent(workflowId)}`;
  }

  async act(
    principal: ApiPrincipal,
    bookingId: string,
    kind: BookingActionKind,
    reason?: string,
  ): Promise<BookingSnapshot> {
    const booking = await this.get(principal, bookingId);
    if (isTerminal(booking.status)) {
      throw new ProblemException(
        'invalid_transition',
        `The booking is ${booking.status}; it can no longer change`,
      );
    }
    const actor = actorOf(principal);
    const send = <A>(update: UpdateDefinition<BookingSnapshot, [A]>, arg: A) =>
      this.workflows.act(booking.workflowId, update, arg);
    switch (kind) {
      case 'confirm_hold':
        return send(confirmHoldUpdate, { actor });
      case 'cancel':
        return send(cancelBookingUpdate, { actor, reason: reason ?? 'cancelled' });
      case 'check_in':
        return send(checkInUpdate, { actor });
      case 'approve':
        return send(approveReviewUpdate, { actor, reason });
      case 'reject':
        return send(rejectReviewUpdate, { actor, reason: reason ?? 'rejected' });
    }
  }
}
