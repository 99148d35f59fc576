// `npm start`: the whole stack on one machine, from a fresh clone. Safe to run again: it reuses
// what is running and keeps data (Postgres, and Temporal's SQLite file in .data/).
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ROOT,
  ensureDependencies,
  ensureTemporalCli,
  canConnect,
  fail,
  log,
  registerSearchAttributes,
  requireServer,
  run,
  startTemporalDevServer,
  MEMORY_ENV,
  NODE_MEMORY_FLAGS,
} from './lib/stack.mjs';
import { startDemoSite } from './lib/demo-site.mjs';

const env = {
  ...process.env,
  DATABASE_URL: process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/tablekeeper',
  REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
  TEMPORAL_ADDRESS: process.env.TEMPORAL_ADDRESS ?? '127.0.0.1:7233',
  PORT: process.env.PORT ?? '3000',
  // People read these logs: pretty by default here, JSON (the apps' default) when LOG_FORMAT=json.
  LOG_FORMAT: process.env.LOG_FORMAT ?? 'pretty',
  TABLEKEEPER_DATA_DIR: process.env.TABLEKEEPER_DATA_DIR ?? join(ROOT, '.data'),
  // The demo restaurant's website, on an origin of its own, embedding the booking widget.
  DEMO_SITE_PORT: process.env.DEMO_SITE_PORT ?? String(Number(process.env.PORT ?? '3000') + 1),
};
const uiPort = Number(process.env.TEMPORAL_UI_PORT ?? 8233);
env.TEMPORAL_UI_URL ??= `http://localhost:${uiPort}`;
// The UI on this machine decodes payloads through the gateway's codec endpoint without a key.
env.CODEC_AUTH ??= 'loopback';

/**
 * Guest data in Temporal histories is encrypted even on a laptop: a development key is made
 * once and kept in the data folder (losing it makes the local histories unreadable, nothing else).
 */
function ensureDevPayloadKey() {
  if (env.PAYLOAD_ENCRYPTION_KEYS) return;
  const file = join(env.TABLEKEEPER_DATA_DIR, 'payload-encryption-keys');
  if (!existsSync(file)) {
    mkdirSync(env.TABLEKEEPER_DATA_DIR, { recursive: true });
    writeFileSync(file, `dev-1:${randomBytes(32).toString('base64')}\n`, { mode: 0o600 });
    log(`made a development payload encryption key in ${file}`);
  }
  env.PAYLOAD_ENCRYPTION_KEYS = readFileSync(file, 'utf8').trim();
}
/** The running child of every part of the stack; a restarted part replaces its entry. */
const children = new Map();
let stopping = false;

function stopAll(code) {
  if (stopping) return;
  stopping = true;
  log('stopping…');
  const running = [...children.values()].reverse().filter((child) => child.exitCode === null);
  for (const child of running) child.kill('SIGTERM');
  const deadline = setTimeout(() => {
    for (const child of running) if (child.exitCode === null) child.kill('SIGKILL');
    process.exit(code);
  }, 10_000);
  deadline.unref();
  Promise.all(running.map((c) => (c.exitCode !== null ? null : new Promise((r) => c.once('exit', r))))).then(
    () => process.exit(code),
  );
}
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));

const FIRST_RESTART_DELAY_MS = 1_000;
const MAX_RESTART_DELAY_MS = 30_000;
/** A part that stayed up this long is healthy again: its next crash restarts it at once. */
const STABLE_AFTER_MS = 60_000;

/**
 * Keeps one part of the stack running: `start()` makes a new child; when one dies (a crash, an
 * out-of-memory kill, `kill -9` by an engineer) it is started again after a backoff that doubles
 * with each quick crash, and the other parts go on serving. Ctrl-C still stops everything.
 * Resolves with the first child.
 */
async function keepRunning(name, start) {
  let delay = FIRST_RESTART_DELAY_MS;
  let restarts = 0;
  const launch = async () => {
    const child = await start();
    const startedAt = Date.now();
    children.set(name, child);
    log(`${name} running (pid ${child.pid})`);
    child.once('exit', (code, signal) => {
      if (stopping) return;
      if (Date.now() - startedAt >= STABLE_AFTER_MS) delay = FIRST_RESTART_DELAY_MS;
      restarts += 1;
      log(`${name} exited (${signal ?? code}); restarting it in ${delay / 1000} s (restart ${restarts})`);
      const wait = delay;
      delay = Math.min(delay * 2, MAX_RESTART_DELAY_MS);
      setTimeout(() => {
        if (stopping) return;
        launch().then(
          () => undefined,
          (error) => log(`${name} did not restart: ${error?.message ?? error}`),
        );
      }, wait);
    });
    return child;
  };
  return launch();
}

