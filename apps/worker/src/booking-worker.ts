import { existsSync } from 'node:fs';
import type { DataConverter } from '@temporalio/common';
import {
  NativeConnection,
  Worker,
  type ActivityInterceptorsFactory,
  type WorkerOptions,
  type WorkflowBundleOption,
} from '@temporalio/worker';
import { activitiesOf, type BookingActivities } from '@tablekeeper/temporal/activities/booking.activities';
import {
  waitlistActivitiesOf,
  type WaitlistActivities,
} from '@tablekeeper/temporal/activities/waitlist.activities';
import {
  bookingWorkflowsPath,
  leanSourceMaps,
  prebuiltBundlePath,
  workflowInterceptorModules,
} from './workflow-bundle.options';

export interface BookingWorkerOptions {
  readonly connection: NativeConnection;
  readonly namespace: string;
  readonly taskQueue: string;
  readonly activities: BookingActivities;
  /** The waitlist's entries and matcher (absent: this worker serves bookings only). */
  readonly waitlist?: WaitlistActivities;
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
    activities: {
      ...activitiesOf(options.activities),
      ...(options.waitlist ? waitlistActivitiesOf(options.waitlist) : {}),
    },
    maxCachedWorkflows: options.maxCachedWorkflows,
    // A booking's next task goes to the worker that has it cached; if that worker is gone, the
    // server hands the task to any worker after this long (Temporal's default is 10 s).
    stickyQueueScheduleToStartTimeout: '3s',
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
