/**
 * `npm start`'s lively first look (scripts/start.mjs runs it once the gateway and worker are up):
 * the demo spread (demo-bookings.spread.ts) with the demo dev key. Re-running asks for the same
 * Idempotency-Keys and changes nothing. TABLEKEEPER_DEMO_BOOKINGS=0 skips it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '@tablekeeper/config';
import { createPrismaClient } from '@tablekeeper/db';
import { DEMO_SPREAD_DAYS_AHEAD, makeDemoSpread } from './demo-bookings.spread';

const say = (line: string): void => {
  process.stdout.write(`[demo-bookings] ${line}\n`);
};

async function main(): Promise<void> {
  if (process.env.TABLEKEEPER_DEMO_BOOKINGS === '0') return say('skipped (TABLEKEEPER_DEMO_BOOKINGS=0)');
  const apiUrl = process.env.TABLEKEEPER_API_URL ?? `http://localhost:${process.env.PORT ?? '3000'}`;
  const keyFile = join(process.env.TABLEKEEPER_DATA_DIR ?? join(process.cwd(), '.data'), 'demo-api-key');
  if (!existsSync(keyFile)) return say('skipped: no demo API key (run the seed first)');
  const prisma = createPrismaClient(loadConfig().databaseUrl, { poolSize: 1 });
  try {
    const result = await makeDemoSpread({ prisma, apiUrl, apiKey: readFileSync(keyFile, 'utf8').trim() });
    if (!result.made) return say(`skipped: ${result.why}`);
    say(
      `${result.requests} requests for today and ${DEMO_SPREAD_DAYS_AHEAD} days: ` +
        [...result.outcomes].map(([outcome, count]) => `${count} ${outcome}`).join(', '),
    );
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error: unknown) => {
  // The demo spread is a nicety: a failure is said, and `npm start` carries on.
  say(`not made: ${error instanceof Error ? error.message : String(error)}`);
});
