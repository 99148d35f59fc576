/**
 * One guest per restaurant and person, over real HTTP, Temporal and Postgres: a second booking
 * with the same phone in another format (or the same e-mail) is the same guest and is told so;
 * a phone of one guest with the e-mail of another is a conflict for staff, not a merge; and
 * "find my booking" by phone or e-mail answers only upcoming bookings at the key's restaurants,
 * in the same shape for a number nobody has, with a lookup budget of its own.
 */
import { ApiKeyRepository } from '@tablekeeper/db';
import type { PlacementResult } from '@tablekeeper/temporal/shared/booking.contract';
import { createTestRestaurant, inSeconds, tomorrowAt, type TestRestaurant } from '../support/fixtures';
import { apiClient, type ApiCall } from '../support/http';
import { startTestStack, type TestStack } from '../support/test-stack';

type Placed = { id: string; status: string; guestRecognised: boolean; startsAt: string; workflowId: string };
type Found = { items: { id: string; restaurantId: string; status: string }[] };

let stack: TestStack;
let api: ApiCall;
let n = 0;

beforeAll(async () => {
  stack = await startTestStack();
  api = apiClient(stack.baseUrl);
});
afterAll(async () => {
  await stack?.stop();
});

async function britishRestaurant(): Promise<TestRestaurant> {
  const r = await createTestRestaurant(stack.prisma);
  await stack.prisma.restaurant.update({ where: { id: r.id }, data: { country: 'GB' } });
  return r;
}

async function book(
  r: TestRestaurant,
  guest: Record<string, unknown>,
  startsAt: string = tomorrowAt(12 + (n % 10)),
): Promise<Placed> {
  const res = await api<Placed>('POST', '/v1/bookings', {
    key: r.apiKey,
    idempotencyKey: `guest-${Date.now()}-${n++}`,
    body: { restaurantId: r.id, partySize: 2, startsAt, guest },
  });
  expect(res.status).toBe(201);
  return res.body;
}

const headerNames = (headers: Headers): string[] => {
  const names: string[] = [];
  headers.forEach((_value, name) => names.push(name));
  return names.filter((name) => !['date', 'x-request-id', 'traceparent'].includes(name)).sort();
};

const guestOf = async (bookingId: string) =>
  (await stack.prisma.booking.findUniqueOrThrow({ where: { id: bookingId }, include: { guest: true } }))
    .guest;

