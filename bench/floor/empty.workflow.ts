/**
 * The floor of the booking path's Temporal part: a workflow that does nothing but answer one
 * update, started with update-with-start exactly as the gateway starts a booking's workflow.
 */
import { condition, defineUpdate, setHandler } from '@temporalio/workflow';

export const pingUpdate = defineUpdate<string>('ping');

export async function emptyWorkflow(): Promise<void> {
  let answered = false;
  setHandler(pingUpdate, () => {
    answered = true;
    return 'pong';
  });
  await condition(() => answered);
}
