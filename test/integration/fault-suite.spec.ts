/**
 * The short variant of `npm run chaos` (chaos/): the same retrying agents, the same settle-and-check
 * in SQL, but only our own processes are killed (the worker, each of two gateways with requests on
 * the wire), since Postgres, Redis and the Temporal server are shared by the whole test run. The
 * full suite, which also crashes those, runs on private copies of them (`npm run chaos`).
 */
import { seedBenchRestaurants, upcomingDates } from '../../bench/support/bench-database';
import type { GatewayTarget } from '../../chaos/agent-client';
import { runFaults, type FaultRunReport } from '../../chaos/fault-run';
import { AppProcess } from '../../chaos/services/app-process';
import { appMain } from '../support/app-process';
import { TEST_PAYLOAD_KEYS } from '../support/test-env';
import { startTestStack, type TestStack } from '../support/test-stack';

jest.setTimeout(300_000);

let stack: TestStack;
const processes: AppProcess[] = [];

beforeAll(async () => {
  appMain('worker');
  stack = await startTestStack({ worker: false });
});
afterAll(async () => {
  for (const process of processes.reverse()) await process.dispose();
  await stack?.stop();
});

it('worker and gateway kills under retrying load: nothing duplicated, lost, phantom or left unanswered', async () => {
  const { restaurants, apiKey } = await seedBenchRestaurants(stack.prisma, 1, 'faults');
  const env = {
    DATABASE_URL: stack.config.databaseUrl,
    REDIS_URL: stack.config.redisUrl,
    REDIS_KEY_PREFIX: stack.config.redisKeyPrefix,
    TEMPORAL_ADDRESS: stack.config.temporalAddress,
    TEMPORAL_TASK_QUEUE: stack.taskQueue,
    ...TEST_PAYLOAD_KEYS,
  };
  const worker = await AppProcess.create('worker', 'worker', env);
  processes.push(worker);
  const gateways = [
    await AppProcess.create('gateway-1', 'gateway', env),
    await AppProcess.create('gateway-2', 'gateway', env),
  ];
  processes.push(...gateways);
  const targets: GatewayTarget[] = gateways.map((g) => ({ url: g.url, inFlight: 0 }));

  const report: FaultRunReport = await runFaults({
    prisma: stack.prisma,
    restaurants,
    dates: upcomingDates(2),
    apiKey,
    gateways: targets,
    faults: [
      { label: 'worker killed', target: worker, downMs: 500 },
      { label: 'gateway-1 killed mid-request', target: gateways[0], downMs: 500, midRequest: targets[0] },
      { label: 'gateway-2 killed mid-request', target: gateways[1], downMs: 500, midRequest: targets[1] },
    ],
    bookingsPerSecond: 4,
    calmMs: 2_500,
    agentDeadlineMs: 120_000,
    attemptTimeoutMs: 15_000,
  });

  expect(report.invariants).toMatchObject({
    ok: true,
    duplicates: 0,
    lost: 0,
    phantom: 0,
    overlappingTables: 0,
    pacingExcess: 0,
    final5xx: 0,
    unanswered: 0,
    unexpectedStates: {},
  });
  expect(report.faults.map((f) => f.recoveryMs)).not.toContain(null);
  // Each gateway died with a request on the wire, and every key was answered all the same.
  expect(
    report.faults.filter((f) => f.inFlightAtKill !== undefined).every((f) => f.inFlightAtKill! > 0),
  ).toBe(true);
  expect(report.bookingsSent).toBeGreaterThan(30);
  expect(report.invariants.checkedBookings).toBe(report.answers['201'] ?? 0);
  expect([worker, ...gateways].every((p) => p.alive)).toBe(true);
});
