import { AdmissionGate, type Release } from '../../apps/gateway/src/admission/admission-gate';

afterEach(() => jest.useRealTimers());

const admitted = async (gate: AdmissionGate): Promise<Release> => {
  const result = await gate.acquire();
  if (result === 'shed') throw new Error('expected to be admitted');
  return result;
};

it('admits up to its concurrency, queues up to its queue length, sheds the rest at once', async () => {
  const gate = new AdmissionGate({ concurrency: 2, queueLength: 1, queueTimeoutMs: 1_000 });
  const a = await admitted(gate);
  await admitted(gate);
  const waiting = gate.acquire();
  expect(await gate.acquire()).toBe('shed');
  expect(gate.stats()).toEqual({ inFlight: 2, queued: 1, concurrency: 2, queueLength: 1, shed: 1 });

  a();
  const next = await waiting;
  expect(next).not.toBe('shed');
  expect(gate.stats()).toMatchObject({ inFlight: 2, queued: 0 });
});

it('hands slots to waiters first come, first served', async () => {
  const gate = new AdmissionGate({ concurrency: 1, queueLength: 3, queueTimeoutMs: 1_000 });
  const order: number[] = [];
  const release = await admitted(gate);
  const waiters = [1, 2, 3].map((n) =>
    gate.acquire().then((r) => {
      order.push(n);
      if (r !== 'shed') r();
    }),
  );
  release();
  await Promise.all(waiters);
  expect(order).toEqual([1, 2, 3]);
  expect(gate.stats()).toMatchObject({ inFlight: 0, queued: 0, shed: 0 });
});

it('sheds a waiter whose deadline passes and gives its place to no one', async () => {
  jest.useFakeTimers();
  const gate = new AdmissionGate({ concurrency: 1, queueLength: 2, queueTimeoutMs: 500 });
  const release = await admitted(gate);
  const waiting = gate.acquire();
  jest.advanceTimersByTime(499);
  expect(gate.stats().queued).toBe(1);
  jest.advanceTimersByTime(1);
  expect(await waiting).toBe('shed');
  expect(gate.stats()).toMatchObject({ inFlight: 1, queued: 0, shed: 1 });
  release();
  expect(gate.stats().inFlight).toBe(0);
});

it('counts a release once, however often it is called', async () => {
  const gate = new AdmissionGate({ concurrency: 2, queueLength: 0, queueTimeoutMs: 1_000 });
  const release = await admitted(gate);
  await admitted(gate);
  release();
  release();
  expect(gate.stats().inFlight).toBe(1);
});

it('reports saturation when more than half its queue waits', async () => {
  jest.useFakeTimers();
  const gate = new AdmissionGate({ concurrency: 1, queueLength: 2, queueTimeoutMs: 1_000 });
  await admitted(gate);
  void gate.acquire();
  expect(gate.saturated()).toBe(false);
  void gate.acquire();
  expect(gate.saturated()).toBe(true);
});
