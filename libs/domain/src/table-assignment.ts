/**
 * The assignment engine: which table set should seat a party. Pure and deterministic, so it is
 * unit-tested on its own and its decisions can be replayed. Strategies propose candidate table
 * sets; every candidate gets one score; the hold transaction tries candidates best-first and lets
 * Postgres' exclusion constraint decide races.
 */
export interface TableInfo {
  readonly id: string;
  readonly label: string;
  readonly zoneId: string;
  readonly minCovers: number;
  readonly maxCovers: number;
}

export interface TablePlan {
  readonly tableIds: readonly string[];
  readonly labels: readonly string[];
  readonly strategy: 'single_table' | 'combined_tables';
  readonly seats: number;
  readonly score: number;
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

export interface AssignmentResult {
  readonly plans: readonly TablePlan[];
  readonly candidatesConsidered: number;
}

// Weights chosen so that a single table that fits always beats a combination, and within each
// kind the set with the fewest empty seats wins; zone preference breaks near-ties only.
const WASTED_SEAT_PENALTY = 10;
const EXTRA_TABLE_PENALTY = 25;
const ZONE_MISMATCH_PENALTY = 5;

function scorePlan(tables: readonly TableInfo[], req: AssignmentRequest): number {
  const seats = tables.reduce((sum, t) => sum + t.maxCovers, 0);
  const wasted = seats - req.partySize;
  const zonePenalty =
    req.preferredZoneId && tables.some((t) => t.zoneId !== req.preferredZoneId) ? ZONE_MISMATCH_PENALTY : 0;
  return 1000 - wasted * WASTED_SEAT_PENALTY - (tables.length - 1) * EXTRA_TABLE_PENALTY - zonePenalty;
}

function toPlan(tables: readonly TableInfo[], req: AssignmentRequest): TablePlan {
  const sorted = [...tables].sort((a, b) => a.label.localeCompare(b.label, 'en', { numeric: true }));
  return {
    tableIds: sorted.map((t) => t.id),
    labels: sorted.map((t) => t.label),
    strategy: tables.length === 1 ? 'single_table' : 'combined_tables',
    seats: tables.reduce((sum, t) => sum + t.maxCovers, 0),
    score: scorePlan(tables, req),
  };
}

function singleTables(req: AssignmentRequest): TableInfo[][] {
  return req.tables
    .filter((t) => t.minCovers <= req.partySize && req.partySize <= t.maxCovers)
    .map((t) => [t]);
}

/** Connected sets of 2..max combinable tables whose seats hold the party. */
function combinedTables(req: AssignmentRequest): TableInfo[][] {
  const maxSize = req.maxCombinedTables ?? 3;
  const byId = new Map(req.tables.map((t) => [t.id, t]));
  const neighbours = new Map<string, Set<string>>();
  for (const [a, b] of req.combinable) {
    if (!byId.has(a) || !byId.has(b)) continue;
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
      const tables = set.map((id) => byId.get(id)!);
      const seats = tables.reduce((sum, t) => sum + t.maxCovers, 0);
      if (seats >= req.partySize) {
        results.push(tables);
        return; // adding more tables would only waste seats
      }
    }
    if (set.length >= maxSize) return;
    for (const id of set) {
      for (const next of neighbours.get(id) ?? []) {
        if (!set.includes(next)) grow([...set, next]);
      }
    }
  };
  for (const id of neighbours.keys()) grow([id]);
  return results;
}

export function planAssignments(req: AssignmentRequest): AssignmentResult {
  const candidates = [...singleTables(req), ...combinedTables(req)];
  const plans = candidates
    .map((tables) => toPlan(tables, req))
    .sort(
      (a, b) => b.score - a.score || a.labels.join().localeCompare(b.labels.join(), 'en', { numeric: true }),
    );
  return { plans, candidatesConsidered: candidates.length };
}
