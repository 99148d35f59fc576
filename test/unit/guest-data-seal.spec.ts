import { randomBytes, randomUUID } from 'node:crypto';
import { openWith, sealWith, isSealedRequest } from '@tablekeeper/db/guest-data-seal';

const secrets = { guest: { name: 'Ada Lovelace', phone: '+447700900123' }, notes: 'nut allergy' };

describe('guest data sealed with a booking key', () => {
  const key = randomBytes(32);
  const bookingId = randomUUID();

  it('opens with its key and booking, and carries none of the data in the clear', () => {
    const sealed = sealWith(key, bookingId, secrets);
    expect(sealed.v).toBe(1);
    const raw = Buffer.from(sealed.data, 'base64').toString('latin1');
    expect(raw).not.toContain('Ada');
    expect(sealed.data).not.toContain('Ada');
    expect(openWith(key, bookingId, sealed)).toEqual(secrets);
  });

  it('uses a fresh IV each time', () => {
    expect(sealWith(key, bookingId, secrets).data).not.toBe(sealWith(key, bookingId, secrets).data);
  });

  it('does not open with another key (erased) or inside another booking', () => {
    const sealed = sealWith(key, bookingId, secrets);
    expect(() => openWith(randomBytes(32), bookingId, sealed)).toThrow();
    expect(() => openWith(key, randomUUID(), sealed)).toThrow();
  });

  it('tells a sealed request from a plain one (workflows started before sealing)', () => {
    const base = {
      bookingId,
      workflowId: 'w',
      restaurantId: randomUUID(),
      partySize: 2,
      startsAt: '2026-12-03T19:00:00.000Z',
      channel: 'api' as const,
      apiKeyId: null,
      idempotencyKey: 'k',
      requestFingerprint: 'f',
      mode: 'book' as const,
      actor: 'api:x',
    };
    expect(isSealedRequest({ ...base, guest: { name: 'Ada' } })).toBe(false);
    expect(isSealedRequest({ ...base, sealedGuest: sealWith(key, bookingId, secrets) })).toBe(true);
  });
});
