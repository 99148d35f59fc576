import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { TEST_PAYLOAD_KEYS } from './test-env';
import type { TestStack } from './test-stack';

const READY_LINE = { worker: 'polling task queue', gateway: 'listening on' } as const;

/** The compiled entry point of an app, as `npm test` builds it. */
export function appMain(app: 'worker' | 'gateway'): string {
  const main = join(__dirname, '..', '..', 'dist', 'apps', app, 'src', 'main.js');
  if (!existsSync(main))
    throw new Error(`${main} is missing: run the suite with \`npm test\` (it builds first)`);
  return main;
}

/**
 * The real compiled worker or gateway as a child process on the stack's database, Redis prefix,
 * Temporal server and task queue, resolved once it says it is ready: what a crash test kills.
 */
export function startAppProcess(
  stack: TestStack,
  app: 'worker' | 'gateway',
  env: NodeJS.ProcessEnv = {},
): Promise<ChildProcess> {
  const child = spawn(process.execPath, [appMain(app)], {
    env: {
      ...process.env,
      DATABASE_URL: stack.config.databaseUrl,
      REDIS_URL: stack.config.redisUrl,
      REDIS_KEY_PREFIX: stack.config.redisKeyPrefix,
      TEMPORAL_ADDRESS: stack.config.temporalAddress,
      TEMPORAL_TASK_QUEUE: stack.taskQueue,
      WORKER_METRICS_PORT: '0',
      METRICS_PORT: '0',
      ...TEST_PAYLOAD_KEYS,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(READY_LINE[app])) resolve(child);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) =>
      reject(new Error(`${app} exited with ${code} before it was ready:\n${output}`)),
    );
  });
}

/** SIGKILL, resolved once the process is gone (at once if it already is). */
export function killProcess(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}
