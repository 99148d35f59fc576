import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { DataConverter } from '@temporalio/common';
import {
  NativeConnection,
  Worker,
  type ActivityInterceptorsFactory,
  type WorkerOptions,
  type BundleOptions,
  type WorkflowBundleOption,
} from '@temporalio/worker';
import { activitiesOf, type BookingActivities } from '../../../temporal/activities/booking.activities';

export interface BookingWorkerOptions {
  readonly connection: NativeConnection;
  readonly namespace: string;
  readonly taskQueue: string;
  readonly activities: BookingActivities;
  /** See AppConfig.workerMaxCachedWorkflows; the SDK's default when absent. */
  readonly maxCachedWorkflows?: number;
  /** A prebuilt bundle (tests build one per run); otherwise the worker bundles the workflows itself. */
  readonly workflowBundle?: WorkflowBundleOption;
  /** Encrypts payloads (libs/payload-codec); the gateway's client must use the same keys. */
  readonly dataConverter?: DataConverter;
  /** Request-id logging, metrics, tracing (apps/worker/src/activity-interceptors.ts, tracing.ts). */
  readonly activityInterceptors?: ActivityInterceptorsFactory[];
  /** Tracing's workflow span exporter. */
  readonly sinks?: WorkerOptions['sinks'];
  /** Bundle the OpenTelemetry workflow interceptors too (ignored with a prebuilt bundle). */
  readonly tracing?: boolean;
}

export function bookingWorkflowsPath(): string {
  return require.resolve('../../../temporal/workflows');
}

/** Interceptor modules bundled with the workflows; a prebuilt bundle must be made with the same. */
export function workflowInterceptorModules(tracing: boolean): string[] {
  const modules = [require.resolve('../../../temporal/workflows/correlation.interceptors')];
  if (tracing)
    modules.push(require.resolve('@temporalio/interceptors-opentelemetry/lib/workflow-interceptors'));
  return modules;
}

/**
 * Every workflow bundle we make (prebuilt, at worker start, in tests) keeps its inline source map,
 * which the SDK requires to map workflow stack traces, but without the sources' text: positions
 * are all the SDK reads unless `showStackTraceSources` is on (it is not), and the text cost the
 * busy worker ~20 MB of RSS.
 */
export const leanSourceMaps: NonNullable<BundleOptions['webpackConfigHook']> = (config) => ({
  ...config,
  devtool: 'inline-nosources-source-map',
});

/** Where `npm run build` leaves the prebuilt workflow bundle (dist/workflow-bundles/). */
export function prebuiltBundlePath(tracing: boolean): string {
  return join(__dirname, '..', '..', '..', 'workflow-bundles', tracing ? 'traced.js' : 'plain.js');
}

/** The prebuilt bundle when the build made one, so the worker need not run webpack at start. */
export function prebuiltBundle(tracing: boolean): WorkflowBundleOption | undefined {
  const codePath = prebuiltBundlePath(tracing);
  return existsSync(codePath) ? { codePath } : undefined;
}

export function createBookingWorker(options: BookingWorkerOptions): Promise<Worker> {
  return Worker.create({
    connection: options.connection,
    namespace: options.namespace,
    taskQueue: options.taskQueue,
    activities: activitiesOf(options.activities),
    maxCachedWorkflows: options.maxCachedWorkflows,
    dataConverter: options.dataConverter,
    interceptors: {
      activity: options.activityInterceptors ?? [],
      // A prebuilt bundle already holds them (see workflowInterceptorModules).
      ...(options.workflowBundle
        ? {}
        : { workflowModules: workflowInterceptorModules(options.tracing ?? false) }),
    },
    sinks: options.sinks,
    ...(options.workflowBundle
      ? { workflowBundle: options.workflowBundle }
      : { workflowsPath: bookingWorkflowsPath(), bundlerOptions: { webpackConfigHook: leanSourceMaps } }),
  });
}