/**
 * Starts a long-lived process with its lines prefixed, so the logs of all parts stay readable.
 * Resolves with the child once a line matches `readyWhen`.
 */
function spawnPart(name, command, args, readyWhen) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: ROOT,
      env: { ...MEMORY_ENV, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const prefix = `[${name}]`.padEnd(10);
    let ready = false;
    for (const stream of [child.stdout, child.stderr]) {
      let buffered = '';
      stream.on('data', (chunk) => {
        buffered += chunk.toString();
        const lines = buffered.split('\n');
        buffered = lines.pop() ?? '';
        for (const line of lines) {
          process.stdout.write(`${prefix} ${line}\n`);
          if (!ready && readyWhen.test(line)) {
            ready = true;
            resolve(child);
          }
        }
      });
    }
    // A child that dies before it is ready still counts as started: keepRunning restarts it.
    child.once('exit', () => {
      if (!ready) resolve(child);
    });
  });
}

async function main() {
  ensureDependencies();
  const cli = ensureTemporalCli();
  ensureDevPayloadKey();

  await requireServer(
    'Postgres',
    env.DATABASE_URL,
    5432,
    'Start PostgreSQL (e.g. `service postgresql start`) or set DATABASE_URL.',
  );
  await requireServer(
    'Redis',
    env.REDIS_URL,
    6379,
    'Start Redis (e.g. `service redis-server start`) or set REDIS_URL.',
  );

  const [temporalHost, temporalPort] = env.TEMPORAL_ADDRESS.split(':');
  if (await canConnect(temporalHost, Number(temporalPort))) {
    log(`reusing the Temporal server at ${env.TEMPORAL_ADDRESS}`);
    registerSearchAttributes(cli, env.TEMPORAL_ADDRESS);
  } else {
    log(`starting the Temporal dev server on ${env.TEMPORAL_ADDRESS} (UI on ${env.TEMPORAL_UI_URL})…`);
    // Its data is in the SQLite file, so a restarted server carries on where the crashed one was.
    await keepRunning('temporal', async () => {
      const temporal = await startTemporalDevServer(cli, {
        port: Number(temporalPort),
        uiPort,
        dbFile: join(env.TABLEKEEPER_DATA_DIR, 'temporal.sqlite'),
        codecEndpoint: `http://localhost:${env.PORT}/codec`,
        stdio: 'pipe',
      });
      temporal.stdout?.resume();
      temporal.stderr?.on('data', (chunk) => process.stdout.write(`[temporal] ${chunk}`));
      return temporal;
    });
  }

  log('building…');
  run('npm', ['run', '--silent', 'build'], { env });
  log('applying migrations…');
  run('node', ['dist/libs/db/src/migrate.cli.js'], { env });
  log('seeding the demo restaurant…');
  run('node', ['dist/prisma/seed.js'], { env });

  await Promise.all([
    keepRunning('worker', () =>
      spawnPart(
        'worker',
        'node',
        ['--enable-source-maps', ...NODE_MEMORY_FLAGS.worker, 'dist/apps/worker/src/main.js'],
        /polling task queue/,
      ),
    ),
    keepRunning('gateway', () =>
      spawnPart(
        'gateway',
        'node',
        ['--enable-source-maps', ...NODE_MEMORY_FLAGS.gateway, 'dist/apps/gateway/src/main.js'],
        /listening on/,
      ),
    ),
  ]);
  // Bookings for today and the next days through the real API (prisma/demo-bookings.run.ts): only
  // for the demo restaurant, never over other bookings; TABLEKEEPER_DEMO_BOOKINGS=0 skips it.
  spawnSync('node', ['dist/prisma/demo-bookings.run.js'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...env, TABLEKEEPER_API_URL: `http://localhost:${env.PORT}` },
  });
  const demoSite = `http://localhost:${env.DEMO_SITE_PORT}/`;
  try {
    await startDemoSite({
      port: Number(env.DEMO_SITE_PORT),
      apiUrl: `http://localhost:${env.PORT}`,
      // Read on every page view: a re-seeded key shows without a restart.
      publishableKey: () =>
        readFileSync(join(env.TABLEKEEPER_DATA_DIR, 'demo-publishable-key'), 'utf8').trim(),
    });
    log(`demo site with the booking widget: ${demoSite} (another origin than the API; ?lang=de in German)`);
  } catch (error) {
    log(
      `demo site not started on port ${env.DEMO_SITE_PORT}: ${error?.message ?? error} (set DEMO_SITE_PORT)`,
    );
  }
  log(
    `up: API http://localhost:${env.PORT}/v1, docs http://localhost:${env.PORT}/docs, Temporal UI http://localhost:8233 (Ctrl-C stops everything)`,
  );
}

main().catch((error) => {
  process.stderr.write(`${error?.stack ?? error}\n`);
  stopAll(1);
  fail('start failed');
});
