/**
 * Pacing: how many covers and parties may start within one interval. The numbers here are pure;
 * the hold transaction computes `alreadyStarting` under a per-slot lock so the check is atomic.
 */
export interface PacingRule {
  readonly intervalMinutes: number;
  readonly maxCovers: number;
  readonly maxParties: number;
}

export interface SlotLoad {
  readonly covers: number;
  readonly parties: number;
}

export function fitsPacing(
  alreadyStarting: SlotLoad,
  partySize: number,
  rule: PacingRule | undefined,
): boolean {
  if (!rule) return true;
  return (
    alreadyStarting.covers + partySize <= rule.maxCovers && alreadyStarting.parties + 1 <= rule.maxParties
  );
}

export function remainingCovers(alreadyStarting: SlotLoad, rule: PacingRule | undefined): number {
  if (!rule) return Number.POSITIVE_INFINITY;
  if (alreadyStarting.parties >= rule.maxParties) return 0;
  return Math.max(0, rule.maxCovers - alreadyStarting.covers);
}
