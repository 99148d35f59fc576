import type { OpenAPIObject } from '@nestjs/swagger';
import { NestFactory } from '@nestjs/core';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadConfig } from '@tablekeeper/config';
import { AppModule } from '../app.module';
import { createAdapter } from '../app.setup';
import { buildOpenApiDocument, openApiServers } from '../openapi.document';

/** The repository root, from source (tests) or dist/ (the npm script) alike. */
export function repositoryRoot(from: string = __dirname): string {
  return existsSync(join(from, 'package.json')) ? from : repositoryRoot(dirname(from));
}

/**
 * The files `npm run openapi` writes, relative to the repository root: the document itself and
 * the types generated from it. The typed client and the admin UI (apps/admin/src/api.ts) both
 * import those one set of types, so neither can drift from the other.
 */
export const OPENAPI_ARTIFACTS = {
  document: 'openapi.json',
  client: join('libs', 'api-client', 'src', 'api-schema.generated.ts'),
} as const;

const header = (what: string) => `/**
 * ${what}, generated from openapi.json by openapi-typescript.
 * Do not edit: change the gateway's decorators and DTOs and run \`npm run openapi\` (a test fails
 * while this file is stale).
 */
`;

/**
 * The document as the gateway serves it with the default configuration, built in preview mode:
 * Nest reads the module graph and decorators without creating providers, so no database, Redis
 * or Temporal is needed. A deployment's PUBLIC_BASE_URL changes only its served `servers`.
 */
export async function buildServedDocument(): Promise<OpenAPIObject> {
  const app = await NestFactory.create(AppModule, createAdapter(), { preview: true, logger: false });
  try {
    return buildOpenApiDocument(app, openApiServers(loadConfig({})));
  } finally {
    await app.close();
  }
}

/** Every artifact's text for this document, formatted as the repository's prettier config says. */
export async function renderOpenApiArtifacts(
  document: OpenAPIObject,
  root: string = repositoryRoot(),
): Promise<Record<keyof typeof OPENAPI_ARTIFACTS, string>> {
  // Both are ES modules at heart; loaded only here so the gateway never pulls them in.
  const { default: openapiTS, astToString } = await import('openapi-typescript');
  const prettier = await import('prettier');
  const format = async (text: string, file: string) =>
    prettier.format(text, { ...((await prettier.resolveConfig(join(root, file))) ?? {}), filepath: file });
  const types = async (source: OpenAPIObject, what: string, file: string) => {
    // Not `immutable`: openapi-fetch's Readable<T> maps only mutable arrays (`T extends (infer E)[]`),
    // so a `readonly X[]` answer came out of the client as an object without array methods.
    const ast = await openapiTS(JSON.stringify(source), { alphabetize: true, silent: true });
    return format(header(what) + astToString(ast), file);
  };
  const json = await format(JSON.stringify(document), OPENAPI_ARTIFACTS.document);
  // The types come from the document's text, exactly as an integrator reads the committed file.
  const parsed = JSON.parse(json) as OpenAPIObject;
  return {
    document: json,
    client: await types(
      parsed,
      'The Tablekeeper API’s types for @tablekeeper/api-client and the admin UI',
      OPENAPI_ARTIFACTS.client,
    ),
  };
}
