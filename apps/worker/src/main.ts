import './tracing';
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { pino } from 'pino';
import { loadConfig } from '@tablekeeper/config';
import { PinoNestLogger, pinoOptions } from '@tablekeeper/logging';
import { installWorkerRuntime } from './worker-runtime';
import { WorkerModule } from './worker.module';

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  const log = pino(pinoOptions(config, 'worker'));
  // Before any connection: the SDK's runtime takes its logger and metrics once per process.
  await installWorkerRuntime(log, config);
  const app = await NestFactory.createApplicationContext(WorkerModule, { logger: new PinoNestLogger(log) });
  app.enableShutdownHooks();
  await app.init();
}

bootstrap().catch((error: unknown) => {
  process.stderr.write(
    `worker failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
