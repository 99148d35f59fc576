/**
 * A restaurant's whole setup as one document, over real HTTP, Postgres and Redis and through the
 * compiled CLI: exported and imported back unchanged, created from a file, updated (a table left
 * out is deactivated, a new one offered by the next availability answer), refused as a whole with
 * every field at fault named and nothing written, and described by a JSON Schema in OpenAPI.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiKeyRepository } from '@tablekeeper/db';
import { createTestRestaurant, type TestRestaurant } from '../support/fixtures';
import { apiClient, type ApiCall } from '../support/http';
import { startTestStack, type TestStack } from '../support/test-stack';

jest.setTimeout(120_000);

type Doc = {
  version: number;
  restaurant: { slug: string; name: string; timezone: string; [k: string]: unknown };
  policy: Record<string, unknown>;
  zones: { name: string; sortOrder?: number }[];
  tables: {
    label: string;
    zone: string;
    minCovers: number;
    maxCovers: number;
    active?: boolean;
    combinableWith?: string[];
  }[];
  hours: { periods: Record<string, unknown>[]; pacing?: Record<string, unknown>[] };
  exceptions?: Record<string, unknown>[];
};
type Problem = { code: string; errors?: { field: string; code: string }[] };

let stack: TestStack;
let api: ApiCall;
const dir = mkdtempSync(join(tmpdir(), 'setup-doc-'));

beforeAll(async () => {
  stack = await startTestStack();
  api = apiClient(stack.baseUrl);
});
afterAll(async () => {
  await stack?.stop();
});

const ADMIN = ['availability:read', 'bookings:read', 'bookings:write', 'admin'] as const;
const dateIn = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

const cli = (args: string[]) =>
  spawnSync(process.execPath, ['dist/apps/cli/src/main.js', ...args], {
    env: { ...process.env, DATABASE_URL: stack.db.url, REDIS_URL: stack.config.redisUrl },
    encoding: 'utf8',
  });

const fileWith = (doc: unknown) => {
  const file = join(dir, `${randomUUID()}.json`);
  writeFileSync(file, JSON.stringify(doc));
  return file;
};

const exported = async (r: TestRestaurant) => {
  const res = await api<Doc>('GET', `/v1/restaurants/${r.id}/setup`, { key: r.apiKey });
  expect(res.status).toBe(200);
  return res.body;
};

const put = (r: TestRestaurant, doc: unknown) =>
  api<Record<string, unknown>>('PUT', `/v1/restaurants/${r.id}/setup`, {
    key: r.apiKey,
    body: doc,
    idempotencyKey: `doc-${randomUUID()}`,
  });

const changes = (restaurantId: string) => stack.prisma.setupChange.count({ where: { restaurantId } });

/** A new venue's document, as a group onboarding it would write it. */
function venue(slug: string): Doc {
  return {
    version: 1,
    restaurant: {
      slug,
      name: 'Harbour Kitchen',
      timezone: 'Europe/Lisbon',
      contact: { phone: '+351210000000', email: 'ola@harbour.example', address: 'Cais 1, Lisboa' },
      bookingChannels: ['api', 'web_widget'],
    },
    policy: { maxPartySize: 12, autoConfirmMaxPartySize: 6, cancellationCutoffMinutes: 120 },
    zones: [{ name: 'Inside' }, { name: 'Terrace' }],
    tables: [
      { label: 'I1', zone: 'Inside', minCovers: 1, maxCovers: 2, combinableWith: ['I2'] },
      { label: 'I2', zone: 'Inside', minCovers: 1, maxCovers: 2 },
      { label: 'T1', zone: 'Terrace', minCovers: 2, maxCovers: 6 },
    ],
    hours: {
      periods: [
        { name: 'Lunch', days: [2, 3, 4, 5, 6], opens: '12:00', closes: '15:00', lastSeating: '14:00' },
        {
          name: 'Dinner',
          days: [1, 2, 3, 4, 5, 6, 7],
          opens: '19:00',
          closes: '23:00',
          lastSeating: '21:30',
        },
      ],
      pacing: [{ period: 'Dinner', intervalMinutes: 15, maxCovers: 20, maxParties: 4 }],
    },
    exceptions: [{ date: dateIn(10), closed: true, reason: 'Staff party' }],
  };
}

