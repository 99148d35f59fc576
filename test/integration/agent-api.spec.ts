/**
 * The agent-facing contract over real HTTP, Redis and Temporal: exact idempotency, API keys per
 * channel with scopes and revocation, rate limits.
 */
import { createTestRestaurant, tomorrowAt, type TestRestaurant } from '../support/fixtures';
import { apiClient, eventually, type ApiCall } from '../support/http';
import { startTestStack, type TestStack } from '../support/test-stack';

type Booking = { id: string; status: string };

let stack: TestStack;
let api: ApiCall;

beforeAll(async () => {
  stack = await startTestStack();
  api = apiClient(stack.baseUrl);
});
afterAll(async () => {
  await stack?.stop();
});

const body = (r: TestRestaurant, overrides: Record<string, unknown> = {}) => ({
  restaurantId: r.id,
  partySize: 2,
  startsAt: tomorrowAt(19),
  guest: { name: 'Agent Test', phone: '+447700900002' },
  ...overrides,
});

describe('idempotency', () => {
  it('20 concurrent identical POSTs with one key create one booking', async () => {
    const r = await createTestRestaurant(stack.prisma);
    const key = `burst-${Date.now()}`;
    const responses = await Promise.all(
      Array.from({ length: 20 }, () =>
        api<Booking>('POST', '/v1/bookings', { key: r.apiKey, idempotencyKey: key, body: body(r) }),
      ),
    );
    for (const response of responses) expect([201, 409]).toContain(response.status);
    const placed = responses.filter((x) => x.status === 201);
    expect(placed.length).toBeGreaterThanOrEqual(1);
    expect(new Set(placed.map((x) => x.body.id)).size).toBe(1);
    for (const waiting of responses.filter((x) => x.status === 409)) {
      expect(waiting.body).toMatchObject({ code: 'idempotency_request_in_progress' });
      expect(waiting.headers.get('retry-after')).toBe('1');
    }
    // Once it finished, every retry replays the first answer.
    const retry = await api<Booking>('POST', '/v1/bookings', {
      key: r.apiKey,
      idempotencyKey: key,
      body: body(r),
    });
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(retry.body).toEqual(placed[0].body);
    expect(await stack.prisma.booking.count({ where: { restaurantId: r.id } })).toBe(1);
  });

  it('after Redis loses its keys a retry answers the existing booking and creates no second one', async () => {
    const r = await createTestRestaurant(stack.prisma);
    const key = `flush-${Date.now()}`;
    const first = await api<Booking>('POST', '/v1/bookings', {
      key: r.apiKey,
      idempotencyKey: key,
      body: body(r),
    });
    expect(first.status).toBe(201);
    // This stack's keys only (the replay record among them): other files keep their limits.
    expect(await stack.clearRedis()).toBeGreaterThan(0);
    const retry = await api<Booking>('POST', '/v1/bookings', {
      key: r.apiKey,
      idempotencyKey: key,
      body: body(r),
    });
    expect(retry.status).toBe(201);
    expect(retry.body.id).toBe(first.body.id);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(await stack.prisma.booking.count({ where: { restaurantId: r.id } })).toBe(1);
  });

  it('refuses a key reused for another request with 422, and scopes keys to the API key', async () => {
    const r = await createTestRestaurant(stack.prisma);
    const key = `reuse-${Date.now()}`;
    expect(
      (await api('POST', '/v1/bookings', { key: r.apiKey, idempotencyKey: key, body: body(r) })).status,
    ).toBe(201);
    const other = await api('POST', '/v1/bookings', {
      key: r.apiKey,
      idempotencyKey: key,
      body: body(r, { partySize: 3 }),
    });
    expect(other.status).toBe(422);
    expect(other.body).toMatchObject({ code: 'idempotency_key_reused' });
    const path = await api('POST', '/v1/holds', { key: r.apiKey, idempotencyKey: key, body: body(r) });
    expect(path.status).toBe(422);

    // Another caller may use the same key string for its own booking.
    const other2 = await createTestRestaurant(stack.prisma);
    const theirs = await api<Booking>('POST', '/v1/bookings', {
      key: other2.apiKey,
      idempotencyKey: key,
      body: body(other2),
    });
    expect(theirs.status).toBe(201);
  });

  it('replays an action, and requires Idempotency-Key on every write', async () => {
    const r = await createTestRestaurant(stack.prisma);
    const booking = await api<Booking>('POST', '/v1/bookings', { key: r.apiKey, body: body(r) });
    const key = `cancel-${Date.now()}`;
    const cancel = await api<Booking>('POST', `/v1/bookings/${booking.body.id}/cancel`, {
      key: r.apiKey,
      idempotencyKey: key,
      body: { reason: 'plans changed' },
    });
    expect(cancel.status).toBe(200);
    const again = await api<Booking>('POST', `/v1/bookings/${booking.body.id}/cancel`, {
      key: r.apiKey,
      idempotencyKey: key,
      body: { reason: 'plans changed' },
    });
    expect(again.status).toBe(200);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body.status).toBe('cancelled');

    for (const [method, path, payload] of [
      ['POST', '/v1/bookings', body(r)],
      ['POST', '/v1/holds', body(r)],
      ['POST', `/v1/bookings/${booking.body.id}/cancel`, { reason: 'x' }],
      ['POST', `/v1/bookings/${booking.body.id}/check-in`, {}],
      ['POST', `/v1/bookings/${booking.body.id}/approve`, {}],
      ['POST', `/v1/bookings/${booking.body.id}/reject`, { reason: 'x' }],
      ['POST', `/v1/holds/${booking.body.id}/confirm`, {}],
    ] as const) {
      const response = await api(method, path, { key: r.apiKey, body: payload, withoutIdempotencyKey: true });
      expect({ path, status: response.status, code: (response.body as { code: string }).code }).toEqual({
        path,
        status: 400,
        code: 'idempotency_key_required',
      });
    }
  });
});

