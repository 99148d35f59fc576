import {
  WAITLIST_STATUSES,
  firstFreeStart,
  isTerminalWaitlistStatus,
  nextWaitlistStatus,
  offerExpiresAt,
  planOffers,
  waitlistSuggestion,
  waitlistTarget,
  wishWindowRefusal,
  type OfferableSlot,
  type WaitingWish,
} from '@tablekeeper/domain';

const MIN = 60_000;
const T0 = Date.UTC(2026, 11, 4, 19, 0);
const slots = (free: number[], busy: number[] = []): OfferableSlot[] => [
  ...free.map((m) => ({ startsAt: T0 + m * MIN, available: true })),
  ...busy.map((m) => ({ startsAt: T0 + m * MIN, available: false })),
];
const wish = (id: string, createdOrder: number, partySize: number, from = 0, to = 120): WaitingWish => ({
  id,
  createdOrder,
  partySize,
  from: T0 + from * MIN,
  to: T0 + to * MIN,
});

describe('waitlist transitions', () => {
  it('goes waiting → offered → booked | expired | cancelled | removed, and nowhere from an end', () => {
    expect(nextWaitlistStatus('waiting', 'offer')).toBe('offered');
    expect(nextWaitlistStatus('offered', 'accept')).toBe('booked');
    expect(nextWaitlistStatus('offered', 'expire')).toBe('expired');
    expect(nextWaitlistStatus('offered', 'cancel')).toBe('cancelled');
    expect(nextWaitlistStatus('offered', 'remove')).toBe('removed');
    expect(nextWaitlistStatus('waiting', 'seat')).toBe('booked');
    for (const status of WAITLIST_STATUSES.filter(isTerminalWaitlistStatus)) {
      for (const action of ['offer', 'accept', 'expire', 'cancel', 'remove', 'seat'] as const) {
        expect(waitlistTarget(status, action)).toBeUndefined();
      }
    }
  });

  it('refuses to accept what was never offered, or to offer twice', () => {
    expect(() => nextWaitlistStatus('waiting', 'accept')).toThrow('waiting cannot accept');
    expect(() => nextWaitlistStatus('offered', 'offer')).toThrow('offered cannot offer');
    expect(() => nextWaitlistStatus('offered', 'seat')).toThrow();
  });
});

describe('planOffers (fair order)', () => {
  it('offers first come first, whatever order the entries are read in', () => {
    const planned = planOffers([wish('late', 7, 2), wish('early', 3, 2)], () => slots([30]), T0);
    expect(planned.map((p) => p.entryId)).toEqual(['early', 'late']);
  });

  it('skips an earlier entry nothing fits, so a later one that fits gets the table', () => {
    const bySize = (size: number) => (size > 4 ? slots([], [30]) : slots([30]));
    const planned = planOffers([wish('six', 1, 6), wish('pair', 2, 2)], bySize, T0);
    expect(planned).toEqual([{ entryId: 'pair', startsAt: T0 + 30 * MIN }]);
  });

  it('offers the earliest free start inside the window, never before the notice', () => {
    const day = slots([0, 45, 90, 180], [15]);
    expect(firstFreeStart(wish('a', 1, 2, 10, 120), day, T0)).toBe(T0 + 45 * MIN);
    expect(firstFreeStart(wish('a', 1, 2, 0, 120), day, T0 + 60 * MIN)).toBe(T0 + 90 * MIN);
    expect(firstFreeStart(wish('a', 1, 2, 100, 170), day, T0)).toBeNull();
  });
});

describe('offer terms', () => {
  it('lasts the restaurant window, but never past the offered start', () => {
    expect(offerExpiresAt(T0, 900, T0 + 120 * MIN)).toBe(T0 + 15 * MIN);
    expect(offerExpiresAt(T0, 900, T0 + 5 * MIN)).toBe(T0 + 5 * MIN);
  });

  it('refuses windows that run backwards, have passed or span more than an evening', () => {
    const now = new Date(T0);
    expect(wishWindowRefusal(new Date(T0 + MIN), new Date(T0), now)?.field).toBe('to');
    expect(wishWindowRefusal(new Date(T0 - 60 * MIN), new Date(T0 - MIN), now)?.detail).toMatch(/passed/);
    expect(wishWindowRefusal(new Date(T0), new Date(T0 + 13 * 60 * MIN), now)?.detail).toMatch(/12 hours/);
    expect(wishWindowRefusal(new Date(T0), new Date(T0 + 120 * MIN), now)).toBeNull();
  });

  it('suggests the refused time ±30 minutes, not starting in the past', () => {
    const request = { restaurantId: 'r', partySize: 4, startsAt: new Date(T0 + 60 * MIN).toISOString() };
    expect(waitlistSuggestion(request, T0)).toEqual({
      restaurantId: 'r',
      partySize: 4,
      from: new Date(T0 + 30 * MIN).toISOString(),
      to: new Date(T0 + 90 * MIN).toISOString(),
    });
    expect(waitlistSuggestion(request, T0 + 50 * MIN).from).toBe(new Date(T0 + 50 * MIN).toISOString());
  });
});
