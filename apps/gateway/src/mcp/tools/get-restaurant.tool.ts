import { Injectable } from '@nestjs/common';
import { RestaurantRepository } from '@tablekeeper/db';
import {
  RestaurantContextRepository,
  type RestaurantContext,
} from '@tablekeeper/db/restaurant-context.repository';
import type { ApiPrincipal } from '@tablekeeper/auth';
import { fieldProblem, ProblemException } from '../../common/problem';
import { ARGUMENT_WORDS, type McpTool, type ToolAnswer } from '../mcp-tool';
import { RestaurantArgs } from '../tool-args';
import { RESTAURANT_CONTEXT_SCHEMA } from '../tool-outputs';

function duration(seconds: number): string {
  return seconds % 60 === 0 ? `${seconds / 60} min` : `${seconds} s`;
}

/** The restaurant in words: what an agent needs before it offers a guest anything. */
export function describeRestaurant(r: RestaurantContext): string {
  const byWindow = new Map<string, string[]>();
  for (const h of r.hours) {
    const window = `${h.opensAt}-${h.closesAt}`;
    byWindow.set(window, [...(byWindow.get(window) ?? []), h.day]);
  }
  const hours = [...byWindow]
    .map(([window, days]) => `${days.length === 7 ? 'every day' : days.join(', ')} ${window}`)
    .join('; ');
  const p = r.policies;
  const limits = r.limits
    .map(
      (l) =>
        `at most ${l.maxCovers} covers and ${l.maxParties} ${l.maxParties === 1 ? 'party' : 'parties'} may start per ${l.intervalMinutes} min${l.appliesTo ? ` (${l.appliesTo})` : ''}`,
    )
    .join('; ');
  return [
    `${r.name} (restaurant_id ${r.id}), timezone ${r.timezone}.`,
    `Open ${hours || 'no hours set: not taking bookings'}.`,
    `A booking lasts ${p.bookingDurationMinutes} min${p.mustEndByClose ? ' and must end by closing time' : ''}; start times every ${p.slotIntervalMinutes} min.`,
    `Parties of ${p.minPartySize}-${p.maxPartySize}; parties above ${p.autoConfirmMaxPartySize} are taken but wait for staff approval.`,
    `A hold lasts ${duration(p.holdSeconds)}; a guest not checked in ${duration(p.noShowGraceSeconds)} after the start is a no-show.`,
    limits ? `Pacing: ${limits}.` : '',
    r.zones.length ? `Seating areas (seating_preference): ${r.zones.join(', ')}.` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** The context of one restaurant the key acts for (the one, when it acts for only one). */
@Injectable()
export class RestaurantContextService {
  constructor(
    private readonly restaurants: RestaurantRepository,
    private readonly contexts: RestaurantContextRepository,
  ) {}

  async context(principal: ApiPrincipal, restaurantId: string | undefined): Promise<RestaurantContext> {
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
    const context = await this.contexts.contextForTenant(id, principal.restaurantIds);
    if (!context) throw new ProblemException('restaurant_not_found', 'No such restaurant for this API key');
    return context;
  }
}

@Injectable()
export class GetRestaurantTool implements McpTool<RestaurantArgs> {
  readonly name = 'get_restaurant';
  readonly title = 'Restaurant hours, policies and limits';
  readonly description =
    'The restaurant this API key books for: its id, timezone, opening hours, how long a booking lasts, ' +
    'party sizes it takes (and above which size staff must approve), how long a hold lasts, pacing limits ' +
    'and seating areas. Call it first; restaurant_id may be left out when the key acts for one restaurant.';
  readonly scope = null;
  readonly budget = 'reads' as const;
  readonly annotations = { readOnlyHint: true, idempotentHint: true, openWorldHint: false };
  readonly args = RestaurantArgs;
  readonly argumentDescriptions = {
    restaurant_id: `${ARGUMENT_WORDS.restaurant_id} Optional when the API key acts for one restaurant.`,
  };
  readonly outputSchema = RESTAURANT_CONTEXT_SCHEMA;

  constructor(private readonly contexts: RestaurantContextService) {}

  async run(args: RestaurantArgs, call: { principal: ApiPrincipal }): Promise<ToolAnswer> {
    const context = await this.contexts.context(call.principal, args.restaurantId);
    return { structured: context, text: describeRestaurant(context) };
  }
}
