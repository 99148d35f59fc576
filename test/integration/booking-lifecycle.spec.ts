/**
 * The booking lifecycle over real HTTP, the real Temporal dev server, Postgres and Redis.
 * Timers use the test restaurant's short policies, so nothing waits more than a few seconds.
 */
import { SA_RESTAURANT, SA_STATUS, bookingStateQuery } from '@tablekeeper/temporal/shared/booking.contract';
import { recordHistoryIfAsked } from '../replay/history-recorder';
import { createStaff, openEventStream, signIn } from '../support/admin';
import { createTestRestaurant, inSeconds, tomorrowAt, type TestRestaurant } from '../support/fixtures';
import { apiClient, eventually, type ApiCall } from '../support/http';
import { startTestStack, type TestStack } from '../support/test-stack';

type Booking = {
  id: string;
  status: string;
  tables: string[];
  workflowId: string;
  holdExpiresAt: string | null;
  startsAt: string;
  endsAt: string;
  partySize: number;
  reviewReason: string | null;
  closeReason: string | null;
  events: { from: string | null; to: string; actor: string; reason: string | null }[];
};

let stack: TestStack;
let api: ApiCall;
let keyCounter = 0;
const newKey = (label: string) => `${label}-${Date.now()}-${++keyCounter}`;

beforeAll(async () => {
  stack = await startTestStack();
  api = apiClient(stack.baseUrl);
});
afterAll(async () => {
  await stack?.stop();
});

function bookingBody(restaurant: TestRestaurant, overrides: Record<string, unknown> = {}) {
  return {
    restaurantId: restaurant.id,
    partySize: 2,
    startsAt: tomorrowAt(19),
    guest: { name: 'Grace Hopper', phone: '+447700900001', email: 'grace@example.com' },
    ...overrides,
  };
}

async function book(
  restaurant: TestRestaurant,
  path: '/v1/bookings' | '/v1/holds',
  overrides = {},
  key = newKey('k'),
) {
  return api<Booking>('POST', path, {
    key: restaurant.apiKey,
    idempotencyKey: key,
    body: bookingBody(restaurant, overrides),
  });
}

async function getBooking(restaurant: TestRestaurant, id: string): Promise<Booking> {
  const response = await api<Booking>('GET', `/v1/bookings/${id}`, { key: restaurant.apiKey });
  expect(response.status).toBe(200);
  return response.body;
}

async function waitForStatus(
  restaurant: TestRestaurant,
  id: string,
  status: string,
  timeoutMs = 15_000,
): Promise<Booking> {
  return eventually(async () => {
    const booking = await getBooking(restaurant, id);
    return booking.status === status ? booking : undefined;
  }, timeoutMs);
}

async function rowCounts() {
  const [bookings, events, assignments, guests] = await Promise.all([
    stack.prisma.booking.count(),
    stack.prisma.bookingEvent.count(),
    stack.prisma.tableAssignment.count(),
    stack.prisma.guest.count(),
  ]);
  return { bookings, events, assignments, guests };
}

