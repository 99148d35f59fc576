import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Runtime } from '@temporalio/worker';
import { pino } from 'pino';
import { loadConfig } from '../../../libs/config/src';
import { PinoNestLogger, pinoOptions, temporalLogger } from '../../../libs/logging/src';
import { WorkerModule } from './worker.module';

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  const log = pino(pinoOptions(config, 'worker'));
  // Before any connection: the SDK's runtime takes its logger once per process.
  Runtime.install({ logger: temporalLogger(log, config.logLevel) });
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
