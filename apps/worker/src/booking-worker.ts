import { NativeConnection, Worker, type WorkflowBundleOption } from '@temporalio/worker';
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
}

export function bookingWorkflowsPath(): string {
  return require.resolve('../../../temporal/workflows');
}

export function createBookingWorker(options: BookingWorkerOptions): Promise<Worker> {
  return Worker.create({
    connection: options.connection,
    namespace: options.namespace,
    taskQueue: options.taskQueue,
    activities: activitiesOf(options.activities),
    maxCachedWorkflows: options.maxCachedWorkflows,
    ...(options.workflowBundle
      ? { workflowBundle: options.workflowBundle }
      : { workflowsPath: bookingWorkflowsPath() }),
  });
}
