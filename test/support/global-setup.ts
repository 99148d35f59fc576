import { bundleWorkflowCode } from '@temporalio/worker';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { leanSourceMaps, workflowInterceptorModules } from '../../apps/worker/src/workflow-bundle.options';
import { migrate } from '../../libs/db/src/migrations';
import { randomBytes } from 'node:crypto';
import { RUN_ENV, TEST_DATABASE_URL, WORKFLOW_BUNDLE_ENV, databaseUrl, templateDatabase } from './test-env';

/** Leftovers of runs started longer ago than this are swept (a run takes far less). */
const STALE_AFTER_SECONDS = 6 * 60 * 60;

/**
 * Once per run: a freshly migrated template database (each test file clones it) and one workflow
 * bundle (each test worker loads it instead of bundling again).
 */
export default async function globalSetup(): Promise<void> {
  const startedAt = Math.floor(Date.now() / 1000);
  process.env[RUN_ENV] ??= `${startedAt.toString(36)}_${randomBytes(3).toString('hex')}`;
  const template = templateDatabase();
  const admin = new Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  try {
    // Leftovers of interrupted runs: only those of runs long finished, never another live run's.
    const ours = await admin.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE datname ~ '^tk_(test|tpl)_[0-9a-z]+_'",
    );
    for (const { datname } of ours.rows) {
      const started = parseInt(datname.split('_')[2], 36);
      if (startedAt - started > STALE_AFTER_SECONDS)
        await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
    await admin.query(`CREATE DATABASE "${template}"`);
  } finally {
    await admin.end();
  }
  await migrate(databaseUrl(template));

  if (!process.env[WORKFLOW_BUNDLE_ENV]) {
    const bundle = await bundleWorkflowCode({
      workflowsPath: require.resolve('../../temporal/workflows'),
      workflowInterceptorModules: workflowInterceptorModules(false),
      webpackConfigHook: leanSourceMaps,
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
