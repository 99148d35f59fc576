import { Injectable } from '@nestjs/common';
import { actorOf, type ApiPrincipal } from '@tablekeeper/auth';
import {
  AvailabilityRepository,
  BookingQueryRepository,
  GuestLookupRepository,
  RestaurantRepository,
  type RestaurantBookingRules,
} from '@tablekeeper/db';
import {
  bookingTimeRefusal,
  localDateTime,
  nearestAlternatives,
  partySizeRefusal,
  waitlistSuggestion,
  type AvailabilitySlot,
  type BookingMode,
  type BookingSnapshot,
  type GuestProfileHints,
  type Channel,
  type HoldRefusalCode,
} from '@tablekeeper/domain';
import { AvailabilityService } from '../availability/availability.service';
import { keyReused } from '../common/idempotency-key';
import { ProblemException, fieldProblem, type ProblemCode } from '../common/problem';
import type { RequestIdempotency } from '../common/request-idempotency';
import { bookingIdFor, bookingWorkflowId } from './booking-identity';
import { BookingWorkflowClient } from './booking-workflow.client';
import type { CreateBookingInput } from './booking.inputs';

export type PlaceResult =
  | {
      readonly kind: 'placed';
      readonly booking: BookingSnapshot;
      readonly replayed: boolean;
      /** The booking went to a guest the restaurant already knew (by phone or e-mail). */
      readonly guestRecognised: boolean;
    }
  | { readonly kind: 'pending'; readonly bookingId: string; readonly workflowId: string };

const REFUSALS: Record<HoldRefusalCode, { code: ProblemCode; field: string }> = {
  no_capacity: { code: 'no_capacity', field: 'startsAt' },
  restaurant_closed: { code: 'restaurant_closed', field: 'startsAt' },
  closed_on_date: { code: 'closed_on_date', field: 'startsAt' },
  beyond_booking_window: { code: 'beyond_booking_window', field: 'startsAt' },
  off_grid_start_time: { code: 'off_grid_start_time', field: 'startsAt' },
  starts_at_in_past: { code: 'starts_at_in_past', field: 'startsAt' },
  insufficient_notice: { code: 'insufficient_notice', field: 'startsAt' },
  party_size_out_of_range: { code: 'party_size_out_of_range', field: 'partySize' },
  restaurant_not_found: { code: 'restaurant_not_found', field: 'restaurantId' },
  tables_unavailable: { code: 'tables_unavailable', field: 'tableIds' },
};

/** Who places the booking and how it is told apart from everyone else's (the workflow ID's scope). */
export interface PlacementOrigin {
  /** `apiKeyId` for API keys, `staff:<staffId>` for staff: one workflow per (scope, key). */
  readonly scope: string;
  readonly apiKeyId: string | null;
  readonly channel: Channel;
  readonly actor: string;
  /** Staff's own booking: confirmed without review, at `tableIds` when given. */
  readonly byStaff?: boolean;
  readonly tableIds?: readonly string[];
  /** A walk-in starts now: the notice (and "in the past") rules do not apply to it. */
  readonly walkIn?: boolean;
  /** A hold's TTL is at most this (a publishable key's short widget holds). */
  readonly maxHoldSeconds?: number;
}

/**
 * Placing a booking or a hold: the durable side of idempotency, tenancy, the request's checks
 * and the mapping of the workflow's first answer to HTTP. The workflow decides; this service asks
 * it and translates.
 */
@Injectable()
export class BookingPlacementService {
  constructor(
    private readonly workflows: BookingWorkflowClient,
    private readonly queries: BookingQueryRepository,
    private readonly restaurants: RestaurantRepository,
    private readonly availability: AvailabilityService,
    private readonly zones: AvailabilityRepository,
    private readonly guests: GuestLookupRepository,
  ) {}