describe('guest identity', () => {
  it('a second booking with the same phone in another format is the same guest, and is recognised', async () => {
    const r = await britishRestaurant();
    const first = await book(r, { name: 'Ada Lovelace', phone: '+44 7700 900123' });
    expect(first.guestRecognised).toBe(false);
    const second = await book(r, { name: 'Ada L.', phone: '07700 900123', email: 'Ada@Example.com' });
    expect(second.guestRecognised).toBe(true);
    // The workflow's own answer carries it (the hold found it), so the gateway asks Postgres no more.
    for (const [placed, recognised] of [
      [first, false],
      [second, true],
    ] as const) {
      const answer = await stack.temporal.workflow
        .getHandle(placed.workflowId)
        .getUpdateHandle<PlacementResult>(`place:${placed.workflowId}`)
        .result();
      expect(answer).toMatchObject({ outcome: 'placed', guestRecognised: recognised });
    }
    const guest = await guestOf(second.id);
    expect(guest.id).toBe((await guestOf(first.id)).id);
    expect(guest).toMatchObject({
      phoneE164: '+447700900123',
      emailNormalized: 'ada@example.com',
      name: 'Ada Lovelace',
    });
    // A third, by e-mail alone in other letters, is still her.
    const third = await book(r, { name: 'Ada', email: 'ADA@example.com' });
    expect(third.guestRecognised).toBe(true);
    expect((await guestOf(third.id)).id).toBe(guest.id);
    expect(await stack.prisma.guest.count({ where: { restaurantId: r.id } })).toBe(1);
  });

  it('the same phone at another restaurant is another guest there', async () => {
    const a = await britishRestaurant();
    const b = await britishRestaurant();
    const atA = await book(a, { name: 'Grace Hopper', phone: '+447700900555' });
    const atB = await book(b, { name: 'Grace Hopper', phone: '+447700900555' });
    expect(atB.guestRecognised).toBe(false);
    expect((await guestOf(atA.id)).id).not.toBe((await guestOf(atB.id)).id);
  });

  it('language, consent and dietary needs go to the profile; consent keeps its time and source', async () => {
    const r = await britishRestaurant();
    const first = await book(r, {
      name: 'Edsger Dijkstra',
      phone: '+447700900777',
      language: 'nl',
      marketingConsent: true,
      allergens: ['peanuts', 'milk'],
      dietaryNotes: 'Vegetarian',
    });
    await book(r, {
      name: 'Edsger Dijkstra',
      phone: '+447700900777',
      marketingConsent: false,
      allergens: ['sesame', 'milk'],
    });
    const guest = await guestOf(first.id);
    expect(guest).toMatchObject({
      language: 'nl',
      allergens: ['milk', 'peanuts', 'sesame'],
      dietaryNotes: 'Vegetarian',
      marketingConsent: false,
      marketingConsentSource: 'booking:api',
    });
    expect(guest.marketingConsentAt).toBeInstanceOf(Date);
    const consents = await stack.prisma.guestConsentEvent.findMany({
      where: { guestId: guest.id },
      orderBy: { id: 'asc' },
    });
    expect(consents.map((c) => [c.granted, c.source])).toEqual([
      [true, 'booking:api'],
      [false, 'booking:api'],
    ]);
  });

  it('refuses an allergen outside the EU list and a malformed language with 400 naming the field', async () => {
    const r = await britishRestaurant();
    for (const [guest, field] of [
      [{ name: 'X', allergens: ['strawberries'] }, 'guest.allergens'],
      [{ name: 'X', language: 'english please' }, 'guest.language'],
    ] as const) {
      const res = await api<{ code: string; errors: { field: string }[] }>('POST', '/v1/bookings', {
        key: r.apiKey,
        idempotencyKey: `bad-${n++}`,
        body: { restaurantId: r.id, partySize: 2, startsAt: tomorrowAt(19), guest },
      });
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('validation_failed');
      expect(JSON.stringify(res.body)).toContain(field);
    }
  });

  it("one guest's phone with another's e-mail goes to the phone's guest and is a conflict for staff", async () => {
    const r = await britishRestaurant();
    const byPhone = await book(r, { name: 'Alan Turing', phone: '+447700900321' });
    const byEmail = await book(r, { name: 'Alan M. Turing', email: 'alan@example.org' });
    const both = await book(r, { name: 'Alan', phone: '07700900321', email: 'alan@example.org' });
    expect(both.guestRecognised).toBe(true);
    const phoneGuest = await guestOf(byPhone.id);
    expect((await guestOf(both.id)).id).toBe(phoneGuest.id);
    const emailGuest = await guestOf(byEmail.id);
    expect(emailGuest.id).not.toBe(phoneGuest.id);
    // Not merged silently: two guests, one open conflict naming both.
    expect(await stack.prisma.guest.count({ where: { restaurantId: r.id } })).toBe(2);
    const conflicts = await stack.prisma.guestConflict.findMany({ where: { restaurantId: r.id } });
    expect(conflicts).toEqual([
      expect.objectContaining({
        guestId: phoneGuest.id,
        otherGuestId: emailGuest.id,
        bookingId: both.id,
        resolvedAt: null,
      }),
    ]);
  });

  it('concurrent first bookings of one new guest make one guest', async () => {
    const r = await britishRestaurant();
    const placed = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        book(
          r,
          { name: 'Barbara Liskov', phone: i % 2 ? '+447700900999' : '07700 900999' },
          tomorrowAt(10 + i),
        ),
      ),
    );
    expect(placed.filter((p) => !p.guestRecognised)).toHaveLength(1);
    expect(await stack.prisma.guest.count({ where: { restaurantId: r.id } })).toBe(1);
  });
});

