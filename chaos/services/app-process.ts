import { freePort } from '#free-port';
import { startApp, type RunningProcess } from '../../bench/support/gateway-process';
import { killChild } from './redis-server';
import type { Restartable } from './restartable';

/**
 * The real compiled gateway or worker as a child process that can be killed (SIGKILL: no shutdown
 * hooks, no in-flight request finished, no lease released) and started again on the same port,
 * as a supervisor or an orchestrator would.
 */
export class AppProcess implements Restartable {
  private running: RunningProcess | undefined;

  private constructor(
    readonly name: string,
    private readonly app: 'gateway' | 'worker',
    private readonly env: NodeJS.ProcessEnv,
    readonly port: number,
  ) {}

  static async create(name: string, app: 'gateway' | 'worker', env: NodeJS.ProcessEnv): Promise<AppProcess> {
    const process = new AppProcess(name, app, env, await freePort());
    await process.start();
    return process;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get alive(): boolean {
    const child = this.running?.child;
    return !!child && child.exitCode === null && child.signalCode === null;
  }

  async start(): Promise<void> {
    this.running = await startApp(this.app, this.env, { port: this.port });
  }

  kill(): Promise<void> {
    return killChild(this.running?.child);
  }

  async dispose(): Promise<void> {
    await this.running?.stop();
  }
}
