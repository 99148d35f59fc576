import { Client } from 'pg';
import { TEST_DATABASE_URL, templateDatabase } from './test-env';

/**
 * Drops this run's template; each test file drops its own database. Bounded: a template left behind
 * is swept by a later run's global setup, so a slow drop warns rather than holding the run open.
 */
export default async function globalTeardown(): Promise<void> {
  const admin = new Client({
    connectionString: TEST_DATABASE_URL,
    connectionTimeoutMillis: 10_000,
    statement_timeout: 30_000,
    lock_timeout: 20_000,
  });
  try {
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${templateDatabase()}" WITH (FORCE)`);
  } catch (error) {
    console.warn(`test template ${templateDatabase()} not dropped (a later run sweeps it): ${String(error)}`);
  } finally {
    await admin.end().catch(() => undefined);
  }
}
