/**
 * `npm run bench:timers`: the CPU one booking timer costs when it fires — a reminder, a no-show,
 * a completion — with the workflow out of the worker's cache, as it is when a worker carries more
 * open bookings than it caches (by default TEMPORAL_MAX_CACHED_WORKFLOWS=0 here: every firing
 * replays the booking's history). See README.md "Performance".
 *
 *   1. N bookings of each kind written straight to Postgres (scale-book.ts), their times chosen so
 *      that the kind's next timer falls in its own window: reminders first, then no-shows, then
 *      completions, each window BENCH_TIMER_WINDOW_SECONDS long, BENCH_TIMER_GAP_SECONDS apart
 *   2. their booking workflows started the way the gateway starts one; each waits on that timer;
 *      then the worker is restarted with that cache size, so no workflow is in its cache
 *   3. a first window of reminders (other restaurants) warms the fresh worker up and is not
 *      counted; a quiet spell after it measures what the processes burn idle
 *   4. per window: CPU of worker, Temporal server and Postgres from just before the first firing
 *      until the last one is recorded in Postgres, divided by the firings, idle subtracted
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createPrismaClient, type PrismaClient } from '@tablekeeper/db';
import { connectBookingClient } from './support/booking-client';
import { freshDatabase, seedBenchRestaurants } from './support/bench-database';
import { startApp } from './support/gateway-process';
import { cpuPerRequest, sampleCpu, type CpuSample } from './support/cpu';
import { checkTablesAndPacing } from './support/invariants';
import { createStaging, dropStaging, startOpenWorkflows, writeStaged } from './support/scale-book';

const num = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const CONFIG = {
  firingsPerKind: num('BENCH_TIMER_FIRINGS', 300),
  windowSeconds: num('BENCH_TIMER_WINDOW_SECONDS', 20),
  /** Workflows the worker keeps cached; 0: every firing replays (a worker with more open bookings). */
  maxCachedWorkflows: num('BENCH_TIMER_MAX_CACHED_WORKFLOWS', 0),
  /** Workflows started per second, assumed to plan the first window; measured and reported. */
  startRate: num('BENCH_TIMER_START_RATE', 15),
  startConcurrency: num('BENCH_TIMER_START_CONCURRENCY', 16),
  idleSeconds: num('BENCH_TIMER_IDLE_SECONDS', 5),
  /** Between one kind's window and the next: time for late firings, so two kinds never mix. */
  gapSeconds: num('BENCH_TIMER_GAP_SECONDS', 30),
  /** 0: the workflows' own worker fires their timers (with the cache above: all cached, if it is large). */
  restartWorker: process.env.BENCH_TIMER_RESTART_WORKER !== '0',
};

const KINDS = ['reminder', 'no_show', 'completion'] as const;
type Kind = (typeof KINDS)[number];

/** Six bookings of one kind per restaurant: six tables of their own, one pacing slot's parties. */
const PER_RESTAURANT = 6;
const TABLES: Record<Kind, string[]> = {
  reminder: ['T1', 'T2', 'T3', 'T4', 'T5', 'T6'],
  no_show: ['T11', 'T12', 'T13', 'T14', 'T17', 'T18'],
  completion: ['T7', 'T8', 'T9', 'T10', 'T19', 'T20'],
};
const MINUTE = 60_000;
/** The demo policy (prisma/demo-restaurant.ts): reminders 24 h and 2 h ahead, 15 min grace, 90 min. */
const REMINDER_LEAD_MS = 2 * 60 * MINUTE;
const GRACE_MS = 15 * MINUTE;
const DURATION_MS = 90 * MINUTE;

interface Window {
  readonly kind: Kind;
  /** Reminders fired first and not counted: the fresh worker's code compiled, its pools opened. */
  readonly warmUp: boolean;
  readonly from: number;
  readonly to: number;
  readonly bookingIds: string[];
}

interface Measured {
  readonly kind: Kind;
  readonly firings: number;
  readonly seconds: number;
  readonly lastFiringLagMs: number;
  readonly cpuMsPerFiring: Record<string, number>;
  readonly idleMsPerFiring: Record<string, number>;
}

