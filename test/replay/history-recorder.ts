import type { Client } from '@temporalio/client';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { temporalAddress } from '../support/test-env';

export const HISTORIES_DIR = join(__dirname, 'histories');
/**
 * Histories are kept per generation of the workflow's code: a new recording goes into the current
 * generation's folder and never replaces an older one, whose workflows may still be running.
 */
export const CURRENT_GENERATION = 'v7-timer-local-steps';

/**
 * With RECORD_HISTORIES=1 (`npm run record-histories`), integration tests save the histories of
 * the workflows they ran; the replay test runs every saved history through the current workflow
 * code, so a change that would break running bookings fails CI. The Temporal CLI writes the
 * history in the canonical JSON form the SDK's replayer reads.
 */
export async function recordHistoryIfAsked(
  client: Client,
  workflowId: string,
  name: string,
  waitClosed: boolean,
): Promise<void> {
  if (process.env.RECORD_HISTORIES !== '1') return;
  if (waitClosed) await client.workflow.getHandle(workflowId).result();
  const cli = process.env.TEMPORAL_CLI;
  if (!cli) throw new Error('TEMPORAL_CLI is not set: record histories with `npm run record-histories`');
  const json = execFileSync(
    cli,
    ['workflow', 'show', '--address', temporalAddress(), '--workflow-id', workflowId, '--output', 'json'],
    {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const dir = join(HISTORIES_DIR, CURRENT_GENERATION);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.json`), json);
}
