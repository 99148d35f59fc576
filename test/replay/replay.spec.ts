import { Worker } from '@temporalio/worker';
import { historyFromJSON } from '@temporalio/common/lib/proto-utils';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '@tablekeeper/config';
import { bookingDataConverter } from '@tablekeeper/payload-codec';
import { TEST_PAYLOAD_KEYS, WORKFLOW_BUNDLE_ENV } from '../support/test-env';
import { CURRENT_GENERATION, HISTORIES_DIR } from './history-recorder';

const generations = readdirSync(HISTORIES_DIR).sort();
const files = generations.flatMap((generation) =>
  readdirSync(join(HISTORIES_DIR, generation))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(generation, f)),
);
const read = (file: string): string => readFileSync(join(HISTORIES_DIR, file), 'utf8');

interface MarkerEvent {
  markerRecordedEventAttributes?: {
    markerName?: string;
    details?: Record<string, { payloads?: { data?: string }[] }>;
  };
}

/** The ids of the patch markers a history recorded (payload data is base64-encoded JSON). */
function patchIdsOf(json: string): string[] {
  const events = (JSON.parse(json) as { events: MarkerEvent[] }).events;
  return events
    .map((e) => e.markerRecordedEventAttributes)
    .filter((m) => m?.markerName === 'core_patch')
    .flatMap((m) => Object.values(m?.details ?? {}).flatMap((d) => d.payloads ?? []))
    .map((p) => Buffer.from(p.data ?? '', 'base64').toString('utf8'))
    .filter((text) => text.includes('"id"'))
    .map((text) => (JSON.parse(text) as { id: string }).id);
}

describe('replay of recorded booking histories', () => {
  it.each(generations)('has recorded histories for the main paths of %s', (generation) => {
    expect(files.filter((f) => f.startsWith(`${generation}/`)).length).toBeGreaterThanOrEqual(5);
  });

  // Each patch is replayed from both sides: histories recorded before it and after it. A patch
  // retired (README "Changing the workflow") takes the generations recorded before it with it.
  const patchesByGeneration: Record<string, string[]> = {
    'v5-one-placement-path': [],
    'v6-booking-changes': ['booking-changes-v1'],
  };

  it('knows which patches every generation of histories was recorded with', () => {
    expect(generations).toEqual(Object.keys(patchesByGeneration).sort());
    expect(Object.keys(patchesByGeneration)).toContain(CURRENT_GENERATION);
  });

  it.each(files)('%s carries exactly the patch markers of its generation', (file) => {
    const generation = file.split('/')[0];
    expect(patchIdsOf(read(file)).sort()).toEqual([...patchesByGeneration[generation]].sort());
  });

  it.each(files)('%s replays deterministically with the current workflow code', async (file) => {
    const history = historyFromJSON(JSON.parse(read(file)));
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
