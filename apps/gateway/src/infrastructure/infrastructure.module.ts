import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import type { Redis } from 'ioredis';
import { AvailabilityCache, IdempotencyStore, closeRedis, createRedis } from '@tablekeeper/cache';
import { loadConfig, type AppConfig } from '@tablekeeper/config';
import {
  ApiKeyRepository,
  ManageTokenRepository,
  AvailabilityRepository,
  BookingQueryRepository,
  GuestLookupRepository,
  RestaurantRepository,
  createPrismaClient,
  type PrismaClient,
} from '@tablekeeper/db';
// The client part only: the package index also loads its worker-side interceptors and plugin.
import { OpenTelemetryWorkflowClientInterceptor } from '@temporalio/interceptors-opentelemetry/lib/client';
import {
  activeTracing,
  MetricsEndpoint,
  observeRedis,
  TemporalCallTimingInterceptor,
} from '@tablekeeper/observability';
import { bookingDataConverter } from '@tablekeeper/payload-codec';
import { GatewayMetrics } from '../metrics/gateway-metrics';
import { RequestIdClientInterceptor } from './request-id.client-interceptor';
import { APP_CONFIG, PRISMA, REDIS, TEMPORAL_CLIENT } from './tokens';
import { AdmissionControl } from '../admission/admission-control';

/** Scrapes come every 15-60 s from each Prometheus; the count is shared between them. */
const PENDING_REVIEWS_CACHE_MS = 10_000;

function cachedFor<T>(ms: number, read: () => Promise<T>): () => Promise<T> {
  let cached: { at: number; value: Promise<T> } | undefined;
  return () => {
    if (!cached || Date.now() - cached.at > ms) {
      const value = read();
      cached = { at: Date.now(), value };
      value.catch(() => (cached = undefined));
    }
    return cached.value;
  };
}

/** The gateway's connections to the outside world, created once and closed on shutdown. */
@Global()
@Module({
  providers: [
    { provide: APP_CONFIG, useFactory: () => loadConfig() },
    { provide: GatewayMetrics, useFactory: () => new GatewayMetrics() },
    {
      provide: MetricsEndpoint,
      inject: [APP_CONFIG, GatewayMetrics],
      useFactory: (config: AppConfig, metrics: GatewayMetrics) =>
        new MetricsEndpoint({
          port: config.metricsPort,
          token: config.metricsToken,
          render: () => metrics.render(),
        }),
    },
    {
      provide: PRISMA,
      inject: [APP_CONFIG, GatewayMetrics],
      useFactory: (config: AppConfig, metrics: GatewayMetrics) =>
        createPrismaClient(config.databaseUrl, { poolSize: 20, observe: metrics.observer('postgres') }),
    },
    {
      provide: REDIS,
      inject: [APP_CONFIG, GatewayMetrics],
      useFactory: (config: AppConfig, metrics: GatewayMetrics) =>
        observeRedis(
          createRedis(config.redisUrl, undefined, { keyPrefix: config.redisKeyPrefix }),
          metrics.observer('redis'),
        ),
    },
    {
      provide: TEMPORAL_CLIENT,
      inject: [APP_CONFIG, GatewayMetrics],
      useFactory: async (config: AppConfig, metrics: GatewayMetrics) => {
        const connection = await Connection.connect({ address: config.temporalAddress });
        return new Client({
          connection,
          namespace: config.temporalNamespace,
          dataConverter: bookingDataConverter(config),
          interceptors: {
            workflow: [
              // Tracing (when on) first: the workflow's spans become children of the HTTP request's.
              ...(activeTracing() ? [new OpenTelemetryWorkflowClientInterceptor()] : []),
              new RequestIdClientInterceptor(),
              new TemporalCallTimingInterceptor(metrics.observer('temporal')),
            ],
          },
        });
      },
    },
    { provide: ApiKeyRepository, inject: [PRISMA], useFactory: (p: PrismaClient) => new ApiKeyRepository(p) },
    {
      provide: ManageTokenRepository,
      inject: [PRISMA],
      useFactory: (p: PrismaClient) => new ManageTokenRepository(p),
    },
    {
      provide: RestaurantRepository,
      inject: [PRISMA],
      useFactory: (p: PrismaClient) => new RestaurantRepository(p),
    },
    {
      provide: BookingQueryRepository,
      inject: [PRISMA],
      useFactory: (p: PrismaClient) => new BookingQueryRepository(p),
    },
    {
      provide: GuestLookupRepository,
      inject: [PRISMA],
      useFactory: (p: PrismaClient) => new GuestLookupRepository(p),
    },
    {
      provide: AvailabilityRepository,
      inject: [PRISMA],
      useFactory: (p: PrismaClient) => new AvailabilityRepository(p),
    },
    { provide: AvailabilityCache, inject: [REDIS], useFactory: (r: Redis) => new AvailabilityCache(r) },
    { provide: IdempotencyStore, inject: [REDIS], useFactory: (r: Redis) => new IdempotencyStore(r) },
    {
      provide: AdmissionControl,
      inject: [APP_CONFIG, GatewayMetrics],
      useFactory: (c: AppConfig, metrics: GatewayMetrics) =>
        new AdmissionControl(c.admission, (kind) => metrics.countShed(kind)),
    },
  ],
  exports: [
    APP_CONFIG,
    GatewayMetrics,
    MetricsEndpoint,
    PRISMA,
    REDIS,
    TEMPORAL_CLIENT,
    ApiKeyRepository,
    ManageTokenRepository,
    RestaurantRepository,
    BookingQueryRepository,
    GuestLookupRepository,
    AvailabilityRepository,
    AvailabilityCache,
    IdempotencyStore,
    AdmissionControl,
  ],
})
export class InfrastructureModule implements OnApplicationShutdown {
  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(TEMPORAL_CLIENT) private readonly temporal: Client,
    metrics: GatewayMetrics,
  ) {
    metrics.countPendingReviewsWith(
      cachedFor(PENDING_REVIEWS_CACHE_MS, () => prisma.booking.count({ where: { status: 'manual_review' } })),
    );
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.allSettled([
      this.prisma.$disconnect(),
      closeRedis(this.redis),
      this.temporal.connection.close(),
    ]);
  }
}