describe('API keys', () => {
  it('an admin creates, lists and revokes channel keys; a revoked key stops at once', async () => {
    const r = await createTestRestaurant(stack.prisma, {
      scopes: ['admin', 'availability:read', 'bookings:read', 'bookings:write'],
    });
    const created = await api<{ id: string; key: string; prefix: string; channel: string; scopes: string[] }>(
      'POST',
      '/v1/api-keys',
      { key: r.apiKey, body: { name: 'voice bot', channel: 'voice', restaurantIds: [r.id] } },
    );
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      channel: 'voice',
      scopes: ['availability:read', 'bookings:read', 'bookings:write'],
    });
    expect(created.body.key).toMatch(/^tk_[a-z0-9]{10}_/);
    const stored = await stack.prisma.apiKey.findUniqueOrThrow({ where: { id: created.body.id } });
    expect(stored.secretHash).not.toContain(created.body.key.split('_')[2]);

    const booked = await api<Booking>('POST', '/v1/bookings', { key: created.body.key, body: body(r) });
    expect(booked.status).toBe(201);
    const row = await stack.prisma.booking.findUniqueOrThrow({ where: { id: booked.body.id } });
    expect(row).toMatchObject({ apiKeyId: created.body.id, channel: 'voice' });
    await eventually(async () => {
      const key = await stack.prisma.apiKey.findUniqueOrThrow({ where: { id: created.body.id } });
      return key.lastUsedAt ? true : undefined;
    });

    const listed = await api<{ data: { id: string }[]; nextCursor: string | null }>(
      'GET',
      '/v1/api-keys?limit=1',
      {
        key: r.apiKey,
      },
    );
    expect(listed.status).toBe(200);
    expect(listed.body.data).toHaveLength(1);
    expect(listed.body.nextCursor).not.toBeNull();
    const page2 = await api<{ data: { id: string }[]; nextCursor: string | null }>(
      'GET',
      `/v1/api-keys?limit=1&cursor=${listed.body.nextCursor}`,
      { key: r.apiKey },
    );
    const ids = [...listed.body.data, ...page2.body.data].map((k) => k.id);
    expect(new Set(ids).size).toBe(2);
    expect(ids).toContain(created.body.id);
    expect(JSON.stringify(listed.body)).not.toContain('"key"');

    const revoked = await api<{ revokedAt: string | null }>('DELETE', `/v1/api-keys/${created.body.id}`, {
      key: r.apiKey,
    });
    expect(revoked.status).toBe(200);
    expect(revoked.body.revokedAt).not.toBeNull();
    const after = await api('GET', '/v1/restaurants', { key: created.body.key });
    expect(after.status).toBe(401);
  });

  it('refuses a missing scope with 403 and a foreign restaurant with 404', async () => {
    const r = await createTestRestaurant(stack.prisma, { scopes: ['availability:read'] });
    const write = await api('POST', '/v1/bookings', { key: r.apiKey, body: body(r) });
    expect(write.status).toBe(403);
    expect(write.body).toMatchObject({ code: 'insufficient_scope' });
    const admin = await api('GET', '/v1/api-keys', { key: r.apiKey });
    expect(admin.status).toBe(403);

    const owner = await createTestRestaurant(stack.prisma, { scopes: ['admin'] });
    const other = await createTestRestaurant(stack.prisma);
    const foreign = await api('POST', '/v1/api-keys', {
      key: owner.apiKey,
      body: { name: 'x', channel: 'chat', restaurantIds: [other.id] },
    });
    expect(foreign.status).toBe(404);
    const foreignKey = await stack.prisma.apiKey.findFirstOrThrow({
      where: { restaurants: { some: { restaurantId: other.id } } },
    });
    expect((await api('GET', `/v1/api-keys/${foreignKey.id}`, { key: owner.apiKey })).status).toBe(404);
    expect((await api('DELETE', `/v1/api-keys/${foreignKey.id}`, { key: owner.apiKey })).status).toBe(404);
  });
});

