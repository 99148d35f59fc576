import { webhooksSection } from './webhooks/webhooks.openapi';
import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE, PROBLEMS, problemType } from './common/problem';
import type { AppConfig } from '@tablekeeper/config';
import { NO_AUTH_EXTENSION } from './openapi/openapi.decorators';
import { OPENAPI_TAGS } from './openapi/openapi-tags';
import { addSampleExample } from './openapi/openapi-examples';

type Json = Record<string, unknown>;

const RATE_LIMIT_HEADERS = {
  'RateLimit-Limit': {
    description: 'Requests allowed per window for this budget (reads or writes)',
    schema: { type: 'integer' },
  },
  'RateLimit-Remaining': { description: 'Requests left in the current window', schema: { type: 'integer' } },
  'RateLimit-Reset': { description: 'Seconds until the window resets', schema: { type: 'integer' } },
  'RateLimit-Policy': { description: 'The budget, e.g. `1200;w=60`', schema: { type: 'string' } },
};

/** An example answer for every code of the catalog, so clients can see each one. */
function problemExample(code: keyof typeof PROBLEMS): Json {
  const { status, title } = PROBLEMS[code];
  const errors =
    status === 400 && code === 'validation_failed'
      ? [{ field: 'guest.email', code: 'isEmail', message: 'email must be an email address' }]
      : undefined;
  return {
    summary: `${status} ${code}`,
    value: {
      type: problemType(code),
      title,
      status,
      detail: title,
      code,
      ...(errors ? { errors } : {}),
      ...(status >= 500 ? { errorId: '5b1f0c9e-6f64-4c1e-9d51-0d3f9a1c2b7e' } : {}),
      ...(code === 'no_capacity'
        ? {
            alternatives: [
              {
                time: '19:30',
                startsAt: '2026-11-23T19:30:00Z',
                available: true,
                remainingCovers: 12,
                zones: ['Terrace'],
                manualReview: false,
              },
            ],
          }
        : {}),
    },
  };
}

/** OpenAPI 3.0's `nullable: true` becomes 3.1's `type: [T, 'null']`. */
function toOpenApi31(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(toOpenApi31);
  if (!node || typeof node !== 'object') return;
  const schema = node as Json;
  if (schema.nullable === true) {
    delete schema.nullable;
    if (schema.$ref || schema.allOf) {
      // Nest writes `type: object` beside a nullable reference; kept, null would match neither.
      const { $ref, allOf, type: _type, ...rest } = schema;
      for (const key of Object.keys(schema)) delete schema[key];
      // A one-element allOf (Nest's wrapping of a described reference) is the reference itself.
      const target = $ref ? { $ref } : Array.isArray(allOf) && allOf.length === 1 ? allOf[0] : { allOf };
      Object.assign(schema, rest, { oneOf: [target, { type: 'null' }] });
    } else if (typeof schema.type === 'string') {
      schema.type = [schema.type, 'null'];
      // An enum lists every allowed value, null included.
      if (Array.isArray(schema.enum) && !schema.enum.includes(null)) schema.enum = [...schema.enum, null];
    }
  }
  for (const value of Object.values(schema)) toOpenApi31(value);
}

/** Where the document says the API is served; `servers` comes from configuration (PUBLIC_BASE_URL). */
export interface OpenApiServer {
  readonly url: string;
  readonly description?: string;
}

/** The document's `servers`: the gateway's public base URL. */
export function openApiServers(config: Pick<AppConfig, 'publicBaseUrl'>): OpenApiServer[] {
  return [{ url: config.publicBaseUrl, description: 'This gateway (PUBLIC_BASE_URL)' }];
}

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/** Each operation of a document with its method and path, in document order. */
export function operationsOf(
  document: Pick<OpenAPIObject, 'paths'>,
): { method: string; path: string; operation: Json }[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    HTTP_METHODS.filter((method) => (item as Json)[method]).map((method) => ({
      method,
      path,
      operation: (item as Json)[method] as Json,
    })),
  );
}

/** The problem codes an operation documents, by status, from the catalog. */
function codesOf(status: number): (keyof typeof PROBLEMS)[] {
  return (Object.keys(PROBLEMS) as (keyof typeof PROBLEMS)[]).filter(
    (code) => PROBLEMS[code].status === status,
  );
}

/**
 * The paragraph every described operation ends with: the problem codes it can answer and which of
 * them a client retries. Written from the responses, so it cannot drift from them.
 */
function problemsParagraph(responses: Record<string, Json>): string {
  const statuses = Object.keys(responses)
    .map(Number)
    .filter((status) => status >= 400)
    .sort((a, b) => a - b);
  const codes = statuses.flatMap(codesOf);
  const retry = codes.filter((code) => RETRYABLE_PROBLEMS.includes(code));
  const final = codes.filter((code) => !RETRYABLE_PROBLEMS.includes(code));
  const list = (names: string[]) =>
    names.map((code) => `\`${code}\` (${PROBLEMS[code as keyof typeof PROBLEMS].status})`).join(', ');
  return (
    `**Problems.** Final for this request (fix it or tell the user): ${list(final) || 'none'}. ` +
    `Retry after \`Retry-After\` seconds with the same Idempotency-Key and body: ${list(retry) || 'none'}.`
  );
}

