import { Global, Inject, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import { Redis } from 'ioredis';
import { loadConfig, type AppConfig } from '../../../../libs/config/src';
import {
  ApiKeyRepository,
  BookingQueryRepository,
  RestaurantRepository,
  createPrismaClient,
  type PrismaClient,
} from '../../../../libs/db/src';
import { APP_CONFIG, PRISMA, REDIS, TEMPORAL_CLIENT } from './tokens';

/** Redis only accelerates: a request never hangs on it, and an outage is logged once, not per retry. */
function createRedis(url: string): Redis {
  const redis = new Redis(url, { maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 2000 });
  const logger = new Logger('Redis');
  let down = false;
  redis.on('error', (error: Error) => {
    if (!down) logger.warn(`Redis unavailable (${error.message}); retrying in the background`);
    down = true;
  });
  redis.on('ready', () => {
    if (down) logger.log('Redis is back');
    down = false;
  });
  return redis;
}

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
        return new Client({ connection, namespace: config.temporalNamespace });
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
  ],
  exports: [
    APP_CONFIG,
    PRISMA,
    REDIS,
    TEMPORAL_CLIENT,
    ApiKeyRepository,
    RestaurantRepository,
    BookingQueryRepository,
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
      this.redis.quit(),
      this.temporal.connection.close(),
    ]);
  }
}
