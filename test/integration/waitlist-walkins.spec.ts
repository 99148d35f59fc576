/**
 * Issue 19, the walk-in queue, over real HTTP: the quote grows with the parties ahead; seating a
 * walk-in takes the table through the walk-in placement and books the entry; remove; notify emits
 * waitlist.notified; the public wait-estimate endpoint's validation and tenancy.
 */
import { WebhookDeliveryRepository } from '@tablekeeper/db';
import { createStaff, signIn, type AdminSession } from '../support/admin';
import { createTestRestaurant, tomorrowAt, zoneInDaytime, type TestRestaurant } from '../support/fixtures';
import { apiClient, eventually, type ApiCall } from '../support/http';
import { startTestStack, type TestStack } from '../support/test-stack';

let stack: TestStack;
let api: ApiCall;
let seq = 0;
const key = (label: string) => `${label}-${Date.now()}-${seq++}`;
const MIN = 60_000;

interface Entry {
  id: string;
  kind: string;
  status: string;
  partySize: number;
  bookingId: string | null;
  closeReason: string | null;
  quotedAt: string | null;
  guest: { name: string; phone: string | null; email: string | null };
  notes: string | null;
  notifiedAt: string | null;
  notifications: number;
  createdAt: string;
}
interface WalkIn extends Entry {
  estimate: {
    partiesAhead: number;
    open: boolean;
    estimatedSeatFrom: string | null;
    estimatedSeatTo: string | null;
  };
}
interface Estimate {
  restaurantId: string;
  partySize: number;
  open: boolean;
  partiesAhead: number;
  estimatedSeatFrom: string | null;
  estimatedSeatTo: string | null;
  reason?: string;
  code?: string;
}

beforeAll(async () => {
  stack = await startTestStack();
  api = apiClient(stack.baseUrl);
});
afterAll(async () => {
  await stack?.stop();
}, 90_000);

async function oneTableRestaurant(): Promise<{ restaurant: TestRestaurant; ops: AdminSession; a1: string }> {
  // The walk-ins queued here are quoted hours ahead: the restaurant's midnight must be further.
  const restaurant = await createTestRestaurant(stack.prisma, {
    tables: [{ label: 'A1', zone: 'Main', min: 1, max: 2 }],
    combinations: [],
    timezone: zoneInDaytime(),
  });
  const ops = await signIn(stack.baseUrl, await createStaff(stack.prisma, restaurant.id, 'ops'));
  const table = await stack.prisma.diningTable.findFirstOrThrow({
    where: { restaurantId: restaurant.id, label: 'A1' },
  });
  return { restaurant, ops, a1: table.id };
}

function addWalkIn(ops: AdminSession, restaurant: TestRestaurant, name: string, partySize = 2) {
  return ops.call<WalkIn>('POST', '/admin/api/waitlist/walk-ins', {
    body: { restaurantId: restaurant.id, partySize, guest: { name, phone: '+447700900123' }, notes: 'pram' },
    headers: { 'idempotency-key': key('walk-in') },
  });
}

const estimate = (restaurant: TestRestaurant, query: string, apiKey = restaurant.apiKey) =>
  api<Estimate>('GET', `/v1/restaurants/${restaurant.id}/wait-estimate${query}`, { key: apiKey });

async function outboxOf(restaurantId: string, type: string) {
  const rows = await stack.prisma.outboxEvent.findMany({ where: { type }, orderBy: { id: 'asc' } });
  return rows.filter((r) => (r.payload as { restaurantId?: string }).restaurantId === restaurantId);
}

