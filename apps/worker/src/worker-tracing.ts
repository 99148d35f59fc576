import {
  OpenTelemetryActivityInboundInterceptor,
  OpenTelemetryActivityOutboundInterceptor,
  makeWorkflowExporter,
} from '@temporalio/interceptors-opentelemetry';
import type { ActivityInterceptorsFactory, WorkerOptions } from '@temporalio/worker';
import type { Tracing } from '@tablekeeper/observability';

/** Each activity (local ones too) in a span, child of the workflow's; its Postgres spans below it. */
export const tracedActivities: ActivityInterceptorsFactory = (ctx) => ({
  inbound: new OpenTelemetryActivityInboundInterceptor(ctx),
  outbound: new OpenTelemetryActivityOutboundInterceptor(ctx),
});

/** Workflow code cannot export spans itself: the sandbox hands them to this sink. */
export function tracingSinks(tracing: Tracing): NonNullable<WorkerOptions['sinks']> {
  return { exporter: makeWorkflowExporter(tracing.spanProcessor, tracing.resource) };
}
