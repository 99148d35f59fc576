/**
 * When the gateway asks Temporal again for a placement it turned down, and when it stops and
 * answers 503: the retry policy of BookingWorkflowClient.place, without a server.
 */
import {
  TRANSIENT_REFUSAL_CODES,
  isTransientRefusal,
  placementRetryDelayMs,
} from '../../apps/gateway/src/bookings/placement-retry';

/** gRPC status codes (grpc/status.proto), spelled out here rather than taken from a transitive package. */
const status = {
  INVALID_ARGUMENT: 3,
  NOT_FOUND: 5,
  PERMISSION_DENIED: 7,
  RESOURCE_EXHAUSTED: 8,
  FAILED_PRECONDITION: 9,
  ABORTED: 10,
  INTERNAL: 13,
  UNAVAILABLE: 14,
} as const;

/** The shape of the error grpc-js raises for a call the server ended with `code`. */
function grpcError(code: number, details: string): Error {
  return Object.assign(new Error(`${code}: ${details}`), { code, details, metadata: {} });
}

const refused = grpcError(status.FAILED_PRECONDITION, 'Update-with-Start could not be executed.');
const aborted = grpcError(status.UNAVAILABLE, 'Workflow Update was aborted.');
const always = (value: number) => () => value;

it('asks again for the refusals the server may take back a moment later', () => {
  expect([...TRANSIENT_REFUSAL_CODES].sort((a, b) => a - b)).toEqual([
    status.RESOURCE_EXHAUSTED,
    status.FAILED_PRECONDITION,
    status.ABORTED,
    status.UNAVAILABLE,
  ]);
  expect(isTransientRefusal(refused)).toBe(true);
  expect(isTransientRefusal(aborted)).toBe(true);
  expect(placementRetryDelayMs(aborted, 1, 10_000, always(1))).toBe(25);
});

it('stops at once on an answer that another try would not change', () => {
  for (const code of [status.INVALID_ARGUMENT, status.NOT_FOUND, status.PERMISSION_DENIED, status.INTERNAL]) {
    expect(placementRetryDelayMs(grpcError(code, 'no'), 1, 10_000, always(1))).toBeNull();
  }
  // Not gRPC at all: a bug or a codec failure, never retried.
  expect(placementRetryDelayMs(new Error('Update-with-Start could not be executed'), 1, 10_000)).toBeNull();
  expect(placementRetryDelayMs(undefined, 1, 10_000)).toBeNull();
});

it('doubles the ceiling of its jittered wait up to 800 ms, and keeps trying while time is left', () => {
  const ceilings = [1, 2, 3, 4, 5, 6, 7, 12, 40].map((attempt) =>
    placementRetryDelayMs(refused, attempt, 60_000, always(1)),
  );
  expect(ceilings).toEqual([25, 50, 100, 200, 400, 800, 800, 800, 800]);
  // Full jitter: anywhere from 1 ms to the ceiling, so a burst refused together spreads out.
  expect(placementRetryDelayMs(refused, 4, 60_000, always(0))).toBe(1);
  expect(placementRetryDelayMs(refused, 4, 60_000, always(0.5))).toBe(100);
});

it('gives up when the wait would end past the answer deadline', () => {
  expect(placementRetryDelayMs(refused, 6, 801, always(1))).toBe(800);
  expect(placementRetryDelayMs(refused, 6, 800, always(1))).toBeNull();
  expect(placementRetryDelayMs(refused, 1, 0, always(1))).toBeNull();
  expect(placementRetryDelayMs(refused, 1, -5, always(0))).toBeNull();
});
