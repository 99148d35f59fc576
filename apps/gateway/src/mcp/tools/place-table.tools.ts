import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { AvailabilitySlot, BookingMode } from '@tablekeeper/domain';
import { BookingPlacementService, type PlaceResult } from '../../bookings/booking-placement.service';
import type { CreateBookingInput } from '../../bookings/booking.inputs';
import { BookingOutput } from '../../bookings/booking.outputs';
import { ProblemException } from '../../common/problem';
import { BookingWords, localTime } from '../booking-words';
import { ARGUMENT_WORDS, type McpTool, type ToolAnswer, type ToolCall } from '../mcp-tool';
import { PlaceBookingArgs } from '../tool-args';
import { ToolIdempotency, isFinalRefusal, type ToolRequestIdentity } from '../tool-idempotency';
import { BOOKING_CHANGE_SCHEMA, type BookingChangeOutput } from '../tool-outputs';

const PLACEMENT_WORDS = {
  restaurant_id: ARGUMENT_WORDS.restaurant_id,
  party_size: ARGUMENT_WORDS.party_size,
  starts_at: ARGUMENT_WORDS.starts_at,
  guest: 'Who the table is for.',
  'guest.name': "The guest's name as they gave it.",
  'guest.phone': 'Phone number, E.164 preferred (+447700900123).',
  'guest.email': 'E-mail address.',
  seating_preference: 'Optional seating area the guest prefers (a zone name from get_restaurant).',
  notes: 'Optional notes for the restaurant (allergies, occasion, high chair).',
  request_id: ARGUMENT_WORDS.request_id,
};

/** The key the booking at a time the guest chose instead runs under: one per original key and time. */
function alternativeRequestId(requestId: string, startsAt: string): string {
  const base = requestId.length <= 200 ? requestId : createHash('sha256').update(requestId).digest('hex');
  return `${base}@${startsAt}`;
}

/**
 * hold_table and book_table: POST /v1/holds and POST /v1/bookings as tools, through the same
 * placement service (tenancy, checks, the workflow's answer) and the same idempotency. When the time
 * is refused with alternatives and the client can show a form, the person at the client is asked to
 * pick one (elicitation) and the table is taken at that time in the same call.
 */
// Decorated so its constructor's parameter types are emitted for the subclasses' injection.
@Injectable()
abstract class PlaceTableTool implements McpTool<PlaceBookingArgs> {
  abstract readonly name: string;
  abstract readonly title: string;
  abstract readonly description: string;
  protected abstract readonly mode: BookingMode;
  protected abstract readonly route: string;
  readonly scope = 'bookings:write' as const;
  readonly budget = 'writes' as const;
  // Not read-only, not destructive (it frees nothing), idempotent per request_id.
  readonly annotations = {
    readOnlyHint: false,
    destructiveHint: false,
    idempotentHint: true,
    openWorldHint: false,
  };
  readonly args = PlaceBookingArgs;
  readonly argumentDescriptions = PLACEMENT_WORDS;
  readonly outputSchema = BOOKING_CHANGE_SCHEMA;

  constructor(
    private readonly placement: BookingPlacementService,
    private readonly idempotency: ToolIdempotency,
    private readonly words: BookingWords,
  ) {}

  async run(args: PlaceBookingArgs, call: ToolCall): Promise<ToolAnswer> {
    const { requestId, ...input } = args;
    try {
      return await this.place(input, requestId, call);
    } catch (error) {
      const alternatives = offered(error);
      if (!alternatives.length || !call.elicit) throw error;
      const chosen = await this.askForAnotherTime(input, alternatives, call);
      if (!chosen) throw error;
      const answer = await this.place(
        { ...input, startsAt: chosen.startsAt },
        requestId && alternativeRequestId(requestId, chosen.startsAt),
        call,
      );
      return { ...answer, text: `The guest chose ${chosen.time} instead. ${answer.text}` };
    }
  }

