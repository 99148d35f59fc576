import { Module } from '@nestjs/common';
import { WaitlistRepository, type PrismaClient } from '@tablekeeper/db';
import { AuthModule } from '../auth/auth.module';
import { PRISMA } from '../infrastructure/tokens';
import { WaitlistController } from './waitlist.controller';
import { WaitlistService } from './waitlist.service';

/** The wish list: joining, reading, leaving, accepting an offer (issue 19). */
@Module({
  imports: [AuthModule],
  controllers: [WaitlistController],
  providers: [
    {
      provide: WaitlistRepository,
      inject: [PRISMA],
      useFactory: (p: PrismaClient) => new WaitlistRepository(p),
    },
    WaitlistService,
  ],
  exports: [WaitlistService, WaitlistRepository],
})
export class WaitlistModule {}
