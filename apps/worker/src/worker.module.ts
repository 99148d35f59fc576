import { Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { loadConfig, type AppConfig } from '../../../libs/config/src';
import { BookingRepository, createPrismaClient, type PrismaClient } from '../../../libs/db/src';
import { BookingActivities } from '../../../temporal/activities/booking.activities';
import { TemporalWorkerService } from './temporal-worker.service';
import { APP_CONFIG, PRISMA } from './worker.tokens';

@Module({
  providers: [
    { provide: APP_CONFIG, useFactory: () => loadConfig() },
    {
      provide: PRISMA,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => createPrismaClient(config.databaseUrl, { poolSize: 10 }),
    },
    {
      provide: BookingRepository,
      inject: [PRISMA],
      useFactory: (prisma: PrismaClient) => new BookingRepository(prisma),
    },
    {
      provide: BookingActivities,
      inject: [BookingRepository],
      useFactory: (bookings: BookingRepository) => new BookingActivities(bookings),
    },
    TemporalWorkerService,
  ],
})
export class WorkerModule implements OnApplicationShutdown {
  constructor(@Inject(PRISMA) private readonly prisma: PrismaClient) {}

  async onApplicationShutdown(): Promise<void> {
    await this.prisma.$disconnect();
  }
}
