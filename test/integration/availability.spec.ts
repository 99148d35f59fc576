/** GET /v1/restaurants/{id}/availability over real HTTP, Postgres, Redis and Temporal. */
import { createTestRestaurant, type TestRestaurant } from '../support/fixtures';
import { apiClient, eventually, type ApiCall } from '../support/http';
import { startTestStack, type TestStack } from '../support/test-stack';

type Slot = {
  time: string;
  startsAt: string;
  available: boolean;
  remainingCovers: number | null;
  zones: string[];
  manualReview: boolean;
};
type Availability = {
  slots: Slot[];
  requested?: { available: boolean };
  alternatives?: Slot[];
  timezone: string;
};

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

/** A date a few days ahead, so no slot is in the past. */
function futureDate(days = 3): string {
  const d = new Date(Date.now() + days * 86_400_000);
  return d.toISOString().slice(0, 10);
}

async function restaurantWithOneTable(policy = {}): Promise<TestRestaurant> {
  return createTestRestaurant(stack.prisma, {
    tables: [{ label: 'Solo', zone: 'Main', min: 1, max: 2 }],
    combinations: [],
    policy: { slotIntervalMinutes: 60, ...policy },
  });
}

const availability = (r: TestRestaurant, query: string) =>
  api<Availability>('GET', `/v1/restaurants/${r.id}/availability?${query}`, { key: r.apiKey });

const book = (r: TestRestaurant, startsAt: string, path = '/v1/bookings', partySize = 2) =>
  api<{ id: string; status: string; workflowId: string }>('POST', path, {
    key: r.apiKey,
    idempotencyKey: `avail-${Date.now()}-${++counter}`,
    body: { restaurantId: r.id, partySize, startsAt, guest: { name: 'Availability Test' } },
  });

it('lists the day with free times, and what it shows as free a POST accepts', async () => {
  const r = await restaurantWithOneTable();
  const date = futureDate();
  const day = await availability(r, `date=${date}&partySize=2`);
  expect(day.status).toBe(200);
  expect(day.body.timezone).toBe('UTC');
  expect(day.body.slots).toHaveLength(24);
  expect(day.body.slots[19]).toMatchObject({
    time: '19:00',
    startsAt: `${date}T19:00:00Z`,
    available: true,
    zones: ['Main'],
  });

  const booked = await book(r, day.body.slots[19].startsAt);
  expect(booked.status).toBe(201);

  // The booking invalidated the cached day: the next read already shows it taken.
  const after = await availability(r, `date=${date}&partySize=2&time=19:00`);
  expect(after.body.slots[19].available).toBe(false);
  expect(after.body.requested).toMatchObject({ available: false });
  // One table, one-hour bookings on the hour: 18:00 and 20:00 are the nearest free times.
  expect(after.body.alternatives!.slice(0, 2).map((s) => s.time)).toEqual(['18:00', '20:00']);

  for (const slot of after.body.slots.filter((s) => s.available).slice(0, 3)) {
    const accepted = await book(r, slot.startsAt);
    expect(accepted.status).toBe(201);
  }
});

it('answers 409 no_capacity with the same alternatives', async () => {
  const r = await restaurantWithOneTable();
  const date = futureDate(4);
  expect((await book(r, `${date}T12:00:00+00:00`)).status).toBe(201);
  const refused = await book(r, `${date}T12:00:00+00:00`);
  expect(refused.status).toBe(409);
  const body = refused.body as unknown as { code: string; alternatives: Slot[] };
  expect(body.code).toBe('no_capacity');
  expect(body.alternatives.slice(0, 2).map((s) => s.time)).toEqual(['11:00', '13:00']);
  const day = await availability(r, `date=${date}&partySize=2&time=12:00`);
  expect(day.body.alternatives).toEqual(body.alternatives);
});

