/**
 * A restaurant's setup changed through the public API and the admin API, over real HTTP,
 * Postgres, Redis and Temporal: a closed date empties availability and refuses holds, a blocked
 * table makes the engine seat elsewhere, a new table is used by the very next booking, a table
 * future bookings hold cannot be deleted, two gateways see a change within a second, every change
 * is in the change log, and refused changes write nothing.
 */
import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createStaff, signIn } from '../support/admin';
import { createTestRestaurant, type TestRestaurant } from '../support/fixtures';
import { apiClient, eventually, type ApiCall } from '../support/http';
import { startGateway, startTestStack, type TestStack } from '../support/test-stack';

type Booking = { id: string; status: string; tables: string[]; code?: string };
type Slot = { time: string; available: boolean; startsAt: string };

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

const ADMIN_SCOPES = ['availability:read', 'bookings:read', 'bookings:write', 'admin'] as const;
const dateIn = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const at = (date: string, time: string) => `${date}T${time}:00+00:00`;

const restaurant = (options: Parameters<typeof createTestRestaurant>[1] = {}) =>
  createTestRestaurant(stack.prisma, { scopes: [...ADMIN_SCOPES], ...options });

const book = (r: TestRestaurant, startsAt: string, partySize = 2, call: ApiCall = api) =>
  call<Booking>('POST', '/v1/bookings', {
    key: r.apiKey,
    idempotencyKey: `setup-${Date.now()}-${++counter}`,
    body: { restaurantId: r.id, partySize, startsAt, guest: { name: 'Setup Test' } },
  });

const slots = async (r: TestRestaurant, date: string, call: ApiCall = api) => {
  const day = await call<{ slots: Slot[] }>(
    'GET',
    `/v1/restaurants/${r.id}/availability?date=${date}&partySize=2`,
    {
      key: r.apiKey,
    },
  );
  expect(day.status).toBe(200);
  return day.body.slots;
};

const setup = <T = Record<string, unknown>>(
  r: TestRestaurant,
  method: string,
  path: string,
  body?: unknown,
) =>
  api<T>(method, `/v1/restaurants/${r.id}${path}`, {
    key: r.apiKey,
    body,
    ...(method === 'GET' ? {} : { idempotencyKey: `setup-${randomUUID()}` }),
  });

const changeCount = (r: TestRestaurant) => stack.prisma.setupChange.count({ where: { restaurantId: r.id } });

describe('closing a date', () => {
  it('empties its availability, refuses bookings with closed_on_date and lists those already taken', async () => {
    const r = await restaurant();
    const date = dateIn(4);
    const earlier = await book(r, at(date, '19:00'));
    expect(earlier.status).toBe(201);
    expect((await slots(r, date)).length).toBeGreaterThan(0);

    const closed = await setup<{
      exception: { id: string; startsOn: string };
      affectedBookings: { id: string }[];
    }>(r, 'POST', '/exceptions', { date, closed: true, reason: 'Private event' });
    expect(closed.status).toBe(201);
    expect(closed.body.exception).toMatchObject({
      startsOn: date,
      endsOn: date,
      closed: true,
      reason: 'Private event',
    });
    // Listed for staff, never touched.
    expect(closed.body.affectedBookings.map((b) => b.id)).toEqual([earlier.body.id]);
    expect((await stack.prisma.booking.findUniqueOrThrow({ where: { id: earlier.body.id } })).status).toBe(
      'confirmed',
    );

    expect(await slots(r, date)).toEqual([]);
    const refused = await book(r, at(date, '20:00'));
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({
      code: 'closed_on_date',
      detail: expect.stringContaining('Private event'),
    });

    const listed = await setup<{ data: { id: string }[] }>(r, 'GET', '/exceptions');
    expect(listed.body.data.map((e) => e.id)).toEqual([closed.body.exception.id]);
    const removed = await setup(r, 'DELETE', `/exceptions/${closed.body.exception.id}`);
    expect(removed.status).toBe(200);
    expect((await slots(r, date)).length).toBeGreaterThan(0);
    expect((await book(r, at(date, '20:00'))).status).toBe(201);
  });

  it('gives a date special hours instead of its weekday’s', async () => {
    const r = await restaurant({ policy: { slotIntervalMinutes: 60 } });
    const date = dateIn(5);
    const special = await setup(r, 'POST', '/exceptions', {
      date,
      closed: false,
      reason: 'Market day',
      periods: [{ name: 'Brunch', opens: '10:00', closes: '14:00', lastSeating: '12:00' }],
    });
    expect(special.status).toBe(201);
    expect((await slots(r, date)).map((s) => s.time)).toEqual(['10:00', '11:00', '12:00']);
    expect((await book(r, at(date, '19:00'))).body.code).toBe('restaurant_closed');
  });

  it('refuses an inverted range, overlapping periods and an overlapping exception, writing nothing', async () => {
    const r = await restaurant();
    const before = await changeCount(r);
    const inverted = await setup(r, 'POST', '/exceptions', {
      startsOn: dateIn(6),
      endsOn: dateIn(5),
      closed: true,
    });
    expect(inverted.status).toBe(422);
    expect(inverted.body).toMatchObject({
      code: 'invalid_setup',
      errors: [{ field: 'endsOn', code: 'inverted_range' }],
    });
    const overlapping = await setup(r, 'POST', '/exceptions', {
      date: dateIn(6),
      closed: false,
      periods: [
        { name: 'Lunch', opens: '12:00', closes: '15:00' },
        { name: 'Tea', opens: '14:00', closes: '17:00' },
      ],
    });
    expect(overlapping.status).toBe(422);
    expect(overlapping.body).toMatchObject({
      errors: [{ field: 'periods[1].opens', code: 'overlapping_periods' }],
    });
    expect((await setup(r, 'POST', '/exceptions', { date: dateIn(6), closed: true })).status).toBe(201);
    const clash = await setup(r, 'POST', '/exceptions', {
      startsOn: dateIn(5),
      endsOn: dateIn(7),
      closed: true,
    });
    expect(clash.status).toBe(409);
    expect(clash.body.code).toBe('overlapping_exception');
    expect(await stack.prisma.restaurantException.count({ where: { restaurantId: r.id } })).toBe(1);
    expect(await changeCount(r)).toBe(before + 1);
  });
});

