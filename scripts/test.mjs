// `npm test`: everything the suite needs, started or reused, then jest. Extra arguments go to jest
// (`npm test -- test/unit`).
import { spawn } from 'node:child_process';
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

  const jest = spawn(process.execPath, ['node_modules/jest/bin/jest.js', ...process.argv.slice(2)], {
    env,
    stdio: 'inherit',
  });
  const stop = () => jest.kill('SIGTERM');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  const code = await new Promise((resolve) => jest.on('exit', (c, signal) => resolve(c ?? (signal ? 1 : 0))));
  temporal?.kill('SIGTERM');
  process.exit(code);
}

main().catch((error) => fail(error?.stack ?? String(error)));