/**
 * A venue imported by the CLI, with an admin-scoped key: test restaurants' short timers (2 s holds)
 * are below what the policy accepts, so they would not import back.
 */
async function importedVenue(): Promise<TestRestaurant> {
  const slug = `venue-${randomBytes(4).toString('hex')}`;
  const doc = venue(slug);
  doc.tables.push(
    { label: 'B1', zone: 'Inside', minCovers: 4, maxCovers: 5, combinableWith: ['B2'] },
    { label: 'B2', zone: 'Inside', minCovers: 4, maxCovers: 5 },
  );
  expect(cli(['restaurant', 'import', fileWith(doc)]).status).toBe(0);
  const id = (await stack.prisma.restaurant.findUniqueOrThrow({ where: { slug } })).id;
  const key = await new ApiKeyRepository(stack.prisma).create({
    name: `key for ${slug}`,
    restaurantIds: [id],
    scopes: [...ADMIN],
    readsPerMinute: 1_000_000,
    writesPerMinute: 1_000_000,
  });
  return { id, slug, apiKey: key.rawKey, apiKeyPrefix: key.prefix };
}

describe('export and import through the API', () => {
  it('exports a document that imports back to the very same setup', async () => {
    const r = await importedVenue();
    const first = await exported(r);
    expect(first.version).toBe(1);
    expect(first.restaurant.slug).toBe(r.slug);
    expect(first.tables.map((t) => t.label)).toEqual(['B1', 'B2', 'I1', 'I2', 'T1']);
    expect(first.tables.find((t) => t.label === 'B1')!.combinableWith).toEqual(['B2']);

    const before = await changes(r.id);
    const done = await put(r, first);
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ restaurantId: r.id, created: false, deactivatedTables: [] });
    expect(await exported(r)).toEqual(first);
    expect(await changes(r.id)).toBe(before + 1);
    const log = await stack.prisma.setupChange.findFirstOrThrow({
      where: { restaurantId: r.id },
      orderBy: { id: 'desc' },
    });
    expect(log.action).toBe('setup.import');
    expect(log.actor).toMatch(/^api:/);
  });

  it('applies a document at once: a closed date has no availability, a new table is listed', async () => {
    const r = await importedVenue();
    const doc = await exported(r);
    const closed = dateIn(5);
    const open = dateIn(6);
    const big = `/v1/restaurants/${r.id}/availability?date=${open}&partySize=12`;
    const slotsOf = async (path: string) =>
      (await api<{ slots: { available: boolean }[] }>('GET', path, { key: r.apiKey })).body.slots;
    expect(
      (await slotsOf(`/v1/restaurants/${r.id}/availability?date=${closed}&partySize=2`)).length,
    ).toBeGreaterThan(0);

    doc.tables.push({ label: 'C1', zone: 'Inside', minCovers: 8, maxCovers: 12 });
    doc.exceptions = [{ startsOn: closed, endsOn: closed, closed: true, reason: 'Private event' }];
    expect((await put(r, doc)).status).toBe(200);

    expect((await slotsOf(big)).some((s) => s.available)).toBe(true);
    expect((await exported(r)).tables.map((t) => t.label)).toContain('C1');
    expect(await slotsOf(`/v1/restaurants/${r.id}/availability?date=${closed}&partySize=2`)).toEqual([]);
  });

  it('refuses an inconsistent document as a whole, naming every field at fault, and writes nothing', async () => {
    const r = await importedVenue();
    const doc = await exported(r);
    const before = { doc, changes: await changes(r.id) };
    const bad: Doc = structuredClone(doc);
    bad.tables.push({ label: 'Z9', zone: 'Nowhere', minCovers: 4, maxCovers: 2, combinableWith: ['Q7'] });
    bad.tables.push({ label: 'I1', zone: 'Inside', minCovers: 1, maxCovers: 2 });
    bad.hours.periods = [
      { name: 'Lunch', days: [1], opens: '12:00', closes: '15:00' },
      { name: 'Late lunch', days: [1], opens: '14:00', closes: '16:00' },
    ];
    bad.exceptions = [
      { startsOn: dateIn(3), endsOn: dateIn(5), closed: true },
      { date: dateIn(4), closed: true },
      { startsOn: dateIn(9), endsOn: dateIn(8), closed: true },
    ];
    bad.policy = { ...bad.policy, minPartySize: 10, maxPartySize: 4 };
    const refused = await put(r, bad);
    expect(refused.status).toBe(422);
    const problem = refused.body as unknown as Problem;
    expect(problem.code).toBe('invalid_setup');
    const fields = problem.errors!.map((e) => `${e.field}:${e.code}`);
    expect(fields).toEqual(
      expect.arrayContaining([
        'tables[5].zone:invalid_setup',
        'tables[5].minCovers:invalid_setup',
        'tables[5].combinableWith:invalid_setup',
        'tables[6].label:duplicate_table_label',
        'hours.periods[1].opens:overlapping_periods',
        'exceptions[1].startsOn:overlapping_exception',
        'exceptions[2].endsOn:inverted_range',
        'policy.minPartySize:invalid_setup',
      ]),
    );
    expect(await exported(r)).toEqual(before.doc);
    expect(await changes(r.id)).toBe(before.changes);

    const shape = await put(r, { ...doc, tables: [{ label: 7 }], surprise: true });
    expect(shape.status).toBe(400);
    const shapeFields = (shape.body as unknown as Problem).errors!.map((e) => e.field);
    expect(shapeFields).toEqual(expect.arrayContaining(['surprise', 'tables.0.label', 'tables.0.zone']));
    expect(await changes(r.id)).toBe(before.changes);
  });

  it('changes only the restaurant it names, and only with an admin-scoped key', async () => {
    const r = await importedVenue();
    const other = await importedVenue();
    const doc = await exported(other);
    const mismatch = await put(r, doc);
    expect(mismatch.status).toBe(422);
    expect((mismatch.body as unknown as Problem).errors).toEqual([
      expect.objectContaining({ field: 'restaurant.slug', code: 'slug_mismatch' }),
    ]);
    expect(await exported(other)).toEqual(doc);

    const fresh = await put(r, {
      ...doc,
      restaurant: { ...doc.restaurant, slug: `new-${randomBytes(3).toString('hex')}` },
    });
    expect(fresh.status).toBe(422);
    expect(await stack.prisma.restaurant.count({ where: { slug: { startsWith: 'new-' } } })).toBe(0);

    const reader = await createTestRestaurant(stack.prisma);
    expect((await api('GET', `/v1/restaurants/${reader.id}/setup`, { key: reader.apiKey })).status).toBe(403);
    expect((await api('GET', `/v1/restaurants/${other.id}/setup`, { key: r.apiKey })).status).toBe(404);
  });

  it('describes the document as a JSON Schema in the OpenAPI document', async () => {
    const spec = (await (await fetch(`${stack.baseUrl}/docs-json`)).json()) as {
      paths: Record<string, Record<string, { operationId?: string }>>;
      components: { schemas: Record<string, { required?: string[]; properties: Record<string, unknown> }> };
    };
    const path = spec.paths['/v1/restaurants/{id}/setup'];
    expect(path.get.operationId).toBe('exportRestaurantSetup');
    expect(path.put.operationId).toBe('importRestaurantSetup');
    const schema = spec.components.schemas.SetupDocumentInput;
    expect(schema.required).toEqual(
      expect.arrayContaining(['version', 'restaurant', 'zones', 'tables', 'hours']),
    );
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(['policy', 'exceptions', 'zones', 'tables', 'hours']),
    );
    expect(spec.components.schemas.SetupTableInput.required).toEqual(
      expect.arrayContaining(['label', 'zone', 'minCovers', 'maxCovers']),
    );
  });
});