it('frees capacity when a hold lapses, even if an operator terminated its workflow', async () => {
  // Long enough that the hold is still live when the first read below is answered.
  const r = await restaurantWithOneTable({ holdTtlSeconds: 6 });
  const date = futureDate(5);
  const held = await book(r, `${date}T10:00:00+00:00`, '/v1/holds');
  expect(held.status).toBe(201);
  await stack.temporal.workflow.getHandle(held.body.workflowId).terminate('operator test');
  expect((await availability(r, `date=${date}&partySize=2`)).body.slots[10].available).toBe(false);

  await eventually(async () => {
    const day = await availability(r, `date=${date}&partySize=2`);
    return day.body.slots[10].available ? true : undefined;
  }, 30_000);
  const taken = await book(r, `${date}T10:00:00+00:00`);
  expect(taken.status).toBe(201);
  expect(taken.body.status).toBe('confirmed');
});

it('serves no stale day after Redis loses its keys, whatever the gateway remembers', async () => {
  const [read, written] = [await restaurantWithOneTable(), await restaurantWithOneTable()];
  const date = futureDate(6);
  const freeAt = async (r: TestRestaurant, hour: number) =>
    (await availability(r, `date=${date}&partySize=2`)).body.slots[hour].available;

  // One day read before a booking and not since: remembered under the version before it.
  expect(await freeAt(read, 8)).toBe(true);
  expect((await book(read, `${date}T08:00:00+00:00`)).status).toBe(201);
  // Another read after a booking: remembered under the version that booking set.
  expect((await book(written, `${date}T08:00:00+00:00`)).status).toBe(201);
  expect(await freeAt(written, 9)).toBe(true);

  // Redis loses every key of this stack, versions included.
  expect(await stack.clearRedis()).toBeGreaterThan(0);
  // A lost version must not read as the one before the booking...
  expect(await freeAt(read, 8)).toBe(false);
  // ...nor may the next booking's version repeat the one the gateway still remembers.
  expect((await book(written, `${date}T09:00:00+00:00`)).status).toBe(201);
  expect(await freeAt(written, 9)).toBe(false);
  expect(await freeAt(written, 8)).toBe(false);
});

it('honours opening hours, last seating and party size', async () => {
  const r = await createTestRestaurant(stack.prisma, {
    policy: { mustEndByClose: true, defaultDurationSeconds: 7200 },
  });
  const date = futureDate();
  const day = await availability(r, `date=${date}&partySize=2`);
  // Open 00:00-24:00 with 2-hour bookings that must end by midnight: last seating 22:00.
  expect(day.body.slots.at(-1)!.time).toBe('22:00');
  const tooMany = await availability(r, `date=${date}&partySize=30`);
  expect(tooMany.status).toBe(422);
  expect(tooMany.body).toMatchObject({ code: 'party_size_out_of_range' });
});

it('answers past days with an empty list', async () => {
  const r = await restaurantWithOneTable();
  const day = await availability(r, 'date=2020-01-01&partySize=2');
  expect(day.status).toBe(200);
  expect(day.body.slots).toEqual([]);
});

it('answers malformed parameters with 400 naming the field', async () => {
  const r = await restaurantWithOneTable();
  const cases: [string, string][] = [
    ['partySize=2', 'date'],
    ['date=2026-13-40&partySize=2', 'date'],
    ['date=tomorrow&partySize=2', 'date'],
    [`date=${futureDate()}`, 'partySize'],
    [`date=${futureDate()}&partySize=two`, 'partySize'],
    [`date=${futureDate()}&partySize=2.5`, 'partySize'],
    [`date=${futureDate()}&partySize=0`, 'partySize'],
    [`date=${futureDate()}&partySize=2&time=25:00`, 'time'],
    [`date=${futureDate()}&partySize=2&extra=1`, 'extra'],
  ];
  for (const [query, field] of cases) {
    const response = await availability(r, query);
    expect({ query, status: response.status }).toEqual({ query, status: 400 });
    expect(
      (response.body as unknown as { errors: { field: string }[] }).errors.map((e) => e.field),
    ).toContain(field);
  }
});

it("answers 404 for another restaurant's availability", async () => {
  const mine = await restaurantWithOneTable();
  const theirs = await restaurantWithOneTable();
  const response = await api(
    'GET',
    `/v1/restaurants/${theirs.id}/availability?date=${futureDate()}&partySize=2`,
    {
      key: mine.apiKey,
    },
  );
  expect(response.status).toBe(404);
  expect(response.body).toMatchObject({ code: 'restaurant_not_found' });
});
