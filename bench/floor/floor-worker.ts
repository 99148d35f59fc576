/**
 * A worker for the floor's empty workflow, in its own process as the booking worker is: the
 * benchmark's client, the Temporal server and this worker then stand where gateway, server and
 * booking worker stand on the real path.
 */
import { NativeConnection, Worker } from '@temporalio/worker';

async function main(): Promise<void> {
  const connection = await NativeConnection.connect({ address: process.env.TEMPORAL_ADDRESS! });
  const worker = await Worker.create({
    connection,
    namespace: process.env.TEMPORAL_NAMESPACE ?? 'default',
    taskQueue: process.env.FLOOR_TASK_QUEUE!,
    workflowsPath: require.resolve('./empty.workflow'),
  });
  process.once('SIGTERM', () => worker.shutdown());
  const running = worker.run();
  console.log('polling task queue');
  await running;
  await connection.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
