/** A component the fault suite can take down and bring back: a process of ours or a dependency. */
export interface Restartable {
  readonly name: string;
  /** Ends it abruptly, the way a crash or an OOM kill does (no graceful shutdown). */
  kill(): Promise<void>;
  /** Brings it back on the same address; resolves once it answers. */
  start(): Promise<void>;
  /** Ends it for good at the end of a run and removes what it left behind. */
  dispose(): Promise<void>;
}

export async function waitUntil(
  what: string,
  ready: () => Promise<boolean>,
  timeoutMs = 60_000,
  everyMs = 100,
): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await ready().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, everyMs));
  }
  throw new Error(`${what} was not ready within ${timeoutMs} ms`);
}
