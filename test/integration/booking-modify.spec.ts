/**
 * Changing a booking without losing it (PATCH /v1/bookings/{id}), staff no-shows and their undo,
 * over real HTTP, the Temporal dev server, Postgres and Redis. Timers use short policies.
 */
import { randomBytes } from 'node:crypto';
import { recordHistoryIfAsked } from '../replay/history-recorder';
import { createStaff, signIn } from '../support/admin';
import { createTestRestaurant, inSeconds, tomorrowAt, type TestRestaurant } from '../support/fixtures';
import { apiClient, eventually, type ApiCall } from '../support/http';
import { startTestStack, type TestStack } from '../support/test-stack';

jest.setTimeout(120_000);

type Booking = {
  id: string;
  status: string;
  tables: string[];
  workflowId: string;
  startsAt: string;
  endsAt: string;
  partySize: number;
  version: number;
  notes: string | null;
  closeReason: string | null;
  closeReasonCode: string | null;
  pendingChange: { id: string; partySize: number; startsAt: string; tables: string[] } | null;
  guest: { name: string; phone: string | null; email: string | null };
  events: { from: string | null; to: string; actor: string; reason: string | null; data: unknown }[];
  code?: string;
  alternatives?: unknown[];
  errors?: { field: string }[];
};

let stack: TestStack;
let api: ApiCall;
const key = () => `m-${randomBytes(6).toString('hex')}`;

beforeAll(async () => {
  stack = await startTestStack();
  api = apiClient(stack.baseUrl);
});
afterAll(async () => {
  await stack?.stop();
});

async function book(r: TestRestaurant, overrides: Record<string, unknown> = {}, path = '/v1/bookings') {
  const response = await api<Booking>('POST', path, {
    key: r.apiKey,
    body: {
      restaurantId: r.id,
      partySize: 2,
      startsAt: tomorrowAt(19),
      guest: { name: 'Grace Hopper', phone: '+447700900001' },
      ...overrides,
    },
  });
  expect(response.status).toBe(201);
  return response.body;
}

function patch(
  r: TestRestaurant,
  id: string,
  body: unknown,
  headers: Record<string, string> = {},
  idem = key(),
) {
  return api<Booking>('PATCH', `/v1/bookings/${id}`, { key: r.apiKey, idempotencyKey: idem, body, headers });
}

async function get(r: TestRestaurant, id: string) {
  const response = await api<Booking>('GET', `/v1/bookings/${id}`, { key: r.apiKey });
  expect(response.status).toBe(200);
  return response;
}

async function liveAssignments(bookingId: string) {
  return stack.prisma.$queryRaw<{ label: string; starts_at: Date; modification_id: string | null }[]>`
    SELECT t.label, ta.starts_at, ta.modification_id::text FROM table_assignments ta
    JOIN dining_tables t ON t.id = ta.table_id
    WHERE ta.booking_id = ${bookingId}::uuid AND ta.released_at IS NULL ORDER BY t.label`;
}