describe('one-shot booking', () => {
  it('runs hold → verify → assign → confirmed and answers 201 with the booking', async () => {
    const restaurant = await createTestRestaurant(stack.prisma);
    const response = await book(restaurant, '/v1/bookings', { partySize: 2 });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ status: 'confirmed', partySize: 2, tables: ['A1'] });
    expect(response.body.workflowId).toMatch(/^booking:/);
    expect(response.headers.get('location')).toBe(`/v1/bookings/${response.body.id}`);

    const details = await getBooking(restaurant, response.body.id);
    expect(details.events.map((e) => [e.from, e.to])).toEqual([
      [null, 'held'],
      ['held', 'capacity_verified'],
      ['capacity_verified', 'assigned'],
      ['assigned', 'confirmed'],
    ]);
    // Each step names who took it: the calling key, or the workflow part that acted on its own.
    const actor = new RegExp(`^(api:${restaurant.apiKeyPrefix}|system:[a-z]+(-[a-z]+)*)$`);
    expect(details.events.map((e) => ({ to: e.to, actor: e.actor }))).toEqual(
      details.events.map((e) => ({ to: e.to, actor: expect.stringMatching(actor) })),
    );
    // The engine's decision is part of the history.
    expect(
      (details.events[0] as unknown as { data: { plan: Record<string, unknown> } }).data.plan,
    ).toMatchObject({
      strategy: 'single_table',
      tables: ['A1'],
      score: expect.any(Number),
      candidatesConsidered: expect.any(Number),
    });

    const outbox = await stack.prisma.outboxEvent.findMany({ where: { bookingId: response.body.id } });
    expect(outbox.map((o) => o.type).sort()).toEqual(
      ['booking.assigned', 'booking.capacity_verified', 'booking.confirmed', 'booking.held'].sort(),
    );
    await recordHistoryIfAsked(stack.temporal, response.body.workflowId, 'one-shot-confirmed', false);
  });

  it('is filterable in Temporal by status and restaurant search attributes', async () => {
    const restaurant = await createTestRestaurant(stack.prisma);
    const response = await book(restaurant, '/v1/bookings');
    expect(response.status).toBe(201);
    const query = `${SA_STATUS.name} = 'confirmed' AND ${SA_RESTAURANT.name} = '${restaurant.id}'`;
    const ids = await eventually(async () => {
      const found: string[] = [];
      for await (const wf of stack.temporal.workflow.list({ query })) found.push(wf.workflowId);
      return found.length > 0 ? found : undefined;
    });
    expect(ids).toEqual([response.body.workflowId]);
    // The memo tells a person what the workflow is about, without guest data.
    const { memo } = await stack.temporal.workflow.getHandle(response.body.workflowId).describe();
    expect(memo).toEqual({
      bookingId: response.body.id,
      restaurantId: restaurant.id,
      partySize: response.body.partySize,
      startsAt: expect.any(String),
      channel: 'api',
      mode: 'book',
    });
  });

  it('answers the same booking to a retried POST with the same key, and never books twice', async () => {
    const restaurant = await createTestRestaurant(stack.prisma);
    const key = newKey('retry');
    const body = bookingBody(restaurant);
    const [first, concurrent] = await Promise.all([
      api<Booking>('POST', '/v1/bookings', { key: restaurant.apiKey, idempotencyKey: key, body }),
      api<Booking>('POST', '/v1/bookings', { key: restaurant.apiKey, idempotencyKey: key, body }),
    ]);
    const retry = await api<Booking>('POST', '/v1/bookings', {
      key: restaurant.apiKey,
      idempotencyKey: key,
      // Same content, other key order: still the same request.
      body: {
        guest: body.guest,
        startsAt: body.startsAt,
        partySize: body.partySize,
        restaurantId: body.restaurantId,
      },
    });
    // A duplicate that arrives while the first still runs is told to retry (409) or gets the same booking.
    const placed = [first, concurrent, retry].filter((r) => r.status === 201);
    expect(placed.length).toBeGreaterThanOrEqual(2);
    for (const r of [first, concurrent]) {
      if (r.status !== 201) expect(r.body).toMatchObject({ code: 'idempotency_request_in_progress' });
    }
    expect(retry.status).toBe(201);
    expect(new Set(placed.map((r) => r.body.id)).size).toBe(1);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(await stack.prisma.booking.count({ where: { restaurantId: restaurant.id } })).toBe(1);

    const reused = await api('POST', '/v1/bookings', {
      key: restaurant.apiKey,
      idempotencyKey: key,
      body: { ...body, partySize: 3 },
    });
    expect(reused.status).toBe(422);
    expect(reused.body).toMatchObject({ code: 'idempotency_key_reused' });
    expect(await stack.prisma.booking.count({ where: { restaurantId: restaurant.id } })).toBe(1);
  });

  it('answers 409 no_capacity when no table is free, without writing a booking', async () => {
    const restaurant = await createTestRestaurant(stack.prisma, {
      tables: [{ label: 'Solo', zone: 'Main', min: 1, max: 2 }],
      combinations: [],
    });
    const first = await book(restaurant, '/v1/bookings');
    expect(first.status).toBe(201);
    const second = await book(restaurant, '/v1/bookings');
    expect(second.status).toBe(409);
    expect(second.headers.get('content-type')).toContain('application/problem+json');
    expect(second.body).toMatchObject({ code: 'no_capacity', status: 409 });
    expect(await stack.prisma.booking.count({ where: { restaurantId: restaurant.id } })).toBe(1);
  });
});

