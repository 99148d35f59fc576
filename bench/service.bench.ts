/**
 * `npm run bench`: the booking service measured against its targets and against the floors our
 * design cannot beat, in one run on one data set. See README.md "Performance" for how to read it.
 *
 *   1. GET availability, 50 clients            4. sustained arrival rate for 60 s + invariant check
 *   2. POST /v1/holds and /v1/bookings, 20      5. floors: bare update-with-start, bare hold SQL
 *   3. POST → confirmed (end to end)              and both together at the sustained rate
 *   2c. the same at 1 client (unloaded latency)    5d. bare update-with-start at 1 client
 *   3b. PATCH /v1/bookings/{id}: move confirmed   6. peak RSS of gateway and worker
 *       bookings to another time (modify)
 *
 * BENCH_SCALE=1 runs the same phases beside a scale book (support/scale-book.ts): 1,000
 * restaurants × 21 days of bookings (≈ 1 M) and 20,000 open booking workflows by default, and prints the
 * figures beside the newest small-book report (or BENCH_BASELINE).
 */
import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { Client, Connection, WithStartWorkflowOperation } from '@temporalio/client';
import { BookingPlacementRepository, createPrismaClient, type PrismaClient } from '@tablekeeper/db';
import {
  freshDatabase,
  loadConfirmedBookings,
  seedBenchRestaurants,
  seedDemoRestaurant,
  upcomingDates,
} from './support/bench-database';
import { BookingPlanner } from './support/booking-plans';
import { checkInvariants, Ledger, waitForSettled, type Mode } from './support/invariants';
import { startApp, startProcess, type RunningProcess } from './support/gateway-process';
import { closedLoop, openLoop } from './support/closed-loop';
import { cpuPerRequest, sampleCpu } from './support/cpu';
import { drive, summarize, type LatencySummary, type LoadResult } from './support/load';
import {
  errorsOf,
  writeReport,
  type BenchReport,
  type FloorsAtRate,
  type SustainedRun,
} from './support/report';
import { emptyWorkflow, pingUpdate } from './floor/empty.workflow';
import { checkTablesAndPacing } from './support/invariants';
import { scaleBookEstimate, seedScaleBook, startOpenWorkflows, type ScaleBook } from './support/scale-book';
import { comparisonLines, findBaseline } from './support/scale-compare';
import { connectBookingClient } from './support/booking-client';

const num = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const CONFIG = {
  restaurants: num('BENCH_RESTAURANTS', 6),
  days: num('BENCH_DAYS', 60),
  durationSeconds: num('BENCH_DURATION_SECONDS', 20),
  sustainedSeconds: num('BENCH_SUSTAINED_SECONDS', 60),
  sustainedRates: (process.env.BENCH_SUSTAINED_RATES ?? '50,75,100').split(',').map(Number),
  availabilityClients: num('BENCH_AVAILABILITY_CLIENTS', 50),
  writeClients: num('BENCH_WRITE_CLIENTS', 20),
};
/** The scale book's size (BENCH_SCALE=1); README "Performance" describes each knob. */
const SCALE =
  process.env.BENCH_SCALE === '1'
    ? {
        restaurants: num('BENCH_SCALE_RESTAURANTS', 1000),
        days: num('BENCH_SCALE_DAYS', 21),
        futureDays: num('BENCH_SCALE_FUTURE_DAYS', 7),
        fill: num('BENCH_SCALE_FILL', 1),
        openWorkflows: num('BENCH_SCALE_OPEN_WORKFLOWS', 20_000),
        workflowConcurrency: num('BENCH_SCALE_WORKFLOW_CONCURRENCY', 32),
      }
    : null;
export const TARGETS = {
  availabilityP95Ms: 20,
  writeP95Ms: 100,
  confirmedP95Ms: 500,
  sustainedPerSecond: 50,
  // Issue 24 asks for under 300 MB (decimal) each: 286.1 MiB, which is what /proc reports in.
  rssMiB: 300_000_000 / 2 ** 20,
};

interface Answer {
  readonly id: string;
  readonly status: string;
  readonly restaurantId?: string;
}

