import type { RestaurantSetup } from '@tablekeeper/db/restaurant-setup';

/** The demo restaurant `npm start` seeds: what a new team member books against. */
export const DEMO_RESTAURANT = {
  slug: 'demo-bistro',
  name: 'Demo Bistro',
  timezone: 'Europe/London',
  defaultDurationSeconds: 90 * 60,
  autoConfirmMaxPartySize: 8,
  minPartySize: 1,
  maxPartySize: 20,
  holdTtlSeconds: 5 * 60,
  reminderLeadSeconds: [24 * 3600, 2 * 3600],
  noShowGraceSeconds: 15 * 60,
  manualReviewTimeoutSeconds: 24 * 3600,
  slotIntervalMinutes: 15,
  mustEndByClose: true,
} as const;

/** Open every day 12:00-22:30 (minutes after local midnight). */
export const DEMO_HOURS = { opensAt: 12 * 60, closesAt: 22 * 60 + 30 };

/** Pacing: per 15 minutes at most 30 covers and 6 parties may start. */
export const DEMO_PACING = { intervalMinutes: 15, maxCovers: 30, maxParties: 6 };

export const DEMO_ZONES = ['Main room', 'Terrace', 'Window'] as const;

/** 20 tables, 2-8 covers, in three zones. */
export const DEMO_TABLES: readonly {
  label: string;
  zone: (typeof DEMO_ZONES)[number];
  min: number;
  max: number;
}[] = [
  { label: 'T1', zone: 'Main room', min: 1, max: 2 },
  { label: 'T2', zone: 'Main room', min: 1, max: 2 },
  { label: 'T3', zone: 'Main room', min: 1, max: 2 },
  { label: 'T4', zone: 'Main room', min: 1, max: 2 },
  { label: 'T5', zone: 'Main room', min: 2, max: 4 },
  { label: 'T6', zone: 'Main room', min: 2, max: 4 },
  { label: 'T7', zone: 'Main room', min: 2, max: 4 },
  { label: 'T8', zone: 'Main room', min: 2, max: 4 },
  { label: 'T9', zone: 'Main room', min: 4, max: 6 },
  { label: 'T10', zone: 'Main room', min: 5, max: 8 },
  { label: 'T11', zone: 'Terrace', min: 1, max: 2 },
  { label: 'T12', zone: 'Terrace', min: 1, max: 2 },
  { label: 'T13', zone: 'Terrace', min: 2, max: 4 },
  { label: 'T14', zone: 'Terrace', min: 2, max: 4 },
  { label: 'T15', zone: 'Terrace', min: 4, max: 6 },
  { label: 'T16', zone: 'Terrace', min: 4, max: 6 },
  { label: 'T17', zone: 'Window', min: 1, max: 2 },
  { label: 'T18', zone: 'Window', min: 1, max: 2 },
  { label: 'T19', zone: 'Window', min: 2, max: 4 },
  { label: 'T20', zone: 'Window', min: 5, max: 8 },
];

/** Neighbouring tables that can be pushed together. */
export const DEMO_COMBINATIONS: readonly [string, string][] = [
  ['T1', 'T2'],
  ['T3', 'T4'],
  ['T5', 'T6'],
  ['T7', 'T8'],
  ['T9', 'T10'],
  ['T13', 'T14'],
  ['T15', 'T16'],
  ['T17', 'T18'],
];

/** The whole demo restaurant as `upsertRestaurant` takes it; benchmarks seed copies under other slugs. */
export function demoRestaurantSetup(slug: string = DEMO_RESTAURANT.slug): RestaurantSetup {
  const { name, timezone, slug: _demoSlug, ...policy } = DEMO_RESTAURANT;
  return {
    slug,
    name: slug === DEMO_RESTAURANT.slug ? name : `${name} (${slug})`,
    timezone,
    policy: { ...policy, reminderLeadSeconds: [...policy.reminderLeadSeconds] },
    hours: DEMO_HOURS,
    pacing: DEMO_PACING,
    zones: DEMO_ZONES,
    tables: DEMO_TABLES,
    combinations: DEMO_COMBINATIONS,
  };
}

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** The demo restaurant as a setup document: `npm start` seeds it through the same import as the CLI. */
export function demoSetupDocument() {
  const { name, timezone, slug, ...policy } = DEMO_RESTAURANT;
  return {
    version: 1,
    restaurant: { slug, name, timezone },
    policy: { ...policy, reminderLeadSeconds: [...policy.reminderLeadSeconds] },
    zones: DEMO_ZONES.map((zone, sortOrder) => ({ name: zone, sortOrder })),
    tables: DEMO_TABLES.map((t) => ({
      label: t.label,
      zone: t.zone,
      minCovers: t.min,
      maxCovers: t.max,
      combinableWith: DEMO_COMBINATIONS.filter(([a]) => a === t.label).map(([, b]) => b),
    })),
    hours: {
      periods: [
        {
          name: 'All day',
          days: [1, 2, 3, 4, 5, 6, 7],
          opens: hhmm(DEMO_HOURS.opensAt),
          closes: hhmm(DEMO_HOURS.closesAt),
        },
      ],
      pacing: [{ period: null, ...DEMO_PACING }],
    },
    exceptions: [],
  };
}
