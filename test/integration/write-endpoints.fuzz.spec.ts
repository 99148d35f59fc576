/**
 * Fuzzing every write endpoint with malformed bodies, headers and query strings (fast-check,
 * 1,000+ requests over real HTTP): every answer is a 4xx problem, never a 5xx, no row is
 * written anywhere and no workflow is started. The database is checked after every request, so
 * a failure names the request that wrote.
 */
import fc from 'fast-check';
import { createTestRestaurant, tomorrowAt, type TestRestaurant } from '../support/fixtures';
import { randomUUID } from 'node:crypto';
import { BODY_LIMIT_BYTES } from '../../apps/gateway/src/app.setup';
import { apiClient, eventually, type ApiCall } from '../support/http';
import { startTestStack, type TestStack } from '../support/test-stack';

jest.setTimeout(180_000);

let stack: TestStack;
let api: ApiCall;
let restaurant: TestRestaurant;
let bookingId: string;
let targetWorkflowId: string;

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// null is "absent" for optional fields, so it is only invalid where a field is required.
const notAStringNorNull = fc.oneof(
  fc.integer(),
  // NaN and ±Infinity serialize to JSON null, which is "absent" too.
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.array(fc.integer()),
  fc.dictionary(fc.string(), fc.integer()),
);
const notAString = fc.oneof(notAStringNorNull, fc.constant(null));

/** Values each field can never accept. */
const invalidField: Record<string, fc.Arbitrary<unknown>> = {
  restaurantId: fc.oneof(
    notAString,
    fc.string().filter((s) => !UUID.test(s)),
  ),
  partySize: fc.oneof(
    fc.string(),
    fc.double({ noInteger: true, noDefaultInfinity: false }),
    fc.integer({ max: 0 }),
    fc.integer({ min: 101 }),
    fc.constant(null),
    fc.boolean(),
  ),
  startsAt: fc.oneof(
    notAString,
    fc.string().filter((s) => !ISO_WITH_OFFSET.test(s)),
  ),
  guest: fc.oneof(
    fc.string(),
    fc.integer(),
    fc.constant(null),
    fc.array(fc.string()),
    fc.record({ name: fc.oneof(notAString, fc.constant(''), fc.constant('   ')) }),
    fc.record({ name: fc.constant('Ok'), email: fc.string().filter((s) => !s.includes('@')) }),
  ),
  notes: fc.oneof(notAStringNorNull, fc.string({ minLength: 1001, maxLength: 1100 })),
  seatingPreference: fc.oneof(
    notAStringNorNull,
    fc.constant(''),
    fc.string({ minLength: 51, maxLength: 60 }),
  ),
  unknownField: fc.anything().filter((v) => v !== undefined),
};

function bookingBody(): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .record({ field: fc.constantFrom(...Object.keys(invalidField)), salt: fc.nat() })
    .chain(({ field }) =>
      invalidField[field].map((value) => ({
        restaurantId: restaurant.id,
        partySize: 2,
        startsAt: tomorrowAt(20),
        guest: { name: 'Fuzz' },
        [field]: value,
      })),
    );
}

/** JSON text that is not a JSON object. */
const malformedJson = fc.oneof(
  fc.string().filter((s) => {
    try {
      const parsed: unknown = JSON.parse(s);
      return parsed === null || typeof parsed !== 'object' || Array.isArray(parsed);
    } catch {
      return true;
    }
  }),
  fc.json().filter((s) => {
    const parsed: unknown = JSON.parse(s);
    return parsed === null || typeof parsed !== 'object' || Array.isArray(parsed);
  }),
);

/** Idempotency-Key values the API refuses (fetch itself refuses control characters). */
const badIdempotencyKey = fc.oneof(
  fc.string({ minLength: 256, maxLength: 300 }).map((s) => s.replace(/[^\x21-\x7e]/g, 'x')),
  fc.constantFrom('é', 'clé', 'a\u00a0b', 'ümlaut'),
);

const junkQuery = fc.oneof(
  fc.constant(''),
  fc.string({ maxLength: 40 }).map((s) => `?${encodeURIComponent(s)}=${encodeURIComponent(s)}`),
);

type Case = {
  path: string;
  method: 'POST' | 'DELETE';
  body?: unknown;
  rawBody?: string;
  idempotencyKey?: string;
  query: string;
};