/**
 * What a client does after a lost answer, for operations whose own description does not say:
 * written from the Idempotency-Key parameter, so it cannot drift from it.
 */
function retryParagraph(method: string, operation: Json, description: string): string | undefined {
  if (/idempoten|safe to retry/i.test(description)) return undefined;
  const key = ((operation.parameters as Json[] | undefined) ?? []).find((p) => p.name === 'Idempotency-Key');
  if (key?.required)
    return (
      '**Retries.** Idempotent: send an Idempotency-Key; a retry with the same key and body answers the ' +
      'first answer again (Idempotent-Replayed: true), the same key with another body answers 422 ' +
      'idempotency_key_reused.'
    );
  if (key)
    return (
      '**Retries.** Send an Idempotency-Key to make a retry safe: the same key and body answer the first ' +
      'answer again (Idempotent-Replayed: true). Without one, a retry after a lost answer runs again.'
    );
  if (method === 'get' || method === 'head') return '**Retries.** Read-only; safe to retry.';
  return (
    '**Retries.** Takes no Idempotency-Key: after a lost answer, read the resource to see whether the ' +
    'change was made before sending it again.'
  );
}

/**
 * The REST contract: Nest's document from the decorators, completed with what decorators cannot
 * say per route: servers and declared tags, `security: []` on public routes, the problem catalog
 * with an example per code, typed problem bodies per status, the rate-limit, replay and retry
 * headers, and the problems paragraph of every description.
 */
export function buildOpenApiDocument(
  app: INestApplication,
  servers: readonly OpenApiServer[],
): OpenAPIObject {
  const builder = new DocumentBuilder()
    .setOpenAPIVersion('3.1.0')
    .setTitle('Tablekeeper API')
    .setDescription(
      'Durable restaurant booking orchestration for AI agents, booking widgets and the restaurant’s staff.\n\n' +
        'A typical agent flow: `listRestaurants` and `getRestaurant` (hours, limits, policy), ' +
        '`getAvailability` for a day and party size, then either `createBooking` (the guest has decided) ' +
        'or `createHold` + `confirmHold` (hold a table while the guest decides), then `getBooking`, ' +
        '`modifyBooking` or `cancelBooking`.\n\n' +
        'Every write needs an `Idempotency-Key` header: a retry with the same key and body answers ' +
        'the first answer again (`Idempotent-Replayed: true`) and never writes twice; the same key ' +
        'with another body answers 422 `idempotency_key_reused`. Errors are application/problem+json ' +
        '(RFC 9457) with a stable `code`:\n\n' +
        Object.entries(PROBLEMS)
          .map(([code, p]) => `- \`${code}\` (${p.status}): ${p.title}`)
          .join('\n') +
        '\n\nRetry after `Retry-After` seconds, with the same Idempotency-Key and body: ' +
        RETRYABLE_PROBLEMS.map((code) => `\`${code}\``).join(', ') +
        '. Every other problem is final for that request.',
    )
    .setVersion('1')
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'API key: tk_<prefix>_<secret>' })
    .addCookieAuth(
      'tk_admin_session',
      { type: 'apiKey', in: 'cookie', description: 'Admin UI session, set by POST /admin/api/session' },
      'staff_session',
    );
  for (const server of servers) builder.addServer(server.url, server.description);
  for (const tag of OPENAPI_TAGS) builder.addTag(tag.name, tag.description);
  const document = SwaggerModule.createDocument(app, builder.build());
  const components = (document.components ??= {}) as Json;
  components.examples = Object.fromEntries(
    (Object.keys(PROBLEMS) as (keyof typeof PROBLEMS)[]).map((code) => [
      `problem_${code}`,
      problemExample(code),
    ]),
  );
  components.headers = {
    ...RATE_LIMIT_HEADERS,
    'Idempotent-Replayed': {
      description: '`true` when this is the stored answer of an earlier request with the same key',
      schema: { type: 'string', enum: ['true'] },
    },
    'Retry-After': { description: 'Seconds to wait before retrying', schema: { type: 'integer' } },
  };
  const ref = (name: string) => ({ $ref: `#/components/headers/${name}` });
  const schemas = components.schemas as Json;

  for (const { method, path, operation } of operationsOf(document)) {
    if (!operation.responses) continue;
    const responses = operation.responses as Record<string, Json>;
    const extensions = operation as Json;
    if (extensions[NO_AUTH_EXTENSION]) {
      delete extensions[NO_AUTH_EXTENSION];
      operation.security = [];
    }
    // Admission control may shed any API request (apps/gateway/src/admission).
    if (path.startsWith('/v1/') || path.startsWith('/admin/api/')) responses['503'] ??= problemResponse(503);
    // The body parser refuses an oversized or non-JSON body before any route code runs.
    if (operation.requestBody) {
      responses['413'] ??= problemResponse(413);
      responses['415'] ??= problemResponse(415);
    }
    // The exception filter answers anything unforeseen with a 500 carrying an errorId.
    responses['500'] ??= problemResponse(500);
    const schemes = ((operation.security as Json[] | undefined) ?? []).flatMap((s) => Object.keys(s));
    // API-key routes carry the key's rate limits; admin routes (staff session) answer 401 alone.
    const authenticated = schemes.includes('bearer');
    if (schemes.includes('staff_session')) responses['401'] ??= problemResponse(401);
    const idempotent = ((operation.parameters as Json[] | undefined) ?? []).some(
      (p) => p.name === 'Idempotency-Key',
    );
    if (authenticated) {
      responses['401'] ??= problemResponse(401);
      responses['429'] ??= problemResponse(429);
    }
    for (const [status, response] of Object.entries(responses)) {
      const code = Number(status);
      const headers = (response.headers ??= {}) as Json;
      if (authenticated) for (const name of Object.keys(RATE_LIMIT_HEADERS)) headers[name] = ref(name);
      if (idempotent && code < 500) headers['Idempotent-Replayed'] = ref('Idempotent-Replayed');
      if ([202, 409, 429, 503].includes(code)) headers['Retry-After'] = ref('Retry-After');
      if (Object.keys(headers).length === 0) delete response.headers;
      if (code >= 400) {
        const name = `Problem${code}`;
        schemas[name] ??= statusProblemSchema(code);
        const content = (response.content ??= {}) as Json;
        const problem = (content[PROBLEM_CONTENT_TYPE] ??= {}) as Json;
        problem.schema = { $ref: `#/components/schemas/${name}` };
        problem.examples = Object.fromEntries(
          codesOf(code).map((problemCode) => [
            problemCode,
            { $ref: `#/components/examples/problem_${problemCode}` },
          ]),
        );
      }
    }
    if (typeof operation.description === 'string' && operation.description.trim()) {
      const text = operation.description.trim();
      const retry = retryParagraph(method, operation, text);
      operation.description = `${text}\n\n${retry ? `${retry}\n\n` : ''}${problemsParagraph(responses)}`;
    }
  }
  schemas.Problem = PROBLEM_SCHEMA;
  toOpenApi31(document);
  // After the 3.1 conversion: examples are composed from the schemas they must validate against.
  for (const { operation } of operationsOf(document)) {
    const body = operation.requestBody as { content?: Record<string, Json> } | undefined;
    for (const media of Object.values(body?.content ?? {}))
      addSampleExample(media, schemas as Record<string, Json>);
    for (const [status, response] of Object.entries((operation.responses ?? {}) as Record<string, Json>)) {
      if (Number(status) >= 300) continue;
      for (const media of Object.values((response.content ?? {}) as Record<string, Json>))
        addSampleExample(media, schemas as Record<string, Json>);
    }
  }
  (document as unknown as Json).webhooks = webhooksSection();
  return sortedComponents(document);
}

