import autocannon from 'autocannon';

export interface LatencySummary {
  readonly count: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly max: number;
}

export interface LoadResult extends LatencySummary {
  readonly requests: number;
  readonly errors: number;
  readonly non2xx: number;
  readonly rps: number;
  /** Responses by HTTP status, e.g. { "201": 812, "409": 3 }. */
  readonly statuses: Record<string, number>;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}

export function summarize(samples: readonly number[]): LatencySummary {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    count: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? NaN,
  };
}

export interface PlannedRequest {
  readonly method?: 'GET' | 'POST' | 'PATCH';
  readonly path: string;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
}

export interface DriveOptions {
  readonly url: string;
  readonly connections: number;
  readonly durationSeconds: number;
  /** Fixed arrival rate over all connections (requests/s); closed loop when absent. */
  readonly overallRate?: number;
  readonly headers: Record<string, string>;
  readonly next: () => PlannedRequest;
  /** Sees every answer with its body, e.g. to collect booking ids. */
  readonly onAnswer?: (status: number, body: string, sentAt: number) => void;
}

interface Context {
  sentAt?: number;
}

/**
 * Drives `connections` concurrent clients at the server for `durationSeconds` with autocannon,
 * each request planned by `next`. Percentiles are computed from every response time (autocannon's
 * own summary has no p95).
 */
export async function drive(options: DriveOptions): Promise<LoadResult> {
  const times: number[] = [];
  const statuses: Record<string, number> = {};
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        duration: options.durationSeconds,
        overallRate: options.overallRate,
        headers: { 'content-type': 'application/json', ...options.headers },
        requests: [
          {
            setupRequest: (request, context: Context) => {
              const planned = options.next();
              context.sentAt = performance.now();
              return {
                ...request,
                method: planned.method ?? 'GET',
                path: planned.path,
                body: planned.body === undefined ? undefined : JSON.stringify(planned.body),
                headers: { ...request.headers, ...planned.headers },
              };
            },
            onResponse: (status: number, body: string, context: Context) =>
              options.onAnswer?.(status, body, context.sentAt ?? performance.now()),
          },
        ],
      },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    instance.on('response', (_client, status, _bytes, responseTime) => {
      times.push(responseTime);
      statuses[status] = (statuses[status] ?? 0) + 1;
    });
  });
  return {
    ...summarize(times),
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    rps: result.requests.total / options.durationSeconds,
    statuses,
  };
}

export const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
