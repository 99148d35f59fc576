// Shared by `npm start` and `npm test`: plain Node, no dependencies, because it runs before
// `npm install` has.
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import { connect } from 'node:net';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The free-port helper TypeScript shares (as `#free-port`), re-exported for the scripts.
export { freePort } from './free-port.cjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const TEMPORAL_CLI_VERSION = 'v1.5.1';

/**
 * Memory limits of the two processes, from scripts/lib/process-memory.json (also read by
 * bench/support/gateway-process.ts; the Dockerfile and docker-compose.yml repeat the values).
 * - V8 heap caps: Node's default old-space limit scales with the machine's memory (about 4 GB
 *   here) and V8 grows into it lazily, so without a cap a busy process climbs to several hundred
 *   MB of garbage. The worker also gets a smaller young generation (8 MB semi-spaces): it runs two
 *   isolates (activities and workflows), and the default 16 MB each cost ~35 MB of RSS for no
 *   measurable CPU. The gateway keeps the default: there it cost a third of availability throughput.
 * - MALLOC_ARENA_MAX=1: glibc gives each busy thread its own malloc arena, and the worker's
 *   threads (Temporal's Rust core, workflow thread, libuv) kept ~50 MB of freed memory in them;
 *   one shared arena saved another ~13 MB over two at 50 clients, for no measurable CPU.
 * - MALLOC_MMAP_THRESHOLD_=256 KiB, MALLOC_TRIM_THRESHOLD_=128 KiB: glibc raises its mmap threshold
 *   each time a large block is freed (up to 32 MB), after which large buffers live in the heap and
 *   their freed space stays resident; fixed thresholds return it. The malloc heap at 20 clients:
 *   worker 60 → 49 MiB, gateway 72-86 → 69 MiB; the worker's peak RSS in `npm run bench` 306 →
 *   285-295 MiB (the gateway's gain is within its run-to-run spread); CPU unchanged beside the
 *   Temporal server's in the same runs.
 * Measured with `npm run bench` (README "Performance").
 */
const PROCESS_MEMORY = JSON.parse(readFileSync(new URL('./process-memory.json', import.meta.url), 'utf8'));
export const NODE_MEMORY_FLAGS = PROCESS_MEMORY.nodeFlags;
export const MEMORY_ENV = PROCESS_MEMORY.env;
// Fallbacks without the `replace` directive that `go install` refuses in later tags.
const TEMPORAL_CLI_FALLBACKS = ['v1.4.1', 'v1.3.0'];

/**
 * The booking workflow's search attributes as `name=Type` pairs (`--search-attribute`), from the
 * one list in temporal/shared/search-attributes.json that the workflow contract and docker-compose
 * read too.
 */
export const SEARCH_ATTRIBUTES = Object.entries(
  JSON.parse(readFileSync(join(ROOT, 'temporal', 'shared', 'search-attributes.json'), 'utf8')),
).map(([name, type]) => `${name}=${type}`);

export function log(message) {
  process.stdout.write(`[tablekeeper] ${message}\n`);
}

export function fail(message) {
  process.stderr.write(`\n[tablekeeper] ${message}\n`);
  process.exit(1);
}

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', ...options });
  if (result.error) fail(`${command} could not run: ${result.error.message}`);
  if (result.status !== 0) fail(`${command} ${args.join(' ')} exited with ${result.status}`);
}

/**
 * Installs npm packages when node_modules is missing or older than the lockfile. `npm install
 * --no-save` rather than `npm ci`: npm on these machines writes lockfiles without the optional
 * binaries of other platforms (@swc/core-darwin-*, ...), which `npm ci` then refuses as "out of sync".
 */
export function ensureDependencies() {
  const marker = join(ROOT, 'node_modules', '.package-lock.json');
  const lock = join(ROOT, 'package-lock.json');
  if (existsSync(marker) && (!existsSync(lock) || statSync(marker).mtimeMs >= statSync(lock).mtimeMs)) return;
  log('installing npm dependencies…');
  run('npm', ['install', '--no-audit', '--no-fund', '--no-save']);
}

export const CHROMIUM = '/usr/bin/chromium';

/**
 * The browser tests drive Debian's `chromium` with playwright-core (test tools' own browser
 * downloads do not work here). Installed with apt when missing; needs root, as CI runs.
 */
export function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  log('installing chromium for the browser tests (apt-get)…');
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  const apt = (args) => {
    const [command, ...rest] = [...sudo, 'apt-get', ...args];
    return spawnSync(command, rest, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  };
  apt(['update']);
  const result = apt(['install', '-y', '--no-install-recommends', 'chromium']);
  if (result.status !== 0 || !existsSync(CHROMIUM)) {
    fail(
      'Could not install chromium (apt-get install chromium); the browser tests need it at /usr/bin/chromium.',
    );
  }
}

/**
 * The pinned Temporal CLI, built from Go modules into a per-user cache shared by every clone
 * (a first build takes minutes; later ones reuse it), and linked into the ignored .tools folder.
 */
