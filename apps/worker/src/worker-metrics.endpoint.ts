import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import type { AppConfig } from '../../../libs/config/src';
import { startMetricsServer, type MetricsServer } from '../../../libs/observability/src';
import { WorkerMetrics } from './worker-metrics';
import { temporalSdkMetricsUrl } from './worker-runtime';
import { APP_CONFIG } from './worker.tokens';

/**
 * The worker's `/metrics` on WORKER_METRICS_PORT: its own series followed by the Temporal SDK
 * runtime's (fetched from the SDK's loopback exporter), so Prometheus scrapes one target.
 */
@Injectable()
export class WorkerMetricsEndpoint implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Metrics');
  private server?: MetricsServer;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly metrics: WorkerMetrics,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.server = await startMetricsServer({
      port: this.config.workerMetricsPort,
      token: this.config.metricsToken,
      render: async () => {
        const own = await this.metrics.registry.metrics();
        const sdkUrl = temporalSdkMetricsUrl();
        const sdk = sdkUrl ? await fetch(sdkUrl).then((r) => r.text()) : '';
        return { contentType: 'text/plain; version=0.0.4; charset=utf-8', body: `${own}\n${sdk}` };
      },
    });
    this.logger.log(`metrics on http://localhost:${this.server.port}/metrics`);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.server?.close();
  }
}
