/** Public endpoints: health, readiness and the OpenAPI document, over real HTTP. */
import { apiClient, type ApiCall } from '../support/http';
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
  });
});

it('serves an OpenAPI document that lists every route and the problem codes', async () => {
  const response = await api<{ openapi: string; paths: Record<string, Record<string, unknown>> }>(
    'GET',
    '/docs-json',
  );
  expect(response.status).toBe(200);
  expect(response.body.openapi).toMatch(/^3\./);
  const routes = Object.entries(response.body.paths).flatMap(([path, ops]) =>
    Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`),
  );
  expect(routes).toEqual(
    expect.arrayContaining([
      'GET /health',
      'GET /health/ready',
      'GET /v1/restaurants',
      'POST /v1/bookings',
      'GET /v1/bookings/{id}',
      'POST /v1/bookings/{id}/cancel',
      'POST /v1/bookings/{id}/check-in',
      'POST /v1/bookings/{id}/approve',
      'POST /v1/bookings/{id}/reject',
      'POST /v1/holds',
      'POST /v1/holds/{id}/confirm',
    ]),
  );
  const post = response.body.paths['/v1/bookings'].post as { parameters: { name: string; in: string }[] };
  expect(post.parameters).toEqual(
    expect.arrayContaining([expect.objectContaining({ name: 'Idempotency-Key', in: 'header' })]),
  );
  const docs = await api('GET', '/docs');
  expect(docs.status).toBe(200);
});

it('answers an unknown route with a problem+json 404', async () => {
  const response = await api('GET', '/v1/nothing-here');
  expect(response.status).toBe(404);
  expect(response.headers.get('content-type')).toContain('application/problem+json');
  expect(response.body).toMatchObject({ code: 'not_found', status: 404 });
});
