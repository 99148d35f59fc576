/**
 * `npm run bench:webhooks`: lifecycle webhooks while bookings flow. Drives POST /v1/bookings at
 * the sustained rate (BENCH_RATE, 50/s: `npm run bench`'s sustained target) for
 * BENCH_DURATION_SECONDS (30) against a fresh data set; every restaurant has one endpoint
 * subscribed to all events, all pointing at a receiver in this process on loopback. The worker's
 * relay delivers (its defaults: 16 in flight, 200 ms idle poll). Prints events delivered per second
 * and the lag from the status change (the outbox row's created_at, which is the envelope's
 * `timestamp`) to the receiver having the whole request, p50/p95/p99.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { createPrismaClient, WebhookEndpointRepository } from '@tablekeeper/db';
import { freshDatabase, seedBenchRestaurants, upcomingDates } from './support/bench-database';
import { BookingPlanner } from './support/booking-plans';
import { startApp } from './support/gateway-process';
import { drive, fmt, summarize } from './support/load';

const rate = Number(process.env.BENCH_RATE ?? 50);
const seconds = Number(process.env.BENCH_DURATION_SECONDS ?? 30);
/** How long the relay may take to drain after the load stops before the run counts as failed. */
const DRAIN_MS = 30_000;

interface Arrival {
  readonly messageId: string;
  readonly type: string;
  readonly receivedAt: number;
  readonly lagMs: number;
}

async function main(): Promise<void> {
  const databaseUrl = ownDatabase(process.env.BENCH_DATABASE_URL!);
  await freshDatabase(databaseUrl);
  const prisma = createPrismaClient(databaseUrl, { poolSize: 2 });
  const bench = await seedBenchRestaurants(prisma, 6);

  let recording = false;
  const arrivals: Arrival[] = [];
  const receiver = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      const receivedAt = Date.now();
      res.writeHead(204).end();
      if (!recording) return;
      const event = JSON.parse(body) as { id: string; type: string; timestamp: string };
      arrivals.push({
        messageId: event.id,
        type: event.type,
        receivedAt,
        lagMs: receivedAt - Date.parse(event.timestamp),
      });
    });
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
  const endpoints = new WebhookEndpointRepository(prisma);
  for (const restaurant of bench.restaurants) {
    await endpoints.create(restaurant.id, {
      url,
      description: 'bench receiver',
      eventTypes: [],
      enabled: true,
      guestContactAllowed: false,
      // The endpoint's own limit is not what is measured here: the relay is.
      rateLimitPerSecond: 1000,
      secret: `whsec_${randomBytes(32).toString('base64')}`,
    });
  }

  const env = {
    DATABASE_URL: databaseUrl,
    WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
    WEBHOOK_ALLOW_HTTP: 'true',
  };
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
  const undelivered = async () => {
    const [row] = await prisma.$queryRaw<{ outbox: bigint; pending: bigint }[]>`
      SELECT (SELECT count(*) FROM outbox_events WHERE published_at IS NULL) AS outbox,
             (SELECT count(*) FROM webhook_deliveries WHERE status = 'pending') AS pending`;
    return Number(row.outbox) + Number(row.pending);
  };
  const drain = async (ms: number) => {
    const until = Date.now() + ms;
    while (Date.now() < until && (await undelivered()) > 0) await new Promise((r) => setTimeout(r, 100));
  };

  try {
    log('warm-up: 5 s of bookings at 5 clients');
    await drive({ url: gateway.url, connections: 5, durationSeconds: 5, headers, next });
    await drain(DRAIN_MS);
    const [{ max: firstOutboxId }] = await prisma.$queryRaw<{ max: bigint | null }[]>`
      SELECT max(id) AS max FROM outbox_events`;

    log(
      `${rate} bookings/s for ${seconds} s, every event to ${bench.restaurants.length} endpoints' receiver`,
    );
    recording = true;
    const loadStarted = Date.now();
    const run = await drive({
      url: gateway.url,
      connections: Math.max(20, rate),
      durationSeconds: seconds,
      overallRate: rate,
      headers,
      next,
    });
    const loadEnded = Date.now();
    await drain(DRAIN_MS);
    recording = false;
    const left = await undelivered();

    const [{ expected }] = await prisma.$queryRaw<{ expected: bigint }[]>`
      SELECT count(*) AS expected FROM webhook_deliveries WHERE outbox_event_id > ${firstOutboxId ?? 0n}`;
    const events = arrivals.filter((a) => a.type !== 'webhook.test');
    const unique = new Set(events.map((a) => a.messageId)).size;
    const duringLoad = events.filter((a) => a.receivedAt <= loadEnded).length;
    const lastArrival = Math.max(...events.map((a) => a.receivedAt));
    const lag = summarize(events.map((a) => a.lagMs));
    const byType = events.reduce<Record<string, number>>(
      (m, a) => ({ ...m, [a.type]: (m[a.type] ?? 0) + 1 }),
      {},
    );

    console.log(
      `bookings: ${run.rps.toFixed(1)}/s achieved (target ${rate}/s), p95 ${fmt(run.p95)}, statuses ${JSON.stringify(run.statuses)}`,
    );
    console.log(
      `webhooks: ${events.length} events received (${unique} distinct messages, ${Number(expected)} deliveries fanned out), ` +
        `by type ${JSON.stringify(byType)}`,
    );
    console.log(
      `delivered per second: ${(duringLoad / ((loadEnded - loadStarted) / 1000)).toFixed(1)}/s while bookings flowed, ` +
        `${(events.length / ((lastArrival - loadStarted) / 1000)).toFixed(1)}/s start to last arrival; ` +
        `last arrival ${((lastArrival - loadEnded) / 1000).toFixed(1)} s after the load stopped`,
    );
    console.log(
      `lag status change → received: p50 ${fmt(lag.p50)}, p95 ${fmt(lag.p95)}, p99 ${fmt(lag.p99)}, max ${fmt(lag.max)}`,
    );
    console.log(`still undelivered after ${DRAIN_MS / 1000} s of drain: ${left}`);
    console.log(
      `peak RSS: gateway ${gateway.peakRssMiB().toFixed(0)} MiB, worker ${worker.peakRssMiB().toFixed(0)} MiB`,
    );
    process.exitCode = left === 0 && unique === Number(expected) && run.errors === 0 ? 0 : 1;
  } finally {
    await Promise.all([gateway.stop(), worker.stop()]);
    receiver.closeAllConnections();
    receiver.close();
    await prisma.$disconnect();
  }
}

/**
 * A database of this benchmark's own (`<bench database>_webhooks`): freshDatabase drops the one it
 * is given, and another benchmark running at the same time on the shared default would lose its
 * data mid-run (seen here: bookings answered 404 when a booking-cost run recreated it).
 */
function ownDatabase(url: string): string {
  const own = new URL(url);
  own.pathname = `${own.pathname}_webhooks`;
  return own.toString();
}

function log(message: string): void {
  console.log(`[bench:webhooks] ${message}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