describe('find my booking: GET /v1/bookings?phone=|email=', () => {
  it("answers the guest's upcoming bookings at the key's restaurants only, the same shape for an unknown number", async () => {
    const mine = await britishRestaurant();
    const other = await britishRestaurant();
    const upcoming = await book(mine, { name: 'Katherine Johnson', phone: '+447700900444' });
    const soon = await book(mine, { name: 'Katherine Johnson', phone: '+447700900444' }, inSeconds(3600));
    await book(other, { name: 'Katherine Johnson', phone: '+447700900444' });
    const cancelled = await book(mine, { name: 'Katherine Johnson', phone: '+447700900444' });
    const cancel = await api('POST', `/v1/bookings/${cancelled.id}/cancel`, {
      key: mine.apiKey,
      idempotencyKey: `cancel-${n++}`,
      body: { reasonCode: 'guest_request' },
    });
    expect(cancel.status).toBe(200);

    const found = await api<Found>('GET', `/v1/bookings?phone=${encodeURIComponent('07700 900444')}`, {
      key: mine.apiKey,
    });
    expect(found.status).toBe(200);
    expect(found.body.items.map((b) => b.id)).toEqual([soon.id, upcoming.id]);
    expect(found.body.items.every((b) => b.restaurantId === mine.id)).toBe(true);
    expect(JSON.stringify(found.body)).not.toContain('Katherine');

    const byEmailNobody = await api<Found>('GET', '/v1/bookings?email=nobody@example.com', {
      key: mine.apiKey,
    });
    const unknown = await api<Found>('GET', '/v1/bookings?phone=%2B447700900000', { key: mine.apiKey });
    for (const res of [unknown, byEmailNobody]) {
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ items: [] });
      expect(headerNames(res.headers)).toEqual(headerNames(found.headers));
    }
  });

  it('finds by e-mail too, and a key of two restaurants sees both', async () => {
    const a = await britishRestaurant();
    const b = await britishRestaurant();
    const atA = await book(a, { name: 'Hedy Lamarr', email: 'hedy@example.net' });
    const atB = await book(b, { name: 'Hedy Lamarr', email: 'Hedy@Example.net' });
    const both = await new ApiKeyRepository(stack.prisma).create({
      name: 'two restaurants',
      restaurantIds: [a.id, b.id],
      scopes: ['bookings:read'],
      readsPerMinute: 1000,
      writesPerMinute: 1000,
    });
    const found = await api<Found>('GET', '/v1/bookings?email=hedy%40example.net', { key: both.rawKey });
    expect(found.body.items.map((x) => x.id).sort()).toEqual([atA.id, atB.id].sort());
  });

  it('wants exactly one of phone or email, and bookings:read', async () => {
    const r = await britishRestaurant();
    const none = await api<{ code: string }>('GET', '/v1/bookings', { key: r.apiKey });
    expect(none.status).toBe(400);
    expect(none.body.code).toBe('validation_failed');
    const two = await api<{ code: string }>('GET', '/v1/bookings?phone=07700900111&email=a%40b.co', {
      key: r.apiKey,
    });
    expect(two.status).toBe(400);
    const writer = await new ApiKeyRepository(stack.prisma).create({
      name: 'writes only',
      restaurantIds: [r.id],
      scopes: ['bookings:write'],
    });
    const refused = await api('GET', '/v1/bookings?phone=07700900111', { key: writer.rawKey });
    expect(refused.status).toBe(403);
  });

  it('has a lookup budget of its own: the 31st lookup in a minute is 429, other reads go on', async () => {
    const r = await britishRestaurant();
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++) {
      const res = await api(
        'GET',
        `/v1/bookings?phone=${encodeURIComponent(`+4477009001${String(i).padStart(2, '0')}`)}`,
        {
          key: r.apiKey,
        },
      );
      statuses.push(res.status);
    }
    expect(statuses.slice(0, 30).every((s) => s === 200)).toBe(true);
    expect(statuses[30]).toBe(429);
    const availability = await api('GET', `/v1/restaurants/${r.id}`, { key: r.apiKey });
    expect(availability.status).toBe(200);
  });
});
