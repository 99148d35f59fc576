/**
 * A worker that dies while it holds a new booking's first workflow task (here: frozen with
 * SIGSTOP once the task is started on it, then killed) must not cost the guest the answer: the
 * task times out after the booking's 2 s workflow-task timeout and another worker places it, well
 * within the production answer deadline (10 s), so the POST answers 201, not 202. With Temporal's
 * default task timeout (10 s, equal to the deadline) it answered 202.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createTestRestaurant, tomorrowAt } from '../support/fixtures';
import { apiClient, eventually, type ApiCall } from '../support/http';
import { TEST_PAYLOAD_KEYS } from '../support/test-env';
import { startTestStack, type TestStack } from '../support/test-stack';

const WORKER_MAIN = join(__dirname, '..', '..', 'dist', 'apps', 'worker', 'src', 'main.js');
/** The gateway's default BOOKING_ANSWER_DEADLINE_MS. */
const PRODUCTION_ANSWER_DEADLINE_MS = 10_000;

let stack: TestStack;
let api: ApiCall;
const workers: ChildProcess[] = [];

function startWorkerProcess(): Promise<ChildProcess> {
  const child = spawn(process.execPath, [WORKER_MAIN], {
    env: {
      ...process.env,
      DATABASE_URL: stack.config.databaseUrl,
      REDIS_URL: stack.config.redisUrl,
      REDIS_KEY_PREFIX: stack.config.redisKeyPrefix,
      TEMPORAL_ADDRESS: stack.config.temporalAddress,
      TEMPORAL_TASK_QUEUE: stack.taskQueue,
      WORKER_METRICS_PORT: '0',
      ...TEST_PAYLOAD_KEYS,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  workers.push(child);
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('polling task queue')) resolve(child);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`worker exited with ${code} before polling:\n${output}`)));
  });
}

function kill(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

beforeAll(async () => {
  if (!existsSync(WORKER_MAIN))
    throw new Error(`${WORKER_MAIN} is missing: run the suite with \`npm test\` (it builds first)`);
  stack = await startTestStack({ worker: false, answerDeadlineMs: PRODUCTION_ANSWER_DEADLINE_MS });
  api = apiClient(stack.baseUrl);
});
afterAll(async () => {
  await Promise.all(workers.map(kill));
  await stack?.stop();
});

it('answers a new booking with 201 when the worker holding its first task dies', async () => {
  const restaurant = await createTestRestaurant(stack.prisma);
  const doomed = await startWorkerProcess();
  // Frozen, it still holds its open poll on the server: the booking's first task is handed to it.
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
  await kill(doomed);
  await startWorkerProcess();

  const placed = await answer;
  expect(placed).toMatchObject({ status: 201, body: { status: 'confirmed' } });
  const history = await handle.fetchHistory();
  const timedOut = history.events!.filter((e) => e.workflowTaskTimedOutEventAttributes);
  expect(timedOut).toHaveLength(1);
});
