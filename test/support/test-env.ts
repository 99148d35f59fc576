/** Where the shared test servers are; `npm test` (scripts/test.mjs) sets these. */
export const TEST_DATABASE_URL =
  process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

/**
 * Every `npm test` run names its databases after its own run id (set by global setup, inherited by
 * the test workers), so runs from several clones on one Postgres never drop or clone each other's.
 * The id starts with the run's start time, so a later run can sweep leftovers of old ones.
 */
export const RUN_ENV = 'TABLEKEEPER_TEST_RUN';

export function runId(): string {
  const id = process.env[RUN_ENV];
  if (!id) throw new Error(`${RUN_ENV} is not set: run the suite with \`npm test\``);
  return id;
}

export function templateDatabase(): string {
  return `tk_tpl_${runId()}`;
}

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
