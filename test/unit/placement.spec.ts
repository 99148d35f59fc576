import { oneShotPlacementSteps, reviewReasonFor } from '../../libs/domain/src';

const path = (steps: ReturnType<typeof oneShotPlacementSteps>) =>
  steps.map((s) => `${s.from}→${s.to}:${s.reason}`);

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

describe('review rule', () => {
  it('confirms parties up to the auto-confirm limit and reviews larger ones', () => {
    expect(reviewReasonFor(6, { autoConfirmMaxPartySize: 6 })).toBeNull();
    expect(reviewReasonFor(7, { autoConfirmMaxPartySize: 6 })).toBe('party_size_over_auto_confirm_limit');
  });
});
