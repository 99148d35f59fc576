/**
 * `npm run bench:availability`: the demo restaurant with 30 days of confirmed bookings, and 50
 * concurrent clients asking for availability of random days and party sizes. Prints p50/p95/p99
 * and requests/s with the Redis cache on (normal) and off (every answer computed from Postgres).
 * Target on the 2-core dev machine: p95 <= 20 ms.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { closeRedis } from '@tablekeeper/cache';
import { createPrismaClient } from '@tablekeeper/db';
import {
  freshDatabase,
  loadConfirmedBookings,
  seedDemoRestaurant,
  upcomingDates,
} from './support/bench-database';
import { startApp } from './support/gateway-process';
import { drive, fmt, type LoadResult } from './support/load';

const DAYS = 30;
const PER_DAY = Number(process.env.BENCH_BOOKINGS_PER_DAY ?? 80);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const DURATION = Number(process.env.BENCH_DURATION_SECONDS ?? 20);

async function main(): Promise<void> {
  const databaseUrl = process.env.BENCH_DATABASE_URL!;
  const redisUrl = process.env.REDIS_URL!;
  await freshDatabase(databaseUrl);
  const prisma = createPrismaClient(databaseUrl, { poolSize: 4 });
  const { restaurantId, apiKey } = await seedDemoRestaurant(prisma);
  const dates = upcomingDates(DAYS);
  const loaded = await loadConfirmedBookings(prisma, restaurantId, dates, PER_DAY);
  await prisma.$disconnect();
  console.log(`loaded ${loaded} confirmed bookings over ${DAYS} days for demo-bistro`);

  let n = 0;
  const next = () => {
    n++;
    const date = dates[(n * 7) % dates.length];
    const partySize = 1 + (n % 8);
    return { path: `/v1/restaurants/${restaurantId}/availability?date=${date}&partySize=${partySize}` };
  };
  const results: Record<string, LoadResult> = {};
  for (const cache of ['on', 'off'] as const) {
    const redis = new Redis(redisUrl);
    await redis.del(`tk:avail:days:${restaurantId}`);
    await closeRedis(redis);
    const gateway = await startApp('gateway', { DATABASE_URL: databaseUrl, AVAILABILITY_CACHE: cache });
    try {
      const headers = { authorization: `Bearer ${apiKey}` };
      await drive({ url: gateway.url, connections: 10, durationSeconds: 2, headers, next }); // warm-up
      results[`cache ${cache}`] = await drive({
        url: gateway.url,
        connections: CONNECTIONS,
        durationSeconds: DURATION,
        headers,
        next,
      });
    } finally {
      await gateway.stop();
    }
  }

  console.log(
    `\nGET availability, ${CONNECTIONS} concurrent clients, ${DURATION} s each (target p95 <= 20 ms)\n`,
  );
  console.log('| run | requests | req/s | p50 | p95 | p99 | max | errors | non-2xx |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const [name, r] of Object.entries(results)) {
    console.log(
      `| ${name} | ${r.requests} | ${r.rps.toFixed(0)} | ${fmt(r.p50)} | ${fmt(r.p95)} | ${fmt(r.p99)} | ${fmt(r.max)} | ${r.errors} | ${r.non2xx} |`,
    );
  }
  const dir = join(process.cwd(), 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `availability-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(
    file,
    JSON.stringify(
      { bookings: loaded, days: DAYS, connections: CONNECTIONS, durationSeconds: DURATION, results },
      null,
      2,
    ),
  );
  console.log(`\nwritten ${file}`);
  const failed = Object.values(results).some((r) => r.errors > 0 || r.non2xx > 0);
  process.exit(failed ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
