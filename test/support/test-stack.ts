import { Test } from '@nestjs/testing';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Client } from '@temporalio/client';
import { NativeConnection, Runtime, type Worker } from '@temporalio/worker';
import { Redis } from 'ioredis';
import { randomBytes } from 'node:crypto';
import { AppModule } from '../../apps/gateway/src/app.module';
import { configureApp, createAdapter, registeredRoutes } from '../../apps/gateway/src/app.setup';
import { APP_CONFIG, TEMPORAL_CLIENT } from '../../apps/gateway/src/infrastructure/tokens';
import { MetricsEndpoint } from '@tablekeeper/observability';
import { activityMetrics, requestIdLogging } from '../../apps/worker/src/activity-interceptors';
import { createBookingWorker } from '../../apps/worker/src/booking-worker';
import { WorkerMetrics } from '../../apps/worker/src/worker-metrics';
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
import { availabilityInvalidator } from '@tablekeeper/temporal/activities/availability-invalidator';
import {
  WaitlistActivities,
  waitlistAwareCapacity,
} from '@tablekeeper/temporal/activities/waitlist.activities';
import { bookingChangePublisher } from '@tablekeeper/temporal/activities/booking-change-publisher';
import { AvailabilityCache, closeRedis, createRedis } from '@tablekeeper/cache';
import { bookingDataConverter } from '@tablekeeper/payload-codec';
import { createTestDatabase, type TestDatabase } from './database';
import { REDIS_URL, TEST_PAYLOAD_KEYS, WORKFLOW_BUNDLE_ENV, temporalAddress } from './test-env';

let runtimeConfigured = false;
function quietRuntime(): void {
  if (runtimeConfigured) return;
  runtimeConfigured = true;
  Runtime.install({
    logger: {
      log: () => {},
      trace: () => {},
      debug: () => {},
      info: () => {},
      warn: () => {},
      error: (message: string, meta?: Record<string, unknown>) => console.error(message, meta ?? ''),
    },
  });
}

/** One real gateway on a random port; a test may start a second one on the same config. */
export async function startGateway(
  config: AppConfig,
): Promise<{ app: NestFastifyApplication; baseUrl: string }> {
  const moduleRef = await Test.createTestingModule({ imports: [AppModule] })
    .overrideProvider(APP_CONFIG)
    .useValue(config)
    .compile();
  const app = moduleRef.createNestApplication<NestFastifyApplication>(createAdapter(), {
    bodyParser: false,
    logger: ['error'],
  });
  configureApp(app);
  await app.listen(0, '127.0.0.1');
  return { app, baseUrl: (await app.getUrl()).replace('[::1]', '127.0.0.1') };
}

async function deleteKeysWithPrefix(url: string, prefix: string): Promise<number> {
  if (!prefix) throw new Error('refusing to clear Redis without a key prefix');
  // A plain client: SCAN patterns are not prefixed by ioredis, the keys it returns already are.
  const redis = new Redis(url, { maxRetriesPerRequest: 1, lazyConnect: true });
  let deleted = 0;
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
      if (keys.length > 0) deleted += await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
  return deleted;
}

