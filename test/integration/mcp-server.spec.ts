/**
 * The MCP server with the SDK's own client, over real Streamable HTTP (the gateway's /mcp) and
 * stdio (the compiled `npm run mcp`), against the real stack: Postgres, Redis, Temporal, worker.
 */
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { ApiKeyRepository } from '@tablekeeper/db';
import { createTestRestaurant, tomorrowAt, type TestRestaurant } from '../support/fixtures';
import { apiClient, eventually, type ApiCall } from '../support/http';
import {
  Transcript,
  callTool,
  connectHttp,
  connectStdio,
  refusalOf,
  textOf,
  type ToolResult,
} from '../support/mcp-client';
import { startTestStack, type TestStack } from '../support/test-stack';

type Booking = { id: string; status: string; startsAt: string; tables: string[] };
type Change = { booking: Booking; requestId: string; replayed: boolean };

let stack: TestStack;
let api: ApiCall;
const clients: Client[] = [];

beforeAll(async () => {
  stack = await startTestStack();
  api = apiClient(stack.baseUrl);
});
afterAll(async () => {
  await Promise.allSettled(clients.map((c) => c.close()));
  await stack?.stop();
});

async function connect(key: string, options?: Parameters<typeof connectHttp>[2]): Promise<Client> {
  const client = await connectHttp(stack.baseUrl, key, options);
  clients.push(client);
  return client;
}

const guest = { name: 'Grace Hopper', phone: '+447700900321' };
const bookingArgs = (r: TestRestaurant, overrides: Record<string, unknown> = {}) => ({
  restaurant_id: r.id,
  party_size: 2,
  starts_at: tomorrowAt(19),
  guest,
  ...overrides,
});
const changeOf = (result: ToolResult): Change => {
  if (result.isError) throw new Error(`refused: ${textOf(result)}`);
  return result.structuredContent as unknown as Change;
};
const dateOf = (iso: string) => iso.slice(0, 10);

async function readOnlyKey(r: TestRestaurant): Promise<string> {
  const key = await new ApiKeyRepository(stack.prisma).create({
    name: 'read-only agent',
    restaurantIds: [r.id],
    scopes: ['availability:read', 'bookings:read'],
  });
  return key.rawKey;
}

const WRITE_TOOLS = [
  'hold_table',
  'confirm_hold',
  'book_table',
  'modify_booking',
  'cancel_booking',
  'join_waitlist',
];
const READ_TOOLS = ['get_restaurant', 'check_availability', 'get_booking', 'find_bookings'];

describe('tools per scope', () => {
  it('a full key sees every tool with snake_case arguments, output schemas and annotations', async () => {
    const r = await createTestRestaurant(stack.prisma);
    const client = await connect(r.apiKey);
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual([...READ_TOOLS, ...WRITE_TOOLS].sort());
    for (const tool of tools) {
      expect(tool.description!.length).toBeGreaterThan(60);
      expect(tool.outputSchema).toMatchObject({ type: 'object' });
      for (const name of Object.keys(tool.inputSchema.properties ?? {})) expect(name).toMatch(/^[a-z_]+$/);
    }
    const book = tools.find((t) => t.name === 'book_table')!;
    // The REST DTO's rules, derived: CreateBookingInput's @Min/@Max, @IsUUID, @Length, nested GuestInput.
    expect(book.inputSchema).toMatchObject({
      required: ['restaurant_id', 'party_size', 'starts_at', 'guest'],
      additionalProperties: false,
      properties: {
        restaurant_id: { type: 'string', format: 'uuid' },
        party_size: { type: 'integer', minimum: 1, maximum: 100 },
        guest: { type: 'object', required: ['name'], properties: { name: { maxLength: 200 } } },
        seating_preference: { maxLength: 50 },
        request_id: { type: 'string' },
      },
    });
    expect(book.annotations).toMatchObject({
      readOnlyHint: false,
      destructiveHint: false,
      idempotentHint: true,
    });
    expect(tools.find((t) => t.name === 'cancel_booking')!.annotations).toMatchObject({
      destructiveHint: true,
    });
    expect(tools.find((t) => t.name === 'check_availability')!.annotations).toMatchObject({
      readOnlyHint: true,
    });
  });

  it('a read-only key cannot see the write tools, and calling one books nothing', async () => {
    const r = await createTestRestaurant(stack.prisma);
    const client = await connect(await readOnlyKey(r));
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual([...READ_TOOLS].sort());
    await expect(callTool(client, 'book_table', bookingArgs(r))).rejects.toThrow(/Unknown tool: book_table/);
    expect(await stack.prisma.booking.count({ where: { restaurantId: r.id } })).toBe(0);
    // Reading still works for it.
    const context = await callTool(client, 'get_restaurant', {});
    expect(context.structuredContent).toMatchObject({ id: r.id, timezone: 'UTC' });
  });
});

