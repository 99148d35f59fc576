import { Client, Connection } from '@temporalio/client';
import { loadConfig } from '@tablekeeper/config';
import { bookingDataConverter } from '@tablekeeper/payload-codec';

/**
 * A Temporal client on the benchmark's server that starts booking workflows the way the gateway
 * does (its payload codec and task queue, from the same environment); close `connection` when done.
 */
export async function connectBookingClient(): Promise<{
  client: Client;
  connection: Connection;
  /** The booking task queue the apps of this environment serve. */
  taskQueue: string;
}> {
  const config = loadConfig(process.env);
  const connection = await Connection.connect({ address: process.env.TEMPORAL_ADDRESS! });
  const client = new Client({
    connection,
    namespace: process.env.TEMPORAL_NAMESPACE ?? 'default',
    dataConverter: bookingDataConverter(config),
  });
  return { client, connection, taskQueue: config.taskQueue };
}
