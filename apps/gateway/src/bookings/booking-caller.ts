import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { actorOf, staffActor, type ApiPrincipal, type StaffPrincipal } from '@tablekeeper/auth';
import { staffOf } from '../admin/staff-session';
import { principalOf } from '../auth/principal';
import { uuidOrNotFound } from '../common/id.pipes';

/**
 * Whoever reads or changes a booking, as the booking services need them: the restaurants they act
 * for, how they appear in the booking's history, and how a booking they cannot see is refused
 * (in their own terms: an API key's, or a member of staff's).
 */
export interface BookingCaller {
  readonly restaurantIds: readonly string[];
  readonly actor: string;
  readonly notFound: string;
  /**
   * Staff, and the restaurant's own systems (API keys with the `admin` scope, which may change its
   * setup too), may cancel after the cancellation cutoff (recorded as late); guests, their manage
   * links and partners' API keys may not. Absent means the cutoff holds.
   */
  readonly mayCancelLate?: boolean;
}

export const API_KEY_BOOKING_NOT_FOUND = 'No such booking for this API key';
export const STAFF_BOOKING_NOT_FOUND = 'No such booking at your restaurant';

/** A booking id in the path of an API-key route. */
export const BookingIdPipe = uuidOrNotFound('booking_not_found', API_KEY_BOOKING_NOT_FOUND);
/** A booking id in the path of an admin route. */
export const StaffBookingIdPipe = uuidOrNotFound('booking_not_found', STAFF_BOOKING_NOT_FOUND);

export function apiKeyCallerOf(principal: ApiPrincipal): BookingCaller {
  return {
    restaurantIds: principal.restaurantIds,
    actor: actorOf(principal),
    notFound: API_KEY_BOOKING_NOT_FOUND,
    ...(principal.scopes.includes('admin') ? { mayCancelLate: true } : {}),
  };
}

export function staffCallerOf(staff: StaffPrincipal): BookingCaller {
  return {
    restaurantIds: [staff.restaurantId],
    actor: staffActor(staff),
    notFound: STAFF_BOOKING_NOT_FOUND,
    mayCancelLate: true,
  };
}

/** The API key of the request, as a booking caller (routes behind the API key guard). */
export const ApiKeyCaller = createParamDecorator((_data: unknown, context: ExecutionContext) =>
  apiKeyCallerOf(principalOf(context)),
);

/** The signed-in member of staff, as a booking caller (routes behind the staff session guard). */
export const StaffCaller = createParamDecorator((_data: unknown, context: ExecutionContext) =>
  staffCallerOf(staffOf(context)),
);
