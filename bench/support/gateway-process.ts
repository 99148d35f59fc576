import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export interface RunningProcess {
  readonly child: ChildProcess;
  readonly url: string;
  stop(): Promise<void>;
}

const DIST = join(__dirname, '..', '..');

/** Runs a compiled app (gateway or worker) and resolves once it logs `readyWhen`. */
export async function startApp(
  app: 'gateway' | 'worker',
  env: NodeJS.ProcessEnv,
  readyWhen: RegExp,
): Promise<RunningProcess> {
  const port = await freePort();
  // BENCH_PROFILE=1 writes a V8 CPU profile of each app run into results/profiles.
  const profile =
    process.env.BENCH_PROFILE === '1'
      ? ['--cpu-prof', '--cpu-prof-dir', join(process.cwd(), 'results', 'profiles')]
      : [];
  const flags = (process.env.BENCH_NODE_FLAGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...flags, ...profile, join(DIST, 'apps', app, 'src', 'main.js')], {
    env: { ...process.env, ...env, PORT: String(port), LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (readyWhen.test(output)) resolve();
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${app} exited with ${code}:\n${output}`)));
  });
  child.stdout!.resume();
  child.stderr!.resume();
  return {
    child,
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
