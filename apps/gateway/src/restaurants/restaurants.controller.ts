import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { ApiPrincipal } from '@tablekeeper/auth';
import { Principal } from '../auth/principal';
import { ApiProblems } from '../common/api-problems.decorator';
import { RestaurantIdPipe } from '../common/id.pipes';
import { ProblemException } from '../common/problem';
import { GuestAccess } from '../guest/guest-access';
import { RestaurantContextListOutput, RestaurantContextOutput } from './restaurant-context.outputs';
import { RestaurantContextService } from './restaurant-context.service';

export class RestaurantOutput {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'demo-bistro' }) slug!: string;
  @ApiProperty({ example: 'Demo Bistro' }) name!: string;
  @ApiProperty({ example: 'Europe/London' }) timezone!: string;
}

export class RestaurantListOutput {
  @ApiProperty({ type: [RestaurantOutput] }) data!: RestaurantOutput[];
}

@ApiTags('restaurants')
@ApiBearerAuth()
@Controller('v1/restaurants')
export class RestaurantsController {
  constructor(private readonly context: RestaurantContextService) {}

  @Get()
  @GuestAccess()
  @ApiOperation({
    operationId: 'listRestaurants',
    summary: "The caller's restaurants, each with what an agent needs to know (as GET /v1/restaurants/{id})",
    description:
      'The restaurants this API key may book, each with what getRestaurant answers. Start here to ' +
      'find a restaurant id. Read-only; safe to retry.',
  })
  @ApiOkResponse({ type: RestaurantContextListOutput })
  @ApiProblems(401)
  async list(@Principal() principal: ApiPrincipal): Promise<RestaurantContextListOutput> {
    return { data: await this.context.contexts(principal.restaurantIds) };
  }

  @Get(':id')
  @GuestAccess()
  @ApiOperation({
    operationId: 'getRestaurant',
    summary: 'A restaurant as an agent needs it',
    description:
      'Hours and exceptions for the coming four weeks in the restaurant’s timezone, party-size limits, which parties go to manual review, booking window and notice, start-time grid, hold TTL, cancellation policy, zones offered as seating preferences, and contact.',
  })
  @ApiOkResponse({ type: RestaurantContextOutput })
  @ApiProblems(401, 404)
  async get(
    @Principal() principal: ApiPrincipal,
    @Param('id', RestaurantIdPipe) id: string,
  ): Promise<RestaurantContextOutput> {
    const found = principal.restaurantIds.includes(id) ? await this.context.context(id) : null;
    if (!found) throw new ProblemException('restaurant_not_found', 'No such restaurant for this API key');
    return found;
  }
}
