import { planDemoBookings, type DemoSpreadInput } from '../../prisma/demo-bookings.plan';

const input: DemoSpreadInput = {
  now: new Date('2026-12-02T15:10:00Z'),
  timezone: 'Europe/London',
  opensAt: 12 * 60,
  closesAt: 22 * 60 + 30,
  slotMinutes: 15,
  daysAhead: 3,
  autoConfirmMaxPartySize: 8,
  minNoticeMinutes: 15,
};

describe('the demo spread', () => {
  const plan = planDemoBookings(input);

  it('is the same plan, with the same keys, every time for the same day', () => {
    expect(planDemoBookings(input)).toEqual(plan);
    expect(new Set(plan.map((p) => p.idempotencyKey)).size).toBe(plan.length);
  });

  it('books today from now on and the three days after, inside the hours, on the grid', () => {
    const days = new Set(plan.map((p) => p.startsAt.slice(0, 10)));
    expect([...days].sort()).toEqual(['2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05']);
    for (const p of plan) {
      expect(new Date(p.startsAt).getTime()).toBeGreaterThanOrEqual(input.now.getTime() + 15 * 60_000);
      const [h, m] = p.startsAt.slice(11, 16).split(':').map(Number);
      expect(h * 60 + m).toBeGreaterThanOrEqual(input.opensAt);
      expect(h * 60 + m + 90).toBeLessThanOrEqual(input.closesAt);
      expect(m % 15).toBe(0);
    }
  });

  it('is mostly confirmable bookings, with some large parties for review and a few open holds', () => {
    const bookings = plan.filter((p) => p.kind === 'booking');
    const holds = plan.filter((p) => p.kind === 'hold');
    const large = plan.filter((p) => p.partySize > input.autoConfirmMaxPartySize);
    expect(bookings.length).toBeGreaterThan(plan.length * 0.8);
    expect(holds.length).toBeGreaterThanOrEqual(1);
    expect(holds.length).toBeLessThanOrEqual(4);
    expect(large.length).toBeGreaterThanOrEqual(1);
    expect(large.every((p) => p.kind === 'booking')).toBe(true);
  });
});

describe('the seated parties of the first look', () => {
  const seatedOf = (now: string) =>
    planDemoBookings({ ...input, now: new Date(now) }).filter((p) => p.seatOnArrival);

  it('seats parties in today’s next slots while the restaurant is open', () => {
    const seated = seatedOf('2026-12-02T18:40:00Z');
    expect(seated.map((p) => p.startsAt)).toEqual([
      '2026-12-02T19:00:00+00:00',
      '2026-12-02T19:15:00+00:00',
      '2026-12-02T19:30:00+00:00',
    ]);
    for (const p of seated) {
      expect(p.kind).toBe('booking');
      expect(p.partySize).toBeLessThanOrEqual(input.autoConfirmMaxPartySize);
    }
  });

  it('seats nobody once today has no slot left, and never on another day', () => {
    expect(seatedOf('2026-12-02T22:50:00Z')).toEqual([]);
    expect(
      planDemoBookings(input).filter((p) => p.seatOnArrival && !p.startsAt.startsWith('2026-12-02')),
    ).toEqual([]);
  });
});