async function rowCounts() {
  const p = stack.prisma;
  const [bookings, guests, events, assignments, outbox, apiKeys] = await Promise.all([
    p.booking.count(),
    p.guest.count(),
    p.bookingEvent.count(),
    p.tableAssignment.count(),
    p.outboxEvent.count(),
    p.apiKey.count(),
  ]);
  const booking = await p.booking.findUniqueOrThrow({ where: { id: bookingId } });
  return {
    bookings,
    guests,
    events,
    assignments,
    outbox,
    apiKeys,
    status: booking.status,
    version: booking.version,
  };
}

let sent = 0;
let before: Awaited<ReturnType<typeof rowCounts>>;
async function send(c: Case): Promise<void> {
  const response = await api(c.method, `${c.path}${c.query}`, {
    key: restaurant.apiKey,
    body: c.body,
    rawBody: c.rawBody,
    idempotencyKey: c.idempotencyKey,
  });
  sent++;
  if (response.status < 400 || response.status >= 500) {
    throw new Error(
      `${c.method} ${c.path} answered ${response.status}: ${JSON.stringify(response.body).slice(0, 300)} for ${JSON.stringify(c).slice(0, 300)}`,
    );
  }
  expect(response.headers.get('content-type')).toContain('application/problem+json');
  expect(typeof (response.body as { code?: unknown }).code).toBe('string');
  const after = await rowCounts();
  if (JSON.stringify(after) !== JSON.stringify(before)) {
    throw new Error(
      `${c.method} ${c.path} (${response.status}) wrote: ${JSON.stringify(before)} -> ${JSON.stringify(after)} for ${JSON.stringify(c).slice(0, 300)}`,
    );
  }
}

/** Workflow ids started on this file's task queue, once a sentinel started after the fuzz shows. */
async function startedWorkflows(sentinel: string): Promise<string[]> {
  return eventually(async () => {
    const ids: string[] = [];
    for await (const wf of stack.temporal.workflow.list({ query: `TaskQueue = '${stack.taskQueue}'` }))
      ids.push(wf.workflowId);
    return ids.includes(sentinel) ? ids : undefined;
  });
}

beforeAll(async () => {
  stack = await startTestStack();
  api = apiClient(stack.baseUrl);
  restaurant = await createTestRestaurant(stack.prisma, {
    scopes: ['admin', 'availability:read', 'bookings:read', 'bookings:write', 'reviews:write'],
  });
  const booking = await api<{ id: string }>('POST', '/v1/bookings', {
    key: restaurant.apiKey,
    body: {
      restaurantId: restaurant.id,
      partySize: 2,
      startsAt: tomorrowAt(18),
      guest: { name: 'Fuzz target' },
    },
  });
  expect(booking.status).toBe(201);
  bookingId = booking.body.id;
  targetWorkflowId = (booking.body as unknown as { workflowId: string }).workflowId;
});
afterAll(async () => {
  await stack?.stop();
});