export function ensureTemporalCli() {
  const local = join(ROOT, '.tools', 'temporal');
  if (process.env.TEMPORAL_CLI && existsSync(process.env.TEMPORAL_CLI)) return process.env.TEMPORAL_CLI;
  if (existsSync(local)) return local;
  const cacheRoot = process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache');
  let binary;
  for (const version of [TEMPORAL_CLI_VERSION, ...TEMPORAL_CLI_FALLBACKS]) {
    const dir = join(cacheRoot, 'tablekeeper', 'temporal-cli', version);
    const candidate = join(dir, 'temporal');
    if (existsSync(candidate)) {
      binary = candidate;
      break;
    }
    if (spawnSync('go', ['version']).status !== 0) {
      fail(
        'The Temporal CLI is missing and Go is not installed to build it. Install Go (https://go.dev/dl) or set TEMPORAL_CLI to a temporal binary.',
      );
    }
    log(`building the Temporal CLI ${version} with Go (first time only, takes a few minutes)…`);
    mkdirSync(dir, { recursive: true });
    const result = spawnSync('go', ['install', `github.com/temporalio/cli/cmd/temporal@${version}`], {
      cwd: dir,
      stdio: 'inherit',
      env: { ...process.env, GOBIN: dir, GOFLAGS: '-mod=mod' },
    });
    if (result.status === 0 && existsSync(candidate)) {
      binary = candidate;
      break;
    }
    log(`building ${version} failed; trying the next pinned version`);
  }
  if (!binary) fail('Could not build the Temporal CLI; see the Go output above.');
  mkdirSync(dirname(local), { recursive: true });
  rmSync(local, { force: true });
  try {
    symlinkSync(binary, local);
  } catch {
    copyFileSync(binary, local);
    chmodSync(local, 0o755);
  }
  return local;
}

export function canConnect(host, port, timeoutMs = 1500) {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

export function redact(url) {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url;
  }
}

/** Exits with a message naming the URL and how to fix it when a server does not answer. */
export async function requireServer(label, url, defaultPort, hint) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    fail(`${label} URL is not a valid URL: ${redact(url)}`);
  }
  const port = Number(parsed.port || defaultPort);
  if (!(await canConnect(parsed.hostname, port))) {
    fail(`${label} is not reachable at ${redact(url)}.\n  ${hint}`);
  }
}

export async function waitForPort(host, port, timeoutMs, child) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) return false;
    if (await canConnect(host, port, 500)) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

/** Registers our search attributes on an already running server (no-op when they exist). */
export function registerSearchAttributes(cli, address) {
  for (const pair of SEARCH_ATTRIBUTES) {
    const [name, type] = pair.split('=');
    spawnSync(
      cli,
      ['operator', 'search-attribute', 'create', '--address', address, '--name', name, '--type', type],
      {
        stdio: 'ignore',
      },
    );
  }
}

/**
 * SQLite's defaults (a rollback journal created and deleted, and several fsyncs, per commit) made
 * Temporal the largest cost of a booking under npm start. A write-ahead log with synchronous=full
 * fsyncs each commit once and is just as durable: -17% CPU per booking and +30% bookings/s in
 * `BENCH_CONFIG=start npm run bench:booking-cost` (README "Performance"). TEMPORAL_SQLITE_PRAGMAS
 * (comma-separated PRAGMA=VALUE) replaces them, e.g. synchronous=normal, which is faster still but
 * may lose the last commits on a power loss.
 */
export function sqlitePragmas(env = process.env) {
  const pragmas = (env.TEMPORAL_SQLITE_PRAGMAS ?? 'journal_mode=wal,synchronous=full')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  for (const pragma of pragmas) {
    if (!/^[a-z_]+=[A-Za-z0-9_-]+$/.test(pragma)) {
      fail(
        `TEMPORAL_SQLITE_PRAGMAS: "${pragma}" is not PRAGMA=VALUE (e.g. journal_mode=wal,synchronous=full).`,
      );
    }
  }
  return pragmas;
}

/**
 * Starts `temporal server start-dev`. With `dbFile` it persists to SQLite; without, it keeps
 * everything in memory (tests). Resolves once the gRPC port answers.
 */
export async function startTemporalDevServer(
  cli,
  { port, uiPort, dbFile, codecEndpoint, headless = false, stdio = 'inherit' },
) {
  const args = ['server', 'start-dev', '--ip', '127.0.0.1', '--port', String(port), '--log-level', 'warn'];
  if (dbFile) {
    mkdirSync(dirname(dbFile), { recursive: true });
    args.push('--db-filename', dbFile);
    for (const pragma of sqlitePragmas()) args.push('--sqlite-pragma', pragma);
  }
  if (headless) args.push('--headless');
  else {
    args.push('--ui-port', String(uiPort));
    // The UI decodes encrypted payloads through the gateway (README "Observability").
    if (codecEndpoint) args.push('--ui-codec-endpoint', codecEndpoint);
  }
  for (const pair of SEARCH_ATTRIBUTES) args.push('--search-attribute', pair);
  const child = spawn(cli, args, { cwd: ROOT, stdio: ['ignore', stdio, stdio], detached: false });
  const up = await waitForPort('127.0.0.1', port, 60_000, child);
  if (!up) {
    child.kill('SIGKILL');
    fail(`The Temporal dev server did not start on port ${port}.`);
  }
  return child;
}

export function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}
