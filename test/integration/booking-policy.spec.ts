/**
 * The restaurant's booking policy over real HTTP, Postgres, Redis and Temporal: the rules of time
 * (window, notice, start-time grid) answer 422 with their own codes by default and relax with the
 * policy; duration by party size and the channels the restaurant takes are applied.
 */
import { createTestRestaurant, inSeconds, type TestRestaurant } from '../support/fixtures';
import { apiClient, type ApiCall } from '../support/http';
import { startTestStack, type TestStack } from '../support/test-stack';

let stack: TestStack;
let api: ApiCall;
let counter = 0;

beforeAll(async () => {
  stack = await startTestStack();
  api = apiClient(stack.baseUrl);
});
afterAll(async () => {
  await stack?.stop();
});

/** The product's defaults, not the test fixture's relaxed ones. */
const DEFAULT_RULES = { bookingWindowDays: 90, minNoticeMinutes: 15, offGridStartsAllowed: false };

const utcAt = (daysAhead: number, time: string) => {
  const d = new Date(Date.now() + daysAhead * 86_400_000).toISOString().slice(0, 10);
  return `${d}T${time}:00+00:00`;
};

const book = (r: TestRestaurant, startsAt: string, partySize = 2) =>
  api<{ id: string; status: string; endsAt: string; code?: string; errors?: { field: string }[] }>(
    'POST',
    '/v1/bookings',
    {
      key: r.apiKey,
      idempotencyKey: `policy-${Date.now()}-${++counter}`,
      body: { restaurantId: r.id, partySize, startsAt, guest: { name: 'Policy Test' } },
    },
  );

describe('by default', () => {
  let r: TestRestaurant;
  beforeAll(async () => {
    r = await createTestRestaurant(stack.prisma, { policy: DEFAULT_RULES });
  });

  it('refuses a booking for 2099 with beyond_booking_window, starting no workflow', async () => {
    const refused = await book(r, '2099-06-01T19:00:00+00:00');
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ code: 'beyond_booking_window', errors: [{ field: 'startsAt' }] });
    expect(await stack.prisma.booking.count({ where: { restaurantId: r.id } })).toBe(0);
  });

  it('refuses 13:07 with off_grid_start_time, and books 13:15', async () => {
    const refused = await book(r, utcAt(2, '13:07'));
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('off_grid_start_time');
    const onGrid = await book(r, utcAt(2, '13:15'));
    expect(onGrid.status).toBe(201);
  });

  it('refuses a start sooner than the minimum notice with insufficient_notice', async () => {
    const twoHours = await createTestRestaurant(stack.prisma, {
      policy: { ...DEFAULT_RULES, minNoticeMinutes: 120, offGridStartsAllowed: true },
    });
    const refused = await book(twoHours, inSeconds(3600));
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ code: 'insufficient_notice', errors: [{ field: 'startsAt' }] });
    expect((await book(twoHours, inSeconds(3 * 3600))).status).toBe(201);
  });

  it('does not offer what it would refuse: no slot beyond the window', async () => {
    const far = new Date(Date.now() + 100 * 86_400_000).toISOString().slice(0, 10);
    const day = await api<{ slots: unknown[] }>(
      'GET',
      `/v1/restaurants/${r.id}/availability?date=${far}&partySize=2`,
      { key: r.apiKey },
    );
    expect(day.status).toBe(200);
    expect(day.body.slots).toEqual([]);
  });
});

describe('relaxed by the policy', () => {
  it('books off the grid and far ahead', async () => {
    const r = await createTestRestaurant(stack.prisma, {
      policy: { bookingWindowDays: 730, minNoticeMinutes: 0, offGridStartsAllowed: true },
    });
    expect((await book(r, utcAt(2, '13:07'))).status).toBe(201);
    expect((await book(r, utcAt(500, '19:00'))).status).toBe(201);
  });
});

it('gives each party size its own duration', async () => {
  const r = await createTestRestaurant(stack.prisma, {
    policy: {
      defaultDurationSeconds: 3600,
      durationByPartySize: [
        { maxPartySize: 2, durationSeconds: 1800 },
        { maxPartySize: 6, durationSeconds: 7200 },
      ],
    },
  });
  const two = await book(r, utcAt(3, '12:00'), 2);
  const four = await book(r, utcAt(3, '15:00'), 4);
  expect(two.status).toBe(201);
  expect(four.status).toBe(201);
  expect(Date.parse(two.body.endsAt) - Date.parse(utcAt(3, '12:00'))).toBe(1800_000);
  expect(Date.parse(four.body.endsAt) - Date.parse(utcAt(3, '15:00'))).toBe(7200_000);
});

it('refuses a channel the restaurant does not take', async () => {
  const r = await createTestRestaurant(stack.prisma);
  await stack.prisma.restaurant.update({ where: { id: r.id }, data: { bookingChannels: ['voice'] } });
  const refused = await book(r, utcAt(2, '19:00'));
  expect(refused.status).toBe(422);
  expect(refused.body.code).toBe('channel_not_enabled');
});