describe('rate limits', () => {
  it('counts reads and writes in separate budgets and answers 429 with Retry-After', async () => {
    const r = await createTestRestaurant(stack.prisma, { readsPerMinute: 3, writesPerMinute: 2 });
    const reads = [];
    for (let i = 0; i < 4; i++) reads.push(await api('GET', '/v1/restaurants', { key: r.apiKey }));
    expect(reads.map((x) => x.status)).toEqual([200, 200, 200, 429]);
    expect(reads[0].headers.get('ratelimit-limit')).toBe('3');
    expect(reads[0].headers.get('ratelimit-remaining')).toBe('2');
    expect(reads[0].headers.get('ratelimit-policy')).toBe('3;w=60');
    expect(Number(reads[0].headers.get('ratelimit-reset'))).toBeGreaterThan(0);
    expect(reads[3].body).toMatchObject({ code: 'rate_limited', status: 429 });
    expect(Number(reads[3].headers.get('retry-after'))).toBeGreaterThan(0);

    // The write budget is untouched by the reads.
    const write = await api('POST', '/v1/bookings', { key: r.apiKey, body: body(r) });
    expect(write.status).toBe(201);
    expect(write.headers.get('ratelimit-limit')).toBe('2');
  });
});

describe('with Redis down', () => {
  let down: TestStack;
  let call: ApiCall;
  beforeAll(async () => {
    // Nothing listens on port 1: every Redis command of this gateway and worker fails at once.
    down = await startTestStack({ redisUrl: 'redis://127.0.0.1:1' });
    call = apiClient(down.baseUrl);
  });
  afterAll(async () => {
    await down?.stop();
  });

  it('still books exactly once, answers retries with the booking, and serves availability', async () => {
    const r = await createTestRestaurant(down.prisma);
    const key = `redis-down-${Date.now()}`;
    const first = await call<Booking>('POST', '/v1/bookings', {
      key: r.apiKey,
      idempotencyKey: key,
      body: body(r),
    });
    expect(first.status).toBe(201);
    expect(first.body.status).toBe('confirmed');
    const retry = await call<Booking>('POST', '/v1/bookings', {
      key: r.apiKey,
      idempotencyKey: key,
      body: body(r),
    });
    expect(retry.status).toBe(201);
    expect(retry.body.id).toBe(first.body.id);
    expect(await down.prisma.booking.count({ where: { restaurantId: r.id } })).toBe(1);
    const date = tomorrowAt(19).slice(0, 10);
    const day = await call<{ slots: { time: string; available: boolean }[] }>(
      'GET',
      `/v1/restaurants/${r.id}/availability?date=${date}&partySize=2`,
      { key: r.apiKey },
    );
    expect(day.status).toBe(200);
    expect(day.body.slots.length).toBeGreaterThan(0);
    // Bookings go on without Redis, so the gateway stays in rotation, marked degraded.
    const ready = await call<{ status: string; checks: { redis: { status: string } } }>(
      'GET',
      '/health/ready',
    );
    expect(ready.status).toBe(200);
    expect(ready.body).toMatchObject({ status: 'degraded', checks: { redis: { status: 'down' } } });
  });
});
