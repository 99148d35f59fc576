/**
 * GDPR export and erasure of a guest, over real HTTP, Postgres, Redis and Temporal. A guest with
 * three bookings (one modified, one cancelled, one upcoming; notes, dietary needs, consent, a
 * staff note, a webhook delivery carrying their contact), a wish on the waitlist (joined through
 * the API and offered a hold, a fourth booking) and a walk-in entry is exported, then erased; afterwards
 * their name, phone (as written and in E.164) and e-mail are in no text/varchar/json/jsonb/array
 * column of any table (enumerated from information_schema), in no Redis key or value, and in no
 * payload of their booking and waitlist workflows' histories decoded through the codec endpoint.
 * The bookings still count by date, and a booking or wish in progress still runs on its workflow.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import type { Payload } from '@temporalio/common';
import { ApiKeyRepository, WebhookDeliveryRepository } from '@tablekeeper/db';
import { createStaff, signIn, type AdminSession } from '../support/admin';
import { createTestRestaurant, tomorrowAt, type TestRestaurant } from '../support/fixtures';
import { apiClient, eventually, type ApiCall } from '../support/http';
import { startTestStack, type TestStack } from '../support/test-stack';
import { recordHistoryIfAsked } from '../replay/history-recorder';

const tag = randomBytes(3).toString('hex');
const digits = String(100 + Math.floor(Math.random() * 899));
const guest = {
  name: `Quillon Ravensworth ${tag}`,
  phone: `+44 7700 900${digits}`,
  email: `quillon.${tag}@example.org`,
};
const national = `07700 900${digits}`;
const e164 = `+447700900${digits}`;
const needles = [guest.name, guest.email, e164, national, national.replace(/\s/g, ''), guest.phone];

type Booking = { id: string; status: string; workflowId: string; startsAt: string };
type Entry = {
  id: string;
  status: string;
  workflowId: string;
  offer: { offerId: string } | null;
  closeReason: string | null;
};

let stack: TestStack;
let api: ApiCall;
let restaurant: TestRestaurant;
let manager: AdminSession;
let ops: AdminSession;
let codecKey: string;
const bookings: Record<'modified' | 'cancelled' | 'upcoming', Booking> = {} as never;
let guestId: string;
/** The wish (a workflow), the booking its offer holds, and a walk-in (a row only). */
let wish: Entry;
let offerHold: Booking;
let walkIn: Entry;
const allBookings = (): Booking[] => [...Object.values(bookings), offerHold];
const entryIds = (): string[] => [wish.id, walkIn.id];
/** Every workflow that held the guest's data: their bookings', the offer's hold's and the wish's. */
const guestWorkflows = (): string[] => [...allBookings().map((b) => b.workflowId), wish.workflowId];

async function book(hour: number, extra: Record<string, unknown>): Promise<Booking> {
  const res = await api<Booking>('POST', '/v1/bookings', {
    key: restaurant.apiKey,
    body: { restaurantId: restaurant.id, partySize: 2, startsAt: tomorrowAt(hour), guest, ...extra },
  });
  expect(res.status).toBe(201);
  return res.body;
}

/** Every payload of a workflow's history, decoded through the gateway's codec endpoint, as text. */
async function decodedHistory(workflowId: string): Promise<string> {
  const history = await stack.temporal.workflow.getHandle(workflowId).fetchHistory();
  const payloads: Payload[] = [];
  const texts: string[] = [];
  const walk = (value: unknown): void => {
    if (value instanceof Uint8Array) {
      texts.push(Buffer.from(value).toString('utf8'));
      return;
    }
    if (typeof value === 'string') texts.push(value);
    if (!value || typeof value !== 'object') return;
    const v = value as { metadata?: unknown; data?: unknown };
    if (v.data instanceof Uint8Array && v.metadata && typeof v.metadata === 'object')
      payloads.push(v as Payload);
    Object.values(value).forEach(walk);
  };
  walk(history);
  const b64 = (bytes: Uint8Array | null | undefined) =>
    Buffer.from(bytes ?? new Uint8Array()).toString('base64');
  const body = {
    payloads: payloads.map((p) => ({
      metadata: Object.fromEntries(Object.entries(p.metadata ?? {}).map(([k, v]) => [k, b64(v)])),
      data: b64(p.data),
    })),
  };
  const decoded = await api<{ payloads: { data: string }[] }>('POST', '/codec/decode', {
    key: codecKey,
    body,
    withoutIdempotencyKey: true,
  });
  expect(decoded.status).toBe(200);
  expect(decoded.body.payloads.length).toBe(payloads.length);
  expect(payloads.length).toBeGreaterThan(2);
  return [...texts, ...decoded.body.payloads.map((p) => Buffer.from(p.data, 'base64').toString('utf8'))].join(
    '\n',
  );
}

