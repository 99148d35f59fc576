/** Public endpoints: health, readiness and the OpenAPI document, over real HTTP. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROBLEMS } from '../../apps/gateway/src/common/problem';
import { apiClient, type ApiCall } from '../support/http';

type Operation = {
  parameters: { name: string; in: string; required?: boolean }[];
  responses: Record<
    string,
    { headers?: Record<string, unknown>; content: Record<string, { examples: Record<string, unknown> }> }
  >;
};
type OpenApi = {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  components: { examples: Record<string, unknown>; securitySchemes: Record<string, unknown> };
};
import { startTestStack, type TestStack } from '../support/test-stack';

let stack: TestStack;
let api: ApiCall;

beforeAll(async () => {
  stack = await startTestStack({ worker: false });
  api = apiClient(stack.baseUrl);
});
afterAll(async () => {
  await stack?.stop();
});

it('GET /health answers without an API key', async () => {
  const response = await api('GET', '/health');
  expect(response).toMatchObject({ status: 200, body: { status: 'ok' } });
});

it('GET /health/ready reports Postgres, Redis and Temporal', async () => {
  const response = await api('GET', '/health/ready');
  expect(response.status).toBe(200);
  expect(response.body).toEqual({
    status: 'ready',
    checks: { postgres: { status: 'up' }, redis: { status: 'up' }, temporal: { status: 'up' } },
    // The probe itself is never admitted through a gate, so an idle gateway shows all gates empty.
    admission: {
      reads: { inFlight: 0, queued: 0, concurrency: 64, queueLength: 128, shed: 0 },
      writes: { inFlight: 0, queued: 0, concurrency: 32, queueLength: 64, shed: 0 },
      admin: { inFlight: 0, queued: 0, concurrency: 16, queueLength: 32, shed: 0 },
    },
    saturated: [],
  });
});

it('serves a valid OpenAPI 3.1 document that lists every route, the headers and every problem code', async () => {
  const response = await api<OpenApi>('GET', '/docs-json');
  expect(response.status).toBe(200);
  const doc = response.body;
  expect(doc.openapi).toBe('3.1.0');

  // Validated by a well-kept validator, in a plain Node process (it is ESM; Jest here is CommonJS).
  const file = join(mkdtempSync(join(tmpdir(), 'tk-openapi-')), 'openapi.json');
  writeFileSync(file, JSON.stringify(doc));
  const validation = spawnSync(
    process.execPath,
    [
      '-e',
      "require('@apidevtools/swagger-parser').validate(process.argv[1]).then(() => process.exit(0), (e) => { console.error(e.message); process.exit(1); })",
      file,
    ],
    { encoding: 'utf8' },
  );
  expect(validation.stderr).toBe('');
  expect(validation.status).toBe(0);

  const documented = Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
  );
  const served = stack.routes.filter((r) => !r.includes(' /docs'));
  expect(served.length).toBeGreaterThan(10);
  expect(served.filter((r) => !documented.includes(r))).toEqual([]);

  const post = doc.paths['/v1/bookings'].post;
  expect(post.parameters).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ name: 'Idempotency-Key', in: 'header', required: true }),
    ]),
  );
  expect(Object.keys(post.responses['201'].headers ?? {})).toEqual(
    expect.arrayContaining([
      'RateLimit-Limit',
      'RateLimit-Remaining',
      'RateLimit-Reset',
      'Idempotent-Replayed',
    ]),
  );
  expect(doc.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
  const examples = Object.keys(doc.components.examples);
  for (const code of Object.keys(PROBLEMS)) expect(examples).toContain(`problem_${code}`);
  expect(Object.keys(post.responses['409'].content['application/problem+json'].examples)).toEqual(
    expect.arrayContaining(['no_capacity', 'idempotency_request_in_progress']),
  );
  const docs = await api('GET', '/docs');
  expect(docs.status).toBe(200);
});

it('serves exactly the committed openapi.json, servers included', async () => {
  const served = await api<Record<string, unknown>>('GET', '/docs-json');
  expect(served.status).toBe(200);
  const committed: unknown = JSON.parse(readFileSync(join(__dirname, '..', '..', 'openapi.json'), 'utf8'));
  // The test gateway runs on the default PUBLIC_BASE_URL, as `npm run openapi` builds the file.
  expect(stack.config.publicBaseUrl).toBe('http://localhost:3000');
  expect(served.body).toEqual(committed);
});

it('answers an unknown route with a problem+json 404', async () => {
  const response = await api('GET', '/v1/nothing-here');
  expect(response.status).toBe(404);
  expect(response.headers.get('content-type')).toContain('application/problem+json');
  expect(response.body).toMatchObject({ code: 'not_found', status: 404 });
});
