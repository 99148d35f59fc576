/**
 * Invariant 5: a booking accepted with 2xx survives the worker dying. The real compiled worker
 * runs as a child process and is killed with SIGKILL mid-booking (between the hold and its
 * confirmation); a new worker process picks the booking up where the history left it.
 */
import type { ChildProcess } from 'node:child_process';
import { appMain, killProcess, startAppProcess } from '../support/app-process';
import { createTestRestaurant, tomorrowAt } from '../support/fixtures';
import { apiClient, eventually, type ApiCall } from '../support/http';
import { startGateway, startTestStack, type TestStack } from '../support/test-stack';

let stack: TestStack;
let api: ApiCall;
const workers: ChildProcess[] = [];

async function startWorkerProcess(): Promise<ChildProcess> {
  const child = await startAppProcess(stack, 'worker');
  workers.push(child);
  return child;
}

/** Whether Temporal has a workflow task for it that no worker has picked up yet. */
async function pendingWorkflowTask(workflowId: string): Promise<boolean> {
  const { raw } = await stack.temporal.workflow.getHandle(workflowId).describe();
  return raw.pendingWorkflowTask != null;
}

async function workflowIdOf(apiKeyPrefix: string, idempotencyKey: string): Promise<string> {
  const key = await stack.prisma.apiKey.findFirstOrThrow({ where: { prefix: apiKeyPrefix } });
  return `booking:${key.id}:${idempotencyKey}`;
}

beforeAll(async () => {
  appMain('worker');
  stack = await startTestStack({ worker: false, answerDeadlineMs: 45_000 });
  api = apiClient(stack.baseUrl);
});
afterAll(async () => {
  await Promise.all(workers.map(killProcess));
  await stack?.stop();
});

it('finishes a booking whose worker was killed between hold and confirmation', async () => {
  const restaurant = await createTestRestaurant(stack.prisma, { policy: { holdTtlSeconds: 120 } });
  const first = await startWorkerProcess();
  const held = await api<{ id: string; status: string; workflowId: string }>('POST', '/v1/holds', {
    key: restaurant.apiKey,
    idempotencyKey: `crash-${Date.now()}`,
    body: {
      restaurantId: restaurant.id,
      partySize: 2,
      startsAt: tomorrowAt(20),
      guest: { name: 'Alan Turing' },
    },
  });
  expect(held.status).toBe(201);
  expect(held.body.status).toBe('held');

  await killProcess(first);
  // The confirmation is accepted while no worker runs; it completes once a new one starts.
  const confirmation = api<{ status: string; tables: string[] }>(
    'POST',
    `/v1/holds/${held.body.id}/confirm`,
    {
      key: restaurant.apiKey,
    },
  );
  // Started only once Temporal holds the confirmation, waiting for a worker: not a bet on a sleep.
  await eventually(async () => ((await pendingWorkflowTask(held.body.workflowId)) ? true : undefined));
  await startWorkerProcess();
  const confirmed = await confirmation;
  expect(confirmed.status).toBe(200);
  expect(confirmed.body).toMatchObject({ status: 'confirmed', tables: ['A1'] });

  const events = await stack.prisma.bookingEvent.findMany({
    where: { bookingId: held.body.id },
    orderBy: { id: 'asc' },
  });
  // Exactly one of each step: nothing was applied twice by the retried workflow tasks.
  expect(events.map((e) => e.toStatus)).toEqual(['held', 'capacity_verified', 'assigned', 'confirmed']);
});

it('accepts a booking while no worker runs and confirms it once one starts', async () => {
  await Promise.all(workers.map(killProcess));
  const restaurant = await createTestRestaurant(stack.prisma);
  const idempotencyKey = `outage-${Date.now()}`;
  const posted = api<{ status: string }>('POST', '/v1/bookings', {
    key: restaurant.apiKey,
    idempotencyKey,
    body: {
      restaurantId: restaurant.id,
      partySize: 4,
      startsAt: tomorrowAt(21),
      guest: { name: 'Katherine Johnson' },
    },
  });
  // The workflow exists and waits for its first task: the request reached Temporal with no worker.
  const workflowId = await workflowIdOf(restaurant.apiKeyPrefix, idempotencyKey);
  await eventually(async () => ((await pendingWorkflowTask(workflowId)) ? true : undefined));
  await startWorkerProcess();
  const response = await posted;
  expect(response.status).toBe(201);
  expect(response.body.status).toBe('confirmed');
});

it('answers 202 with a Location that later shows the booking when the workflow is slower than the deadline', async () => {
  await Promise.all(workers.map(killProcess));
  const restaurant = await createTestRestaurant(stack.prisma);
  // A gateway of the same stack whose deadline passes while no worker runs: the documented 202.
  const impatient = await startGateway({ ...stack.config, bookingAnswerDeadlineMs: 300 });
  try {
    const idempotencyKey = `pending-${Date.now()}`;
    const body = {
      restaurantId: restaurant.id,
      partySize: 2,
      startsAt: tomorrowAt(19),
      guest: { name: 'Dorothy Vaughan' },
    };
    const accepted = await apiClient(impatient.baseUrl)<{ id: string; status: string; workflowId: string }>(
      'POST',
      '/v1/bookings',
      { key: restaurant.apiKey, idempotencyKey, body },
    );
    expect(accepted.status).toBe(202);
    expect(accepted.body).toMatchObject({ status: 'pending', id: expect.any(String) });
    expect(accepted.body.workflowId).toBe(await workflowIdOf(restaurant.apiKeyPrefix, idempotencyKey));
    const location = accepted.headers.get('location');
    expect(location).toBe(`/v1/bookings/${accepted.body.id}`);
    expect(Number(accepted.headers.get('retry-after'))).toBeGreaterThan(0);

    await startWorkerProcess();
    const booking = await eventually(async () => {
      const polled = await api<{ id: string; status: string }>('GET', location!, { key: restaurant.apiKey });
      return polled.status === 200 && polled.body.status === 'confirmed' ? polled.body : undefined;
    }, 30_000);
    expect(booking.id).toBe(accepted.body.id);

    // The client's retry of the same request finds the same booking, and nothing was placed twice.
    const retried = await api<{ id: string }>('POST', '/v1/bookings', {
      key: restaurant.apiKey,
      idempotencyKey,
      body,
    });
    expect([201, 202]).toContain(retried.status);
    expect(retried.body.id).toBe(accepted.body.id);
    expect(await stack.prisma.booking.count({ where: { restaurantId: restaurant.id } })).toBe(1);
  } finally {
    await impatient.app.close();
  }
});
