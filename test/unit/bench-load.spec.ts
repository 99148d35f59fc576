import { closedLoop, openLoop } from '../../bench/support/closed-loop';

describe('benchmark load drivers', () => {
  it('calls at a steady rate however long calls take, counting failures apart', async () => {
    let calls = 0;
    const run = await openLoop(100, 0.3, async () => {
      const n = ++calls;
      await new Promise((resolve) => setTimeout(resolve, 50));
      if (n % 10 === 0) throw new Error('refused');
    });
    expect(calls).toBe(30);
    expect(run.requests).toBe(30);
    expect(run.errors).toBe(3);
    expect(run.count).toBe(27);
    // Every call takes 50 ms and none waits for another: the arrival rate, not the answer time, sets the pace.
    expect(run.p50).toBeGreaterThanOrEqual(45);
    expect(run.p99).toBeLessThan(500);
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
    expect(run.requests).toBeGreaterThan(20);
  });
});