describe('PATCH /v1/bookings/{id}', () => {
  it('moves time and party, keeps the id, workflow and history, and writes booking.modified', async () => {
    const r = await createTestRestaurant(stack.prisma);
    const booking = await book(r);
    const first = await get(r, booking.id);
    expect(first.headers.get('etag')).toBe(`"${first.body.version}"`);

    const moved = await patch(
      r,
      booking.id,
      { startsAt: tomorrowAt(20), partySize: 5, notes: 'Birthday' },
      { 'if-match': first.headers.get('etag')! },
    );
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({
      id: booking.id,
      workflowId: booking.workflowId,
      status: 'confirmed',
      partySize: 5,
      startsAt: new Date(tomorrowAt(20)).toISOString(),
      tables: ['B1'],
    });
    expect(moved.headers.get('etag')).toBe(`"${moved.body.version}"`);
    expect(moved.body.version).toBeGreaterThan(first.body.version);

    const after = (await get(r, booking.id)).body;
    expect(after.notes).toBe('Birthday');
    expect(after.events.at(-1)).toMatchObject({ from: 'confirmed', to: 'confirmed', reason: 'modified' });
    // One booking row, its old table released, the new one live at the new time.
    expect(await stack.prisma.booking.count({ where: { restaurantId: r.id } })).toBe(1);
    const live = await liveAssignments(booking.id);
    expect(live.map((a) => [a.label, a.starts_at.toISOString()])).toEqual([
      ['B1', new Date(tomorrowAt(20)).toISOString()],
    ]);
    const outbox = await stack.prisma.outboxEvent.findMany({
      where: { bookingId: booking.id, type: 'booking.modified' },
    });
    expect(outbox).toHaveLength(1);
    expect(outbox[0].payload).toMatchObject({
      before: { partySize: 2, tables: ['A1'] },
      after: { partySize: 5, tables: ['B1'] },
    });

    // The same request again (same Idempotency-Key) is answered, not applied twice.
    await recordHistoryIfAsked(stack.temporal, booking.workflowId, 'confirmed-modified', false);
  });

  it('answers a stale If-Match with 412 and changes nothing', async () => {
    const r = await createTestRestaurant(stack.prisma);
    const booking = await book(r);
    const moved = await patch(r, booking.id, { notes: 'first' });
    expect(moved.status).toBe(200);
    const stale = await patch(r, booking.id, { notes: 'second' }, { 'if-match': `"${booking.version}"` });
    expect(stale.status).toBe(412);
    expect(stale.body).toMatchObject({ code: 'version_mismatch' });
    expect((await get(r, booking.id)).body.notes).toBe('first');
  });

  it('answers 409 no_capacity with alternatives for a full slot, the original untouched', async () => {
    const r = await createTestRestaurant(stack.prisma, {
      tables: [{ label: 'Solo', zone: 'Main', min: 1, max: 4 }],
      combinations: [],
    });
    const mine = await book(r, { startsAt: tomorrowAt(18) });
    await book(r, { startsAt: tomorrowAt(20) });
    const before = await stack.prisma.booking.findUniqueOrThrow({ where: { id: mine.id } });

    const refused = await patch(r, mine.id, { startsAt: tomorrowAt(20, 30) });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('no_capacity');
    expect(Array.isArray(refused.body.alternatives)).toBe(true);
    expect(refused.body.alternatives!.length).toBeGreaterThan(0);

    const row = await stack.prisma.booking.findUniqueOrThrow({ where: { id: mine.id } });
    expect(row).toMatchObject({
      status: 'confirmed',
      startsAt: before.startsAt,
      partySize: before.partySize,
      version: before.version,
    });
    expect((await liveAssignments(mine.id)).map((a) => a.label)).toEqual(['Solo']);
    expect(
      await stack.prisma.outboxEvent.count({ where: { bookingId: mine.id, type: 'booking.modified' } }),
    ).toBe(0);
  });

  it('moves onto its own table when the new time overlaps the old one', async () => {
    const r = await createTestRestaurant(stack.prisma, {
      tables: [{ label: 'Solo', zone: 'Main', min: 1, max: 4 }],
      combinations: [],
    });
    const mine = await book(r);
    const moved = await patch(r, mine.id, { startsAt: tomorrowAt(19, 30) });
    expect(moved.status).toBe(200);
    expect(moved.body.tables).toEqual(['Solo']);
  });

  it('refuses to modify a cancelled booking, and a party the restaurant does not take', async () => {
    const r = await createTestRestaurant(stack.prisma);
    const booking = await book(r);
    const tooBig = await patch(r, booking.id, { partySize: 40 });
    expect(tooBig.status).toBe(422);
    expect(tooBig.body.code).toBe('party_size_out_of_range');
    const cancelled = await api<Booking>('POST', `/v1/bookings/${booking.id}/cancel`, {
      key: r.apiKey,
      body: { reasonCode: 'duplicate' },
    });
    expect(cancelled.status).toBe(200);
    const details = (await get(r, booking.id)).body;
    expect(details).toMatchObject({
      status: 'cancelled',
      closeReasonCode: 'duplicate',
      closeReason: 'duplicate',
    });
    const refused = await patch(r, booking.id, { partySize: 3 });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('invalid_transition');
  });

  it('refuses an empty change and an unknown reason code', async () => {
    const r = await createTestRestaurant(stack.prisma);
    const booking = await book(r);
    const empty = await patch(r, booking.id, {});
    expect(empty.status).toBe(400);
    const missingKey = await api<Booking>('PATCH', `/v1/bookings/${booking.id}`, {
      key: r.apiKey,
      body: { notes: 'x' },
    });
    expect(missingKey.status).toBe(400);
    expect(missingKey.body.code).toBe('idempotency_key_required');
    const badCode = await api<Booking>('POST', `/v1/bookings/${booking.id}/cancel`, {
      key: r.apiKey,
      body: { reasonCode: 'bored' },
    });
    expect(badCode.status).toBe(400);
    expect(badCode.body.errors?.[0].field).toBe('reasonCode');
  });

  it('changes a hold: new time and tables, the same expiry', async () => {
    const r = await createTestRestaurant(stack.prisma, { policy: { holdTtlSeconds: 60 } });
    const hold = await book(r, {}, '/v1/holds');
    expect(hold.status).toBe('held');
    const moved = await patch(r, hold.id, { startsAt: tomorrowAt(21), partySize: 4 });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ status: 'held', partySize: 4, tables: ['A2'] });
    const confirmed = await api<Booking>('POST', `/v1/holds/${hold.id}/confirm`, { key: r.apiKey });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toMatchObject({ status: 'confirmed', partySize: 4, tables: ['A2'] });
    await recordHistoryIfAsked(stack.temporal, hold.workflowId, 'hold-modified-confirmed', false);
  });

  it('puts a party growing past the auto-confirm limit under review, the booking as it was', async () => {
    const r = await createTestRestaurant(stack.prisma, {
      tables: [
        { label: 'A1', zone: 'Main', min: 1, max: 2 },
        { label: 'L1', zone: 'Main', min: 4, max: 10 },
      ],
      combinations: [],
      policy: { autoConfirmMaxPartySize: 6 },
    });
    const booking = await book(r);
    const asked = await patch(r, booking.id, { partySize: 8 });
    expect(asked.status).toBe(202);
    expect(asked.body).toMatchObject({ status: 'confirmed', partySize: 2, tables: ['A1'] });
    expect(asked.body.pendingChange).toMatchObject({ partySize: 8, tables: ['L1'] });
    // The new table is held beside the old one until staff decide.
    expect((await liveAssignments(booking.id)).map((a) => [a.label, a.modification_id !== null])).toEqual([
      ['A1', false],
      ['L1', true],
    ]);
    const again = await patch(r, booking.id, { partySize: 9 });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('change_pending');

    const login = await createStaff(stack.prisma, r.id, 'ops');
    const staff = await signIn(stack.baseUrl, login);
    const queue = await staff.call<{ items: { bookingId: string; before: unknown; after: unknown }[] }>(
      'GET',
      '/admin/api/changes',
    );
    expect(queue.status).toBe(200);
    expect(queue.body.items).toEqual([
      expect.objectContaining({
        bookingId: booking.id,
        before: expect.objectContaining({ partySize: 2, tables: ['A1'] }),
        after: expect.objectContaining({ partySize: 8, tables: ['L1'] }),
      }),
    ]);
    const approved = await staff.call<Booking>('POST', `/admin/api/bookings/${booking.id}/change/approve`, {
      body: {},
    });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({
      status: 'confirmed',
      partySize: 8,
      tables: ['L1'],
      pendingChange: null,
    });
    expect((await liveAssignments(booking.id)).map((a) => a.label)).toEqual(['L1']);
    await recordHistoryIfAsked(stack.temporal, booking.workflowId, 'change-reviewed-approved', false);
  });

  it('serializes concurrent changes of one booking: one wins an If-Match, the rest are stale', async () => {
    const r = await createTestRestaurant(stack.prisma);
    const booking = await book(r);
    const answers = await Promise.all(
      [20, 21, 22, 18, 17].map((hour) =>
        patch(r, booking.id, { startsAt: tomorrowAt(hour) }, { 'if-match': `"${booking.version}"` }),
      ),
    );
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses).toEqual([200, 412, 412, 412, 412]);
    const winner = answers.find((a) => a.status === 200)!.body;
    expect((await get(r, booking.id)).body.startsAt).toBe(winner.startsAt);
    expect((await liveAssignments(booking.id)).length).toBe(1);
  });
});

