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
    'v7-timer-local-steps': ['booking-changes-v1'],
  };

  it('knows which patches every generation of histories was recorded with', () => {
    expect(generations).toEqual(Object.keys(patchesByGeneration).sort());
    expect(Object.keys(patchesByGeneration)).toContain(CURRENT_GENERATION);
  });

  // Patches only some bookings take, from the history they were first recorded in; a history of
  // such a booking recorded earlier has none. walk-in-seated-v1: the condition is the workflow
  // input's. timer-local-steps-v1: asked only once a timer's own step runs (expiry, review timeout,
  // reminder, no-show, completion), so bookings cancelled, staff-decided or still waiting have none.
  const timerSteps = new RegExp(
    '^(hold-expired|checked-in-completed|reminder-no-show|moved-reminder-no-show|no-show-window-closed|' +
      'review-timed-out|upgraded-reminder-then-no-show|reminder-through-postgres-outage)\\.json$',
  );
  const patchesOfKind: { patch: string; kind: RegExp; since: string }[] = [
    { patch: 'walk-in-seated-v1', kind: /^walk-in-seated/, since: 'walk-in-seated.json' },
    { patch: 'timer-local-steps-v1', kind: timerSteps, since: 'moved-reminder-no-show.json' },
  ];
  const takes = (file: string, p: (typeof patchesOfKind)[number]) =>
    p.kind.test(file.split('/')[1]) &&
    files.some((f) => f.split('/')[0] === file.split('/')[0] && f.endsWith(`/${p.since}`));

  /** The activity types a history ran as activity tasks (local activities are markers instead). */
  const activityTasksOf = (file: string): string[] =>
    (
      JSON.parse(read(file)) as {
        events: { activityTaskScheduledEventAttributes?: { activityType?: { name?: string } } }[];
      }
    ).events
      .map((e) => e.activityTaskScheduledEventAttributes?.activityType?.name)
      .filter((name): name is string => Boolean(name));

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

  it('replays reminders, no-shows and completions from both sides of timer-local-steps-v1', () => {
    // Before the patch a timer's step was an activity task (a second workflow task per firing).
    expect(activityTasksOf('v6-booking-changes/reminder-no-show.json')).toEqual([
      'recordReminder',
      'changeStatus',
    ]);
    expect(activityTasksOf('v6-booking-changes/hold-expired.json')).toEqual(['changeStatus']);
    // With it, a one-shot booking's reminder and no-show need no activity task at all, nor does a
    // hold's expiry; a seated booking's only one is staff's check-in, not its completion.
    expect(activityTasksOf('v7-timer-local-steps/reminder-no-show.json')).toEqual([]);
    expect(activityTasksOf('v7-timer-local-steps/moved-reminder-no-show.json')).toEqual([]);
    expect(activityTasksOf('v7-timer-local-steps/no-show-window-closed.json')).toEqual([]);
    expect(activityTasksOf('v7-timer-local-steps/hold-expired.json')).toEqual([]);
    expect(activityTasksOf('v7-timer-local-steps/review-timed-out.json')).toEqual([]);
    expect(activityTasksOf('v7-timer-local-steps/checked-in-completed.json')).toEqual(['changeStatus']);
    // A booking open across the upgrade: its reminder ran on a worker without the patch (an activity
    // task, replayed as one), its no-show on a worker with it (the marker comes at the no-show).
    // Recorded once by starting the booking on a worker bundled from the commit before the patch
    // and restarting the worker on the patched bundle after the reminder was in the outbox.
    expect(activityTasksOf('v7-timer-local-steps/upgraded-reminder-then-no-show.json')).toEqual([
      'recordReminder',
    ]);
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
