import { randomBytes } from 'node:crypto';
import { DefaultPayloadConverter } from '@temporalio/common';
import { ConfigError, loadConfig } from '@tablekeeper/config';
import {
  AesGcmPayloadCodec,
  KEY_ID_METADATA,
  PayloadDecryptionError,
  payloadsFromJson,
  payloadsToJson,
} from '@tablekeeper/payload-codec';

const converter = new DefaultPayloadConverter();
const key = () => randomBytes(32).toString('base64');

function codecFor(env: Record<string, string>) {
  const config = loadConfig(env).payloadEncryption;
  if (!config) throw new Error('no keys configured');
  return new AesGcmPayloadCodec(config);
}

describe('payload encryption (AES-256-GCM)', () => {
  const guest = { name: 'Ada Lovelace', phone: '+447700900123', email: 'ada@example.com' };
  const k1 = key();
  const k2 = key();

  it('hides guest data and restores the payload exactly', async () => {
    const codec = codecFor({ PAYLOAD_ENCRYPTION_KEYS: `k1:${k1}` });
    const plain = converter.toPayload(guest);
    const [sealed] = await codec.encode([plain]);
    const stored = Buffer.from(JSON.stringify(payloadsToJson([sealed])));
    for (const secret of Object.values(guest)) {
      expect(Buffer.from(sealed.data!).includes(secret)).toBe(false);
      expect(stored.includes(secret)).toBe(false);
    }
    expect(Buffer.from(sealed.metadata![KEY_ID_METADATA]).toString()).toBe('k1');
    const [opened] = await codec.decode([sealed]);
    expect(converter.fromPayload(opened)).toEqual(guest);
  });

  it('decrypts payloads of a retired key after rotation, and encrypts with the new one', async () => {
    const before = codecFor({ PAYLOAD_ENCRYPTION_KEYS: `k1:${k1}` });
    const [old] = await before.encode([converter.toPayload(guest)]);
    const after = codecFor({ PAYLOAD_ENCRYPTION_KEYS: `k1:${k1},k2:${k2}`, PAYLOAD_ENCRYPTION_KEY_ID: 'k2' });
    expect(converter.fromPayload((await after.decode([old]))[0])).toEqual(guest);
    const [fresh] = await after.encode([converter.toPayload(guest)]);
    expect(Buffer.from(fresh.metadata![KEY_ID_METADATA]).toString()).toBe('k2');
    // Once k1 is dropped, its payloads can no longer be read: a clear error, not garbage.
    const withoutOld = codecFor({ PAYLOAD_ENCRYPTION_KEYS: `k2:${k2}` });
    await expect(withoutOld.decode([old])).rejects.toThrow(/unknown key id "k1"/);
  });

  it('passes payloads that were never encrypted through unchanged', async () => {
    const codec = codecFor({ PAYLOAD_ENCRYPTION_KEYS: `k1:${k1}` });
    const plain = converter.toPayload({ status: 'confirmed' });
    expect(await codec.decode([plain])).toEqual([plain]);
  });

  it('refuses a tampered payload or a relabelled key id', async () => {
    const codec = codecFor({ PAYLOAD_ENCRYPTION_KEYS: `k1:${k1},k2:${k2}` });
    const [sealed] = await codec.encode([converter.toPayload(guest)]);
    const data = Buffer.from(sealed.data!);
    data[20] ^= 1;
    await expect(codec.decode([{ ...sealed, data }])).rejects.toThrow(PayloadDecryptionError);
    const relabelled = { ...sealed, metadata: { ...sealed.metadata, [KEY_ID_METADATA]: Buffer.from('k2') } };
    await expect(codec.decode([relabelled])).rejects.toThrow(/failed authentication/);
  });

  it('reads and writes the remote codec JSON shape, refusing anything else', () => {
    const payload = converter.toPayload('hello');
    expect(payloadsFromJson(payloadsToJson([payload]))).toEqual([
      { metadata: { encoding: Buffer.from('json/plain') }, data: Buffer.from('"hello"') },
    ]);
    expect(payloadsFromJson({})).toEqual([]);
    expect(() => payloadsFromJson({ payloads: 'all' })).toThrow(/payloads/);
    expect(() => payloadsFromJson([])).toThrow(/payloads/);
    expect(() => payloadsFromJson({ payloads: [42] })).toThrow(/payloads\[0\]/);
    expect(() => payloadsFromJson({ payloads: [{ data: 'not base64!' }] })).toThrow(/payloads\[0\]\.data/);
  });
});

describe('payload encryption configuration', () => {
  it('is off in development without keys, and required in production', () => {
    expect(loadConfig({}).payloadEncryption).toBeNull();
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/PAYLOAD_ENCRYPTION_KEYS.*production/);
  });

  it('names the variable when a key or id is wrong', () => {
    expect(() => loadConfig({ PAYLOAD_ENCRYPTION_KEYS: 'k1:short' })).toThrow(
      /key k1 is not the base64 of 32/,
    );
    expect(() => loadConfig({ PAYLOAD_ENCRYPTION_KEYS: 'no-id' })).toThrow(ConfigError);
    expect(() =>
      loadConfig({ PAYLOAD_ENCRYPTION_KEYS: `k1:${key()}`, PAYLOAD_ENCRYPTION_KEY_ID: 'k9' }),
    ).toThrow(/PAYLOAD_ENCRYPTION_KEY_ID/);
    expect(() => loadConfig({ PAYLOAD_ENCRYPTION_KEYS: `k1:${key()},k1:${key()}` })).toThrow(/twice/);
  });

  it('refuses unauthenticated codec access in production', () => {
    expect(() =>
      loadConfig({ NODE_ENV: 'production', PAYLOAD_ENCRYPTION_KEYS: `k1:${key()}`, CODEC_AUTH: 'loopback' }),
    ).toThrow(/CODEC_AUTH/);
  });
});
