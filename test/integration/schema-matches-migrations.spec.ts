/**
 * The migrations are SQL written beside schema.prisma (Prisma's schema engine cannot run on these
 * machines). This test proves that the migrated database is what schema.prisma describes: same
 * tables, columns, types, nullability, defaults, enums, indexes and foreign keys. Objects Prisma
 * cannot express (the exclusion constraint, checks, the append-only trigger) are allowed extras,
 * and the test proves those exist too.
 */
import { get_dmmf } from '@prisma/prisma-schema-wasm';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '../support/database';

interface DmmfField {
  name: string;
  dbName?: string | null;
  kind: 'scalar' | 'object' | 'enum';
  type: string;
  isList: boolean;
  isRequired: boolean;
  hasDefaultValue: boolean;
  default?: unknown;
  nativeType?: [string, string[]] | null;
  isUpdatedAt: boolean;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
}
interface DmmfModel {
  name: string;
  dbName: string | null;
  fields: DmmfField[];
}
interface DmmfIndex {
  model: string;
  type: 'id' | 'unique' | 'normal' | 'fulltext';
  dbName?: string | null;
  fields: { name: string }[];
}
interface Dmmf {
  datamodel: {
    models: DmmfModel[];
    enums: { name: string; values: { name: string }[] }[];
    indexes: DmmfIndex[];
  };
}

const schema = readFileSync(join(__dirname, '..', '..', 'prisma', 'schema.prisma'), 'utf8');
const dmmf = JSON.parse(get_dmmf(JSON.stringify({ prismaSchema: schema }))) as Dmmf;
const models = dmmf.datamodel.models;
const tableOf = (model: DmmfModel) => model.dbName ?? model.name;
const columnOf = (field: DmmfField) => field.dbName ?? field.name;
const modelByName = new Map(models.map((m) => [m.name, m]));

// Raw-SQL objects of the migrations that schema.prisma cannot describe.
const EXTRA_INDEXES = new Set([
  'table_assignments_live_idx',
  'table_assignments_no_overlap',
  'restaurant_exceptions_no_overlap',
  'booking_modifications_one_pending',
  'guests_restaurant_phone_identity',
  'guests_restaurant_email_identity',
  'waitlist_entries_hold_booking_id_unique',
]);

function expectedType(field: DmmfField): { dataType: string; udt: string } {
  if (field.kind === 'enum')
    return field.isList
      ? { dataType: 'ARRAY', udt: `_${field.type}` }
      : { dataType: 'USER-DEFINED', udt: field.type };
  const native = field.nativeType?.[0];
  const scalar: Record<string, { dataType: string; udt: string }> = {
    String: native === 'Uuid' ? { dataType: 'uuid', udt: 'uuid' } : { dataType: 'text', udt: 'text' },
    Int: { dataType: 'integer', udt: 'int4' },
    BigInt: { dataType: 'bigint', udt: 'int8' },
    Boolean: { dataType: 'boolean', udt: 'bool' },
    DateTime:
      native === 'Timestamptz'
        ? { dataType: 'timestamp with time zone', udt: 'timestamptz' }
        : native === 'Date'
          ? { dataType: 'date', udt: 'date' }
          : { dataType: 'timestamp without time zone', udt: 'timestamp' },
    Json: { dataType: 'jsonb', udt: 'jsonb' },
  };
  const base = scalar[field.type];
  if (!base) throw new Error(`no mapping for ${field.type}`);
  return field.isList ? { dataType: 'ARRAY', udt: `_${base.udt}` } : base;
}

let db: TestDatabase;
let pg: Client;

beforeAll(async () => {
  db = await createTestDatabase();
  pg = new Client({ connectionString: db.url });
  await pg.connect();
});
afterAll(async () => {
  await pg?.end();
  await db?.drop();
});

async function columns(table: string) {
  const { rows } = await pg.query<{
    column_name: string;
    data_type: string;
    udt_name: string;
    is_nullable: 'YES' | 'NO';
    column_default: string | null;
    datetime_precision: number | null;
  }>(
    `SELECT column_name, data_type, udt_name, is_nullable, column_default, datetime_precision
     FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1`,
    [table],
  );
  return new Map(rows.map((r) => [r.column_name, r]));
}