describe('seating preference', () => {
  it('seats the party in the zone it asked for, and refuses an unknown zone', async () => {
    const restaurant = await createTestRestaurant(stack.prisma, {
      tables: [
        { label: 'M1', zone: 'Main', min: 1, max: 2 },
        { label: 'G1', zone: 'Garden', min: 1, max: 4 },
      ],
      combinations: [],
    });
    const garden = await book(restaurant, '/v1/bookings', { partySize: 2, seatingPreference: 'garden' });
    expect(garden.status).toBe(201);
    expect(garden.body.tables).toEqual(['G1']);
    const unknown = await book(restaurant, '/v1/bookings', { seatingPreference: 'Rooftop' });
    expect(unknown.status).toBe(422);
    expect(unknown.body).toMatchObject({ code: 'unknown_seating_preference' });
  });
});

describe('holds', () => {
  it('holds, then confirms through verify and assignment', async () => {
    const restaurant = await createTestRestaurant(stack.prisma, { policy: { holdTtlSeconds: 60 } });
    const held = await book(restaurant, '/v1/holds');
    expect(held.status).toBe(201);
    expect(held.body.status).toBe('held');
    expect(Date.parse(held.body.holdExpiresAt!)).toBeGreaterThan(Date.now());

    const confirmed = await api<Booking>('POST', `/v1/holds/${held.body.id}/confirm`, {
      key: restaurant.apiKey,
    });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toMatchObject({
      id: held.body.id,
      status: 'confirmed',
      tables: ['A1'],
      holdExpiresAt: null,
    });

    const again = await api('POST', `/v1/holds/${held.body.id}/confirm`, { key: restaurant.apiKey });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'invalid_transition' });
    await recordHistoryIfAsked(stack.temporal, held.body.workflowId, 'hold-confirmed', false);
  });

  it('expires an unconfirmed hold at holdExpiresAt and frees its capacity', async () => {
    const restaurant = await createTestRestaurant(stack.prisma, {
      tables: [{ label: 'Solo', zone: 'Main', min: 1, max: 2 }],
      combinations: [],
      // Long enough that the competing request below is answered while the hold still stands.
      policy: { holdTtlSeconds: 8 },
    });
    const held = await book(restaurant, '/v1/holds');
    expect(held.status).toBe(201);
    const blocked = await book(restaurant, '/v1/bookings');
    expect(blocked.status).toBe(409);
    expect(Date.now()).toBeLessThan(Date.parse(held.body.holdExpiresAt!));

    const expired = await waitForStatus(restaurant, held.body.id, 'expired');
    expect(expired.tables).toEqual([]);
    expect(expired.events.at(-1)).toMatchObject({ from: 'held', to: 'expired', actor: 'system:hold-timer' });
    const live = await stack.prisma.tableAssignment.count({
      where: { bookingId: held.body.id, releasedAt: null },
    });
    expect(live).toBe(0);

    const late = await api('POST', `/v1/holds/${held.body.id}/confirm`, { key: restaurant.apiKey });
    expect(late.status).toBe(409);
    const now = await book(restaurant, '/v1/bookings');
    expect(now.status).toBe(201);
    expect(now.body.tables).toEqual(['Solo']);
    await waitForClosed(held.body.workflowId);
    expect(await activityTasks(held.body.workflowId)).toEqual([]);
    await recordHistoryIfAsked(stack.temporal, held.body.workflowId, 'hold-expired', true);
  });
});

