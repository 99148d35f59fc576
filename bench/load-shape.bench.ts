/**
 * `npm run bench:load-shape` (also the last part of `npm run bench`): how the service bends under
 * the load a busy evening brings, and under more than it can take.
 *
 *   M. mixed: guests reading availability while others book, on the same restaurant and days,
 *      open loop (BENCH_MIXED_BOOKINGS_RATE 12/s + BENCH_MIXED_AVAILABILITY_RATE 120/s)
 *   O. overload: BENCH_OVERLOAD_FACTOR (3) × the mixed rates' booking share sized to the
 *      machine's booking capacity (BENCH_BOOKING_CAPACITY, 40/s here), availability alongside
 *
 * For each: goodput, share shed (503 overloaded), p95 of accepted answers, 5xx other than
 * shedding, peak RSS of gateway and worker, whether either process died, and the invariant check
 * (no duplicate, lost, overlapping or over-paced booking).
 */
import { createPrismaClient } from '@tablekeeper/db';
import { freshDatabase, seedDemoRestaurant, upcomingDates } from './support/bench-database';
import { BookingPlanner } from './support/booking-plans';
import { startApp, type RunningProcess } from './support/gateway-process';
import { checkInvariants, Ledger, waitForSettled, type InvariantReport } from './support/invariants';
import { drive, percentile, type LoadResult } from './support/load';

const num = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const CONFIG = {
  seconds: num('BENCH_LOAD_SHAPE_SECONDS', 30),
  mixedBookingsRate: num('BENCH_MIXED_BOOKINGS_RATE', 12),
  mixedAvailabilityRate: num('BENCH_MIXED_AVAILABILITY_RATE', 120),
  bookingCapacity: num('BENCH_BOOKING_CAPACITY', 40),
  overloadFactor: num('BENCH_OVERLOAD_FACTOR', 3),
  days: num('BENCH_LOAD_SHAPE_DAYS', 14),
};

interface PathFigures {
  readonly offered: number;
  readonly achieved: number;
  /** Answers other than 503 overloaded and transport errors, per second. */
  readonly goodput: number;
  readonly shedShare: number;
  readonly acceptedP50: number;
  readonly acceptedP95: number;
  /** 5xx other than shedding, and transport errors (timeouts, resets). */
  readonly failures: number;
  readonly statuses: Record<string, number>;
}

interface PhaseFigures {
  readonly name: string;
  readonly bookings: PathFigures;
  readonly availability: PathFigures;
  readonly rssMiB: { readonly gateway: number; readonly worker: number };
  readonly crashed: string[];
}

