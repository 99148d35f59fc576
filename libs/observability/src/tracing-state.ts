import type { Resource } from '@opentelemetry/resources';
import type { SpanProcessor } from '@opentelemetry/sdk-trace-base';

export interface Tracing {
  readonly resource: Resource;
  readonly spanProcessor: SpanProcessor;
  shutdown(): Promise<void>;
}

let active: Tracing | undefined;

/** The process's tracing, when it was started (apps/gateway|worker/src/tracing.ts). */
export function activeTracing(): Tracing | undefined {
  return active;
}

export function setActiveTracing(tracing: Tracing): Tracing {
  active = tracing;
  return tracing;
}

/**
 * Starts tracing when OTEL_TRACES_EXPORTER asks for it (same rule as loadConfig's
 * `tracesExporter`, read directly because this runs before anything else is loaded). The SDK is
 * required only then, synchronously: instrumentation must be in place before the app's imports.
 */
export function startTracingFromEnv(serviceName: string, env = process.env): Tracing | undefined {
  const exporter = env.OTEL_SDK_DISABLED === 'true' ? undefined : env.OTEL_TRACES_EXPORTER;
  if (exporter !== 'otlp' && exporter !== 'console') return undefined;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { startTracing } = require('./tracing') as typeof import('./tracing');
  return startTracing(serviceName, exporter);
}
