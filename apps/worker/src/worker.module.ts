import { Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { loadConfig, type AppConfig } from '@tablekeeper/config';
import {
  BookingPlacementRepository,
  BookingStatusRepository,
  BookingModificationRepository,
  createPrismaClient,
  type PrismaClient,
} from '@tablekeeper/db';
import { BookingActivities } from '@tablekeeper/temporal/activities/booking.activities';
import { MetricsEndpoint, observeRedis } from '@tablekeeper/observability';
import { TemporalWorkerService } from './temporal-worker.service';
import { WebhookRelayService } from './webhooks/webhook-relay.service';
import { WorkerMetrics } from './worker-metrics';
import { APP_CONFIG, PRISMA, REDIS } from './worker.tokens';
import { AvailabilityCache, closeRedis, createRedis } from '@tablekeeper/cache';
import type { Redis } from 'ioredis';
import { availabilityInvalidator } from '@tablekeeper/temporal/activities/availability-invalidator';
import { bookingChangePublisher } from '@tablekeeper/temporal/activities/booking-change-publisher';

@Module({
  providers: [
    { provide: APP_CONFIG, useFactory: () => loadConfig() },
    { provide: WorkerMetrics, useFactory: () => new WorkerMetrics() },
    {
      provide: MetricsEndpoint,
      inject: [APP_CONFIG, WorkerMetrics],
      useFactory: (config: AppConfig, metrics: WorkerMetrics) =>
        new MetricsEndpoint({
          port: config.workerMetricsPort,
          token: config.metricsToken,
          render: () => metrics.render(),
        }),
    },
    {
      provide: PRISMA,
      inject: [APP_CONFIG, WorkerMetrics],
      useFactory: (config: AppConfig, metrics: WorkerMetrics) =>
        createPrismaClient(config.databaseUrl, { poolSize: 10, observe: metrics.observer('postgres') }),
    },
    {
      provide: REDIS,
      inject: [APP_CONFIG, WorkerMetrics],
      useFactory: (config: AppConfig, metrics: WorkerMetrics) =>
        observeRedis(
          createRedis(config.redisUrl, undefined, { keyPrefix: config.redisKeyPrefix }),
          metrics.observer('redis'),
        ),
    },
    {
      provide: BookingActivities,
      inject: [PRISMA, REDIS],
      useFactory: (prisma: PrismaClient, redis: Redis) =>
        new BookingActivities(
          new BookingPlacementRepository(prisma),
          new BookingStatusRepository(prisma),
          availabilityInvalidator(new AvailabilityCache(redis)),
          bookingChangePublisher(redis),
          new BookingModificationRepository(prisma),
        ),
    },
    TemporalWorkerService,
    WebhookRelayService,
  ],
})
export class WorkerModule implements OnApplicationShutdown {
  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await Promise.allSettled([this.prisma.$disconnect(), closeRedis(this.redis)]);
  }
}
