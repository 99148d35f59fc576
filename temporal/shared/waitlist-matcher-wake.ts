import type { Client } from '@temporalio/client';
import {
  WAITLIST_MATCHER_WORKFLOW_TYPE,
  capacityFreedSignal,
  waitlistMatcherWorkflowId,
  type WaitlistMatcherInput,
} from './waitlist.contract';

/**
 * Starts the restaurant's waitlist matcher if it is not running, and tells it to look again: the
 * one way the worker (capacity freed by a booking) and the gateway (a setup change) wake it.
 * Not imported by workflow code (it needs a client).
 */
export function wakeWaitlistMatcher(
  client: Client,
  options: { readonly restaurantId: string; readonly taskQueue: string; readonly pollSeconds: number },
): Promise<unknown> {
  const input: WaitlistMatcherInput = {
    restaurantId: options.restaurantId,
    pollSeconds: options.pollSeconds,
  };
  return client.workflow.signalWithStart(WAITLIST_MATCHER_WORKFLOW_TYPE, {
    workflowId: waitlistMatcherWorkflowId(options.restaurantId),
    taskQueue: options.taskQueue,
    args: [input],
    signal: capacityFreedSignal,
    signalArgs: [],
  });
}
