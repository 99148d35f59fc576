import { Runtime } from '@temporalio/worker';
import { freePort } from '#free-port';
import type { Logger } from 'pino';
import type { AppConfig } from '@tablekeeper/config';
import { temporalLogger } from '@tablekeeper/logging';

let sdkMetricsUrl: string | undefined;

/** Where the SDK's own Prometheus exporter answers (set once the runtime is installed). */
export function temporalSdkMetricsUrl(): string | undefined {
  return sdkMetricsUrl;
}

/**
 * Installs the Temporal SDK runtime once per process, before any connection: its logs go to
 * pino, and its metrics (task latencies, slots, pollers...) to a Prometheus exporter on a
 * private loopback port, which the worker's own /metrics merges into one scrape.
 */
export async function installWorkerRuntime(log: Logger, config: AppConfig): Promise<void> {
  const port = await freePort();
  Runtime.install({
    logger: temporalLogger(log, config.logLevel),
    telemetryOptions: {
      metrics: {
        prometheus: { bindAddress: `127.0.0.1:${port}`, useSecondsForDurations: true },
      },
    },
  });
  sdkMetricsUrl = `http://127.0.0.1:${port}/metrics`;
}
