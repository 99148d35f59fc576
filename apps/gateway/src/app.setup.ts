import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { ProblemDetailsFilter } from './common/problem-details.filter';
import { createValidationPipe } from './common/validation.pipe';
import { registerJsonBodyParser } from './common/json-body.parser';

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Tablekeeper API')
    .setDescription(
      'Durable restaurant booking orchestration. Every write needs an Idempotency-Key; errors are ' +
        'application/problem+json with a stable `code`.',
    )
    .setVersion('1')
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'API key: tk_<prefix>_<secret>' })
    .build();
  return SwaggerModule.createDocument(app, config);
}

export const BODY_LIMIT_BYTES = 64 * 1024;

/** The fastify adapter every entry point (main.ts, tests, benchmarks) creates the app with. */
export function createAdapter(): FastifyAdapter {
  return new FastifyAdapter({ bodyLimit: BODY_LIMIT_BYTES, trustProxy: true });
}

/** Everything main.ts and the tests must configure identically. */
export function configureApp(app: NestFastifyApplication): void {
  registerJsonBodyParser(app.getHttpAdapter().getInstance(), BODY_LIMIT_BYTES);
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());
  app.enableShutdownHooks();
  SwaggerModule.setup('docs', app, () => buildOpenApiDocument(app), { jsonDocumentUrl: 'docs-json' });
}