describe('npm run cli -- restaurant import / export', () => {
  it('creates a venue from a file, then updates it from an edited export', async () => {
    const slug = `harbour-${randomBytes(3).toString('hex')}`;
    const created = cli(['restaurant', 'import', fileWith(venue(slug))]);
    expect(created.stderr).toBe('');
    expect(created.status).toBe(0);
    expect(created.stdout).toContain(`Created restaurant ${slug}`);
    const row = await stack.prisma.restaurant.findUniqueOrThrow({ where: { slug } });
    expect(row).toMatchObject({
      name: 'Harbour Kitchen',
      timezone: 'Europe/Lisbon',
      maxPartySize: 12,
      cancellationCutoffMinutes: 120,
      contactEmail: 'ola@harbour.example',
      bookingChannels: ['api', 'web_widget'],
    });
    expect(await stack.prisma.diningTable.count({ where: { restaurantId: row.id } })).toBe(3);
    expect(await stack.prisma.servicePeriod.count({ where: { restaurantId: row.id } })).toBe(12);

    const out = cli(['restaurant', 'export', slug]);
    expect(out.status).toBe(0);
    const doc = JSON.parse(out.stdout) as Doc;
    expect(doc.tables.map((t) => [t.label, t.combinableWith])).toEqual([
      ['I1', ['I2']],
      ['I2', ['I1']],
      ['T1', []],
    ]);
    expect(doc.hours.pacing).toEqual([
      { period: 'Dinner', intervalMinutes: 15, maxCovers: 20, maxParties: 4 },
    ]);
    expect(doc.exceptions).toEqual([
      { startsOn: dateIn(10), endsOn: dateIn(10), closed: true, reason: 'Staff party' },
    ]);

    doc.tables = doc.tables.filter((t) => t.label !== 'T1');
    doc.tables.push({ label: 'I3', zone: 'Inside', minCovers: 2, maxCovers: 4 });
    doc.zones = doc.zones.filter((z) => z.name === 'Inside');
    const updated = cli(['restaurant', 'import', fileWith(doc)]);
    expect(updated.status).toBe(0);
    expect(updated.stdout).toContain(`Updated restaurant ${slug}`);
    expect(updated.stdout).toContain('Deactivated (not in the document): T1');
    const tables = await stack.prisma.diningTable.findMany({
      where: { restaurantId: row.id },
      orderBy: { label: 'asc' },
      include: { zone: true },
    });
    expect(tables.map((t) => [t.label, t.active, t.zone.name])).toEqual([
      ['I1', true, 'Inside'],
      ['I2', true, 'Inside'],
      ['I3', true, 'Inside'],
      ['T1', false, 'Terrace'],
    ]);
    const log = await stack.prisma.setupChange.findMany({
      where: { restaurantId: row.id },
      orderBy: { id: 'asc' },
    });
    expect(log.map((l) => [l.action, l.actor])).toEqual([
      ['setup.create', 'cli'],
      ['setup.import', 'cli'],
    ]);
  });

  it('refuses a bad file with every field at fault and creates nothing', async () => {
    const slug = `broken-${randomBytes(3).toString('hex')}`;
    const doc = venue(slug);
    doc.tables[2].zone = 'Roof';
    doc.hours.periods[0].closes = '11:00';
    const refused = cli(['restaurant', 'import', fileWith(doc)]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('refused (invalid_setup), nothing written');
    expect(refused.stderr).toContain('tables[2].zone');
    expect(refused.stderr).toContain('hours.periods[0].closes');
    expect(await stack.prisma.restaurant.count({ where: { slug } })).toBe(0);

    const typed = cli(['restaurant', 'import', fileWith({ ...venue(slug), version: 2, zones: 'Inside' })]);
    expect(typed.status).toBe(1);
    expect(typed.stderr).toContain('refused (validation_failed)');
    expect(typed.stderr).toMatch(/version: /);
    expect(typed.stderr).toMatch(/zones: /);
    expect(await stack.prisma.restaurant.count({ where: { slug } })).toBe(0);

    const notJson = join(dir, 'not.json');
    writeFileSync(notJson, '{ "version": 1,');
    expect(cli(['restaurant', 'import', notJson]).status).toBe(2);
    expect(cli(['restaurant', 'export', 'no-such-restaurant']).status).toBe(2);
  });
});

describe('the demo restaurant', () => {
  it('is seeded from a setup document the import accepts, and exports back to it', async () => {
    const { demoSetupDocument } = await import('../../prisma/demo-restaurant');
    const done = cli(['restaurant', 'import', fileWith(demoSetupDocument())]);
    expect(done.stderr).toBe('');
    expect(done.status).toBe(0);
    const out = JSON.parse(cli(['restaurant', 'export', 'demo-bistro']).stdout) as Doc;
    expect(out.tables).toHaveLength(20);
    expect(out.tables.find((t) => t.label === 'T1')!.combinableWith).toEqual(['T2']);
    expect(out.hours.periods).toEqual([
      { name: 'All day', days: [1, 2, 3, 4, 5, 6, 7], opens: '12:00', closes: '22:30' },
    ]);
    expect(out.hours.pacing).toEqual([{ period: null, intervalMinutes: 15, maxCovers: 30, maxParties: 6 }]);
  });
});
