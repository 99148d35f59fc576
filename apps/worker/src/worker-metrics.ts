import { Counter } from 'prom-client';
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
  observeActivity(activity: string, local: boolean, outcome: 'completed' | 'failed', seconds: number): void {
    this.activityDuration.labels(activity, local ? 'local' : 'regular', outcome).observe(seconds);
  }

  countStatusChange(status: string, holdExpired: boolean): void {
    this.statusChanges.labels(status).inc();
    if (holdExpired) this.holdsExpired.inc();
  }

  /** Its own series, then the SDK's (fetched from its loopback exporter): one scrape target. */
  override async render(): Promise<{ contentType: string; body: string }> {
    const own = await super.render();
    const sdkUrl = temporalSdkMetricsUrl();
    const sdk = sdkUrl ? await fetch(sdkUrl).then((r) => r.text()) : '';
    return { contentType: own.contentType, body: `${own.body}\n${sdk}` };
  }
}
