import type { DataConverter } from '@temporalio/common';
import { NativeConnection, Worker, type WorkflowBundleOption } from '@temporalio/worker';
import { activitiesOf, type BookingActivities } from '../../../temporal/activities/booking.activities';

export interface BookingWorkerOptions {
  readonly connection: NativeConnection;
  readonly namespace: string;
  readonly taskQueue: string;
  readonly activities: BookingActivities;
  /** A prebuilt bundle (tests build one per run); otherwise the worker bundles the workflows itself. */
  readonly workflowBundle?: WorkflowBundleOption;
  /** Encrypts payloads (libs/payload-codec); the gateway's client must use the same keys. */
  readonly dataConverter?: DataConverter;
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
    dataConverter: options.dataConverter,
    ...(options.workflowBundle
      ? { workflowBundle: options.workflowBundle }
      : { workflowsPath: bookingWorkflowsPath() }),
  });
}