describe('tables', () => {
  it('a blocked table makes the engine seat elsewhere; the booking already there is listed', async () => {
    const r = await restaurant();
    const date = dateIn(3);
    const first = await book(r, at(date, '19:00'));
    expect(first.body.tables).toEqual(['A1']);
    const tables = await setup<{ data: { id: string; label: string }[] }>(r, 'GET', '/tables');
    const a1 = tables.body.data.find((t) => t.label === 'A1')!;
    const blocked = await setup<{
      affectedBookings: { id: string }[];
      block: { id: string; tableLabel: string };
    }>(r, 'POST', '/blocks', {
      tableId: a1.id,
      startsAt: at(date, '18:00'),
      endsAt: at(date, '23:00'),
      reason: 'Wobbly leg',
    });
    expect(blocked.status).toBe(201);
    expect(blocked.body.block).toMatchObject({ tableLabel: 'A1', reason: 'Wobbly leg' });
    expect(blocked.body.affectedBookings.map((b) => b.id)).toEqual([first.body.id]);
    // 21:00 on A1 would be free but for the block: the engine seats the couple at A2.
    const next = await book(r, at(date, '21:00'));
    expect(next.status).toBe(201);
    expect(next.body.tables).toEqual(['A2']);
    await setup(r, 'DELETE', `/blocks/${blocked.body.block.id}`);
    expect((await book(r, at(date, '22:00'))).body.tables).toEqual(['A1']);
  });

  it('a new table is used by the very next booking', async () => {
    const r = await restaurant({
      tables: [{ label: 'Solo', zone: 'Main', min: 1, max: 2 }],
      combinations: [],
    });
    const date = dateIn(3);
    expect((await book(r, at(date, '19:00'))).body.tables).toEqual(['Solo']);
    expect((await book(r, at(date, '19:00'))).status).toBe(409);
    const zones = await setup<{ data: { id: string; name: string }[] }>(r, 'GET', '/zones');
    const created = await setup<{ id: string; label: string; active: boolean }>(r, 'POST', '/tables', {
      label: 'New',
      zoneId: zones.body.data[0].id,
      minCovers: 1,
      maxCovers: 2,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ label: 'New', active: true });
    const next = await book(r, at(date, '19:00'));
    expect(next.status).toBe(201);
    expect(next.body.tables).toEqual(['New']);
  });

  it('refuses to delete a table future bookings hold, listing them; deactivating it lists them too', async () => {
    const r = await restaurant({
      tables: [{ label: 'Solo', zone: 'Main', min: 1, max: 2 }],
      combinations: [],
    });
    const booking = await book(r, at(dateIn(2), '19:00'));
    const [solo] = (await setup<{ data: { id: string }[] }>(r, 'GET', '/tables')).body.data;
    const refused = await setup<{ code: string; bookings: { id: string; tables: string[] }[] }>(
      r,
      'DELETE',
      `/tables/${solo.id}`,
    );
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('table_has_future_bookings');
    expect(refused.body.bookings).toEqual([
      expect.objectContaining({ id: booking.body.id, tables: ['Solo'] }),
    ]);
    expect(await stack.prisma.diningTable.count({ where: { id: solo.id } })).toBe(1);

    const off = await setup<{ table: { active: boolean }; affectedBookings: { id: string }[] }>(
      r,
      'PATCH',
      `/tables/${solo.id}`,
      { active: false },
    );
    expect(off.status).toBe(200);
    expect(off.body.table.active).toBe(false);
    expect(off.body.affectedBookings.map((b) => b.id)).toEqual([booking.body.id]);
    // The booking keeps its table; no new booking gets it (with no active table left, a new one
    // waits for staff in review, seated nowhere).
    expect(await api<Booking>('GET', `/v1/bookings/${booking.body.id}`, { key: r.apiKey })).toMatchObject({
      body: { status: 'confirmed', tables: ['Solo'] },
    });
    expect((await book(r, at(dateIn(2), '12:00'))).body).toMatchObject({
      status: 'manual_review',
      tables: [],
    });
  });

  it('refuses a duplicate label and an unknown neighbour, writing nothing', async () => {
    const r = await restaurant();
    const zoneId = (await setup<{ data: { id: string }[] }>(r, 'GET', '/zones')).body.data[0].id;
    const before = await changeCount(r);
    const duplicate = await setup(r, 'POST', '/tables', { label: 'A1', zoneId, minCovers: 1, maxCovers: 2 });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body).toMatchObject({ code: 'duplicate_table_label', errors: [{ field: 'label' }] });
    const unknown = await setup(r, 'POST', '/tables', {
      label: 'C1',
      zoneId,
      minCovers: 1,
      maxCovers: 2,
      combinableWith: ['Z9'],
    });
    expect(unknown.status).toBe(422);
    expect(unknown.body).toMatchObject({ code: 'invalid_setup', errors: [{ field: 'combinableWith' }] });
    expect(await stack.prisma.diningTable.count({ where: { restaurantId: r.id } })).toBe(4);
    expect(await changeCount(r)).toBe(before);
  });
});

