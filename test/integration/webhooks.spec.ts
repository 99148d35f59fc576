/**
 * Issue 18: lifecycle webhooks through a real HTTP receiver on loopback, signed per Standard
 * Webhooks (checked with the `standardwebhooks` package's own verify), retried, in order, and
 * never lost when the worker delivering them is killed mid-request.
 */
import type { ChildProcess } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { WebhookDeliveryRepository } from '@tablekeeper/db';
import { WebhookRelay } from '../../apps/worker/src/webhooks/webhook-relay';
import { appMain, killProcess, startAppProcess } from '../support/app-process';
import { createTestRestaurant, tomorrowAt, type TestRestaurant } from '../support/fixtures';
import { apiClient, eventually, type ApiCall } from '../support/http';
import { startTestStack, type TestStack } from '../support/test-stack';

interface Received {
  readonly headers: Record<string, string>;
  readonly body: string;
}

/** A receiver whose answer each test decides; it records every request it got. */
class Receiver {
  readonly requests: Received[] = [];
  answer: (request: Received, n: number) => number | 'hang' = () => 200;
  private server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      const request = { headers: req.headers as Record<string, string>, body };
      this.requests.push(request);
      const status = this.answer(request, this.requests.length);
      if (status === 'hang') return;
      res.writeHead(status).end('ok');
    });
  });
  url = '';
  async start(): Promise<void> {
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks`;
  }
  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((r) => this.server.close(r));
  }
  typesOf(bookingId?: string): string[] {
    return this.requests
      .map((r) => JSON.parse(r.body) as { type: string; data: { booking?: { id: string } } })
      .filter((e) => !bookingId || e.data.booking?.id === bookingId)
      .map((e) => e.type);
  }
}

let stack: TestStack;
let api: ApiCall;
let relay: WebhookRelay | undefined;
const receivers: Receiver[] = [];
const children: ChildProcess[] = [];

async function receiver(): Promise<Receiver> {
  const r = new Receiver();
  await r.start();
  receivers.push(r);
  return r;
}

function startRelay(): void {
  relay = new WebhookRelay(new WebhookDeliveryRepository(stack.prisma), {
    ...stack.config.webhooks,
    pollMs: 50,
  });
  relay.start();
}

async function restaurant(): Promise<TestRestaurant> {
  return createTestRestaurant(stack.prisma, {
    policy: { holdTtlSeconds: 120 },
    scopes: [
      'availability:read',
      'bookings:read',
      'bookings:write',
      'reviews:write',
      'webhooks:write',
      'webhooks:read',
    ],
  });
}

async function endpoint(r: TestRestaurant, url: string, extra: Record<string, unknown> = {}) {
  const created = await api<{ id: string; secret: string }>('POST', '/v1/webhook-endpoints', {
    key: r.apiKey,
    body: { restaurantId: r.id, url, ...extra },
  });
  expect(created.status).toBe(201);
  expect(created.body.secret).toMatch(/^whsec_/);
  return created.body;
}

async function hold(r: TestRestaurant, hour = 20): Promise<string> {
  const held = await api<{ id: string }>('POST', '/v1/holds', {
    key: r.apiKey,
    body: {
      restaurantId: r.id,
      partySize: 2,
      startsAt: tomorrowAt(hour),
      guest: { name: 'Ada Lovelace', phone: '+442071234567' },
    },
  });
  expect(held.status).toBe(201);
  return held.body.id;
}

beforeAll(async () => {
  appMain('worker');
  stack = await startTestStack();
  api = apiClient(stack.baseUrl);
});
afterEach(async () => {
  await relay?.stop();
  relay = undefined;
});
afterAll(async () => {
  await Promise.all(children.map(killProcess));
  await Promise.all(receivers.map((r) => r.stop()));
  await stack?.stop();
});

// First in this file, on the suite's own database: nothing else has queued work yet.
it('tells an idle relay there is no work, and sees new outbox rows and due deliveries', async () => {
  const deliveries = new WebhookDeliveryRepository(stack.prisma);
  const base = stack.config.webhooks.publicBaseUrl;
  while ((await deliveries.fanOut(500, base)) > 0);
  expect(await deliveries.pendingWork()).toEqual({ outbox: false, due: false });

  const r = await restaurant();
  const failing = await receiver();
  failing.answer = () => 500;
  const { id: endpointId } = await endpoint(r, failing.url);
  await hold(r);
  expect((await deliveries.pendingWork()).outbox).toBe(true);

  while ((await deliveries.fanOut(500, base)) > 0);
  expect(await deliveries.pendingWork()).toEqual({ outbox: false, due: true });

  // Leased by a relay: not due until the lease runs out.
  expect((await deliveries.claimDue(100, 60)).length).toBeGreaterThan(0);
  expect(await deliveries.pendingWork()).toEqual({ outbox: false, due: false });

  // Due again, but its endpoint switched off: still nothing to send.
  await stack.prisma
    .$executeRaw`UPDATE webhook_deliveries SET leased_until = NULL WHERE endpoint_id = ${endpointId}::uuid`;
  expect((await deliveries.pendingWork()).due).toBe(true);
  const off = await api('PATCH', `/v1/webhook-endpoints/${endpointId}`, {
    key: r.apiKey,
    body: { enabled: false },
  });
  expect(off.status).toBe(200);
  expect(await deliveries.pendingWork()).toEqual({ outbox: false, due: false });
  expect(failing.requests).toHaveLength(0);
});

it('delivers a booking’s whole life in order, each message verified with standardwebhooks', async () => {
  const r = await restaurant();
  const rx = await receiver();
  const { secret } = await endpoint(r, rx.url);
  startRelay();
  const id = await hold(r);
  expect((await api('POST', `/v1/holds/${id}/confirm`, { key: r.apiKey })).status).toBe(200);
  expect(
    (
      await api('POST', `/v1/bookings/${id}/cancel`, {
        key: r.apiKey,
        body: { reason: 'plans changed', reasonCode: 'guest_request' },
      })
    ).status,
  ).toBe(200);
  await eventually(async () => (rx.typesOf(id).length >= 3 ? true : undefined));
  expect(rx.typesOf(id)).toEqual(['booking.held', 'booking.confirmed', 'booking.cancelled']);
  const verifier = new Webhook(secret);
  for (const request of rx.requests) {
    const event = verifier.verify(request.body, request.headers) as {
      id: string;
      type: string;
      version: number;
      data: Record<string, unknown>;
    };
    expect(event.id).toBe(request.headers['webhook-id']);
    expect(event.version).toBe(1);
    expect(event.data.booking).toMatchObject({ id, restaurantId: r.id, partySize: 2 });
    // The endpoint was not allowed guest contact details.
    expect(event.data.guest).toBeUndefined();
    expect(request.body).not.toContain('Ada');
  }
  const cancelled = JSON.parse(rx.requests[2].body) as {
    data: { reasonCode: string; booking: { status: string } };
  };
  expect(cancelled.data).toMatchObject({ reasonCode: 'guest_request', booking: { status: 'cancelled' } });
  // A wrong secret does not verify.
  expect(() =>
    new Webhook(`whsec_${Buffer.alloc(32, 1).toString('base64')}`).verify(
      rx.requests[0].body,
      rx.requests[0].headers,
    ),
  ).toThrow();
});

it('gives guest contact only to endpoints allowed it, and a foreign restaurant’s endpoint is not found', async () => {
  const r = await restaurant();
  const other = await restaurant();
  const rx = await receiver();
  const created = await endpoint(r, rx.url, { guestContactAllowed: true, events: ['booking.held'] });
  expect((await api('GET', `/v1/webhook-endpoints/${created.id}`, { key: other.apiKey })).status).toBe(404);
  startRelay();
  const id = await hold(r);
  await eventually(async () => (rx.typesOf(id).length >= 1 ? true : undefined));
  const event = JSON.parse(rx.requests[0].body) as { data: { guest: { name: string; phone: string } } };
  expect(event.data.guest).toMatchObject({ name: 'Ada Lovelace', phone: '+442071234567' });
  // Subscribed to booking.held only.
  expect(rx.typesOf(id)).toEqual(['booking.held']);
});

it('retries a receiver that fails 3 times under the same webhook-id and delivers once it succeeds', async () => {
  const r = await restaurant();
  const rx = await receiver();
  rx.answer = (_req, n) => (n <= 3 ? 500 : 200);
  const created = await endpoint(r, rx.url, { events: ['booking.held'] });
  startRelay();
  const id = await hold(r);
  for (let attempt = 1; attempt <= 3; attempt++) {
    await eventually(async () => (rx.requests.length >= attempt ? true : undefined));
    const [row] = await eventually(async () => {
      const rows = await stack.prisma.webhookDelivery.findMany({ where: { endpointId: created.id } });
      return rows[0]?.attempts === attempt ? rows : undefined;
    });
    expect(row.status).toBe('pending');
    // The schedule's next try lies ahead (5 s, then 5 min, 30 min): the test moves the clock there.
    expect(row.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());
    await stack.prisma.webhookDelivery.update({ where: { id: row.id }, data: { nextAttemptAt: new Date() } });
  }
  const delivered = await eventually(async () => {
    const row = await stack.prisma.webhookDelivery.findFirst({ where: { endpointId: created.id } });
    return row?.status === 'delivered' ? row : undefined;
  });
  expect(delivered.attempts).toBe(4);
  expect(delivered.lastStatusCode).toBe(200);
  await new Promise((res) => setTimeout(res, 500));
  expect(rx.requests).toHaveLength(4);
  expect(new Set(rx.requests.map((q) => q.headers['webhook-id'])).size).toBe(1);
  expect(rx.typesOf(id)).toEqual(['booking.held', 'booking.held', 'booking.held', 'booking.held']);
  const listed = await api<{ data: { status: string; attempts: number }[] }>(
    'GET',
    `/v1/webhook-endpoints/${created.id}/deliveries`,
    { key: r.apiKey },
  );
  expect(listed.body.data[0]).toMatchObject({ status: 'delivered', attempts: 4 });
  // Redelivery on request: the same message again.
  const again = await api<{ id: string }>(
    'POST',
    `/v1/webhook-endpoints/${created.id}/deliveries/${delivered.id}/redeliver`,
    { key: r.apiKey },
  );
  expect(again.status).toBe(202);
  await eventually(async () => (rx.requests.length === 5 ? true : undefined));
  expect(rx.requests[4].headers['webhook-id']).toBe(rx.requests[0].headers['webhook-id']);
});

it('disables an endpoint that answers 410 and tells the restaurant’s other endpoints', async () => {
  const r = await restaurant();
  const gone = await receiver();
  gone.answer = () => 410;
  const watcher = await receiver();
  const created = await endpoint(r, gone.url, { events: ['booking.held'] });
  const watching = await endpoint(watcher.url ? r : r, watcher.url, {
    events: ['webhook_endpoint.disabled'],
  });
  startRelay();
  await hold(r);
  await eventually(async () => (watcher.requests.length >= 1 ? true : undefined));
  const endpointRow = await api<{ enabled: boolean; disabledReason: string }>(
    'GET',
    `/v1/webhook-endpoints/${created.id}`,
    { key: r.apiKey },
  );
  expect(endpointRow.body).toMatchObject({ enabled: false, disabledReason: 'gone' });
  const notice = new Webhook(watching.secret).verify(watcher.requests[0].body, watcher.requests[0].headers);
  expect(notice).toMatchObject({
    type: 'webhook_endpoint.disabled',
    data: { endpointId: created.id, reason: 'gone' },
  });
  // Nothing more goes to it.
  await hold(r, 21);
  await new Promise((res) => setTimeout(res, 1000));
  expect(gone.requests).toHaveLength(1);
});

it('signs with both secrets during a rotation’s overlap', async () => {
  const r = await restaurant();
  const rx = await receiver();
  const created = await endpoint(r, rx.url);
  const rotated = await api<{ secret: string; previousSecretExpiresAt: string }>(
    'POST',
    `/v1/webhook-endpoints/${created.id}/rotate-secret`,
    { key: r.apiKey },
  );
  expect(rotated.status).toBe(200);
  expect(rotated.body.secret).not.toBe(created.secret);
  expect(Date.parse(rotated.body.previousSecretExpiresAt) - Date.now()).toBeGreaterThan(23 * 3600 * 1000);
  expect((await api('POST', `/v1/webhook-endpoints/${created.id}/test`, { key: r.apiKey })).status).toBe(202);
  startRelay();
  await eventually(async () => (rx.requests.length >= 1 ? true : undefined));
  const [ping] = rx.requests;
  expect(ping.headers['webhook-signature'].split(' ')).toHaveLength(2);
  expect(new Webhook(rotated.body.secret).verify(ping.body, ping.headers)).toMatchObject({
    type: 'webhook.test',
  });
  expect(new Webhook(created.secret).verify(ping.body, ping.headers)).toMatchObject({ type: 'webhook.test' });
});

it('refuses internal and plain-http URLs where the deployment does not allow them', async () => {
  const { webhookUrlProblem } = await import('@tablekeeper/domain');
  const production = { allowHttp: false, allowPrivateTargets: false };
  expect(webhookUrlProblem('http://pos.example.com/h', production)).toBe('https_required');
  expect(webhookUrlProblem('https://127.0.0.1/h', production)).toBe('internal_address');
  expect(webhookUrlProblem('https://169.254.169.254/latest', production)).toBe('internal_address');
  expect(webhookUrlProblem('https://[::1]/h', production)).toBe('internal_address');
  expect(webhookUrlProblem('https://localhost/h', production)).toBe('internal_address');
  expect(webhookUrlProblem('https://user:pw@pos.example.com/h', production)).toBe('credentials_in_url');
  expect(webhookUrlProblem('https://pos.example.com/h', production)).toBeNull();
  const r = await restaurant();
  const bad = await api<{ code: string }>('POST', '/v1/webhook-endpoints', {
    key: r.apiKey,
    body: { restaurantId: r.id, url: 'ftp://x' },
  });
  expect(bad.status).toBe(422);
  expect(bad.body.code).toBe('invalid_webhook_url');
  const unknownType = await api('POST', '/v1/webhook-endpoints', {
    key: r.apiKey,
    body: { restaurantId: r.id, url: 'https://pos.example.com/h', events: ['booking.nope'] },
  });
  expect(unknownType.status).toBe(400);
});

it('loses nothing when the worker delivering is killed mid-request', async () => {
  const r = await restaurant();
  const rx = await receiver();
  rx.answer = (_req, n) => (n === 1 ? 'hang' : 200);
  const created = await endpoint(r, rx.url, { events: ['booking.held'] });
  const env = { WEBHOOK_TIMEOUT_MS: '10000', WEBHOOK_LEASE_SECONDS: '12', WEBHOOK_POLL_MS: '50' };
  const first = await startAppProcess(stack, 'worker', env);
  children.push(first);
  await hold(r);
  await eventually(async () => (rx.requests.length >= 1 ? true : undefined));
  await killProcess(first);
  const second = await startAppProcess(stack, 'worker', env);
  children.push(second);
  const delivered = await eventually(async () => {
    const row = await stack.prisma.webhookDelivery.findFirst({ where: { endpointId: created.id } });
    return row?.status === 'delivered' ? row : undefined;
  }, 40_000);
  expect(delivered.attempts).toBe(1);
  expect(rx.requests).toHaveLength(2);
  expect(rx.requests[1].headers['webhook-id']).toBe(rx.requests[0].headers['webhook-id']);
}, 60_000);
