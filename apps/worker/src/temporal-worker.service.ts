import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { NativeConnection, type Worker } from '@temporalio/worker';
import type { AppConfig } from '@tablekeeper/config';
import { BookingActivities } from '@tablekeeper/temporal/activities/booking.activities';
import { WaitlistActivities } from '@tablekeeper/temporal/activities/waitlist.activities';
import { bookingDataConverter } from '@tablekeeper/payload-codec';
import { APP_CONFIG } from './worker.tokens';
import { activeTracing } from '@tablekeeper/observability';
import { activityMetrics, requestIdLogging } from './activity-interceptors';
import { tracedActivities, tracingSinks } from './worker-tracing';
import { createBookingWorker, prebuiltBundle } from './booking-worker';
import { WorkerMetrics } from './worker-metrics';

/**
 * Owns the Temporal worker's lifetime inside Nest: started after the app boots, drained on
 * shutdown. If the worker stops on its own (fatal error), the process exits so a supervisor can
 * restart it, instead of idling with nobody polling the task queue.
 */
@Injectable()
export class TemporalWorkerService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('TemporalWorker');
  private connection?: NativeConnection;
  private worker?: Worker;
  private running?: Promise<void>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly activities: BookingActivities,
    private readonly waitlist: WaitlistActivities,
    private readonly metrics: WorkerMetrics,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.connection = await NativeConnection.connect({ address: this.config.temporalAddress });
    const tracing = activeTracing();
    this.worker = await createBookingWorker({
      connection: this.connection,
      namespace: this.config.temporalNamespace,
      taskQueue: this.config.taskQueue,
      activities: this.activities,
      waitlist: this.waitlist,
      maxCachedWorkflows: this.config.workerMaxCachedWorkflows,
      dataConverter: bookingDataConverter(this.config),
      activityInterceptors: [
        ...(tracing ? [tracedActivities] : []),
        requestIdLogging,
        activityMetrics(this.metrics),
      ],
      ...(tracing ? { tracing: true, sinks: tracingSinks(tracing) } : {}),
      workflowBundle: prebuiltBundle(tracing !== undefined),
    });
    this.running = this.worker.run().then(
      () => this.logger.log('worker stopped'),
      (error: unknown) => {
        this.logger.error(`worker failed: ${error instanceof Error ? error.stack : String(error)}`);
        process.exit(1);
      },
    );
    // Our patch of the SDK reads TEMPORAL_WORKFLOW_STACK_TRACES itself, in the workflow threads.
    this.logger.log(`workflow stack traces ${this.config.workflowStackTraces ? 'on' : 'off'}`);
    this.logger.log(
      `polling task queue "${this.config.taskQueue}" on ${this.config.temporalAddress} (namespace ${this.config.temporalNamespace})`,
    );
  }

  // Before shutdown, so in-flight activities finish while the database client is still open.
  async beforeApplicationShutdown(): Promise<void> {
    if (this.worker && this.worker.getState() === 'RUNNING') this.worker.shutdown();
    await this.running;
    await this.connection?.close();
  }
}
