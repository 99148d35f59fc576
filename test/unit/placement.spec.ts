import { holdLapsed, placementSteps, reviewReasonFor, type PlacementStep } from '@tablekeeper/domain';

const oneShotPlacementSteps = (options: { hasTables: boolean; reviewReason: string | null }) =>
  placementSteps({
    from: 'held',
    noTablesReason: options.hasTables ? null : 'no_table_set_fits_party',
    reviewReason: options.reviewReason,
  });

const path = (steps: readonly PlacementStep[]) => steps.map((s) => `${s.from}→${s.to}:${s.reason}`);

describe('one-shot placement steps', () => {
  it('verifies, assigns the held tables and confirms', () => {
    expect(path(oneShotPlacementSteps({ hasTables: true, reviewReason: null }))).toEqual([
      'held→capacity_verified:pacing_and_tables_held',
      'capacity_verified→assigned:tables_assigned',
      'assigned→confirmed:auto_confirmed',
    ]);
  });

  it('sends an assigned booking to review for the reason given', () => {
    expect(path(oneShotPlacementSteps({ hasTables: true, reviewReason: 'vip' })).at(-1)).toBe(
      'assigned→manual_review:vip',
    );
  });

  it('sends a party held without tables to review once verified, whatever the review rule says', () => {
    for (const reviewReason of [null, 'vip']) {
      expect(path(oneShotPlacementSteps({ hasTables: false, reviewReason }))).toEqual([
        'held→capacity_verified:pacing_and_tables_held',
        'capacity_verified→manual_review:no_table_set_fits_party',
      ]);
    }
  });

  it('names the action of every step as the transition table knows it', () => {
    expect(oneShotPlacementSteps({ hasTables: true, reviewReason: 'vip' }).map((s) => s.action)).toEqual([
      'verify_capacity',
      'assign_tables',
      'send_to_review',
    ]);
  });
});

describe('placement of a confirmed hold, from wherever a retry left it', () => {
  it('takes the same steps from held as a one-shot booking does', () => {
    expect(placementSteps({ from: 'held', noTablesReason: null, reviewReason: null })).toEqual(
      oneShotPlacementSteps({ hasTables: true, reviewReason: null }),
    );
  });

  it('goes on after a committed verification or assignment', () => {
    expect(
      path(placementSteps({ from: 'capacity_verified', noTablesReason: null, reviewReason: null })),
    ).toEqual(['capacity_verified→assigned:tables_assigned', 'assigned→confirmed:auto_confirmed']);
    expect(
      path(placementSteps({ from: 'assigned', noTablesReason: 'no_table_free', reviewReason: 'vip' })),
    ).toEqual(['assigned→manual_review:vip']);
  });

  it('sends a party a late plan found no free table for to review, with that reason', () => {
    expect(
      path(
        placementSteps({ from: 'capacity_verified', noTablesReason: 'no_table_free', reviewReason: null }),
      ),
    ).toEqual(['capacity_verified→manual_review:no_table_free']);
  });

  it('takes no step once the booking rests or has left placement', () => {
    for (const from of ['confirmed', 'manual_review', 'cancelled', 'expired'] as const) {
      expect(placementSteps({ from, noTablesReason: null, reviewReason: null })).toEqual([]);
    }
  });
});

describe('lapsed hold', () => {
  const now = new Date('2026-12-01T20:00:00Z');
  it('is a hold past its expiry, or one whose tables a later hold swept', () => {
    expect(holdLapsed({ status: 'held', holdExpiresAt: '2026-12-01T20:00:00Z' }, 0, now)).toBe(true);
    expect(holdLapsed({ status: 'held', holdExpiresAt: '2026-12-01T20:00:01Z' }, 0, now)).toBe(false);
    expect(holdLapsed({ status: 'held', holdExpiresAt: '2026-12-01T20:00:01Z' }, 1, now)).toBe(true);
  });

  it('is never a booking past its hold', () => {
    expect(holdLapsed({ status: 'capacity_verified', holdExpiresAt: null }, 1, now)).toBe(false);
  });
});

describe('review rule', () => {
  it('confirms parties up to the auto-confirm limit and reviews larger ones', () => {
    expect(reviewReasonFor(6, { autoConfirmMaxPartySize: 6 })).toBeNull();
    expect(reviewReasonFor(7, { autoConfirmMaxPartySize: 6 })).toBe('party_size_over_auto_confirm_limit');
  });
});

describe('a walk-in, seated as it is placed', () => {
  it('ends checked in after its confirmation', () => {
    expect(
      path(placementSteps({ from: 'held', noTablesReason: null, reviewReason: null, seat: true })),
    ).toEqual([
      'held→capacity_verified:pacing_and_tables_held',
      'capacity_verified→assigned:tables_assigned',
      'assigned→confirmed:auto_confirmed',
      'confirmed→checked_in:walk_in',
    ]);
  });

  it('is not seated when it goes to review instead (no table, or a review reason)', () => {
    expect(
      path(placementSteps({ from: 'held', noTablesReason: 'no_table_free', reviewReason: null, seat: true })),
    ).toEqual([
      'held→capacity_verified:pacing_and_tables_held',
      'capacity_verified→manual_review:no_table_free',
    ]);
    expect(
      path(placementSteps({ from: 'held', noTablesReason: null, reviewReason: 'vip', seat: true })).at(-1),
    ).toBe('assigned→manual_review:vip');
  });
});
