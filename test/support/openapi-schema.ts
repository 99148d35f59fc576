/**
 * Validates values against the committed openapi.json's schemas with a JSON Schema 2020-12
 * validator (OpenAPI 3.1's dialect): what an integrator's own validator would say of our
 * examples and answers.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

type Json = Record<string, unknown>;

/** The parts of Ajv 8 used here (its types are not reachable from the repository root). */
interface ValidateFunction {
  (value: unknown): boolean;
  errors?: { instancePath: string; message?: string; params: unknown }[] | null;
}
interface Ajv {
  addSchema(schema: Json, key: string): Ajv;
  compile(schema: Json): ValidateFunction;
}

export const OPENAPI_FILE = join(__dirname, '..', '..', 'openapi.json');
const DOCUMENT_ID = 'https://tablekeeper.invalid/openapi.json';

export function committedDocument(): Json {
  return JSON.parse(readFileSync(OPENAPI_FILE, 'utf8')) as Json;
}

/**
 * The root node_modules/ajv is Ajv 6 (draft-07, someone else's dependency); ajv-formats brings
 * Ajv 8, whose 2020-12 build understands `type: [T, 'null']`, `prefixItems` and `$ref` siblings.
 */
function ajv2020(): Ajv {
  const fromFormats = createRequire(require.resolve('ajv-formats'));
  const { default: Ajv2020 } = fromFormats('ajv/dist/2020') as {
    default: new (options: Json) => Ajv;
  };
  // `example` and OpenAPI's other annotations are not JSON Schema keywords: not strict.
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  const { default: addFormats } = fromFormats('ajv-formats') as { default: (ajv: Ajv) => Ajv };
  return addFormats(ajv);
}

export interface SchemaValidator {
  /** The errors of `value` against the schema at `pointer` (`#/components/schemas/X`, …), `[]` if valid. */
  errorsOf(schema: Json, value: unknown): string[];
}

/** A validator of values against schemas of `document` (references resolve inside it). */
export function schemaValidator(document: Json = committedDocument()): SchemaValidator {
  const ajv = ajv2020();
  ajv.addSchema({ ...document, $id: DOCUMENT_ID }, DOCUMENT_ID);
  const compiled = new Map<string, ValidateFunction>();
  const rebase = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(rebase);
    if (!node || typeof node !== 'object') return node;
    return Object.fromEntries(
      Object.entries(node).map(([key, value]) => [
        key,
        key === '$ref' && typeof value === 'string' && value.startsWith('#')
          ? `${DOCUMENT_ID}${value}`
          : rebase(value),
      ]),
    );
  };
  return {
    errorsOf(schema, value) {
      const key = JSON.stringify(schema);
      let validate = compiled.get(key);
      if (!validate) {
        validate = ajv.compile(rebase(schema) as Json);
        compiled.set(key, validate);
      }
      if (validate(value)) return [];
      return (validate.errors ?? []).map(
        (e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'} ${JSON.stringify(e.params)}`,
      );
    },
  };
}

/** The schema of an operation's JSON answer of `status`, as in the document. */
export function responseSchema(document: Json, path: string, method: string, status: number): Json {
  const paths = document.paths as Record<string, Record<string, Json>>;
  const responses = paths[path]?.[method]?.responses as Record<string, Json> | undefined;
  const content = responses?.[String(status)]?.content as Record<string, Json> | undefined;
  const media = content?.['application/json'] ?? content?.['application/problem+json'];
  if (!media?.schema) throw new Error(`${method.toUpperCase()} ${path} documents no ${status} body`);
  return media.schema as Json;
}
