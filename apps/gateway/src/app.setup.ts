import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { ProblemDetailsFilter } from './common/problem-details.filter';
import { createValidationPipe } from './common/validation.pipe';
import { jsonBody } from './common/json-body.middleware';

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

/** Everything main.ts and the tests must configure identically. */
export function configureApp(app: NestExpressApplication): void {
  app.disable('x-powered-by');
  // API answers are not revalidated by clients; hashing every body for an ETag only costs CPU.
  app.set('etag', false);
  app.use(jsonBody('64kb'));
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());
  app.enableShutdownHooks();
  SwaggerModule.setup('docs', app, () => buildOpenApiDocument(app), { jsonDocumentUrl: 'docs-json' });
}