describe('booking through the tools', () => {
  it('checks availability, holds and confirms, reads and cancels (and writes the README transcript)', async () => {
    // Lunch and dinner hours and a five-minute hold, as a real restaurant has them.
    const r = await createTestRestaurant(stack.prisma, {
      pacing: { intervalMinutes: 15, maxCovers: 4, maxParties: 1 },
      hours: { opensAt: 12 * 60, closesAt: 22 * 60 + 30 },
      policy: { holdTtlSeconds: 300 },
    });
    const blocker = await api('POST', '/v1/bookings', {
      key: r.apiKey,
      body: { restaurantId: r.id, partySize: 4, startsAt: tomorrowAt(19, 30), guest: { name: 'Walk-in' } },
    });
    expect({ status: blocker.status, body: blocker.body }).toMatchObject({ status: 201 });
    const client = await connect(r.apiKey);
    const talk = new Transcript(
      'A phone booking through the MCP tools (produced by test/integration/mcp-server.spec.ts)',
    );

    talk.say('Guest', 'Hello, could I book a table for four tomorrow at half past seven?');
    const restaurant = await talk.call(client, 'get_restaurant', {});
    expect(restaurant.structuredContent).toMatchObject({
      id: r.id,
      holdTtlSeconds: 300,
      partySize: { max: 20 },
      pacing: [{ period: null, intervalMinutes: 15, maxCovers: 4, maxParties: 1 }],
    });
    const availability = await talk.call(client, 'check_availability', {
      restaurant_id: r.id,
      date: dateOf(tomorrowAt(19)),
      party_size: 4,
      time: '19:30',
    });
    const answer = availability.structuredContent as {
      requested: { available: boolean };
      alternatives: { time: string; startsAt: string }[];
    };
    expect(answer.requested.available).toBe(false);
    expect(answer.alternatives.length).toBeGreaterThan(0);
    expect(textOf(availability)).toContain('19:30 is not free');
    const chosen = answer.alternatives.find((a) => a.time === '19:45') ?? answer.alternatives[0];
    talk.say('Agent', `19:30 is taken, I'm afraid. I could offer ${chosen.time}. Would that suit you?`);
    talk.say('Guest', `${chosen.time} is fine. It's Grace Hopper, on 07700 900321.`);

    const held = changeOf(
      await talk.call(client, 'hold_table', {
        ...bookingArgs(r, { party_size: 4, starts_at: chosen.startsAt }),
        notes: 'Birthday',
      }),
    );
    expect(held.booking.status).toBe('held');
    talk.say(
      'Agent',
      `That's a table for four tomorrow at ${chosen.time} for Grace Hopper. Shall I confirm it?`,
    );
    talk.say('Guest', 'Yes please.');
    const confirmed = changeOf(await talk.call(client, 'confirm_hold', { booking_id: held.booking.id }));
    expect(confirmed.booking).toMatchObject({ id: held.booking.id, status: 'confirmed' });
    const row = await stack.prisma.booking.findUniqueOrThrow({ where: { id: held.booking.id } });
    expect(row.status).toBe('confirmed');
    expect(row.startsAt.toISOString()).toBe(new Date(chosen.startsAt).toISOString());

    const read = await talk.call(client, 'get_booking', { booking_id: held.booking.id });
    expect(read.structuredContent).toMatchObject({
      id: held.booking.id,
      guest: { name: 'Grace Hopper' },
      notes: 'Birthday',
    });
    talk.say('Agent', `You're booked, reference ${held.booking.id.slice(0, 8)}. See you tomorrow!`);

    talk.say('Guest', '(calls back) Could we come at half past eight instead? And we are three now.');
    const moved = changeOf(
      await talk.call(client, 'modify_booking', {
        booking_id: held.booking.id,
        starts_at: tomorrowAt(20, 30),
        party_size: 3,
      }),
    );
    expect(moved.booking).toMatchObject({ id: held.booking.id, status: 'confirmed', partySize: 3 });
    const movedRow = await stack.prisma.booking.findUniqueOrThrow({ where: { id: held.booking.id } });
    expect(movedRow).toMatchObject({ status: 'confirmed', partySize: 3 });
    expect(movedRow.startsAt.toISOString()).toBe(new Date(tomorrowAt(20, 30)).toISOString());
    talk.say('Agent', 'Done: a table for three tomorrow at 20:30, same reference.');

    talk.say('Guest', '(calls back) Sorry, we have to cancel.');
    const cancelled = changeOf(
      await talk.call(client, 'cancel_booking', {
        booking_id: held.booking.id,
        reason: 'guest called to cancel',
      }),
    );
    expect(cancelled.booking.status).toBe('cancelled');
    // The same cancel again (a client retry) answers the same change, and changes nothing more.
    const again = changeOf(
      await callTool(client, 'cancel_booking', {
        booking_id: held.booking.id,
        reason: 'guest called to cancel',
      }),
    );
    expect(again).toMatchObject({ replayed: true, booking: { status: 'cancelled' } });
    expect(
      await stack.prisma.bookingEvent.count({ where: { bookingId: held.booking.id, toStatus: 'cancelled' } }),
    ).toBe(1);
    talk.write('mcp-transcript.md');
  });

  it('books in one step; the same call again in the session answers the same booking', async () => {
    const r = await createTestRestaurant(stack.prisma);
    const client = await connect(r.apiKey);
    const first = changeOf(await callTool(client, 'book_table', bookingArgs(r)));
    expect(first.booking.status).toBe('confirmed');
    expect(first.replayed).toBe(false);
    const retry = changeOf(await callTool(client, 'book_table', bookingArgs(r)));
    expect(retry.booking.id).toBe(first.booking.id);
    expect(retry.replayed).toBe(true);
    expect(await stack.prisma.booking.count({ where: { restaurantId: r.id } })).toBe(1);
  });

  it('refuses a booking with no capacity as a tool result with the code, the field and alternatives', async () => {
    const r = await createTestRestaurant(stack.prisma, {
      tables: [{ label: 'A1', zone: 'Main', min: 1, max: 2 }],
      combinations: [],
    });
    const client = await connect(r.apiKey);
    changeOf(await callTool(client, 'book_table', bookingArgs(r)));
    const refused = await callTool(client, 'book_table', bookingArgs(r, { guest: { name: 'Second guest' } }));
    expect(refused.isError).toBe(true);
    const problem = refusalOf(refused);
    expect(problem.code).toBe('no_capacity');
    expect(problem.errors).toEqual([expect.objectContaining({ field: 'starts_at' })]);
    expect(problem.alternatives!.length).toBeGreaterThan(0);
    expect(textOf(refused)).toMatch(/Nearest free times that day, nearest first: \d\d:\d\d/);
    expect(textOf(refused)).toContain(problem.alternatives![0].startsAt);
    expect(await stack.prisma.booking.count({ where: { restaurantId: r.id } })).toBe(1);

    // Wrong arguments are refused by the REST DTO's rules, named as the tool's arguments.
    const invalid = await callTool(client, 'book_table', bookingArgs(r, { party_size: 0, surprise: true }));
    expect(refusalOf(invalid)).toMatchObject({ code: 'validation_failed', errors: [{ field: 'surprise' }] });
    const tooSmall = refusalOf(await callTool(client, 'book_table', bookingArgs(r, { party_size: 0 })));
    expect(tooSmall).toMatchObject({
      code: 'validation_failed',
      errors: [{ field: 'party_size', code: 'min' }],
    });
  });

  it('asks the person at the client to choose another time when it supports elicitation', async () => {
    const r = await createTestRestaurant(stack.prisma, {
      tables: [{ label: 'A1', zone: 'Main', min: 1, max: 2 }],
      combinations: [],
    });
    const plain = await connect(r.apiKey);
    changeOf(await callTool(plain, 'book_table', bookingArgs(r)));
    const asked: string[] = [];
    const client = await connect(r.apiKey, {
      elicit: (request) => {
        asked.push(request.params.message);
        const schema = request.params as {
          requestedSchema?: { properties: { starts_at: { oneOf: { const: string }[] } } };
        };
        return {
          action: 'accept',
          content: { starts_at: schema.requestedSchema!.properties.starts_at.oneOf[0].const },
        };
      },
    });
    const booked = await callTool(
      client,
      'book_table',
      bookingArgs(r, { guest: { name: 'Flexible guest' } }),
    );
    const change = changeOf(booked);
    expect(asked).toEqual([expect.stringContaining('There is no table for 2')]);
    expect(change.booking.status).toBe('confirmed');
    expect(change.booking.startsAt).not.toBe(new Date(tomorrowAt(19)).toISOString());
    expect(textOf(booked)).toMatch(/^The guest chose \d\d:\d\d instead/);
    expect(await stack.prisma.booking.count({ where: { restaurantId: r.id, status: 'confirmed' } })).toBe(2);

    // Declining keeps the refusal, with its alternatives.
    const declining = await connect(r.apiKey, { elicit: () => ({ action: 'decline' }) });
    const refused = await callTool(
      declining,
      'book_table',
      bookingArgs(r, { guest: { name: 'Picky guest' } }),
    );
    expect(refusalOf(refused).code).toBe('no_capacity');
  });
});

