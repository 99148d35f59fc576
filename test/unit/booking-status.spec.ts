import {
  BOOKING_STATUSES,
  TERMINAL_STATUSES,
  TRANSITIONS,
  InvalidTransitionError,
  applyTransition,
  canApply,
  isTerminal,
  type BookingAction,
} from '../../libs/domain/src/booking-status';

describe('booking status transitions', () => {
  it('walks the happy path hold → confirmed → checked_in → completed', () => {
    let status = applyTransition('verify_capacity', 'held');
    status = applyTransition('assign_tables', status);
    status = applyTransition('confirm', status);
    expect(status).toBe('confirmed');
    status = applyTransition('check_in', status);
    expect(applyTransition('complete', status)).toBe('completed');
  });

  it('never leaves a terminal status', () => {
    for (const status of TERMINAL_STATUSES) {
      for (const action of Object.keys(TRANSITIONS) as BookingAction[]) {
        expect(canApply(action, status)).toBe(false);
      }
    }
  });

  it('lets every non-terminal status except a seated party be cancelled', () => {
    const open = BOOKING_STATUSES.filter((s) => !isTerminal(s));
    expect(open.filter((s) => canApply('cancel', s))).toEqual(open.filter((s) => s !== 'checked_in'));
  });

  it('only reviews can be approved or rejected, only holds expire, only confirmed bookings are seated', () => {
    const from = (action: BookingAction) => BOOKING_STATUSES.filter((s) => canApply(action, s));
    expect(from('approve')).toEqual(['manual_review']);
    expect(from('reject')).toEqual(['manual_review']);
    expect(from('expire')).toEqual(['held']);
    expect(from('check_in')).toEqual(['confirmed']);
    expect(from('mark_no_show')).toEqual(['confirmed']);
  });

  it('throws a coded error for a refused transition', () => {
    expect(() => applyTransition('check_in', 'held')).toThrow(InvalidTransitionError);
    // Caught outside the assertion, so a call that does not throw fails the test too.
    let refused: unknown;
    try {
      applyTransition('approve', 'confirmed');
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(InvalidTransitionError);
    expect(refused).toMatchObject({ code: 'invalid_transition', action: 'approve', status: 'confirmed' });
  });

  it('has a reachable target status for every action', () => {
    for (const transition of Object.values(TRANSITIONS)) {
      expect(BOOKING_STATUSES).toContain(transition.to);
      expect(transition.from.length).toBeGreaterThan(0);
    }
  });
});
