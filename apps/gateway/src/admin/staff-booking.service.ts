import { Injectable } from '@nestjs/common';
import { staffActor, type StaffPrincipal } from '@tablekeeper/auth';
import { GuestLookupRepository, RestaurantRepository, type GuestMatch } from '@tablekeeper/db';
import { WALK_IN_SEATED_REASON, walkInStart, type BookingSnapshot } from '@tablekeeper/domain';
import { staffCallerOf } from '../bookings/booking-caller';
import { BookingCommandsService } from '../bookings/booking-commands.service';
import { BookingLookup } from '../bookings/booking-lookup.service';
import { BookingPlacementService, type PlaceResult } from '../bookings/booking-placement.service';
import { requestFingerprint } from '../common/idempotency-key';
import { ProblemException } from '../common/problem';
import type { StaffBookingInput, WalkInInput } from './staff-booking.inputs';

const WALK_IN_GUEST = 'Walk-in';

/**
 * Staff's own bookings from the admin UI: a phone booking and a walk-in. Both are placed through
 * the same placement and workflow as every other booking (BookingPlacementService.placeFor), with
 * the member of staff as the actor and a workflow ID scoped to them, so a double submit with the
 * same Idempotency-Key attaches to the first booking.
 */
@Injectable()
export class StaffBookingService {
  constructor(
    private readonly placement: BookingPlacementService,
    private readonly restaurants: RestaurantRepository,
    private readonly commands: BookingCommandsService,
    private readonly lookup: BookingLookup,
    private readonly guests: GuestLookupRepository,
  ) {}

  async phoneBooking(staff: StaffPrincipal, input: StaffBookingInput, key: string): Promise<PlaceResult> {
    const restaurant = await this.restaurantOf(staff);
    const { tableIds, ...request } = input;
    return this.placement.placeFor(
      restaurant,
      { ...this.originOf(staff), channel: 'phone', tableIds },
      request,
      { key, fingerprint: requestFingerprint('POST', '/admin/api/bookings', input) },
      'book',
    );
  }

  /**
   * Seated now: placed at the grid start at or before now (notice does not apply), at the tables
   * staff chose, and checked in by the workflow in the same transaction. A walk-in whose workflow
   * placed it confirmed (started before WALK_IN_SEATED_PATCH, or by a worker without it) is checked
   * in here through the workflow, as before. A retried request answers the booking as it is.
   */
  async walkIn(staff: StaffPrincipal, input: WalkInInput, key: string): Promise<PlaceResult> {
    const restaurant = await this.restaurantOf(staff);
    const fingerprint = requestFingerprint('POST', '/admin/api/walk-ins', input);
    const placed = await this.placement.placeFor(
      restaurant,
      { ...this.originOf(staff), channel: 'walk_in', tableIds: input.tableIds, walkIn: true },
      {
        partySize: input.partySize,
        startsAt: walkInStart(new Date(), restaurant).toISOString(),
        guest: input.guest ?? { name: WALK_IN_GUEST },
        notes: input.notes,
      },
      { key, fingerprint },
      'book',
    );
    if (placed.kind !== 'placed') return placed;
    return { ...placed, booking: await this.seat(staff, placed.booking) };
  }

  searchGuests(staff: StaffPrincipal, text: string): Promise<GuestMatch[]> {
    return this.guests.search(staff.restaurantId, text.trim());
  }

  private async seat(staff: StaffPrincipal, booking: BookingSnapshot): Promise<BookingSnapshot> {
    if (booking.status === 'checked_in') return booking;
    const caller = staffCallerOf(staff);
    const now = await this.lookup.find(caller, booking.id);
    if (now.status === 'checked_in') return { ...booking, status: 'checked_in' };
    return this.commands.send(
      caller,
      booking.id,
      'check_in',
      { actor: caller.actor, reason: WALK_IN_SEATED_REASON },
      {
        updateId: `walk-in:${booking.workflowId}`,
      },
    );
  }

  private originOf(staff: StaffPrincipal) {
    return { scope: `staff:${staff.staffId}`, apiKeyId: null, actor: staffActor(staff), byStaff: true };
  }

  private async restaurantOf(staff: StaffPrincipal) {
    const restaurant = await this.restaurants.findForTenant(staff.restaurantId, [staff.restaurantId]);
    if (!restaurant) throw new ProblemException('restaurant_not_found', 'Your restaurant no longer exists');
    return restaurant;
  }
}
