/**
 * The cancellation cutoff over real HTTP, Postgres, Redis and Temporal: inside it a guest-side
 * cancel (API key, manage link, MCP; one command service) answers 422 cancellation_cutoff_passed
 * naming the cutoff and the latest moment; staff still cancel, and the event records it as late.
 */
import { ApiKeyRepository } from '@tablekeeper/db';
import { createStaff, signIn } from '../support/admin';
import { createTestRestaurant, inSeconds, type TestRestaurant } from '../support/fixtures';
import { apiClient, type ApiCall } from '../support/http';
import { callTool, connectHttp, refusalOf } from '../support/mcp-client';
import { startTestStack, type TestStack } from '../support/test-stack';

let stack: TestStack;
let api: ApiCall;
let r: TestRestaurant;
let counter = 0;

beforeAll(async () => {
  stack = await startTestStack();
  api = apiClient(stack.baseUrl);
  r = await createTestRestaurant(stack.prisma, { policy: { cancellationCutoffMinutes: 120 } });
});
afterAll(async () => {
  await stack?.stop();
});

interface Booking {
  id: string;
  status: string;
  startsAt: string;
  code?: string;
  cutoffMinutes?: number;
  latestCancellationAt?: string;
}

const book = async (startsAt: string): Promise<Booking> => {
  const placed = await api<Booking>('POST', '/v1/bookings', {
    key: r.apiKey,
    idempotencyKey: `cutoff-${Date.now()}-${++counter}`,
    body: { restaurantId: r.id, partySize: 2, startsAt, guest: { name: 'Cutoff Test' } },
  });
  expect(placed.body.status).toBe('confirmed');
  return placed.body;
};

const cancelByKey = (id: string) =>
  api<Booking>('POST', `/v1/bookings/${id}/cancel`, {
    key: r.apiKey,
    idempotencyKey: `cutoff-cancel-${id}`,
    body: { reasonCode: 'guest_request' },
  });

const cancelEventOf = async (bookingId: string) =>
  stack.prisma.bookingEvent.findFirstOrThrow({ where: { bookingId, toStatus: 'cancelled' } });

it('refuses a guest-side cancel an hour before the start, naming the cutoff and the latest time', async () => {
  const booking = await book(inSeconds(3600));
  const latest = new Date(new Date(booking.startsAt).getTime() - 120 * 60_000).toISOString();

  const byKey = await cancelByKey(booking.id);
  expect(byKey.status).toBe(422);
  expect(byKey.headers.get('content-type')).toContain('application/problem+json');
  expect(byKey.body).toMatchObject({
    code: 'cancellation_cutoff_passed',
    cutoffMinutes: 120,
    latestCancellationAt: latest,
  });

  const link = await api<{ token: string }>('POST', `/v1/bookings/${booking.id}/manage-link`, {
    key: r.apiKey,
  });
  expect(link.status).toBe(200);
  const byLink = await api<Booking>('POST', `/v1/manage/${link.body.token}/cancel`);
  expect(byLink.status).toBe(422);
  expect(byLink.body).toMatchObject({ code: 'cancellation_cutoff_passed', latestCancellationAt: latest });

  const mcp = await connectHttp(stack.baseUrl, r.apiKey);
  try {
    const byAgent = await callTool(mcp, 'cancel_booking', {
      booking_id: booking.id,
      reason: 'guest called to cancel',
    });
    expect(refusalOf(byAgent)).toMatchObject({ code: 'cancellation_cutoff_passed' });
  } finally {
    await mcp.close();
  }

  const still = await stack.prisma.booking.findUniqueOrThrow({ where: { id: booking.id } });
  expect(still.status).toBe('confirmed');
});

it('lets staff cancel inside the cutoff, recorded as late', async () => {
  const booking = await book(inSeconds(3600));
  const manager = await signIn(stack.baseUrl, await createStaff(stack.prisma, r.id, 'ops'));
  const cancelled = await manager.call<Booking>('POST', `/admin/api/bookings/${booking.id}/cancel`, {
    body: { reasonCode: 'guest_request', reason: 'guest phoned, running late' },
  });
  expect(cancelled.status).toBe(200);
  expect(cancelled.body.status).toBe('cancelled');
  expect((await cancelEventOf(booking.id)).data).toMatchObject({ reasonCode: 'guest_request', late: true });
});

it("lets the restaurant's own system (an admin-scope key) cancel inside the cutoff, recorded as late", async () => {
  const booking = await book(inSeconds(3600));
  const own = await new ApiKeyRepository(stack.prisma).create({
    name: 'restaurant POS',
    restaurantIds: [r.id],
    scopes: ['bookings:read', 'bookings:write', 'admin'],
  });
  const cancelled = await api<Booking>('POST', `/v1/bookings/${booking.id}/cancel`, {
    key: own.rawKey,
    idempotencyKey: `cutoff-admin-cancel-${booking.id}`,
    body: { reasonCode: 'guest_request' },
  });
  expect(cancelled.status).toBe(200);
  expect(cancelled.body.status).toBe('cancelled');
  expect((await cancelEventOf(booking.id)).data).toMatchObject({ late: true });
});

it('lets a guest cancel before the cutoff, recorded as not late', async () => {
  const booking = await book(inSeconds(3 * 3600));
  const cancelled = await cancelByKey(booking.id);
  expect(cancelled.status).toBe(200);
  expect(cancelled.body.status).toBe('cancelled');
  expect((await cancelEventOf(booking.id)).data).toMatchObject({ late: false });
});

it('never binds a hold: the guest may let it go a minute before the start', async () => {
  const held = await api<Booking>('POST', '/v1/holds', {
    key: r.apiKey,
    idempotencyKey: `cutoff-hold-${Date.now()}`,
    body: { restaurantId: r.id, partySize: 2, startsAt: inSeconds(60), guest: { name: 'Hold Test' } },
  });
  expect(held.body.status).toBe('held');
  const cancelled = await cancelByKey(held.body.id);
  expect(cancelled.status).toBe(200);
  expect((await cancelEventOf(held.body.id)).data).toMatchObject({ late: false });
});
