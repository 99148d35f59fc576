/**
 * Fuzzing a restaurant's setup over real HTTP, Postgres and Redis (fast-check): 1,000 setup
 * documents to import and 1,000+ bodies to the other setup endpoints, each a valid example with
 * one part broken (a value of another type, null, a string too long, a key removed or one added)
 * or any JSON at all. No answer is a 5xx, and a refused write writes nothing: the setup's
 * fingerprint is compared after every refusal, so a failure names the request that wrote.
 */
import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTestRestaurant, type TestRestaurant } from '../support/fixtures';
import { apiClient, type ApiCall } from '../support/http';
import { startTestStack, type TestStack } from '../support/test-stack';

jest.setTimeout(300_000);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Method = 'PUT' | 'POST' | 'PATCH';

let stack: TestStack;
let api: ApiCall;
let restaurant: TestRestaurant;

const document = JSON.parse(readFileSync(join(__dirname, '../../openapi.json'), 'utf8')) as {
  paths: Record<
    string,
    Record<string, { requestBody?: { content: Record<string, Record<string, unknown>> } }>
  >;
};

/** The committed document's request example for an operation (the first, where it has several). */
function requestExample(path: string, method: Method): Json {
  const media = document.paths[path]?.[method.toLowerCase()]?.requestBody?.content['application/json'];
  if (!media) throw new Error(`no request body for ${method} ${path}`);
  if (media.example !== undefined) return media.example as Json;
  const examples = media.examples as Record<string, { value: Json }>;
  return Object.values(examples)[0].value;
}

/** Every place in a JSON value: the path of keys and indexes that leads to it. */
function places(value: Json, at: (string | number)[] = []): (string | number)[][] {
  const here = [at];
  if (Array.isArray(value)) return here.concat(...value.map((v, i) => places(v, [...at, i])));
  if (value && typeof value === 'object')
    return here.concat(...Object.entries(value).map(([k, v]) => places(v, [...at, k])));
  return here;
}

const junk: fc.Arbitrary<Json> = fc.oneof(
  fc.constant(null),
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.string({ maxLength: 20 }),
  fc.string({ minLength: 300, maxLength: 320 }),
  fc.constant<Json>([]),
  fc.constant<Json>({}),
  fc.array(fc.oneof(fc.constant(null), fc.integer(), fc.string({ maxLength: 5 })), { maxLength: 3 }),
  fc.dictionary(fc.string({ minLength: 1, maxLength: 6 }), fc.integer(), { maxKeys: 2 }),
  fc.constantFrom('25:00', '2026-02-30', '2026-13-01', 'Mars/Olympus', '-1', '1e9', ' '),
);

type Mutation =
  | { kind: 'replace'; place: number; value: Json }
  | { kind: 'remove'; place: number }
  | { kind: 'add'; place: number; key: string; value: Json }
  | { kind: 'any'; value: Json };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({ kind: fc.constant('replace' as const), place: fc.nat(), value: junk }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('remove' as const), place: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('add' as const),
      place: fc.nat(),
      key: fc.string({ minLength: 1, maxLength: 8 }),
      value: junk,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('any' as const), value: fc.jsonValue() as fc.Arbitrary<Json> }),
  },
);

/** The example with one part broken. */
function mutate(example: Json, m: Mutation): Json {
  if (m.kind === 'any') return m.value;
  const copy = structuredClone(example);
  const all = places(copy);
  const path = all[m.place % all.length];
  if (path.length === 0) return m.kind === 'replace' ? m.value : m.kind === 'remove' ? null : copy;
  const parent = path.slice(0, -1).reduce<Json>((v, k) => (v as Record<string, Json>)[k as string], copy) as
    Json[] | Record<string, Json>;
  const key = path[path.length - 1];
  if (m.kind === 'replace') (parent as Record<string | number, Json>)[key] = m.value;
  else if (m.kind === 'remove') {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key as string];
  } else {
    const target = (parent as Record<string | number, Json>)[key];
    if (target && typeof target === 'object' && !Array.isArray(target)) target[m.key] = m.value;
    else (parent as Record<string | number, Json>)[key] = { [m.key]: m.value };
  }
  return copy;
}

/** Everything a setup write can change, in one comparable value. */
async function fingerprint(): Promise<string> {
  const p = stack.prisma;
  const where = { restaurantId: restaurant.id };
  const [row, zones, tables, combinations, periods, exceptions, blocks, changes, rules] = await Promise.all([
    p.restaurant.findUniqueOrThrow({ where: { id: restaurant.id } }),
    p.zone.findMany({ where, orderBy: { id: 'asc' } }),
    p.diningTable.findMany({ where, orderBy: { id: 'asc' } }),
    p.tableCombination.count({ where: { table: where } }),
    p.servicePeriod.findMany({ where, orderBy: { id: 'asc' } }),
    p.restaurantException.count({ where }),
    p.tableBlock.count({ where }),
    p.setupChange.count({ where }),
    p.capacityRule.findMany({ where, orderBy: { id: 'asc' } }),
  ]);
  return JSON.stringify(
    { row, zones, tables, combinations, periods, exceptions, blocks, changes, rules },
    (_k, v) => (typeof v === 'bigint' ? v.toString() : (v as unknown)),
  );
}

interface Tally {
  refused: number;
  accepted: number;
}

