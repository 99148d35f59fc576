import { Module } from '@nestjs/common';
import { RestaurantSetupRepository, type PrismaClient } from '@tablekeeper/db';
import { PRISMA } from '../infrastructure/tokens';
import { RestaurantContextService } from '../restaurants/restaurant-context.service';
import { RestaurantSetupController } from './restaurant-setup.controller';
import { RestaurantSetupService } from './restaurant-setup.service';
import { SetupChanges } from './setup-changes';

/** A restaurant's setup as a product feature: the setup API, its change log and announcements. */
@Module({
  controllers: [RestaurantSetupController],
  providers: [
    {
      provide: RestaurantSetupRepository,
      inject: [PRISMA],
      useFactory: (p: PrismaClient) => new RestaurantSetupRepository(p),
    },
    RestaurantSetupService,
    SetupChanges,
    RestaurantContextService,
  ],
  exports: [RestaurantSetupService, RestaurantSetupRepository, SetupChanges, RestaurantContextService],
})
export class SetupModule {}