async function main(): Promise<void> {
  const databaseUrl = process.env.BENCH_DATABASE_URL!;
  await freshDatabase(databaseUrl);
  const prisma = createPrismaClient(databaseUrl, { poolSize: 4 });
  const demo = await seedDemoRestaurant(prisma, 'load-shape');
  const dates = upcomingDates(CONFIG.days);
  const env = { DATABASE_URL: databaseUrl };
  const worker = await startApp('worker', env);
  const gateway = await startApp('gateway', env);
  const ledger = new Ledger();
  const planner = new BookingPlanner([{ id: demo.restaurantId, timezone: 'Europe/London' }], dates, 23);
  const headers = { authorization: `Bearer ${demo.apiKey}` };
  let n = 0;

  const phase = async (
    name: string,
    bookingsRate: number,
    availabilityRate: number,
  ): Promise<PhaseFigures> => {
    log(`${name}: ${bookingsRate} bookings/s + ${availabilityRate} availability/s for ${CONFIG.seconds} s`);
    const bookingTimes: number[] = [];
    const availabilityTimes: number[] = [];
    const accepted = (times: number[]) => (status: number, _body: string, sentAt: number) => {
      if (status < 500) times.push(performance.now() - sentAt);
    };
    const [bookings, availability] = await Promise.all([
      drive({
        url: gateway.url,
        // One second's worth of clients: the arrival rate, not the answer time, sets the pace.
        connections: Math.max(10, Math.ceil(bookingsRate)),
        durationSeconds: CONFIG.seconds,
        overallRate: bookingsRate,
        headers,
        next: () => {
          const { body, idempotencyKey } = planner.next();
          ledger.sent.set(idempotencyKey, 'book');
          return {
            method: 'POST' as const,
            path: '/v1/bookings',
            body,
            headers: { 'idempotency-key': idempotencyKey },
          };
        },
        onAnswer: (status, body, sentAt) => {
          accepted(bookingTimes)(status, body, sentAt);
          if (status === 201 || status === 202) {
            const id = (JSON.parse(body) as { id?: string }).id;
            if (id) ledger.accepted.set(id, 'book');
          }
        },
      }),
      drive({
        url: gateway.url,
        connections: Math.max(10, Math.ceil(availabilityRate)),
        durationSeconds: CONFIG.seconds,
        overallRate: availabilityRate,
        headers,
        next: () => {
          n++;
          const date = dates[(n * 7) % dates.length];
          return {
            path: `/v1/restaurants/${demo.restaurantId}/availability?date=${date}&partySize=${1 + (n % 6)}`,
          };
        },
        onAnswer: accepted(availabilityTimes),
      }),
    ]);
    const figures: PhaseFigures = {
      name,
      bookings: pathFigures(bookings, bookingsRate, bookingTimes),
      availability: pathFigures(availability, availabilityRate, availabilityTimes),
      rssMiB: { gateway: gateway.peakRssMiB(), worker: worker.peakRssMiB() },
      crashed: crashedOf({ gateway, worker }),
    };
    log(
      `   bookings goodput ${figures.bookings.goodput.toFixed(1)}/s, p95 ${figures.bookings.acceptedP95.toFixed(0)} ms, shed ${(figures.bookings.shedShare * 100).toFixed(0)}%; ` +
        `availability goodput ${figures.availability.goodput.toFixed(1)}/s, p95 ${figures.availability.acceptedP95.toFixed(1)} ms, shed ${(figures.availability.shedShare * 100).toFixed(0)}%`,
    );
    return figures;
  };

  const phases: PhaseFigures[] = [];
  let invariants: InvariantReport | undefined;
  try {
    await phase('warm-up', 5, 50);
    phases.push(await phase('M. mixed', CONFIG.mixedBookingsRate, CONFIG.mixedAvailabilityRate));
    const factor = CONFIG.overloadFactor;
    phases.push(
      await phase(
        'O. overload',
        Math.round(CONFIG.bookingCapacity * factor),
        Math.round(CONFIG.mixedAvailabilityRate * factor),
      ),
    );
    log('   invariant check');
    await waitForSettled(prisma, [demo.restaurantId], ledger);
    invariants = await checkInvariants(prisma, { restaurantIds: [demo.restaurantId], ledger });
  } finally {
    await Promise.all([gateway.stop(), worker.stop()]);
    await prisma.$disconnect();
  }
  console.log(markdown(phases, invariants));
  const crashed = phases.some((p) => p.crashed.length > 0);
  process.exitCode = invariants?.ok && !crashed ? 0 : 1;
}

function pathFigures(run: LoadResult, offered: number, acceptedTimes: number[]): PathFigures {
  const shed = run.statuses['503'] ?? 0;
  const otherFailures = Object.entries(run.statuses)
    .filter(([status]) => Number(status) >= 500 && status !== '503')
    .reduce((sum, [, count]) => sum + count, 0);
  const sorted = [...acceptedTimes].sort((a, b) => a - b);
  const answered = run.requests + run.errors;
  return {
    offered,
    achieved: run.rps,
    goodput: acceptedTimes.length / CONFIG.seconds,
    shedShare: answered > 0 ? shed / answered : 0,
    acceptedP50: percentile(sorted, 50),
    acceptedP95: percentile(sorted, 95),
    failures: otherFailures + run.errors,
    statuses: run.statuses,
  };
}

function crashedOf(processes: Record<string, RunningProcess>): string[] {
  return Object.entries(processes)
    .filter(([, p]) => p.child.exitCode !== null || p.child.signalCode !== null)
    .map(([name]) => name);
}

function markdown(phases: readonly PhaseFigures[], invariants: InvariantReport | undefined): string {
  const f = (v: number, digits = 1) => (Number.isFinite(v) ? v.toFixed(digits) : '–');
  const rows = phases.flatMap((p) =>
    (['bookings', 'availability'] as const).map((path) => {
      const x = p[path];
      return `| ${p.name} | ${path} | ${x.offered} | ${f(x.achieved)} | ${f(x.goodput)} | ${f(x.shedShare * 100, 0)}% | ${f(x.acceptedP50)} | ${f(x.acceptedP95)} | ${x.failures} |`;
    }),
  );
  return [
    '',
    '## Load shape (mixed and overload)',
    '',
    '| phase | path | offered /s | answered /s | goodput /s | shed | p50 ms (accepted) | p95 ms (accepted) | failures (5xx other than shed, transport) |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
    ...phases.map(
      (p) =>
        `${p.name}: peak RSS gateway ${p.rssMiB.gateway} MiB, worker ${p.rssMiB.worker} MiB; crashed: ${p.crashed.length ? p.crashed.join(', ') : 'none'}`,
    ),
    `Invariants: ${invariants ? (invariants.ok ? 'all intact' : `**broken** ${JSON.stringify(invariants)}`) : 'not checked'}`,
    '',
  ].join('\n');
}

function log(message: string): void {
  console.log(`[bench] ${message}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
