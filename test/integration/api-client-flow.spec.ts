/**
 * The whole agent flow driven only through the typed client @tablekeeper/api-client (openapi-fetch
 * over the types openapi-typescript generates from the committed openapi.json), against the real
 * gateway, worker, Temporal, Postgres and Redis. No casts: `npm test` type-checks this file
 * (`npm run typecheck`), so a schema that lies about a field this test reads fails to compile, and
 * every answer is validated against the committed document's schema for its status as it arrives.
 */
import { randomUUID } from 'node:crypto';
import type { Middleware } from 'openapi-fetch';
import { createTablekeeperClient, type TablekeeperClient, type components } from '@tablekeeper/api-client';
import { createTestRestaurant, type TestRestaurant } from '../support/fixtures';
import { committedDocument, responseSchema, schemaValidator } from '../support/openapi-schema';
import { startTestStack, type TestStack } from '../support/test-stack';

type Slot = components['schemas']['AvailabilitySlotOutput'];
type BookingStatus = components['schemas']['BookingOutput']['status'];

const document = committedDocument();
const validator = schemaValidator(document);
/** Every answer that did not match its documented schema, `METHOD path status: errors`. */
const mismatches: string[] = [];
/** Every answer seen, `METHOD path status`, so a test can show which were checked. */
const answered: string[] = [];

/** Checks each answer against the committed document, as an integrator's validating proxy would. */
const conformance: Middleware = {
  async onResponse({ request, response, schemaPath }) {
    const method = request.method.toLowerCase();
    const seen = `${request.method} ${schemaPath} ${response.status}`;
    answered.push(seen);
    const type = response.headers.get('content-type') ?? '';
    const expected = response.status >= 400 ? 'application/problem+json' : 'application/json';
    if (!type.startsWith(expected)) mismatches.push(`${seen}: content-type ${type}, documented ${expected}`);
    const body: unknown = await response.clone().json();
    const errors = validator.errorsOf(responseSchema(document, schemaPath, method, response.status), body);
    if (errors.length > 0) mismatches.push(`${seen}: ${errors.join('; ')}`);
    return undefined;
  },
};

let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.stop();
});
afterEach(() => {
  expect(mismatches).toEqual([]);
  mismatches.length = 0;
});

function clientFor(restaurant: TestRestaurant): TablekeeperClient {
  const client = createTablekeeperClient({ baseUrl: stack.baseUrl, apiKey: restaurant.apiKey });
  client.use(conformance);
  return client;
}