async function main(): Promise<void> {
  const databaseUrl = process.env.BENCH_DATABASE_URL!;
  const n = CONFIG.firingsPerKind;
  log(
    `${n} firings of each kind, ${CONFIG.windowSeconds} s windows, worker cache ${CONFIG.maxCachedWorkflows}`,
  );
  await freshDatabase(databaseUrl);
  const prisma = createPrismaClient(databaseUrl, { poolSize: 10 });
  // One set of restaurants for the measured windows, one for the warm-up's reminders.
  const restaurantCount = Math.ceil(n / PER_RESTAURANT);
  const { restaurants, apiKeyId } = await seedBenchRestaurants(prisma, 2 * restaurantCount, 'timers');
  const restaurantIds = restaurants.map((r) => r.id);

  // The first window opens once every workflow can have been started at the assumed rate and the
  // worker restarted.
  const setupMs = ((4 * n) / CONFIG.startRate) * 1000 + 30_000;
  const firstFiring = Date.now() + setupMs;
  const gap = CONFIG.gapSeconds * 1000;
  const kinds: [Kind, boolean][] = [['reminder', true], ...KINDS.map((k): [Kind, boolean] => [k, false])];
  const windows: Window[] = kinds.map(([kind, warmUp], i) => {
    const from = firstFiring + i * (CONFIG.windowSeconds * 1000 + gap);
    return { kind, warmUp, from, to: from + CONFIG.windowSeconds * 1000, bookingIds: [] };
  });
  await seedTimerBookings(prisma, windows, restaurantIds, restaurantCount, apiKeyId, n);
  const check = await checkTablesAndPacing(prisma, restaurantIds);
  log(`   book check: overlapping ${check.overlappingAssignments}, pacing over ${check.pacingExceeded}`);

  // The workflows start on a worker with the production cache; the one that fires their timers
  // starts afresh with BENCH_TIMER_MAX_CACHED_WORKFLOWS, so none of them is in its cache.
  const measuredCache = { TEMPORAL_MAX_CACHED_WORKFLOWS: String(CONFIG.maxCachedWorkflows) };
  let worker = await startApp('worker', {
    DATABASE_URL: databaseUrl,
    ...(CONFIG.restartWorker ? {} : measuredCache),
  });
  const { client, connection, taskQueue } = await connectBookingClient();
  const cpu = () =>
    sampleCpu({ worker: worker.child.pid, temporal: Number(process.env.TEMPORAL_SERVER_PID) || undefined });
  try {
    log(`starting ${4 * n} booking workflows`);
    const open = await startOpenWorkflows(prisma, client, {
      restaurantIds,
      count: 4 * n,
      bookingIds: windows.flatMap((w) => w.bookingIds),
      concurrency: CONFIG.startConcurrency,
      taskQueue,
      log,
    });
    const rate = open.started / open.seconds;
    log(
      `   ${open.started} started in ${open.seconds.toFixed(1)} s (${rate.toFixed(1)}/s), ${open.failed} failed`,
    );
    if (CONFIG.restartWorker) {
      await worker.stop();
      worker = await startApp('worker', { DATABASE_URL: databaseUrl, ...measuredCache });
      log(`   worker restarted with a cache of ${CONFIG.maxCachedWorkflows} workflows`);
    }
    const late = Date.now() + 2_000 - windows[0].from;
    if (late > 0) {
      throw new Error(
        `the workflows and the worker were ready only ${Math.round(late / 1000)} s before the first timer ` +
          `(or after it); lower BENCH_TIMER_START_RATE (measured ${rate.toFixed(1)}/s)`,
      );
    }
    let idlePerSecond: CpuSample = {};
    const measured: Measured[] = [];
    for (const [i, window] of windows.entries()) {
      await sleep(window.from - Date.now() - 500);
      const before = cpu();
      const started = performance.now();
      // A kind's count stops before the next kind's first firing, whether or not all fired.
      const deadline = windows[i + 1] ? windows[i + 1].from - 1_000 : window.to + 60_000;
      const fired = await waitForFirings(prisma, window, deadline);
      if (window.warmUp) {
        log(`   warm-up: ${fired}/${window.bookingIds.length} reminders fired, not counted`);
        // Idle, between the warm-up and the first counted window: what the processes burn anyway.
        await sleep(1_000);
        const idleMs = Math.min(CONFIG.idleSeconds * 1000, windows[i + 1].from - Date.now() - 1_500);
        const idleBefore = cpu();
        const idleStarted = performance.now();
        await sleep(idleMs);
        idlePerSecond = cpuPerRequest(idleBefore, cpu(), (performance.now() - idleStarted) / 1000);
        continue;
      }
      const after = cpu();
      const seconds = (performance.now() - started) / 1000;
      const raw = cpuPerRequest(before, after, fired);
      const idle = Object.fromEntries(
        Object.entries(idlePerSecond).map(([name, v]) => [name, fired > 0 ? (v * seconds) / fired : NaN]),
      );
      const net = Object.fromEntries(
        Object.entries(raw).map(([name, v]) => [name, Math.max(0, v - (idle[name] ?? 0))]),
      );
      measured.push({
        kind: window.kind,
        firings: fired,
        seconds,
        lastFiringLagMs: Date.now() - window.to,
        cpuMsPerFiring: net,
        idleMsPerFiring: idle,
      });
      log(
        `   ${window.kind}: ${fired}/${window.bookingIds.length} fired in ${seconds.toFixed(1)} s` +
          `${fired < n ? ' (not all before the next window: raise BENCH_TIMER_GAP_SECONDS)' : ''}; ms per firing ` +
          ['worker', 'temporal', 'postgres'].map((p) => `${p} ${fmt(net[p])}`).join(', '),
      );
    }
    const report = {
      startedAt: new Date().toISOString(),
      config: CONFIG,
      workflowsStarted: open.started,
      workflowStartSeconds: open.seconds,
      idleCpuMsPerSecond: idlePerSecond,
      measured,
      rssMiB: { worker: worker.peakRssMiB() },
      bookCheck: check,
    };
    const markdown = render(report);
    console.log(markdown);
    const dir = join(process.cwd(), 'results');
    mkdirSync(dir, { recursive: true });
    const stamp = report.startedAt.replace(/[:.]/g, '-');
    writeFileSync(join(dir, `timers-${stamp}.json`), JSON.stringify(report, null, 2));
    writeFileSync(join(dir, `timers-${stamp}.md`), markdown);
    console.log(`written results/timers-${stamp}.json and .md`);
    const allFired = measured.every((m) => m.firings === n);
    process.exitCode =
      allFired && open.failed === 0 && check.overlappingAssignments === 0 && check.pacingExceeded === 0
        ? 0
        : 1;
  } finally {
    await connection.close();
    await worker.stop();
    await prisma.$disconnect();
  }
}