describe('manual review', () => {
  it('sends a party above the auto-confirm limit to manual_review, and approve confirms it', async () => {
    const restaurant = await createTestRestaurant(stack.prisma);
    const response = await book(restaurant, '/v1/bookings', { partySize: 10 });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      status: 'manual_review',
      reviewReason: 'party_size_over_auto_confirm_limit',
      tables: ['B1', 'B2'],
    });
    const approved = await api<Booking>('POST', `/v1/bookings/${response.body.id}/approve`, {
      key: restaurant.apiKey,
      body: { reason: 'manager ok' },
    });
    expect(approved.status).toBe(200);
    expect(approved.body.status).toBe('confirmed');
    const details = await getBooking(restaurant, response.body.id);
    expect(details.events.at(-1)).toMatchObject({
      from: 'manual_review',
      to: 'confirmed',
      reason: 'manager ok',
    });
    expect(details.events.at(-1)!.actor).toBe(`api:${restaurant.apiKeyPrefix}`);
  });

  it('sends a party no table set can seat to manual_review with the reason staff see', async () => {
    const restaurant = await createTestRestaurant(stack.prisma, { policy: { autoConfirmMaxPartySize: 20 } });
    const response = await book(restaurant, '/v1/bookings', { partySize: 16 });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      status: 'manual_review',
      reviewReason: 'no_table_set_fits_party',
      tables: [],
    });
  });

  it('reject closes the booking with the reason and frees its tables', async () => {
    const restaurant = await createTestRestaurant(stack.prisma);
    const response = await book(restaurant, '/v1/bookings', { partySize: 9 });
    expect(response.body.status).toBe('manual_review');
    const rejected = await api<Booking>('POST', `/v1/bookings/${response.body.id}/reject`, {
      key: restaurant.apiKey,
      body: { reason: 'kitchen closed for private event' },
    });
    expect(rejected.status).toBe(200);
    expect(rejected.body).toMatchObject({
      status: 'rejected',
      closeReason: 'kitchen closed for private event',
      tables: [],
    });
    await waitForClosed(response.body.workflowId);
    await recordHistoryIfAsked(stack.temporal, response.body.workflowId, 'review-rejected', true);
  });

  it('rejects a review nobody decided at its deadline, with reason review_timeout', async () => {
    const restaurant = await createTestRestaurant(stack.prisma, {
      policy: { manualReviewTimeoutSeconds: 2 },
    });
    const response = await book(restaurant, '/v1/bookings', { partySize: 9 });
    expect(response.body.status).toBe('manual_review');
    const rejected = await waitForStatus(restaurant, response.body.id, 'rejected');
    expect(rejected.tables).toEqual([]);
    expect(rejected.events.at(-1)).toMatchObject({
      from: 'manual_review',
      to: 'rejected',
      actor: 'system:review-timer',
      reason: 'review_timeout',
    });
    await waitForClosed(response.body.workflowId);
    // The deadline's rejection is a local activity: no activity task.
    expect(await activityTasks(response.body.workflowId)).toEqual([]);
    await recordHistoryIfAsked(stack.temporal, response.body.workflowId, 'review-timed-out', true);
  });

  it('refuses approve on a booking that is not in review', async () => {
    const restaurant = await createTestRestaurant(stack.prisma);
    const response = await book(restaurant, '/v1/bookings');
    const approve = await api('POST', `/v1/bookings/${response.body.id}/approve`, {
      key: restaurant.apiKey,
      body: {},
    });
    expect(approve.status).toBe(409);
    expect(approve.body).toMatchObject({ code: 'invalid_transition' });
  });
});

