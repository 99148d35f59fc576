import { Counter, Gauge } from 'prom-client';
import { ProcessMetrics } from '@tablekeeper/observability';

export type AvailabilitySource = 'memory' | 'redis' | 'computed' | 'joined' | 'uncached';

export type BookingRequestOutcome = 'confirmed' | 'manual_review' | 'held' | 'pending' | `refused_${string}`;

/**
 * The gateway's Prometheus series, beside the ones every process has (ProcessMetrics). Served on
 * METRICS_PORT by the MetricsEndpoint of libs/observability.
 */
export class GatewayMetrics extends ProcessMetrics {
  private readonly httpDuration = this.latencyHistogram(
    'tablekeeper_http_request_duration_seconds',
    'API request latency by route template, method and status',
    ['method', 'route', 'status_code'],
  );
  private readonly bookingRequests = new Counter({
    name: 'tablekeeper_booking_requests_total',
    help: 'Answers to POST /v1/bookings and /v1/holds by outcome (replays not counted)',
    labelNames: ['outcome', 'mode'] as const,
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
    super();
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
}
