import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '#free-port';

export interface RunningProcess {
  readonly child: ChildProcess;
  readonly url: string;
  /** Peak resident set size so far (VmHWM), in MiB; NaN where /proc is not there. */
  peakRssMiB(): number;
  /** The peak since the last resetPhasePeak() (or the start): which phase sets the peak. */
  phasePeakRssMiB(): number;
  /** Starts a new phase's peak (Linux: clear_refs 5 resets VmHWM); peakRssMiB() keeps the overall one. */
  resetPhasePeak(): void;
  stop(): Promise<void>;
}

// Compiled, this file runs from dist/bench/support; the fault suite's short variant runs it from
// source under jest. Either way the apps are the compiled ones in dist/.
const ROOT = [join(__dirname, '..', '..'), join(__dirname, '..', '..', '..')].find((dir) =>
  existsSync(join(dir, 'package.json')),
)!;
const DIST = join(ROOT, 'dist');

/** The memory limits the apps run with in production (scripts/lib/stack.mjs explains them). */
const PROCESS_MEMORY = JSON.parse(
  readFileSync(join(ROOT, 'scripts', 'lib', 'process-memory.json'), 'utf8'),
) as { nodeFlags: Record<string, string[]>; env: Record<string, string> };

/**
 * Runs a compiled app and resolves once it is ready: the gateway when /health answers, the worker
 * when it logs that it polls its task queue. Request logs are off (LOG_LEVEL=warn) so they do not
 * cost the benchmark.
 */
export async function startApp(
  app: 'gateway' | 'worker',
  env: NodeJS.ProcessEnv,
  options: ProcessOptions = {},
): Promise<RunningProcess> {
  return startProcess(app, join(DIST, 'apps', app, 'src', 'main.js'), env, options);
}

export interface ProcessOptions {
  /** The HTTP port; a free one when absent. A restarted gateway keeps its address this way. */
  readonly port?: number;
}

/** Runs a compiled script; ready when /health answers (gateway) or it logs "polling task queue". */
export async function startProcess(
  app: string,
  script: string,
  env: NodeJS.ProcessEnv,
  options: ProcessOptions = {},
): Promise<RunningProcess> {
  const port = options.port ?? (await freePort());
  // BENCH_PROFILE=1 writes a V8 CPU profile of each app run into results/profiles.
  const profile =
    process.env.BENCH_PROFILE === '1'
      ? ['--cpu-prof', '--cpu-prof-dir', join(process.cwd(), 'results', 'profiles')]
      : [];
  const flags = process.env.BENCH_NODE_FLAGS
    ? process.env.BENCH_NODE_FLAGS.split(' ').filter(Boolean)
    : (PROCESS_MEMORY.nodeFlags[app] ?? []);
  // BENCH_CONFIG=start: as scripts/start.mjs runs the apps (source maps, pretty logs of every request).
  const asNpmStart = process.env.BENCH_CONFIG === 'start';
  const child = spawn(
    process.execPath,
    [...(asNpmStart ? ['--enable-source-maps'] : []), ...flags, ...profile, script],
    {
      env: {
        ...PROCESS_MEMORY.env,
        ...process.env,
        ...env,
        PORT: String(port),
        METRICS_PORT: '0',
        WORKER_METRICS_PORT: '0',
        LOG_LEVEL: app === 'worker' || asNpmStart ? 'info' : 'warn',
        // As npm start: pretty unless LOG_FORMAT says otherwise.
        ...(asNpmStart ? { LOG_FORMAT: process.env.LOG_FORMAT ?? 'pretty' } : {}),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const url = `http://127.0.0.1:${port}`;
  let output = '';
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`${app} exited with ${code}:\n${output}`))),
  );
  const collect = (chunk: Buffer) => (output += chunk.toString());
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  const ready = (async () => {
    for (;;) {
      if (app === 'gateway' ? await answers(`${url}/health`) : output.includes('polling task queue')) return;
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  await Promise.race([ready, exited]);
  exited.catch(() => undefined);
  let earlierPeak = 0;
  return {
    child,
    url,
    peakRssMiB: () => Math.max(earlierPeak, peakRssMiB(child.pid)),
    phasePeakRssMiB: () => peakRssMiB(child.pid),
    resetPhasePeak: () => {
      earlierPeak = Math.max(earlierPeak, peakRssMiB(child.pid));
      try {
        writeFileSync(`/proc/${child.pid}/clear_refs`, '5');
      } catch {
        // Not Linux, or the process is gone: the phase peak stays the overall one.
      }
    },
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

function peakRssMiB(pid: number | undefined): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = Number(/^VmHWM:\s+(\d+) kB/m.exec(status)?.[1]);
    return kib / 1024;
  } catch {
    return NaN;
  }
}