  async place(
    principal: ApiPrincipal,
    input: CreateBookingInput,
    idempotency: RequestIdempotency,
    mode: BookingMode,
  ): Promise<PlaceResult> {
    const { key: idempotencyKey, fingerprint } = idempotency;

    // The durable anchor: a key that already created a booking answers that booking, for good.
    const earlier = await this.queries.findByIdempotencyKey(principal.apiKeyId, idempotencyKey);
    if (earlier) {
      if (earlier.requestFingerprint !== fingerprint) throw keyReused();
      const booking = await this.queries.findForTenant(earlier.bookingId, principal.restaurantIds);
      if (booking) {
        const guestRecognised = await this.guests.guestRecognised(booking.id);
        return { kind: 'placed', booking, replayed: true, guestRecognised };
      }
    }

    const restaurant = await this.restaurants.findForTenant(input.restaurantId, principal.restaurantIds);
    if (!restaurant)
      throw fieldProblem('restaurant_not_found', 'restaurantId', 'No such restaurant for this API key');
    if (!restaurant.bookingChannels.includes(principal.channel)) {
      throw new ProblemException(
        'channel_not_enabled',
        `${restaurant.name} does not take bookings from the ${principal.channel} channel`,
      );
    }
    return this.placeFor(
      restaurant,
      {
        scope: principal.apiKeyId,
        apiKeyId: principal.apiKeyId,
        channel: principal.channel,
        actor: actorOf(principal),
        ...(principal.holdTtlSeconds === null ? {} : { maxHoldSeconds: principal.holdTtlSeconds }),
      },
      input,
      idempotency,
      mode,
    );
  }

  /**
   * The placement every caller shares once it knows the restaurant: the request's rules of time and
   * party, the seating preference, the workflow's first answer and its refusals as problems. Staff
   * bookings (admin UI) come in here too, so they go through the same workflow as every other.
   */
  async placeFor(
    restaurant: RestaurantBookingRules,
    origin: PlacementOrigin,
    input: Omit<CreateBookingInput, 'restaurantId'>,
    idempotency: RequestIdempotency,
    mode: BookingMode,
  ): Promise<PlaceResult> {
    const { key: idempotencyKey, fingerprint } = idempotency;
    // The restaurant's rules of time (notice, window, grid) from the row read above: no extra
    // round trip, and no workflow for a time the restaurant would never take.
    const timeRefused = bookingTimeRefusal(restaurant, new Date(input.startsAt), new Date(), {
      checkNotice: !origin.walkIn,
    });
    if (timeRefused) throw fieldProblem(timeRefused.code, 'startsAt', timeRefused.detail);
    const partySizeRefused = partySizeRefusal(restaurant, input.partySize);
    if (partySizeRefused) throw fieldProblem('party_size_out_of_range', 'partySize', partySizeRefused);

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

    const workflowId = bookingWorkflowId(origin.scope, idempotencyKey);
    const bookingId = bookingIdFor(workflowId);
    const answer = await this.workflows.place({
      bookingId,
      workflowId,
      restaurantId: restaurant.id,
      partySize: input.partySize,
      startsAt: new Date(input.startsAt).toISOString(),
      guest: { name: input.guest.name.trim(), phone: input.guest.phone, email: input.guest.email },
      notes: input.notes,
      guestProfile: guestProfileOf(input),
      seatingPreference,
      channel: origin.channel,
      apiKeyId: origin.apiKeyId,
      idempotencyKey,
      requestFingerprint: fingerprint,
      mode,
      actor: origin.actor,
      ...(origin.maxHoldSeconds === undefined ? {} : { maxHoldSeconds: origin.maxHoldSeconds }),
      ...(origin.byStaff ? { byStaff: true } : {}),
      ...(origin.tableIds?.length ? { tableIds: [...origin.tableIds] } : {}),
      ...(origin.walkIn ? { walkIn: true } : {}),
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
      if (answer.code === 'no_capacity') {
        // The demand is kept, not lost: a body for POST /v1/waitlist around the refused time.
        const request = { restaurantId: restaurant.id, partySize: input.partySize, startsAt: input.startsAt };
        Object.assign(problem.extensions, {
          waitlist: { ...waitlistSuggestion(request, Date.now()), guest: { name: input.guest.name.trim() } },
        });
      }
      throw problem;
    }
    // Answers of workflows started before the hold passed it on lack it: those ask Postgres.
    const guestRecognised = answer.guestRecognised ?? (await this.guests.guestRecognised(bookingId));
    return { kind: 'placed', booking: answer.booking, replayed: false, guestRecognised };
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
}

/** What the booking tells of its guest's profile; absent when it tells nothing. */
function guestProfileOf(input: Pick<CreateBookingInput, 'guest'>): GuestProfileHints | undefined {
  const { language, marketingConsent, allergens, dietaryNotes } = input.guest;
  const profile: GuestProfileHints = {
    ...(language === undefined ? {} : { language }),
    ...(marketingConsent === undefined ? {} : { marketingConsent }),
    ...(allergens === undefined || allergens.length === 0 ? {} : { allergens: [...new Set(allergens)] }),
    ...(dietaryNotes === undefined ? {} : { dietaryNotes: dietaryNotes.trim() }),
  };
  return Object.keys(profile).length > 0 ? profile : undefined;
}
