import { Injectable } from '@nestjs/common';
import type { ApiPrincipal } from '@tablekeeper/auth';
import { instantOf, nearestAlternatives, partySizeRefusal } from '@tablekeeper/domain';
import { ProblemException, fieldProblem } from '../common/problem';
import type { AvailabilityOutput, AvailabilityQuery } from './availability.dto';
import { AvailabilityService } from './availability.service';

/**
 * The answer to "when can this party eat here that day?": the day's slots for the caller's
 * restaurant, refused for a party the restaurant does not take, and, when the caller named a
 * time, whether it is free and the nearest free times if not.
 */
@Injectable()
export class AvailabilityQueryService {
  constructor(private readonly availability: AvailabilityService) {}

  async answer(
    principal: Pick<ApiPrincipal, 'restaurantIds'>,
    restaurantId: string,
    query: AvailabilityQuery,
  ): Promise<AvailabilityOutput> {
    // Tenancy from the key itself: the hot path needs no database read.
    const day = principal.restaurantIds.includes(restaurantId)
      ? await this.availability.day(restaurantId, query.date, query.partySize)
      : null;
    if (!day) throw new ProblemException('restaurant_not_found', 'No such restaurant for this API key');
    const { meta, slots } = day;
    const partySizeRefused = partySizeRefusal(meta, query.partySize);
    if (partySizeRefused) throw fieldProblem('party_size_out_of_range', 'partySize', partySizeRefused);
    const answer: AvailabilityOutput = {
      restaurantId,
      date: query.date,
      timezone: meta.timezone,
      partySize: query.partySize,
      slots,
    };
    if (query.time) {
      const wanted = instantOf(query.date, query.time, meta.timezone);
      if (!wanted) throw fieldProblem('validation_failed', 'time', 'time does not exist on that date');
      const startsAt = wanted.toISOString().replace('.000Z', 'Z');
      const slot = slots.find((s) => Date.parse(s.startsAt) === wanted.getTime());
      answer.requested = { time: query.time, startsAt, available: slot?.available ?? false };
      if (!slot?.available) {
        answer.alternatives = nearestAlternatives(slots, wanted.getTime()).map((s) => ({
          ...s,
          zones: [...s.zones],
        }));
      }
    }
    return answer;
  }
}
