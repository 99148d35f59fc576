import { webhooksSection } from './webhooks/webhooks.openapi';
import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE, PROBLEMS, problemType } from './common/problem';

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
      Object.assign(schema, rest, { oneOf: [$ref ? { $ref } : { allOf }, { type: 'null' }] });
    } else if (typeof schema.type === 'string') {
      schema.type = [schema.type, 'null'];
      // An enum lists every allowed value, null included.
      if (Array.isArray(schema.enum) && !schema.enum.includes(null)) schema.enum = [...schema.enum, null];
    }
  }
  for (const value of Object.values(schema)) toOpenApi31(value);
}

/**
 * The REST contract: Nest's document from the decorators, completed with what decorators cannot
 * say per route: the problem catalog with an example per code, and the rate-limit, replay and
 * retry headers.
 */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setOpenAPIVersion('3.1.0')
    .setTitle('Tablekeeper API')
    .setDescription(
      'Durable restaurant booking orchestration. Every write needs an Idempotency-Key; errors are ' +
        'application/problem+json (RFC 9457) with a stable `code`:\n\n' +
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
    )
    .build();
  const document = SwaggerModule.createDocument(app, config);
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

  for (const [path, operations] of Object.entries(document.paths)) {
    for (const operation of Object.values(operations as Record<string, Json>)) {
      if (!operation || typeof operation !== 'object' || !operation.responses) continue;
      // Admission control may shed any API request (apps/gateway/src/admission).
      if (path.startsWith('/v1/') || path.startsWith('/admin/api/')) {
        (operation.responses as Record<string, Json>)['503'] ??= problemResponse(503);
      }
      const schemes = ((operation.security as Json[] | undefined) ?? []).flatMap((s) => Object.keys(s));
      // API-key routes carry the key's rate limits; admin routes (staff session) answer 401 alone.
      const authenticated = schemes.includes('bearer');
      if (schemes.includes('staff_session')) {
        (operation.responses as Record<string, Json>)['401'] ??= problemResponse(401);
      }
      const idempotent = ((operation.parameters as Json[] | undefined) ?? []).some(
        (p) => p.name === 'Idempotency-Key',
      );
      if (authenticated) {
        const responses = operation.responses as Record<string, Json>;
        responses['401'] ??= problemResponse(401);
        responses['429'] ??= problemResponse(429);
      }
      for (const [status, response] of Object.entries(operation.responses as Record<string, Json>)) {
        const code = Number(status);
        const headers = (response.headers ??= {}) as Json;
        if (authenticated) for (const name of Object.keys(RATE_LIMIT_HEADERS)) headers[name] = ref(name);
        if (idempotent && code < 500) headers['Idempotent-Replayed'] = ref('Idempotent-Replayed');
        if ([202, 409, 429, 503].includes(code)) headers['Retry-After'] = ref('Retry-After');
        if (code >= 400) {
          const content = (response.content ??= {}) as Json;
          const problem = (content[PROBLEM_CONTENT_TYPE] ??= { schema: PROBLEM_SCHEMA_REF }) as Json;
          problem.examples = Object.fromEntries(
            Object.entries(PROBLEMS)
              .filter(([, p]) => p.status === code)
              .map(([name]) => [name, { $ref: `#/components/examples/problem_${name}` }]),
          );
        }
      }
    }
  }
  (components.schemas as Json).Problem = PROBLEM_SCHEMA;
  toOpenApi31(document);
  (document as unknown as Json).webhooks = webhooksSection();
  return document;
}

const PROBLEM_SCHEMA_REF = { $ref: '#/components/schemas/Problem' };

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
  const codes = Object.entries(PROBLEMS)
    .filter(([, p]) => p.status === status)
    .map(([code]) => code);
  return {
    description: `Problem: ${codes.join(', ')}`,
    content: { [PROBLEM_CONTENT_TYPE]: { schema: PROBLEM_SCHEMA_REF } },
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
      description: 'On no_capacity and restaurant_closed: the nearest free times',
      items: { type: 'object' },
    },
  },
};
