/**
 * The workflow stack trace query follows TEMPORAL_WORKFLOW_STACK_TRACES in the real worker process:
 * unset (the default), the SDK's per-promise stack capture is not installed (our patch of
 * @temporalio/worker, applied by `npm install`) and the query says so; `on`, the same booking,
 * replayed by a worker started with it, answers with where it waits. A clone that lost the patch
 * fails the first test.
 */
import type { ChildProcess } from 'node:child_process';
import { killProcess, startAppProcess } from '../support/app-process';
import { createTestRestaurant, tomorrowAt } from '../support/fixtures';
import { apiClient } from '../support/http';
import { startTestStack, type TestStack } from '../support/test-stack';

let stack: TestStack;
let worker: ChildProcess | undefined;
let workflowId: string;

beforeAll(async () => {
  stack = await startTestStack({ worker: false });
});
afterAll(async () => {
  if (worker) await killProcess(worker);
  await stack?.stop();
});

const stackTrace = () => stack.temporal.workflow.getHandle(workflowId).query<string>('__stack_trace');

it('are off by default: the query answers that they are not enabled', async () => {
  worker = await startAppProcess(stack, 'worker');
  const restaurant = await createTestRestaurant(stack.prisma);
  const res = await apiClient(stack.baseUrl)<{ status: string; workflowId: string }>('POST', '/v1/bookings', {
    key: restaurant.apiKey,
    idempotencyKey: `stack-traces-${Date.now()}`,
    body: {
      restaurantId: restaurant.id,
      partySize: 2,
      startsAt: tomorrowAt(19),
      guest: { name: 'Ada Lovelace', phone: '+447700900123' },
    },
  });
  expect(res.status).toBe(201);
  expect(res.body.status).toBe('confirmed');
  workflowId = res.body.workflowId;
  await expect(stackTrace()).rejects.toThrow(/stack traces are not enabled/);
});

it('with TEMPORAL_WORKFLOW_STACK_TRACES=on the booking shows where it waits', async () => {
  await killProcess(worker!);
  worker = await startAppProcess(stack, 'worker', { TEMPORAL_WORKFLOW_STACK_TRACES: 'on' });
  expect(await stackTrace()).toMatch(/BookingInbox\.next/);
});
