/**
 * Admission control over real HTTP: with one booking write allowed in progress and one queued, a
 * burst is answered with fast 503 `overloaded` + Retry-After beyond that, every admitted request is
 * answered correctly, nothing is written for a shed one, and a shed request retried with its key
 * books normally. The first booking is pinned in flight by running no worker (its workflow cannot
 * answer), so which requests are admitted does not depend on timing.
 */
import { createTestRestaurant, type TestRestaurant } from '../support/fixtures';
import { apiClient, eventually, type ApiCall, type ApiResponse } from '../support/http';
import { startTestStack, type TestStack } from '../support/test-stack';

type Ready = {
  status: string;
  saturated: string[];
  admission: Record<'reads' | 'writes' | 'admin', { inFlight: number; queued: number; shed: number }>;
};

let stack: TestStack;
let api: ApiCall;
let restaurant: TestRestaurant;

beforeAll(async () => {
  stack = await startTestStack({
    worker: false,
    answerDeadlineMs: 60_000,
    config: {
      admission: { reads: 8, writes: 1, admin: 8, queueFactor: 1, queueTimeoutMs: 60_000 },
    },
  });
  api = apiClient(stack.baseUrl);
  restaurant = await createTestRestaurant(stack.prisma);
});
afterAll(async () => {
  await stack?.stop();
});

const startsAt = (hour: number) => {
  const d = new Date(Date.now() + 3 * 86_400_000);
  d.setUTCHours(hour, 0, 0, 0);
  return d.toISOString();
};

const book = (key: string, hour: number) =>
  api<{ id: string; status: string; code?: string }>('POST', '/v1/bookings', {
    key: restaurant.apiKey,
    idempotencyKey: key,
    body: { restaurantId: restaurant.id, partySize: 2, startsAt: startsAt(hour), guest: { name: 'Burst' } },
  });

const ready = () => api<Ready>('GET', '/health/ready');

async function writesAre(expected: { inFlight: number; queued: number }): Promise<Ready> {
  return eventually(async () => {
    const r = await ready();
    const writes = r.body.admission.writes;
    return writes.inFlight === expected.inFlight && writes.queued === expected.queued ? r.body : undefined;
  });
}

it('sheds a burst beyond the limit with 503 overloaded, answers every admitted request, writes nothing for the shed', async () => {
  const first = book('burst-first', 8);
  await writesAre({ inFlight: 1, queued: 0 });

  const queued = book('burst-queued', 9);
  const saturated = await writesAre({ inFlight: 1, queued: 1 });
  // A full queue is what a load balancer must see to steer traffic elsewhere.
  expect((await ready()).status).toBe(503);
  expect(saturated).toMatchObject({ status: 'saturated', saturated: ['writes'] });

  const shedKeys = [10, 11, 12, 13].map((hour) => `burst-shed-${hour}`);
  const shed = await Promise.all(shedKeys.map((key, i) => book(key, 10 + i)));
  for (const answer of shed) {
    expect(answer.status).toBe(503);
    expect(answer.headers.get('retry-after')).toBe('1');
    expect(answer.headers.get('content-type')).toContain('application/problem+json');
    expect(answer.body).toMatchObject({ code: 'overloaded' });
  }
  // Reads have their own budget: a guest can still see availability while writes queue.
  const day = startsAt(8).slice(0, 10);
  const read = await api('GET', `/v1/restaurants/${restaurant.id}/availability?date=${day}&partySize=2`, {
    key: restaurant.apiKey,
  });
  expect(read.status).toBe(200);

  await stack.startWorker();
  const admitted: ApiResponse<{ id: string; status: string }>[] = await Promise.all([first, queued]);
  for (const answer of admitted) expect(answer).toMatchObject({ status: 201, body: { status: 'confirmed' } });

  const rows = await stack.prisma.booking.findMany({ select: { id: true, idempotencyKey: true } });
  expect(rows.map((r) => r.idempotencyKey).sort()).toEqual(['burst-first', 'burst-queued']);
  expect(rows.map((r) => r.id).sort()).toEqual(admitted.map((a) => a.body.id).sort());

  const drained = await writesAre({ inFlight: 0, queued: 0 });
  expect(drained.status).toBe('ready');
  expect(drained.admission.writes.shed).toBe(shed.length);

  // A shed request never ran: the same key and body books once it is retried.
  for (const [i, key] of shedKeys.entries()) {
    const retry = await book(key, 10 + i);
    expect(retry).toMatchObject({ status: 201, body: { status: 'confirmed' } });
  }
  expect(await stack.prisma.booking.count()).toBe(2 + shedKeys.length);
});
