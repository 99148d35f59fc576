import { Counter, Gauge } from 'prom-client';
import type { WebhookDeliveryRepository } from '@tablekeeper/db';
import { ProcessMetrics } from '@tablekeeper/observability';
import { temporalSdkMetricsUrl } from './worker-runtime';

/**
 * The worker process's own series, beside the ones every process has (ProcessMetrics): activity
 * latency and outcome, booking status changes and expired holds as the activities commit them.
 * Its `/metrics` (WORKER_METRICS_PORT) appends the Temporal SDK runtime's series.
 */
export class WorkerMetrics extends ProcessMetrics {
  private readonly activityDuration = this.latencyHistogram(
    'tablekeeper_activity_duration_seconds',
    'Booking activity execution time by activity, kind (local or not) and outcome',
    ['activity', 'kind', 'outcome'],
  );
  private readonly statusChanges = new Counter({
    name: 'tablekeeper_booking_status_changes_total',
    help: 'Booking status changes committed by the activities, by new status (the outcomes of bookings)',
    labelNames: ['status'] as const,
    registers: [this.registry],
  });
  private readonly holdsExpired = new Counter({
    name: 'tablekeeper_holds_expired_total',
    help: 'Holds that expired unconfirmed',
    registers: [this.registry],
  });
  private readonly webhookAttempts = new Counter({
    name: 'tablekeeper_webhook_deliveries_total',
    help: 'Webhook delivery attempts by outcome: delivered (2xx), failed (retried later), gone (410), given_up (schedule exhausted)',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });
  private readonly webhookAttemptDuration = this.latencyHistogram(
    'tablekeeper_webhook_attempt_duration_seconds',
    'Time of one webhook attempt, request sent to answer read (or timeout)',
    ['outcome'],
  );
  private readonly webhookEndpointsDisabled = new Counter({
    name: 'tablekeeper_webhook_endpoints_disabled_total',
    help: 'Webhook endpoints switched off by the relay, by reason (gone: 410, failing: days of failures)',
    labelNames: ['reason'] as const,
    registers: [this.registry],
  });

  observeActivity(activity: string, local: boolean, outcome: 'completed' | 'failed', seconds: number): void {
    this.activityDuration.labels(activity, local ? 'local' : 'regular', outcome).observe(seconds);
  }

  countStatusChange(status: string, holdExpired: boolean): void {
    this.statusChanges.labels(status).inc();
    if (holdExpired) this.holdsExpired.inc();
  }

  observeWebhookAttempt(outcome: string, seconds: number): void {
    this.webhookAttempts.labels(outcome).inc();
    this.webhookAttemptDuration.labels(outcome).observe(seconds);
  }

  countWebhookEndpointDisabled(reason: string): void {
    this.webhookEndpointsDisabled.labels(reason).inc();
  }

  /**
   * Backlog gauges, read from Postgres at scrape time (any relay's work counts): the age of the
   * oldest undelivered message per enabled endpoint, and of the oldest outbox row not fanned out.
   */
  watchWebhookBacklog(deliveries: WebhookDeliveryRepository): void {
    let backlog: ReturnType<WebhookDeliveryRepository['backlog']> | undefined;
    const read = () => (backlog ??= deliveries.backlog().finally(() => (backlog = undefined)));
    new Gauge({
      name: 'tablekeeper_webhook_oldest_undelivered_seconds',
      help: 'Age of the oldest message not yet delivered, per enabled webhook endpoint',
      labelNames: ['endpoint'] as const,
      registers: [this.registry],
      async collect() {
        this.reset();
        for (const e of (await read()).endpoints) this.labels(e.endpointId).set(e.oldestSeconds);
      },
    });
    new Gauge({
      name: 'tablekeeper_webhook_outbox_oldest_unpublished_seconds',
      help: 'Age of the oldest outbox event the webhook relay has not fanned out yet (0: none)',
      registers: [this.registry],
      async collect() {
        this.set((await read()).outboxOldestSeconds);
      },
    });
  }

  /** Its own series, then the SDK's (fetched from its loopback exporter): one scrape target. */
  override async render(): Promise<{ contentType: string; body: string }> {
    const own = await super.render();
    const sdkUrl = temporalSdkMetricsUrl();
    const sdk = sdkUrl ? await fetch(sdkUrl).then((r) => r.text()) : '';
    return { contentType: own.contentType, body: `${own.body}\n${sdk}` };
  }
}