/** Every text, varchar, json, jsonb and text[] column of every table, searched for the needles. */
async function postgresHits(): Promise<string[]> {
  const columns = await stack.prisma.$queryRaw<{ table_name: string; column_name: string }[]>`
    SELECT c.table_name, c.column_name FROM information_schema.columns c
    JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
    WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
      AND (c.data_type IN ('text', 'character varying', 'json', 'jsonb', 'character')
           OR (c.data_type = 'ARRAY' AND c.udt_name IN ('_text', '_varchar')))`;
  expect(columns.length).toBeGreaterThan(40);
  const hits: string[] = [];
  for (const { table_name, column_name } of columns) {
    const [row] = await stack.prisma.$queryRawUnsafe<{ n: bigint }[]>(
      `SELECT count(*) AS n FROM "${table_name}" WHERE "${column_name}"::text ILIKE ANY($1::text[])`,
      needles.map((n) => `%${n}%`),
    );
    if (Number(row.n) > 0) hits.push(`${table_name}.${column_name}`);
  }
  return hits;
}

/** Every Redis key of this test's gateway and its value, searched for the needles. */
async function redisHits(extra: readonly string[] = []): Promise<string[]> {
  const wanted = [...needles, ...extra];
  const redis = new Redis(stack.config.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await redis.connect();
  const hits: string[] = [];
  let seen = 0;
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${stack.config.redisKeyPrefix}*`, 'COUNT', 500);
      cursor = next;
      for (const key of keys) {
        seen++;
        const type = await redis.type(key);
        const content =
          type === 'string'
            ? await redis.get(key)
            : type === 'hash'
              ? JSON.stringify(await redis.hgetall(key))
              : type === 'zset'
                ? JSON.stringify(await redis.zrange(key, '0', '-1'))
                : type === 'set'
                  ? JSON.stringify(await redis.smembers(key))
                  : type === 'list'
                    ? JSON.stringify(await redis.lrange(key, 0, -1))
                    : '';
        const text = `${key}\n${content ?? ''}`;
        if (wanted.some((n) => text.includes(n))) hits.push(key);
      }
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
  expect(seen).toBeGreaterThan(0);
  return hits;
}

beforeAll(async () => {
  stack = await startTestStack();
  api = apiClient(stack.baseUrl);
  restaurant = await createTestRestaurant(stack.prisma, {
    scopes: ['bookings:read', 'bookings:write', 'availability:read'],
  });
  await stack.prisma.restaurant.update({ where: { id: restaurant.id }, data: { country: 'GB' } });
  codecKey = (
    await new ApiKeyRepository(stack.prisma).create({
      name: 'engineer',
      scopes: ['temporal:codec'],
      restaurantIds: [restaurant.id],
    })
  ).rawKey;
  manager = await signIn(stack.baseUrl, await createStaff(stack.prisma, restaurant.id, 'manager'));
  ops = await signIn(stack.baseUrl, await createStaff(stack.prisma, restaurant.id, 'ops'));
  await stack.prisma.webhookEndpoint.create({
    data: {
      restaurantId: restaurant.id,
      url: 'http://127.0.0.1:9/hook',
      eventTypes: [],
      secret: `whsec_${randomBytes(24).toString('base64')}`,
      guestContactAllowed: true,
    },
  });

  bookings.modified = await book(12, { notes: `Window seat for ${guest.name}` });
  const patched = await api<Booking>('PATCH', `/v1/bookings/${bookings.modified.id}`, {
    key: restaurant.apiKey,
    idempotencyKey: `modify-${tag}`,
    body: {
      partySize: 3,
      notes: `Birthday of ${guest.name}, call ${national}`,
      guest: { email: guest.email },
    },
  });
  expect(patched.status).toBe(200);
  bookings.cancelled = await book(14, {});
  // A free-text reason may name the guest: it travels sealed, and the caller still hears it back.
  const reason = `${guest.name} called from ${national}: the party cannot come`;
  const cancelled = await api<{ closeReason: string | null }>(
    'POST',
    `/v1/bookings/${bookings.cancelled.id}/cancel`,
    { key: restaurant.apiKey, body: { reason } },
  );
  expect(cancelled.status).toBe(200);
  expect(cancelled.body.closeReason).toBe(reason);
  bookings.upcoming = await book(19, {
    notes: `Email ${guest.email} the menu`,
    guest: {
      ...guest,
      phone: national,
      marketingConsent: true,
      allergens: ['peanuts'],
      dietaryNotes: `${guest.name} eats no shellfish`,
    },
  });
  guestId = (await stack.prisma.booking.findUniqueOrThrow({ where: { id: bookings.upcoming.id } })).guestId;
  await stack.prisma.guestNote.create({
    data: {
      noteId: randomUUID(),
      guestId,
      version: 1,
      body: `${guest.name} prefers table 4`,
      author: 'staff:x',
    },
  });

  // The waitlist: a wish through the public API (phone in national format, notes naming the guest),
  // which the open floor offers a hold at once, and a walk-in added by staff.
  const joined = await api<Entry>('POST', '/v1/waitlist', {
    key: restaurant.apiKey,
    idempotencyKey: `wish-${tag}`,
    body: {
      restaurantId: restaurant.id,
      partySize: 2,
      from: tomorrowAt(20),
      to: tomorrowAt(20, 30),
      guest: { name: guest.name, phone: national, email: guest.email },
      notes: `Text ${national} when a table frees for ${guest.name}`,
    },
  });
  expect(joined.status).toBe(201);
  wish = await eventually(async () => {
    const read = await api<Entry>('GET', `/v1/waitlist/${joined.body.id}`, { key: restaurant.apiKey });
    return read.body.status === 'offered' ? read.body : undefined;
  });
  const hold = await stack.prisma.booking.findUniqueOrThrow({ where: { id: wish.offer!.offerId } });
  offerHold = { id: hold.id, status: hold.status, workflowId: hold.workflowId, startsAt: '' };
  const walkedIn = await ops.call<Entry>('POST', '/admin/api/waitlist/walk-ins', {
    body: {
      restaurantId: restaurant.id,
      partySize: 2,
      guest: { name: guest.name, phone: guest.phone },
      notes: `${guest.name} waits at the bar`,
    },
    headers: { 'idempotency-key': `walk-in-${tag}` },
  });
  expect(walkedIn.status).toBe(201);
  walkIn = walkedIn.body;

  await new WebhookDeliveryRepository(stack.prisma).fanOut(500, stack.baseUrl);
  await recordHistoryIfAsked(stack.temporal, bookings.modified.workflowId, 'sealed-guest-modified', false);
  await recordHistoryIfAsked(stack.temporal, bookings.cancelled.workflowId, 'sealed-reason-cancelled', true);
});
afterAll(() => stack?.stop());

describe('before erasure', () => {
  it('one guest holds all three bookings, opened from their sealed workflow inputs', async () => {
    const rows = await stack.prisma.booking.findMany({
      where: { id: { in: Object.values(bookings).map((b) => b.id) } },
      include: { guest: true },
    });
    expect(new Set(rows.map((r) => r.guestId))).toEqual(new Set([guestId]));
    expect(rows[0].guest).toMatchObject({ name: guest.name, phoneE164: e164, email: guest.email });
    expect(rows.find((r) => r.id === bookings.modified.id)?.notes).toContain('Birthday');
    expect(
      await stack.prisma.bookingDataKey.count({ where: { bookingId: { in: rows.map((r) => r.id) } } }),
    ).toBe(3);
  });

  it('the waitlist entries and the offer hold belong to the same guest, matched by identity', async () => {
    const entries = await stack.prisma.waitlistEntry.findMany({ where: { id: { in: entryIds() } } });
    expect(entries.map((e) => e.guestId)).toEqual([guestId, guestId]);
    expect(entries.find((e) => e.id === wish.id)).toMatchObject({
      guestName: guest.name,
      guestPhone: national,
      guestEmail: guest.email,
    });
    expect((await stack.prisma.booking.findUniqueOrThrow({ where: { id: offerHold.id } })).guestId).toBe(
      guestId,
    );
    expect(await stack.prisma.waitlistDataKey.count({ where: { entryId: wish.id } })).toBe(1);
  });

  it('the waitlist workflows carry the guest data sealed or not at all', async () => {
    for (const workflowId of [wish.workflowId, offerHold.workflowId]) {
      const text = await decodedHistory(workflowId);
      expect(text).toContain('sealedGuest');
      for (const n of needles) expect(text).not.toContain(n);
      expect(text).not.toContain('when a table frees');
    }
  });

  it('the decoded histories carry the sealed envelope, never the guest data itself', async () => {
    for (const b of Object.values(bookings)) {
      const text = await decodedHistory(b.workflowId);
      expect(text).toContain('sealedGuest');
      for (const n of needles) expect(text).not.toContain(n);
    }
    // The cancel's reason names the guest: the update argument, the activity input and every
    // snapshot the history keeps carry it sealed, while Postgres holds it as it was given.
    const cancelledHistory = await decodedHistory(bookings.cancelled.workflowId);
    expect(cancelledHistory).toContain('sealedReason');
    expect(cancelledHistory).toContain('sealedCloseReason');
    expect(cancelledHistory).not.toContain('the party cannot come');
    const row = await stack.prisma.booking.findUniqueOrThrow({ where: { id: bookings.cancelled.id } });
    expect(row.closeReason).toContain(guest.name);
  });

  it('the export holds every item, as an attachment, for managers only', async () => {
    const res = await manager.call<Record<string, unknown[] | Record<string, unknown>>>(
      'GET',
      `/admin/api/guests/${guestId}/export`,
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="guest-${guestId}.json"`);
    const body = res.body as unknown as {
      guest: Record<string, unknown>;
      bookings: { id: string; notes: string | null }[];
      bookingEvents: unknown[];
      bookingModifications: unknown[];
      notes: { body: string }[];
      consentHistory: { granted: boolean }[];
      merges: unknown[];
      conflicts: unknown[];
      outboxEvents: unknown[];
      webhookDeliveries: { body: { data: { guest?: { name: string } } } }[];
      waitlistEntries: { id: string; kind: string; guestName: string; notes: string | null }[];
      temporal: {
        workflows: { workflowId: string; payloadsSealed: boolean }[];
        waitlistWorkflows: { entryId: string; workflowId: string; payloadsSealed: boolean }[];
      };
    };
    expect(body.guest).toMatchObject({ id: guestId, name: guest.name, allergens: ['peanuts'] });
    expect(String(body.guest.dietaryNotes)).toContain('shellfish');
    expect(body.bookings.map((b) => b.id).sort()).toEqual(
      allBookings()
        .map((b) => b.id)
        .sort(),
    );
    expect(body.bookingEvents.length).toBeGreaterThanOrEqual(9);
    expect(body.bookingModifications).toEqual([]); // applied at once: the change is an event
    expect(body.notes.map((n) => n.body)).toEqual([`${guest.name} prefers table 4`]);
    expect(body.consentHistory).toEqual([expect.objectContaining({ granted: true })]);
    expect(body.merges).toEqual([]);
    expect(body.conflicts).toEqual([]);
    expect(body.outboxEvents.length).toBeGreaterThanOrEqual(3);
    expect(body.webhookDeliveries.length).toBeGreaterThanOrEqual(3);
    expect(body.webhookDeliveries.some((d) => d.body.data.guest?.name === guest.name)).toBe(true);
    expect(body.temporal.workflows.map((w) => w.workflowId).sort()).toEqual(
      allBookings()
        .map((b) => b.workflowId)
        .sort(),
    );
    expect(body.temporal.workflows.every((w) => w.payloadsSealed)).toBe(true);
    expect(body.waitlistEntries.map((e) => [e.id, e.kind, e.guestName, e.notes])).toEqual([
      [wish.id, 'wish', guest.name, `Text ${national} when a table frees for ${guest.name}`],
      [walkIn.id, 'walk_in', guest.name, `${guest.name} waits at the bar`],
    ]);
    expect(body.temporal.waitlistWorkflows).toEqual([
      { entryId: wish.id, workflowId: wish.workflowId, payloadsSealed: true },
    ]);

    expect((await ops.call('GET', `/admin/api/guests/${guestId}/export`)).status).toBe(403);
    const other = await createTestRestaurant(stack.prisma);
    const foreign = await signIn(stack.baseUrl, await createStaff(stack.prisma, other.id, 'manager'));
    const refused = await foreign.call<{ code: string }>('GET', `/admin/api/guests/${guestId}/export`);
    expect(refused.status).toBe(404);
    expect(refused.body.code).toBe('guest_not_found');
  });

  it('the guest data is in Postgres and Redis to begin with (the searches can find it)', async () => {
    expect((await postgresHits()).length).toBeGreaterThan(3);
    // The idempotency replays of the guest's requests hold their booking answers.
    expect((await redisHits(Object.values(bookings).map((b) => b.id))).length).toBeGreaterThan(0);
    expect((await redisHits([wish.id])).length).toBeGreaterThan(0);
  });
});

