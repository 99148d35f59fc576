/**
 * A gateway killed mid-request must not lock the request's Idempotency-Key: its in-flight claim
 * in Redis is a short lease only the live request renews. The real compiled gateway runs as a
 * child process; a booking is pinned in flight on it (no worker yet), the process is killed with
 * SIGKILL, and a retry with the same key on another gateway gets the booking within a few seconds
 * (it answered 409 idempotency_request_in_progress for 150 s before).
 */
import type { ChildProcess } from 'node:child_process';
import { appMain, killProcess, startAppProcess } from '../support/app-process';
import { Redis } from 'ioredis';
import { freePort } from '#free-port';
import { createTestRestaurant, tomorrowAt } from '../support/fixtures';
import { apiClient, eventually, type ApiCall } from '../support/http';
import { startTestStack, type TestStack } from '../support/test-stack';

let stack: TestStack;
let api: ApiCall;
let redis: Redis;
let doomed: ChildProcess | undefined;

async function startGatewayProcess(): Promise<{ child: ChildProcess; url: string }> {
  const port = await freePort();
  const child = await startAppProcess(stack, 'gateway', {
    PORT: String(port),
    BOOKING_ANSWER_DEADLINE_MS: '60000',
  });
  return { child, url: `http://127.0.0.1:${port}` };
}

beforeAll(async () => {
  appMain('gateway');
  stack = await startTestStack({ worker: false });
  api = apiClient(stack.baseUrl);
  redis = new Redis(stack.config.redisUrl, { keyPrefix: stack.config.redisKeyPrefix });
});
afterAll(async () => {
  if (doomed) await killProcess(doomed);
  await redis?.quit();
  await stack?.stop();
});

it('a retry after the gateway died mid-request gets the booking within a few seconds', async () => {
  const restaurant = await createTestRestaurant(stack.prisma);
  const body = {
    restaurantId: restaurant.id,
    partySize: 2,
    startsAt: tomorrowAt(20),
    guest: { name: 'Gateway Crash' },
  };
  const crashing = await startGatewayProcess();
  doomed = crashing.child;
  const first = apiClient(crashing.url)('POST', '/v1/bookings', {
    key: restaurant.apiKey,
    idempotencyKey: 'gateway-crash',
    body,
  });
  const key = await stack.prisma.apiKey.findFirstOrThrow({ where: { prefix: restaurant.apiKeyPrefix } });
  const claim = `tk:idem:${key.id}:gateway-crash`;
  // The request is in flight on the doomed gateway: its claim is in Redis and its workflow started.
  await eventually(async () => ((await redis.get(claim))?.includes('in_flight') ? true : undefined));
  await eventually(async () =>
    (await stack.temporal.workflow
      .getHandle(`booking:${key.id}:gateway-crash`)
      .describe()
      .catch(() => null))
      ? true
      : undefined,
  );
  doomed.kill('SIGKILL');
  await first.catch(() => undefined); // the connection dies with the process

  await stack.startWorker();
  const retries: number[] = [];
  // An agent retries with the same key and body on 409 in progress; the claim lapses within one
  // lease (5 s), long before the 150 s an unrenewed claim used to hold the key.
  const answer = await eventually(
    async () => {
      const retry = await api<{ id: string; status: string }>('POST', '/v1/bookings', {
        key: restaurant.apiKey,
        idempotencyKey: 'gateway-crash',
        body,
      });
      retries.push(retry.status);
      return retry.status === 201 ? retry : undefined;
    },
    15_000,
    250,
  );
  expect(answer.body.status).toBe('confirmed');
  expect(new Set(retries.slice(0, -1))).toEqual(new Set(retries.length > 1 ? [409] : []));
  expect(await stack.prisma.booking.count({ where: { restaurantId: restaurant.id } })).toBe(1);
});
