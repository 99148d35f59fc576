import { Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { startMetricsServer, type MetricsServer, type MetricsServerOptions } from './metrics-server';

/**
 * An app's `/metrics` listener as a Nest provider: opened once the app has booted, closed on
 * shutdown. Each app provides it with its port and what it renders (see metrics-server).
 */
export class MetricsEndpoint implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Metrics');
  private server?: MetricsServer;

  constructor(private readonly options: Omit<MetricsServerOptions, 'log'>) {}

  /** The port it listens on (METRICS_PORT=0 picks a free one), once booted. */
  get port(): number | undefined {
    return this.server?.port;
  }

  async onApplicationBootstrap(): Promise<void> {
    this.server = await startMetricsServer(this.options);
    this.logger.log(`metrics on http://localhost:${this.server.port}/metrics`);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.server?.close();
  }
}
