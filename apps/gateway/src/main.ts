import 'reflect-metadata';
import { Logger as NestLogger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger } from 'nestjs-pino';
import { loadConfig } from '../../../libs/config/src';
import { AppModule } from './app.module';
import { configureApp, createAdapter } from './app.setup';

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  const app = await NestFactory.create<NestFastifyApplication>(AppModule, createAdapter(), {
    bodyParser: false,
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  configureApp(app);
  await app.listen(config.port, '0.0.0.0');
  app.get(Logger).log(`listening on http://localhost:${config.port} (docs at /docs)`, 'Gateway');
}

bootstrap().catch((error: unknown) => {
  new NestLogger('Gateway').error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
