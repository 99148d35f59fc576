import { Module } from '@nestjs/common';
import {
  WaitlistDataKeyRepository,
  WaitlistRepository,
  WalkInFloorRepository,
  type PrismaClient,
} from '@tablekeeper/db';
import { AuthModule } from '../auth/auth.module';
import { PRISMA } from '../infrastructure/tokens';
import { WaitEstimateController } from './wait-estimate.controller';
import { WaitEstimateService } from './wait-estimate.service';
import { WaitlistController } from './waitlist.controller';
import { WaitlistService } from './waitlist.service';

/** The wish list (joining, reading, leaving, accepting an offer) and the walk-in quote (issue 19). */
@Module({
  imports: [AuthModule],
  controllers: [WaitlistController, WaitEstimateController],
  providers: [
    {
      provide: WaitlistRepository,
      inject: [PRISMA],
      useFactory: (p: PrismaClient) => new WaitlistRepository(p),
    },
    {
      provide: WaitlistDataKeyRepository,
      inject: [PRISMA],
      useFactory: (p: PrismaClient) => new WaitlistDataKeyRepository(p),
    },
    {
      provide: WalkInFloorRepository,
      inject: [PRISMA],
      useFactory: (p: PrismaClient) => new WalkInFloorRepository(p),
    },
    WaitlistService,
    WaitEstimateService,
  ],
  exports: [WaitlistService, WaitlistRepository, WaitEstimateService],
})
export class WaitlistModule {}
