import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { loadConfig } from '../../../libs/config/src';
import { AppModule } from './app.module';
import { configureApp, createAdapter } from './app.setup';

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  const app = await NestFactory.create<NestFastifyApplication>(AppModule, createAdapter(), {
    bodyParser: false,
  });
  configureApp(app);
  await app.listen(config.port, '0.0.0.0');
  new Logger('Gateway').log(`listening on http://localhost:${config.port} (docs at /docs)`);
}

bootstrap().catch((error: unknown) => {
  new Logger('Gateway').error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
