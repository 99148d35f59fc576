import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ApiPrincipal } from '@tablekeeper/auth';
import { Principal, RequireScope } from '../auth/principal';
import { ApiProblems } from '../common/api-problems.decorator';
import { RestaurantIdPipe } from '../common/id.pipes';
import { WaitEstimateOutput, WaitEstimateQuery } from './wait-estimate.dto';
import { WaitEstimateService } from './wait-estimate.service';

@ApiTags('waitlist')
@ApiBearerAuth()
@Controller('v1/restaurants')
export class WaitEstimateController {
  constructor(private readonly estimates: WaitEstimateService) {}

  @Get(':id/wait-estimate')
  @RequireScope('availability:read')
  @ApiOperation({
    operationId: 'getWaitEstimate',
    summary: 'How long a walk-in party would wait now',
    description:
      'For a party of `partySize` arriving now: the walk-in parties ahead and an estimated seat time ' +
      'range, from the floor as it is (when the seated parties are likely to leave, by their bookings ' +
      'and how long parties of their size actually stayed this service; the bookings that claim tables ' +
      'later; the parties ahead seated first). `open` false with reason closed or past_last_seating ' +
      'when the list does not take the party; reason no_table_fits when no single table seats it. ' +
      'Advisory, like availability. Read-only; safe to retry.',
  })
  @ApiOkResponse({
    type: WaitEstimateOutput,
    example: {
      restaurantId: '0b9f7d3a-52a1-4a43-8d0e-2f6c1b8e9a10',
      partySize: 2,
      open: true,
      partiesAhead: 2,
      estimatedSeatFrom: '2026-12-24T19:25:00.000Z',
      estimatedSeatTo: '2026-12-24T19:50:00.000Z',
    },
  })
  @ApiProblems(400, 401, 403, 404, 422)
  async get(
    @Principal() principal: ApiPrincipal,
    @Param('id', RestaurantIdPipe) restaurantId: string,
    @Query() query: WaitEstimateQuery,
  ): Promise<WaitEstimateOutput> {
    return WaitEstimateOutput.from(
      await this.estimates.quote(principal.restaurantIds, restaurantId, query.partySize),
    );
  }
}
