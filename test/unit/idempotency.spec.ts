import { requestFingerprint, requireIdempotencyKey } from '../../apps/gateway/src/common/idempotency-key';
import { bookingIdFor, bookingWorkflowId } from '../../apps/gateway/src/bookings/booking-identity';

describe('idempotency helpers', () => {
  it('accepts 1-255 printable characters and refuses the rest with a coded problem', () => {
    expect(requireIdempotencyKey('a')).toBe('a');
    expect(requireIdempotencyKey('x'.repeat(255))).toHaveLength(255);
    for (const bad of [undefined, ''])
      expect(() => requireIdempotencyKey(bad)).toThrow(
        expect.objectContaining({ code: 'idempotency_key_required' }),
      );
    for (const bad of ['x'.repeat(256), ' lead', 'trail ', 'tab\there', 'é']) {
      expect(() => requireIdempotencyKey(bad)).toThrow(
        expect.objectContaining({ code: 'invalid_idempotency_key' }),
      );
    }
  });

  it('fingerprints the request independently of key order, and tells different requests apart', () => {
    const a = requestFingerprint('POST', '/v1/bookings', { a: 1, b: { c: 2, d: 3 } });
    const b = requestFingerprint('POST', '/v1/bookings', { b: { d: 3, c: 2 }, a: 1 });
    expect(a).toBe(b);
    expect(requestFingerprint('POST', '/v1/holds', { a: 1, b: { c: 2, d: 3 } })).not.toBe(a);
    expect(requestFingerprint('POST', '/v1/bookings', { a: 2, b: { c: 2, d: 3 } })).not.toBe(a);
  });

  it('derives a stable RFC 9562 v5 booking id from the caller-scoped workflow id', () => {
    const id = bookingIdFor(bookingWorkflowId('key-1', 'abc'));
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(bookingIdFor(bookingWorkflowId('key-1', 'abc'))).toBe(id);
    expect(bookingIdFor(bookingWorkflowId('key-2', 'abc'))).not.toBe(id);
  });
});
