/**
 * The demo spread over real HTTP, Postgres and Temporal: the demo restaurant (seeded through the
 * setup import, as `npm start` does) gets confirmed bookings, large parties in review and open
 * holds for today and three days; a second run books nothing new; a booking from elsewhere on
 * those days stops it.
 */
import { ApiKeyRepository, SetupDocumentRepository } from '@tablekeeper/db';
import { importSetupDocument, parseSetupDocument } from '../../apps/gateway/src/setup/setup-document';
import { demoSetupDocument } from '../../prisma/demo-restaurant';
import { makeDemoSpread } from '../../prisma/demo-bookings.spread';
import { apiClient } from '../support/http';
import { startTestStack, type TestStack } from '../support/test-stack';

// About 130 bookings one after another through the workflow: minutes on a loaded 2-core machine.
jest.setTimeout(300_000);

let stack: TestStack;
let restaurantId: string;
let apiKey: string;

beforeAll(async () => {
  stack = await startTestStack();
  const documents = new SetupDocumentRepository(stack.prisma);
  restaurantId = (await importSetupDocument(documents, 'seed', await parseSetupDocument(demoSetupDocument())))
    .restaurantId;
  apiKey = (
    await new ApiKeyRepository(stack.prisma).create({
      name: 'demo dev key',
      restaurantIds: [restaurantId],
      scopes: ['availability:read', 'bookings:read', 'bookings:write'],
      readsPerMinute: 1_000_000,
      writesPerMinute: 1_000_000,
    })
  ).rawKey;
});
afterAll(async () => {
  await stack?.stop();
});

const statuses = async () => {
  const rows = await stack.prisma.booking.groupBy({ by: ['status'], where: { restaurantId }, _count: true });
  return Object.fromEntries(rows.map((r) => [r.status, r._count]));
};

it('books a lively spread through the workflow, once, and never over other bookings', async () => {
  const now = new Date();
  const first = await makeDemoSpread({ prisma: stack.prisma, apiUrl: stack.baseUrl, apiKey, now });
  expect(first.made).toBe(true);
  const after = await statuses();
  // Today's next slots are seated (none once today's last slot has gone: the plan's unit test covers that).
  const toSeat = first.made ? first.plan.filter((p) => p.seatOnArrival).length : -1;
  expect(after.checked_in ?? 0).toBe(toSeat);
  expect(after.confirmed).toBeGreaterThan(20);
  expect(after.manual_review).toBeGreaterThanOrEqual(1);
  expect((after.held ?? 0) + (after.expired ?? 0)).toBeGreaterThanOrEqual(1);
  const events = await stack.prisma.bookingEvent.count({ where: { booking: { restaurantId } } });
  expect(events).toBeGreaterThan(after.confirmed * 3);

  const total = await stack.prisma.booking.count({ where: { restaurantId } });
  const again = await makeDemoSpread({ prisma: stack.prisma, apiUrl: stack.baseUrl, apiKey });
  expect(again.made).toBe(true);
  expect(await stack.prisma.booking.count({ where: { restaurantId } })).toBe(total);

  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  const real = await apiClient(stack.baseUrl)('POST', '/v1/bookings', {
    key: apiKey,
    idempotencyKey: 'a-real-guest',
    body: { restaurantId, partySize: 2, startsAt: `${tomorrow}T12:00:00Z`, guest: { name: 'Real Guest' } },
  });
  expect([201, 409]).toContain(real.status);
  if (real.status === 201) {
    const refused = await makeDemoSpread({ prisma: stack.prisma, apiUrl: stack.baseUrl, apiKey });
    expect(refused).toEqual({ made: false, why: '1 bookings not from the demo spread on those days' });
  }
});

it('does nothing where there is no demo restaurant', async () => {
  const result = await makeDemoSpread({ prisma: stack.prisma, apiUrl: stack.baseUrl, apiKey, slug: 'nope' });
  expect(result).toEqual({ made: false, why: 'no nope restaurant' });
});
