import { utcDatesOverlapping } from '@tablekeeper/cache/availability-cache';

const at = (iso: string) => Date.parse(iso);

it('names every UTC date a span overlaps, end exclusive', () => {
  expect(
    utcDatesOverlapping({ from: at('2026-12-04T19:00:00Z'), until: at('2026-12-04T20:30:00Z') }),
  ).toEqual(['2026-12-04']);
  // A late booking crosses midnight: both dates' cached days read it.
  expect(
    utcDatesOverlapping({ from: at('2026-12-04T23:30:00Z'), until: at('2026-12-05T01:00:00Z') }),
  ).toEqual(['2026-12-04', '2026-12-05']);
  // Ending exactly at midnight does not touch the next date.
  expect(
    utcDatesOverlapping({ from: at('2026-12-04T22:30:00Z'), until: at('2026-12-05T00:00:00Z') }),
  ).toEqual(['2026-12-04']);
});

it('covers a local day read in another zone: Europe/London summer day plus a 90-minute last seating', () => {
  // 2026-07-01 local in London is 2026-06-30T23:00Z to 2026-07-01T23:00Z, read until 00:30Z next day.
  expect(
    utcDatesOverlapping({ from: at('2026-06-30T23:00:00Z'), until: at('2026-07-02T00:30:00Z') }),
  ).toEqual(['2026-06-30', '2026-07-01', '2026-07-02']);
});