it('quotes a later time for each party ahead, from when the seated party is expected to leave', async () => {
  const { restaurant, ops, a1 } = await oneTableRestaurant();
  // An empty floor: a couple is seated at once.
  const empty = await estimate(restaurant, '?partySize=2');
  expect(empty.status).toBe(200);
  expect(empty.body).toMatchObject({
    restaurantId: restaurant.id,
    partySize: 2,
    open: true,
    partiesAhead: 0,
  });
  expect(Math.abs(Date.parse(empty.body.estimatedSeatFrom!) - Date.now())).toBeLessThan(MIN);

  // The one table is taken by a walk-in seated now, booked for the default hour.
  const seated = await ops.call('POST', '/admin/api/walk-ins', {
    body: { partySize: 2, tableIds: [a1] },
    headers: { 'idempotency-key': key('seat-now') },
  });
  expect(seated.status).toBe(201);

  const first = await addWalkIn(ops, restaurant, 'First Party');
  expect(first.status).toBe(201);
  expect(first.body).toMatchObject({
    kind: 'walk_in',
    status: 'waiting',
    guest: { name: 'First Party', phone: '+447700900123', email: null },
    notes: 'pram',
    estimate: { open: true, partiesAhead: 0 },
  });
  const firstWait = (Date.parse(first.body.quotedAt!) - Date.now()) / MIN;
  expect(firstWait).toBeGreaterThan(55);
  expect(firstWait).toBeLessThan(61);
  expect(Date.parse(first.body.estimate.estimatedSeatFrom!)).toBeLessThan(Date.parse(first.body.quotedAt!));
  expect(Date.parse(first.body.estimate.estimatedSeatTo!)).toBeGreaterThan(Date.parse(first.body.quotedAt!));

  const second = await addWalkIn(ops, restaurant, 'Second Party');
  expect(second.status).toBe(201);
  expect(second.body.estimate.partiesAhead).toBe(1);
  // The first party gets the table, and stays its hour.
  const gap = (Date.parse(second.body.quotedAt!) - Date.parse(first.body.quotedAt!)) / MIN;
  expect(gap).toBeGreaterThan(58);
  expect(gap).toBeLessThan(62);

  const now = await estimate(restaurant, '?partySize=2');
  expect(now.body.partiesAhead).toBe(2);
  expect(Date.parse(now.body.estimatedSeatFrom!)).toBeGreaterThan(
    Date.parse(second.body.estimate.estimatedSeatFrom!),
  );

  // A double submit is one entry.
  const retryKey = key('double');
  const body = { restaurantId: restaurant.id, partySize: 2, guest: { name: 'Double Submit' } };
  const once = await ops.call<WalkIn>('POST', '/admin/api/waitlist/walk-ins', {
    body,
    headers: { 'idempotency-key': retryKey },
  });
  const twice = await ops.call<WalkIn>('POST', '/admin/api/waitlist/walk-ins', {
    body,
    headers: { 'idempotency-key': retryKey },
  });
  expect([once.status, twice.status]).toEqual([201, 200]);
  expect(twice.body.id).toBe(once.body.id);
  expect(twice.body.quotedAt).toBe(once.body.quotedAt);
  const reused = await ops.call('POST', '/admin/api/waitlist/walk-ins', {
    body: { ...body, partySize: 1 },
    headers: { 'idempotency-key': retryKey },
  });
  expect(reused.status).toBe(422);
  expect(reused.body.code).toBe('idempotency_key_reused');

  // The list: walk-ins in the order they came, with their quotes.
  const list = await ops.call<{ items: Entry[]; nextCursor: string | null }>(
    'GET',
    `/admin/api/waitlist?restaurantId=${restaurant.id}&kind=walk_in`,
  );
  expect(list.status).toBe(200);
  expect(list.body.items.map((e) => e.guest.name)).toEqual(['First Party', 'Second Party', 'Double Submit']);
  expect(list.body.items[0].quotedAt).toBe(first.body.quotedAt);
  expect(list.body.nextCursor).toBeNull();
  const page = await ops.call<{ items: Entry[]; nextCursor: string | null }>(
    'GET',
    '/admin/api/waitlist?limit=2',
  );
  expect(page.body.items).toHaveLength(2);
  const rest = await ops.call<{ items: Entry[]; nextCursor: string | null }>(
    'GET',
    `/admin/api/waitlist?limit=2&cursor=${page.body.nextCursor}`,
  );
  expect(rest.body.items.map((e) => e.guest.name)).toEqual(['Double Submit']);
  expect(rest.body.nextCursor).toBeNull();
});

