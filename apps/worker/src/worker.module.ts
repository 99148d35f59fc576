import { Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { loadConfig, type AppConfig } from '@tablekeeper/config';
import {
  BookingPlacementRepository,
  BookingStatusRepository,
  BookingHistorySeal,
  BookingModificationRepository,
  AvailabilityRepository,
  WaitlistRepository,
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
import {
  WaitlistActivities,
  waitlistAwareCapacity,
} from '@tablekeeper/temporal/activities/waitlist.activities';
import { Client, Connection } from '@temporalio/client';
import { bookingDataConverter } from '@tablekeeper/payload-codec';

/** The worker's own Temporal client: waitlist offers start and confirm holds as the gateway does. */
const TEMPORAL_CLIENT = Symbol('TEMPORAL_CLIENT');

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
      provide: TEMPORAL_CLIENT,
      inject: [APP_CONFIG],
      useFactory: async (config: AppConfig) =>
        new Client({
          connection: await Connection.connect({ address: config.temporalAddress }),
          namespace: config.temporalNamespace,
          dataConverter: bookingDataConverter(config),
        }),
    },
    {
      provide: WaitlistActivities,
      inject: [PRISMA, TEMPORAL_CLIENT, APP_CONFIG],
      useFactory: (prisma: PrismaClient, client: Client, config: AppConfig) =>
        new WaitlistActivities(
          new WaitlistRepository(prisma),
          new AvailabilityRepository(prisma),
          prisma,
          client,
          {
            taskQueue: config.taskQueue,
            publicBaseUrl: config.publicBaseUrl,
            matcherPollSeconds: config.waitlistMatchPollSeconds,
          },
        ),
    },
    {
      provide: BookingActivities,
      inject: [PRISMA, REDIS, WaitlistActivities],
      useFactory: (prisma: PrismaClient, redis: Redis, waitlist: WaitlistActivities) =>
        new BookingActivities(
          new BookingPlacementRepository(prisma),
          new BookingStatusRepository(prisma),
          waitlistAwareCapacity(
            availabilityInvalidator(new AvailabilityCache(redis)),
            new WaitlistRepository(prisma),
            waitlist,
          ),
          bookingChangePublisher(redis),
          new BookingModificationRepository(prisma),
          new BookingHistorySeal(prisma),
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
