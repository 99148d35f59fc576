import { spawn, type ChildProcess } from 'node:child_process';
import { Redis } from 'ioredis';
import { freePort } from '#free-port';
import { waitUntil, type Restartable } from './restartable';

/**
 * A private redis-server on its own port, configured like the machine's (nothing kept on disk):
 * killing it loses every idempotency record, lease, rate-limit counter and cached answer, the
 * worst a Redis restart can do.
 */
export class RedisServer implements Restartable {
  readonly name = 'redis';
  private child: ChildProcess | undefined;

  private constructor(readonly port: number) {}

  static async create(): Promise<RedisServer> {
    const server = new RedisServer(await freePort());
    await server.start();
    return server;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.child = spawn(
      'redis-server',
      ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: 'ignore' },
    );
    await waitUntil('redis', async () => {
      const probe = new Redis(this.url, {
        lazyConnect: true,
        maxRetriesPerRequest: 0,
        retryStrategy: () => null,
      });
      probe.on('error', () => undefined); // refused until it listens: that is what we wait for
      try {
        await probe.connect();
        return (await probe.ping()) === 'PONG';
      } finally {
        probe.disconnect();
      }
    });
  }

  kill(): Promise<void> {
    return killChild(this.child);
  }

  dispose(): Promise<void> {
    return killChild(this.child);
  }
}

/** SIGKILL, resolved once the process is gone (at once if it already is). */
export function killChild(child: ChildProcess | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (!child || child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}
