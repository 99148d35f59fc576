/**
 * Issue 22, publishable keys from the admin UI: a manager creates, lists and revokes the
 * restaurant's widget keys over a real HTTP gateway with a staff session; ops staff only read;
 * another restaurant's manager cannot reach them, a secret key is never listed or revoked there,
 * and a revoked key stops working at once.
 */
import { createStaff, signIn, type AdminSession } from '../support/admin';
import { createTestRestaurant, tomorrowAt, type TestRestaurant } from '../support/fixtures';
import { apiClient, type ApiCall } from '../support/http';
import { startTestStack, type TestStack } from '../support/test-stack';

jest.setTimeout(90_000);

const BASE = '/admin/api/setup/widget-keys';
const SITE = 'https://widget-site.example';

type Key = {
  id: string;
  kind: string;
  prefix: string;
  name: string;
  allowedOrigins: string[];
  holdTtlSeconds: number | null;
  restaurantIds: string[];
  revokedAt: string | null;
  key?: string;
};
type Page = { data: Key[]; nextCursor: string | null; embed: { scriptUrl: string; restaurant: string } };
type Problem = { code: string; errors?: { field: string }[] };

let stack: TestStack;
let api: ApiCall;
let restaurant: TestRestaurant;
let other: TestRestaurant;
let manager: AdminSession;
let ops: AdminSession;
let otherManager: AdminSession;

beforeAll(async () => {
  stack = await startTestStack();
  api = apiClient(stack.baseUrl);
  restaurant = await createTestRestaurant(stack.prisma);
  other = await createTestRestaurant(stack.prisma);
  [manager, ops, otherManager] = await Promise.all([
    createStaff(stack.prisma, restaurant.id, 'manager').then((l) => signIn(stack.baseUrl, l)),
    createStaff(stack.prisma, restaurant.id, 'ops').then((l) => signIn(stack.baseUrl, l)),
    createStaff(stack.prisma, other.id, 'manager').then((l) => signIn(stack.baseUrl, l)),
  ]);
});
afterAll(async () => {
  await stack?.stop();
});

async function createKey(name: string, origins = [SITE]): Promise<Key> {
  const created = await manager.call<Key>('POST', BASE, {
    body: { name, allowedOrigins: origins, holdTtlSeconds: 120 },
  });
  expect(created.status).toBe(201);
  return created.body;
}

it('lets a manager create a key that works from its origin, and shows it only once', async () => {
  const created = await createKey('Website');
  expect(created).toMatchObject({
    kind: 'publishable',
    name: 'Website',
    allowedOrigins: [SITE],
    holdTtlSeconds: 120,
    restaurantIds: [restaurant.id],
    revokedAt: null,
  });
  expect(created.key).toMatch(/^tk_pub_[a-z0-9]{10}_/);

  const preflight = await fetch(`${stack.baseUrl}/v1/holds`, {
    method: 'OPTIONS',
    headers: { origin: SITE, 'access-control-request-method': 'POST' },
  });
  expect(preflight.status).toBe(204);
  expect(preflight.headers.get('access-control-allow-origin')).toBe(SITE);
  const day = tomorrowAt(12).slice(0, 10);
  const availability = await api(
    'GET',
    `/v1/restaurants/${restaurant.id}/availability?date=${day}&partySize=2`,
    {
      key: created.key,
      headers: { origin: SITE },
    },
  );
  expect(availability.status).toBe(200);
  expect(availability.headers.get('access-control-allow-origin')).toBe(SITE);

  const listed = await manager.call<Page>('GET', BASE);
  expect(listed.status).toBe(200);
  const row = listed.body.data.find((k) => k.id === created.id);
  expect(row).toMatchObject({ prefix: created.prefix, kind: 'publishable' });
  expect(row).not.toHaveProperty('key');
  expect(listed.body.embed).toEqual({ scriptUrl: `${stack.baseUrl}/widget.js`, restaurant: restaurant.slug });
});

it('lists publishable keys only, paged, and the same for ops staff', async () => {
  // A secret key of the same restaurant is no widget key: it must neither show nor fill a page.
  const secret = await stack.prisma.apiKey.findUniqueOrThrow({ where: { prefix: restaurant.apiKeyPrefix } });
  await createKey('Page one');
  await createKey('Page two');
  const seen: Key[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const query: string = cursor ? `?limit=1&cursor=${cursor}` : '?limit=1';
    const page = await manager.call<Page>('GET', `${BASE}${query}`);
    expect(page.status).toBe(200);
    expect(page.body.data).toHaveLength(1);
    seen.push(...page.body.data);
    cursor = page.body.nextCursor;
    pages += 1;
  } while (cursor && pages < 20);
  expect(cursor).toBeNull();
  expect(seen.length).toBeGreaterThanOrEqual(3);
  expect(seen.every((k) => k.kind === 'publishable')).toBe(true);
  expect(seen.map((k) => k.id)).not.toContain(secret.id);
  expect(new Set(seen.map((k) => k.id)).size).toBe(seen.length);
  expect(seen.map((k) => k.name).slice(0, 2)).toEqual(['Page two', 'Page one']);

  const asOps = await ops.call<Page>('GET', BASE);
  expect(asOps.status).toBe(200);
  expect(asOps.body.data.map((k) => k.id)).toEqual(
    (await manager.call<Page>('GET', BASE)).body.data.map((k) => k.id),
  );
  expect((await otherManager.call<Page>('GET', BASE)).body.data).toEqual([]);
});

