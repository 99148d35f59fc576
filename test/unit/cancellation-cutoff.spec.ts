import { isLateCancellation, latestCancellationAt } from '@tablekeeper/domain';

const startsAt = new Date('2026-12-05T19:00:00Z');

describe('the cancellation cutoff', () => {
  it('puts the latest cancellation the cutoff before the start', () => {
    expect(latestCancellationAt(startsAt, 120).toISOString()).toBe('2026-12-05T17:00:00.000Z');
    expect(latestCancellationAt(startsAt, 0).toISOString()).toBe('2026-12-05T19:00:00.000Z');
  });

  it('lets a confirmed booking go up to and including the latest moment, not a millisecond after', () => {
    expect(isLateCancellation('confirmed', startsAt, 120, new Date('2026-12-05T16:59:59Z'))).toBe(false);
    expect(isLateCancellation('confirmed', startsAt, 120, new Date('2026-12-05T17:00:00Z'))).toBe(false);
    expect(isLateCancellation('confirmed', startsAt, 120, new Date('2026-12-05T17:00:00.001Z'))).toBe(true);
  });

  it('with no cutoff, is late only once the booking has started', () => {
    expect(isLateCancellation('confirmed', startsAt, 0, new Date('2026-12-05T18:59:00Z'))).toBe(false);
    expect(isLateCancellation('confirmed', startsAt, 0, new Date('2026-12-05T19:01:00Z'))).toBe(true);
  });

  it('never binds a hold or a request still under review', () => {
    const late = new Date('2026-12-05T18:30:00Z');
    expect(isLateCancellation('held', startsAt, 120, late)).toBe(false);
    expect(isLateCancellation('manual_review', startsAt, 120, late)).toBe(false);
  });
});