describe('after confirmation', () => {
  it('cancels with a reason, frees the tables, and refuses a second cancel', async () => {
    const restaurant = await createTestRestaurant(stack.prisma);
    const response = await book(restaurant, '/v1/bookings');
    const cancelled = await api<Booking>('POST', `/v1/bookings/${response.body.id}/cancel`, {
      key: restaurant.apiKey,
      body: { reason: 'guest called' },
    });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', closeReason: 'guest called', tables: [] });
    const again = await api('POST', `/v1/bookings/${response.body.id}/cancel`, {
      key: restaurant.apiKey,
      body: { reason: 'again' },
    });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'invalid_transition' });
    await waitForClosed(response.body.workflowId);
    await recordHistoryIfAsked(stack.temporal, response.body.workflowId, 'confirmed-cancelled', true);
  });

  it('checks in, then completes at the end time', async () => {
    const restaurant = await createTestRestaurant(stack.prisma, {
      policy: { defaultDurationSeconds: 4, noShowGraceSeconds: 60 },
    });
    const response = await book(restaurant, '/v1/bookings', { startsAt: inSeconds(2) });
    expect(response.status).toBe(201);
    const checkedIn = await api<Booking>('POST', `/v1/bookings/${response.body.id}/check-in`, {
      key: restaurant.apiKey,
    });
    expect(checkedIn.status).toBe(200);
    expect(checkedIn.body.status).toBe('checked_in');
    const cancel = await api('POST', `/v1/bookings/${response.body.id}/cancel`, {
      key: restaurant.apiKey,
      body: { reason: 'too late' },
    });
    expect(cancel.status).toBe(409);
    const completed = await waitForStatus(restaurant, response.body.id, 'completed');
    expect(completed.events.at(-1)).toMatchObject({
      from: 'checked_in',
      to: 'completed',
      actor: 'system:completion-timer',
    });
    await waitForClosed(response.body.workflowId);
    // The completion is a local activity: the only activity task is staff's check-in.
    expect(await activityTasks(response.body.workflowId)).toEqual(['changeStatus']);
    await recordHistoryIfAsked(stack.temporal, response.body.workflowId, 'checked-in-completed', true);
  });

  it('seats a walk-in as it is placed: checked in in one transaction, one announcement, no check-in update', async () => {
    const restaurant = await createTestRestaurant(stack.prisma);
    const login = await createStaff(stack.prisma, restaurant.id, 'ops');
    const ops = await signIn(stack.baseUrl, login);
    const stream = openEventStream(`${stack.baseUrl}/admin/api/events`, ops.cookie);
    try {
      expect(await stream.status).toBe(200);
      await eventually(async () => (stream.events.some((e) => e.type === 'ready') ? true : undefined));
      const table = await stack.prisma.diningTable.findFirstOrThrow({
        where: { restaurantId: restaurant.id, label: 'B2' },
      });
      const seated = await ops.call<Booking>('POST', '/admin/api/walk-ins', {
        body: { partySize: 4, tableIds: [table.id] },
        headers: { 'idempotency-key': newKey('walk-in') },
      });
      expect(seated.status).toBe(201);
      expect(seated.body).toMatchObject({ status: 'checked_in', tables: ['B2'], partySize: 4 });

      const events = await stack.prisma.bookingEvent.findMany({
        where: { bookingId: seated.body.id },
        orderBy: { id: 'asc' },
      });
      expect(events.map((e) => [e.fromStatus, e.toStatus])).toEqual([
        [null, 'held'],
        ['held', 'capacity_verified'],
        ['capacity_verified', 'assigned'],
        ['assigned', 'confirmed'],
        ['confirmed', 'checked_in'],
      ]);
      // One transaction: every step at the same instant; the check-in is the staff member's own.
      expect(new Set(events.map((e) => e.at.getTime())).size).toBe(1);
      expect(events.at(-1)).toMatchObject({ actor: `staff:${login.email}`, reason: 'walk_in' });

      // Screens hear of it once, already seated: never a confirmed walk-in waiting for its check-in.
      await eventually(async () =>
        stream.events.some((e) => e.type === 'booking' && e.data.bookingId === seated.body.id)
          ? true
          : undefined,
      );
      const handle = stack.temporal.workflow.getHandle(seated.body.workflowId);
      const state = await eventually(async () => {
        const s = await handle.query(bookingStateQuery);
        return s.nextTimer ? s : undefined;
      });
      expect(state.nextTimer?.kind).toBe('completion');
      const announced = stream.events.filter(
        (e) => e.type === 'booking' && e.data.bookingId === seated.body.id,
      );
      expect(announced.map((e) => e.data.status)).toEqual(['checked_in']);
      const history = await handle.fetchHistory();
      const updates = (history.events ?? [])
        .map((e) => e.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest?.input?.name)
        .filter((name): name is string => Boolean(name));
      expect(updates).toEqual(['placeBooking']);
      await recordHistoryIfAsked(stack.temporal, seated.body.workflowId, 'walk-in-seated', false);
    } finally {
      stream.stop();
    }
  });

  it('records due reminders in the outbox, skips past ones, and marks a no-show after the grace period', async () => {
    const restaurant = await createTestRestaurant(stack.prisma, {
      // 86400 s before a start 12 s away is already past: skipped. 6 s before: due during the test,
      // and still ahead once the booking is answered (checked below), so the request cannot race it.
      policy: { reminderLeadSeconds: [86_400, 6], noShowGraceSeconds: 1, undoNoShowWindowSeconds: 1 },
    });
    const startsAt = inSeconds(12);
    const response = await book(restaurant, '/v1/bookings', { startsAt });
    expect(response.status).toBe(201);
    expect(Date.now()).toBeLessThan(Date.parse(startsAt) - 6_000);
    const noShow = await waitForStatus(restaurant, response.body.id, 'no_show');
    expect(noShow.events.at(-1)).toMatchObject({
      from: 'confirmed',
      to: 'no_show',
      actor: 'system:no-show-timer',
    });
    expect(noShow.tables).toEqual([]);
    const reminders = await stack.prisma.outboxEvent.findMany({
      where: { bookingId: response.body.id, type: 'booking.reminder_due' },
    });
    expect(reminders.map((r) => (r.payload as { leadSeconds: number }).leadSeconds)).toEqual([6]);
    await waitForClosed(response.body.workflowId);
    // Each firing is one workflow task: the reminder and the no-show run as local activities.
    expect(await activityTasks(response.body.workflowId)).toEqual([]);
    await recordHistoryIfAsked(stack.temporal, response.body.workflowId, 'reminder-no-show', true);
  });

  it('refuses check-in before the booking is confirmed and on unknown bookings', async () => {
    const restaurant = await createTestRestaurant(stack.prisma, { policy: { holdTtlSeconds: 60 } });
    const held = await book(restaurant, '/v1/holds');
    const checkIn = await api('POST', `/v1/bookings/${held.body.id}/check-in`, { key: restaurant.apiKey });
    expect(checkIn.status).toBe(409);
    expect(checkIn.body).toMatchObject({ code: 'invalid_transition' });
    const unknown = await api('POST', '/v1/bookings/00000000-0000-4000-8000-000000000000/check-in', {
      key: restaurant.apiKey,
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ code: 'booking_not_found' });
  });
});