/**
 * Each window's bookings, spread evenly over it: a reminder's booking starts 2 h after its
 * firing, a no-show's started 15 min before it, a completion's (already seated) ends at it.
 */
async function seedTimerBookings(
  prisma: PrismaClient,
  windows: Window[],
  restaurantIds: readonly string[],
  restaurantCount: number,
  apiKeyId: string,
  n: number,
): Promise<void> {
  const rows: { id: string; restaurantId: string; startsAt: Date; label: string; status: string }[] = [];
  for (const window of windows) {
    for (let i = 0; i < n; i++) {
      const firesAt = window.from + ((window.to - window.from) * (i + 0.5)) / n;
      const startsAt =
        window.kind === 'reminder'
          ? firesAt + REMINDER_LEAD_MS
          : window.kind === 'no_show'
            ? firesAt - GRACE_MS
            : firesAt - DURATION_MS;
      const id = randomUUID();
      window.bookingIds.push(id);
      rows.push({
        id,
        restaurantId: restaurantIds[Math.floor(i / PER_RESTAURANT) + (window.warmUp ? restaurantCount : 0)],
        startsAt: new Date(Math.round(startsAt)),
        label: TABLES[window.kind][i % PER_RESTAURANT],
        status: window.kind === 'completion' ? 'checked_in' : 'confirmed',
      });
    }
  }
  await createStaging(prisma);
  await prisma.$transaction(async (tx) => {
    // Pacing counts a booking in the slot its start falls in (15 minutes from the hour).
    await tx.$executeRawUnsafe(
      `INSERT INTO scale_seed
       SELECT id, gen_random_uuid(), restaurant_id, nextval('scale_guest_seq'), starts_at,
              starts_at + interval '90 minutes', now() - interval '1 day', 2, ARRAY[label], status, 'api', NULL
       FROM unnest($1::uuid[], $2::uuid[], $3::timestamptz[], $4::text[], $5::text[])
         AS r(id, restaurant_id, starts_at, label, status)`,
      rows.map((r) => r.id),
      rows.map((r) => r.restaurantId),
      rows.map((r) => r.startsAt.toISOString()),
      rows.map((r) => r.label),
      rows.map((r) => r.status),
    );
    await writeStaged(tx, apiKeyId);
    await tx.$executeRawUnsafe(
      `UPDATE bookings b SET pacing_slot_start = date_bin('15 minutes', b.starts_at, TIMESTAMPTZ '2000-01-01')
       FROM scale_seed s WHERE s.id = b.id`,
    );
  });
  await dropStaging(prisma);
}

