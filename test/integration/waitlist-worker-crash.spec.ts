/**
 * Issue 19: an offer's timer is durable. The real compiled worker is killed with SIGKILL while an
 * offer waits for its guest; a new worker process expires the offer on time and cascades the hold
 * to the next entry.
 */
import type { ChildProcess } from 'node:child_process';
import { appMain, killProcess, startAppProcess } from '../support/app-process';
import { createTestRestaurant, tomorrowAt } from '../support/fixtures';
import { apiClient, eventually, type ApiCall } from '../support/http';
import { startTestStack, type TestStack } from '../support/test-stack';

let stack: TestStack;
let api: ApiCall;
const workers: ChildProcess[] = [];

async function startWorkerProcess(): Promise<ChildProcess> {
  const child = await startAppProcess(stack, 'worker', { WAITLIST_MATCH_POLL_SECONDS: '1' });
  workers.push(child);
  return child;
}

beforeAll(async () => {
  appMain('worker');
  stack = await startTestStack({ worker: false, answerDeadlineMs: 30_000 });
  api = apiClient(stack.baseUrl);
});
afterAll(async () => {
  await Promise.all(workers.map(killProcess));
  await stack?.stop();
}, 90_000);

interface Entry {
  id: string;
  status: string;
  offer: { offerId: string; expiresAt: string } | null;
}

it('resumes the offer timer after the worker is killed during the offer window', async () => {
  const restaurant = await createTestRestaurant(stack.prisma, {
    tables: [{ label: 'A1', zone: 'Main', min: 1, max: 2 }],
    combinations: [],
  });
  await stack.prisma.restaurant.update({
    where: { id: restaurant.id },
    data: { waitlistOfferWindowSeconds: 8 },
  });
  const first = await startWorkerProcess();
  const startsAt = tomorrowAt(19);
  const to = new Date(Date.parse(startsAt) + 30 * 60_000).toISOString();
  const booked = await api<{ id: string }>('POST', '/v1/bookings', {
    key: restaurant.apiKey,
    idempotencyKey: `crash-book-${Date.now()}`,
    body: { restaurantId: restaurant.id, partySize: 2, startsAt, guest: { name: 'Guest Zero' } },
  });
  expect(booked.status).toBe(201);
  const join = async (name: string) =>
    (
      await api<Entry>('POST', '/v1/waitlist', {
        key: restaurant.apiKey,
        idempotencyKey: `crash-wish-${name}-${Date.now()}`,
        body: { restaurantId: restaurant.id, partySize: 2, from: startsAt, to, guest: { name } },
      })
    ).body;
  const slow = await join('Slow');
  const next = await join('Next');
  const read = async (id: string) =>
    (await api<Entry>('GET', `/v1/waitlist/${id}`, { key: restaurant.apiKey })).body;

  await api('POST', `/v1/bookings/${booked.body.id}/cancel`, {
    key: restaurant.apiKey,
    idempotencyKey: `crash-cancel-${Date.now()}`,
    body: { reason: 'guest called' },
  });
  const offered = await eventually(async () => {
    const e = await read(slow.id);
    return e.status === 'offered' ? e : undefined;
  });

  await killProcess(first);
  // Past the offer's expiry with no worker: nothing can have moved it.
  const expiresAt = Date.parse(offered.offer!.expiresAt);
  await new Promise((r) => setTimeout(r, Math.max(0, expiresAt - Date.now()) + 1000));
  expect((await read(slow.id)).status).toBe('offered');

  await startWorkerProcess();
  const cascaded = await eventually(async () => {
    const e = await read(next.id);
    return e.status === 'offered' ? e : undefined;
  }, 30_000);
  // The hold's own timer and the entry's fell due together; the entry's expiry follows at once.
  const lapsed = await eventually(async () => {
    const e = await read(slow.id);
    return e.status === 'expired' ? e : undefined;
  });
  expect(lapsed.offer).toBeNull();
  expect(cascaded.offer!.offerId).not.toBe(offered.offer!.offerId);
}, 90_000);
