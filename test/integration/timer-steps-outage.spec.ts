/**
 * A timer's own step (here a reminder, then the no-show) is a local activity of the workflow task
 * its timer wakes (timer-local-steps-v1). Postgres down when it falls due must delay it, never lose
 * it: the worker reaches Postgres through a proxy the test cuts for longer than the local retry
 * threshold, so the step also backs off on a durable timer before it succeeds.
 */
import { recordHistoryIfAsked } from '../replay/history-recorder';
import { createTestRestaurant, inSeconds } from '../support/fixtures';
import { apiClient, eventually } from '../support/http';
import { TcpProxy } from '../support/tcp-proxy';
import { startTestStack, type TestStack } from '../support/test-stack';

let stack: TestStack;
let postgres: TcpProxy;

beforeAll(async () => {
  postgres = await TcpProxy.start(5432);
  stack = await startTestStack({ workerPostgresPort: postgres.port });
});
afterAll(async () => {
  try {
    await postgres?.restore();
    await stack?.stop();
  } finally {
    await postgres?.stop();
  }
});

it('runs a reminder and the no-show that fell due while Postgres was down once it is back', async () => {
  const api = apiClient(stack.baseUrl);
  const r = await createTestRestaurant(stack.prisma, {
    policy: { reminderLeadSeconds: [4], noShowGraceSeconds: 1, undoNoShowWindowSeconds: 1 },
  });
  const startsAt = inSeconds(8);
  const booked = await api<{ id: string; workflowId: string; status: string }>('POST', '/v1/bookings', {
    key: r.apiKey,
    idempotencyKey: `timer-outage-${Date.now()}`,
    body: { restaurantId: r.id, partySize: 2, startsAt, guest: { name: 'Outage' } },
  });
  expect(booked.status).toBe(201);
  expect(booked.body.status).toBe('confirmed');

  await postgres.cut();
  const reminderAt = Date.parse(startsAt) - 4_000;
  // Down well past the reminder and the no-show, and past the few seconds the SDK retries in-task.
  await new Promise((resolve) => setTimeout(resolve, reminderAt + 16_000 - Date.now()));
  const during = await stack.prisma.booking.findUniqueOrThrow({ where: { id: booked.body.id } });
  expect(during.status).toBe('confirmed');
  await postgres.restore();

  const noShow = await eventually(async () => {
    const b = await stack.prisma.booking.findUniqueOrThrow({ where: { id: booked.body.id } });
    return b.status === 'no_show' ? b : undefined;
  }, 70_000);
  expect(noShow.status).toBe('no_show');
  const reminders = await stack.prisma.outboxEvent.count({
    where: { bookingId: booked.body.id, type: 'booking.reminder_due' },
  });
  expect(reminders).toBe(1);

  const handle = stack.temporal.workflow.getHandle(booked.body.workflowId);
  await handle.result();
  const events = (await handle.fetchHistory()).events ?? [];
  // No activity task, and the failed attempt that backed off on a server timer is in the history.
  expect(events.filter((e) => e.activityTaskScheduledEventAttributes)).toEqual([]);
  const failedAttempts = events.filter(
    (e) =>
      e.markerRecordedEventAttributes?.markerName === 'core_local_activity' &&
      e.markerRecordedEventAttributes.failure,
  );
  expect(failedAttempts.length).toBeGreaterThanOrEqual(1);
  await recordHistoryIfAsked(
    stack.temporal,
    booked.body.workflowId,
    'reminder-through-postgres-outage',
    true,
  );
}, 120_000);
