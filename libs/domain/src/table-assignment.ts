/**
 * The assignment engine: which table set should seat a party. Pure and deterministic, so it is
 * unit-tested on its own and its decisions can be replayed.
 *
 * Two kinds of pluggable parts:
 *  - candidate strategies propose table sets (a single table that fits; combinations of
 *    combinable neighbours for parties no single table seats);
 *  - scorers each add points to every candidate (wasted covers, extra tables, zone preference,
 *    keeping large tables free for large parties).
 * The best total wins; the hold transaction takes candidates best-first and Postgres' exclusion
 * constraint decides any race.
 */
import { compareTableLabels } from './table-labels';

export interface TableInfo {
  readonly id: string;
  readonly label: string;
  readonly zoneId: string;
  readonly minCovers: number;
  readonly maxCovers: number;
}

/** A table with the name of its zone, as a guest's seating preference names it. */
export interface ZonedTable extends TableInfo {
  readonly zoneName: string;
}

export interface AssignmentRequest {
  readonly partySize: number;
  readonly tables: readonly TableInfo[];
  /** Pairs of tables that can be pushed together; order within a pair does not matter. */
  readonly combinable: readonly (readonly [string, string])[];
  readonly preferredZoneId?: string;
  /** Largest table set the engine will build from combinable neighbours. */
  readonly maxCombinedTables?: number;
}

export interface CandidateStrategy {
  readonly name: string;
  propose(request: AssignmentRequest): TableInfo[][];
}

export interface Scorer {
  readonly name: string;
  /** Points for this candidate (usually a penalty, so zero or negative). */
  score(tables: readonly TableInfo[], request: AssignmentRequest): number;
}

export interface TablePlan {
  readonly tableIds: readonly string[];
  readonly labels: readonly string[];
  readonly strategy: string;
  readonly seats: number;
  readonly score: number;
  readonly scoreBreakdown: Readonly<Record<string, number>>;
}

export interface AssignmentResult {
  readonly plans: readonly TablePlan[];
  readonly candidatesConsidered: number;
}

const seatsOf = (tables: readonly TableInfo[]) => tables.reduce((sum, t) => sum + t.maxCovers, 0);

/** The smallest tables first: a single table whose covers range holds the party. */
export const singleTableStrategy: CandidateStrategy = {
  name: 'single_table',
  propose: (req) =>
    req.tables.filter((t) => t.minCovers <= req.partySize && req.partySize <= t.maxCovers).map((t) => [t]),
};

/**
 * Connected sets of 2..max combinable tables that hold the party, for parties no table of the set
 * seats alone. A set stops growing as soon as it seats the party, since another table would only
 * waste covers.
 */
export const combinedTablesStrategy: CandidateStrategy = {
  name: 'combined_tables',
  propose(req) {
    const maxSize = req.maxCombinedTables ?? 3;
    const byId = new Map(req.tables.map((t) => [t.id, t]));
    const neighbours = new Map<string, Set<string>>();
    for (const [a, b] of req.combinable) {
      if (!byId.has(a) || !byId.has(b) || a === b) continue;
      if (!neighbours.has(a)) neighbours.set(a, new Set());
      if (!neighbours.has(b)) neighbours.set(b, new Set());
      neighbours.get(a)!.add(b);
      neighbours.get(b)!.add(a);
    }
    // A set holding a table that seats the party alone is never proposed, nor is any set grown
    // from it: only smaller tables take part. Neighbours keep their order, so the proposals (and
    // their order, which breaks score ties) are the same as growing through every table; a party of
    // two at a floor of two-tops and larger builds nothing at all.
    const joinable = (id: string) => byId.get(id)!.maxCovers < req.partySize;
    const seen = new Set<string>();
    const results: TableInfo[][] = [];
    const grow = (set: string[]): void => {
      const key = [...set].sort().join(',');
      if (seen.has(key)) return;
      seen.add(key);
      if (set.length >= 2) {
        const tables = set.map((id) => byId.get(id)!);
        if (seatsOf(tables) >= req.partySize) {
          results.push(tables);
          return;
        }
      }
      if (set.length >= maxSize) return;
      for (const id of set) {
        for (const next of neighbours.get(id) ?? []) {
          if (!set.includes(next) && joinable(next)) grow([...set, next]);
        }
      }
    };
    for (const id of neighbours.keys()) if (joinable(id)) grow([id]);
    return results;
  },
};

/** Every empty seat costs: the tightest fit wins. */
export const wastedCoversScorer: Scorer = {
  name: 'wasted_covers',
  score: (tables, req) => -10 * (seatsOf(tables) - req.partySize),
};

/** Pushing tables together takes staff time and floor space: a single table beats a combination. */
export const extraTablesScorer: Scorer = {
  name: 'extra_tables',
  score: (tables) => -25 * (tables.length - 1),
};

/** The guest's seating preference (a zone), when the booking has one. */
export const zonePreferenceScorer: Scorer = {
  name: 'zone_preference',
  score: (tables, req) =>
    req.preferredZoneId && tables.some((t) => t.zoneId !== req.preferredZoneId) ? -30 : 0,
};

/**
 * Keep large tables for large parties: a small party at a table of six or more costs extra,
 * beyond its wasted covers, because that table is the scarce one later in the evening.
 */
