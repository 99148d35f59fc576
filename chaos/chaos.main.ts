/**
 * `npm run chaos`: the fault suite. On its own Postgres cluster, Redis server and Temporal dev
 * server (nothing the machine or another run shares), one worker and two gateways take paced
 * booking load from agents that retry, while the worker, each gateway (with requests on the wire),
 * Postgres, Redis and the Temporal server are killed and restarted one after another. Then every
 * booking settles and fault-checks.ts holds what the agents were told against Postgres. Prints a
 * table; exits 1 if any invariant broke or a fault never recovered.
 *
 *   CHAOS_RATE (5 bookings/s), CHAOS_CALM_MS (5000), CHAOS_DAYS (3), CHAOS_RESTAURANTS (1)
 */
import { createPrismaClient, migrate } from '@tablekeeper/db';
import { seedBenchRestaurants, upcomingDates } from '../bench/support/bench-database';
import type { GatewayTarget } from './agent-client';
import { runFaults, type Fault, type FaultRunReport } from './fault-run';
import { AppProcess } from './services/app-process';
import { PostgresServer } from './services/postgres-server';
import { RedisServer } from './services/redis-server';
import type { Restartable } from './services/restartable';
import { TemporalServer } from './services/temporal-server';

const num = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const CONFIG = {
  rate: num('CHAOS_RATE', 5),
  calmMs: num('CHAOS_CALM_MS', 5_000),
  days: num('CHAOS_DAYS', 3),
  restaurants: num('CHAOS_RESTAURANTS', 1),
};

async function main(): Promise<number> {
  const started = Date.now();
  const everything: Restartable[] = [];
  const cleanUp = async () => {
    // Ours first (they hold connections), the dependencies last.
    for (const part of [...everything].reverse()) await part.dispose().catch(() => undefined);
  };
  process.once('SIGINT', () => void cleanUp().finally(() => process.exit(130)));
  try {
    log('starting a private Postgres, Redis and Temporal dev server');
    const postgres = await PostgresServer.create();
    everything.push(postgres);
    const redis = await RedisServer.create();
    everything.push(redis);
    const temporal = await TemporalServer.create();
    everything.push(temporal);
    const databaseUrl = await postgres.createDatabase('tablekeeper_chaos');
    await migrate(databaseUrl);
    const prisma = createPrismaClient(databaseUrl, { poolSize: 4 });
    try {
      const { restaurants, apiKey } = await seedBenchRestaurants(prisma, CONFIG.restaurants, 'chaos');
      const env = {
        DATABASE_URL: databaseUrl,
        REDIS_URL: redis.url,
        REDIS_KEY_PREFIX: 'chaos:',
        TEMPORAL_ADDRESS: temporal.address,
        TEMPORAL_TASK_QUEUE: 'chaos',
      };
      const worker = await AppProcess.create('worker', 'worker', env);
      everything.push(worker);
      const gateways = [
        await AppProcess.create('gateway-1', 'gateway', env),
        await AppProcess.create('gateway-2', 'gateway', env),
      ];
      everything.push(...gateways);
      const targets: GatewayTarget[] = gateways.map((g) => ({ url: g.url, inFlight: 0 }));
      const faults: Fault[] = [
        { label: 'worker killed', target: worker, downMs: 1_000 },
        { label: 'gateway-1 killed mid-request', target: gateways[0], downMs: 1_000, midRequest: targets[0] },
        { label: 'gateway-2 killed mid-request', target: gateways[1], downMs: 1_000, midRequest: targets[1] },
        {
          label: 'gateway-1 killed mid-request again',
          target: gateways[0],
          downMs: 1_000,
          midRequest: targets[0],
        },
        { label: 'postgres crashed (immediate shutdown)', target: postgres, downMs: 3_000 },
        { label: 'redis killed (all its data lost)', target: redis, downMs: 2_000 },
        { label: 'temporal server killed', target: temporal, downMs: 3_000 },
      ];
      log(
        `${CONFIG.rate} bookings/s from retrying agents over ${restaurants.length} restaurants, ` +
          `${faults.length} faults ${CONFIG.calmMs} ms apart`,
      );
      const report = await runFaults({
        prisma,
        restaurants,
        dates: upcomingDates(CONFIG.days),
        apiKey,
        gateways: targets,
        faults,
        bookingsPerSecond: CONFIG.rate,
        calmMs: CONFIG.calmMs,
        agentDeadlineMs: 120_000,
        attemptTimeoutMs: 15_000,
        log,
      });
      const dead = [worker, ...gateways].filter((p) => !p.alive).map((p) => p.name);
      console.log(markdown(report, dead, Date.now() - started));
      return report.ok && dead.length === 0 ? 0 : 1;
    } finally {
      await prisma.$disconnect();
    }
  } finally {
    await cleanUp();
  }
}

export function markdown(report: FaultRunReport, dead: readonly string[], elapsedMs: number): string {
  const i = report.invariants;
  const check = (name: string, value: number) =>
    `| ${name} | ${value} | ${value === 0 ? 'ok' : '**broken**'} |`;
  return [
    '',
    `## Fault suite (${report.bookingsSent} bookings, ${report.attempts} attempts, ${(elapsedMs / 1000).toFixed(0)} s)`,
    '',
    '| fault | down (ms) | next booking after (ms) | requests on the wire at the kill | answers meanwhile |',
    '| --- | ---: | ---: | ---: | --- |',
    ...report.faults.map(
      (f) =>
        `| ${f.label} | ${f.downMs} | ${f.recoveryMs ?? '**never**'} | ${f.inFlightAtKill ?? ''} | ` +
        `${
          Object.entries(f.answersMeanwhile)
            .map(([answer, n]) => `${answer}: ${n}`)
            .join(', ') || '–'
        } |`,
    ),
    '',
    '| invariant | count | |',
    '| --- | ---: | --- |',
    check('duplicate bookings', i.duplicates),
    check('lost (answered 2xx, missing or unsettled)', i.lost),
    check('phantom (written, never answered 201)', i.phantom),
    check('overlapping tables', i.overlappingTables),
    check('pacing excess', i.pacingExcess),
    check('final 5xx', i.final5xx),
    check('unanswered keys', i.unanswered),
    check(
      'accepted bookings in an unexpected state',
      Object.values(i.unexpectedStates).reduce((a, b) => a + b, 0),
    ),
    '',
    `Final answers by status: ${JSON.stringify(report.answers)}; bookings in Postgres: ${i.checkedBookings}; ` +
      `processes dead at the end: ${dead.length ? dead.join(', ') : 'none'}.`,
    '',
  ].join('\n');
}

function log(line: string): void {
  console.log(`[chaos] ${line}`);
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
