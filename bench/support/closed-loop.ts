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
  return {
    ...summarize(times),
    requests: times.length + errors,
    errors,
    non2xx: 0,
    rps: times.length / seconds,
    statuses: {},
  };
}
