/**
 * The engineers' view of one booking, with the real compiled gateway and worker as processes
 * (tracing on, exporting OTLP/HTTP to a small receiver in this test): the gateway's request line
 * and the worker's lines share request id, booking id and workflow id; both /metrics endpoints
 * expose the named series after bookings; one trace spans HTTP -> workflow -> activities ->
 * Postgres under a single trace id.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { freePort } from '#free-port';
import { createPrismaClient, type PrismaClient } from '@tablekeeper/db';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { createTestRestaurant, tomorrowAt, type TestRestaurant } from '../support/fixtures';
import { apiClient, eventually, type ApiCall } from '../support/http';
import { REDIS_URL, TEST_PAYLOAD_KEYS, temporalAddress } from '../support/test-env';

const DIST = join(__dirname, '..', '..', 'dist', 'apps');

interface Span {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes?: { key: string; value: Record<string, unknown> }[];
  service: string;
}

const spans: Span[] = [];
let receiver: Server;
let db: TestDatabase;
let prisma: PrismaClient;
let restaurant: TestRestaurant;
let api: ApiCall;
const processes: { name: string; child: ChildProcess; output: string }[] = [];
const ports = { gateway: 0, gatewayMetrics: 0, workerMetrics: 0 };

/** A minimal OTLP/HTTP (JSON) trace receiver: what a collector would get. */
function startReceiver(): Promise<number> {
  receiver = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      const parsed = JSON.parse(body) as {
        resourceSpans: {
          resource: { attributes: { key: string; value: { stringValue?: string } }[] };
          scopeSpans: { spans: Omit<Span, 'service'>[] }[];
        }[];
      };
      for (const rs of parsed.resourceSpans) {
        const service = rs.resource.attributes.find((a) => a.key === 'service.name')?.value.stringValue ?? '';
        for (const ss of rs.scopeSpans) for (const span of ss.spans) spans.push({ ...span, service });
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  return new Promise((resolve) =>
    receiver.listen(0, '127.0.0.1', () => resolve((receiver.address() as AddressInfo).port)),
  );
}

function startApp(name: 'gateway' | 'worker', env: NodeJS.ProcessEnv, ready: RegExp): Promise<void> {
  const child = spawn(process.execPath, [join(DIST, name, 'src', 'main.js')], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const entry = { name, child, output: '' };
  processes.push(entry);
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      entry.output += chunk.toString();
      if (ready.test(entry.output)) resolve();
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${name} exited with ${code}:\n${entry.output}`)));
  });
}

function logLines(name: 'gateway' | 'worker'): Record<string, unknown>[] {
  const output = processes.find((p) => p.name === name)?.output ?? '';
  return output
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

async function scrape(port: number): Promise<string> {
  const response = await fetch(`http://127.0.0.1:${port}/metrics`);
  expect(response.status).toBe(200);
  return response.text();
}

/** The value of one sample, e.g. `tablekeeper_holds_expired_total` or `name{label="x"}`. */
function sample(text: string, series: RegExp): number | undefined {
  const line = text.split('\n').find((l) => !l.startsWith('#') && series.test(l));
  return line === undefined ? undefined : Number(line.split(' ').pop());
}

beforeAll(async () => {
  if (!existsSync(join(DIST, 'worker', 'src', 'main.js')))
    throw new Error('dist is missing: run the suite with `npm test` (it builds first)');
  db = await createTestDatabase();
  prisma = createPrismaClient(db.url, { poolSize: 2 });
  restaurant = await createTestRestaurant(prisma);
  const receiverPort = await startReceiver();
  ports.gateway = await freePort();
  ports.gatewayMetrics = await freePort();
  ports.workerMetrics = await freePort();
  const taskQueue = `test-obs-${randomBytes(4).toString('hex')}`;
  const env = {
    DATABASE_URL: db.url,
    REDIS_URL,
    // Its own keys in the shared Redis, like every test stack's.
    REDIS_KEY_PREFIX: `test:${taskQueue}:`,
    TEMPORAL_ADDRESS: temporalAddress(),
    TEMPORAL_TASK_QUEUE: taskQueue,
    PORT: String(ports.gateway),
    METRICS_PORT: String(ports.gatewayMetrics),
    WORKER_METRICS_PORT: String(ports.workerMetrics),
    LOG_LEVEL: 'info',
    LOG_FORMAT: 'json',
    OTEL_TRACES_EXPORTER: 'otlp',
    OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${receiverPort}`,
    OTEL_BSP_SCHEDULE_DELAY: '100',
    ...TEST_PAYLOAD_KEYS,
  };
  await Promise.all([
    startApp('worker', env, /polling task queue/),
    startApp('gateway', env, /listening on/),
  ]);
  api = apiClient(`http://127.0.0.1:${ports.gateway}`);
}, 120_000);

afterAll(async () => {
  for (const { child } of processes) if (child.exitCode === null) child.kill('SIGKILL');
  receiver?.close();
  await prisma?.$disconnect();
  await db?.drop();
});

describe('one booking, seen by an engineer', () => {
  const requestId = `req-${randomBytes(6).toString('hex')}`;
  let booking: { id: string; workflowId: string; status: string };

  beforeAll(async () => {
    const answer = await api<typeof booking>('POST', '/v1/bookings', {
      key: restaurant.apiKey,
      headers: { 'x-request-id': requestId },
      body: {
        restaurantId: restaurant.id,
        partySize: 2,
        startsAt: tomorrowAt(19),
        guest: { name: 'Grace Hopper', phone: '+447700900321', email: 'grace@example.com' },
        notes: 'Cobol allergy',
      },
    });
    expect(answer.status).toBe(201);
    expect(answer.headers.get('x-request-id')).toBe(requestId);
    booking = answer.body;
    expect(booking.status).toBe('confirmed');
  });

  it('shares request id, booking id and workflow id between gateway and worker logs', async () => {
    const gatewayLine = await eventually(async () =>
      logLines('gateway').find((l) => l.msg === 'request completed' && l.bookingId === booking.id),
    );
    expect(gatewayLine).toMatchObject({ req: { id: requestId }, workflowId: booking.workflowId });
    const workerLines = await eventually(async () => {
      const lines = logLines('worker').filter((l) => l.bookingId === booking.id);
      return lines.some((l) => l.msg === 'booking placed') ? lines : undefined;
    });
    for (const line of workerLines) {
      expect(line).toMatchObject({ requestId, workflowId: booking.workflowId, service: 'worker' });
    }
    const all = processes.map((p) => p.output).join('\n');
    for (const secret of ['Grace Hopper', '+447700900321', 'grace@example.com', 'Cobol allergy']) {
      expect(all).not.toContain(secret);
    }
  });

  it('exposes the gateway series: HTTP latency by route, bookings by outcome, dependencies, reviews', async () => {
    const text = await scrape(ports.gatewayMetrics);
    expect(
      sample(
        text,
        /^tablekeeper_http_request_duration_seconds_count\{method="POST",route="\/v1\/bookings",status_code="201"\}/,
      ),
    ).toBeGreaterThanOrEqual(1);
    expect(sample(text, /^tablekeeper_booking_requests_total\{outcome="confirmed",mode="book"\}/)).toBe(1);
    for (const dependency of ['postgres', 'redis', 'temporal']) {
      expect(
        sample(
          text,
          new RegExp(`^tablekeeper_dependency_call_duration_seconds_count\\{dependency="${dependency}"`),
        ),
      ).toBeGreaterThanOrEqual(1);
    }
    expect(
      sample(
        text,
        /^tablekeeper_dependency_call_duration_seconds_count\{dependency="temporal",operation="update_with_start"\}/,
      ),
    ).toBe(1);
    expect(sample(text, /^tablekeeper_reviews_pending /)).toBe(0);
    expect(sample(text, /^nodejs_eventloop_lag_seconds /)).toBeGreaterThanOrEqual(0);
  });

  it('exposes the worker series and the Temporal SDK runtime series on one endpoint', async () => {
    const text = await scrape(ports.workerMetrics);
    expect(
      sample(
        text,
        /^tablekeeper_activity_duration_seconds_count\{activity="holdAndSettle",.*outcome="completed"\}/,
      ),
    ).toBe(1);
    expect(sample(text, /^tablekeeper_booking_status_changes_total\{status="confirmed"\}/)).toBe(1);
    expect(
      sample(text, /^tablekeeper_dependency_call_duration_seconds_count\{dependency="postgres"/),
    ).toBeGreaterThanOrEqual(1);
    // The SDK's own: workflow task latency and slots.
    expect(text).toMatch(/^temporal_workflow_task_execution_latency(_seconds)?_count\{/m);
    expect(text).toMatch(/^temporal_worker_task_slots_available\{/m);
  });

  it('traces HTTP -> workflow -> activities -> Postgres under one trace id', async () => {
    const attribute = (span: Span, key: string) =>
      span.attributes?.find((a) => a.key === key)?.value.stringValue;
    // The workflow's own run span ends with the booking (days later); its children arrive now.
    const trace = await eventually(async () => {
      const server = spans.find(
        (s) =>
          s.kind === 2 &&
          String(attribute(s, 'http.url')).endsWith('/v1/bookings') &&
          attribute(s, 'http.method') === 'POST',
      );
      if (!server) return undefined;
      const same = spans.filter((s) => s.traceId === server.traceId);
      const names = same.map((s) => s.name);
      const complete =
        names.includes('UpdateWithStartWorkflow:placeBooking') &&
        names.includes('HandleUpdate:placeBooking') &&
        names.includes('RunActivity:holdAndSettle') &&
        same.some((s) => s.service === 'tablekeeper-worker' && attribute(s, 'db.system') === 'postgresql');
      return complete ? { server, same } : undefined;
    }, 30_000);
    expect(trace.server.service).toBe('tablekeeper-gateway');
    const byId = new Map(trace.same.map((s) => [s.spanId, s]));
    const parentName = (name: string) =>
      byId.get(trace.same.find((s) => s.name === name)!.parentSpanId ?? '')?.name;
    expect(trace.server.name).toBe('POST /v1/bookings');
    expect(parentName('UpdateWithStartWorkflow:placeBooking')).toBe('POST /v1/bookings');
    expect(parentName('HandleUpdate:placeBooking')).toBe('UpdateWithStartWorkflow:placeBooking');
    expect(parentName('RunActivity:holdAndSettle')).toBe('StartActivity:holdAndSettle');
    // Postgres spans of an activity hang below that activity's span.
    const holdRun = trace.same.find((s) => s.name === 'RunActivity:holdAndSettle')!;
    expect(
      trace.same.some((s) => s.parentSpanId === holdRun.spanId && attribute(s, 'db.system') === 'postgresql'),
    ).toBe(true);
    // One tree: only the HTTP request's span has no parent.
    expect(trace.same.filter((s) => !s.parentSpanId).map((s) => s.name)).toEqual(['POST /v1/bookings']);
  });
});

it('counts an expired hold', async () => {
  const held = await api<{ status: string }>('POST', '/v1/holds', {
    key: restaurant.apiKey,
    body: {
      restaurantId: restaurant.id,
      partySize: 2,
      startsAt: tomorrowAt(21),
      guest: { name: 'Expiring Hold' },
    },
  });
  expect(held.status).toBe(201);
  await eventually(
    async () =>
      (sample(await scrape(ports.workerMetrics), /^tablekeeper_holds_expired_total /) ?? 0) >= 1
        ? true
        : undefined,
    20_000,
  );
  const gateway = await scrape(ports.gatewayMetrics);
  expect(sample(gateway, /^tablekeeper_booking_requests_total\{outcome="held",mode="hold"\}/)).toBe(1);
});
