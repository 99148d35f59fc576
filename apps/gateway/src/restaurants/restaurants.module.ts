import { Module } from '@nestjs/common';
import { RestaurantContextService } from './restaurant-context.service';
import { RestaurantsController } from './restaurants.controller';

/** The restaurant as agents see it: one context answered by REST, MCP and the admin setup area. */
@Module({
  controllers: [RestaurantsController],
  providers: [RestaurantContextService],
  exports: [RestaurantContextService],
})
export class RestaurantsModule {}