function parseAnswer(body: string): Answer | null {
  try {
    const parsed = JSON.parse(body) as Partial<Answer>;
    return typeof parsed.id === 'string' && typeof parsed.status === 'string'
      ? { id: parsed.id, status: parsed.status, restaurantId: parsed.restaurantId }
      : null;
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  const databaseUrl = process.env.BENCH_DATABASE_URL!;
  const started = Date.now();
  log(`seeding: ${CONFIG.restaurants} restaurants × ${CONFIG.days} days, plus an availability book`);
  await freshDatabase(databaseUrl);
  const prisma = createPrismaClient(databaseUrl, { poolSize: 10 });
  const availability = await seedDemoRestaurant(prisma, 'bench-availability');
  const availabilityDates = upcomingDates(30);
  const loaded = await loadConfirmedBookings(prisma, availability.restaurantId, availabilityDates, 80);
  const bench = await seedBenchRestaurants(prisma, CONFIG.restaurants);
  const dates = upcomingDates(CONFIG.days + 1).slice(1);
  const scaleBook = SCALE ? await seedScale(prisma, SCALE) : null;
  // Planner statistics for the fresh data now, rather than autovacuum analysing it mid-phase.
  let vacuumSeconds = performance.now();
  await prisma.$executeRawUnsafe('VACUUM ANALYZE');
  vacuumSeconds = (performance.now() - vacuumSeconds) / 1000;
  if (SCALE) log(`   VACUUM ANALYZE ${vacuumSeconds.toFixed(1)} s`);

  const env = { DATABASE_URL: databaseUrl };
  const worker = await startApp('worker', env);
  const gateway = await startApp('gateway', env);
  const openWorkflows = SCALE && scaleBook ? await openScaleWorkflows(prisma, scaleBook, SCALE) : null;
  const ledger = new Ledger();
  const cpu = () =>
    sampleCpu({
      gateway: gateway.child.pid,
      worker: worker.child.pid,
      temporal: Number(process.env.TEMPORAL_SERVER_PID) || undefined,
    });
  const planner = new BookingPlanner(bench.restaurants, dates);
  const headers = { authorization: `Bearer ${bench.apiKey}` };
  const write = (mode: Mode) => () => {
    const { body, idempotencyKey } = planner.next();
    ledger.sent.set(idempotencyKey, mode);
    const path = mode === 'hold' ? '/v1/holds' : '/v1/bookings';
    return { method: 'POST' as const, path, body, headers: { 'idempotency-key': idempotencyKey } };
  };
  const collect = (mode: Mode) => (status: number, body: string) => {
    const answer = status === 201 || status === 202 ? parseAnswer(body) : null;
    if (answer) ledger.accepted.set(answer.id, mode);
  };

  // Which phase sets each process's peak RSS: every phase starts its own peak (see resetPhasePeak).
  const rssByPhase: Record<string, { gateway: number; worker: number }> = {};
  let rssPhase = SCALE ? 'start, the open workflows' : 'start';
  const enterPhase = (next: string) => {
    rssByPhase[rssPhase] = { gateway: gateway.phasePeakRssMiB(), worker: worker.phasePeakRssMiB() };
    gateway.resetPhasePeak();
    worker.resetPhasePeak();
    rssPhase = next;
  };

  try {
    enterPhase('warm-up');
    log('warm-up: 5 s of bookings at 5 clients');
    await drive({
      url: gateway.url,
      connections: 5,
      durationSeconds: 5,
      headers,
      next: write('book'),
      onAnswer: collect('book'),
    });

    let n = 0;
    const availabilityLoad = (connections: number, durationSeconds: number) => ({
      url: gateway.url,
      connections,
      durationSeconds,
      headers: { authorization: `Bearer ${availability.apiKey}` },
      next: () => {
        n++;
        const date = availabilityDates[(n * 7) % availabilityDates.length];
        return {
          path: `/v1/restaurants/${availability.restaurantId}/availability?date=${date}&partySize=${1 + (n % 8)}`,
        };
      },
    });
    // Like the write paths, availability is measured warm: its caches filled and its code compiled.
    log('warm-up: 3 s of availability at 10 clients');
    await drive(availabilityLoad(10, 3));
    enterPhase('1. availability');
    log(`1. GET availability, ${CONFIG.availabilityClients} clients, ${CONFIG.durationSeconds} s`);
    const availabilityRun = await drive(availabilityLoad(CONFIG.availabilityClients, CONFIG.durationSeconds));

    enterPhase('2a. holds');
    log(`2a. POST /v1/holds, ${CONFIG.writeClients} clients, ${CONFIG.durationSeconds} s`);
    const holdsRun = await drive({
      url: gateway.url,
      connections: CONFIG.writeClients,
      durationSeconds: CONFIG.durationSeconds,
      headers,
      next: write('hold'),
      onAnswer: collect('hold'),
    });

    enterPhase('2b. bookings');
    log(`2b+3. POST /v1/bookings, ${CONFIG.writeClients} clients, ${CONFIG.durationSeconds} s`);
    const confirmedAfter: number[] = [];
    const pending: { id: string; sentAt: number }[] = [];
    const confirmedBookings: { id: string; restaurantId: string }[] = [];
    const cpuBefore = cpu();
    const bookingsRun = await drive({
      url: gateway.url,
      connections: CONFIG.writeClients,
      durationSeconds: CONFIG.durationSeconds,
      headers,
      next: write('book'),
      onAnswer: (status, body, sentAt) => {
        collect('book')(status, body);
        const answer = parseAnswer(body);
        // The answer of a one-shot booking already carries its outcome once it is decided: the
        // booking is confirmed in Postgres before the HTTP answer leaves.
        if (status === 201 && answer?.status === 'confirmed') {
          confirmedAfter.push(performance.now() - sentAt);
          if (answer.restaurantId)
            confirmedBookings.push({ id: answer.id, restaurantId: answer.restaurantId });
        } else if (status === 202 && answer) pending.push({ id: answer.id, sentAt });
      },
    });
    const bookingCpu = cpuPerRequest(cpuBefore, cpu(), bookingsRun.requests);
    const followed = await followPending(prisma, pending);
    confirmedAfter.push(...followed);
    const confirmedRun = summarize(confirmedAfter);

    // 2c. The latency one guest feels: one client, nothing else in flight.
    enterPhase('2c. one client');
    log(`2c. POST /v1/holds then /v1/bookings, 1 client, ${CONFIG.durationSeconds} s each`);
    const oneClient = (kind: 'hold' | 'book') =>
      drive({
        url: gateway.url,
        connections: 1,
        durationSeconds: CONFIG.durationSeconds,
        headers,
        next: write(kind),
        onAnswer: collect(kind),
      });
    const oneClientHolds = await oneClient('hold');
    const oneClientBookings = await oneClient('book');

    // 3b. Modify: each request moves one of the bookings just confirmed to another time of its
    // restaurant (round robin, so one booking's changes rarely queue behind each other). 200 moved,
    // 409 that time is full: both are answers; the invariant check below covers the moved ones.
    enterPhase('3b. modify');
    log(`3b. PATCH /v1/bookings/{id}, ${CONFIG.writeClients} clients, ${CONFIG.durationSeconds} s`);
    let modifyCount = 0;
    const modifyCpuBefore = cpu();
    const modifyRun = confirmedBookings.length
      ? await drive({
          url: gateway.url,
          connections: CONFIG.writeClients,
          durationSeconds: CONFIG.durationSeconds,
          headers,
          next: () => {
            const target = confirmedBookings[modifyCount++ % confirmedBookings.length];
            return {
              method: 'PATCH' as const,
              path: `/v1/bookings/${target.id}`,
              body: { startsAt: planner.startFor(target.restaurantId) },
              headers: { 'idempotency-key': `bench-modify-${randomUUID()}` },
            };
          },
        })
      : undefined;
    const modifyCpu = modifyRun ? cpuPerRequest(modifyCpuBefore, cpu(), modifyRun.requests) : undefined;

    const sustained: SustainedRun[] = [];
    for (const rate of CONFIG.sustainedRates) {
      enterPhase(`4. sustained ${rate}/s`);
      log(`4. sustained ${rate} bookings/s for ${CONFIG.sustainedSeconds} s`);
      const before = cpu();
      const run = await drive({
        url: gateway.url,
        // Enough clients that the arrival rate, not the answer time, sets the pace.
        connections: Math.max(CONFIG.writeClients, Math.ceil(rate)),
        durationSeconds: CONFIG.sustainedSeconds,
        overallRate: rate,
        headers,
        next: write('book'),
        onAnswer: collect('book'),
      });
      const held = heldRate(run, rate);
      sustained.push({ rate, ...run, held, cpuMsPerRequest: cpuPerRequest(before, cpu(), run.requests) });
      log(
        `   ${run.rps.toFixed(1)}/s achieved, p95 ${run.p95.toFixed(1)} ms, errors ${errorsOf(run)} → ${held ? 'held' : 'not held'}`,
      );
      if (!held) break;
    }

    log('   invariant check');
    const restaurantIds = bench.restaurants.map((r) => r.id);
    await waitForSettled(prisma, restaurantIds, ledger);
    const invariants = await checkInvariants(prisma, { restaurantIds, ledger });

    enterPhase('5. floors (gateway and worker idle)');
    const holdSql = holdSqlCall(prisma, bench);
    const { closed: updateWithStartFloor, atRate: floorsAtRate } =
      await measureUpdateWithStartFloors(holdSql);
    const floorCpu = updateWithStartFloor.cpuMsPerRequest;
    log(`5b. floor: the hold transaction called directly, ${CONFIG.writeClients} clients`);
    await closedLoop(5, 3, holdSql);
    const holdSqlCpuBefore = cpu();
    const holdSqlFloor = await closedLoop(CONFIG.writeClients, CONFIG.durationSeconds, holdSql);
    const holdSqlCpu = cpuPerRequest(holdSqlCpuBefore, cpu(), holdSqlFloor.requests);

    enterPhase('end');
    const report: BenchReport = {
      machine: machineDescription(),
      startedAt: new Date(started).toISOString(),
      config: CONFIG,
      targets: TARGETS,
      data: {
        restaurants: CONFIG.restaurants,
        days: CONFIG.days,
        availabilityBookings: loaded,
        bookingsAccepted: ledger.accepted.size,
        ...(SCALE && scaleBook && openWorkflows
          ? {
              scaleRestaurants: SCALE.restaurants,
              scaleDays: SCALE.days,
              scaleBookings: scaleBook.bookings,
              scaleTableAssignments: scaleBook.tableAssignments,
              scaleEvents: scaleBook.events,
              scaleOutboxEvents: scaleBook.outboxEvents,
              scaleRestaurantSeconds: scaleBook.restaurantSeconds,
              scaleBookingSeconds: scaleBook.bookingSeconds,
              scaleVacuumSeconds: vacuumSeconds,
              openWorkflows: openWorkflows.started,
              openWorkflowFailures: openWorkflows.failed,
              openWorkflowSeconds: openWorkflows.seconds,
              scaleOverlappingAssignments: scaleBook.check.overlappingAssignments,
              scalePacingExceeded: scaleBook.check.pacingExceeded,
            }
          : {}),
      },
      availability: availabilityRun,
      holds: holdsRun,
      bookings: bookingsRun,
      confirmed: { ...confirmedRun, stillPending: pending.length - followed.length },
      sustained,
      invariants,
      floors: { updateWithStart: updateWithStartFloor, holdSql: holdSqlFloor },
      oneClient: {
        holds: oneClientHolds,
        bookings: oneClientBookings,
        updateWithStart: updateWithStartFloor.oneClient,
      },
      floorsAtRate,
      rssMiB: { gateway: gateway.peakRssMiB(), worker: worker.peakRssMiB() },
      rssMiBByPhase: rssByPhase,
      cpuMsPerBooking: bookingCpu,
      cpuMsPerFloorUpdate: floorCpu,
      cpuMsPerFloorHold: holdSqlCpu,
      ...(modifyRun ? { modify: modifyRun } : {}),
      ...(modifyCpu ? { cpuMsPerModify: modifyCpu } : {}),
    };
    const resultsDir = join(process.cwd(), 'results');
    const baseline = SCALE ? findBaseline(resultsDir, process.env.BENCH_BASELINE) : null;
    const files = writeReport(report, resultsDir);
    console.log(files.markdown);
    if (SCALE) {
      const lines = baseline
        ? comparisonLines(baseline.report, report, baseline.path)
        : [
            '(no small-book report in results/ to compare with: run `npm run bench` first, or set BENCH_BASELINE)',
          ];
      console.log(lines.join('\n'));
      appendFileSync(files.markdownPath, `\n${lines.join('\n')}\n`);
    }
    console.log(`written ${files.json}\n        ${files.markdownPath}\n        ${files.chart}`);
    const scaleIntact =
      !scaleBook ||
      (scaleBook.check.overlappingAssignments === 0 &&
        scaleBook.check.pacingExceeded === 0 &&
        openWorkflows?.failed === 0);
    process.exitCode =
      invariants.ok && scaleIntact && errorsOf(bookingsRun) === 0 && (!modifyRun || errorsOf(modifyRun) === 0)
        ? 0
        : 1;
  } finally {
    await Promise.all([gateway.stop(), worker.stop()]);
    await prisma.$disconnect();
  }

  /**
   * 5a, and 5c: both floors at once at the first sustained rate, open loop, the machine loaded as
   * the least a booking path could load it. What the floors do at that rate bounds what a booking
   * can do there.
   */
  async function measureUpdateWithStartFloors(holdSql: () => Promise<void>): Promise<{
    closed: LoadResult & { cpuMsPerRequest: Record<string, number>; oneClient: LoadResult };
    atRate: FloorsAtRate;
  }> {
    const taskQueue = `bench-floor-${randomUUID()}`;
    const floorWorker: RunningProcess = await startProcess(
      'floor-worker',
      join(__dirname, 'floor', 'floor-worker.js'),
      { FLOOR_TASK_QUEUE: taskQueue },
    );
    const connection = await Connection.connect({ address: process.env.TEMPORAL_ADDRESS! });
    const client = new Client({ connection, namespace: process.env.TEMPORAL_NAMESPACE ?? 'default' });
    const once = async () => {
      const workflowId = `floor:${randomUUID()}`;
      await client.workflow.executeUpdateWithStart(pingUpdate, {
        updateId: `place:${workflowId}`,
        startWorkflowOperation: new WithStartWorkflowOperation(emptyWorkflow, {
          workflowId,
          taskQueue,
          workflowIdConflictPolicy: 'USE_EXISTING',
          workflowIdReusePolicy: 'REJECT_DUPLICATE',
        }),
      });
    };
    try {
      log(`5a. floor: bare update-with-start of an empty workflow, ${CONFIG.writeClients} clients`);
      await closedLoop(5, 3, once); // warm-up
      const sample = () =>
        sampleCpu({
          temporal: Number(process.env.TEMPORAL_SERVER_PID) || undefined,
          'floor worker': floorWorker.child.pid,
        });
      let before = sample();
      const run = await closedLoop(CONFIG.writeClients, CONFIG.durationSeconds, once);
      const cpuMsPerRequest = cpuPerRequest(before, sample(), run.requests);
      log(`5d. floor: bare update-with-start, 1 client, ${CONFIG.durationSeconds} s`);
      const oneClient = await closedLoop(1, CONFIG.durationSeconds, once);
      const closed = { ...run, cpuMsPerRequest, oneClient };
      const rate = CONFIG.sustainedRates[0];
      log(`5c. floors together at ${rate}/s, open loop, ${CONFIG.durationSeconds} s`);
      before = sample();
      const [updateWithStart, holdSqlAtRate] = await Promise.all([
        openLoop(rate, CONFIG.durationSeconds, once),
        openLoop(rate, CONFIG.durationSeconds, holdSql),
      ]);
      const atRate: FloorsAtRate = {
        rate,
        updateWithStart,
        holdSql: holdSqlAtRate,
        cpuMsPerBooking: cpuPerRequest(before, sample(), updateWithStart.requests),
      };
      return { closed, atRate };
    } finally {
      await connection.close();
      await floorWorker.stop();
    }
  }
}

type ScaleConfig = NonNullable<typeof SCALE>;

/** The scale book, written in bulk and checked for the two book invariants before any phase. */
async function seedScale(
  prisma: PrismaClient,
  scale: ScaleConfig,
): Promise<ScaleBook & { check: Awaited<ReturnType<typeof checkTablesAndPacing>> }> {
  log(
    `scale book: ${scale.restaurants} restaurants × ${scale.days} days (${scale.futureDays} ahead), fill ` +
      `${scale.fill}: about ${scaleBookEstimate(scale).toLocaleString('en')} bookings`,
  );
  const book = await seedScaleBook(prisma, { ...scale, log });
  const perThousand = (book.bookingSeconds * 1000) / Math.max(1, book.bookings);
  log(
    `   seeded ${book.bookings} bookings (${book.tableAssignments} table assignments, ${book.events} events, ` +
      `${book.outboxEvents} outbox rows): restaurants ${book.restaurantSeconds.toFixed(1)} s, bookings ` +
      `${book.bookingSeconds.toFixed(1)} s (${perThousand.toFixed(2)} s per 1,000)`,
  );
  const checkStarted = performance.now();
  const check = await checkTablesAndPacing(
    prisma,
    book.restaurants.map((r) => r.id),
  );
  log(
    `   book check (${((performance.now() - checkStarted) / 1000).toFixed(1)} s): overlapping assignments ` +
      `${check.overlappingAssignments}, pacing slots over limit ${check.pacingExceeded}`,
  );
  return { ...book, check };
}

/** The open booking workflows of the scale book, started against the running worker. */
async function openScaleWorkflows(prisma: PrismaClient, book: ScaleBook, scale: ScaleConfig) {
  const { client, connection, taskQueue } = await connectBookingClient();
  try {
    log(`   starting ${scale.openWorkflows} open booking workflows, ${scale.workflowConcurrency} at a time`);
    const open = await startOpenWorkflows(prisma, client, {
      restaurantIds: book.restaurants.map((r) => r.id),
      count: scale.openWorkflows,
      concurrency: scale.workflowConcurrency,
      taskQueue,
      log,
    });
    log(
      `   ${open.started} open workflows in ${open.seconds.toFixed(1)} s ` +
        `(${(open.started / open.seconds).toFixed(0)}/s, ${((open.seconds * 1000) / Math.max(1, open.started)).toFixed(2)} s per 1,000), ${open.failed} failed`,
    );
    return open;
  } finally {
    await connection.close();
  }
}

/** The highest arrival rate counts as held when it was achieved with p95 in target and no errors. */
function heldRate(run: LoadResult, rate: number): boolean {
  return run.rps >= rate * 0.97 && run.p95 <= TARGETS.writeP95Ms && errorsOf(run) === 0;
}

/** Bookings answered 202 are followed in Postgres until confirmed (or 30 s pass). */
async function followPending(
  prisma: PrismaClient,
  pending: readonly { id: string; sentAt: number }[],
): Promise<number[]> {
  const times: number[] = [];
  const open = new Map(pending.map((p) => [p.id, p.sentAt]));
  const until = performance.now() + 30_000;
  while (open.size > 0 && performance.now() < until) {
    const rows = await prisma.booking.findMany({
      where: { id: { in: [...open.keys()] }, status: 'confirmed' },
      select: { id: true },
    });
    for (const row of rows) {
      times.push(performance.now() - open.get(row.id)!);
      open.delete(row.id);
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  return times;
}

/** The same repository call the holdBooking activity makes, on restaurants of its own. */
function holdSqlCall(
  prisma: PrismaClient,
  floorSet: Awaited<ReturnType<typeof seedBenchRestaurants>>,
): () => Promise<void> {
  const repository = new BookingPlacementRepository(prisma);
  // The same restaurants and spread as the HTTP paths, a different seed: other slots, same contention.
  const planner = new BookingPlanner(floorSet.restaurants, upcomingDates(CONFIG.days + 1).slice(1), 11);
  return async () => {
    const { body, idempotencyKey } = planner.next();
    const bookingId = randomUUID();
    await repository.holdBooking({
      ...body,
      bookingId,
      workflowId: `floor:${bookingId}`,
      channel: 'api',
      apiKeyId: floorSet.apiKeyId,
      idempotencyKey,
      requestFingerprint: 'floor',
      mode: 'hold',
      actor: 'bench:floor',
    });
  };
}

function machineDescription(): string {
  return `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`;
}

function log(message: string): void {
  console.log(`[bench] ${message}`);
}

export type { LatencySummary };

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
