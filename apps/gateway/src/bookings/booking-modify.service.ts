import { Injectable } from '@nestjs/common';
import { AvailabilityRepository, RestaurantRepository } from '@tablekeeper/db';
import {
  localDateTime,
  nearestAlternatives,
  partySizeRefusal,
  type AvailabilitySlot,
  type BookingChanges,
  type BookingSnapshot,
} from '@tablekeeper/domain';
import { AvailabilityService } from '../availability/availability.service';
import { ProblemException, fieldProblem } from '../common/problem';
import type { BookingCaller } from './booking-caller';
import { BookingCommandsService } from './booking-commands.service';
import { BookingLookup } from './booking-lookup.service';
import type { ModifyBookingInput } from './booking.inputs';

export interface ModifyOptions {
  /** The If-Match header as sent, if any. */
  readonly ifMatch?: string;
  /** From the request's Idempotency-Key: a retry attaches to the first change. */
  readonly updateId?: string;
  /** Staff's own change: applied without a review of the change. */
  readonly byStaff: boolean;
  /** Staff moving the party to these tables. */
  readonly tableIds?: readonly string[];
}

/** `"7"`, `W/"7"` or `7` → 7; `*` → any version; anything else is refused. */
export function versionOfIfMatch(ifMatch: string | undefined): number | undefined {
  if (ifMatch === undefined || ifMatch.trim() === '*') return undefined;
  const match = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(ifMatch);
  if (!match) {
    throw fieldProblem(
      'validation_failed',
      'If-Match',
      'If-Match must be an ETag this API gave out, e.g. "3"',
    );
  }
  return Number(match[1]);
}

/** The ETag of a booking: its version, which every change moves. */
export const etagOf = (booking: Pick<BookingSnapshot, 'version'>): string => `"${booking.version}"`;

/**
 * Changing a booking (PATCH /v1/bookings/{id}, the admin's modify and table moves): the request's
 * own checks (party limits, a future time, a known zone) answered at once, then the change goes to
 * the booking's workflow through the one command path. The workflow re-verifies everything under
 * the restaurant's lock; a change that does not fit is answered with alternatives for it.
 */
@Injectable()
export class BookingModifyService {
  constructor(
    private readonly lookup: BookingLookup,
    private readonly commands: BookingCommandsService,
    private readonly restaurants: RestaurantRepository,
    private readonly zones: AvailabilityRepository,
    private readonly availability: AvailabilityService,
  ) {}

  async modify(
    caller: BookingCaller,
    bookingId: string,
    input: ModifyBookingInput,
    options: ModifyOptions,
  ): Promise<BookingSnapshot> {
    const expectedVersion = versionOfIfMatch(options.ifMatch);
    const booking = await this.lookup.find(caller, bookingId);
    if (expectedVersion !== undefined && expectedVersion !== booking.version) {
      throw fieldProblem(
        'version_mismatch',
        'If-Match',
        `The booking is at version ${booking.version}, not ${expectedVersion}; read it again`,
      );
    }
    const changes = await this.changesOf(caller, booking.restaurantId, input, options.tableIds);
    const wanted = {
      startsAt: changes.startsAt ?? booking.startsAt,
      partySize: changes.partySize ?? booking.partySize,
    };
    try {
      return await this.commands.send(
        caller,
        bookingId,
        'modify',
        {
          actor: caller.actor,
          changes,
          ...(expectedVersion === undefined ? {} : { expectedVersion }),
          byStaff: options.byStaff,
        },
        { updateId: options.updateId },
      );
    } catch (error) {
      if (
        error instanceof ProblemException &&
        (error.code === 'no_capacity' || error.code === 'restaurant_closed')
      ) {
        const alternatives = await this.alternativesTo(
          booking.restaurantId,
          wanted.startsAt,
          wanted.partySize,
        );
        Object.assign(error.extensions, { alternatives });
      }
      throw error;
    }
  }

  private async changesOf(
    caller: BookingCaller,
    restaurantId: string,
    input: ModifyBookingInput,
    tableIds: readonly string[] | undefined,
  ): Promise<BookingChanges> {
    const given = Object.entries(input).filter(([, v]) => v !== undefined);
    if (given.length === 0 && !tableIds?.length) {
      throw fieldProblem(
        'validation_failed',
        'body',
        'Say what to change: startsAt, partySize, seatingPreference, notes or guest',
      );
    }
    if (input.startsAt !== undefined && Date.parse(input.startsAt) <= Date.now()) {
      throw fieldProblem('starts_at_in_past', 'startsAt', 'startsAt must be in the future');
    }
    const restaurant = await this.restaurants.findForTenant(restaurantId, caller.restaurantIds);
    if (!restaurant) throw new ProblemException('booking_not_found', caller.notFound);
    if (input.partySize !== undefined) {
      const refused = partySizeRefusal(restaurant, input.partySize);
      if (refused) throw fieldProblem('party_size_out_of_range', 'partySize', refused);
    }
    let seatingPreference = input.seatingPreference;
    if (typeof seatingPreference === 'string') {
      const zoneNames = await this.zones.zoneNames(restaurantId);
      const wanted = seatingPreference.trim().toLowerCase();
      seatingPreference = zoneNames.find((z) => z.toLowerCase() === wanted);
      if (!seatingPreference) {
        throw fieldProblem(
          'unknown_seating_preference',
          'seatingPreference',
          `seatingPreference must be one of: ${zoneNames.join(', ')}`,
        );
      }
    }
    const guest = input.guest
      ? Object.fromEntries(
          Object.entries({
            name: input.guest.name?.trim(),
            phone: input.guest.phone,
            email: input.guest.email,
          }).filter(([, v]) => v !== undefined),
        )
      : undefined;
    return {
      ...(input.startsAt === undefined ? {} : { startsAt: new Date(input.startsAt).toISOString() }),
      ...(input.partySize === undefined ? {} : { partySize: input.partySize }),
      ...(seatingPreference === undefined ? {} : { seatingPreference }),
      ...(input.notes === undefined ? {} : { notes: input.notes }),
      ...(guest && Object.keys(guest).length ? { guest } : {}),
      ...(tableIds?.length ? { tableIds: [...new Set(tableIds)] } : {}),
    };
  }

  /** The nearest free times of the wanted day for the wanted party. */
  private async alternativesTo(
    restaurantId: string,
    startsAt: string,
    partySize: number,
  ): Promise<AvailabilitySlot[]> {
    const restaurant = await this.restaurants.findForTenant(restaurantId, [restaurantId]);
    if (!restaurant) return [];
    const wanted = new Date(startsAt);
    const { date } = localDateTime(wanted, restaurant.timezone);
    const day = await this.availability.day(restaurantId, date, partySize);
    return day ? nearestAlternatives(day.slots, wanted.getTime()) : [];
  }
}