describe('who may change setup', () => {
  it('needs the admin scope, and another restaurant’s key gets 404', async () => {
    const r = await restaurant();
    const reader = await createTestRestaurant(stack.prisma);
    const noScope = await api('POST', `/v1/restaurants/${reader.id}/exceptions`, {
      key: reader.apiKey,
      body: { date: dateIn(3), closed: true },
    });
    expect(noScope.status).toBe(403);
    expect(noScope.body.code).toBe('insufficient_scope');
    const foreign = await api('POST', `/v1/restaurants/${reader.id}/exceptions`, {
      key: r.apiKey,
      body: { date: dateIn(3), closed: true },
    });
    expect(foreign.status).toBe(404);
    expect(await stack.prisma.restaurantException.count({ where: { restaurantId: reader.id } })).toBe(0);
  });

  it('lets a manager change setup in the admin API, and refuses ops and viewers', async () => {
    const r = await restaurant();
    const manager = await signIn(stack.baseUrl, await createStaff(stack.prisma, r.id, 'manager'));
    const zoneId = (await manager.call<{ data: { id: string }[] }>('GET', '/admin/api/setup/zones')).body
      .data[0].id;
    const table = { label: 'M1', zoneId, minCovers: 1, maxCovers: 2 };
    for (const role of ['ops', 'viewer'] as const) {
      const staff = await signIn(stack.baseUrl, await createStaff(stack.prisma, r.id, role));
      const refused = await staff.call('POST', '/admin/api/setup/tables', { body: table });
      expect(refused.status).toBe(403);
      expect(refused.body).toMatchObject({ code: 'role_forbidden' });
      expect((await staff.call('GET', '/admin/api/setup/tables')).status).toBe(200);
    }
    const added = await manager.call('POST', '/admin/api/setup/tables', { body: table });
    expect(added.status).toBe(201);
    const log = await manager.call<{
      items: { actor: string; action: string; subject: string; after: unknown }[];
    }>('GET', '/admin/api/setup/changes');
    expect(log.body.items[0]).toMatchObject({
      actor: expect.stringMatching(/^staff:manager-/),
      action: 'table.create',
      subject: 'M1',
      after: expect.objectContaining({ label: 'M1', maxCovers: 2 }),
    });
  });

  it('shows every member of staff the whole policy in the shape PATCH takes, as changed', async () => {
    const r = await restaurant({ policy: { reminderLeadSeconds: [7200], noShowGraceSeconds: 600 } });
    const manager = await signIn(stack.baseUrl, await createStaff(stack.prisma, r.id, 'manager'));
    const viewer = await signIn(stack.baseUrl, await createStaff(stack.prisma, r.id, 'viewer'));
    const change = {
      minNoticeMinutes: 45,
      reminderLeadSeconds: [86400, 3600],
      durationByPartySize: [{ maxPartySize: 2, durationSeconds: 4500 }],
      contact: { phone: '+442079460000' },
      waitlistOfferWindowSeconds: 600,
    };
    expect((await manager.call('PATCH', '/admin/api/setup/policy', { body: change })).status).toBe(200);
    const read = await viewer.call<Record<string, unknown>>('GET', '/admin/api/setup/policy');
    expect(read.status).toBe(200);
    const row = await stack.prisma.restaurant.findUniqueOrThrow({ where: { id: r.id } });
    expect(read.body).toEqual({
      name: row.name,
      timezone: 'UTC',
      contact: { phone: '+442079460000', email: null, address: null, website: null },
      bookingChannels: row.bookingChannels,
      defaultDurationSeconds: 3600,
      durationByPartySize: [{ maxPartySize: 2, durationSeconds: 4500 }],
      holdTtlSeconds: 2,
      autoConfirmMaxPartySize: 6,
      minPartySize: row.minPartySize,
      maxPartySize: row.maxPartySize,
      manualReviewTimeoutSeconds: 3600,
      reminderLeadSeconds: [86400, 3600],
      noShowGraceSeconds: 600,
      bookingWindowDays: 730,
      minNoticeMinutes: 45,
      slotIntervalMinutes: row.slotIntervalMinutes,
      offGridStartsAllowed: true,
      mustEndByClose: false,
      cancellationCutoffMinutes: row.cancellationCutoffMinutes,
      waitlistOfferWindowSeconds: 600,
      cancellationPolicy: null,
    });
    expect(row.waitlistOfferWindowSeconds).toBe(600);
    // Everything PATCH takes is there to edit, and nothing else (bar the test restaurant's 2 s
    // hold, shorter than the API lets anyone set).
    const { holdTtlSeconds: _short, ...editable } = read.body;
    const written = await manager.call('PATCH', '/admin/api/setup/policy', { body: editable });
    expect(written.status).toBe(200);
  });
});

