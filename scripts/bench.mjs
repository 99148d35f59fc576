// `npm run bench:<name>`: builds, starts a private in-memory Temporal dev server, and runs
// dist/bench/<name>.bench.js against its own database (the demo data of `npm start` is untouched).
import { spawn } from 'node:child_process';
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
  const temporal = await startTemporalDevServer(cli, { port, headless: true, stdio: 'ignore' });
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
