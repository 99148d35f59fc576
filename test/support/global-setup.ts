import { bundleWorkflowCode } from '@temporalio/worker';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { workflowInterceptorModules } from '../../apps/worker/src/booking-worker';
import { migrate } from '../../libs/db/src/migrations';
import {
  TEMPLATE_DATABASE,
  TEST_DATABASE_PREFIX,
  TEST_DATABASE_URL,
  WORKFLOW_BUNDLE_ENV,
  databaseUrl,
} from './test-env';

/**
 * Once per run: a freshly migrated template database (each test file clones it) and one workflow
 * bundle (each test worker loads it instead of bundling again).
 */
export default async function globalSetup(): Promise<void> {
  const admin = new Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  try {
    // Leftovers of interrupted runs of this checkout (other checkouts may be running theirs).
    const stale = await admin.query<{ datname: string }>(
      'SELECT datname FROM pg_database WHERE starts_with(datname, $1) OR datname = $2',
      [TEST_DATABASE_PREFIX, TEMPLATE_DATABASE],
    );
    for (const { datname } of stale.rows)
      await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${TEMPLATE_DATABASE}"`);
  } finally {
    await admin.end();
  }
  await migrate(databaseUrl(TEMPLATE_DATABASE));

  if (!process.env[WORKFLOW_BUNDLE_ENV]) {
    const bundle = await bundleWorkflowCode({
      workflowsPath: require.resolve('../../temporal/workflows'),
      workflowInterceptorModules: workflowInterceptorModules(false),
      logger: {
        trace: () => {},
        debug: () => {},
        info: () => {},
        warn: console.warn,
        error: console.error,
        log: () => {},
      },
    });
    const file = join(mkdtempSync(join(tmpdir(), 'tk-bundle-')), 'workflow-bundle.js');
    writeFileSync(file, bundle.code);
    process.env[WORKFLOW_BUNDLE_ENV] = file;
  }
}