describe('migrated database matches prisma/schema.prisma', () => {
  it('has exactly the tables of the models (plus Prisma bookkeeping)', async () => {
    const { rows } = await pg.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'",
    );
    expect(rows.map((r) => r.table_name).sort()).toEqual(
      [...models.map(tableOf), '_prisma_migrations'].sort(),
    );
  });

  it.each(models.map((m) => [m.name, m] as const))(
    '%s: columns, types, nullability and defaults',
    async (_name, model) => {
      const actual = await columns(tableOf(model));
      const scalars = model.fields.filter((f) => f.kind !== 'object');
      expect([...actual.keys()].sort()).toEqual(scalars.map(columnOf).sort());
      for (const field of scalars) {
        const column = actual.get(columnOf(field))!;
        const type = expectedType(field);
        const where = `${tableOf(model)}.${columnOf(field)}`;
        expect({ where, dataType: column.data_type, udt: column.udt_name }).toEqual({
          where,
          dataType: type.dataType,
          udt: type.udt,
        });
        // Prisma leaves list columns nullable.
        const nullable = field.isList ? 'YES' : field.isRequired ? 'NO' : 'YES';
        expect({ where, nullable: column.is_nullable }).toEqual({ where, nullable });
        const clientSideDefault =
          typeof field.default === 'object' &&
          field.default !== null &&
          ['uuid', 'cuid'].includes((field.default as { name: string }).name);
        const dbDefault = field.hasDefaultValue && !clientSideDefault;
        expect({ where, hasDefault: column.column_default !== null }).toEqual({
          where,
          hasDefault: dbDefault,
        });
        if (field.nativeType?.[0] === 'Timestamptz') {
          expect({ where, precision: column.datetime_precision }).toEqual({
            where,
            precision: Number(field.nativeType[1][0] ?? 6),
          });
        }
      }
    },
  );

  it('has the enums with the same values in the same order', async () => {
    for (const e of dmmf.datamodel.enums) {
      const { rows } = await pg.query<{ label: string }>(
        `SELECT e.enumlabel AS label FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid
         WHERE t.typname = $1 ORDER BY e.enumsortorder`,
        [e.name],
      );
      expect(rows.map((r) => r.label)).toEqual(e.values.map((v) => v.name));
    }
  });

  it('has every primary key, unique and index of the schema, and no unexplained extras', async () => {
    const { rows } = await pg.query<{
      table: string;
      name: string;
      unique: boolean;
      primary: boolean;
      columns: string[];
    }>(
      `SELECT t.relname AS table, i.relname AS name, ix.indisunique AS unique, ix.indisprimary AS primary,
              array_agg(a.attname::text ORDER BY k.ord) AS columns
       FROM pg_index ix
       JOIN pg_class i ON i.oid = ix.indexrelid
       JOIN pg_class t ON t.oid = ix.indrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = 'public'
       CROSS JOIN LATERAL unnest(ix.indkey) WITH ORDINALITY AS k(attnum, ord)
       LEFT JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
       WHERE t.relname <> '_prisma_migrations'
       GROUP BY t.relname, i.relname, ix.indisunique, ix.indisprimary`,
    );
    const actual = new Map(rows.map((r) => [r.name, r]));
    const expectedNames = new Set<string>();
    for (const index of dmmf.datamodel.indexes) {
      const model = modelByName.get(index.model)!;
      const table = tableOf(model);
      const cols = index.fields.map((f) => columnOf(model.fields.find((mf) => mf.name === f.name)!));
      const suffix = index.type === 'id' ? 'pkey' : index.type === 'unique' ? 'key' : 'idx';
      const name =
        index.dbName ?? (index.type === 'id' ? `${table}_pkey` : `${table}_${cols.join('_')}_${suffix}`);
      expectedNames.add(name);
      expect({ name, found: actual.get(name) ?? null }).toEqual({
        name,
        found: { table, name, unique: index.type !== 'normal', primary: index.type === 'id', columns: cols },
      });
    }
    const extras = [...actual.keys()].filter((name) => !expectedNames.has(name));
    expect(extras.sort()).toEqual([...EXTRA_INDEXES].sort());
  });

  it('has every foreign key of the relations, with the same delete rule', async () => {
    const { rows } = await pg.query<{
      name: string;
      table: string;
      columns: string[];
      target: string;
      on_delete: string;
    }>(
      `SELECT c.conname AS name, t.relname AS table, r.relname AS target,
              array(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY k(n, o)
                    JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n ORDER BY k.o) AS columns,
              c.confdeltype AS on_delete
       FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_class r ON r.oid = c.confrelid
       WHERE c.contype = 'f'`,
    );
    const deleteCode: Record<string, string> = {
      Cascade: 'c',
      Restrict: 'r',
      SetNull: 'n',
      NoAction: 'a',
      SetDefault: 'd',
    };
    const expected = models.flatMap((model) =>
      model.fields
        .filter((f) => f.kind === 'object' && f.relationFromFields && f.relationFromFields.length > 0)
        .map((f) => {
          const cols = f.relationFromFields!.map((name) =>
            columnOf(model.fields.find((mf) => mf.name === name)!),
          );
          return {
            name: `${tableOf(model)}_${cols.join('_')}_fkey`,
            table: tableOf(model),
            columns: cols,
            target: tableOf(modelByName.get(f.type)!),
            on_delete: deleteCode[f.relationOnDelete ?? (f.isRequired ? 'Restrict' : 'SetNull')],
          };
        }),
    );
    const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
    expect([...rows].sort(byName)).toEqual(expected.sort(byName));
  });

  it('has the invariants Prisma cannot express', async () => {
    const { rows } = await pg.query<{ conname: string; contype: string }>(
      "SELECT conname, contype FROM pg_constraint WHERE contype IN ('x', 'c')",
    );
    const names = rows.map((r) => r.conname);
    expect(rows.find((r) => r.conname === 'table_assignments_no_overlap')?.contype).toBe('x');
    expect(rows.find((r) => r.conname === 'restaurant_exceptions_no_overlap')?.contype).toBe('x');
    expect(names).toEqual(
      expect.arrayContaining([
        'bookings_time_order',
        'dining_tables_covers',
        'restaurants_policy',
        'restaurants_booking_policy',
        'service_periods_last_seating',
        'restaurant_exceptions_range',
        'table_blocks_time_order',
        'table_blocks_target',
      ]),
    );
    const trigger = await pg.query(
      "SELECT 1 FROM pg_trigger WHERE tgname = 'booking_events_no_update_or_delete'",
    );
    expect(trigger.rowCount).toBe(1);
  });

  it('keeps Prisma bookkeeping for every migration folder', async () => {
    const { rows } = await pg.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      'SELECT migration_name, checksum, finished_at FROM _prisma_migrations ORDER BY migration_name',
    );
    const { readMigrations } = await import('../../libs/db/src/migrations');
    expect(rows.map((r) => [r.migration_name, r.checksum])).toEqual(
      readMigrations().map((m) => [m.name, m.checksum]),
    );
    expect(rows.every((r) => r.finished_at !== null)).toBe(true);
  });
});
