/**
 * Guest data stays out of what engineers read, on every path: the stored Temporal history of each
 * kind of booking (a hold confirmed, a one-shot booking cancelled, a review approved and one
 * rejected) holds none of it, not even base64-encoded, update arguments included; and the
 * compiled gateway and worker, logging at debug level, print none of it for accepted requests,
 * for refused ones (invalid, no capacity, key reused) or for failed ones (database unreachable).
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createPrismaClient, type PrismaClient } from '@tablekeeper/db';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { createTestRestaurant, tomorrowAt, type TestRestaurant } from '../support/fixtures';
import { apiClient, eventually, type ApiCall } from '../support/http';
import { REDIS_URL, TEST_PAYLOAD_KEYS, databaseUrl, temporalAddress } from '../support/test-env';

jest.setTimeout(120_000);

const DIST = join(__dirname, '..', '..', 'dist', 'apps');
const run = promisify(execFile);

let db: TestDatabase;
let prisma: PrismaClient;
let restaurant: TestRestaurant;
let api: ApiCall;
let broken: ApiCall;
const processes: { name: string; child: ChildProcess; output: string }[] = [];

/** Details of one guest, unique to this run, so a hit can only come from this file. */
function guestOf(label: string) {
  const tag = randomBytes(4).toString('hex');
  return {
    guest: {
      name: `Philippa ${label} Vandersloot${tag}`,
      phone: `+4477009${String(parseInt(tag.slice(0, 4), 16) % 100000).padStart(5, '0')}`,
      email: `p.${label.toLowerCase()}.${tag}@example.org`,
    },
    notes: `Shellfish allergy, room ${tag}`,
  };
}
const secrets: string[] = [];
function remember(details: ReturnType<typeof guestOf>): ReturnType<typeof guestOf> {
  secrets.push(details.guest.name, details.guest.phone, details.guest.email, details.notes);
  return details;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function startApp(name: string, main: 'gateway' | 'worker', env: NodeJS.ProcessEnv, ready: RegExp) {
  const child = spawn(process.execPath, [join(DIST, main, 'src', 'main.js')], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const entry = { name, child, output: '' };
  processes.push(entry);
  return new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      entry.output += chunk.toString();
      if (ready.test(entry.output)) resolve();
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${name} exited with ${code}:\n${entry.output}`)));
  });
}

async function history(workflowId: string): Promise<string> {
  const cli = process.env.TEMPORAL_CLI;
  if (!cli) throw new Error('TEMPORAL_CLI is not set: run the suite with `npm test`');
  const { stdout } = await run(
    cli,
    ['workflow', 'show', '--address', temporalAddress(), '--workflow-id', workflowId, '--output', 'json'],
    { maxBuffer: 32 * 1024 * 1024 },
  );
  return stdout;
}

/** The history as text, with every string also read as base64 (payload data is base64). */
function everyText(json: string): string {
  const texts: string[] = [json];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') texts.push(Buffer.from(value, 'base64').toString('latin1'));
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(JSON.parse(json));
  return texts.join('\n');
}

function found(text: string): string[] {
  return secrets.filter((secret) => text.includes(secret));
}

beforeAll(async () => {
  if (!existsSync(join(DIST, 'worker', 'src', 'main.js')))
    throw new Error('dist is missing: run the suite with `npm test` (it builds first)');
  db = await createTestDatabase();
  prisma = createPrismaClient(db.url, { poolSize: 2 });
  restaurant = await createTestRestaurant(prisma, {
    tables: [{ label: 'Solo', zone: 'Main', min: 1, max: 8 }],
    combinations: [],
    policy: { autoConfirmMaxPartySize: 4, holdTtlSeconds: 3600 },
  });
  const [gatewayPort, brokenPort] = [await freePort(), await freePort()];
  const taskQueue = `test-pii-${randomBytes(4).toString('hex')}`;
  const env = {
    DATABASE_URL: db.url,
    REDIS_URL,
    REDIS_KEY_PREFIX: `test:${taskQueue}:`,
    TEMPORAL_ADDRESS: temporalAddress(),
    TEMPORAL_TASK_QUEUE: taskQueue,
    PORT: String(gatewayPort),
    METRICS_PORT: '0',
    WORKER_METRICS_PORT: '0',
    // Everything either process can say, so nothing hides below the level production runs at.
    LOG_LEVEL: 'debug',
    LOG_FORMAT: 'json',
    ...TEST_PAYLOAD_KEYS,
  };
  await Promise.all([
    startApp('worker', 'worker', env, /polling task queue/),
    startApp('gateway', 'gateway', env, /listening on/),
    // A gateway whose database does not exist: its requests fail instead of being refused.
    startApp(
      'broken gateway',
      'gateway',
      { ...env, PORT: String(brokenPort), DATABASE_URL: databaseUrl(`tk_missing_${taskQueue}`) },
      /listening on/,
    ),
  ]);
  api = apiClient(`http://127.0.0.1:${gatewayPort}`);
  broken = apiClient(`http://127.0.0.1:${brokenPort}`);
}, 120_000);

afterAll(async () => {
  for (const { child } of processes) if (child.exitCode === null) child.kill('SIGKILL');
  await prisma?.$disconnect();
  await db?.drop();
});

type Booking = { id: string; status: string; workflowId: string };

async function place(path: '/v1/bookings' | '/v1/holds', partySize: number, hour: number, label: string) {
  const details = remember(guestOf(label));
  const response = await api<Booking>('POST', path, {
    key: restaurant.apiKey,
    body: { restaurantId: restaurant.id, partySize, startsAt: tomorrowAt(hour), ...details },
  });
  expect(response.status).toBe(201);
  return { booking: response.body, details };
}

async function act(booking: Booking, path: string, body?: unknown): Promise<Booking> {
  const response = await api<Booking>('POST', `/v1/${path.replace('{id}', booking.id)}`, {
    key: restaurant.apiKey,
    body,
  });
  expect({ path, status: response.status }).toEqual({ path, status: 200 });
  return response.body;
}

const workflows: Record<string, string> = {};

it('keeps guest data out of the history of every kind of booking, update arguments included', async () => {
  const held = await place('/v1/holds', 2, 9, 'Hold');
  await act(held.booking, 'holds/{id}/confirm');
  workflows.holdConfirmed = held.booking.workflowId;

  const cancelled = await place('/v1/bookings', 2, 11, 'Cancel');
  // A reason is free text a caller types: it names the guest here, as real ones do.
  await act(cancelled.booking, 'bookings/{id}/cancel', { reason: `${cancelled.details.guest.name} phoned` });
  workflows.confirmedCancelled = cancelled.booking.workflowId;

  const approved = await place('/v1/bookings', 6, 13, 'Approve');
  expect(approved.booking.status).toBe('manual_review');
  await act(approved.booking, 'bookings/{id}/approve', {
    reason: `agreed with ${approved.details.guest.phone}`,
  });
  workflows.reviewApproved = approved.booking.workflowId;

  const rejected = await place('/v1/bookings', 6, 15, 'Reject');
  await act(rejected.booking, 'bookings/{id}/reject', {
    reason: `${rejected.details.guest.email} is banned`,
  });
  workflows.reviewRejected = rejected.booking.workflowId;

  for (const [kind, workflowId] of Object.entries(workflows)) {
    const text = everyText(await history(workflowId));
    expect(text).toContain('binary/encrypted');
    expect({ kind, found: found(text) }).toEqual({ kind, found: [] });
  }
});

it('logs no guest data at debug level for refused and failed requests', async () => {
  // Refused: invalid (a bad email beside a real name), no capacity, the key reused with another guest.
  const invalid = remember(guestOf('Invalid'));
  const badEmail = await api('POST', '/v1/bookings', {
    key: restaurant.apiKey,
    body: {
      restaurantId: restaurant.id,
      partySize: 2,
      startsAt: tomorrowAt(17),
      guest: { ...invalid.guest, email: `not-an-email ${invalid.guest.name}` },
      notes: invalid.notes,
    },
  });
  expect(badEmail.status).toBe(400);

  const full = remember(guestOf('Full'));
  const noCapacity = await api('POST', '/v1/bookings', {
    key: restaurant.apiKey,
    body: { restaurantId: restaurant.id, partySize: 2, startsAt: tomorrowAt(9), ...full },
  });
  expect(noCapacity).toMatchObject({ status: 409, body: { code: 'no_capacity' } });

  const first = remember(guestOf('First'));
  const second = remember(guestOf('Second'));
  const key = `pii-${randomBytes(4).toString('hex')}`;
  const post = (details: ReturnType<typeof guestOf>) =>
    api('POST', '/v1/bookings', {
      key: restaurant.apiKey,
      idempotencyKey: key,
      body: { restaurantId: restaurant.id, partySize: 2, startsAt: tomorrowAt(19), ...details },
    });
  expect((await post(first)).status).toBe(201);
  expect(await post(second)).toMatchObject({ status: 422, body: { code: 'idempotency_key_reused' } });

  // Failed: the database is unreachable, so the request cannot even be authenticated.
  const lost = remember(guestOf('Lost'));
  const failed = await broken('POST', '/v1/bookings', {
    key: restaurant.apiKey,
    body: { restaurantId: restaurant.id, partySize: 2, startsAt: tomorrowAt(21), ...lost },
  });
  expect(failed.status).toBeGreaterThanOrEqual(500);

  // The request lines of the last refusal and of the failure are out before the logs are read.
  const outputOf = (name: string) => processes.find((p) => p.name === name)!.output;
  await eventually(async () => (outputOf('gateway').includes('"statusCode":422') ? true : undefined));
  await eventually(async () => (/"statusCode":5\d\d/.test(outputOf('broken gateway')) ? true : undefined));
  for (const { name, output } of processes) {
    expect(output.length).toBeGreaterThan(0);
    expect({ name, found: found(output) }).toEqual({ name, found: [] });
  }
});