/** Component schemas in name order, so the committed document's diffs stay where the change is. */
function sortedComponents(document: OpenAPIObject): OpenAPIObject {
  const components = document.components as Record<string, Json> | undefined;
  for (const section of Object.keys(components ?? {})) {
    const entries = Object.entries(components![section]).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    components![section] = Object.fromEntries(entries);
  }
  return document;
}

/** The problem body of one status: the catalog's codes of that status and nothing else. */
function statusProblemSchema(status: number): Json {
  return {
    description: `A problem answered with HTTP ${status}`,
    allOf: [
      { $ref: '#/components/schemas/Problem' },
      {
        type: 'object',
        properties: {
          status: { type: 'integer', enum: [status] },
          code: { type: 'string', enum: codesOf(status) },
        },
      },
    ],
  };
}

/** The problems a client should retry (after Retry-After) rather than give up on. */
export const RETRYABLE_PROBLEMS: readonly (keyof typeof PROBLEMS)[] = [
  'idempotency_request_in_progress',
  'rate_limited',
  'service_unavailable',
  'overloaded',
  'database_unavailable',
  'workflow_engine_unavailable',
  'cache_unavailable',
];

function problemResponse(status: number): Json {
  return {
    description: `Problem: ${codesOf(status).join(', ')}`,
    content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: `#/components/schemas/Problem${status}` } } },
  };
}

export const PROBLEM_SCHEMA: Json = {
  type: 'object',
  description: 'RFC 9457 problem details',
  required: ['type', 'title', 'status', 'detail', 'code'],
  properties: {
    type: { type: 'string', description: 'URI reference of the problem type' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    code: { type: 'string', enum: Object.keys(PROBLEMS), description: 'Stable machine-readable code' },
    instance: { type: 'string' },
    errorId: { type: 'string', description: 'On 5xx only; the same id is in the server log' },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        required: ['field', 'code', 'message'],
        properties: { field: { type: 'string' }, code: { type: 'string' }, message: { type: 'string' } },
      },
    },
    alternatives: {
      type: 'array',
      description: 'On no_capacity and restaurant_closed: the nearest free times that day, nearest first',
      items: { $ref: '#/components/schemas/AvailabilitySlotOutput' },
    },
  },
};
