import { Injectable } from '@nestjs/common';
import type {
  BookingCommandArgs as CommandPayloads,
  BookingCommandKind,
} from '@tablekeeper/temporal/shared/booking.contract';
import { BookingCommandsService } from '../../bookings/booking-commands.service';
import { BookingLookup } from '../../bookings/booking-lookup.service';
import { BookingOutput, type BookingDetailsOutput } from '../../bookings/booking.outputs';
import { BookingWords, localTime } from '../booking-words';
import { ARGUMENT_WORDS, type McpTool, type ToolAnswer, type ToolCall } from '../mcp-tool';
import { BookingArgs, BookingCommandArgs, CancelBookingArgs } from '../tool-args';
import { ToolIdempotency, isFinalRefusal, type EquivalentRequest } from '../tool-idempotency';
import { BOOKING_CHANGE_SCHEMA, BOOKING_DETAILS_SCHEMA, type BookingChangeOutput } from '../tool-outputs';

@Injectable()
export class GetBookingTool implements McpTool<BookingArgs> {
  readonly name = 'get_booking';
  readonly title = 'A booking and its history';
  readonly description =
    'The booking as it is now: status, time, party, tables, guest, notes and every status change with who ' +
    'made it. Only bookings of the restaurants this API key acts for are found.';
  readonly scope = 'bookings:read' as const;
  readonly budget = 'reads' as const;
  readonly annotations = { readOnlyHint: true, idempotentHint: true, openWorldHint: false };
  readonly args = BookingArgs;
  readonly argumentDescriptions = { booking_id: ARGUMENT_WORDS.booking_id };
  readonly outputSchema = BOOKING_DETAILS_SCHEMA;

  constructor(
    private readonly lookup: BookingLookup,
    private readonly words: BookingWords,
  ) {}

  async run(args: BookingArgs, call: ToolCall): Promise<ToolAnswer> {
    const booking: BookingDetailsOutput = await this.lookup.details(call.caller, args.bookingId);
    const timezone = await this.words.timezoneOf(booking.restaurantId, call.principal.restaurantIds);
    const history = booking.events
      .map((e) => `${localTime(e.at, timezone).split(', ')[1]} ${e.to}${e.reason ? ` (${e.reason})` : ''}`)
      .join(', ');
    const text = `${await this.words.describe(booking, call.principal.restaurantIds)} Guest: ${booking.guest.name}${booking.notes ? `; notes: ${booking.notes}` : ''}. History: ${history}.`;
    return { structured: booking, text };
  }
}

/**
 * A change to an existing booking (REST: POST /v1/holds/{id}/confirm, /v1/bookings/{id}/cancel),
 * through the one command path, with its answer replayed to a repeated call.
 */
// Decorated so its constructor's parameter types are emitted for the subclasses' injection.
@Injectable()
abstract class BookingCommandTool<A extends BookingCommandArgs> implements McpTool<A> {
  abstract readonly name: string;
  abstract readonly title: string;
  abstract readonly description: string;
  abstract readonly annotations: McpTool['annotations'];
  abstract readonly args: McpTool<A>['args'];
  abstract readonly argumentDescriptions: Readonly<Record<string, string>>;
  readonly scope = 'bookings:write' as const;
  readonly budget = 'writes' as const;
  readonly outputSchema = BOOKING_CHANGE_SCHEMA;

  constructor(
    private readonly commands: BookingCommandsService,
    private readonly idempotency: ToolIdempotency,
    private readonly words: BookingWords,
  ) {}

  protected abstract request(args: A): EquivalentRequest;
  protected abstract command(args: A, actor: string): Command;

  async run(args: A, call: ToolCall): Promise<ToolAnswer> {
    const identity = call.keys.identity(this.name, this.request(args), args.requestId);
    const { kind, payload } = this.command(args, call.caller.actor);
    let outcome: { value: BookingChangeOutput; replayed: boolean };
    try {
      outcome = await this.idempotency.run(call.principal.apiKeyId, identity, async () => ({
        booking: BookingOutput.from(
          await this.commands.send(call.caller, args.bookingId, kind, payload as never),
        ),
        requestId: identity.key,
        replayed: false,
      }));
    } catch (error) {
      if (isFinalRefusal(error)) call.keys.refused(this.name, identity);
      throw error;
    }
    const structured = { ...outcome.value, replayed: outcome.replayed };
    return { structured, text: await this.words.describe(structured.booking, call.principal.restaurantIds) };
  }
}

type Command = { [K in BookingCommandKind]: { kind: K; payload: CommandPayloads[K] } }[BookingCommandKind];

@Injectable()
export class ConfirmHoldTool extends BookingCommandTool<BookingCommandArgs> {
  readonly name = 'confirm_hold';
  readonly title = 'Confirm a held table';
  readonly description =
    'Turns a hold (from hold_table) into a booking before it lapses: the answer is confirmed, or ' +
    'manual_review when the restaurant must approve it. Refused with invalid_transition when the hold has ' +
    'already lapsed or been cancelled (then hold or book again).';
  readonly annotations = {
    readOnlyHint: false,
    destructiveHint: false,
    idempotentHint: true,
    openWorldHint: false,
  };
  readonly args = BookingCommandArgs;
  readonly argumentDescriptions = {
    booking_id: 'The id of the hold, as hold_table answered it.',
    request_id: ARGUMENT_WORDS.request_id,
  };

  protected request(args: BookingCommandArgs): EquivalentRequest {
    return { method: 'POST', route: `/v1/holds/${args.bookingId}/confirm`, body: {} };
  }

  protected command(_args: BookingCommandArgs, actor: string): Command {
    return { kind: 'confirm_hold', payload: { actor } };
  }
}

@Injectable()
export class CancelBookingTool extends BookingCommandTool<CancelBookingArgs> {
  readonly name = 'cancel_booking';
  readonly title = 'Cancel a booking';
  readonly description =
    'Cancels a booking or a hold in any status before the guest is seated, and frees its table. It cannot ' +
    'be undone: confirm with the guest first. Refused with invalid_transition when the booking has already ' +
    'finished (seated, completed, cancelled, no-show).';
  readonly annotations = {
    readOnlyHint: false,
    destructiveHint: true,
    idempotentHint: true,
    openWorldHint: false,
  };
  readonly args = CancelBookingArgs;
  readonly argumentDescriptions = {
    booking_id: ARGUMENT_WORDS.booking_id,
    reason: 'Why, in a few words (kept in the booking history), e.g. "guest called to cancel".',
    request_id: ARGUMENT_WORDS.request_id,
  };

  protected request(args: CancelBookingArgs): EquivalentRequest {
    return { method: 'POST', route: `/v1/bookings/${args.bookingId}/cancel`, body: { reason: args.reason } };
  }

  protected command(args: CancelBookingArgs, actor: string): Command {
    return { kind: 'cancel', payload: { actor, reason: args.reason } };
  }
}
