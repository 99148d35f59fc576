import { Injectable } from '@nestjs/common';
import { BookingModifyService } from '../../bookings/booking-modify.service';
import { BookingOutput } from '../../bookings/booking.outputs';
import { BookingWords } from '../booking-words';
import { ARGUMENT_WORDS, type McpTool, type ToolAnswer, type ToolCall } from '../mcp-tool';
import { ModifyBookingArgs } from '../tool-args';
import { ToolIdempotency, isFinalRefusal, type EquivalentRequest } from '../tool-idempotency';
import { BOOKING_CHANGE_SCHEMA, type BookingChangeOutput } from '../tool-outputs';

/** What PATCH /v1/bookings/{id} would carry as its body for these arguments. */
function patchBody(args: ModifyBookingArgs): object {
  const { bookingId: _id, requestId: _request, expectedVersion: _version, ...changes } = args;
  return changes;
}

/**
 * Moving a booking (REST: PATCH /v1/bookings/{id}) through the same modify service: the new time
 * and tables are held and re-verified before the old ones are let go, so a change that does not
 * fit leaves the booking exactly as it was. A request_id is the REST Idempotency-Key, and the
 * workflow update is named after it, so a retry never applies the change twice.
 */
@Injectable()
export class ModifyBookingTool implements McpTool<ModifyBookingArgs> {
  readonly name = 'modify_booking';
  readonly title = 'Change a booking (time, party size, seating, notes, contact)';
  readonly description =
    'Moves a booking to another time and/or party size, or changes its seating preference, notes or ' +
    'guest contact, keeping the same booking id. The new time is checked and held before the old one is ' +
    'released: when it does not fit the answer is a no_capacity refusal with the nearest free times and ' +
    'the booking stays exactly as it was (offer those times, then call again with the chosen starts_at). ' +
    'A party grown beyond what the restaurant confirms on its own leaves the booking as it was with the ' +
    'change waiting for staff (booking.pendingChange); tell the guest the restaurant will confirm. ' +
    'Refused with invalid_transition once the guest is seated or the booking is finished or cancelled. ' +
    'Pass expected_version (the version get_booking answered) to refuse with version_mismatch if someone ' +
    'else changed the booking since.';
  readonly scope = 'bookings:write' as const;
  readonly budget = 'writes' as const;
  readonly annotations = {
    readOnlyHint: false,
    destructiveHint: false,
    idempotentHint: true,
    openWorldHint: false,
  };
  readonly args = ModifyBookingArgs;
  readonly argumentDescriptions = {
    booking_id: ARGUMENT_WORDS.booking_id,
    starts_at: `The new time; leave out to keep it. ${ARGUMENT_WORDS.starts_at}`,
    party_size: `The new number of guests, including children; leave out to keep it.`,
    seating_preference: 'A zone the restaurant offers (see get_restaurant), or null to drop the preference.',
    notes: 'Replaces the booking notes (null clears them).',
    guest: 'New contact details; only the fields given change.',
    expected_version:
      'Optional: the booking version you last read (get_booking); a newer booking is not changed.',
    request_id: ARGUMENT_WORDS.request_id,
  };
  readonly outputSchema = BOOKING_CHANGE_SCHEMA;

  constructor(
    private readonly modifier: BookingModifyService,
    private readonly idempotency: ToolIdempotency,
    private readonly words: BookingWords,
  ) {}

  async run(args: ModifyBookingArgs, call: ToolCall): Promise<ToolAnswer> {
    const request: EquivalentRequest = {
      method: 'PATCH',
      route: `/v1/bookings/${args.bookingId}`,
      body: patchBody(args),
    };
    const identity = call.keys.identity(this.name, request, args.requestId);
    let outcome: { value: BookingChangeOutput; replayed: boolean };
    try {
      outcome = await this.idempotency.run(call.principal.apiKeyId, identity, async () => {
        const booking = await this.modifier.modify(call.caller, args.bookingId, patchBody(args), {
          ...(args.expectedVersion === undefined ? {} : { ifMatch: `"${args.expectedVersion}"` }),
          // The REST route's update id for the same key: one change, whichever way it arrives.
          updateId: `modify:${call.principal.apiKeyId}:${identity.key}`,
          byStaff: false,
        });
        return { booking: BookingOutput.from(booking), requestId: identity.key, replayed: false };
      });
    } catch (error) {
      if (isFinalRefusal(error)) call.keys.refused(this.name, identity);
      throw error;
    }
    const structured = { ...outcome.value, replayed: outcome.replayed };
    const booking = structured.booking;
    let text = await this.words.describe(booking, call.principal.restaurantIds);
    if ('pendingChange' in booking && booking.pendingChange) {
      text =
        `The change (${booking.pendingChange.partySize} guests at ${booking.pendingChange.startsAt}) waits ` +
        `for the restaurant staff to approve it; until then the booking stays as it was. ${text}`;
    }
    return { structured, text };
  }
}