it('seats a walk-in at the table through the walk-in placement and books the entry', async () => {
  const { restaurant, ops, a1 } = await oneTableRestaurant();
  const added = await addWalkIn(ops, restaurant, 'Table Ready');
  expect(added.status).toBe(201);
  const other = await addWalkIn(ops, restaurant, 'Still Waiting');

  const seat = await ops.call<Entry>('POST', `/admin/api/waitlist/${added.body.id}/seat`, {
    body: { tableIds: [a1] },
  });
  expect(seat.status).toBe(200);
  expect(seat.body).toMatchObject({ id: added.body.id, status: 'booked' });
  const booking = await stack.prisma.booking.findUniqueOrThrow({
    where: { id: seat.body.bookingId! },
    include: { assignments: { where: { releasedAt: null } }, guest: true },
  });
  expect(booking).toMatchObject({ status: 'checked_in', channel: 'walk_in', partySize: 2 });
  expect(booking.assignments.map((a) => a.tableId)).toEqual([a1]);
  const booked = await outboxOf(restaurant.id, 'waitlist.booked');
  expect(booked).toHaveLength(1);
  expect(booked[0].payload).toMatchObject({
    entry: { id: added.body.id, kind: 'walk_in' },
    bookingId: booking.id,
  });

  // The table is taken now: the next party cannot have it, and still waits.
  const refused = await ops.call('POST', `/admin/api/waitlist/${other.body.id}/seat`, {
    body: { tableIds: [a1] },
  });
  expect(refused.status).toBe(409);
  expect(refused.body.code).toBe('tables_unavailable');
  const list = await ops.call<{ items: Entry[] }>('GET', '/admin/api/waitlist');
  expect(list.body.items.map((e) => [e.guest.name, e.status])).toEqual([['Still Waiting', 'waiting']]);

  // Validation, and seating a booked entry again answers it as it is.
  const bad = await ops.call('POST', `/admin/api/waitlist/${other.body.id}/seat`, { body: { tableIds: [] } });
  expect(bad.status).toBe(400);
  const again = await ops.call<Entry>('POST', `/admin/api/waitlist/${added.body.id}/seat`, {
    body: { tableIds: [a1] },
  });
  expect(again.status).toBe(200);
  expect(again.body.bookingId).toBe(booking.id);
});

it('removes walk-ins and wishes, and refuses to remove twice', async () => {
  const { restaurant, ops } = await oneTableRestaurant();
  const walkIn = await addWalkIn(ops, restaurant, 'Gave Up');
  const removed = await ops.call<Entry>('POST', `/admin/api/waitlist/${walkIn.body.id}/remove`, {
    body: { reason: 'left' },
  });
  expect(removed.status).toBe(200);
  expect(removed.body).toMatchObject({ status: 'removed', closeReason: 'left' });
  const again = await ops.call('POST', `/admin/api/waitlist/${walkIn.body.id}/remove`, { body: {} });
  expect(again.status).toBe(409);
  expect(again.body.code).toBe('invalid_transition');
  const events = await outboxOf(restaurant.id, 'waitlist.removed');
  expect(events.map((e) => (e.payload as { reason?: string }).reason)).toEqual(['left']);

  // A wish (through its workflow).
  const startsAt = tomorrowAt(18);
  const wish = await api<Entry>('POST', '/v1/waitlist', {
    key: restaurant.apiKey,
    idempotencyKey: key('wish'),
    body: {
      restaurantId: restaurant.id,
      partySize: 2,
      from: startsAt,
      to: new Date(Date.parse(startsAt) + 30 * MIN).toISOString(),
      guest: { name: 'Wishful', email: 'wish@example.com' },
    },
  });
  expect(wish.status).toBe(201);
  // Tomorrow's table is free: the wish is offered it, a real hold.
  const offered = await eventually(async () => {
    const e = await api<Entry & { offer: { offerId: string } | null }>(
      'GET',
      `/v1/waitlist/${wish.body.id}`,
      {
        key: restaurant.apiKey,
      },
    );
    return e.body.status === 'offered' ? e.body : undefined;
  });
  const open = await ops.call<{ items: Entry[] }>('GET', '/admin/api/waitlist?kind=wish');
  expect(open.body.items.map((e) => e.guest)).toEqual([
    { name: 'Wishful', phone: null, email: 'wish@example.com' },
  ]);
  const gone = await ops.call<Entry>('POST', `/admin/api/waitlist/${wish.body.id}/remove`, { body: {} });
  expect(gone.status).toBe(200);
  expect(gone.body).toMatchObject({ kind: 'wish', status: 'removed' });
  const read = await api<Entry>('GET', `/v1/waitlist/${wish.body.id}`, { key: restaurant.apiKey });
  expect(read.body.status).toBe('removed');
  // Its offer's hold went back with it.
  const hold = await stack.prisma.booking.findUniqueOrThrow({ where: { id: offered.offer!.offerId } });
  expect(hold.status).toBe('cancelled');
  // The default list shows only the entries still on it; a status filter shows the others.
  expect((await ops.call<{ items: Entry[] }>('GET', '/admin/api/waitlist')).body.items).toEqual([]);
  const all = await ops.call<{ items: Entry[] }>('GET', '/admin/api/waitlist?status=removed');
  expect(all.body.items.map((e) => e.kind)).toEqual(['walk_in', 'wish']);
  const badStatus = await ops.call('GET', '/admin/api/waitlist?status=gone');
  expect(badStatus.status).toBe(400);
  expect(badStatus.body).toMatchObject({ code: 'validation_failed', errors: [{ field: 'status' }] });
  const badCursor = await ops.call('GET', '/admin/api/waitlist?cursor=abc');
  expect(badCursor.status).toBe(400);
});

