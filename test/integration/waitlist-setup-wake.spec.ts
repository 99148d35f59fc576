/**
 * Issue 19: capacity freed by a setup change (a table block lifted) is offered to the waiting
 * wish at once, not at the matcher's next poll: the poll here is an hour, so only the wake the
 * setup change sends can explain an offer within seconds.
 */
import { randomUUID } from 'node:crypto';
import { createTestRestaurant, tomorrowAt } from '../support/fixtures';
import { apiClient, eventually, type ApiCall } from '../support/http';
import { startTestStack, type TestStack } from '../support/test-stack';

let stack: TestStack;
let api: ApiCall;

beforeAll(async () => {
  stack = await startTestStack({ config: { waitlistMatchPollSeconds: 3600 } });
  api = apiClient(stack.baseUrl);
});
afterAll(async () => {
  await stack?.stop();
}, 90_000);

interface Entry {
  id: string;
  status: string;
  offer: { tables: string[]; startsAt: string } | null;
}

it('lifting a table block offers the freed table to the waiting guest at once', async () => {
  const r = await createTestRestaurant(stack.prisma, {
    tables: [{ label: 'A1', zone: 'Main', min: 1, max: 2 }],
    combinations: [],
    scopes: ['availability:read', 'bookings:read', 'bookings:write', 'admin'],
  });
  const startsAt = tomorrowAt(19);
  const call = <T>(method: string, path: string, body?: unknown) =>
    api<T>(method, path, { key: r.apiKey, body, idempotencyKey: `wake-${randomUUID()}` });

  const tables = await api<{ data: { id: string; label: string }[] }>(
    'GET',
    `/v1/restaurants/${r.id}/tables`,
    {
      key: r.apiKey,
    },
  );
  const block = await call<{ block: { id: string } }>('POST', `/v1/restaurants/${r.id}/blocks`, {
    tableId: tables.body.data[0]!.id,
    startsAt: new Date(Date.parse(startsAt) - 3_600_000).toISOString(),
    endsAt: new Date(Date.parse(startsAt) + 4 * 3_600_000).toISOString(),
    reason: 'Wobbly leg',
  });
  expect(block.status).toBe(201);
  const refused = await call<{ code: string }>('POST', '/v1/bookings', {
    restaurantId: r.id,
    partySize: 2,
    startsAt,
    guest: { name: 'Too Early' },
  });
  expect(refused.body.code).toBe('no_capacity');

  const joined = await call<Entry>('POST', '/v1/waitlist', {
    restaurantId: r.id,
    partySize: 2,
    from: startsAt,
    to: new Date(Date.parse(startsAt) + 30 * 60_000).toISOString(),
    guest: { name: 'Patient Guest' },
  });
  expect(joined.status).toBe(201);
  // The matcher ran for the new entry and found nothing; it now sleeps for the hour-long poll.
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  const read = async () =>
    (await api<Entry>('GET', `/v1/waitlist/${joined.body.id}`, { key: r.apiKey })).body;
  expect((await read()).status).toBe('waiting');

  const lifted = await call('DELETE', `/v1/restaurants/${r.id}/blocks/${block.body.block.id}`);
  expect(lifted.status).toBeLessThan(300);
  const offered = await eventually(async () => {
    const entry = await read();
    return entry.status === 'offered' ? entry : undefined;
  }, 10_000);
  expect(offered.offer).toMatchObject({ tables: ['A1'], startsAt: new Date(startsAt).toISOString() });
});
