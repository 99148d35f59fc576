/**
 * A worker that dies while it holds a new booking's first workflow task (here: frozen with
 * SIGSTOP once the task is started on it, then killed) must not cost the guest the answer: the
 * task times out after the booking's 2 s workflow-task timeout and another worker places it, well
 * within the production answer deadline (10 s), so the POST answers 201, not 202. With Temporal's
 * default task timeout (10 s, equal to the deadline) it answered 202.
 */
import type { ChildProcess } from 'node:child_process';
import { temporal } from '@temporalio/proto';
import { appMain, killProcess, startAppProcess } from '../support/app-process';
import { createTestRestaurant, tomorrowAt } from '../support/fixtures';
import { apiClient, eventually, type ApiCall } from '../support/http';
import { startTestStack, type TestStack } from '../support/test-stack';

/** The gateway's default BOOKING_ANSWER_DEADLINE_MS. */
const PRODUCTION_ANSWER_DEADLINE_MS = 10_000;

let stack: TestStack;
let api: ApiCall;
const workers: ChildProcess[] = [];

async function startWorkerProcess(): Promise<ChildProcess> {
  const child = await startAppProcess(stack, 'worker');
  workers.push(child);
  return child;
}

beforeAll(async () => {
  appMain('worker');
  stack = await startTestStack({ worker: false, answerDeadlineMs: PRODUCTION_ANSWER_DEADLINE_MS });
  api = apiClient(stack.baseUrl);
});
afterAll(async () => {
  await Promise.all(workers.map(killProcess));
  await stack?.stop();
});

it('answers a new booking with 201 when the worker holding its first task dies', async () => {
  const restaurant = await createTestRestaurant(stack.prisma);
  const doomed = await startWorkerProcess();
  // Frozen once the server holds its long poll, the booking's first task is handed to it and never
  // completed. "Polling" in its log comes before the poll reaches the server, so wait for the
  // server to list it as a poller (identity `<pid>@<host>`).
  await eventually(async () => {
    const { pollers } = await stack.temporal.workflowService.describeTaskQueue({
      namespace: stack.config.temporalNamespace,
      taskQueue: { name: stack.taskQueue },
      taskQueueType: temporal.api.enums.v1.TaskQueueType.TASK_QUEUE_TYPE_WORKFLOW,
    });
    return pollers?.some((p) => p.identity?.startsWith(`${doomed.pid}@`)) ? true : undefined;
  });
  doomed.kill('SIGSTOP');

  const answer = api<{ id: string; status: string }>('POST', '/v1/bookings', {
    key: restaurant.apiKey,
    idempotencyKey: 'first-task-crash',
    body: {
      restaurantId: restaurant.id,
      partySize: 2,
      startsAt: tomorrowAt(19),
      guest: { name: 'First Task' },
    },
  });
  const key = await stack.prisma.apiKey.findFirstOrThrow({ where: { prefix: restaurant.apiKeyPrefix } });
  const handle = stack.temporal.workflow.getHandle(`booking:${key.id}:first-task-crash`);
  await eventually(async () => {
    const { raw } = await handle.describe().catch(() => ({ raw: undefined }));
    // STARTED (2): the frozen worker took the task and will never complete it.
    const state = raw?.pendingWorkflowTask?.state;
    return Number(state) === 2 || String(state).endsWith('STARTED') ? true : undefined;
  });
  await killProcess(doomed);
  await startWorkerProcess();

  const placed = await answer;
  expect(placed).toMatchObject({ status: 201, body: { status: 'confirmed' } });
  const history = await handle.fetchHistory();
  const timedOut = history.events!.filter((e) => e.workflowTaskTimedOutEventAttributes);
  expect(timedOut).toHaveLength(1);
});
