// `npm run chaos`: builds, then runs the fault suite (chaos/chaos.main.ts). It starts its own
// Postgres cluster, Redis server and Temporal dev server on free ports and removes them at the
// end: the machine's services, and anything else running on them, are never touched.
import { spawn } from 'node:child_process';
import { ensureDependencies, ensureTemporalCli, fail, run } from './lib/stack.mjs';

ensureDependencies();
const cli = ensureTemporalCli();
run('npm', ['run', '--silent', 'build:ts']);
const chaos = spawn(process.execPath, ['dist/chaos/chaos.main.js'], {
  env: { ...process.env, TEMPORAL_CLI: cli },
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => chaos.kill('SIGINT'));
chaos.on('exit', (code) => process.exit(code ?? 1));
chaos.on('error', (error) => fail(error.message));
