import { waitlistAwareCapacity } from '../../temporal/activities/waitlist.activities';
import type { CapacityChange } from '../../temporal/activities/booking.activities';

const RESTAURANT = '00000000-0000-4000-8000-000000000001';
const change = (freed: boolean): CapacityChange => ({
  restaurantId: RESTAURANT,
  startsAt: '2026-12-24T19:00:00.000Z',
  endsAt: '2026-12-24T20:30:00.000Z',
  freed,
});

/** A listener wired to recorders: what the cache heard, whom the matcher woke, who was asked. */
function wired(options: { cacheFails?: boolean; waiting?: boolean; wakeFails?: boolean } = {}) {
  const calls = { cache: 0, asked: 0, woken: [] as string[] };
  const listener = waitlistAwareCapacity(
    {
      async capacityChanged() {
        calls.cache += 1;
        if (options.cacheFails) throw new Error('redis down');
      },
    },
    {
      async anyWaiting() {
        calls.asked += 1;
        return options.waiting ?? true;
      },
    },
    {
      async pokeMatcher(restaurantId: string) {
        if (options.wakeFails) throw new Error('temporal down');
        calls.woken.push(restaurantId);
      },
    },
  );
  return { listener, calls };
}

describe('waitlistAwareCapacity', () => {
  it('wakes the matcher when freed capacity meets someone waiting', async () => {
    const { listener, calls } = wired();
    await listener.capacityChanged(change(true));
    expect(calls).toEqual({ cache: 1, asked: 1, woken: [RESTAURANT] });
  });

  it('never asks Postgres about the waitlist when capacity is only taken', async () => {
    const { listener, calls } = wired();
    await listener.capacityChanged(change(false));
    expect(calls).toEqual({ cache: 1, asked: 0, woken: [] });
  });

  it('does not wake anyone when nobody waits', async () => {
    const { listener, calls } = wired({ waiting: false });
    await listener.capacityChanged(change(true));
    expect(calls.woken).toEqual([]);
  });

  it('still wakes the matcher when the cache cannot be invalidated, and reports the failure', async () => {
    const { listener, calls } = wired({ cacheFails: true });
    await expect(listener.capacityChanged(change(true))).rejects.toThrow('redis down');
    expect(calls.woken).toEqual([RESTAURANT]);
  });

  it('still invalidates the cache when the wake fails, and reports the failure', async () => {
    const { listener, calls } = wired({ wakeFails: true });
    await expect(listener.capacityChanged(change(true))).rejects.toThrow('temporal down');
    expect(calls.cache).toBe(1);
  });
});
