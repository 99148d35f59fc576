// `npm run bench:<name>`: builds, starts a private in-memory Temporal dev server, and runs
// dist/bench/<name>.bench.js against its own database (the demo data of `npm start` is untouched).
import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import {
  ensureDependencies,
  freePort,
  ensureTemporalCli,
  fail,
  log,
  requireServer,
  run,
  startTemporalDevServer,
} from './lib/stack.mjs';

const name = process.argv[2];
if (!name) fail('usage: node scripts/bench.mjs <service|availability>');

async function main() {
  ensureDependencies();
  const cli = ensureTemporalCli();
  const env = { ...process.env, TEMPORAL_CLI: cli };
  env.BENCH_DATABASE_URL ??= 'postgresql://postgres@127.0.0.1:5432/tablekeeper_bench';
  env.REDIS_URL ??= 'redis://127.0.0.1:6379';
  await requireServer(
    'Postgres',
    env.BENCH_DATABASE_URL,
    5432,
    'Start PostgreSQL or set BENCH_DATABASE_URL.',
  );
  await requireServer('Redis', env.REDIS_URL, 6379, 'Start Redis or set REDIS_URL.');
  run('npm', ['run', '--silent', 'build']);
  const port = await freePort();
  // BENCH_CONFIG=start measures what `npm start` runs: a file-backed Temporal server that keeps
  // the workflows of earlier runs (results/bench-start/, like .data/ under npm start), pretty logs,
  // source maps (bench/support/gateway-process.ts). The default is the production configuration.
  const dbFile = env.BENCH_CONFIG === 'start' ? 'results/bench-start/temporal.sqlite' : undefined;
  if (dbFile) {
    const size = existsSync(dbFile) ? statSync(dbFile).size / 2 ** 20 : 0;
    log(`npm start's configuration: Temporal on ${dbFile} (${size.toFixed(0)} MiB of earlier runs)`);
  }
  const temporal = await startTemporalDevServer(cli, { port, headless: true, stdio: 'ignore', dbFile });
  env.TEMPORAL_ADDRESS = `127.0.0.1:${port}`;
  env.TEMPORAL_SERVER_PID = String(temporal.pid);
  log(`benchmark "${name}" (Temporal dev server on ${env.TEMPORAL_ADDRESS})`);
  const bench = spawn(process.execPath, [`dist/bench/${name}.bench.js`, ...process.argv.slice(3)], {
    env,
    stdio: 'inherit',
  });
  const code = await new Promise((resolve) => bench.on('exit', (c) => resolve(c ?? 1)));
  temporal.kill('SIGTERM');
  process.exit(code);
}

main().catch((error) => fail(error?.stack ?? String(error)));