/** A local date some days ahead (the test restaurants keep UTC). */
function daysAhead(days: number): string {
  const at = new Date();
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

const guest = { name: 'Client Flow', phone: '+447700900321' };

it('availability → hold → confirm → get → cancel, every answer as the document says', async () => {
  // Holds live long enough for the guest in this test to decide.
  const restaurant = await createTestRestaurant(stack.prisma, { policy: { holdTtlSeconds: 300 } });
  const client = clientFor(restaurant);
  const date = daysAhead(3);

  const day = await client.GET('/v1/restaurants/{id}/availability', {
    params: { path: { id: restaurant.id }, query: { date, partySize: 2, time: '19:00' } },
  });
  expect(day.response.status).toBe(200);
  if (!day.data) throw new Error(`availability answered ${JSON.stringify(day.error)}`);
  expect(day.data).toMatchObject({ restaurantId: restaurant.id, date, partySize: 2, timezone: 'UTC' });
  const wanted: Slot | undefined = day.data.slots.find((slot) => slot.time === '19:00');
  expect(wanted).toMatchObject({ available: true, startsAt: `${date}T19:00:00Z`, manualReview: false });
  expect(day.data.requested).toMatchObject({ time: '19:00', available: true });
  if (!wanted) throw new Error('19:00 is not offered');

  const holdKey = `hold-${randomUUID()}`;
  const holdBody = { restaurantId: restaurant.id, partySize: 2, startsAt: wanted.startsAt, guest };
  const held = await client.POST('/v1/holds', {
    params: { header: { 'Idempotency-Key': holdKey } },
    body: holdBody,
  });
  expect(held.response.status).toBe(201);
  if (!held.data || held.data.status === 'pending') throw new Error(`hold: ${JSON.stringify(held.error)}`);
  const hold = held.data;
  expect(hold.status).toBe('held');
  // A nullable date-time typed as a string: a lying schema (an object, a Record) fails to compile here.
  const expiresAt: string | null = hold.holdExpiresAt;
  expect(Date.parse(expiresAt ?? '')).toBeGreaterThan(Date.now());
  expect(Date.parse(hold.startsAt)).toBe(Date.parse(wanted.startsAt));
  expect(hold.guestRecognised).toBe(false);

  // The same key and body again: the first answer, replayed.
  const replay = await client.POST('/v1/holds', {
    params: { header: { 'Idempotency-Key': holdKey } },
    body: holdBody,
  });
  expect(replay.response.status).toBe(201);
  expect(replay.response.headers.get('idempotent-replayed')).toBe('true');
  expect(replay.data).toEqual(hold);

  const confirmed = await client.POST('/v1/holds/{id}/confirm', {
    params: { path: { id: hold.id }, header: { 'Idempotency-Key': `confirm-${randomUUID()}` } },
  });
  expect(confirmed.response.status).toBe(200);
  if (!confirmed.data) throw new Error(`confirm: ${JSON.stringify(confirmed.error)}`);
  const status: BookingStatus = confirmed.data.status;
  expect(status).toBe('confirmed');
  expect(confirmed.data).toMatchObject({ id: hold.id, holdExpiresAt: null, reviewReason: null });
  expect(confirmed.data.tables).toHaveLength(1);

  const fetched = await client.GET('/v1/bookings/{id}', { params: { path: { id: hold.id } } });
  expect(fetched.response.status).toBe(200);
  if (!fetched.data) throw new Error(`get: ${JSON.stringify(fetched.error)}`);
  expect(fetched.data).toMatchObject({
    id: hold.id,
    status: 'confirmed',
    partySize: 2,
    closeReasonCode: null,
    guest: { name: guest.name },
  });
  expect(fetched.response.headers.get('etag')).toBe(`"${fetched.data.version}"`);
  const reached: BookingStatus[] = fetched.data.events.map((event) => event.to);
  expect(reached).toEqual(expect.arrayContaining(['held', 'confirmed']));

  const cancelled = await client.POST('/v1/bookings/{id}/cancel', {
    params: { path: { id: hold.id }, header: { 'Idempotency-Key': `cancel-${randomUUID()}` } },
    body: { reasonCode: 'guest_request', reason: 'Plans changed' },
  });
  expect(cancelled.response.status).toBe(200);
  if (!cancelled.data) throw new Error(`cancel: ${JSON.stringify(cancelled.error)}`);
  expect(cancelled.data).toMatchObject({ id: hold.id, status: 'cancelled', closeReason: 'Plans changed' });

  const after = await client.GET('/v1/bookings/{id}', { params: { path: { id: hold.id } } });
  expect(after.data).toMatchObject({ status: 'cancelled', closeReasonCode: 'guest_request' });
  // The cancelled table is free again.
  const freed = await client.GET('/v1/restaurants/{id}/availability', {
    params: { path: { id: restaurant.id }, query: { date, partySize: 2, time: '19:00' } },
  });
  expect(freed.data?.requested).toMatchObject({ available: true });

  expect(answered).toEqual(
    expect.arrayContaining([
      'GET /v1/restaurants/{id}/availability 200',
      'POST /v1/holds 201',
      'POST /v1/holds/{id}/confirm 200',
      'GET /v1/bookings/{id} 200',
      'POST /v1/bookings/{id}/cancel 200',
    ]),
  );
});

it('answers a full time 409 no_capacity with typed alternatives, and one of them books', async () => {
  const restaurant = await createTestRestaurant(stack.prisma, {
    tables: [{ label: 'A1', zone: 'Main', min: 1, max: 2 }],
    combinations: [],
  });
  const client = clientFor(restaurant);
  const startsAt = `${daysAhead(4)}T12:00:00+00:00`;
  const book = (at: string) =>
    client.POST('/v1/bookings', {
      params: { header: { 'Idempotency-Key': `book-${randomUUID()}` } },
      body: { restaurantId: restaurant.id, partySize: 2, startsAt: at, guest },
    });

  const first = await book(startsAt);
  expect(first.response.status).toBe(201);
  expect(first.data?.status).toBe('confirmed');

  const refused = await book(startsAt);
  expect(refused.response.status).toBe(409);
  expect(refused.data).toBeUndefined();
  if (!refused.error) throw new Error('a second booking of the only table was accepted');
  expect(refused.error).toMatchObject({ status: 409, code: 'no_capacity' });
  const alternatives: readonly Slot[] = refused.error.alternatives ?? [];
  // One table, one-hour bookings on the hour: the nearest free times are an hour either side.
  expect(alternatives.slice(0, 2).map((slot) => slot.time)).toEqual(['11:00', '13:00']);
  expect(alternatives.every((slot) => slot.available)).toBe(true);

  const alternative = await book(alternatives[0].startsAt);
  expect(alternative.response.status).toBe(201);
  expect(alternative.data?.status).toBe('confirmed');
  expect(answered).toEqual(expect.arrayContaining(['POST /v1/bookings 409']));
});

it('answers the same Idempotency-Key with another body 422 idempotency_key_reused, writing nothing', async () => {
  const restaurant = await createTestRestaurant(stack.prisma);
  const client = clientFor(restaurant);
  const key = `reuse-${randomUUID()}`;
  const body = { restaurantId: restaurant.id, partySize: 2, startsAt: `${daysAhead(5)}T18:00:00Z`, guest };

  const first = await client.POST('/v1/bookings', { params: { header: { 'Idempotency-Key': key } }, body });
  expect(first.response.status).toBe(201);

  const reused = await client.POST('/v1/bookings', {
    params: { header: { 'Idempotency-Key': key } },
    body: { ...body, partySize: 3 },
  });
  expect(reused.response.status).toBe(422);
  if (!reused.error) throw new Error('a reused key with another body was accepted');
  expect(reused.error).toMatchObject({ status: 422, code: 'idempotency_key_reused' });
  expect(await stack.prisma.booking.count({ where: { restaurantId: restaurant.id } })).toBe(1);
  expect(answered).toEqual(expect.arrayContaining(['POST /v1/bookings 422']));
});