export interface TestStack {
  readonly baseUrl: string;
  readonly config: AppConfig;
  readonly db: TestDatabase;
  /** The test's own view of the database, for assertions. */
  readonly prisma: PrismaClient;
  readonly temporal: Client;
  readonly taskQueue: string;
  /** The gateway's Prometheus endpoint. */
  readonly metricsUrl: string;
  /** Every route the gateway registered, `METHOD /path/{param}`. */
  readonly routes: readonly string[];
  /**
   * Deletes every Redis key of this stack (its own key prefix) and nobody else's: what a
   * `FLUSHALL` would do to this stack, without resetting other files' limits and caches.
   */
  clearRedis(): Promise<number>;
  startWorker(): Promise<void>;
  stopWorker(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The real gateway (HTTP on a random port) and a real worker for one test file: its own
 * database and its own task queue on the shared Temporal dev server.
 */
export async function startTestStack(
  options: {
    worker?: boolean;
    answerDeadlineMs?: number;
    redisUrl?: string;
    /** The worker reaches Postgres on this port (a TcpProxy the test cuts), not the server's own. */
    workerPostgresPort?: number;
    /** Settings that differ from the test defaults (keys, codec auth...). */
    config?: Partial<AppConfig>;
  } = {},
): Promise<TestStack> {
  quietRuntime();
  const db = await createTestDatabase();
  const taskQueue = `test-${randomBytes(5).toString('hex')}`;
  const config: AppConfig = {
    ...loadConfig({ ...TEST_PAYLOAD_KEYS }),
    databaseUrl: db.url,
    redisUrl: options.redisUrl ?? REDIS_URL,
    // One Redis serves every test file (and a developer's `npm start`): each stack keeps to its keys.
    redisKeyPrefix: `test:${taskQueue}:`,
    temporalAddress: temporalAddress(),
    taskQueue,
    port: 0,
    // Tests assert on answers; request logs would only bury a failure's output.
    logLevel: 'error',
    bookingAnswerDeadlineMs: options.answerDeadlineMs ?? 20_000,
    metricsPort: 0,
    ...options.config,
  };
  const { app, baseUrl } = await startGateway(config);
  const prisma = createPrismaClient(db.url, { poolSize: 4 });
  const workerDatabaseUrl = new URL(db.url);
  if (options.workerPostgresPort) workerDatabaseUrl.port = String(options.workerPostgresPort);
  const workerPrisma = createPrismaClient(workerDatabaseUrl.toString(), { poolSize: 6 });
  const workerRedis = createRedis(config.redisUrl, undefined, { keyPrefix: config.redisKeyPrefix });

  let worker: Worker | undefined;
  let running: Promise<void> | undefined;
  let connection: NativeConnection | undefined;

  const stack: TestStack = {
    baseUrl,
    config,
    db,
    prisma,
    temporal: app.get<Client>(TEMPORAL_CLIENT),
    taskQueue,
    metricsUrl: `http://127.0.0.1:${app.get(MetricsEndpoint).port}/metrics`,
    routes: registeredRoutes.get(app) ?? [],
    clearRedis: () => deleteKeysWithPrefix(config.redisUrl, config.redisKeyPrefix),
    async startWorker() {
      if (worker) return;
      connection ??= await NativeConnection.connect({ address: config.temporalAddress });
      const bundlePath = process.env[WORKFLOW_BUNDLE_ENV];
      const entries = new WaitlistRepository(workerPrisma);
      const waitlist = new WaitlistActivities(
        entries,
        new AvailabilityRepository(workerPrisma),
        workerPrisma,
        stack.temporal,
        {
          taskQueue,
          publicBaseUrl: config.publicBaseUrl,
          matcherPollSeconds: config.waitlistMatchPollSeconds,
        },
      );
      worker = await createBookingWorker({
        connection,
        namespace: config.temporalNamespace,
        taskQueue,
        waitlist,
        activities: new BookingActivities(
          new BookingPlacementRepository(workerPrisma),
          new BookingStatusRepository(workerPrisma),
          waitlistAwareCapacity(
            availabilityInvalidator(new AvailabilityCache(workerRedis)),
            entries,
            waitlist,
          ),
          bookingChangePublisher(workerRedis),
          new BookingModificationRepository(workerPrisma),
          new BookingHistorySeal(workerPrisma),
        ),
        workflowBundle: bundlePath ? { codePath: bundlePath } : undefined,
        dataConverter: bookingDataConverter(config),
        activityInterceptors: [requestIdLogging, activityMetrics(new WorkerMetrics())],
      });
      running = worker.run();
    },
    async stopWorker() {
      if (!worker) return;
      worker.shutdown();
      await running;
      worker = undefined;
    },
    async stop() {
      await stack.stopWorker();
      await connection?.close();
      await app.close();
      await Promise.all([prisma.$disconnect(), workerPrisma.$disconnect(), closeRedis(workerRedis)]);
      await stack.clearRedis().catch(() => undefined);
      await db.drop();
    },
  };
  if (options.worker !== false) await stack.startWorker();
  return stack;
}
