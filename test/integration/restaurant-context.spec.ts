/**
 * GET /v1/restaurants/{id} and the list: what an agent needs to talk to a guest without guessing,
 * asserted field by field over real HTTP and Postgres, after a setup made through the setup API.
 */
import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import { createTestRestaurant } from '../support/fixtures';
import { apiClient, type ApiCall } from '../support/http';
import { startTestStack, type TestStack } from '../support/test-stack';

let stack: TestStack;
let api: ApiCall;

beforeAll(async () => {
  stack = await startTestStack({ worker: false });
  api = apiClient(stack.baseUrl);
});
afterAll(async () => {
  await stack?.stop();
});

it('answers hours and exceptions of the coming weeks in the restaurant’s timezone, limits, policy, zones and contact', async () => {
  const r = await createTestRestaurant(stack.prisma, {
    scopes: ['availability:read', 'bookings:read', 'bookings:write', 'admin'],
    tables: [
      { label: 'T1', zone: 'Terrace', min: 1, max: 4 },
      { label: 'W1', zone: 'Window', min: 1, max: 2 },
    ],
    combinations: [],
  });
  const call = (method: string, path: string, body?: unknown) =>
    api(method, `/v1/restaurants/${r.id}${path}`, {
      key: r.apiKey,
      body,
      ...(method === 'GET' ? {} : { idempotencyKey: `ctx-${randomUUID()}` }),
    });
  const policy = await call('PATCH', '/policy', {
    name: 'Chez Context',
    timezone: 'Europe/Paris',
    contact: {
      phone: '+33142000000',
      email: 'bonjour@chez.example',
      address: '1 rue de la Paix, Paris',
      website: 'https://chez.example',
    },
    bookingChannels: ['voice', 'web_widget'],
    minPartySize: 1,
    maxPartySize: 12,
    autoConfirmMaxPartySize: 6,
    manualReviewTimeoutSeconds: 7200,
    bookingWindowDays: 60,
    minNoticeMinutes: 120,
    slotIntervalMinutes: 30,
    offGridStartsAllowed: false,
    mustEndByClose: true,
    holdTtlSeconds: 600,
    defaultDurationSeconds: 5400,
    durationByPartySize: [
      { maxPartySize: 6, durationSeconds: 7200 },
      { maxPartySize: 2, durationSeconds: 3600 },
    ],
    cancellationCutoffMinutes: 180,
    cancellationPolicy: 'Free cancellation up to 3 hours before.',
    noShowGraceSeconds: 1200,
    reminderLeadSeconds: [86400, 7200],
  });
  expect(policy.status).toBe(200);
  const hours = await call('PUT', '/hours', {
    periods: [
      { name: 'Lunch', days: [2, 3, 4, 5, 6], opens: '12:00', closes: '14:30', lastSeating: '13:30' },
      { name: 'Dinner', days: [2, 3, 4, 5, 6], opens: '19:00', closes: '23:00', lastSeating: '21:30' },
    ],
    pacing: [{ period: 'Dinner', intervalMinutes: 30, maxCovers: 20, maxParties: 5 }],
  });
  expect(hours.status).toBe(200);
  // Deactivate the window's only table: that zone can seat nobody, so it is no seating preference.
  const tables = await call('GET', '/tables');
  const w1 = (tables.body.data as { id: string; label: string }[]).find((t) => t.label === 'W1')!;
  expect((await call('PATCH', `/tables/${w1.id}`, { active: false })).status).toBe(200);

  const paris = DateTime.now().setZone('Europe/Paris').startOf('day');
  const closedDay = paris.plus({ days: 10 });
  const specialDay = paris.plus({ days: 12 });
  expect(
    (
      await call('POST', '/exceptions', {
        date: closedDay.toISODate(),
        closed: true,
        reason: 'Fermeture annuelle',
      })
    ).status,
  ).toBe(201);
  expect(
    (
      await call('POST', '/exceptions', {
        date: specialDay.toISODate(),
        closed: false,
        reason: 'Soirée jazz',
        periods: [{ name: 'Jazz', opens: '20:00', closes: '24:00', lastSeating: '22:00' }],
      })
    ).status,
  ).toBe(201);

  const before = Date.now();
  const answer = await api<Record<string, unknown>>('GET', `/v1/restaurants/${r.id}`, { key: r.apiKey });
  expect(answer.status).toBe(200);
  const c = answer.body as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

  expect(c.id).toBe(r.id);
  expect(c.slug).toBe(r.slug);
  expect(c.name).toBe('Chez Context');
  expect(c.timezone).toBe('Europe/Paris');
  expect(c.contact).toEqual({
    phone: '+33142000000',
    email: 'bonjour@chez.example',
    address: '1 rue de la Paix, Paris',
    website: 'https://chez.example',
  });
  expect(c.bookingChannels).toEqual(['voice', 'web_widget']);
  expect(c.partySize).toEqual({ min: 1, max: 12 });
  expect(c.manualReview).toEqual({ partiesLargerThan: 6, decisionWithinSeconds: 7200 });
  expect(c.booking.windowDays).toBe(60);
  expect(Date.parse(c.booking.bookableUntil) - before).toBeGreaterThanOrEqual(60 * 86_400_000 - 5_000);
  expect(Date.parse(c.booking.bookableUntil) - before).toBeLessThanOrEqual(60 * 86_400_000 + 60_000);
  expect(c.booking.minNoticeMinutes).toBe(120);
  expect(c.booking.startTimeGridMinutes).toBe(30);
  expect(c.booking.offGridStartsAllowed).toBe(false);
  expect(c.booking.mustEndByClose).toBe(true);
  expect(c.holdTtlSeconds).toBe(600);
  expect(c.durations).toEqual({
    defaultSeconds: 5400,
    byPartySize: [
      { maxPartySize: 2, durationSeconds: 3600 },
      { maxPartySize: 6, durationSeconds: 7200 },
    ],
  });
  expect(c.cancellation).toEqual({ cutoffMinutes: 180, policy: 'Free cancellation up to 3 hours before.' });
  expect(c.arrival).toEqual({ noShowAfterSeconds: 1200, reminderLeadSeconds: [86400, 7200] });
  expect(c.pacing).toEqual([{ period: 'Dinner', intervalMinutes: 30, maxCovers: 20, maxParties: 5 }]);
  expect(c.seatingPreferences).toEqual(['Terrace']);
  expect(c.weeklyHours).toEqual([
    { name: 'Lunch', opens: '12:00', closes: '14:30', lastSeating: '13:30', days: [2, 3, 4, 5, 6] },
    { name: 'Dinner', opens: '19:00', closes: '23:00', lastSeating: '21:30', days: [2, 3, 4, 5, 6] },
  ]);

  // Four weeks, day by day from today in Paris.
  expect(c.calendar).toHaveLength(28);
  expect(c.calendar[0].date).toBe(paris.toISODate());
  for (const [i, day] of (
    c.calendar as {
      date: string;
      weekday: number;
      closed: boolean;
      exception: string | null;
      periods: { name: string }[];
    }[]
  ).entries()) {
    const local = paris.plus({ days: i });
    expect(day.date).toBe(local.toISODate());
    expect(day.weekday).toBe(local.weekday);
    if (i === 10) {
      expect(day).toEqual({
        date: closedDay.toISODate(),
        weekday: closedDay.weekday,
        closed: true,
        exception: 'Fermeture annuelle',
        periods: [],
      });
    } else if (i === 12) {
      expect(day).toEqual({
        date: specialDay.toISODate(),
        weekday: specialDay.weekday,
        closed: false,
        exception: 'Soirée jazz',
        periods: [{ name: 'Jazz', opens: '20:00', closes: '24:00', lastSeating: '22:00' }],
      });
    } else if (local.weekday === 1 || local.weekday === 7) {
      expect(day).toMatchObject({ closed: true, exception: null, periods: [] });
    } else {
      expect(day).toMatchObject({ closed: false, exception: null });
      expect(day.periods.map((p) => p.name)).toEqual(['Lunch', 'Dinner']);
    }
  }

  const list = await api<{ data: Record<string, unknown>[] }>('GET', '/v1/restaurants', { key: r.apiKey });
  // The same context in the list (bookableUntil moves with the clock).
  const withoutClock = (x: Record<string, any>) => ({ ...x, booking: { ...x.booking, bookableUntil: null } }); // eslint-disable-line @typescript-eslint/no-explicit-any
  expect(list.body.data.map(withoutClock)).toEqual([withoutClock(c)]);

  const stranger = await createTestRestaurant(stack.prisma);
  const foreign = await api('GET', `/v1/restaurants/${r.id}`, { key: stranger.apiKey });
  expect(foreign.status).toBe(404);
  expect(foreign.body.code).toBe('restaurant_not_found');
});
