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

/** The workflow type a history is of (its first event starts it). */
function workflowTypeOf(json: string): string {
  const [started] = (
    JSON.parse(json) as {
      events: { workflowExecutionStartedEventAttributes?: { workflowType?: { name?: string } } }[];
    }
  ).events;
  return started?.workflowExecutionStartedEventAttributes?.workflowType?.name ?? '';
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

  // Patches only some bookings take (the condition is the workflow input's), from the history they
  // were first recorded in; a history named for such a booking (walk-in-*) recorded earlier has none.
  const patchesOfKind: { patch: string; kind: RegExp; since: string }[] = [
    { patch: 'walk-in-seated-v1', kind: /^walk-in-seated/, since: 'walk-in-seated.json' },
  ];
  const takes = (file: string, p: (typeof patchesOfKind)[number]) =>
    p.kind.test(file.split('/')[1]) &&
    files.some((f) => f.split('/')[0] === file.split('/')[0] && f.endsWith(`/${p.since}`));

  it.each(files)('%s carries exactly the patch markers of its generation', (file) => {
    const generation = file.split('/')[0];
    // The booking workflow's patches; a waitlist entry's workflow has none of its own yet.
    if (workflowTypeOf(read(file)) !== 'bookingWorkflow') {
      expect(patchIdsOf(read(file))).toEqual([]);
      return;
    }
    const expected = [
      ...patchesByGeneration[generation],
      ...patchesOfKind.filter((p) => takes(file, p)).map((p) => p.patch),
    ];
    expect(patchIdsOf(read(file)).sort()).toEqual(expected.sort());
  });

  it('replays a walk-in from both sides of its patch', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'v6-booking-changes/walk-in-checked-in-by-update.json',
        'v6-booking-changes/walk-in-seated.json',
      ]),
    );
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
