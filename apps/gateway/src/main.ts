import './tracing';
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { pino } from 'pino';
import { loadConfig } from '@tablekeeper/config';
import { PinoNestLogger, pinoOptions } from '@tablekeeper/logging';
import { AppModule } from './app.module';
import { configureApp, createAdapter } from './app.setup';

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  const log = pino(pinoOptions(config, 'gateway'));
  const logger = new PinoNestLogger(log);
  const app = await NestFactory.create<NestFastifyApplication>(AppModule, createAdapter(), {
    bodyParser: false,
    logger,
  });
  configureApp(app, log);
  await app.listen(config.port, '0.0.0.0');
  logger.log(`listening on http://localhost:${config.port} (docs at /docs)`, 'Gateway');
}

bootstrap().catch((error: unknown) => {
  process.stderr.write(
    `gateway failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
