import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ApiPrincipal } from '../../../../libs/auth/src';
import { instantOf, nearestAlternatives, partySizeRefusal } from '../../../../libs/domain/src';
import { Principal, RequireScope } from '../auth/principal';
import { ApiProblems } from '../common/api-problems.decorator';
import { ProblemException, fieldProblem } from '../common/problem';
import { AvailabilityOutput, AvailabilityQuery } from './availability.dto';
import { AvailabilityService } from './availability.service';
import { RestaurantIdPipe } from '../common/id.pipes';

@ApiTags('availability')
@ApiBearerAuth()
@Controller('v1/restaurants')
export class AvailabilityController {
  constructor(private readonly availability: AvailabilityService) {}

  @Get(':id/availability')
  @RequireScope('availability:read')
  @ApiOperation({
    summary: 'Bookable times of a day for a party',
    description:
      'Every start time of the local day with whether the party can have it. Past times and closed days give an empty list.',
  })
  @ApiOkResponse({ type: AvailabilityOutput })
  @ApiProblems(400, 401, 403, 404, 422)
  async get(
    @Principal() principal: ApiPrincipal,
    @Param('id', RestaurantIdPipe) restaurantId: string,
    @Query() query: AvailabilityQuery,
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
