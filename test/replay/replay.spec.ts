import { Worker } from '@temporalio/worker';
import { historyFromJSON } from '@temporalio/common/lib/proto-utils';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../../libs/config/src';
import { bookingDataConverter } from '../../libs/payload-codec/src';
import { TEST_PAYLOAD_KEYS, WORKFLOW_BUNDLE_ENV } from '../support/test-env';
import { HISTORIES_DIR } from './history-recorder';

const files = readdirSync(HISTORIES_DIR)
  .filter((f) => f.endsWith('.json'))
  .sort();

describe('replay of recorded booking histories', () => {
  it('has recorded histories for the main paths', () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
  });

  it.each(files)('%s replays deterministically with the current workflow code', async (file) => {
    const history = historyFromJSON(JSON.parse(readFileSync(join(HISTORIES_DIR, file), 'utf8')));
    await Worker.runReplayHistory(
      {
        workflowBundle: { codePath: process.env[WORKFLOW_BUNDLE_ENV]! },
        replayName: file,
        // Histories recorded before encryption are plain; newer ones were encrypted with the test key.
        dataConverter: bookingDataConverter(loadConfig(TEST_PAYLOAD_KEYS)),
      },
      history,
      `replay-${file}`,
    );
  });
});
