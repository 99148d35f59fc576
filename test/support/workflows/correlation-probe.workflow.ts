// A workflow for testing interceptors only: one local and one regular activity, after a start
// and after an update, so the request id of each can be followed into the activities.
import {
  condition,
  defineUpdate,
  proxyActivities,
  proxyLocalActivities,
  setHandler,
} from '@temporalio/workflow';

export interface ProbeActivities {
  probe(step: string): Promise<string>;
}

export const nextStepUpdate = defineUpdate<string, [string]>('nextStep');

const local = proxyLocalActivities<ProbeActivities>({ startToCloseTimeout: '10 seconds' });
const regular = proxyActivities<ProbeActivities>({ startToCloseTimeout: '10 seconds' });

export async function correlationProbeWorkflow(): Promise<string[]> {
  let next: string | undefined;
  setHandler(nextStepUpdate, async (step) => {
    next = step;
    return local.probe(step);
  });
  const steps = [await local.probe('after-start:local'), await regular.probe('after-start:regular')];
  await condition(() => next !== undefined);
  steps.push(await regular.probe(`${next}:regular`));
  return steps;
}
