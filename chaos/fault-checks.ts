import type { PrismaClient } from '@tablekeeper/db';
import { checkInvariants, type Ledger } from '../bench/support/invariants';
import type { AgentOutcome } from './agent-client';

/** Statuses a booking only passes through: one still there after settling was never finished. */
const UNSETTLED = new Set(['held', 'capacity_verified', 'assignment_pending', 'assigned']);

export interface FaultInvariants {
  readonly ok: boolean;
  /** More than one booking under one (API key, Idempotency-Key). */
  readonly duplicates: number;
  /** Answered 201/202, but missing from Postgres or never settled. */
  readonly lost: number;
  /** Written to Postgres, but the agent was never told it was booked (or nobody sent its key). */
  readonly phantom: number;
  readonly overlappingTables: number;
  readonly pacingExcess: number;
  /** Agents whose last answer was a 5xx when they gave up. */
  readonly final5xx: number;
  /** Agents that never got a final answer (no answer at all, or only "still in progress"). */
  readonly unanswered: number;
  /** Accepted bookings resting anywhere but confirmed or manual review, by status. */
  readonly unexpectedStates: Record<string, number>;
  readonly checkedBookings: number;
  /** The lost bookings' ids, to look up in the agents' attempts and the workflow histories. */
  readonly lostIds: readonly string[];
}

/**
 * What the agents were told against what Postgres holds once everything settled: the promises a
 * fault may delay but never break.
 */
export async function checkFaultInvariants(
  prisma: PrismaClient,
  scope: { restaurantIds: readonly string[]; ledger: Ledger; outcomes: readonly AgentOutcome[] },
): Promise<FaultInvariants> {
  const base = await checkInvariants(prisma, scope);
  const rows = await prisma.booking.findMany({
    where: { restaurantId: { in: [...scope.restaurantIds] } },
    select: { id: true, status: true, idempotencyKey: true },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const toldBooked = new Set(
    scope.outcomes.filter((o) => o.finalStatus === 201 && o.bookingId).map((o) => o.idempotencyKey),
  );
  const lostIds = [...scope.ledger.accepted.keys()].filter((id) => {
    const row = byId.get(id);
    return !row || UNSETTLED.has(row.status);
  });
  const lost = lostIds.length;
  const phantom = rows.filter((r) => !toldBooked.has(r.idempotencyKey)).length;
  const final5xx = scope.outcomes.filter((o) => o.finalStatus !== null && o.finalStatus >= 500).length;
  const unanswered = scope.outcomes.filter((o) => o.finalStatus === null || o.finalStatus === 202).length;
  const report = {
    duplicates: base.duplicateBookings,
    lost,
    phantom,
    overlappingTables: base.overlappingAssignments,
    pacingExcess: base.pacingExceeded,
    final5xx,
    unanswered,
  };
  const ok =
    Object.values(report).every((count) => count === 0) && Object.keys(base.unexpectedStates).length === 0;
  return { ok, ...report, unexpectedStates: base.unexpectedStates, checkedBookings: rows.length, lostIds };
}
