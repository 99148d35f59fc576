import { Injectable } from '@nestjs/common';
import { RestaurantRepository } from '@tablekeeper/db';
import type { ApiPrincipal } from '@tablekeeper/auth';
import { fieldProblem, ProblemException } from '../../common/problem';
import { ARGUMENT_WORDS, type McpTool, type ToolAnswer } from '../mcp-tool';
import { RestaurantArgs } from '../tool-args';
import type { RestaurantContextOutput } from '../../restaurants/restaurant-context.outputs';
import { RestaurantContextService } from '../../restaurants/restaurant-context.service';
import type { PeriodOutput } from '../../setup/setup.outputs';
import { RESTAURANT_CONTEXT_SCHEMA } from '../tool-outputs';

const DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

function duration(seconds: number): string {
  return seconds % 60 === 0 ? `${seconds / 60} min` : `${seconds} s`;
}

function periodWords(p: PeriodOutput): string {
  return `${p.name} ${p.opens}-${p.closes}${p.lastSeating ? ` (last seating ${p.lastSeating})` : ''}`;
}

function dayWords(days: readonly number[]): string {
  return days.length === 7 ? 'every day' : days.map((d) => DAY_NAMES[d - 1]).join(', ');
}

/** The restaurant in words: what an agent needs before it offers a guest anything. */
export function describeRestaurant(r: RestaurantContextOutput): string {
  const week = r.weeklyHours.map((p) => `${dayWords(p.days)} ${periodWords(p)}`).join('; ');
  const unusual = r.calendar
    .filter((d) => d.exception !== null)
    .map((d) =>
      d.closed
        ? `closed on ${d.date} (${d.exception})`
        : `${d.date} ${d.periods.map(periodWords).join(', ')} (${d.exception})`,
    )
    .join('; ');
  const b = r.booking;
  const byParty = r.durations.byPartySize
    .map((rule) => `${duration(rule.durationSeconds)} up to ${rule.maxPartySize}`)
    .join(', ');
  const pacing = r.pacing
    .map(
      (l) =>
        `at most ${l.maxCovers} covers and ${l.maxParties} ${l.maxParties === 1 ? 'party' : 'parties'} may start per ${l.intervalMinutes} min${l.period ? ` (${l.period})` : ''}`,
    )
    .join('; ');
  const cancel = r.cancellation;
  return [
    `${r.name} (restaurant_id ${r.id}), timezone ${r.timezone}.`,
    `Open ${week || 'no hours set: not taking bookings'}.`,
    unusual ? `In the coming four weeks: ${unusual}.` : '',
    `Bookable up to ${b.windowDays} days ahead and at least ${b.minNoticeMinutes} min ahead; start times every ${b.startTimeGridMinutes} min${b.offGridStartsAllowed ? ' (other times accepted too)' : ''}.`,
    `A booking lasts ${duration(r.durations.defaultSeconds)}${byParty ? ` (${byParty} guests)` : ''}${b.mustEndByClose ? ' and must end by closing time' : ''}.`,
    `Parties of ${r.partySize.min}-${r.partySize.max}; parties above ${r.manualReview.partiesLargerThan} are taken but wait for staff approval.`,
    `A hold lasts ${duration(r.holdTtlSeconds)}; a guest not checked in ${duration(r.arrival.noShowAfterSeconds)} after the start is a no-show.`,
    `Guests may cancel until ${cancel.cutoffMinutes ? `${cancel.cutoffMinutes} min before the start` : 'the start'}.${cancel.policy ? ` Policy: ${cancel.policy}` : ''}`,
    pacing ? `Pacing: ${pacing}.` : '',
    r.seatingPreferences.length
      ? `Seating areas (seating_preference): ${r.seatingPreferences.join(', ')}.`
      : '',
    r.contact.phone ? `Phone ${r.contact.phone}.` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** The context of one restaurant the key acts for (the one, when it acts for only one). */
@Injectable()
export class AgentRestaurantContext {
  constructor(
    private readonly restaurants: RestaurantRepository,
    private readonly contexts: RestaurantContextService,
  ) {}

  async context(principal: ApiPrincipal, restaurantId: string | undefined): Promise<RestaurantContextOutput> {
    let id = restaurantId;
    if (!id) {
      const mine = await this.restaurants.listForTenant(principal.restaurantIds);
      if (mine.length !== 1) {
        throw fieldProblem(
          'validation_failed',
          'restaurantId',
          `This API key acts for ${mine.length} restaurants; name one: ${mine.map((r) => `${r.name} (${r.id})`).join(', ')}`,
        );
      }
      id = mine[0].id;
    }
    const context = principal.restaurantIds.includes(id) ? await this.contexts.context(id) : null;
    if (!context) throw new ProblemException('restaurant_not_found', 'No such restaurant for this API key');
    return context;
  }
}

@Injectable()
export class GetRestaurantTool implements McpTool<RestaurantArgs> {
  readonly name = 'get_restaurant';
  readonly title = 'Restaurant hours, policies and limits';
  readonly description =
    'The restaurant this API key books for: its id, timezone, opening hours and the closures or special ' +
    'hours of the coming four weeks, how far ahead and how late one may book, how long a booking lasts, ' +
    'party sizes it takes (and above which size staff must approve), how long a hold lasts, the ' +
    'cancellation policy, pacing limits, seating areas and contact. Call it first; restaurant_id may be ' +
    'left out when the key acts for one restaurant.';
  readonly scope = null;
  readonly budget = 'reads' as const;
  readonly annotations = { readOnlyHint: true, idempotentHint: true, openWorldHint: false };
  readonly args = RestaurantArgs;
  readonly argumentDescriptions = {
    restaurant_id: `${ARGUMENT_WORDS.restaurant_id} Optional when the API key acts for one restaurant.`,
  };
  readonly outputSchema = RESTAURANT_CONTEXT_SCHEMA;

  constructor(private readonly contexts: AgentRestaurantContext) {}

  async run(args: RestaurantArgs, call: { principal: ApiPrincipal }): Promise<ToolAnswer> {
    const context = await this.contexts.context(call.principal, args.restaurantId);
    return { structured: context, text: describeRestaurant(context) };
  }
}