describe('tenancy and bad input', () => {
  it("answers 404 for another restaurant's booking and restaurant", async () => {
    const mine = await createTestRestaurant(stack.prisma);
    const theirs = await createTestRestaurant(stack.prisma);
    const booking = await book(theirs, '/v1/bookings');
    const read = await api('GET', `/v1/bookings/${booking.body.id}`, { key: mine.apiKey });
    expect(read.status).toBe(404);
    const cancel = await api('POST', `/v1/bookings/${booking.body.id}/cancel`, {
      key: mine.apiKey,
      body: { reason: 'x' },
    });
    expect(cancel.status).toBe(404);
    const foreign = await api('POST', '/v1/bookings', {
      key: mine.apiKey,
      idempotencyKey: newKey('foreign'),
      body: bookingBody(theirs),
    });
    expect(foreign.status).toBe(404);
    expect(foreign.body).toMatchObject({ code: 'restaurant_not_found' });
    const list = await api<{ data: { id: string }[] }>('GET', '/v1/restaurants', { key: mine.apiKey });
    expect(list.body.data.map((r) => r.id)).toEqual([mine.id]);
  });

  it('refuses requests without a valid API key', async () => {
    const none = await api('GET', '/v1/restaurants');
    expect(none.status).toBe(401);
    expect(none.body).toMatchObject({ code: 'unauthorized' });
    const wrong = await api('GET', '/v1/restaurants', { key: 'tk_0123456789_' + 'x'.repeat(43) });
    expect(wrong.status).toBe(401);
  });

  it('answers bad input with 400 problem+json naming the field, and writes nothing', async () => {
    const restaurant = await createTestRestaurant(stack.prisma);
    const before = await rowCounts();
    const cases: {
      body?: unknown;
      rawBody?: string;
      idempotencyKey?: string;
      field: string;
      code: string;
      status?: number;
    }[] = [
      { body: bookingBody(restaurant, { partySize: 0 }), field: 'partySize', code: 'validation_failed' },
      { body: bookingBody(restaurant, { partySize: '4' }), field: 'partySize', code: 'validation_failed' },
      {
        body: bookingBody(restaurant, { startsAt: '2026-11-23T19:00:00' }),
        field: 'startsAt',
        code: 'validation_failed',
      },
      {
        body: bookingBody(restaurant, { startsAt: 'tomorrow' }),
        field: 'startsAt',
        code: 'validation_failed',
      },
      {
        body: bookingBody(restaurant, { restaurantId: 'nope' }),
        field: 'restaurantId',
        code: 'validation_failed',
      },
      {
        body: bookingBody(restaurant, { guest: { name: '' } }),
        field: 'guest.name',
        code: 'validation_failed',
      },
      {
        body: bookingBody(restaurant, { guest: { name: 'A', email: 'not-an-email' } }),
        field: 'guest.email',
        code: 'validation_failed',
      },
      { body: bookingBody(restaurant, { guest: undefined }), field: 'guest', code: 'validation_failed' },
      { body: bookingBody(restaurant, { extra: true }), field: 'extra', code: 'validation_failed' },
      { body: [1, 2], field: 'body', code: 'validation_failed' },
      { rawBody: '{"restaurantId": ', field: '', code: 'malformed_json' },
      {
        body: bookingBody(restaurant),
        idempotencyKey: '',
        field: 'Idempotency-Key',
        code: 'idempotency_key_required',
      },
      {
        body: bookingBody(restaurant),
        idempotencyKey: 'x'.repeat(256),
        field: 'Idempotency-Key',
        code: 'invalid_idempotency_key',
      },
      {
        body: bookingBody(restaurant, { startsAt: inSeconds(-60) }),
        field: 'startsAt',
        code: 'starts_at_in_past',
        status: 422,
      },
      {
        body: bookingBody(restaurant, { partySize: 50 }),
        field: 'partySize',
        code: 'party_size_out_of_range',
        status: 422,
      },
    ];
    for (const c of cases) {
      const response = await api<{ code: string; errors?: { field: string }[] }>('POST', '/v1/bookings', {
        key: restaurant.apiKey,
        idempotencyKey: c.idempotencyKey ?? newKey('bad'),
        body: c.body,
        rawBody: c.rawBody,
      });
      expect({ case: c, status: response.status }).toEqual({ case: c, status: c.status ?? 400 });
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      expect(response.body.code).toBe(c.code);
      if (c.field) expect(response.body.errors?.map((e) => e.field)).toContain(c.field);
    }
    const reason = await api('POST', '/v1/bookings/00000000-0000-4000-8000-000000000000/cancel', {
      key: restaurant.apiKey,
      body: { reason: '' },
    });
    expect(reason.status).toBe(400);
    expect(await rowCounts()).toEqual(before);
  });
});

async function waitForClosed(workflowId: string): Promise<void> {
  await stack.temporal.workflow.getHandle(workflowId).result();
}

/** The activity types a booking's workflow ran as activity tasks (local activities are markers). */
async function activityTasks(workflowId: string): Promise<string[]> {
  const history = await stack.temporal.workflow.getHandle(workflowId).fetchHistory();
  return (history.events ?? [])
    .map((e) => e.activityTaskScheduledEventAttributes?.activityType?.name)
    .filter((name): name is string => Boolean(name));
}
