import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { Resource } from '@opentelemetry/resources';
import { BatchSpanProcessor, ConsoleSpanExporter, type SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';

export interface Tracing {
  readonly resource: Resource;
  readonly spanProcessor: SpanProcessor;
  shutdown(): Promise<void>;
}

let active: Tracing | undefined;

/** The process's tracing, when it was started (gateway/worker tracing.bootstrap.ts). */
export function activeTracing(): Tracing | undefined {
  return active;
}

/**
 * OpenTelemetry for one process: a tracer provider with W3C propagation, HTTP server/client and
 * Postgres (pg, under Prisma's adapter) instrumentation, spans batched to OTLP over HTTP (endpoint,
 * headers and timeouts from the standard OTEL_EXPORTER_OTLP_* variables) or to the console.
 * Must run before `pg` and `http` are first required, so each app calls it from the first import
 * of its main.ts. Never called when OTEL_TRACES_EXPORTER is unset: no provider, no patching, no cost.
 */
export function startTracing(serviceName: string, exporter: 'otlp' | 'console'): Tracing {
  if (active) return active;
  const resource = new Resource({ [ATTR_SERVICE_NAME]: process.env.OTEL_SERVICE_NAME ?? serviceName });
  const spanProcessor = new BatchSpanProcessor(
    exporter === 'otlp' ? new OTLPTraceExporter() : new ConsoleSpanExporter(),
  );
  const provider = new NodeTracerProvider({ resource, spanProcessors: [spanProcessor] });
  provider.register();
  registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      new HttpInstrumentation({
        // Scrapes and probes are not what anyone traces.
        ignoreIncomingRequestHook: (request) => /^\/(health|metrics)/.test(request.url ?? ''),
      }),
      new PgInstrumentation({ enhancedDatabaseReporting: false }),
    ],
  });
  active = { resource, spanProcessor, shutdown: () => provider.shutdown() };
  return active;
}

/**
 * Starts tracing when OTEL_TRACES_EXPORTER asks for it (same rule as loadConfig's
 * `tracesExporter`, read directly because this runs before anything else is loaded).
 */
export function startTracingFromEnv(serviceName: string, env = process.env): Tracing | undefined {
  const exporter = env.OTEL_SDK_DISABLED === 'true' ? undefined : env.OTEL_TRACES_EXPORTER;
  return exporter === 'otlp' || exporter === 'console' ? startTracing(serviceName, exporter) : undefined;
}
