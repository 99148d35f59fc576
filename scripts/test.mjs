// `npm test`: everything the suite needs, started or reused, then jest. Extra arguments go to jest
// (`npm test -- test/unit`).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ensureChromium,
  ensureDependencies,
  freePort,
  ensureTemporalCli,
  fail,
  log,
  registerSearchAttributes,
  requireServer,
  run,
  startTemporalDevServer,
} from './lib/stack.mjs';

async function main() {
  ensureDependencies();
  const cli = ensureTemporalCli();
  const env = { ...process.env, TEMPORAL_CLI: cli };
  env.TEST_DATABASE_URL ??= 'postgresql://postgres@127.0.0.1:5432/postgres';
  env.REDIS_URL ??= 'redis://127.0.0.1:6379';
  await requireServer('Postgres', env.TEST_DATABASE_URL, 5432, 'Start PostgreSQL or set TEST_DATABASE_URL.');
  await requireServer('Redis', env.REDIS_URL, 6379, 'Start Redis or set REDIS_URL.');

  ensureChromium();

  // The worker-crash test runs the real compiled worker; the browser tests drive the built admin UI.
  run('npm', ['run', '--silent', 'build']);
  // Jest's swc transform strips types without checking them; this is what makes a test (the typed
  // API client's flow among them) fail when the types it relies on lie.
  run('npm', ['run', '--silent', 'typecheck']);

  let temporal;
  if (env.TEMPORAL_TEST_ADDRESS) {
    env.TEMPORAL_ADDRESS = env.TEMPORAL_TEST_ADDRESS;
    registerSearchAttributes(cli, env.TEMPORAL_ADDRESS);
    log(`tests use the Temporal server at ${env.TEMPORAL_ADDRESS}`);
  } else {
    // A private in-memory dev server: tests never touch the data of `npm start`.
    const port = await freePort();
    temporal = await startTemporalDevServer(cli, { port, headless: true, stdio: 'ignore' });
    env.TEMPORAL_ADDRESS = `127.0.0.1:${port}`;
    log(`started a Temporal dev server for the tests on ${env.TEMPORAL_ADDRESS}`);
  }

  // jest's reporter writes the verdict here when the last file is done (test/support/run-verdict-reporter.js).
  const verdictDir = mkdtempSync(join(tmpdir(), 'tk-verdict-'));
  const verdictFile = join(verdictDir, 'verdict.json');
  env.TK_RUN_VERDICT_FILE = verdictFile;

  // A diagnostic report on SIGUSR2 (the JavaScript stack and the open handles) tells what kept a
  // finished jest from exiting, when the watchdog below has to stop it.
  const reportArgs = ['--report-on-signal', '--report-signal=SIGUSR2', `--report-directory=${verdictDir}`];
  const jest = spawn(
    process.execPath,
    [...reportArgs, 'node_modules/jest/bin/jest.js', ...process.argv.slice(2)],
    {
      env,
      stdio: 'inherit',
    },
  );
  const stop = () => jest.kill('SIGTERM');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  // Once the watchdog has stopped jest, its verdict is the run's, however jest then ended.
  const watchdog = { verdict: undefined };
  watchExit(verdictFile, jest, watchdog);
  const code = await new Promise((resolve) =>
    jest.on('exit', (c, signal) => {
      if (watchdog.verdict === undefined) return resolve(c ?? (signal ? 1 : 0));
      printReport(verdictDir);
      resolve(watchdog.verdict);
    }),
  );
  rmSync(verdictDir, { recursive: true, force: true });
  temporal?.kill('SIGTERM');
  process.exit(code);
}

/** Seconds jest may take, once its verdict is written, for global teardown and a clean exit. */
const EXIT_GRACE_SECONDS = 120;

/**
 * When jest, having finished every test, has not exited within the grace period (a handle left
 * open, a teardown that never returns), takes the reported verdict as the run's and stops jest: a
 * diagnostic report first (SIGUSR2), then SIGKILL. Never fires while tests are still running: the
 * suite's own length is not limited here.
 */
function watchExit(file, jest, watchdog) {
  const poll = setInterval(() => {
    if (!existsSync(file)) return;
    clearInterval(poll);
    const timer = setTimeout(() => {
      let verdict = { success: false };
      try {
        verdict = JSON.parse(readFileSync(file, 'utf8'));
      } catch {
        // A half-written verdict counts as a failure.
      }
      watchdog.verdict = verdict.success ? 0 : 1;
      log(
        `jest finished (${verdict.success ? 'passed' : 'failed'}) but had not exited ${EXIT_GRACE_SECONDS} s later; ` +
          'stopping it (find the open handle with `npm test -- --detectOpenHandles`)',
      );
      jest.kill('SIGUSR2');
      setTimeout(() => jest.kill('SIGKILL'), 5_000).unref();
    }, EXIT_GRACE_SECONDS * 1000);
    jest.once('exit', () => clearTimeout(timer));
  }, 1000);
  jest.once('exit', () => clearInterval(poll));
}

/** What the diagnostic report says kept jest alive: its JavaScript stack and its active handles. */
function printReport(dir) {
  const name = (existsSync(dir) ? readdirSync(dir) : []).find(
    (f) => f.startsWith('report.') && f.endsWith('.json'),
  );
  if (!name)
    return log('jest wrote no diagnostic report (SIGUSR2 ended it, or its main thread never answered)');
  try {
    const report = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    const handles = (report.libuv ?? [])
      .filter((h) => h.is_active)
      .map((h) => `${h.type}${h.remoteEndpoint ? ` ${JSON.stringify(h.remoteEndpoint)}` : ''}`);
    const stack = report.javascriptStack?.stack ?? [];
    log(
      stack.length && stack[0]
        ? `jest's JavaScript stack (busy): ${report.javascriptStack.message}\n  ${stack.join('\n  ')}`
        : "jest's main thread was idle: an open handle, not a busy loop, kept it alive",
    );
    log(`jest's active handles: ${handles.join(', ') || 'none'}`);
  } catch (error) {
    log(`jest's diagnostic report could not be read: ${error}`);
  }
}

main().catch((error) => fail(error?.stack ?? String(error)));
