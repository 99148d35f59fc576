/**
 * Publishable keys (tk_pub_…) as a browser on a restaurant's site uses them: CORS per key, guest
 * capabilities only, manage links for the guest's own booking, and the limits of anonymous
 * traffic per client address (never believing a client's own X-Forwarded-For).
 */
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createTestRestaurant, tomorrowAt, type TestRestaurant } from '../support/fixtures';
import { apiClient, type ApiCall } from '../support/http';
import { startGateway, startTestStack, type TestStack } from '../support/test-stack';

jest.setTimeout(90_000);

const SITE = 'https://demo-bistro.example';
const ELSEWHERE = 'https://evil.example';

type Booking = {
  id: string;
  status: string;
  holdExpiresAt: string | null;
  manage?: { token: string; url: string };
};
type Managed = {
  id: string;
  status: string;
  guest: { name: string };
  changeable: boolean;
  partySize: number;
};

let stack: TestStack;
let api: ApiCall;
let restaurant: TestRestaurant;
let other: TestRestaurant;
let pub: string;

async function createPublishable(call: ApiCall, adminKey: string, restaurantId: string, origins: string[]) {
  const created = await call<{ key: string; kind: string; scopes: string[] }>(
    'POST',
    '/v1/api-keys/publishable',
    {
      key: adminKey,
      body: { name: 'widget', restaurantId, allowedOrigins: origins, holdTtlSeconds: 60 },
    },
  );
  expect(created.status).toBe(201);
  return created.body;
}

async function widgetHold(call: ApiCall, key: string, hour: number, headers: Record<string, string> = {}) {
  return call<Booking>('POST', '/v1/holds', {
    key,
    headers: { origin: SITE, ...headers },
    body: {
      restaurantId: restaurant.id,
      partySize: 2,
      startsAt: tomorrowAt(hour),
      guest: { name: 'Widget guest' },
    },
  });
}

beforeAll(async () => {
  stack = await startTestStack();
  api = apiClient(stack.baseUrl);
  const scopes = ['admin', 'availability:read', 'bookings:read', 'bookings:write', 'reviews:write'] as const;
  restaurant = await createTestRestaurant(stack.prisma, {
    scopes: [...scopes],
    policy: { holdTtlSeconds: 3600 },
  });
  other = await createTestRestaurant(stack.prisma);
  const created = await createPublishable(api, restaurant.apiKey, restaurant.id, [SITE]);
  expect(created.key).toMatch(/^tk_pub_[a-z0-9]{10}_/);
  expect(created).toMatchObject({ kind: 'publishable', scopes: ['availability:read', 'bookings:write'] });
  pub = created.key;
});
afterAll(async () => {
  await stack?.stop();
});