describe('erasure', () => {
  let receipt: {
    id: string;
    inProgressBookings: string[];
    inProgressWaitlistEntries: string[];
    removed: Record<string, number>;
    redisPurged: boolean;
  };

  it('is refused without the confirmation, and by ops', async () => {
    const missing = await manager.call<{ code: string; errors: { field: string }[] }>(
      'POST',
      `/admin/api/guests/${guestId}/erase`,
      { body: {} },
    );
    expect(missing.status).toBe(400);
    expect(missing.body.code).toBe('erasure_not_confirmed');
    expect(missing.body.errors[0].field).toBe('confirm');
    const wrong = await manager.call('POST', `/admin/api/guests/${guestId}/erase`, {
      body: { confirm: guest.name },
    });
    expect(wrong.status).toBe(400);
    expect(
      (await ops.call('POST', `/admin/api/guests/${guestId}/erase`, { body: { confirm: guestId } })).status,
    ).toBe(403);
    expect(await stack.prisma.guestErasure.count({ where: { guestId } })).toBe(0);
  });

  it('erases, names the bookings in progress and cancels none', async () => {
    const res = await manager.call<typeof receipt>('POST', `/admin/api/guests/${guestId}/erase`, {
      body: { confirm: guestId },
    });
    expect(res.status).toBe(200);
    receipt = res.body;
    expect(receipt.inProgressBookings.sort()).toEqual(
      [bookings.modified.id, bookings.upcoming.id, offerHold.id].sort(),
    );
    expect(receipt.inProgressWaitlistEntries).toEqual([wish.id, walkIn.id]);
    expect(receipt.removed).toMatchObject({
      notes: 1,
      consentEvents: 1,
      bookingsAnonymised: 4,
      dataKeysDestroyed: 4,
      waitlistEntriesAnonymised: 2,
      waitlistEntriesCleared: 2,
      waitlistDataKeysDestroyed: 1,
    });
    expect(receipt.redisPurged).toBe(true);
    const statuses = await stack.prisma.booking.findMany({ where: { guestId }, select: { status: true } });
    expect(statuses.map((s) => s.status).sort()).toEqual(['cancelled', 'confirmed', 'confirmed', 'held']);
    const stored = await stack.prisma.guestErasure.findUniqueOrThrow({ where: { id: receipt.id } });
    expect(stored.inProgressWaitlistEntries).toEqual([wish.id, walkIn.id]);
    expect(stored.actor).toMatch(/^staff:manager-/);
    const again = await manager.call<{ id: string; alreadyErased: boolean }>(
      'POST',
      `/admin/api/guests/${guestId}/erase`,
      { body: { confirm: guestId } },
    );
    expect(again.body).toMatchObject({ id: receipt.id, alreadyErased: true });
  });

  it('leaves the name, phone and e-mail in no text column of any table', async () => {
    expect(await postgresHits()).toEqual([]);
  });

  it("leaves them, and their bookings' answers, in no Redis key or value", async () => {
    expect(await redisHits([...allBookings().map((b) => b.id), ...entryIds()])).toEqual([]);
  });

  it('leaves them in no payload of the guest workflows, decoded through the codec endpoint', async () => {
    expect(
      await stack.prisma.bookingDataKey.count({
        where: { bookingId: { in: allBookings().map((b) => b.id) } },
      }),
    ).toBe(0);
    expect(await stack.prisma.waitlistDataKey.count({ where: { entryId: { in: entryIds() } } })).toBe(0);
    for (const workflowId of guestWorkflows()) {
      const text = await decodedHistory(workflowId);
      for (const n of needles) expect(text).not.toContain(n);
    }
  });

  it('keeps the waitlist entries as statistics, and the wish in progress still runs', async () => {
    const rows = await stack.prisma.waitlistEntry.findMany({
      where: { id: { in: entryIds() } },
      orderBy: { createdOrder: 'asc' },
    });
    expect(rows.map((r) => [r.kind, r.status, r.partySize, r.guestName, r.guestPhone, r.notes])).toEqual([
      ['wish', 'offered', 2, 'Erased guest', null, null],
      ['walk_in', 'waiting', 2, 'Erased guest', null, null],
    ]);
    // A reason is free text: it travels sealed (a fresh key after erasure) and is answered opened.
    const reason = `No longer waiting, says the caller ${tag}`;
    const left = await api<Entry>('POST', `/v1/waitlist/${wish.id}/cancel`, {
      key: restaurant.apiKey,
      body: { reason },
    });
    expect(left.status).toBe(200);
    expect(left.body).toMatchObject({ status: 'cancelled', closeReason: reason });
    const text = await decodedHistory(wish.workflowId);
    for (const n of needles) expect(text).not.toContain(n);
    expect(text).toContain('sealedReason');
    expect(text).not.toContain('says the caller');
    await recordHistoryIfAsked(stack.temporal, wish.workflowId, 'sealed-wish-cancelled', true);
  });

  it('keeps the bookings as statistics by date, and a booking in progress still runs', async () => {
    const date = bookings.upcoming.startsAt.slice(0, 10);
    const day = await manager.call<{ items: { id: string; status: string; partySize: number }[] }>(
      'GET',
      `/admin/api/bookings?date=${date}`,
    );
    expect(day.status).toBe(200);
    expect(day.body.items.map((i) => i.id)).toEqual(
      expect.arrayContaining([bookings.modified.id, bookings.upcoming.id, bookings.cancelled.id]),
    );
    expect(day.body.items.find((i) => i.id === bookings.modified.id)?.partySize).toBe(3);
    const row = await stack.prisma.booking.findUniqueOrThrow({ where: { id: bookings.upcoming.id } });
    expect(row).toMatchObject({ partySize: 2, channel: 'api', status: 'confirmed', notes: null });
    const cancel = await api<Booking>('POST', `/v1/bookings/${bookings.upcoming.id}/cancel`, {
      key: restaurant.apiKey,
      body: { reason: 'restaurant closed' },
    });
    expect(cancel.status).toBe(200);
    expect(cancel.body.status).toBe('cancelled');
  });

  it('booking_events stays append-only for every other change', async () => {
    await expect(
      stack.prisma
        .$executeRaw`UPDATE booking_events SET reason = 'x' WHERE booking_id = ${bookings.modified.id}::uuid`,
    ).rejects.toThrow(/append-only/);
    await expect(
      stack.prisma.$transaction(async (tx) => {
        await tx.$executeRaw`SELECT set_config('tablekeeper.erasing_guest', ${guestId}, true)`;
        await tx.$executeRaw`UPDATE booking_events SET actor = 'x' WHERE booking_id = ${bookings.modified.id}::uuid`;
      }),
    ).rejects.toThrow(/append-only/);
  });
});
