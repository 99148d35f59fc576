import { summarize, type LoadResult } from './load';

/**
 * `concurrency` callers each calling `once` back to back for `seconds`: the floors are measured
 * the way autocannon measures the HTTP paths, so the two compare.
 */
export async function closedLoop(
  concurrency: number,
  seconds: number,
  once: () => Promise<void>,
): Promise<LoadResult> {
  const times: number[] = [];
  let errors = 0;
  const until = performance.now() + seconds * 1000;
  const caller = async () => {
    while (performance.now() < until) {
      const start = performance.now();
      try {
        await once();
        times.push(performance.now() - start);
      } catch {
        errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, caller));
  return resultOf(times, errors, seconds);
}

/**
 * Calls `once` at a steady `rate` per second for `seconds`, however long each call takes (as
 * autocannon's overall rate does for the HTTP paths): a floor measured at the sustained rate.
 * Latency counts from the moment a call was due, so a stalled generator cannot hide queueing.
 */
export async function openLoop(
  rate: number,
  seconds: number,
  once: () => Promise<void>,
): Promise<LoadResult> {
  const times: number[] = [];
  let errors = 0;
  const calls: Promise<void>[] = [];
  const started = performance.now();
  const total = Math.round(rate * seconds);
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    calls.push(
      once().then(
        () => void times.push(performance.now() - due),
        () => void errors++,
      ),
    );
  }
  await Promise.all(calls);
  return resultOf(times, errors, (performance.now() - started) / 1000);
}

/** Latencies of the calls that answered, failures counted apart, throughput over `seconds`. */
function resultOf(times: number[], errors: number, seconds: number): LoadResult {
  return {
    ...summarize(times),
    requests: times.length + errors,
    errors,
    non2xx: 0,
    rps: times.length / seconds,
    statuses: {},
  };
}
