import { Injectable } from '@nestjs/common';
import {
  AvailabilityRepository,
  RestaurantRepository,
  WaitlistRepository,
  WalkInFloorRepository,
} from '@tablekeeper/db';
import {
  durationFor,
  estimateWait,
  localDateTime,
  partySizeRefusal,
  toLocal,
  walkInListState,
} from '@tablekeeper/domain';
import { ProblemException, fieldProblem } from '../common/problem';

/** Why a party is not quoted a time: the list is closed, or no single table seats the party. */
export type WaitEstimateReason = 'closed' | 'past_last_seating' | 'no_table_fits';

export interface WaitQuote {
  readonly restaurantId: string;
  readonly partySize: number;
  readonly open: boolean;
  readonly partiesAhead: number;
  /** The most likely seat time (the entry's quotedAt), and the range around it; null: no quote. */
  readonly seatAt: string | null;
  readonly estimatedSeatFrom: string | null;
  readonly estimatedSeatTo: string | null;
  readonly reason?: WaitEstimateReason;
}

const MINUTE = 60_000;

/**
 * The walk-in quote for a party arriving now (libs/domain/src/wait-estimate.ts) from the floor as
 * it is: the tables, who sits where since their check-in, the bookings and blocks that claim
 * tables later, the stays measured this service, and the walk-ins already waiting.
 */
@Injectable()
export class WaitEstimateService {
  constructor(
    private readonly availability: AvailabilityRepository,
    private readonly floor: WalkInFloorRepository,
    private readonly entries: WaitlistRepository,
    private readonly restaurants: RestaurantRepository,
  ) {}

  /**
   * `aheadOf`: quote as if the party were the walk-in of that place in the queue (its createdOrder):
   * only the walk-ins before it are ahead. Otherwise every waiting walk-in is.
   * A restaurant outside `restaurantIds` answers 404 like a missing one.
   */
  async quote(
    restaurantIds: readonly string[],
    restaurantId: string,
    partySize: number,
    options: { readonly aheadOf?: number; readonly now?: Date } = {},
  ): Promise<WaitQuote> {
    const now = options.now ?? new Date();
    const restaurant = await this.restaurants.findForTenant(restaurantId, restaurantIds);
    const day = restaurant
      ? await this.availability.loadDay(restaurantId, localDateTime(now, restaurant.timezone).date, now)
      : null;
    if (!restaurant || !day)
      throw new ProblemException('restaurant_not_found', 'No such restaurant for this API key');
    const refused = partySizeRefusal(restaurant, partySize);
    if (refused) throw fieldProblem('party_size_out_of_range', 'partySize', refused);

    const { state } = day;
    const defaultStayMinutes = state.policy.durationSeconds / 60;
    const stayMinutes =
      durationFor(
        {
          defaultDurationSeconds: state.policy.durationSeconds,
          durationByPartySize: state.policy.durationByPartySize ?? [],
        },
        partySize,
      ) / 60;
    const waiting = await this.entries.list(restaurantId, {
      kind: 'walk_in',
      statuses: ['waiting'],
      limit: 500,
    });
    const ahead = waiting.filter((e) => options.aheadOf === undefined || e.createdOrder < options.aheadOf);
    const base = { restaurantId, partySize, partiesAhead: ahead.length };
    const none = { seatAt: null, estimatedSeatFrom: null, estimatedSeatTo: null };

    const list = walkInListState({
      now: now.getTime(),
      timezone: state.timezone,
      windows: state.windows,
      exceptions: state.exceptions ?? [],
      mustEndByClose: state.policy.mustEndByClose,
      stayMinutes,
    });
    if (!list.open) return { ...base, ...none, open: false, reason: list.reason };

    // This service: stays measured since local midnight.
    const serviceStart = new Date(now.getTime() - toLocal(now, state.timezone).minuteOfDay * MINUTE);
    const floor = await this.floor.floor(restaurantId, now, serviceStart);
    const estimate = estimateWait({
      now: now.getTime(),
      partySize,
      tables: state.tables,
      seated: floor.seated,
      reservations: floor.reservations,
      stays: floor.stays,
      ahead: ahead.map((e) => ({ partySize: e.partySize })),
      defaultStayMinutes,
      lastSeatingAt: list.lastSeatingAt,
    });
    if (estimate.kind === 'no_table_fits') return { ...base, ...none, open: true, reason: 'no_table_fits' };
    if (estimate.kind === 'past_last_seating')
      return { ...base, ...none, open: false, reason: 'past_last_seating' };
    const iso = (ms: number) => new Date(ms).toISOString();
    return {
      ...base,
      open: true,
      seatAt: iso(estimate.seatAt),
      estimatedSeatFrom: iso(estimate.earliest),
      estimatedSeatTo: iso(estimate.latest),
    };
  }
}