describe('CORS', () => {
  it('answers a preflight from an allowed origin with the headers the API needs', async () => {
    const response = await fetch(`${stack.baseUrl}/v1/holds`, {
      method: 'OPTIONS',
      headers: {
        origin: SITE,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type, idempotency-key',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(SITE);
    expect(response.headers.get('access-control-allow-headers')).toContain('idempotency-key');
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
    expect(response.headers.get('vary')).toContain('Origin');
  });

  it('refuses a preflight and a request from an origin the key does not list', async () => {
    const preflight = await fetch(`${stack.baseUrl}/v1/holds`, {
      method: 'OPTIONS',
      headers: { origin: ELSEWHERE, 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(403);
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    const request = await api('GET', '/v1/restaurants', { key: pub, headers: { origin: ELSEWHERE } });
    expect(request.status).toBe(403);
    expect(request.body).toMatchObject({ code: 'origin_not_allowed' });
    expect(request.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('gives the allowed origin its CORS headers, and a secret key none', async () => {
    const allowed = await api('GET', '/v1/restaurants', { key: pub, headers: { origin: SITE } });
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(SITE);
    expect(allowed.headers.get('vary')).toContain('Origin');
    const secret = await api('GET', '/v1/restaurants', { key: restaurant.apiKey, headers: { origin: SITE } });
    expect(secret.status).toBe(200);
    expect(secret.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('what a publishable key may do', () => {
  let victim: { id: string };

  beforeAll(async () => {
    const booked = await api<{ id: string }>('POST', '/v1/bookings', {
      key: restaurant.apiKey,
      body: {
        restaurantId: restaurant.id,
        partySize: 2,
        startsAt: tomorrowAt(9),
        guest: { name: 'Phone Guest' },
      },
    });
    expect(booked.status).toBe(201);
    victim = booked.body;
  });

  it('reads the restaurant and availability, and holds a short hold with a manage link', async () => {
    const day = tomorrowAt(12).slice(0, 10);
    const availability = await api(
      'GET',
      `/v1/restaurants/${restaurant.id}/availability?date=${day}&partySize=2`,
      {
        key: pub,
        headers: { origin: SITE },
      },
    );
    expect(availability.status).toBe(200);
    const held = await widgetHold(api, pub, 12);
    expect(held.status).toBe(201);
    expect(held.body.status).toBe('held');
    // The key's 60 s, not the restaurant's hour.
    expect(Date.parse(held.body.holdExpiresAt!) - Date.now()).toBeLessThanOrEqual(61_000);
    expect(held.body.manage?.url).toMatch(/\/manage\/[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/);
  });

  it('cannot list, read, change or cancel any booking, nor use any secret-key scope', async () => {
    const refused = [
      ['GET', `/v1/bookings/${victim.id}`],
      ['PATCH', `/v1/bookings/${victim.id}`, { partySize: 3 }],
      ['POST', `/v1/bookings/${victim.id}/cancel`, { reasonCode: 'guest_request' }],
      ['POST', `/v1/bookings/${victim.id}/check-in`],
      ['POST', `/v1/bookings/${victim.id}/no-show`, {}],
      ['POST', `/v1/bookings/${victim.id}/approve`, {}],
      ['POST', `/v1/holds/${victim.id}/confirm`],
      ['POST', `/v1/bookings/${victim.id}/manage-link`],
      ['DELETE', `/v1/bookings/${victim.id}/manage-link`],
      ['GET', '/v1/api-keys'],
      ['POST', '/v1/api-keys', { name: 'x', channel: 'api', restaurantIds: [restaurant.id] }],
      ['PATCH', `/v1/restaurants/${restaurant.id}/policy`, {}],
    ] as const;
    for (const [method, path, body] of refused) {
      const response = await api(method, path, { key: pub, body, headers: { origin: SITE } });
      // Refused by what the key is, before anything is looked up: the same answer for every booking.
      expect({ method, path, status: response.status, body: response.body }).toMatchObject({
        method,
        path,
        status: 403,
        body: { code: 'publishable_key_not_allowed' },
      });
    }
    const mcp = await fetch(`${stack.baseUrl}/mcp`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${pub}`,
        'content-type': 'application/json',
        accept: 'application/json, text/event-stream',
      },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: {} }),
    });
    expect(mcp.status).toBe(403);
    const booking = await stack.prisma.booking.findUniqueOrThrow({ where: { id: victim.id } });
    expect(booking.status).toBe('confirmed');
    expect(booking.partySize).toBe(2);
  });

  it("cannot book for another restaurant, and a secret key's secret under tk_pub_ is no key", async () => {
    const foreign = await api('POST', '/v1/bookings', {
      key: pub,
      headers: { origin: SITE },
      body: { restaurantId: other.id, partySize: 2, startsAt: tomorrowAt(13), guest: { name: 'X' } },
    });
    expect(foreign.status).toBe(404);
    const disguised = restaurant.apiKey.replace(/^tk_/, 'tk_pub_');
    expect((await api('GET', '/v1/restaurants', { key: disguised })).status).toBe(401);
  });
});

describe('manage links', () => {
  it('lets the guest confirm their hold, see it and cancel it, recording every use', async () => {
    const held = await widgetHold(api, pub, 15);
    const token = held.body.manage!.token;
    const confirmed = await api<Managed>('POST', `/v1/manage/${token}/confirm`, {
      body: { guest: { name: 'Ada Lovelace', email: 'ada@example.com' } },
    });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toMatchObject({
      status: 'confirmed',
      guest: { name: 'Ada Lovelace' },
      changeable: true,
    });
    const seen = await api<Managed>('GET', `/v1/manage/${token}`);
    expect(seen.body).toMatchObject({ id: held.body.id, status: 'confirmed' });
    const moved = await api<Managed>('PATCH', `/v1/manage/${token}`, { body: { partySize: 3 } });
    expect(moved.status).toBe(200);
    expect(moved.body.partySize).toBe(3);
    const cancelled = await api<Managed>('POST', `/v1/manage/${token}/cancel`);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', changeable: false });
    const again = await api<Managed>('POST', `/v1/manage/${token}/cancel`);
    expect(again.body.status).toBe('cancelled');

    const events = await stack.prisma.bookingEvent.findMany({
      where: { bookingId: held.body.id },
      orderBy: { id: 'asc' },
    });
    const cancel = events.find((e) => e.toStatus === 'cancelled');
    expect(cancel?.actor).toBe('guest:manage-link');
    const booking = await stack.prisma.booking.findUniqueOrThrow({ where: { id: held.body.id } });
    expect(booking.closeReasonCode).toBe('guest_request');
    const uses = await stack.prisma.manageTokenUse.findMany({
      orderBy: { id: 'asc' },
      where: { token: { bookingId: held.body.id } },
    });
    expect(uses.map((u) => `${u.action}:${u.outcome}`)).toEqual([
      'confirm:ok',
      'view:ok',
      'modify:ok',
      'cancel:ok',
      'cancel:ok',
    ]);
  });

  it('refuses forged, foreign-signed and revoked tokens; a secret key can issue and revoke', async () => {
    const held = await widgetHold(api, pub, 17);
    const token = held.body.manage!.token;
    const forged = token.slice(0, -2) + (token.endsWith('AA') ? 'BB' : 'AA');
    expect((await api('GET', `/v1/manage/${forged}`)).body).toMatchObject({ code: 'manage_link_invalid' });
    expect((await api('GET', '/v1/manage/not-a-token')).status).toBe(404);
    const issued = await api<{ token: string }>('POST', `/v1/bookings/${held.body.id}/manage-link`, {
      key: restaurant.apiKey,
    });
    expect(issued.status).toBe(200);
    expect(issued.body.token).toBe(token);
    const revoked = await api('DELETE', `/v1/bookings/${held.body.id}/manage-link`, {
      key: restaurant.apiKey,
    });
    expect(revoked.body).toMatchObject({ revoked: 1 });
    expect((await api('GET', `/v1/manage/${token}`)).status).toBe(404);
    expect((await api('POST', `/v1/manage/${token}/cancel`)).status).toBe(404);
    const still = await stack.prisma.booking.findUniqueOrThrow({ where: { id: held.body.id } });
    expect(still.status).toBe('held');
    // Another restaurant's key cannot issue a link to this booking.
    const foreign = await api('POST', `/v1/bookings/${held.body.id}/manage-link`, { key: other.apiKey });
    expect(foreign.status).toBe(404);
  });

  it('expires the link once the booking has ended', async () => {
    const held = await widgetHold(api, pub, 19);
    await stack.prisma.booking.update({
      where: { id: held.body.id },
      data: { startsAt: new Date(Date.now() - 7_200_000), endsAt: new Date(Date.now() - 3_600_000) },
    });
    const expired = await api('GET', `/v1/manage/${held.body.manage!.token}`);
    expect(expired.status).toBe(410);
    expect(expired.body).toMatchObject({ code: 'manage_link_expired' });
  });
});

describe('limits of anonymous traffic', () => {
  let limited: NestFastifyApplication;
  let call: ApiCall;

  beforeAll(async () => {
    const gateway = await startGateway({
      ...stack.config,
      redisKeyPrefix: `${stack.config.redisKeyPrefix}limited:`,
      widget: { ...stack.config.widget, ipReadsPerMinute: 3, ipWritesPerMinute: 100, liveHoldsPerIp: 2 },
    });
    limited = gateway.app;
    call = apiClient(gateway.baseUrl);
  });
  afterAll(async () => {
    await limited?.close();
  });

  it('counts reads per client address across keys, whatever X-Forwarded-For claims', async () => {
    const second = (await createPublishable(api, restaurant.apiKey, restaurant.id, [SITE])).key;
    const statuses: number[] = [];
    for (const [i, key] of [pub, second, pub, second, pub].entries()) {
      const response = await call('GET', '/v1/restaurants', {
        key,
        headers: { origin: SITE, 'x-forwarded-for': `203.0.113.${i}` },
      });
      statuses.push(response.status);
      if (response.status === 429) {
        expect(response.body).toMatchObject({ code: 'rate_limited' });
        expect(response.headers.get('access-control-allow-origin')).toBe(SITE);
      }
    }
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    // Secret keys are not anonymous: their own budgets only.
    expect((await call('GET', '/v1/restaurants', { key: restaurant.apiKey })).status).toBe(200);
  });

  it('caps the live holds one address may have', async () => {
    expect((await widgetHold(call, pub, 20)).status).toBe(201);
    expect((await widgetHold(call, pub, 21)).status).toBe(201);
    const third = await widgetHold(call, pub, 22);
    expect(third.status).toBe(429);
    expect(third.body).toMatchObject({ code: 'too_many_live_holds' });
  });
});
