import {
  changeReviewReason,
  changedPlacement,
  modifyRefusal,
  movesCapacity,
  noShowRefusal,
  remindersDue,
  undoNoShowWindowSeconds,
  type ChangeableBooking,
} from '@tablekeeper/domain/booking-modification';

const confirmed: ChangeableBooking = {
  status: 'confirmed',
  version: 4,
  partySize: 2,
  startsAt: '2026-12-01T19:00:00.000Z',
  seatingPreference: null,
  hasPendingChange: false,
};

describe('changing a booking', () => {
  it('takes held and confirmed bookings only, at the version the caller read, one review at a time', () => {
    expect(modifyRefusal(confirmed, undefined)).toBeNull();
    expect(modifyRefusal({ ...confirmed, status: 'held' }, 4)).toBeNull();
    for (const status of ['checked_in', 'completed', 'cancelled', 'no_show', 'manual_review'] as const) {
      expect(modifyRefusal({ ...confirmed, status }, undefined)?.code).toBe('invalid_transition');
    }
    expect(modifyRefusal(confirmed, 3)?.code).toBe('stale_version');
    expect(modifyRefusal({ ...confirmed, hasPendingChange: true }, undefined)?.code).toBe('change_pending');
  });

  it('places the booking again only when time, party, seating or tables change', () => {
    expect(movesCapacity(confirmed, { notes: 'x', guest: { phone: '+44123456' } })).toBe(false);
    expect(movesCapacity(confirmed, { startsAt: '2026-12-01T19:00:00+00:00' })).toBe(false);
    expect(movesCapacity(confirmed, { startsAt: '2026-12-01T20:00:00+01:00' })).toBe(false);
    expect(movesCapacity(confirmed, { startsAt: '2026-12-01T20:00:00Z' })).toBe(true);
    expect(movesCapacity(confirmed, { partySize: 3 })).toBe(true);
    expect(movesCapacity(confirmed, { seatingPreference: 'Terrace' })).toBe(true);
    expect(movesCapacity(confirmed, { tableIds: ['t'] })).toBe(true);
    expect(changedPlacement(confirmed, { partySize: 5 })).toEqual({
      startsAt: confirmed.startsAt,
      partySize: 5,
      seatingPreference: null,
    });
  });

  it('sends a growing party past the auto-confirm limit to staff, unless staff ask or it is a hold', () => {
    const policy = { autoConfirmMaxPartySize: 6 };
    expect(changeReviewReason(confirmed, 8, policy, false)).toBe('party_size_over_auto_confirm_limit');
    expect(changeReviewReason(confirmed, 6, policy, false)).toBeNull();
    expect(changeReviewReason(confirmed, 8, policy, true)).toBeNull();
    expect(changeReviewReason({ ...confirmed, status: 'held' }, 8, policy, false)).toBeNull();
    expect(changeReviewReason({ ...confirmed, partySize: 9 }, 8, policy, false)).toBeNull();
  });

  it('moves reminders with the booking and never repeats a lead already sent', () => {
    const start = Date.parse('2026-12-01T19:00:00Z');
    const now = start - 3 * 3600_000;
    expect(remindersDue(start, [86_400, 7200], [], now)).toEqual([{ lead: 7200, at: start - 7200_000 }]);
    expect(remindersDue(start + 86_400_000, [86_400, 7200], [86_400], now)).toEqual([
      { lead: 7200, at: start + 86_400_000 - 7200_000 },
    ]);
    expect(remindersDue(start, [7200, 3600], [], start - 7200_000 - 1).map((r) => r.lead)).toEqual([
      7200, 3600,
    ]);
  });

  it('marks no-shows only after the start; the undo window defaults for older policies', () => {
    expect(noShowRefusal(confirmed, Date.parse(confirmed.startsAt) - 1)).toMatch(/after its start/);
    expect(noShowRefusal(confirmed, Date.parse(confirmed.startsAt))).toBeNull();
    expect(undoNoShowWindowSeconds({})).toBe(7200);
    expect(undoNoShowWindowSeconds({ undoNoShowWindowSeconds: 60 })).toBe(0 + 60);
  });
});
