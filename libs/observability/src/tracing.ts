import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { Resource } from '@opentelemetry/resources';
import { BatchSpanProcessor, ConsoleSpanExporter } from '@opentelemetry/sdk-trace-base';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';
import { activeTracing, setActiveTracing, type Tracing } from './tracing-state';

/**
 * OpenTelemetry for one process: a tracer provider with W3C propagation, HTTP server/client and
 * Postgres (pg, under Prisma's adapter) instrumentation, spans batched to OTLP over HTTP (endpoint,
 * headers and timeouts from the standard OTEL_EXPORTER_OTLP_* variables) or to the console.
 * Must run before `pg` and `http` are first required, so each app calls it from the first import
 * of its main.ts. Loaded only when OTEL_TRACES_EXPORTER asks for it (tracing-state.ts): otherwise
 * no OpenTelemetry SDK module is even loaded.
 */
export function startTracing(serviceName: string, exporter: 'otlp' | 'console'): Tracing {
  const running = activeTracing();
  if (running) return running;
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
  return setActiveTracing({ resource, spanProcessor, shutdown: () => provider.shutdown() });
}