describe('modify_booking', () => {
  it('refuses a move into a full slot with alternatives and leaves the booking as it was', async () => {
    const r = await createTestRestaurant(stack.prisma, {
      tables: [{ label: 'A1', zone: 'Main', min: 1, max: 4 }],
      combinations: [],
    });
    const client = await connect(r.apiKey);
    changeOf(await callTool(client, 'book_table', bookingArgs(r, { starts_at: tomorrowAt(20) })));
    const mine = changeOf(
      await callTool(
        client,
        'book_table',
        bookingArgs(r, { guest: { name: 'Mover' }, starts_at: tomorrowAt(18) }),
      ),
    );
    const before = await stack.prisma.booking.findUniqueOrThrow({ where: { id: mine.booking.id } });

    const refused = await callTool(client, 'modify_booking', {
      booking_id: mine.booking.id,
      starts_at: tomorrowAt(20),
    });
    const problem = refusalOf(refused);
    expect(problem.code).toBe('no_capacity');
    expect(problem.alternatives!.length).toBeGreaterThan(0);
    expect(textOf(refused)).toMatch(/Nearest free times that day/);
    const after = await stack.prisma.booking.findUniqueOrThrow({ where: { id: mine.booking.id } });
    expect(after).toMatchObject({ status: 'confirmed', version: before.version, startsAt: before.startsAt });

    // A stale version is refused; the right one changes the booking, and a retry replays the change.
    const stale = await callTool(client, 'modify_booking', {
      booking_id: mine.booking.id,
      notes: 'window seat',
      expected_version: before.version + 5,
    });
    expect(refusalOf(stale)).toMatchObject({ code: 'version_mismatch' });
    const args = { booking_id: mine.booking.id, notes: 'window seat', expected_version: before.version };
    const changed = changeOf(await callTool(client, 'modify_booking', args));
    expect(changed).toMatchObject({
      replayed: false,
      booking: { id: mine.booking.id, version: before.version + 1 },
    });
    const retried = changeOf(await callTool(client, 'modify_booking', args));
    expect(retried).toMatchObject({ replayed: true, booking: { version: before.version + 1 } });
    const row = await stack.prisma.booking.findUniqueOrThrow({ where: { id: mine.booking.id } });
    expect(row).toMatchObject({ notes: 'window seat', version: before.version + 1 });
  });

  it("refuses to change a cancelled booking, and cannot touch another restaurant's", async () => {
    const r = await createTestRestaurant(stack.prisma);
    const other = await createTestRestaurant(stack.prisma);
    const client = await connect(r.apiKey);
    const booked = changeOf(await callTool(client, 'book_table', bookingArgs(r)));
    changeOf(await callTool(client, 'cancel_booking', { booking_id: booked.booking.id, reason: 'test' }));
    const refused = await callTool(client, 'modify_booking', {
      booking_id: booked.booking.id,
      party_size: 3,
    });
    expect(refusalOf(refused).code).toBe('invalid_transition');
    expect(await stack.prisma.booking.findUniqueOrThrow({ where: { id: booked.booking.id } })).toMatchObject({
      status: 'cancelled',
      partySize: 2,
    });
    const foreign = await callTool(await connect(other.apiKey), 'modify_booking', {
      booking_id: booked.booking.id,
      party_size: 3,
    });
    expect(refusalOf(foreign).code).toBe('booking_not_found');
    const empty = await callTool(client, 'modify_booking', { booking_id: booked.booking.id });
    expect(refusalOf(empty)).toMatchObject({ code: 'validation_failed' });
  });
});

