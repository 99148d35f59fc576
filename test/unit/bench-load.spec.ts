import { closedLoop, openLoop } from '../../bench/support/closed-loop';

describe('benchmark load drivers', () => {
  it('calls at a steady rate however long calls take, counting failures apart', async () => {
    let calls = 0;
    let inFlight = 0;
    let most = 0;
    const run = await openLoop(100, 0.3, async () => {
      const n = ++calls;
      most = Math.max(most, ++inFlight);
      await new Promise((resolve) => setTimeout(resolve, 50));
      inFlight--;
      if (n % 10 === 0) throw new Error('refused');
    });
    expect(calls).toBe(30);
    expect(run.requests).toBe(30);
    expect(run.errors).toBe(3);
    expect(run.count).toBe(27);
    // Calls arrive every 10 ms and each takes at least 50: had any waited for the one before, no
    // two would ever overlap. (A timer never fires early, so the lower bound is no bet on the clock.)
    expect(most).toBeGreaterThan(1);
    expect(run.p50).toBeGreaterThanOrEqual(45);
  });

  it('keeps a fixed number of callers busy back to back', async () => {
    let inFlight = 0;
    let most = 0;
    const run = await closedLoop(3, 0.2, async () => {
      most = Math.max(most, ++inFlight);
      await new Promise((resolve) => setTimeout(resolve, 10));
      inFlight--;
    });
    expect(most).toBe(3);
    expect(run.errors).toBe(0);
    // Every caller called, and never more than three at once; how many calls fit in 0.2 s is a
    // question of the machine's load, not of the driver.
    expect(run.requests).toBeGreaterThanOrEqual(3);
  });
});