it('refuses ops staff writes with 403 role_forbidden', async () => {
  const key = await createKey('Ops may not');
  const create = await ops.call<Problem>('POST', BASE, { body: { name: 'x', allowedOrigins: [SITE] } });
  expect(create).toMatchObject({ status: 403, body: { code: 'role_forbidden' } });
  const revoke = await ops.call<Problem>('DELETE', `${BASE}/${key.id}`);
  expect(revoke).toMatchObject({ status: 403, body: { code: 'role_forbidden' } });
  const noCsrf = await manager.call<Problem>('DELETE', `${BASE}/${key.id}`, { csrf: null });
  expect(noCsrf).toMatchObject({ status: 403, body: { code: 'csrf_token_invalid' } });
  const still = await manager.call<Page>('GET', `${BASE}?limit=100`);
  expect(still.body.data.find((k) => k.id === key.id)?.revokedAt).toBeNull();
});

it("answers 404 for another restaurant's key, a secret key and a malformed id", async () => {
  const key = await createKey('Not yours');
  const secret = await stack.prisma.apiKey.findUniqueOrThrow({ where: { prefix: restaurant.apiKeyPrefix } });
  for (const [session, id] of [
    [otherManager, key.id],
    [manager, secret.id],
    [manager, 'not-a-uuid'],
  ] as const) {
    const response = await session.call<Problem>('DELETE', `${BASE}/${id}`);
    expect({ id, status: response.status, code: response.body.code }).toEqual({
      id,
      status: 404,
      code: 'api_key_not_found',
    });
  }
  const untouched = await stack.prisma.apiKey.findMany({ where: { id: { in: [key.id, secret.id] } } });
  expect(untouched.map((k) => k.revokedAt)).toEqual([null, null]);
  // The secret key still works: nothing was revoked by the refused calls.
  expect((await api('GET', '/v1/restaurants', { key: restaurant.apiKey })).status).toBe(200);
});

it('revokes a key so it stops working at once, and a second revoke answers it unchanged', async () => {
  const key = await createKey('Short-lived');
  const before = await api('GET', '/v1/restaurants', { key: key.key, headers: { origin: SITE } });
  expect(before.status).toBe(200);
  const revoked = await manager.call<Key>('DELETE', `${BASE}/${key.id}`);
  expect(revoked.status).toBe(200);
  expect(revoked.body.revokedAt).not.toBeNull();
  // The gateway had the key cached from the call above: the published revocation drops it.
  const after = await api<Problem>('GET', '/v1/restaurants', { key: key.key, headers: { origin: SITE } });
  expect(after.status).toBe(401);
  const again = await manager.call<Key>('DELETE', `${BASE}/${key.id}`);
  expect(again).toMatchObject({ status: 200, body: { revokedAt: revoked.body.revokedAt } });
});

it('answers bad input with 400 problem+json naming the field', async () => {
  const cases: { body: unknown; field: string }[] = [
    { body: { name: 'w', allowedOrigins: [] }, field: 'allowedOrigins' },
    { body: { name: 'w', allowedOrigins: ['https://site.example/path'] }, field: 'allowedOrigins' },
    { body: { name: 'w', allowedOrigins: ['not an origin'] }, field: 'allowedOrigins' },
    { body: { name: 'w', allowedOrigins: null }, field: 'allowedOrigins' },
    { body: { name: null, allowedOrigins: [SITE] }, field: 'name' },
    { body: { name: '   ', allowedOrigins: [SITE] }, field: 'name' },
    { body: { name: 'w', allowedOrigins: [SITE], holdTtlSeconds: null }, field: 'holdTtlSeconds' },
    { body: { name: 'w', allowedOrigins: [SITE], holdTtlSeconds: 4 }, field: 'holdTtlSeconds' },
    { body: { name: 'w', allowedOrigins: [SITE], readsPerMinute: null }, field: 'readsPerMinute' },
    { body: { name: 'w', allowedOrigins: [SITE], restaurantId: other.id }, field: 'restaurantId' },
  ];
  for (const c of cases) {
    const response = await manager.call<Problem>('POST', BASE, { body: c.body });
    expect({
      body: c.body,
      status: response.status,
      type: response.headers.get('content-type')?.split(';')[0],
      code: response.body.code,
      fields: response.body.errors?.map((e) => e.field),
    }).toEqual({
      body: c.body,
      status: 400,
      type: 'application/problem+json',
      code: 'validation_failed',
      fields: expect.arrayContaining([c.field]) as unknown,
    });
  }
  const badCursor = await manager.call<Problem>('GET', `${BASE}?cursor=***`);
  expect(badCursor).toMatchObject({ status: 400, body: { code: 'validation_failed' } });
  expect(await stack.prisma.apiKey.count({ where: { name: 'w' } })).toBe(0);
});
