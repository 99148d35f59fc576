import { isGrpcServiceError } from '@temporalio/client';

/**
 * gRPC codes with which the Temporal server turns down an update-with-start it may accept a moment
 * later. The SDK unpacks a refused multi-operation into the code of the operation that failed:
 * FAILED_PRECONDITION ("Update-with-Start could not be executed", seen under the modify race),
 * UNAVAILABLE (an update aborted when a starved worker's first workflow task timed out and the
 * server cleared the workflow's in-flight updates; seen as 503s in the capacity race under CI
 * load), RESOURCE_EXHAUSTED (the server's own limits on a busy workflow or namespace) and ABORTED
 * (the sibling of the failing operation).
 */
export const TRANSIENT_REFUSAL_CODES: ReadonlySet<number> = new Set([8, 9, 10, 14]);

const FIRST_BACKOFF_MS = 25;
const LONGEST_BACKOFF_MS = 800;

export function isTransientRefusal(error: unknown): error is { code: number; message: string } {
  return isGrpcServiceError(error) && TRANSIENT_REFUSAL_CODES.has(error.code);
}

/**
 * How long to wait before asking for the placement again, or null to stop and answer 503. Both
 * halves of the request are keyed (workflow ID with USE_EXISTING, update ID from the same key), so
 * asking again cannot book twice; it is only bounded by the guest's answer deadline. The backoff
 * doubles from 25 ms to at most 800 ms with full jitter, so a burst refused together does not come
 * back together; `random` is injectable for the unit test.
 */
export function placementRetryDelayMs(
  error: unknown,
  attempt: number,
  msLeft: number,
  random: () => number = Math.random,
): number | null {
  if (!isTransientRefusal(error)) return null;
  const ceiling = Math.min(LONGEST_BACKOFF_MS, FIRST_BACKOFF_MS * 2 ** Math.min(attempt - 1, 10));
  const delay = Math.max(1, Math.round(ceiling * random()));
  // A retry that cannot start before the deadline would only turn a 503 into a later 503.
  return delay < msLeft ? delay : null;
}
