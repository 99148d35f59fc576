import { Module } from '@nestjs/common';
import { RestaurantSetupRepository, SetupDocumentRepository, type PrismaClient } from '@tablekeeper/db';
import { PRISMA } from '../infrastructure/tokens';
import { WaitlistModule } from '../waitlist/waitlist.module';
import { RestaurantSetupController } from './restaurant-setup.controller';
import { RestaurantSetupService } from './restaurant-setup.service';
import { SetupChanges } from './setup-changes';
import { SetupDocumentService } from './setup-document.service';
import { WaitlistWake } from './waitlist-wake';

/** A restaurant's setup as a product feature: the setup API, its change log and announcements. */
@Module({
  imports: [WaitlistModule],
  controllers: [RestaurantSetupController],
  providers: [
    {
      provide: RestaurantSetupRepository,
      inject: [PRISMA],
      useFactory: (p: PrismaClient) => new RestaurantSetupRepository(p),
    },
    {
      provide: SetupDocumentRepository,
      inject: [PRISMA],
      useFactory: (p: PrismaClient) => new SetupDocumentRepository(p),
    },
    RestaurantSetupService,
    SetupDocumentService,
    SetupChanges,
    WaitlistWake,
  ],
  exports: [RestaurantSetupService, SetupDocumentService, RestaurantSetupRepository, SetupChanges],
})
export class SetupModule {}
