import type { Client } from '@temporalio/client';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const HISTORIES_DIR = join(__dirname, 'histories');

/**
 * With RECORD_HISTORIES=1 (`npm run record-histories`), integration tests save the histories of
 * the workflows they ran; the replay test runs every saved history through the current workflow
 * code, so a change that would break running bookings fails CI.
 */
export async function recordHistoryIfAsked(client: Client, workflowId: string, name: string, waitClosed: boolean): Promise<void> {
  if (process.env.RECORD_HISTORIES !== '1') return;
  const handle = client.workflow.getHandle(workflowId);
  if (waitClosed) await handle.result();
  const history = await handle.fetchHistory();
  mkdirSync(HISTORIES_DIR, { recursive: true });
  writeFileSync(join(HISTORIES_DIR, `${name}.json`), historyToJSON(history));
}
