import type { OpenAPIObject } from '@nestjs/swagger';
import { NestFactory } from '@nestjs/core';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { AppModule } from '../app.module';
import { createAdapter } from '../app.setup';
import { buildOpenApiDocument } from '../openapi.document';

/** The repository root, from source (tests) or dist/ (the npm script) alike. */
function repositoryRoot(from: string): string {
  return existsSync(join(from, 'package.json')) ? from : repositoryRoot(dirname(from));
}

/** The admin UI's API types, generated from the admin routes of the gateway's OpenAPI document. */
export const ADMIN_API_TYPES_FILE = join(
  repositoryRoot(__dirname),
  'apps',
  'admin',
  'src',
  'api.generated.ts',
);

const ADMIN_PATH_PREFIX = '/admin/api';

const HEADER = `/**
 * The admin API's types, generated from the gateway's OpenAPI document by openapi-typescript.
 * Do not edit: change the gateway's DTOs and run \`npm run api-types\` (a test fails while this
 * file is stale).
 */
`;

type Json = Record<string, unknown>;

/**
 * The document as the gateway serves it, built in preview mode: Nest reads the module graph and
 * decorators without creating providers, so no database, Redis or Temporal is needed.
 */
export async function buildServedDocument(): Promise<OpenAPIObject> {
  const app = await NestFactory.create(AppModule, createAdapter(), { preview: true, logger: false });
  try {
    return buildOpenApiDocument(app);
  } finally {
    await app.close();
  }
}

/** Only the admin routes and the components they reach, so the public API's changes do not churn the UI's file. */
export function adminDocument(document: OpenAPIObject): Json {
  const paths = Object.fromEntries(
    Object.entries(document.paths).filter(([path]) => path.startsWith(ADMIN_PATH_PREFIX)),
  );
  const components = (document.components ?? {}) as Record<string, Record<string, unknown>>;
  const kept: Record<string, Record<string, unknown>> = {};
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const ref = (node as Json).$ref;
    if (typeof ref === 'string') {
      const [, , section, name] = ref.split('/');
      if (!kept[section]?.[name] && components[section]?.[name]) {
        (kept[section] ??= {})[name] = components[section][name];
        visit(components[section][name]);
      }
    }
    Object.values(node).forEach(visit);
  };
  visit(paths);
  return { ...document, paths, components: kept };
}

/** The generated module's text, formatted as the repository's prettier config says. */
export async function renderAdminApiTypes(): Promise<string> {
  // Both are ES modules at heart; loaded only here so the gateway never pulls them in.
  const { default: openapiTS, astToString } = await import('openapi-typescript');
  const prettier = await import('prettier');
  const document = adminDocument(await buildServedDocument());
  const ast = await openapiTS(JSON.stringify(document), {
    immutable: true,
    alphabetize: true,
    silent: true,
  });
  const options = (await prettier.resolveConfig(ADMIN_API_TYPES_FILE)) ?? {};
  return prettier.format(HEADER + astToString(ast), { ...options, filepath: ADMIN_API_TYPES_FILE });
}
