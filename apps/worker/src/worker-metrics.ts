import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { CallObserver } from '../../../libs/observability/src';

const BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * The worker process's own series (the Temporal SDK's runtime series are added on scrape, see
 * WorkerMetricsEndpoint): activity latency and outcome, booking status changes and expired
 * holds as the activities commit them, Postgres and Redis latency.
 */
export class WorkerMetrics {
  readonly registry = new Registry();
  private readonly activityDuration = new Histogram({
    name: 'tablekeeper_activity_duration_seconds',
    help: 'Booking activity execution time by activity, kind (local or not) and outcome',
    labelNames: ['activity', 'kind', 'outcome'] as const,
    buckets: BUCKETS,
    registers: [this.registry],
  });
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
  private readonly dependencyDuration = new Histogram({
    name: 'tablekeeper_dependency_call_duration_seconds',
    help: 'Latency of calls to Postgres and Redis by operation',
    labelNames: ['dependency', 'operation'] as const,
    buckets: BUCKETS,
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  observeActivity(activity: string, local: boolean, outcome: 'completed' | 'failed', seconds: number): void {
    this.activityDuration.labels(activity, local ? 'local' : 'regular', outcome).observe(seconds);
  }

  countStatusChange(status: string, holdExpired: boolean): void {
    this.statusChanges.labels(status).inc();
    if (holdExpired) this.holdsExpired.inc();
  }

  observer(dependency: 'postgres' | 'redis'): CallObserver {
    return (operation, seconds) => this.dependencyDuration.labels(dependency, operation).observe(seconds);
  }
}
