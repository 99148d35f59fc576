import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { CallObserver } from '../../../../libs/observability/src';

/** Buckets for calls measured in milliseconds to a second or two (API routes, Redis, SQL). */
const FAST_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

export type AvailabilitySource = 'memory' | 'redis' | 'computed' | 'joined' | 'uncached';

export type BookingRequestOutcome = 'confirmed' | 'manual_review' | 'held' | 'pending' | `refused_${string}`;

/**
 * The gateway's Prometheus series, in a registry of its own (one per app, so tests can run
 * several gateways in one process). Served on METRICS_PORT by MetricsEndpoint.
 */
export class GatewayMetrics {
  readonly registry = new Registry();
  private readonly httpDuration = new Histogram({
    name: 'tablekeeper_http_request_duration_seconds',
    help: 'API request latency by route template, method and status',
    labelNames: ['method', 'route', 'status_code'] as const,
    buckets: FAST_BUCKETS,
    registers: [this.registry],
  });
  private readonly bookingRequests = new Counter({
    name: 'tablekeeper_booking_requests_total',
    help: 'Answers to POST /v1/bookings and /v1/holds by outcome (replays not counted)',
    labelNames: ['outcome', 'mode'] as const,
    registers: [this.registry],
  });
  private readonly dependencyDuration = new Histogram({
    name: 'tablekeeper_dependency_call_duration_seconds',
    help: 'Latency of calls to Postgres, Redis and Temporal by operation',
    labelNames: ['dependency', 'operation'] as const,
    buckets: FAST_BUCKETS,
    registers: [this.registry],
  });
  private readonly availabilityAnswers = new Counter({
    name: 'tablekeeper_availability_answers_total',
    help: 'Availability days answered, by where the answer came from (memory, redis, computed from Postgres, joined a computation already running, or uncached)',
    labelNames: ['source'] as const,
    registers: [this.registry],
  });
  private readonly requestsShed = new Counter({
    name: 'tablekeeper_requests_shed_total',
    help: 'Requests answered 503 overloaded by admission control, by kind',
    labelNames: ['kind'] as const,
    registers: [this.registry],
  });
  private readonly httpChildren = new Map<string, { observe(value: number): void }>();
  private pendingReviews?: () => Promise<number>;

  constructor() {
    collectDefaultMetrics({ register: this.registry });
    const countPending = () => this.pendingReviews?.();
    new Gauge({
      name: 'tablekeeper_reviews_pending',
      help: 'Bookings waiting in the manual-review queue (all restaurants), read from Postgres on scrape',
      registers: [this.registry],
      async collect() {
        const pending = await countPending();
        if (pending !== undefined) this.set(pending);
      },
    });
  }

  /** Where the pending-review count comes from (a cached Postgres count). */
  countPendingReviewsWith(count: () => Promise<number>): void {
    this.pendingReviews = count;
  }

  /** Per request: one map lookup and one observation (children cached by label set). */
  observeHttp(method: string, route: string, statusCode: number, seconds: number): void {
    const key = `${method} ${route} ${statusCode}`;
    let child = this.httpChildren.get(key);
    if (!child) {
      child = this.httpDuration.labels(method, route, String(statusCode));
      this.httpChildren.set(key, child);
    }
    child.observe(seconds);
  }

  countBookingRequest(outcome: BookingRequestOutcome, mode: string): void {
    this.bookingRequests.labels(outcome, mode).inc();
  }

  countAvailabilityAnswer(source: AvailabilitySource): void {
    this.availabilityAnswers.labels(source).inc();
  }

  countShed(kind: string): void {
    this.requestsShed.labels(kind).inc();
  }

  observer(dependency: 'postgres' | 'redis' | 'temporal'): CallObserver {
    return (operation, seconds) => this.dependencyDuration.labels(dependency, operation).observe(seconds);
  }
}