it('notify emits waitlist.notified for each notification and records it; viewers read but may not write', async () => {
  const { restaurant, ops } = await oneTableRestaurant();
  const walkIn = await addWalkIn(ops, restaurant, 'Text Me');
  const first = await ops.call<Entry>('POST', `/admin/api/waitlist/${walkIn.body.id}/notify`);
  expect(first.status).toBe(202);
  expect(first.body).toMatchObject({ status: 'waiting', notifications: 1 });
  expect(first.body.notifiedAt).not.toBeNull();
  const second = await ops.call<Entry>('POST', `/admin/api/waitlist/${walkIn.body.id}/notify`);
  expect(second.body.notifications).toBe(2);
  const events = await outboxOf(restaurant.id, 'waitlist.notified');
  expect(events.map((e) => (e.payload as { notification: { number: number } }).notification.number)).toEqual([
    1, 2,
  ]);
  expect(events[0].payload).toMatchObject({
    entry: { id: walkIn.body.id, kind: 'walk_in', status: 'waiting', quotedAt: walkIn.body.quotedAt },
  });

  const viewer = await signIn(stack.baseUrl, await createStaff(stack.prisma, restaurant.id, 'viewer'));
  expect((await viewer.call('GET', '/admin/api/waitlist')).status).toBe(200);
  const refused = await viewer.call('POST', `/admin/api/waitlist/${walkIn.body.id}/notify`);
  expect(refused.status).toBe(403);
  expect(refused.body.code).toBe('role_forbidden');
  const noCsrf = await ops.call('POST', `/admin/api/waitlist/${walkIn.body.id}/notify`, { csrf: null });
  expect(noCsrf.status).toBe(403);

  await ops.call('POST', `/admin/api/waitlist/${walkIn.body.id}/remove`, { body: {} });
  const late = await ops.call('POST', `/admin/api/waitlist/${walkIn.body.id}/notify`);
  expect(late.status).toBe(409);
  expect(late.body.code).toBe('invalid_transition');
});

it('gives waitlist.notified the guest’s contact only on endpoints allowed it, for the SMS integration', async () => {
  const restaurant = await createTestRestaurant(stack.prisma, {
    scopes: ['availability:read', 'bookings:read', 'bookings:write', 'webhooks:write'],
    timezone: zoneInDaytime(),
  });
  const ops = await signIn(stack.baseUrl, await createStaff(stack.prisma, restaurant.id, 'ops'));
  const endpoint = async (guestContactAllowed: boolean) => {
    const created = await api<{ id: string }>('POST', '/v1/webhook-endpoints', {
      key: restaurant.apiKey,
      body: {
        restaurantId: restaurant.id,
        url: `http://127.0.0.1:9/${guestContactAllowed ? 'sms' : 'pos'}`,
        events: ['waitlist.notified'],
        guestContactAllowed,
      },
    });
    expect(created.status).toBe(201);
    return created.body.id;
  };
  const sms = await endpoint(true);
  const pos = await endpoint(false);
  const walkIn = await addWalkIn(ops, restaurant, 'Grace Hopper');
  expect((await ops.call('POST', `/admin/api/waitlist/${walkIn.body.id}/notify`)).status).toBe(202);

  // The relay's fan-out (the real repository; the gateway's own relay may do it first).
  const deliveries = new WebhookDeliveryRepository(stack.prisma);
  const bodyFor = (endpointId: string) =>
    eventually(async () => {
      while ((await deliveries.fanOut(500, stack.baseUrl)) > 0);
      const row = await stack.prisma.webhookDelivery.findFirst({ where: { endpointId } });
      return row ? (JSON.parse(row.body) as { type: string; data: Record<string, unknown> }) : undefined;
    });
  const toSms = await bodyFor(sms);
  expect(toSms.type).toBe('waitlist.notified');
  expect(toSms.data).toMatchObject({
    restaurantId: restaurant.id,
    entry: { id: walkIn.body.id, kind: 'walk_in', quotedAt: walkIn.body.quotedAt },
    notification: { number: 1 },
    guest: { name: 'Grace Hopper', phone: '+447700900123' },
  });
  const toPos = await bodyFor(pos);
  expect(toPos.data.guest).toBeUndefined();
});

