import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '#free-port';
import { killChild } from './redis-server';
import { waitUntil, type Restartable } from './restartable';

import { SEARCH_ATTRIBUTES as REGISTERED } from '@tablekeeper/temporal/shared/search-attributes';

const SEARCH_ATTRIBUTES = Object.entries(REGISTERED).map(([name, type]) => `${name}=${type}`);

/**
 * A private Temporal dev server on its own port, backed by a SQLite file (as `npm start` runs it)
 * so that a kill loses only what was not yet committed, and a restart finds every open workflow.
 * The binary is the pinned CLI `npm test` builds (TEMPORAL_CLI).
 */
export class TemporalServer implements Restartable {
  readonly name = 'temporal';
  private child: ChildProcess | undefined;

  private constructor(
    private readonly cli: string,
    private readonly dir: string,
    readonly port: number,
  ) {}

  static async create(cli = process.env.TEMPORAL_CLI): Promise<TemporalServer> {
    if (!cli) throw new Error('TEMPORAL_CLI is not set: run through `npm run chaos` or `npm test`');
    const server = new TemporalServer(
      cli,
      mkdtempSync(join(tmpdir(), 'tk-chaos-temporal-')),
      await freePort(),
    );
    await server.start();
    return server;
  }

  get address(): string {
    return `127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const args = ['server', 'start-dev', '--ip', '127.0.0.1', '--port', String(this.port), '--headless'];
    args.push('--log-level', 'error', '--db-filename', join(this.dir, 'temporal.sqlite'));
    for (const pair of SEARCH_ATTRIBUTES) args.push('--search-attribute', pair);
    this.child = spawn(this.cli, args, { stdio: 'ignore' });
    const child = this.child;
    await waitUntil('temporal', async () => {
      if (child.exitCode !== null) throw new Error(`temporal exited with ${child.exitCode}`);
      return canConnect(this.port);
    });
  }

  kill(): Promise<void> {
    return killChild(this.child);
  }

  async dispose(): Promise<void> {
    await killChild(this.child);
    rmSync(this.dir, { recursive: true, force: true });
  }
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}