it('records every change with who, when, before and after', async () => {
  const r = await restaurant();
  const changed = await setup(r, 'PATCH', '/policy', { minNoticeMinutes: 60, cancellationPolicy: 'Call us' });
  expect(changed.status).toBe(200);
  expect(changed.body).toEqual({
    before: { minNoticeMinutes: 0, cancellationPolicy: null },
    after: { minNoticeMinutes: 60, cancellationPolicy: 'Call us' },
  });
  const log = await setup<{
    items: { actor: string; action: string; before: unknown; after: unknown; at: string }[];
  }>(r, 'GET', '/setup-changes');
  expect(log.body.items[0]).toMatchObject({
    actor: `api:${r.apiKeyPrefix}`,
    action: 'restaurant.update',
    before: { minNoticeMinutes: 0 },
    after: { minNoticeMinutes: 60 },
  });
  expect(Date.now() - Date.parse(log.body.items[0].at)).toBeLessThan(60_000);
});

describe('two gateways', () => {
  let second: { app: NestFastifyApplication; baseUrl: string };
  beforeAll(async () => {
    second = await startGateway(stack.config);
  });
  afterAll(async () => {
    await second?.app.close();
  });

  it('both answer a change made through one of them within a second', async () => {
    const r = await restaurant();
    const other = apiClient(second.baseUrl);
    const date = dateIn(8);
    // Both gateways hold the day and the setup in memory first.
    expect((await slots(r, date)).length).toBeGreaterThan(0);
    expect((await slots(r, date, other)).length).toBeGreaterThan(0);
    const closed = await setup(r, 'POST', '/exceptions', { date, closed: true, reason: 'Flood' });
    expect(closed.status).toBe(201);
    const changedAt = Date.now();
    // The promise is a second; announcements travel in milliseconds.
    await eventually(async () => ((await slots(r, date, other)).length === 0 ? true : undefined), 1000, 20);
    expect(Date.now() - changedAt).toBeLessThan(1000);
    expect((await book(r, at(date, '19:00'), 2, other)).body.code).toBe('closed_on_date');
  });
});
