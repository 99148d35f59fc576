/** The admin Setup calendar: the weekly hours with closures and special hours laid over them. */
import { comingWeeks, isoWeekday } from '../../apps/admin/src/screens/setup/calendar';

const hours = {
  periods: [
    { name: 'Lunch', opens: '12:00', closes: '15:00', lastSeating: null, days: [1, 2, 3, 4, 5] },
    { name: 'Dinner', opens: '18:00', closes: '23:00', lastSeating: '21:30', days: [2, 3, 4, 5, 6] },
  ],
  pacing: [],
  affectedBookings: [],
};
const exception = (startsOn: string, endsOn: string, closed: boolean, reason: string | null) => ({
  id: startsOn,
  startsOn,
  endsOn,
  closed,
  reason,
  periods: closed ? [] : [{ name: 'Brunch', opens: '10:00', closes: '14:00', lastSeating: null }],
});

it('runs whole weeks from the Monday of today’s week, marking the days already past', () => {
  // 2026-12-02 is a Wednesday.
  expect(isoWeekday('2026-12-02')).toBe(3);
  const weeks = comingWeeks('2026-12-02', 6, hours, []);
  expect(weeks).toHaveLength(6);
  expect(weeks.every((w) => w.length === 7)).toBe(true);
  expect(weeks[0][0]).toMatchObject({ date: '2026-11-30', past: true });
  expect(weeks[0][2]).toMatchObject({ date: '2026-12-02', past: false });
  expect(weeks[5][6].date).toBe('2027-01-10');
});

it('shows the weekday’s periods in order, and a weekday without any as closed', () => {
  const [week] = comingWeeks('2026-11-30', 1, hours, []);
  expect(week[1]).toMatchObject({ closed: false, periods: ['Lunch 12:00–15:00', 'Dinner 18:00–23:00'] });
  expect(week[0].periods).toEqual(['Lunch 12:00–15:00']);
  expect(week[6]).toMatchObject({ closed: true, exception: null, periods: [] });
});

it('lays a closed range and special hours over the week, with their reasons', () => {
  const weeks = comingWeeks('2026-12-21', 1, hours, [
    exception('2026-12-24', '2026-12-26', true, 'Christmas'),
    exception('2026-12-22', '2026-12-22', false, null),
  ]);
  const byDate = Object.fromEntries(weeks[0].map((d) => [d.date, d]));
  expect(byDate['2026-12-23']).toMatchObject({ closed: false, exception: null });
  for (const date of ['2026-12-24', '2026-12-25', '2026-12-26'])
    expect(byDate[date]).toMatchObject({ closed: true, special: false, exception: 'Christmas', periods: [] });
  expect(byDate['2026-12-22']).toMatchObject({
    closed: false,
    special: true,
    exception: 'Special hours',
    periods: ['Brunch 10:00–14:00'],
  });
});