it('answers 1,000+ malformed write requests with 4xx problems and writes nothing', async () => {
  before = await rowCounts();
  const runs = 120;
  // The seed is the suite's (test/support/fast-check-seed.ts): fixed, FC_SEED overrides it.
  const property = (arb: fc.Arbitrary<Case>) => fc.assert(fc.asyncProperty(arb, send), { numRuns: runs });

  for (const path of ['/v1/bookings', '/v1/holds']) {
    await property(
      fc.record({
        path: fc.constant(path),
        method: fc.constant('POST' as const),
        body: bookingBody(),
        query: junkQuery,
      }),
    );
    await property(
      fc.record({
        path: fc.constant(path),
        method: fc.constant('POST' as const),
        rawBody: malformedJson,
        query: junkQuery,
      }),
    );
    // A valid body with a refused Idempotency-Key is refused too.
    await property(
      fc.record({
        path: fc.constant(path),
        method: fc.constant('POST' as const),
        body: fc.constant({
          restaurantId: restaurant.id,
          partySize: 2,
          startsAt: tomorrowAt(21),
          guest: { name: 'Fuzz' },
        }),
        idempotencyKey: badIdempotencyKey,
        query: junkQuery,
      }),
    );
  }

  const badReason = fc.oneof(
    fc.record({
      reason: fc.oneof(
        notAString,
        fc.constant(''),
        fc.constant('  '),
        fc.string({ minLength: 501, maxLength: 520 }),
      ),
    }),
    fc.record({ reason: fc.constant('ok'), extra: fc.anything().filter((v) => v !== undefined) }),
  );
  // Ids the API must refuse: unknown (404) or not an id at all (400). The real booking is not
  // among them, since a valid key and an empty body would check it in.
  const refusedId = fc.oneof(
    fc.uuid().filter((id) => id !== bookingId),
    fc.string({ minLength: 1, maxLength: 40 }).map(encodeURIComponent),
  );
  const freshKey = fc.nat().map((n) => `fuzz-${n}-${randomUUID()}`);
  for (const action of ['cancel', 'reject', 'approve']) {
    await property(
      fc.record({
        path: fc.constant(`/v1/bookings/${bookingId}/${action}`),
        method: fc.constant('POST' as const),
        body:
          action === 'approve'
            ? fc.record({ reason: fc.oneof(notAString, fc.string({ minLength: 501, maxLength: 510 })) })
            : badReason,
        query: junkQuery,
      }),
    );
  }
  for (const action of ['bookings/{id}/check-in', 'holds/{id}/confirm', 'bookings/{id}/cancel']) {
    // With a valid Idempotency-Key, so the request reaches the id.
    await property(
      fc.record({
        path: refusedId.map((id) => `/v1/${action.replace('{id}', id)}`),
        method: fc.constant('POST' as const),
        body: fc.constant(action.endsWith('cancel') ? { reason: 'fuzz' } : {}),
        idempotencyKey: freshKey,
        query: junkQuery,
      }),
    );
    // The real booking, with a key the API refuses before it looks at the booking.
    await property(
      fc.record({
        path: fc.constant(`/v1/${action.replace('{id}', bookingId)}`),
        method: fc.constant('POST' as const),
        idempotencyKey: badIdempotencyKey,
        query: junkQuery,
      }),
    );
  }
  // Bodies over the limit, valid JSON otherwise: 413 before anything is parsed or written.
  const oversized = JSON.stringify({
    restaurantId: restaurant.id,
    partySize: 2,
    startsAt: tomorrowAt(21),
    guest: { name: 'Fuzz' },
    notes: 'n'.repeat(BODY_LIMIT_BYTES),
  });
  for (const path of ['/v1/bookings', '/v1/holds', `/v1/bookings/${bookingId}/cancel`, '/v1/api-keys']) {
    const response = await api('POST', path, { key: restaurant.apiKey, rawBody: oversized });
    expect({ path, status: response.status }).toEqual({ path, status: 413 });
    expect(response.body).toMatchObject({ code: 'payload_too_large' });
    sent++;
  }
  await property(
    fc.record({
      path: fc.constant('/v1/api-keys'),
      method: fc.constant('POST' as const),
      body: fc.oneof(
        fc.record({
          name: fc.oneof(notAString, fc.constant('')),
          channel: fc.constant('voice'),
          restaurantIds: fc.constant([restaurant.id]),
        }),
        fc.record({
          name: fc.constant('k'),
          channel: fc
            .string()
            .filter(
              (s) => !['api', 'voice', 'whatsapp', 'web_widget', 'chat', 'partner', 'admin'].includes(s),
            ),
          restaurantIds: fc.constant([restaurant.id]),
        }),
        fc.record({
          name: fc.constant('k'),
          channel: fc.constant('chat'),
          restaurantIds: fc.oneof(fc.constant([]), fc.array(fc.string(), { minLength: 1 }), notAString),
        }),
        fc.record({
          name: fc.constant('k'),
          channel: fc.constant('chat'),
          restaurantIds: fc.constant([restaurant.id]),
          scopes: fc
            .array(fc.string(), { minLength: 1 })
            .filter((a) =>
              a.some(
                (s) =>
                  ![
                    'availability:read',
                    'bookings:read',
                    'bookings:write',
                    'reviews:write',
                    'admin',
                  ].includes(s),
              ),
            ),
        }),
      ),
      query: junkQuery,
    }),
  );
  await property(
    fc.record({
      path: fc
        .oneof(fc.uuid(), fc.string({ minLength: 1, maxLength: 40 }).map(encodeURIComponent))
        .map((id) => `/v1/api-keys/${id}`),
      method: fc.constant('DELETE' as const),
      query: junkQuery,
    }),
  );

  expect(sent).toBeGreaterThanOrEqual(1000);
  expect(await rowCounts()).toEqual(before);

  // No refused request started a workflow: only the fuzz target's and the sentinel's exist.
  const sentinel = await api<{ workflowId: string }>('POST', '/v1/holds', {
    key: restaurant.apiKey,
    body: { restaurantId: restaurant.id, partySize: 2, startsAt: tomorrowAt(8), guest: { name: 'Sentinel' } },
  });
  expect(sentinel.status).toBe(201);
  expect((await startedWorkflows(sentinel.body.workflowId)).sort()).toEqual(
    [targetWorkflowId, sentinel.body.workflowId].sort(),
  );
});
