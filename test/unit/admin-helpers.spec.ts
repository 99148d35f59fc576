/** Pure pieces of the admin API: the live-change message and the review/day page cursor. */
import { parseBookingChanged } from '@tablekeeper/cache/booking-changes';
import { decodeCursor } from '@tablekeeper/db/admin-booking.repository';

describe('booking-changed messages', () => {
  const valid = {
    bookingId: 'b1',
    restaurantId: 'r1',
    status: 'confirmed',
    at: '2026-11-22T20:00:00.000Z',
  };

  it('reads a well-formed message and drops unknown fields', () => {
    expect(parseBookingChanged(JSON.stringify({ ...valid, guest: 'Ada' }))).toEqual(valid);
  });

  it.each([
    ['not JSON', '{nope'],
    ['a missing field', JSON.stringify({ ...valid, restaurantId: undefined })],
    ['a wrong type', JSON.stringify({ ...valid, status: 3 })],
    ['null', 'null'],
  ])('ignores %s', (_label, raw) => {
    expect(parseBookingChanged(raw)).toBeNull();
  });
});

describe('page cursors', () => {
  it('decodes what a page gave out', () => {
    const id = '0f8b5c1e-2d3a-4b5c-8d7e-9f0a1b2c3d4e';
    const cursor = Buffer.from(`2026-11-23T19:00:00.000Z|${id}`).toString('base64url');
    expect(decodeCursor(cursor)).toEqual({ startsAt: new Date('2026-11-23T19:00:00.000Z'), id });
  });

  it.each(['forged', Buffer.from('yesterday|x').toString('base64url'), ''])('refuses %j', (cursor) => {
    expect(decodeCursor(cursor)).toBeNull();
  });
});
