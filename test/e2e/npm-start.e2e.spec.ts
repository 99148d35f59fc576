/**
 * `npm start` as a user runs it (scripts/start.mjs), on private ports, database and data folder:
 * it migrates a new database, seeds demo-bistro, runs Temporal, the worker and the gateway; a
 * booking made with curl-like HTTP reaches `confirmed` and is found in Temporal by status; the
 * CLI creates a working API key; Ctrl-C (SIGINT) stops everything it started.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '#free-port';
import { Client } from 'pg';
import { apiClient, eventually } from '../support/http';
import { TEST_DATABASE_URL, databaseUrl, runId } from '../support/test-env';

const ROOT = join(__dirname, '..', '..');

/**
 * `npm start` rebuilds dist/ (and Vite empties apps/admin/dist first) while other test files
 * serve and spawn from this checkout's build: it runs in a private copy of the checkout instead,
 * as a user's clone would be. The copy has the working tree's files as they are (uncommitted
 * edits included), the generated Prisma client, and this checkout's node_modules by link;
 * timestamps are kept, so start.mjs sees the dependencies as installed and tsc what is built.
 */
function privateCheckout(): string {
  const copy = mkdtempSync(join(tmpdir(), 'tk-start-checkout-'));
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: ROOT,
    encoding: 'utf8',
  })
    .split('\0')
    .filter(Boolean);
  for (const file of files) {
    try {
      cpSync(join(ROOT, file), join(copy, file), { preserveTimestamps: true });
    } catch (error) {
      // A file deleted in the working tree but not yet in git is simply not part of the copy.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  // The generated Prisma client, and this checkout's build with its tsc build info, so the copy
  // rebuilds incrementally as a clone that has run before does (a full tsc does not fit on 2 cores).
  for (const built of [join('libs', 'db', 'src', 'generated'), 'dist']) {
    cpSync(join(ROOT, built), join(copy, built), { recursive: true, preserveTimestamps: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
  return copy;
}
let CHECKOUT: string;
beforeAll(() => {
  CHECKOUT = privateCheckout();
});

/**
 * Ports below Linux's ephemeral range (32768+): the stack's processes (the Temporal dev server's
 * internal services, the SDK's metrics exporter) bind ephemeral ports while it starts, and once
 * took a port picked there before the gateway could listen on it.
 */
const BELOW_EPHEMERAL = { from: 20_000, to: 32_000 };

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

function tomorrowLondon(hour: number): string {
  const at = new Date();
  at.setUTCDate(at.getUTCDate() + 1);
  // 19:00 in London is 19:00 or 18:00 UTC; asking for 18:30 UTC is inside opening hours either way.
  at.setUTCHours(hour, 30, 0, 0);
  return at.toISOString().replace('Z', '+00:00');
}

const dbName = `tk_test_${runId()}_start_${randomBytes(4).toString('hex')}`;
const dataDir = mkdtempSync(join(tmpdir(), 'tk-start-'));
let start: ChildProcess | undefined;
let output = '';

afterAll(async () => {
  // start.mjs leads its own process group (detached): a failed test must not leave its children
  // behind, even when start.mjs itself has already exited (they would live on, orphaned).
  if (start?.pid) {
    try {
      process.kill(-start.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  rmSync(dataDir, { recursive: true, force: true });
  if (CHECKOUT) rmSync(CHECKOUT, { recursive: true, force: true });
  const admin = new Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
  await admin.end();
});

it('brings up the whole stack, books a table, and stops on Ctrl-C', async () => {
  const [port, temporalPort, uiPort, metricsPort, workerMetricsPort, sitePort] = [
    await freePort(BELOW_EPHEMERAL),
    await freePort(BELOW_EPHEMERAL),
    await freePort(BELOW_EPHEMERAL),
    await freePort(BELOW_EPHEMERAL),
    await freePort(BELOW_EPHEMERAL),
    await freePort(BELOW_EPHEMERAL),
  ];
  const env = {
    ...process.env,
    PORT: String(port),
    TEMPORAL_ADDRESS: `127.0.0.1:${temporalPort}`,
    TEMPORAL_UI_PORT: String(uiPort),
    METRICS_PORT: String(metricsPort),
    WORKER_METRICS_PORT: String(workerMetricsPort),
    DEMO_SITE_PORT: String(sitePort),
    DATABASE_URL: databaseUrl(dbName),
    TABLEKEEPER_DATA_DIR: dataDir,
    LOG_FORMAT: 'json',
    // The demo spread books dozens of slots (its own tests cover it); here it would only slow the
    // run and take tables this test books.
    TABLEKEEPER_DEMO_BOOKINGS: '0',
  };
  start = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd: CHECKOUT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so afterAll can stop everything it started if the test fails.
    detached: true,
  });
  const exited = new Promise<number | null>((resolve) => start!.once('exit', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    // Only a guard against a hang: the private checkout builds, migrates and seeds first, which on
    // two shared cores can take minutes. The wait ends as soon as the stack says it is up.
    const timer = setTimeout(() => reject(new Error(`npm start did not come up:\n${output}`)), 300_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('[tablekeeper] up:')) {
        clearTimeout(timer);
        resolve();
      }
    };
    start!.stdout!.on('data', onData);
    start!.stderr!.on('data', onData);
    start!.once('exit', (code) => reject(new Error(`npm start exited with ${code}:\n${output}`)));
  });
  expect(output).toContain('Seeded restaurant demo-bistro');
  expect(output).toContain('[demo-bookings] skipped (TABLEKEEPER_DEMO_BOOKINGS=0)');
  expect(output).toContain(`http://localhost:${port}/docs`);

  const api = apiClient(`http://127.0.0.1:${port}`);
  const key = readFileSync(join(dataDir, 'demo-api-key'), 'utf8').trim();
  expect(output).toContain(key);
  const ready = await (async () => {
    for (let i = 0; i < 50; i++) {
      const r = await api('GET', '/health/ready').catch(() => undefined);
      if (r?.status === 200) return r;
      await new Promise((res) => setTimeout(res, 200));
    }
    return undefined;
  })();
  expect(ready?.status).toBe(200);

  const restaurants = await api<{ data: { id: string; slug: string }[] }>('GET', '/v1/restaurants', { key });
  expect(restaurants.body.data.map((r) => r.slug)).toEqual(['demo-bistro']);
  const booking = await api<{ status: string; workflowId: string; tables: string[] }>(
    'POST',
    '/v1/bookings',
    {
      key,
      idempotencyKey: 'npm-start-smoke',
      body: {
        restaurantId: restaurants.body.data[0].id,
        partySize: 4,
        startsAt: tomorrowLondon(18),
        guest: { name: 'Smoke Test', phone: '+447700900987', email: 'smoke@example.com' },
      },
    },
  );
  expect(booking.status).toBe(201);
  expect(booking.body.status).toBe('confirmed');
  expect(booking.body.tables).toHaveLength(1);
  // Temporal's SQLite keeps a write-ahead log (scripts/lib/stack.mjs sqlitePragmas): its -wal file
  // exists while the server runs; with SQLite's default rollback journal it never would.
  expect(existsSync(join(dataDir, 'temporal.sqlite-wal'))).toBe(true);

  // Structured logs: the gateway's line for this booking carries the request id, the worker's
  // lines carry the booking and workflow ids; the guest's details appear nowhere.
  const logLines = (prefix: string) =>
    output
      .split('\n')
      .filter((l) => l.startsWith(prefix))
      .map((l) => l.slice(prefix.length).trim())
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as Record<string, unknown>);
  const bookingId = (booking.body as unknown as { id: string }).id;
  // The gateway writes its request line once the answer has gone out: wait for that line itself.
  const placed = await eventually(async () =>
    logLines('[gateway]').find((l) => l.msg === 'request completed' && l.bookingId === bookingId),
  );
  expect(placed).toMatchObject({
    service: 'gateway',
    workflowId: booking.body.workflowId,
    apiKey: expect.any(String),
    req: { id: expect.any(String), method: 'POST', url: '/v1/bookings' },
    res: { statusCode: 201 },
  });
  const workerLines = logLines('[worker]').filter((l) => l.bookingId === bookingId);
  expect(workerLines.map((l) => l.msg)).toEqual(expect.arrayContaining(['booking placed']));
  expect(workerLines.every((l) => l.workflowId === booking.body.workflowId)).toBe(true);
  // The gateway's request id reached the worker: both sides' lines share it.
  expect(workerLines.length).toBeGreaterThan(0);
  expect(workerLines.every((l) => l.requestId === (placed!.req as { id: string }).id)).toBe(true);
  expect(output).not.toContain('+447700900987');
  expect(output).not.toContain('smoke@example.com');
  // The seed prints the dev key once on purpose; the services never log it.
  expect(JSON.stringify([...logLines('[gateway]'), ...logLines('[worker]')])).not.toContain(key);

  // The demo site: another origin, embedding the widget with a publishable key that allows it.
  const site = `http://localhost:${sitePort}`;
  expect(output).toContain(`demo site with the booking widget: ${site}/`);
  const page = await (await fetch(`${site}/`)).text();
  const widgetKey = readFileSync(join(dataDir, 'demo-publishable-key'), 'utf8').trim();
  expect(widgetKey).toMatch(/^tk_pub_/);
  expect(page).toContain(`src="http://localhost:${port}/widget.js"`);
  expect(page).toContain(`key="${widgetKey}"`);
  const preflight = await fetch(`http://127.0.0.1:${port}/v1/restaurants`, {
    method: 'OPTIONS',
    headers: { origin: site, 'access-control-request-method': 'GET' },
  });
  expect(preflight.status).toBe(204);
  const fromSite = await api<{ data: { slug: string }[] }>('GET', '/v1/restaurants', {
    key: widgetKey,
    headers: { origin: site },
  });
  expect(fromSite.headers.get('access-control-allow-origin')).toBe(site);
  expect(fromSite.body.data.map((r) => r.slug)).toEqual(['demo-bistro']);
  expect((await fetch(`http://127.0.0.1:${port}/widget.js`)).status).toBe(200);

  const cli = join(ROOT, '.tools', 'temporal');
  const listed = await (async () => {
    for (let i = 0; i < 50; i++) {
      const out = execFileSync(
        process.env.TEMPORAL_CLI ?? cli,
        [
          'workflow',
          'list',
          '--address',
          env.TEMPORAL_ADDRESS,
          '--query',
          "BookingStatus = 'confirmed'",
          '--output',
          'json',
        ],
        { encoding: 'utf8' },
      );
      if (out.includes(booking.body.workflowId)) return true;
      await new Promise((res) => setTimeout(res, 200));
    }
    return false;
  })();
  expect(listed).toBe(true);

  // The Temporal UI decodes encrypted histories through the gateway: the dev server's UI is
  // configured with the codec endpoint, and a request as the UI's page sends it (its origin, no
  // key, from this machine) decrypts the booking's input, which the server only holds encrypted.
  const settings = (await (await fetch(`http://127.0.0.1:${uiPort}/api/v1/settings`)).json()) as {
    Codec: { Endpoint: string };
  };
  expect(settings.Codec.Endpoint).toBe(`http://localhost:${port}/codec`);
  const history = JSON.parse(
    execFileSync(
      process.env.TEMPORAL_CLI ?? cli,
      [
        'workflow',
        'show',
        '--address',
        env.TEMPORAL_ADDRESS,
        '-w',
        booking.body.workflowId,
        '--output',
        'json',
      ],
      { encoding: 'utf8' },
    ),
  ) as { events: { workflowExecutionStartedEventAttributes?: { input: { payloads: unknown[] } } }[] };
  const input = history.events[0].workflowExecutionStartedEventAttributes!.input;
  expect(JSON.stringify(input)).not.toContain(Buffer.from('Smoke Test').toString('base64'));
  const uiOrigin = `http://localhost:${uiPort}`;
  const decoded = await fetch(`${settings.Codec.Endpoint}/decode`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-namespace': 'default', origin: uiOrigin },
    body: JSON.stringify(input),
  });
  expect(decoded.status).toBe(200);
  expect(decoded.headers.get('access-control-allow-origin')).toBe(uiOrigin);
  const [plain] = ((await decoded.json()) as { payloads: { data: string }[] }).payloads;
  // The codec opens the payload; the guest inside stays sealed with the booking's own key (erasure).
  const opened = Buffer.from(plain.data, 'base64').toString('utf8');
  expect(JSON.parse(opened)).toMatchObject({
    idempotencyKey: 'npm-start-smoke',
    partySize: 4,
    sealedGuest: { v: 1, data: expect.any(String) },
  });
  expect(opened).not.toContain('Smoke Test');
  expect(opened).not.toContain('+447700900987');

  const created = execFileSync(
    process.execPath,
    [
      'dist/apps/cli/src/main.js',
      'api-key',
      'create',
      '--restaurant',
      'demo-bistro',
      '--name',
      'e2e',
      '--channel',
      'voice',
    ],
    { cwd: CHECKOUT, env, encoding: 'utf8' },
  );
  const newKey = /tk_[a-z0-9]{10}_[A-Za-z0-9_-]{43}/.exec(created)?.[0];
  expect(newKey).toBeDefined();
  const withNewKey = await api('GET', '/v1/restaurants', { key: newKey });
  expect(withNewKey.status).toBe(200);
  const stored = new Client({ connectionString: databaseUrl(dbName) });
  await stored.connect();
  const hashes = await stored.query('SELECT secret_hash FROM api_keys');
  await stored.end();
  expect(JSON.stringify(hashes.rows)).not.toContain(newKey!.split('_')[2]);

  // A crashed gateway is restarted with the rest of the stack left running: kill it the hardest way.
  const pidOf = (name: string) =>
    [...output.matchAll(new RegExp(`\\[tablekeeper\\] ${name} running \\(pid (\\d+)\\)`, 'g'))].map((m) =>
      Number(m[1]),
    );
  const [gatewayPid] = pidOf('gateway');
  const [workerPid] = pidOf('worker');
  expect(gatewayPid).toBeGreaterThan(0);
  process.kill(gatewayPid, 'SIGKILL');
  const restartedPid = await eventually(async () => pidOf('gateway')[1], 60_000);
  expect(restartedPid).not.toBe(gatewayPid);
  expect(output).toMatch(/gateway exited \(SIGKILL\); restarting it in 1 s \(restart 1\)/);
  await eventually(async () => {
    const r = await api('GET', '/health/ready').catch(() => undefined);
    return r?.status === 200 ? true : undefined;
  }, 30_000);
  // The worker and Temporal never noticed: same worker process, and the new gateway books at once.
  expect(() => process.kill(workerPid, 0)).not.toThrow();
  expect(pidOf('worker')).toEqual([workerPid]);
  expect(await portOpen(temporalPort)).toBe(true);
  const afterRestart = await api<{ status: string }>('POST', '/v1/bookings', {
    key,
    idempotencyKey: 'npm-start-after-gateway-crash',
    body: {
      restaurantId: restaurants.body.data[0].id,
      partySize: 2,
      startsAt: tomorrowLondon(19),
      guest: { name: 'After Crash' },
    },
  });
  expect(afterRestart).toMatchObject({ status: 201, body: { status: 'confirmed' } });

  start.kill('SIGINT');
  expect(await exited).toBe(0);
  expect(await portOpen(port)).toBe(false);
  expect(await portOpen(temporalPort)).toBe(false);
}, 420_000);

it('stops with a message naming the URL when Redis is unreachable', async () => {
  const result = await new Promise<{ code: number | null; text: string }>((resolve) => {
    const child = spawn(process.execPath, ['scripts/start.mjs'], {
      cwd: ROOT,
      env: { ...process.env, REDIS_URL: 'redis://127.0.0.1:1', TABLEKEEPER_DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let text = '';
    child.stdout.on('data', (c: Buffer) => (text += c.toString()));
    child.stderr.on('data', (c: Buffer) => (text += c.toString()));
    child.once('exit', (code) => resolve({ code, text }));
  });
  expect(result.code).toBe(1);
  expect(result.text).toContain('Redis is not reachable at redis://127.0.0.1:1');
});