export const largeTableReserveScorer: Scorer = {
  name: 'large_table_reserve',
  score: (tables, req) => (req.partySize <= 4 ? -15 * tables.filter((t) => t.maxCovers >= 6).length : 0),
};

export const DEFAULT_STRATEGIES: readonly CandidateStrategy[] = [singleTableStrategy, combinedTablesStrategy];
export const DEFAULT_SCORERS: readonly Scorer[] = [
  wastedCoversScorer,
  extraTablesScorer,
  zonePreferenceScorer,
  largeTableReserveScorer,
];

const byLabel = (a: TableInfo, b: TableInfo) => compareTableLabels(a.label, b.label);

export function planAssignments(
  req: AssignmentRequest,
  strategies: readonly CandidateStrategy[] = DEFAULT_STRATEGIES,
  scorers: readonly Scorer[] = DEFAULT_SCORERS,
): AssignmentResult {
  let candidatesConsidered = 0;
  const plans: TablePlan[] = [];
  for (const strategy of strategies) {
    for (const candidate of strategy.propose(req)) {
      candidatesConsidered++;
      const tables = [...candidate].sort(byLabel);
      const scoreBreakdown = Object.fromEntries(scorers.map((s) => [s.name, s.score(tables, req)]));
      plans.push({
        tableIds: tables.map((t) => t.id),
        labels: tables.map((t) => t.label),
        strategy: strategy.name,
        seats: seatsOf(tables),
        score: 1000 + Object.values(scoreBreakdown).reduce((sum, v) => sum + v, 0),
        scoreBreakdown,
      });
    }
  }
  plans.sort((a, b) => b.score - a.score || compareTableLabels(a.labels.join(), b.labels.join()));
  return { plans, candidatesConsidered };
}

/** Half-open time interval in epoch milliseconds. */
export interface Interval {
  readonly start: number;
  readonly end: number;
}

export const overlaps = (a: Interval, b: Interval): boolean => a.start < b.end && b.start < a.end;

/** Tables with no live assignment overlapping `window`. */
export function freeTables<T extends TableInfo>(
  tables: readonly T[],
  taken: readonly { readonly tableId: string; readonly start: number; readonly end: number }[],
  window: Interval,
): T[] {
  const busy = new Set(taken.filter((a) => overlaps(a, window)).map((a) => a.tableId));
  return tables.filter((t) => !busy.has(t.id));
}

/** The engine's pick, with how many candidate sets it weighed (kept in the booking's history). */
export type ChosenPlan = TablePlan & { readonly candidatesConsidered: number };

/** A restaurant's active tables and which of them can be pushed together. */
export interface Floor {
  readonly tables: readonly ZonedTable[];
  readonly combinable: readonly (readonly [string, string])[];
}

/**
 * The best free table set for a party: `null` when no table set of the floor could ever seat it
 * (it is held on pacing alone and goes to staff), 'all_taken' when sets exist but none is free.
 * The one plan chooser: a hold and a late plan for a party held without tables both ask it.
 */
export function choosePlan(
  floor: Floor,
  busy: ReadonlySet<string>,
  partySize: number,
  seatingPreference?: string | null,
): ChosenPlan | null | 'all_taken' {
  const preference = seatingPreference?.toLowerCase();
  const preferredZoneId = preference
    ? floor.tables.find((t) => t.zoneName.toLowerCase() === preference)?.zoneId
    : undefined;
  const free = planAssignments({
    partySize,
    tables: floor.tables.filter((t) => !busy.has(t.id)),
    combinable: floor.combinable,
    preferredZoneId,
  });
  if (free.plans.length > 0) return { ...free.plans[0], candidatesConsidered: free.candidatesConsidered };
  const anyAtAll = planAssignments({ partySize, tables: floor.tables, combinable: floor.combinable });
  return anyAtAll.plans.length > 0 ? 'all_taken' : null;
}

/**
 * The tables staff chose for a party, as a plan the hold takes as it would the engine's: all of
 * the floor's active tables, seating the party together, none busy. Refused with the reason
 * otherwise, so the admin UI can say why.
 */
export function planOfChoice(
  floor: Floor,
  busy: ReadonlySet<string>,
  tableIds: readonly string[],
  partySize: number,
): { readonly ok: true; readonly plan: ChosenPlan } | { readonly ok: false; readonly detail: string } {
  const wanted = [...new Set(tableIds)];
  const tables = wanted.map((id) => floor.tables.find((t) => t.id === id));
  if (wanted.length === 0 || tables.some((t) => t === undefined)) {
    return { ok: false, detail: 'Choose active tables of this restaurant' };
  }
  const chosen = tables as ZonedTable[];
  const seats = seatsOf(chosen);
  if (seats < partySize)
    return { ok: false, detail: `Those tables seat ${seats}; the party is ${partySize}` };
  const taken = chosen.filter((t) => busy.has(t.id)).map((t) => t.label);
  if (taken.length > 0) {
    return { ok: false, detail: `${taken.join(', ')} ${taken.length > 1 ? 'are' : 'is'} taken then` };
  }
  return {
    ok: true,
    plan: {
      tableIds: chosen.map((t) => t.id),
      labels: chosen.map((t) => t.label),
      strategy: 'staff_choice',
      seats,
      score: 0,
      scoreBreakdown: {},
      candidatesConsidered: 0,
    },
  };
}
