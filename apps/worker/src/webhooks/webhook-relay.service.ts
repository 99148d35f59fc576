import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import type { AppConfig } from '@tablekeeper/config';
import { WebhookDeliveryRepository, type PrismaClient } from '@tablekeeper/db';
import { WorkerMetrics } from '../worker-metrics';
import { APP_CONFIG, PRISMA } from '../worker.tokens';
import { WebhookRelay } from './webhook-relay';

/** The webhook relay inside the worker process (WEBHOOK_RELAY=off leaves it to another process). */
@Injectable()
export class WebhookRelayService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('WebhookRelay');
  private relay?: WebhookRelay;
  private lastErrorLog = 0;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    private readonly metrics: WorkerMetrics,
  ) {}

  onApplicationBootstrap(): void {
    const deliveries = new WebhookDeliveryRepository(this.prisma);
    this.metrics.watchWebhookBacklog(deliveries);
    if (!this.config.webhooks.relay) return;
    this.relay = new WebhookRelay(deliveries, this.config.webhooks, {
      attempt: (outcome, seconds) => this.metrics.observeWebhookAttempt(outcome, seconds),
      disabled: (reason) => {
        this.metrics.countWebhookEndpointDisabled(reason);
        this.logger.warn(`a webhook endpoint was disabled (${reason})`);
      },
      error: (error) => {
        // A database outage fails every pass; once a minute in the log is enough to see it.
        if (Date.now() - this.lastErrorLog < 60_000) return;
        this.lastErrorLog = Date.now();
        this.logger.error(
          `webhook relay pass failed: ${error instanceof Error ? error.message : String(error)}`,
        );
      },
    });
    this.relay.start();
    this.logger.log('webhook relay started');
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.relay?.stop();
  }
}