describe('find_bookings', () => {
  it("finds the caller's upcoming bookings by phone in any format, only at the key's restaurants", async () => {
    const r = await createTestRestaurant(stack.prisma);
    // National numbers are read with the restaurant's country.
    await stack.prisma.restaurant.update({ where: { id: r.id }, data: { country: 'GB' } });
    const other = await createTestRestaurant(stack.prisma);
    const client = await connect(r.apiKey);
    const booked = changeOf(await callTool(client, 'book_table', bookingArgs(r)));
    changeOf(await callTool(await connect(other.apiKey), 'book_table', bookingArgs(other)));

    const found = await callTool(client, 'find_bookings', { phone: '07700 900321' });
    expect(found.isError).toBeFalsy();
    const items = (found.structuredContent as { items: Booking[] }).items;
    expect(items.map((b) => b.id)).toEqual([booked.booking.id]);
    expect(textOf(found)).toContain(booked.booking.id);

    const unknown = await callTool(client, 'find_bookings', { phone: '+447700900999' });
    expect(unknown.structuredContent).toEqual({ items: [] });
    const both = await callTool(client, 'find_bookings', { phone: '07700 900321', email: 'a@b.test' });
    expect(refusalOf(both)).toMatchObject({ code: 'validation_failed', errors: [{ field: 'email' }] });
  });
});

