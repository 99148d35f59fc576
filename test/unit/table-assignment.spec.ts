import fc from 'fast-check';
import {
  combinedTablesStrategy,
  planAssignments,
  type TableInfo,
} from '@tablekeeper/domain/table-assignment';

const table = (id: string, min: number, max: number, zoneId = 'main'): TableInfo => ({
  id,
  label: id,
  zoneId,
  minCovers: min,
  maxCovers: max,
});

describe('table assignment engine', () => {
  const tables = [
    table('T1', 1, 2),
    table('T2', 1, 2),
    table('T3', 2, 4),
    table('T4', 4, 6),
    table('T5', 5, 8),
  ];
  const combinable: [string, string][] = [
    ['T1', 'T2'],
    ['T4', 'T5'],
  ];

  it('prefers the smallest single table that fits', () => {
    expect(planAssignments({ partySize: 2, tables, combinable }).plans[0]).toMatchObject({
      labels: ['T1'],
      strategy: 'single_table',
    });
    expect(planAssignments({ partySize: 3, tables, combinable }).plans[0].labels).toEqual(['T3']);
    expect(planAssignments({ partySize: 6, tables, combinable }).plans[0].labels).toEqual(['T4']);
  });

  it('combines neighbouring tables for a party no single table seats', () => {
    const result = planAssignments({ partySize: 12, tables, combinable });
    expect(result.plans[0]).toMatchObject({ labels: ['T4', 'T5'], strategy: 'combined_tables', seats: 14 });
    expect(result.candidatesConsidered).toBeGreaterThan(0);
  });

  it('returns no plan when nothing can seat the party', () => {
    expect(planAssignments({ partySize: 20, tables, combinable }).plans).toEqual([]);
  });

  it('respects a table minimum: a big table is not given to a couple', () => {
    const plans = planAssignments({ partySize: 2, tables: [table('Big', 5, 8)], combinable: [] }).plans;
    expect(plans).toEqual([]);
  });

  it('breaks ties by zone preference', () => {
    const twoZones = [table('A', 1, 4, 'terrace'), table('B', 1, 4, 'main')];
    expect(
      planAssignments({ partySize: 3, tables: twoZones, combinable: [], preferredZoneId: 'main' }).plans[0]
        .labels,
    ).toEqual(['B']);
  });

  it('never seats a party at a table set too small, and never uses a table twice (property)', () => {
    const arbTables = fc.uniqueArray(
      fc.record({
        n: fc.integer({ min: 1, max: 30 }),
        min: fc.integer({ min: 1, max: 4 }),
        extra: fc.integer({ min: 0, max: 6 }),
      }),
      { selector: (t) => t.n, minLength: 1, maxLength: 12 },
    );
    fc.assert(
      fc.property(
        arbTables,
        fc.integer({ min: 1, max: 20 }),
        fc.array(fc.tuple(fc.nat(11), fc.nat(11)), { maxLength: 15 }),
        (raw, partySize, pairs) => {
          const ts = raw.map((t) => table(`T${t.n}`, t.min, t.min + t.extra));
          const combos = pairs
            .filter(([a, b]) => a !== b && a < ts.length && b < ts.length)
            .map(([a, b]) => [ts[a].id, ts[b].id] as [string, string]);
          const { plans } = planAssignments({ partySize, tables: ts, combinable: combos });
          for (const plan of plans) {
            const chosen = plan.tableIds.map((id) => ts.find((t) => t.id === id)!);
            expect(new Set(plan.tableIds).size).toBe(plan.tableIds.length);
            expect(chosen.reduce((s, t) => s + t.maxCovers, 0)).toBeGreaterThanOrEqual(partySize);
            if (plan.strategy === 'single_table') expect(chosen[0].minCovers).toBeLessThanOrEqual(partySize);
          }
          for (let i = 1; i < plans.length; i++)
            expect(plans[i - 1].score).toBeGreaterThanOrEqual(plans[i].score);
        },
      ),
    );
  });
});

/**
 * The combined-tables strategy as it was before it skipped tables that seat the party alone:
 * every connected set grown through every table. Kept here as the reference the faster search must
 * equal, proposals and their order (which breaks score ties).
 */
function growThroughEveryTable(req: {
  partySize: number;
  tables: TableInfo[];
  combinable: [string, string][];
  maxCombinedTables: number;
}): TableInfo[][] {
  const byId = new Map(req.tables.map((t) => [t.id, t]));
  const neighbours = new Map<string, Set<string>>();
  for (const [a, b] of req.combinable) {
    if (!byId.has(a) || !byId.has(b) || a === b) continue;
    if (!neighbours.has(a)) neighbours.set(a, new Set());
    if (!neighbours.has(b)) neighbours.set(b, new Set());
    neighbours.get(a)!.add(b);
    neighbours.get(b)!.add(a);
  }
  const seen = new Set<string>();
  const results: TableInfo[][] = [];
  const grow = (set: string[]): void => {
    const key = [...set].sort().join(',');
    if (seen.has(key)) return;
    seen.add(key);
    if (set.length >= 2) {
      const picked = set.map((id) => byId.get(id)!);
      if (
        picked.every((t) => t.maxCovers < req.partySize) &&
        picked.reduce((s, t) => s + t.maxCovers, 0) >= req.partySize
      ) {
        results.push(picked);
        return;
      }
    }
    if (set.length >= req.maxCombinedTables) return;
    for (const id of set)
      for (const next of neighbours.get(id) ?? []) if (!set.includes(next)) grow([...set, next]);
  };
  for (const id of neighbours.keys()) grow([id]);
  return results;
}

describe('combined tables', () => {
  it('proposes exactly what growing through every table proposed, in the same order', () => {
    const layout = fc.integer({ min: 2, max: 12 }).chain((n) =>
      fc.record({
        covers: fc.array(fc.integer({ min: 1, max: 10 }), { minLength: n, maxLength: n }),
        pairs: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 3 * n }),
        partySize: fc.integer({ min: 1, max: 24 }),
        maxCombinedTables: fc.integer({ min: 2, max: 4 }),
      }),
    );
    fc.assert(
      fc.property(layout, ({ covers, pairs, partySize, maxCombinedTables }) => {
        const tables = covers.map((max, i) => table(`T${i}`, 1, max));
        const combinable = pairs.map(([a, b]): [string, string] => [`T${a}`, `T${b}`]);
        const request = { partySize, tables, combinable, maxCombinedTables };
        const ids = (sets: TableInfo[][]) => sets.map((set) => set.map((t) => t.id));
        expect(ids(combinedTablesStrategy.propose(request))).toEqual(ids(growThroughEveryTable(request)));
      }),
      { numRuns: 500 },
    );
  });
});
