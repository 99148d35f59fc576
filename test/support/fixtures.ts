import { randomBytes } from 'node:crypto';
import {
  ApiKeyRepository,
  upsertRestaurant,
  type ApiScope,
  type PrismaClient,
  type RestaurantSetup,
} from '@tablekeeper/db';

export interface TestRestaurant {
  readonly id: string;
  readonly slug: string;
  readonly apiKey: string;
  readonly apiKeyPrefix: string;
}

type Policy = NonNullable<RestaurantSetup['policy']>;

/**
 * A restaurant open around the clock in UTC with short timers, so lifecycle tests finish in
 * seconds: holds expire after 2 s, no-shows after 1 s of grace. Its rules of time are relaxed
 * (any start instant, no notice, two years ahead) so tests can book a few seconds out; tests of
 * those rules set them back with `policy`.
 */
export async function createTestRestaurant(
  prisma: PrismaClient,
  options: {
    policy?: Partial<Policy>;
    tables?: RestaurantSetup['tables'];
    combinations?: RestaurantSetup['combinations'];
    pacing?: RestaurantSetup['pacing'];
    hours?: RestaurantSetup['hours'];
    /** UTC unless a test needs the restaurant's day to be somewhere else (see zoneInDaytime). */
    timezone?: string;
    scopes?: ApiScope[];
    /** Per-minute budgets of the key; generous by default so only rate-limit tests meet them. */
    readsPerMinute?: number;
    writesPerMinute?: number;
  } = {},
): Promise<TestRestaurant> {
  const slug = `test-${randomBytes(4).toString('hex')}`;
  const tables = options.tables ?? [
    { label: 'A1', zone: 'Main', min: 1, max: 2 },
    { label: 'A2', zone: 'Main', min: 1, max: 4 },
    { label: 'B1', zone: 'Main', min: 4, max: 6 },
    { label: 'B2', zone: 'Main', min: 4, max: 6 },
  ];
  const id = await upsertRestaurant(prisma, {
    slug,
    name: `Test ${slug}`,
    timezone: options.timezone ?? 'UTC',
    policy: {
      defaultDurationSeconds: 3600,
      autoConfirmMaxPartySize: 6,
      holdTtlSeconds: 2,
      reminderLeadSeconds: [],
      noShowGraceSeconds: 3600,
      manualReviewTimeoutSeconds: 3600,
      mustEndByClose: false,
      offGridStartsAllowed: true,
      minNoticeMinutes: 0,
      bookingWindowDays: 730,
      ...options.policy,
    },
    hours: options.hours ?? { opensAt: 0, closesAt: 1440 },
    pacing: options.pacing,
    zones: [...new Set(tables.map((t) => t.zone))],
    tables,
    combinations: options.combinations ?? [['B1', 'B2']],
  });
  const key = await new ApiKeyRepository(prisma).create({
    name: `key for ${slug}`,
    restaurantIds: [id],
    scopes: options.scopes ?? ['availability:read', 'bookings:read', 'bookings:write', 'reviews:write'],
    readsPerMinute: options.readsPerMinute ?? 1_000_000,
    writesPerMinute: options.writesPerMinute ?? 1_000_000,
  });
  return { id, slug, apiKey: key.rawKey, apiKeyPrefix: key.prefix };
}

/**
 * A zone half an hour off UTC where it is between 04:00 and 18:00 now. A restaurant open "all day"
 * still closes at its local midnight: a walk-in quoted past it is refused (waitlist_closed), so a
 * test that queues parties for the next hours must not run in a zone whose evening it is. The four
 * offsets lie at most nine hours apart around the clock, so one of them always has its day now.
 */
export function zoneInDaytime(now = new Date()): string {
  const zones = ['Asia/Kolkata', 'Australia/Adelaide', 'America/St_Johns', 'Pacific/Marquesas'];
  const hourIn = (zone: string) =>
    Number(
      new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: 'numeric', hourCycle: 'h23' }).format(now),
    );
  return zones.find((zone) => hourIn(zone) >= 4 && hourIn(zone) < 18)!;
}

/** An ISO instant `seconds` from now, whole seconds, with an explicit offset. */
export function inSeconds(seconds: number): string {
  const at = new Date(Math.ceil((Date.now() + seconds * 1000) / 1000) * 1000);
  return at.toISOString().replace('Z', '+00:00');
}

/** Tomorrow at HH:MM UTC, far enough that no timer fires during a test. */
export function tomorrowAt(hour: number, minute = 0): string {
  const at = new Date();
  at.setUTCDate(at.getUTCDate() + 1);
  at.setUTCHours(hour, minute, 0, 0);
  return at.toISOString().replace('Z', '+00:00');
}

/**
 * A phone number of its own for each guest name. Guests are one per restaurant and phone, so
 * bookings sharing a number are one guest's, shown under the first name booked with it.
 */
export function phoneOf(name: string): string {
  let hash = 0;
  for (const c of name) hash = (hash * 31 + c.charCodeAt(0)) % 900;
  return `+447700900${String(100 + hash).padStart(3, '0')}`;
}