describe('join_waitlist', () => {
  it('joins from a no_capacity refusal once for concurrent identical calls, and is offered the freed table', async () => {
    const r = await createTestRestaurant(stack.prisma, {
      tables: [{ label: 'A1', zone: 'Main', min: 1, max: 2 }],
      combinations: [],
    });
    const client = await connect(r.apiKey);
    const first = changeOf(await callTool(client, 'book_table', bookingArgs(r)));
    const refused = refusalOf(
      await callTool(client, 'book_table', bookingArgs(r, { guest: { name: 'Ada Lovelace' } })),
    );
    expect(refused.code).toBe('no_capacity');
    const suggested = (refused as { waitlist?: Record<string, unknown> }).waitlist;
    expect(suggested).toMatchObject({ restaurant_id: r.id, party_size: 2, guest: { name: 'Ada Lovelace' } });

    const args = {
      ...suggested,
      guest: { name: 'Ada Lovelace', phone: '+447700900654' },
      request_id: 'wait-1',
    };
    const results = await Promise.all(
      Array.from({ length: 5 }, () => callTool(client, 'join_waitlist', args)),
    );
    const joined = results.map((result) => {
      if (result.isError) throw new Error(`refused: ${textOf(result)}`);
      return result.structuredContent as { entry: { id: string; status: string }; replayed: boolean };
    });
    expect(new Set(joined.map((j) => j.entry.id)).size).toBe(1);
    expect(joined[0].entry.status).toBe('waiting');
    expect(textOf(results[0])).toContain('not a booking yet');
    const rows = await stack.prisma.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM waitlist_entries WHERE restaurant_id = ${r.id}::uuid`;
    expect(Number(rows[0].n)).toBe(1);

    // The table frees: the engine holds it for the entry and says so on GET /v1/waitlist/{id}.
    changeOf(
      await callTool(client, 'cancel_booking', { booking_id: first.booking.id, reason: 'plans changed' }),
    );
    const offered = await eventually(
      async () => {
        const res = await api('GET', `/v1/waitlist/${joined[0].entry.id}`, { key: r.apiKey });
        return res.body.status === 'offered' ? res.body : undefined;
      },
      30_000,
      250,
    );
    expect(offered.offer).toMatchObject({ tables: ['A1'] });
  });

  it('a read-only key does not see it', async () => {
    const r = await createTestRestaurant(stack.prisma);
    const client = await connect(await readOnlyKey(r));
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name)).not.toContain('join_waitlist');
  });
});

describe('idempotency', () => {
  it('20 concurrent identical tool calls make one booking', async () => {
    const r = await createTestRestaurant(stack.prisma);
    const client = await connect(r.apiKey);
    const results = await Promise.all(
      Array.from({ length: 20 }, () => callTool(client, 'book_table', bookingArgs(r))),
    );
    const ids = new Set(results.map((result) => changeOf(result).booking.id));
    expect(ids.size).toBe(1);
    const rows = await stack.prisma.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM bookings WHERE restaurant_id = ${r.id}::uuid`;
    expect(Number(rows[0].n)).toBe(1);
  });

  it('a request_id is one request across sessions and over REST (where it is the Idempotency-Key)', async () => {
    const r = await createTestRestaurant(stack.prisma);
    const requestId = `agent-call-${Date.now()}`;
    const one = changeOf(
      await callTool(await connect(r.apiKey), 'book_table', bookingArgs(r, { request_id: requestId })),
    );
    const two = changeOf(
      await callTool(await connect(r.apiKey), 'book_table', bookingArgs(r, { request_id: requestId })),
    );
    expect(two.booking.id).toBe(one.booking.id);
    expect(one.requestId).toBe(requestId);
    const rest = await api<{ id: string }>('POST', '/v1/bookings', {
      key: r.apiKey,
      idempotencyKey: requestId,
      body: { restaurantId: r.id, partySize: 2, startsAt: tomorrowAt(19), guest },
    });
    expect(rest.status).toBe(201);
    expect(rest.body.id).toBe(one.booking.id);
    const reused = await callTool(
      await connect(r.apiKey),
      'book_table',
      bookingArgs(r, { party_size: 3, request_id: requestId }),
    );
    expect(refusalOf(reused)).toMatchObject({
      code: 'idempotency_key_reused',
      errors: [{ field: 'request_id' }],
    });
    expect(await stack.prisma.booking.count({ where: { restaurantId: r.id } })).toBe(1);
  });
});

