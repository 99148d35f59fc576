import { Client } from 'pg';
import { TEST_DATABASE_URL, templateDatabase } from './test-env';

/** Drops this run's template; each test file drops its own database. */
export default async function globalTeardown(): Promise<void> {
  const admin = new Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${templateDatabase()}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
