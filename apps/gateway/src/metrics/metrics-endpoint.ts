import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import type { AppConfig } from '../../../../libs/config/src';
import { startMetricsServer, type MetricsServer } from '../../../../libs/observability/src';
import { APP_CONFIG } from '../infrastructure/tokens';
import { GatewayMetrics } from './gateway-metrics';

/** The gateway's `/metrics` listener on METRICS_PORT (see libs/observability metrics-server). */
@Injectable()
export class MetricsEndpoint implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Metrics');
  private server?: MetricsServer;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly metrics: GatewayMetrics,
  ) {}

  get port(): number | undefined {
    return this.server?.port;
  }

  async onApplicationBootstrap(): Promise<void> {
    this.server = await startMetricsServer({
      port: this.config.metricsPort,
      token: this.config.metricsToken,
      render: async () => ({
        contentType: this.metrics.registry.contentType,
        body: await this.metrics.registry.metrics(),
      }),
    });
    this.logger.log(`metrics on http://localhost:${this.server.port}/metrics`);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.server?.close();
  }
}
