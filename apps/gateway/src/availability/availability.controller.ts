import { Controller, Get, Param, Query } from '@nestjs/common';
import { AVAILABILITY_EXAMPLE } from '../bookings/booking.examples';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ApiPrincipal } from '@tablekeeper/auth';
import { Principal, RequireScope } from '../auth/principal';
import { ApiProblems } from '../common/api-problems.decorator';
import { AvailabilityOutput, AvailabilityQuery } from './availability.dto';
import { AvailabilityQueryService } from './availability-query.service';
import { RestaurantIdPipe } from '../common/id.pipes';
import { GuestAccess } from '../guest/guest-access';

@ApiTags('availability')
@ApiBearerAuth()
@Controller('v1/restaurants')
export class AvailabilityController {
  constructor(private readonly queries: AvailabilityQueryService) {}

  @Get(':id/availability')
  @RequireScope('availability:read')
  @GuestAccess()
  @ApiOperation({
    operationId: 'getAvailability',
    summary: 'Bookable times of a day for a party',
    description:
      "Every start time of the restaurant's local day with whether the party can have it, " +
      'remaining covers and zones. Give `time` to get the nearest free alternatives to a wanted ' +
      'time. Call it before createBooking or createHold; availability is advisory, the booking ' +
      'itself decides. Past times and closed days give an empty list. Read-only; safe to retry.',
  })
  @ApiOkResponse({ type: AvailabilityOutput, example: AVAILABILITY_EXAMPLE })
  @ApiProblems(400, 401, 403, 404, 422)
  get(
    @Principal() principal: ApiPrincipal,
    @Param('id', RestaurantIdPipe) restaurantId: string,
    @Query() query: AvailabilityQuery,
  ): Promise<AvailabilityOutput> {
    return this.queries.answer(principal, restaurantId, query);
  }
}