/** Sends one broken body; any 5xx fails, and so does a refusal that wrote. */
async function probe(method: Method, path: string, body: Json, tally: Tally): Promise<void> {
  const before = await fingerprint();
  const response = await api(method, path, {
    key: restaurant.apiKey,
    body,
    idempotencyKey: `fuzz-${randomUUID()}`,
  });
  const said = `${method} ${path} answered ${response.status} ${JSON.stringify(response.body).slice(0, 300)} to ${JSON.stringify(body).slice(0, 400)}`;
  if (response.status >= 500 || response.status < 200) throw new Error(said);
  if (response.status < 300) {
    tally.accepted++;
    return;
  }
  tally.refused++;
  if (response.headers.get('content-type')?.includes('application/problem+json') !== true)
    throw new Error(`not a problem: ${said}`);
  if (typeof (response.body as { code?: unknown }).code !== 'string') throw new Error(`no code: ${said}`);
  if ((await fingerprint()) !== before) throw new Error(`refused but wrote: ${said}`);
}

/** The example with its made-up zone and table ids replaced by this restaurant's own. */
function withIds(value: Json, ids: { zoneId: string; tableId: string }): Json {
  if (Array.isArray(value)) return value.map((v) => withIds(v, ids));
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [k, k in ids ? ids[k as keyof typeof ids] : withIds(v, ids)]),
  );
}

async function fuzz(
  method: Method,
  template: string,
  path: string,
  runs: number,
  ids: { zoneId: string; tableId: string },
): Promise<Tally> {
  const example = withIds(requestExample(template, method), ids);
  const tally: Tally = { refused: 0, accepted: 0 };
  await fc.assert(
    fc.asyncProperty(mutation, (m) => probe(method, path, mutate(example, m), tally)),
    { numRuns: runs },
  );
  return tally;
}

beforeAll(async () => {
  stack = await startTestStack();
  api = apiClient(stack.baseUrl);
  restaurant = await createTestRestaurant(stack.prisma, { scopes: ['admin', 'availability:read'] });
  // The test restaurant's 2 s timers are below what setup accepts: give it a setup that is valid as
  // a whole, so a broken part is what a refusal is about.
  const exported = await api<Record<string, Json>>('GET', `/v1/restaurants/${restaurant.id}/setup`, {
    key: restaurant.apiKey,
  });
  expect(exported.status).toBe(200);
  const example = requestExample('/v1/restaurants/{id}/setup', 'PUT') as Record<string, Json>;
  const valid = { ...example, restaurant: { ...(example.restaurant as object), slug: restaurant.slug } };
  const imported = await api('PUT', `/v1/restaurants/${restaurant.id}/setup`, {
    key: restaurant.apiKey,
    body: valid,
    idempotencyKey: `fuzz-${randomUUID()}`,
  });
  if (imported.status !== 200) throw new Error(`setup refused: ${JSON.stringify(imported.body)}`);
});
afterAll(async () => {
  await stack?.stop();
});

it('imports 1,000 broken setup documents without a 5xx, writing nothing for any it refuses', async () => {
  const base = `/v1/restaurants/${restaurant.id}`;
  const current = await api<Json>('GET', `${base}/setup`, { key: restaurant.apiKey });
  const example = current.body;
  const tally: Tally = { refused: 0, accepted: 0 };
  await fc.assert(
    fc.asyncProperty(mutation, (m) => {
      const doc = mutate(example, m) as Record<string, Json> | Json;
      // The slug names the restaurant the document is for; keep it so an accepted one stays here.
      if (doc && typeof doc === 'object' && !Array.isArray(doc)) {
        const r = doc.restaurant;
        if (r && typeof r === 'object' && !Array.isArray(r) && typeof r.slug === 'string')
          r.slug = restaurant.slug;
      }
      return probe('PUT', `${base}/setup`, doc, tally);
    }),
    { numRuns: 1_000 },
  );
  // Most broken documents must be refused, or the fuzz only probed fields that accept anything.
  expect(tally.refused).toBeGreaterThan(tally.accepted * 3);
});

it('sends 1,000+ broken bodies to the other setup endpoints without a 5xx, writing nothing when refused', async () => {
  const base = `/v1/restaurants/${restaurant.id}`;
  const zone = await stack.prisma.zone.findFirstOrThrow({ where: { restaurantId: restaurant.id } });
  const table = await stack.prisma.diningTable.findFirstOrThrow({ where: { restaurantId: restaurant.id } });
  const endpoints: [Method, string, string][] = [
    ['POST', '/v1/restaurants/{id}/exceptions', `${base}/exceptions`],
    ['PUT', '/v1/restaurants/{id}/hours', `${base}/hours`],
    ['POST', '/v1/restaurants/{id}/zones', `${base}/zones`],
    ['PATCH', '/v1/restaurants/{id}/zones/{zoneId}', `${base}/zones/${zone.id}`],
    ['POST', '/v1/restaurants/{id}/tables', `${base}/tables`],
    ['PATCH', '/v1/restaurants/{id}/tables/{tableId}', `${base}/tables/${table.id}`],
    ['POST', '/v1/restaurants/{id}/blocks', `${base}/blocks`],
    ['PATCH', '/v1/restaurants/{id}/policy', `${base}/policy`],
  ];
  const tallies: Record<string, Tally> = {};
  for (const [method, template, path] of endpoints)
    tallies[`${method} ${template}`] = await fuzz(method, template, path, 130, {
      zoneId: zone.id,
      tableId: table.id,
    });
  const sent = Object.values(tallies).reduce((n, t) => n + t.refused + t.accepted, 0);
  expect(sent).toBeGreaterThanOrEqual(1_000);
  for (const [operation, tally] of Object.entries(tallies))
    expect({ operation, mostlyRefused: tally.refused > tally.accepted }).toEqual({
      operation,
      mostlyRefused: true,
    });
});
