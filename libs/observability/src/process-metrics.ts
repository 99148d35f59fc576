import { Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { CallObserver } from './dependency-timing';

/**
 * Latency buckets in seconds, for every duration histogram of both processes: from a Redis command
 * (a millisecond) to an update-with-start that waits out its deadline, so the gateway's and the
 * worker's series of one name can be aggregated.
 */
export const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export type Dependency = 'postgres' | 'redis' | 'temporal';

/**
 * What the gateway's and the worker's metrics share: a registry of their own (one per instance,
 * so tests can run several apps in one process), the Node runtime series and the latency of calls
 * to Postgres, Redis and Temporal. Each app adds its own series in a subclass.
 */
export class ProcessMetrics {
  readonly registry = new Registry();
  private readonly dependencyDuration = this.latencyHistogram(
    'tablekeeper_dependency_call_duration_seconds',
    'Latency of calls to Postgres, Redis and Temporal by operation',
    ['dependency', 'operation'],
  );

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  /** A duration histogram (seconds) in this registry, with the shared buckets. */
  protected latencyHistogram<L extends string>(name: string, help: string, labelNames: L[]): Histogram<L> {
    return new Histogram({ name, help, labelNames, buckets: LATENCY_BUCKETS, registers: [this.registry] });
  }

  observer(dependency: Dependency): CallObserver {
    return (operation, seconds) => this.dependencyDuration.labels(dependency, operation).observe(seconds);
  }

  /** The exposition `/metrics` answers with. */
  async render(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
