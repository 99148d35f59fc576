import { Injectable } from '@nestjs/common';
import { GuestLookupRepository } from '@tablekeeper/db';
import { ApiKeyRateLimiter } from '../../auth/api-key.rate-limiter';
import { FindBookingsQuery } from '../../bookings/booking.inputs';
import { BookingOutput, type BookingSearchOutput } from '../../bookings/booking.outputs';
import { fieldProblem } from '../../common/problem';
import { BookingWords } from '../booking-words';
import type { McpTool, ToolAnswer, ToolCall } from '../mcp-tool';
import { BOOKING_SEARCH_SCHEMA } from '../tool-outputs';

/**
 * "Find my booking" for a caller without a booking id (REST: GET /v1/bookings?phone=|email=): the
 * same repository, tenancy and lookup budget, and the same empty answer for a number nobody has,
 * so a model cannot be used to learn who booked.
 */
@Injectable()
export class FindBookingsTool implements McpTool<FindBookingsQuery> {
  readonly name = 'find_bookings';
  readonly title = "A caller's upcoming bookings, by phone or e-mail";
  readonly description =
    "Finds the caller's upcoming bookings (held, confirmed or waiting for staff) at the restaurants " +
    'this API key acts for, by the phone number (any format) or the e-mail address they booked with; ' +
    'give exactly one. Use it when a guest wants to change or cancel a booking and has no booking id, ' +
    'then call modify_booking or cancel_booking with the id found. No booking found answers an empty ' +
    'list: ask the guest for the other contact detail or the booking date rather than guessing. ' +
    'Lookups have a small budget of their own (rate_limited when spent).';
  readonly scope = 'bookings:read' as const;
  readonly budget = 'reads' as const;
  readonly annotations = { readOnlyHint: true, idempotentHint: true, openWorldHint: false };
  readonly args = FindBookingsQuery;
  readonly argumentDescriptions = {
    phone: 'The phone number the guest booked with, as they say it (national or +country format).',
    email: 'The e-mail address the guest booked with.',
  };
  readonly outputSchema = BOOKING_SEARCH_SCHEMA;

  constructor(
    private readonly guests: GuestLookupRepository,
    private readonly limiter: ApiKeyRateLimiter,
    private readonly words: BookingWords,
  ) {}

  async run(args: FindBookingsQuery, call: ToolCall): Promise<ToolAnswer> {
    if (args.phone !== undefined && args.email !== undefined) {
      throw fieldProblem('validation_failed', 'email', 'Give phone or email, not both');
    }
    await this.limiter.consume(call.principal, 'lookups');
    const bookings = await this.guests.upcomingByContact(call.principal.restaurantIds, args);
    const structured: BookingSearchOutput = { items: bookings.map((b) => BookingOutput.from(b)) };
    if (!structured.items.length) {
      return {
        structured,
        text: 'No upcoming booking found with that contact detail at this restaurant. Ask the guest for the other contact detail they may have used, or the date of the booking.',
      };
    }
    const lines = await Promise.all(
      structured.items.map((b) => this.words.describe(b, call.principal.restaurantIds)),
    );
    return { structured, text: `${lines.length} upcoming: ${lines.join(' ')}` };
  }
}
