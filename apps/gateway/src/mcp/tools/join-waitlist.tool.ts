import { Injectable } from '@nestjs/common';
import { WaitlistEntryOutput } from '../../waitlist/waitlist.outputs';
import { WaitlistService } from '../../waitlist/waitlist.service';
import { BookingWords, localTime } from '../booking-words';
import { ARGUMENT_WORDS, type McpTool, type ToolAnswer, type ToolCall } from '../mcp-tool';
import { JoinWaitlistArgs } from '../tool-args';
import { WAITLIST_JOINED_SCHEMA, type WaitlistJoinedOutput } from '../tool-outputs';

/**
 * join_waitlist: POST /v1/waitlist as a tool, through the same service (tenancy, window checks, one
 * entry workflow per request id). The entry's workflow id comes from the request id, so a retried
 * call, or 20 at once, joins the list once.
 */
@Injectable()
export class JoinWaitlistTool implements McpTool<JoinWaitlistArgs> {
  readonly name = 'join_waitlist';
  readonly title = 'Wait for a table in a full time window';
  readonly description =
    'When check_availability or book_table finds no table (no_capacity), put the guest on the wish ' +
    'list for a start between `from` and `to` (ISO 8601 with offset, at most 12 hours apart; a ' +
    'no_capacity refusal carries a ready-made waitlist body). When a table frees in that window the ' +
    'restaurant holds it for the first guest waiting and offers it to them; the offer lasts the ' +
    "restaurant's offer window (15 min by default) and then passes to the next guest. Tell the guest " +
    'they are on the list, not booked. Repeating the call with the same request_id never adds a second entry.';
  readonly scope = 'bookings:write' as const;
  readonly budget = 'writes' as const;
  readonly annotations = {
    readOnlyHint: false,
    destructiveHint: false,
    idempotentHint: true,
    openWorldHint: false,
  };
  readonly args = JoinWaitlistArgs;
  readonly argumentDescriptions = {
    restaurant_id: ARGUMENT_WORDS.restaurant_id,
    party_size: ARGUMENT_WORDS.party_size,
    from: 'The earliest start the guest would take, ISO 8601 with offset.',
    to: 'The latest start the guest would take, ISO 8601 with offset (at most 12 h after from).',
    guest: 'Who the table is for.',
    'guest.name': "The guest's name as they gave it.",
    'guest.phone': 'Phone number, E.164 preferred (+447700900123): how the restaurant reaches them.',
    'guest.email': 'E-mail address.',
    notes: 'Optional notes for the restaurant.',
    request_id: ARGUMENT_WORDS.request_id,
  };
  readonly outputSchema = WAITLIST_JOINED_SCHEMA;

  constructor(
    private readonly waitlist: WaitlistService,
    private readonly words: BookingWords,
  ) {}

  async run(args: JoinWaitlistArgs, call: ToolCall): Promise<ToolAnswer> {
    const { requestId, ...input } = args;
    const identity = call.keys.identity(
      this.name,
      { method: 'POST', route: '/v1/waitlist', body: input },
      requestId,
    );
    const { entry, replayed } = await this.waitlist.join(call.principal, input, {
      key: identity.key,
      fingerprint: identity.fingerprint,
    });
    const structured: WaitlistJoinedOutput = {
      entry: WaitlistEntryOutput.from(entry),
      requestId: identity.key,
      replayed,
    };
    const e = structured.entry;
    const tz = await this.words.timezoneOf(e.restaurantId, call.principal.restaurantIds);
    const window = `${localTime(e.from, tz)} and ${localTime(e.to, tz)} (${tz})`;
    const state =
      e.status === 'offered' && e.offer
        ? `A table is already held for them at ${localTime(e.offer.startsAt, tz)} until ${localTime(e.offer.expiresAt, tz)}: accept it in time or it passes on.`
        : `They are waiting (status ${e.status}); the restaurant offers them a table if one frees for a start between ${window}.`;
    return {
      structured,
      text: `${replayed ? 'An identical earlier call already added this entry; this is it. ' : ''}On the waitlist: ${e.partySize} guests, entry id ${e.id}. ${state} This is not a booking yet.`,
    };
  }
}
