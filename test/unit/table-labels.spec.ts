import fc from 'fast-check';
import { compareTableLabels } from '@tablekeeper/domain/table-labels';

describe('table label order', () => {
  it('reads numbers as numbers: T2 before T10, 2A before 10', () => {
    expect(['T10', 'T2', 'T1', 'Bar 3', '10', '2A'].sort(compareTableLabels)).toEqual([
      '2A',
      '10',
      'Bar 3',
      'T1',
      'T2',
      'T10',
    ]);
  });

  it('orders as localeCompare with numeric collation always did (property)', () => {
    const label = fc.stringMatching(/^[A-Za-z ]{0,3}[0-9]{0,3}[A-Za-z]{0,2}$/);
    fc.assert(
      fc.property(label, label, (a, b) => {
        expect(Math.sign(compareTableLabels(a, b))).toBe(
          Math.sign(a.localeCompare(b, 'en', { numeric: true })),
        );
      }),
    );
  });
});
