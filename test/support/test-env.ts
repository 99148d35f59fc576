import { createHash } from 'node:crypto';
import { join } from 'node:path';

/** Where the shared test servers are; `npm test` (scripts/test.mjs) sets these. */
export const TEST_DATABASE_URL =
  process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
/**
 * Per checkout: several clones or worktrees run their suites on one Postgres server at once, and
 * each run's cleanup of stale databases must only touch its own.
 */
export const CHECKOUT_TAG = createHash('sha1')
  .update(join(__dirname, '..', '..'))
  .digest('hex')
  .slice(0, 8);
export const TEST_DATABASE_PREFIX = `tk_${CHECKOUT_TAG}_`;
export const TEMPLATE_DATABASE = `tablekeeper_test_template_${CHECKOUT_TAG}`;
export const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

export function temporalAddress(): string {
  const address = process.env.TEMPORAL_ADDRESS;
  if (!address) throw new Error('TEMPORAL_ADDRESS is not set: run the suite with `npm test`');
  return address;
}

export function databaseUrl(name: string): string {
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

export const WORKFLOW_BUNDLE_ENV = 'TABLEKEEPER_TEST_WORKFLOW_BUNDLE';

/** Payload encryption of every test stack (a fixed key, so recorded histories stay replayable). */
export const TEST_PAYLOAD_KEYS = {
  PAYLOAD_ENCRYPTION_KEYS: `test-1:${Buffer.alloc(32, 7).toString('base64')}`,
  PAYLOAD_ENCRYPTION_KEY_ID: 'test-1',
};
