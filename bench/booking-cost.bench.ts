/**
 * `npm run bench:booking-cost`: what one booking costs, process by process. Drives POST
 * /v1/bookings at 20 clients (BENCH_WRITE_CLIENTS) for 20 s (BENCH_DURATION_SECONDS) against a
 * fresh data set and prints CPU milliseconds per booking of the gateway, the worker, the Temporal
 * dev server, Postgres and Redis, with latency and peak RSS. The full `npm run bench` takes ~8
 * minutes; this takes one, so it is the tool for comparing two versions of the booking path
 * (compare CPU per booking: throughput on a shared VM varies more than CPU does).
 * BENCH_CONFIG=start runs the apps and Temporal as `npm start` does (scripts/bench.mjs).
 */
import { freshDatabase, seedBenchRestaurants, upcomingDates } from './support/bench-database';
import { BookingPlanner } from './support/booking-plans';
import { startApp } from './support/gateway-process';
import { cpuPerRequest, sampleCpu, sampleThreads } from './support/cpu';
import { drive, fmt } from './support/load';
import { createPrismaClient } from '@tablekeeper/db';

const clients = Number(process.env.BENCH_WRITE_CLIENTS ?? 20);
const seconds = Number(process.env.BENCH_DURATION_SECONDS ?? 20);

async function main(): Promise<void> {
  const databaseUrl = process.env.BENCH_DATABASE_URL!;
  await freshDatabase(databaseUrl);
  const prisma = createPrismaClient(databaseUrl, { poolSize: 2 });
  const bench = await seedBenchRestaurants(prisma, 6);
  await prisma.$disconnect();

  const env = { DATABASE_URL: databaseUrl };
  const worker = await startApp('worker', env);
  const gateway = await startApp('gateway', env);
  const planner = new BookingPlanner(bench.restaurants, upcomingDates(61).slice(1));
  const headers = { authorization: `Bearer ${bench.apiKey}` };
  const next = () => {
    const { body, idempotencyKey } = planner.next();
    return {
      method: 'POST' as const,
      path: '/v1/bookings',
      body,
      headers: { 'idempotency-key': idempotencyKey },
    };
  };
  const cpu = () =>
    sampleCpu({
      gateway: gateway.child.pid,
      worker: worker.child.pid,
      temporal: Number(process.env.TEMPORAL_SERVER_PID) || undefined,
    });
  try {
    await drive({ url: gateway.url, connections: 5, durationSeconds: 5, headers, next }); // warm-up
    const before = cpu();
    const workerThreadsBefore = sampleThreads(worker.child.pid);
    const run = await drive({
      url: gateway.url,
      connections: clients,
      durationSeconds: seconds,
      headers,
      next,
    });
    const perBooking = cpuPerRequest(before, cpu(), run.requests);
    const workerThreads = cpuPerRequest(workerThreadsBefore, sampleThreads(worker.child.pid), run.requests);
    const total = Object.entries(perBooking)
      .filter(([name]) => name !== 'bench')
      .reduce((sum, [, ms]) => sum + ms, 0);
    const configuration = process.env.BENCH_CONFIG === 'start' ? "npm start's" : 'production';
    console.log(
      `POST /v1/bookings (${configuration} configuration), ${clients} clients, ${seconds} s: ${run.rps.toFixed(1)}/s, p50 ${fmt(run.p50)}, ` +
        `p95 ${fmt(run.p95)}, p99 ${fmt(run.p99)}, statuses ${JSON.stringify(run.statuses)}`,
    );
    console.log(
      `CPU ms per booking: ${Object.entries(perBooking)
        .map(([name, ms]) => `${name} ${ms.toFixed(1)}`)
        .join(', ')}; total (without the load generator) ${total.toFixed(1)}`,
    );
    console.log(
      `worker CPU ms per booking by thread: ${Object.entries(workerThreads)
        .filter(([, ms]) => ms >= 0.05)
        .sort(([, a], [, b]) => b - a)
        .map(([name, ms]) => `${name} ${ms.toFixed(1)}`)
        .join(', ')}`,
    );
    console.log(
      `peak RSS: gateway ${gateway.peakRssMiB().toFixed(0)} MiB, worker ${worker.peakRssMiB().toFixed(0)} MiB`,
    );
    process.exitCode = run.errors === 0 && run.non2xx === 0 ? 0 : 1;
  } finally {
    await Promise.all([gateway.stop(), worker.stop()]);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
