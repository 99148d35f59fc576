/**
 * Outages as a client sees them, through a gateway whose Postgres and Redis connections pass a
 * proxy the test cuts: Postgres down answers 503 database_unavailable with Retry-After (never 500)
 * and writes nothing, the same request succeeds once it is back; Redis down leaves the gateway
 * ready (degraded) and booking.
 */
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createTestRestaurant, type TestRestaurant } from '../support/fixtures';
import { apiClient, eventually, type ApiCall } from '../support/http';
import { TcpProxy } from '../support/tcp-proxy';
import { startGateway, startTestStack, type TestStack } from '../support/test-stack';

type Ready = { status: string; checks: Record<string, { status: string }> };

let stack: TestStack;
let restaurant: TestRestaurant;
let postgres: TcpProxy;
let redis: TcpProxy;
let gateway: NestFastifyApplication;
let api: ApiCall;

const through = (url: string, port: number) => {
  const parsed = new URL(url);
  parsed.host = `127.0.0.1:${port}`;
  return parsed.toString();
};

beforeAll(async () => {
  stack = await startTestStack();
  restaurant = await createTestRestaurant(stack.prisma);
  postgres = await TcpProxy.start(Number(new URL(stack.config.databaseUrl).port || 5432));
  redis = await TcpProxy.start(Number(new URL(stack.config.redisUrl).port || 6379));
  const started = await startGateway({
    ...stack.config,
    databaseUrl: through(stack.config.databaseUrl, postgres.port),
    redisUrl: through(stack.config.redisUrl, redis.port),
  });
  gateway = started.app;
  api = apiClient(started.baseUrl);
});
afterAll(async () => {
  // Every step runs whatever the one before did: a gateway that failed to close must not leave the
  // stack's gateway, worker and Redis clients running into the next test file.
  try {
    await gateway?.close();
  } finally {
    try {
      await Promise.all([postgres?.stop(), redis?.stop()]);
    } finally {
      await stack?.stop();
    }
  }
});

const startsAt = (hour: number) => {
  const d = new Date(Date.now() + 2 * 86_400_000);
  d.setUTCHours(hour, 0, 0, 0);
  return d.toISOString();
};
const book = (key: string, hour: number) =>
  api<{ id?: string; status: string | number; code?: string }>('POST', '/v1/bookings', {
    key: restaurant.apiKey,
    idempotencyKey: key,
    body: { restaurantId: restaurant.id, partySize: 2, startsAt: startsAt(hour), guest: { name: 'Outage' } },
  });

it('Postgres down: 503 database_unavailable with Retry-After, nothing written; the retry books once it is back', async () => {
  expect((await book('outage-before', 9)).status).toBe(201);

  await postgres.cut();
  const refused = await book('outage-during', 10);
  expect(refused.status).toBe(503);
  expect(refused.headers.get('retry-after')).toBe('2');
  expect(refused.body).toMatchObject({ code: 'database_unavailable', status: 503 });
  expect(JSON.stringify(refused.body)).not.toContain('postgresql://');
  const read = await api('GET', `/v1/bookings/${(await stack.prisma.booking.findFirstOrThrow()).id}`, {
    key: restaurant.apiKey,
  });
  expect(read).toMatchObject({ status: 503, body: { code: 'database_unavailable' } });
  const ready = await api<Ready>('GET', '/health/ready');
  expect(ready.status).toBe(503);
  expect(ready.body).toMatchObject({ status: 'unavailable', checks: { postgres: { status: 'down' } } });
  expect(await stack.prisma.booking.count({ where: { idempotencyKey: 'outage-during' } })).toBe(0);

  await postgres.restore();
  // Not replayed: an outage answer is not the request's answer, so the same key runs again.
  const retried = await eventually(async () => {
    const answer = await book('outage-during', 10);
    return answer.status === 201 ? answer : undefined;
  });
  expect(retried.body).toMatchObject({ status: 'confirmed' });
  expect(await stack.prisma.booking.count({ where: { idempotencyKey: 'outage-during' } })).toBe(1);
});

it('Redis down: the gateway stays ready (degraded) and keeps booking; ready again once Redis is back', async () => {
  await redis.cut();
  const degraded = await eventually(async () => {
    const r = await api<Ready>('GET', '/health/ready');
    return r.body.checks.redis.status === 'down' ? r : undefined;
  });
  expect(degraded.status).toBe(200);
  expect(degraded.body).toMatchObject({ status: 'degraded', checks: { postgres: { status: 'up' } } });
  const booked = await book('outage-redis', 11);
  expect(booked).toMatchObject({ status: 201, body: { status: 'confirmed' } });
  const again = await book('outage-redis', 11);
  // Without the replay record the Postgres anchor still answers the same booking.
  expect(again).toMatchObject({ status: 201, body: { id: booked.body.id } });

  await redis.restore();
  await eventually(async () => {
    const r = await api<Ready>('GET', '/health/ready');
    return r.status === 200 && r.body.status === 'ready' ? true : undefined;
  }, 20_000);
});