  private async place(
    input: Omit<PlaceBookingArgs, 'requestId'>,
    requestId: string | undefined,
    call: ToolCall,
  ): Promise<ToolAnswer> {
    const identity = call.keys.identity(
      this.name,
      { method: 'POST', route: this.route, body: input },
      requestId,
    );
    let outcome: { value: BookingChangeOutput; replayed: boolean };
    try {
      outcome = await this.idempotency.run(
        call.principal.apiKeyId,
        identity,
        () => this.placeOnce(input, identity, call),
        (answer) => answer.booking.status !== 'pending',
      );
    } catch (error) {
      if (isFinalRefusal(error)) call.keys.refused(this.name, identity);
      throw error;
    }
    const structured = { ...outcome.value, replayed: outcome.value.replayed || outcome.replayed };
    const text = await this.words.describe(structured.booking, call.principal.restaurantIds);
    return {
      structured,
      text: structured.replayed
        ? `${text} (An identical earlier call already made this booking; this is it, not a new one. To make another booking with the same details, pass a new request_id.)`
        : text,
    };
  }

  private async placeOnce(
    input: CreateBookingInput,
    identity: ToolRequestIdentity,
    call: ToolCall,
  ): Promise<BookingChangeOutput> {
    const result: PlaceResult = await this.placement.place(
      call.principal,
      input,
      { key: identity.key, fingerprint: identity.fingerprint },
      this.mode,
    );
    if (result.kind === 'pending') {
      return {
        booking: {
          id: result.bookingId,
          status: 'pending',
          workflowId: result.workflowId,
          detail: 'The booking is still being processed; call get_booking with its id',
        },
        requestId: identity.key,
        replayed: false,
      };
    }
    return {
      booking: BookingOutput.from(result.booking),
      requestId: identity.key,
      replayed: result.replayed,
    };
  }

  private async askForAnotherTime(
    input: Omit<PlaceBookingArgs, 'requestId'>,
    alternatives: readonly AvailabilitySlot[],
    call: ToolCall,
  ): Promise<AvailabilitySlot | undefined> {
    const timezone = await this.words.timezoneOf(input.restaurantId, call.principal.restaurantIds);
    const answer = await call.elicit!({
      mode: 'form',
      message:
        `There is no table for ${input.partySize} at ${localTime(input.startsAt, timezone)}. ` +
        'Which of these times would suit the guest? Decline to keep looking.',
      requestedSchema: {
        type: 'object',
        properties: {
          starts_at: {
            type: 'string',
            title: 'Another time',
            oneOf: alternatives.map((s) => ({ const: s.startsAt, title: s.time })),
          },
        },
        required: ['starts_at'],
      },
    });
    if (answer.action !== 'accept') return undefined;
    return alternatives.find((s) => s.startsAt === answer.content?.starts_at);
  }
}

function offered(error: unknown): readonly AvailabilitySlot[] {
  if (!(error instanceof ProblemException)) return [];
  if (error.code !== 'no_capacity' && error.code !== 'restaurant_closed') return [];
  const alternatives = error.extensions.alternatives;
  return Array.isArray(alternatives) ? (alternatives as AvailabilitySlot[]) : [];
}

@Injectable()
export class HoldTableTool extends PlaceTableTool {
  readonly name = 'hold_table';
  readonly title = 'Hold a table while the guest decides';
  readonly description =
    'Takes a table for the party at that time for a few minutes (see get_restaurant: hold length) without ' +
    'booking it: the answer is status held with holdExpiresAt. Use it while you confirm the details with the ' +
    'guest, then call confirm_hold; an unconfirmed hold lapses by itself. If the time is not free the call ' +
    'is refused with no_capacity and the nearest free times.';
  protected readonly mode = 'hold' as const;
  protected readonly route = '/v1/holds';
}

@Injectable()
export class BookTableTool extends PlaceTableTool {
  readonly name = 'book_table';
  readonly title = 'Book a table';
  readonly description =
    'Books a table for the party at that time in one step: the answer is confirmed (with its table), or ' +
    'manual_review when the restaurant must approve it (large parties). If the time is not free the call is ' +
    'refused with no_capacity and the nearest free times to offer the guest. Calling again with the same ' +
    'arguments in this session, or the same request_id, answers the same booking and never makes a second one.';
  protected readonly mode = 'book' as const;
  protected readonly route = '/v1/bookings';
}