describe('tenancy, rate limits and the HTTP resource server', () => {
  it("another restaurant's booking is not found, and cannot be cancelled", async () => {
    const mine = await createTestRestaurant(stack.prisma);
    const theirs = await createTestRestaurant(stack.prisma);
    const theirBooking = changeOf(
      await callTool(await connect(theirs.apiKey), 'book_table', bookingArgs(theirs)),
    );
    const before = await stack.prisma.booking.findUniqueOrThrow({ where: { id: theirBooking.booking.id } });
    const client = await connect(mine.apiKey);
    const read = await callTool(client, 'get_booking', { booking_id: theirBooking.booking.id });
    expect(refusalOf(read).code).toBe('booking_not_found');
    const cancel = await callTool(client, 'cancel_booking', {
      booking_id: theirBooking.booking.id,
      reason: 'x',
    });
    expect(refusalOf(cancel).code).toBe('booking_not_found');
    const availability = await callTool(client, 'check_availability', {
      restaurant_id: theirs.id,
      date: dateOf(tomorrowAt(19)),
      party_size: 2,
    });
    expect(refusalOf(availability).code).toBe('restaurant_not_found');
    await expect(client.readResource({ uri: `booking://${theirBooking.booking.id}` })).rejects.toThrow(
      /not found/,
    );
    const after = await stack.prisma.booking.findUniqueOrThrow({ where: { id: theirBooking.booking.id } });
    expect(after).toMatchObject({ status: 'confirmed', version: before.version });
  });

  it('resources for the restaurant and a booking, and the phone prompt', async () => {
    const r = await createTestRestaurant(stack.prisma);
    const client = await connect(r.apiKey);
    const { resources } = await client.listResources();
    expect(resources.map((x) => x.uri)).toEqual([`restaurant://${r.id}`]);
    const { resourceTemplates } = await client.listResourceTemplates();
    expect(resourceTemplates.map((t) => t.uriTemplate)).toEqual([
      'restaurant://{restaurant_id}',
      'booking://{booking_id}',
    ]);
    const context = await client.readResource({ uri: `restaurant://${r.id}` });
    expect(JSON.parse((context.contents[0] as { text: string }).text)).toMatchObject({
      id: r.id,
      seatingPreferences: ['Main'],
    });
    const booked = changeOf(await callTool(client, 'book_table', bookingArgs(r)));
    const booking = await client.readResource({ uri: `booking://${booked.booking.id}` });
    expect(JSON.parse((booking.contents[0] as { text: string }).text)).toMatchObject({
      id: booked.booking.id,
      guest: { name: 'Grace Hopper' },
    });
    const { prompts } = await client.listPrompts();
    expect(prompts.map((p) => p.name)).toEqual(['take_booking_by_phone']);
    const prompt = await client.getPrompt({
      name: 'take_booking_by_phone',
      arguments: { caller_phone: '+447700900999' },
    });
    const text = (prompt.messages[0].content as { text: string }).text;
    expect(text).toContain(`Test ${r.slug}`);
    expect(text).toContain('+447700900999');
    expect(text).toContain('check_availability');
  });

  it('spends the API key budget of writes, as REST does', async () => {
    const r = await createTestRestaurant(stack.prisma, { writesPerMinute: 2 });
    const client = await connect(r.apiKey);
    changeOf(await callTool(client, 'book_table', bookingArgs(r, { starts_at: tomorrowAt(18) })));
    changeOf(await callTool(client, 'book_table', bookingArgs(r, { starts_at: tomorrowAt(20) })));
    const third = await callTool(client, 'book_table', bookingArgs(r, { starts_at: tomorrowAt(21) }));
    expect(refusalOf(third).code).toBe('rate_limited');
    expect(textOf(third)).toMatch(/call the tool again in \d+ s/);
    const rest = await api('POST', '/v1/bookings', {
      key: r.apiKey,
      body: { restaurantId: r.id, partySize: 2, startsAt: tomorrowAt(22), guest },
    });
    expect(rest.status).toBe(429);
    expect(await stack.prisma.booking.count({ where: { restaurantId: r.id } })).toBe(2);
  });

  it('answers 401 with WWW-Authenticate and serves the protected-resource metadata; refuses foreign hosts', async () => {
    const r = await createTestRestaurant(stack.prisma);
    const initialize = {
      jsonrpc: '2.0',
      id: 1,
      method: 'initialize',
      params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'curl', version: '1' } },
    };
    const headers = { accept: 'application/json, text/event-stream' };
    const anonymous = await api('POST', '/mcp', { body: initialize, headers, withoutIdempotencyKey: true });
    expect(anonymous.status).toBe(401);
    const challenge = anonymous.headers.get('www-authenticate')!;
    expect(challenge).toMatch(/^Bearer /);
    const metadataUrl = /resource_metadata="([^"]+)"/.exec(challenge)![1];
    const metadata = await fetch(metadataUrl);
    expect(metadata.status).toBe(200);
    expect(await metadata.json()).toMatchObject({
      resource: `${stack.baseUrl}/mcp`,
      bearer_methods_supported: ['header'],
      scopes_supported: expect.arrayContaining(['bookings:write']),
    });
    const wrong = await api('POST', '/mcp', {
      key: 'tk_nope_nope',
      body: initialize,
      headers,
      withoutIdempotencyKey: true,
    });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('www-authenticate')).toContain('error="invalid_token"');

    const rebound = await api('POST', '/mcp', {
      key: r.apiKey,
      body: initialize,
      headers: { ...headers, origin: 'http://evil.example' },
      withoutIdempotencyKey: true,
    });
    expect(rebound.status).toBe(403);
    const ok = await api('POST', '/mcp', {
      key: r.apiKey,
      body: initialize,
      headers,
      withoutIdempotencyKey: true,
    });
    expect(ok.status).toBe(200);
    const session = ok.headers.get('mcp-session-id')!;
    expect(session).toMatch(/^[0-9a-f-]{36}$/);
    // A session belongs to its key: another restaurant's key does not find it.
    const other = await createTestRestaurant(stack.prisma);
    const hijack = await api('POST', '/mcp', {
      key: other.apiKey,
      body: { jsonrpc: '2.0', id: 2, method: 'tools/list' },
      headers: { ...headers, 'mcp-session-id': session },
      withoutIdempotencyKey: true,
    });
    expect(hijack.status).toBe(404);
  });
});

