import { Injectable } from '@nestjs/common';
import { AvailabilityQueryService } from '../../availability/availability-query.service';
import type { AvailabilityOutput } from '../../availability/availability.dto';
import { ARGUMENT_WORDS, type McpTool, type ToolAnswer, type ToolCall } from '../mcp-tool';
import { CheckAvailabilityArgs } from '../tool-args';
import { AVAILABILITY_SCHEMA } from '../tool-outputs';

const LISTED = 32;

function describeAvailability(a: AvailabilityOutput): string {
  const free = a.slots.filter((s) => s.available);
  const party = `${a.partySize} ${a.partySize === 1 ? 'guest' : 'guests'}`;
  const parts = [`Availability for ${party} on ${a.date} (${a.timezone}).`];
  if (a.requested) {
    parts.push(
      a.requested.available
        ? `${a.requested.time} is free (starts_at ${a.requested.startsAt}).`
        : `${a.requested.time} is not free.` +
            (a.alternatives?.length
              ? ` Nearest free times: ${a.alternatives.map((s) => `${s.time} (starts_at ${s.startsAt})`).join(', ')}.`
              : ''),
    );
  }
  if (!free.length) parts.push('No time is free that day (closed, fully booked or already past).');
  else {
    const listed = free.slice(0, LISTED).map((s) => s.time);
    parts.push(
      `Free start times: ${listed.join(', ')}${free.length > LISTED ? ` and ${free.length - LISTED} more` : ''}.`,
    );
    if (free.some((s) => s.manualReview)) parts.push('A booking for this party needs staff approval.');
  }
  return parts.join(' ');
}

@Injectable()
export class CheckAvailabilityTool implements McpTool<CheckAvailabilityArgs> {
  readonly name = 'check_availability';
  readonly title = 'Free times for a party on a day';
  readonly description =
    "Every start time of the restaurant's local day with whether a party of that size can have it. " +
    'Give time to ask about one time: if it is not free the answer lists the nearest free times, nearest first. ' +
    'Reading availability holds nothing; use hold_table or book_table to take a table.';
  readonly scope = 'availability:read' as const;
  readonly budget = 'reads' as const;
  readonly annotations = { readOnlyHint: true, idempotentHint: true, openWorldHint: false };
  readonly args = CheckAvailabilityArgs;
  readonly argumentDescriptions = {
    restaurant_id: ARGUMENT_WORDS.restaurant_id,
    date: "The restaurant's local date, YYYY-MM-DD.",
    party_size: ARGUMENT_WORDS.party_size,
    time: 'Optional local time the guest asked for, HH:MM (24 h).',
  };
  readonly outputSchema = AVAILABILITY_SCHEMA;

  constructor(private readonly availability: AvailabilityQueryService) {}

  async run(args: CheckAvailabilityArgs, call: ToolCall): Promise<ToolAnswer> {
    const answer = await this.availability.answer(call.principal, args.restaurantId, {
      date: args.date,
      partySize: args.partySize,
      time: args.time,
    });
    return { structured: answer, text: describeAvailability(answer) };
  }
}