it('another restaurant’s staff and keys see nothing of the list', async () => {
  const mine = await oneTableRestaurant();
  const theirs = await oneTableRestaurant();
  const walkIn = await addWalkIn(mine.ops, mine.restaurant, 'Private Party');
  for (const action of ['seat', 'remove', 'notify']) {
    const answer = await theirs.ops.call('POST', `/admin/api/waitlist/${walkIn.body.id}/${action}`, {
      body: action === 'seat' ? { tableIds: [theirs.a1] } : {},
    });
    expect([action, answer.status, answer.body.code]).toEqual([action, 404, 'waitlist_entry_not_found']);
  }
  const foreignList = await theirs.ops.call('GET', `/admin/api/waitlist?restaurantId=${mine.restaurant.id}`);
  expect(foreignList.status).toBe(404);
  const foreignAdd = await theirs.ops.call('POST', '/admin/api/waitlist/walk-ins', {
    body: { restaurantId: mine.restaurant.id, partySize: 2, guest: { name: 'Intruder' } },
    headers: { 'idempotency-key': key('intruder') },
  });
  expect(foreignAdd.status).toBe(404);
  const foreignEstimate = await estimate(mine.restaurant, '?partySize=2', theirs.restaurant.apiKey);
  expect(foreignEstimate.status).toBe(404);
  expect(foreignEstimate.body).toMatchObject({ code: 'restaurant_not_found' });
});

it('validates the wait-estimate query, refuses a key without the scope, and says when the list is closed', async () => {
  const { restaurant } = await oneTableRestaurant();
  for (const query of ['', '?partySize=abc', '?partySize=0', '?partySize=2.5']) {
    const answer = await estimate(restaurant, query);
    const body = answer.body as unknown as { code: string; errors: { field: string }[] };
    expect([query, answer.status, body.code]).toEqual([query, 400, 'validation_failed']);
    expect(body.errors.map((e) => e.field)).toContain('partySize');
  }
  const tooMany = await estimate(restaurant, '?partySize=50');
  expect(tooMany.status).toBe(422);
  expect(tooMany.body).toMatchObject({ code: 'party_size_out_of_range', errors: [{ field: 'partySize' }] });
  const notUuid = await api('GET', '/v1/restaurants/not-a-uuid/wait-estimate?partySize=2', {
    key: restaurant.apiKey,
  });
  expect(notUuid.status).toBe(404);
  const noTableFits = await estimate(restaurant, '?partySize=4');
  expect(noTableFits.body).toMatchObject({ open: true, reason: 'no_table_fits', estimatedSeatFrom: null });

  const bookingsOnly = await createTestRestaurant(stack.prisma, { scopes: ['bookings:read'] });
  const unscoped = await estimate(bookingsOnly, '?partySize=2');
  expect(unscoped.status).toBe(403);
  expect(unscoped.body.code).toBe('insufficient_scope');

  // Open two hours from now, for an hour: closed now.
  const nowMinute = new Date().getUTCHours() * 60 + new Date().getUTCMinutes();
  const opensAt = (nowMinute + 120) % 1380;
  const closed = await createTestRestaurant(stack.prisma, { hours: { opensAt, closesAt: opensAt + 60 } });
  const answer = await estimate(closed, '?partySize=2');
  expect(answer.status).toBe(200);
  expect(answer.body).toMatchObject({
    open: false,
    reason: 'closed',
    partiesAhead: 0,
    estimatedSeatFrom: null,
    estimatedSeatTo: null,
  });
  const ops = await signIn(stack.baseUrl, await createStaff(stack.prisma, closed.id, 'ops'));
  const refused = await addWalkIn(ops, closed, 'Too Early');
  expect(refused.status).toBe(409);
  expect(refused.body).toMatchObject({ code: 'waitlist_closed', reason: 'closed' });
});
