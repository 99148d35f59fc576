/**
 * The availability cache is invalidated as narrowly as the change: a booking on day D leaves
 * D+1's cached answer in use and makes D's fresh at once; concurrent misses of one day compute it
 * once per gateway. Where each answer came from is read off the gateway's own metrics.
 */
import { createTestRestaurant, type TestRestaurant } from '../support/fixtures';
import { apiClient, type ApiCall } from '../support/http';
import { startTestStack, type TestStack } from '../support/test-stack';

type Day = { slots: { time: string; available: boolean }[] };
type Source = 'memory' | 'redis' | 'computed' | 'joined' | 'uncached';

let stack: TestStack;
let api: ApiCall;
let r: TestRestaurant;

beforeAll(async () => {
  stack = await startTestStack();
  api = apiClient(stack.baseUrl);
  r = await createTestRestaurant(stack.prisma, {
    tables: [{ label: 'Solo', zone: 'Main', min: 1, max: 2 }],
    combinations: [],
    policy: { slotIntervalMinutes: 60 },
  });
});
afterAll(async () => {
  await stack?.stop();
});

const dateIn = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

const day = async (date: string): Promise<Day> => {
  const answer = await api<Day>('GET', `/v1/restaurants/${r.id}/availability?date=${date}&partySize=2`, {
    key: r.apiKey,
  });
  expect(answer.status).toBe(200);
  return answer.body;
};

const book = async (startsAt: string) => {
  const answer = await api('POST', '/v1/bookings', {
    key: r.apiKey,
    body: { restaurantId: r.id, partySize: 2, startsAt, guest: { name: 'Invalidation' } },
  });
  expect(answer.status).toBe(201);
};

async function answers(): Promise<Record<Source, number>> {
  const text = await (await fetch(stack.metricsUrl)).text();
  const count = (source: Source) =>
    Number(
      text.match(new RegExp(`tablekeeper_availability_answers_total\\{source="${source}"\\} (\\d+)`))?.[1] ??
        0,
    );
  return {
    memory: count('memory'),
    redis: count('redis'),
    computed: count('computed'),
    joined: count('joined'),
    uncached: count('uncached'),
  };
}

it('a booking on D leaves D+1 served from cache and makes D fresh at once', async () => {
  const d = dateIn(3);
  const next = dateIn(4);
  await day(d);
  await day(next);
  const before = await answers();

  await book(`${d}T19:00:00Z`);

  expect((await day(next)).slots[19].available).toBe(true);
  const afterNext = await answers();
  expect(afterNext.computed).toBe(before.computed);
  expect(afterNext.memory + afterNext.redis).toBe(before.memory + before.redis + 1);

  expect((await day(d)).slots[19].available).toBe(false);
  expect((await answers()).computed).toBe(before.computed + 1);
});

it('computes a day once for a burst of concurrent misses, and every reader sees the change', async () => {
  const d = dateIn(5);
  await day(d);
  await book(`${d}T12:00:00Z`);
  const before = await answers();

  const burst = await Promise.all(Array.from({ length: 10 }, () => day(d)));
  for (const seen of burst) expect(seen.slots[12].available).toBe(false);

  const after = await answers();
  expect(after.computed - before.computed).toBe(1);
  const served = (a: Record<Source, number>) => a.memory + a.redis + a.joined + a.computed;
  expect(served(after) - served(before)).toBe(10);
});