describe('stdio', () => {
  it('npm run mcp serves the same tools to a desktop agent, as its API key', async () => {
    const r = await createTestRestaurant(stack.prisma);
    const { client } = await connectStdio(stack, r.apiKey);
    clients.push(client);
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual([...READ_TOOLS, ...WRITE_TOOLS].sort());
    const booked = changeOf(await callTool(client, 'book_table', bookingArgs(r)));
    expect(booked.booking.status).toBe('confirmed');
    const retried = changeOf(await callTool(client, 'book_table', bookingArgs(r)));
    expect(retried.booking.id).toBe(booked.booking.id);
    const row = await stack.prisma.booking.findUniqueOrThrow({ where: { id: booked.booking.id } });
    expect(row.channel).toBe('api');
    const read = await callTool(client, 'get_booking', { booking_id: booked.booking.id });
    expect(read.structuredContent).toMatchObject({ id: booked.booking.id, status: 'confirmed' });
    const cancelled = changeOf(
      await callTool(client, 'cancel_booking', { booking_id: booked.booking.id, reason: 'test' }),
    );
    expect(cancelled.booking.status).toBe('cancelled');
    expect(await stack.prisma.booking.count({ where: { restaurantId: r.id } })).toBe(1);

    const readOnly = await connectStdio(stack, await readOnlyKey(r));
    clients.push(readOnly.client);
    expect((await readOnly.client.listTools()).tools.map((t) => t.name).sort()).toEqual(
      [...READ_TOOLS].sort(),
    );
  });

  it('refuses to start with an unknown key', async () => {
    const r = await createTestRestaurant(stack.prisma);
    await expect(connectStdio(stack, `${r.apiKey}x`)).rejects.toThrow();
  });
});
