import { Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { RestaurantRepository, type BookingDetails, type ManageTokenGrant } from '@tablekeeper/db';
import type { BookingCaller } from '../bookings/booking-caller';
import { BookingCommandsService } from '../bookings/booking-commands.service';
import { BookingLookup } from '../bookings/booking-lookup.service';
import { BookingModifyService } from '../bookings/booking-modify.service';
import { ProblemException } from '../common/problem';
import { clientAddress } from '../guest/client-address';
import { LiveHoldLimiter } from '../guest/live-holds';
import { ManageLinks } from '../guest/manage-links';
import type { ConfirmHoldAsGuestInput, GuestChangeBookingInput } from './manage.inputs';
import { ManagedBookingOutput } from './manage.outputs';

/** How a guest appears in their booking's history. */
export const GUEST_ACTOR = 'guest:manage-link';

type Action = 'view' | 'cancel' | 'modify' | 'confirm';

/**
 * A guest acting on their own booking through its manage link: the token stands in for a caller
 * of exactly one booking (in its restaurant), and every change goes through the same command
 * path as staff and agents (BookingCommandsService, BookingModifyService). Every use is recorded
 * with its outcome.
 */
@Injectable()
export class ManageService {
  constructor(
    private readonly links: ManageLinks,
    private readonly lookup: BookingLookup,
    private readonly commands: BookingCommandsService,
    private readonly modifier: BookingModifyService,
    private readonly restaurants: RestaurantRepository,
    private readonly liveHolds: LiveHoldLimiter,
  ) {}

  view(token: string): Promise<ManagedBookingOutput> {
    return this.use(token, 'view', async (_grant, caller, booking) => this.output(caller, booking));
  }

  cancel(token: string, key: string | undefined): Promise<ManagedBookingOutput> {
    return this.use(token, 'cancel', async (grant, caller, booking) => {
      // A retried cancel of a cancelled booking answers it as it is: the guest's wish is met.
      if (booking.status !== 'cancelled') {
        await this.commands.send(
          caller,
          booking.id,
          'cancel',
          { actor: caller.actor, reason: 'cancelled by the guest', reasonCode: 'guest_request' },
          { updateId: key && `manage-cancel:${grant.id}:${key}` },
        );
      }
      return this.output(caller, await this.lookup.find(caller, booking.id));
    });
  }

  change(
    token: string,
    input: GuestChangeBookingInput,
    key: string | undefined,
  ): Promise<ManagedBookingOutput> {
    return this.use(token, 'modify', async (grant, caller, booking) => {
      await this.modifier.modify(caller, booking.id, input, {
        updateId: key && `manage-modify:${grant.id}:${key}`,
        byStaff: false,
      });
      return this.output(caller, await this.lookup.find(caller, booking.id));
    });
  }

  /** The widget's hold, with the guest's details, placed: confirmed or under review. */
  confirm(
    token: string,
    input: ConfirmHoldAsGuestInput,
    key: string | undefined,
    request: FastifyRequest,
  ): Promise<ManagedBookingOutput> {
    return this.use(token, 'confirm', async (grant, caller, booking) => {
      // A retry after the first confirm went through finds it placed, and answers that.
      if (booking.status === 'held') {
        await this.modifier.modify(
          caller,
          booking.id,
          {
            guest: { name: input.guest.name.trim(), phone: input.guest.phone, email: input.guest.email },
            ...(input.notes === undefined ? {} : { notes: input.notes }),
          },
          { updateId: key && `manage-guest:${grant.id}:${key}`, byStaff: false },
        );
        await this.commands.send(
          caller,
          booking.id,
          'confirm_hold',
          { actor: caller.actor },
          { updateId: key && `manage-confirm:${grant.id}:${key}` },
        );
        await this.liveHolds.release(clientAddress(request), booking.id);
      } else if (booking.status === 'expired' || booking.status === 'cancelled') {
        throw new ProblemException('invalid_transition', `The hold is ${booking.status}; hold a time again`);
      }
      return this.output(caller, await this.lookup.find(caller, booking.id));
    });
  }

  private async use(
    token: string,
    action: Action,
    act: (
      grant: ManageTokenGrant,
      caller: BookingCaller,
      booking: BookingDetails,
    ) => Promise<ManagedBookingOutput>,
  ): Promise<ManagedBookingOutput> {
    const grant = await this.links.resolve(token);
    const caller: BookingCaller = {
      restaurantIds: [grant.restaurantId],
      actor: GUEST_ACTOR,
      notFound: 'This booking link is not valid',
    };
    try {
      const answer = await act(grant, caller, await this.lookup.find(caller, grant.bookingId));
      await this.links.recordUse(grant, action, 'ok');
      return answer;
    } catch (error) {
      const outcome = error instanceof ProblemException ? error.code : 'error';
      await this.links.recordUse(grant, action, outcome).catch(() => undefined);
      throw error;
    }
  }

  private async output(caller: BookingCaller, booking: BookingDetails): Promise<ManagedBookingOutput> {
    const restaurant = await this.restaurants.findForTenant(booking.restaurantId, caller.restaurantIds);
    if (!restaurant) throw new ProblemException('manage_link_invalid', caller.notFound);
    return ManagedBookingOutput.of(booking, {
      id: booking.restaurantId,
      name: restaurant.name,
      timezone: restaurant.timezone,
    });
  }
}
