import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { ApiPrincipal } from '@tablekeeper/auth';
import { RestaurantRepository } from '@tablekeeper/db';
import { Principal } from '../auth/principal';
import { ApiProblems } from '../common/api-problems.decorator';

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
  constructor(private readonly restaurants: RestaurantRepository) {}

  @Get()
  @ApiOperation({ summary: "The caller's restaurants" })
  @ApiOkResponse({ type: RestaurantListOutput })
  @ApiProblems(401)
  async list(@Principal() principal: ApiPrincipal): Promise<RestaurantListOutput> {
    return { data: await this.restaurants.listForTenant(principal.restaurantIds) };
  }
}
