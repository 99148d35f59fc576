import fc from 'fast-check';
import { planAssignments, type TableInfo } from '@tablekeeper/domain/table-assignment';

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
