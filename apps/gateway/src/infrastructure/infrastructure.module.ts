import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import type { Redis } from 'ioredis';
import { AvailabilityCache, IdempotencyStore, closeRedis, createRedis } from '../../../../libs/cache/src';
import { loadConfig, type AppConfig } from '../../../../libs/config/src';
import {
  ApiKeyRepository,
  AvailabilityRepository,
  BookingQueryRepository,
  RestaurantRepository,
  createPrismaClient,
  type PrismaClient,
} from '../../../../libs/db/src';
import { bookingDataConverter } from '../../../../libs/payload-codec/src';
import { APP_CONFIG, PRISMA, REDIS, TEMPORAL_CLIENT } from './tokens';

/** The gateway's connections to the outside world, created once and closed on shutdown. */
@Global()
@Module({
  providers: [
    { provide: APP_CONFIG, useFactory: () => loadConfig() },
    {
      provide: PRISMA,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => createPrismaClient(config.databaseUrl, { poolSize: 20 }),
    },
    {
      provide: REDIS,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => createRedis(config.redisUrl),
    },
    {
      provide: TEMPORAL_CLIENT,
      inject: [APP_CONFIG],
      useFactory: async (config: AppConfig) => {
        const connection = await Connection.connect({ address: config.temporalAddress });
        return new Client({
          connection,
          namespace: config.temporalNamespace,
          dataConverter: bookingDataConverter(config),
        });
      },
    },
    { provide: ApiKeyRepository, inject: [PRISMA], useFactory: (p: PrismaClient) => new ApiKeyRepository(p) },
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
      provide: AvailabilityRepository,
      inject: [PRISMA],
      useFactory: (p: PrismaClient) => new AvailabilityRepository(p),
    },
    { provide: AvailabilityCache, inject: [REDIS], useFactory: (r: Redis) => new AvailabilityCache(r) },
    { provide: IdempotencyStore, inject: [REDIS], useFactory: (r: Redis) => new IdempotencyStore(r) },
  ],
  exports: [
    APP_CONFIG,
    PRISMA,
    REDIS,
    TEMPORAL_CLIENT,
    ApiKeyRepository,
    RestaurantRepository,
    BookingQueryRepository,
    AvailabilityRepository,
    AvailabilityCache,
    IdempotencyStore,
  ],
})
export class InfrastructureModule implements OnApplicationShutdown {
  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(TEMPORAL_CLIENT) private readonly temporal: Client,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await Promise.allSettled([
      this.prisma.$disconnect(),
      closeRedis(this.redis),
      this.temporal.connection.close(),
    ]);
  }
}