/** Polls Postgres for what each firing leaves: a reminder's outbox row, a no-show, a completion. */
async function waitForFirings(prisma: PrismaClient, window: Window, until: number): Promise<number> {
  const ids = window.bookingIds;
  for (;;) {
    const [{ fired }] =
      window.kind === 'reminder'
        ? await prisma.$queryRaw<{ fired: number }[]>`
            SELECT COUNT(*)::int AS fired FROM outbox_events
            WHERE booking_id = ANY(${ids}::uuid[]) AND type = 'booking.reminder_due'`
        : await prisma.$queryRaw<{ fired: number }[]>`
            SELECT COUNT(*)::int AS fired FROM bookings
            WHERE id = ANY(${ids}::uuid[]) AND status::text = ${window.kind === 'no_show' ? 'no_show' : 'completed'}`;
    if (fired >= ids.length || Date.now() > until) return fired;
    // Once a second: the poll's own Postgres time stays small beside the firings'.
    await sleep(1_000);
  }
}

function render(report: {
  config: typeof CONFIG;
  measured: Measured[];
  idleCpuMsPerSecond: CpuSample;
}): string {
  const parts = ['worker', 'temporal', 'postgres', 'redis'];
  const rows = report.measured.map((m) => {
    const total = parts.reduce((sum, p) => sum + (m.cpuMsPerFiring[p] ?? 0), 0);
    return `| ${m.kind} | ${m.firings} | ${m.seconds.toFixed(1)} | ${parts.map((p) => fmt(m.cpuMsPerFiring[p])).join(' | ')} | ${fmt(total)} | ${fmt(1000 / (m.cpuMsPerFiring.worker ?? NaN))} |`;
  });
  return [
    '# Booking timers: CPU per firing',
    '',
    `${report.config.firingsPerKind} firings of each kind spread over ${report.config.windowSeconds} s, worker cache ` +
      `${report.config.maxCachedWorkflows} workflows (0: every firing replays its history), worker ` +
      `${report.config.restartWorker ? 'restarted after the workflows started' : 'not restarted'}. CPU from just before a ` +
      `window's first firing until Postgres shows the last one, idle CPU subtracted ` +
      `(idle per second: ${Object.entries(report.idleCpuMsPerSecond)
        .map(([p, v]) => `${p} ${fmt(v)} ms`)
        .join(', ')}).`,
    '',
    `| timer | firings | seconds | worker ms | Temporal ms | Postgres ms | Redis ms | total ms | firings per worker CPU-second |`,
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
  ].join('\n');
}

const fmt = (v: number | undefined) => (v !== undefined && Number.isFinite(v) ? v.toFixed(2) : '–');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms)));

function log(message: string): void {
  console.log(`[bench:timers] ${message}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
