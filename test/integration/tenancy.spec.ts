/**
 * Every write route, public and admin, tried with another restaurant's API key or staff session:
 * each is refused as not found, and the rows it aimed at are exactly as they were (version,
 * status, events, tables; the API key not revoked, no key or booking created).
 */
import { createStaff, signIn, type AdminSession } from '../support/admin';
import { createTestRestaurant, tomorrowAt, type TestRestaurant } from '../support/fixtures';
import { apiClient, type ApiCall } from '../support/http';
import { startTestStack, type TestStack } from '../support/test-stack';

jest.setTimeout(90_000);

type Booking = { id: string; status: string; workflowId: string };

let stack: TestStack;
let api: ApiCall;
let mine: TestRestaurant;
let theirs: TestRestaurant;
let myStaff: AdminSession;
/** Their bookings, one in each status a write route acts on. */
let victims: { held: Booking; confirmed: Booking; review: Booking };

beforeAll(async () => {
  stack = await startTestStack();
  api = apiClient(stack.baseUrl);
  mine = await createTestRestaurant(stack.prisma, {
    scopes: ['admin', 'availability:read', 'bookings:read', 'bookings:write', 'reviews:write'],
  });
  theirs = await createTestRestaurant(stack.prisma, {
    policy: { autoConfirmMaxPartySize: 4, holdTtlSeconds: 3600 },
  });
  myStaff = await signIn(stack.baseUrl, await createStaff(stack.prisma, mine.id, 'ops'));
  const place = async (path: string, partySize: number, hour: number) => {
    const response = await api<Booking>('POST', path, {
      key: theirs.apiKey,
      body: {
        restaurantId: theirs.id,
        partySize,
        startsAt: tomorrowAt(hour),
        guest: { name: 'Their Guest' },
      },
    });
    expect(response.status).toBe(201);
    return response.body;
  };
  victims = {
    held: await place('/v1/holds', 2, 12),
    confirmed: await place('/v1/bookings', 2, 14),
    review: await place('/v1/bookings', 6, 16),
  };
  expect(victims).toMatchObject({
    held: { status: 'held' },
    confirmed: { status: 'confirmed' },
    review: { status: 'manual_review' },
  });
});
afterAll(async () => {
  await stack?.stop();
});

/** What a refused write must leave exactly as it was. */
async function snapshot() {
  const ids = Object.values(victims).map((b) => b.id);
  const [bookings, events, assignments, keys, counts] = await Promise.all([
    stack.prisma.booking.findMany({
      where: { id: { in: ids } },
      select: { id: true, status: true, version: true, closeReason: true },
      orderBy: { id: 'asc' },
    }),
    stack.prisma.bookingEvent.count({ where: { bookingId: { in: ids } } }),
    stack.prisma.tableAssignment.findMany({
      where: { bookingId: { in: ids } },
      select: { id: true, releasedAt: true, tableId: true },
      orderBy: { id: 'asc' },
    }),
    stack.prisma.apiKey.findMany({ select: { id: true, revokedAt: true }, orderBy: { id: 'asc' } }),
    Promise.all([stack.prisma.booking.count(), stack.prisma.outboxEvent.count()]),
  ]);
  return { bookings, events, assignments, keys, counts };
}

it('refuses every public write route with a foreign API key, and changes nothing', async () => {
  const theirKey = await stack.prisma.apiKey.findFirstOrThrow({ where: { prefix: theirs.apiKeyPrefix } });
  const before = await snapshot();
  const placement = { restaurantId: theirs.id, partySize: 2, startsAt: tomorrowAt(20), guest: { name: 'X' } };
  const attempts: [string, string, unknown, string][] = [
    ['POST', '/v1/bookings', placement, 'restaurant_not_found'],
    ['POST', '/v1/holds', placement, 'restaurant_not_found'],
    ['POST', `/v1/holds/${victims.held.id}/confirm`, undefined, 'booking_not_found'],
    ['POST', `/v1/bookings/${victims.confirmed.id}/cancel`, { reason: 'not mine' }, 'booking_not_found'],
    ['POST', `/v1/bookings/${victims.held.id}/cancel`, { reason: 'not mine' }, 'booking_not_found'],
    ['POST', `/v1/bookings/${victims.confirmed.id}/check-in`, undefined, 'booking_not_found'],
    ['POST', `/v1/bookings/${victims.review.id}/approve`, {}, 'booking_not_found'],
    ['POST', `/v1/bookings/${victims.review.id}/reject`, { reason: 'not mine' }, 'booking_not_found'],
    [
      'POST',
      '/v1/api-keys',
      { name: 'stolen', channel: 'chat', restaurantIds: [theirs.id] },
      'restaurant_not_found',
    ],
    ['DELETE', `/v1/api-keys/${theirKey.id}`, undefined, 'api_key_not_found'],
  ];
  const answers = [];
  for (const [method, path, body] of attempts) {
    const response = await api<{ code?: string }>(method, path, { key: mine.apiKey, body });
    answers.push({ method, path, status: response.status, code: response.body.code });
  }
  expect(answers).toEqual(attempts.map(([method, path, , code]) => ({ method, path, status: 404, code })));
  expect(await snapshot()).toEqual(before);
});

it('refuses every admin write route with another restaurant’s staff session, and changes nothing', async () => {
  const before = await snapshot();
  const attempts: [string, unknown][] = [
    [`/admin/api/bookings/${victims.review.id}/approve`, {}],
    [`/admin/api/bookings/${victims.review.id}/reject`, { reason: 'not mine' }],
    [`/admin/api/bookings/${victims.confirmed.id}/cancel`, { reason: 'not mine' }],
    [`/admin/api/bookings/${victims.review.id}/cancel`, { reason: 'not mine' }],
    [`/admin/api/bookings/${victims.confirmed.id}/check-in`, undefined],
  ];
  const answers = [];
  for (const [path, body] of attempts) {
    const response = await myStaff.call<{ code?: string }>('POST', path, { body });
    answers.push({ path, status: response.status, code: response.body.code });
  }
  expect(answers).toEqual(attempts.map(([path]) => ({ path, status: 404, code: 'booking_not_found' })));
  expect(await snapshot()).toEqual(before);
});

it('still lets their own key and staff act on the same rows (the refusals were about tenancy)', async () => {
  const cancel = await api<Booking>('POST', `/v1/bookings/${victims.held.id}/cancel`, {
    key: theirs.apiKey,
    body: { reason: 'their own' },
  });
  expect(cancel).toMatchObject({ status: 200, body: { status: 'cancelled' } });
  const theirStaff = await signIn(stack.baseUrl, await createStaff(stack.prisma, theirs.id, 'ops'));
  const approve = await theirStaff.call<Booking>('POST', `/admin/api/bookings/${victims.review.id}/approve`, {
    body: {},
  });
  expect(approve).toMatchObject({ status: 200, body: { status: 'confirmed' } });
});