describe('timers follow the booking', () => {
  it('fires the reminder and the no-show at the new time, never a reminder twice', async () => {
    const r = await createTestRestaurant(stack.prisma, {
      policy: { reminderLeadSeconds: [2], noShowGraceSeconds: 1 },
    });
    const booking = await book(r);
    const moved = await patch(r, booking.id, { startsAt: inSeconds(4) });
    expect(moved.status).toBe(200);
    const noShow = await eventually(async () => {
      const b = (await get(r, booking.id)).body;
      return b.status === 'no_show' ? b : undefined;
    }, 20_000);
    expect(noShow.events.at(-1)).toMatchObject({ to: 'no_show', actor: 'system:no-show-timer' });
    const reminders = await stack.prisma.outboxEvent.findMany({
      where: { bookingId: booking.id, type: 'booking.reminder_due' },
    });
    expect(reminders).toHaveLength(1);
    expect(Date.parse((reminders[0].payload as { dueAt: string }).dueAt)).toBe(
      Date.parse(moved.body.startsAt) - 2000,
    );
    await recordHistoryIfAsked(stack.temporal, booking.workflowId, 'moved-reminder-no-show', false);
  });
});

describe('no-show and its undo', () => {
  it('is refused before the start, marked after it, and undone within the window', async () => {
    const r = await createTestRestaurant(stack.prisma, { policy: { noShowGraceSeconds: 3600 } });
    const booking = await book(r, { startsAt: inSeconds(3) });
    const early = await api<Booking>('POST', `/v1/bookings/${booking.id}/no-show`, {
      key: r.apiKey,
      body: {},
    });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('invalid_transition');
    await new Promise((resolve) =>
      setTimeout(resolve, Math.max(0, Date.parse(booking.startsAt) - Date.now() + 200)),
    );
    const marked = await api<Booking>('POST', `/v1/bookings/${booking.id}/no-show`, {
      key: r.apiKey,
      body: {},
    });
    expect(marked.status).toBe(200);
    expect(marked.body).toMatchObject({ status: 'no_show', tables: [] });
    const undone = await api<Booking>('POST', `/v1/bookings/${booking.id}/undo-no-show`, {
      key: r.apiKey,
      body: {},
    });
    if (undone.status !== 200) throw new Error(JSON.stringify(undone.body));
    expect(undone.body).toMatchObject({ status: 'confirmed', tables: ['A1'] });
    expect((await get(r, booking.id)).body.closeReason).toBeNull();
    const checkedIn = await api<Booking>('POST', `/v1/bookings/${booking.id}/check-in`, { key: r.apiKey });
    expect(checkedIn.status).toBe(200);
    await recordHistoryIfAsked(stack.temporal, booking.workflowId, 'no-show-undone-checked-in', false);
  });

  it('closes the undo window after the restaurant’s undoNoShowWindowSeconds', async () => {
    const r = await createTestRestaurant(stack.prisma, {
      policy: { noShowGraceSeconds: 1, undoNoShowWindowSeconds: 1 },
    });
    const booking = await book(r, { startsAt: inSeconds(2) });
    await eventually(
      async () => ((await get(r, booking.id)).body.status === 'no_show' ? true : undefined),
      15_000,
    );
    // The workflow closes once the window has passed; an undo then is refused.
    await stack.temporal.workflow.getHandle(booking.workflowId).result();
    const late = await api<Booking>('POST', `/v1/bookings/${booking.id}/undo-no-show`, {
      key: r.apiKey,
      body: {},
    });
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('invalid_transition');
    await recordHistoryIfAsked(stack.temporal, booking.workflowId, 'no-show-window-closed', true);
  });
});
