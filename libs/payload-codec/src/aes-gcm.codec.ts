import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { METADATA_ENCODING_KEY, type Payload, type PayloadCodec } from '@temporalio/common';
import { temporal } from '@temporalio/proto';
import type { PayloadEncryptionConfig } from '@tablekeeper/config';

export const ENCRYPTED_ENCODING = 'binary/encrypted';
export const KEY_ID_METADATA = 'encryption-key-id';
const ALGORITHM = 'aes-256-gcm';
const IV_BYTES = 12;
const TAG_BYTES = 16;

const ProtoPayload = temporal.api.common.v1.Payload;
const utf8 = (text: string) => Buffer.from(text, 'utf8');

export class PayloadDecryptionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PayloadDecryptionError';
  }
}

/**
 * Encrypts whole payloads (data and metadata, serialized as the Payload protobuf) with AES-256-GCM
 * under the active key; the key id travels in the clear in the metadata so retired keys still
 * decrypt after a rotation. Payloads that were never encrypted (older histories, search
 * attributes) pass through unchanged.
 */
export class AesGcmPayloadCodec implements PayloadCodec {
  private readonly activeKey: Buffer;

  constructor(private readonly config: PayloadEncryptionConfig) {
    const key = config.keys.get(config.activeKeyId);
    if (!key) throw new Error(`no key with id ${config.activeKeyId}`);
    this.activeKey = key;
  }

  async encode(payloads: Payload[]): Promise<Payload[]> {
    return payloads.map((payload) => this.encrypt(payload));
  }

  async decode(payloads: Payload[]): Promise<Payload[]> {
    return payloads.map((payload) => this.decrypt(payload));
  }

  encrypt(payload: Payload): Payload {
    const keyId = this.config.activeKeyId;
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv(ALGORITHM, this.activeKey, iv);
    // The key id is authenticated too: a payload cannot be relabelled to another key.
    cipher.setAAD(utf8(keyId));
    const plain = ProtoPayload.encode(payload).finish();
    const sealed = Buffer.concat([iv, cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
    return {
      metadata: { [METADATA_ENCODING_KEY]: utf8(ENCRYPTED_ENCODING), [KEY_ID_METADATA]: utf8(keyId) },
      data: sealed,
    };
  }

  decrypt(payload: Payload): Payload {
    const encoding = payload.metadata?.[METADATA_ENCODING_KEY];
    if (!encoding || Buffer.from(encoding).toString('utf8') !== ENCRYPTED_ENCODING) return payload;
    const keyIdBytes = payload.metadata?.[KEY_ID_METADATA];
    const keyId = keyIdBytes ? Buffer.from(keyIdBytes).toString('utf8') : '';
    const key = this.config.keys.get(keyId);
    if (!key) throw new PayloadDecryptionError(`payload encrypted with unknown key id "${keyId}"`);
    const sealed = Buffer.from(payload.data ?? new Uint8Array());
    if (sealed.length < IV_BYTES + TAG_BYTES) throw new PayloadDecryptionError('encrypted payload too short');
    const decipher = createDecipheriv(ALGORITHM, key, sealed.subarray(0, IV_BYTES));
    decipher.setAAD(utf8(keyId));
    decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
    let plain: Buffer;
    try {
      plain = Buffer.concat([
        decipher.update(sealed.subarray(IV_BYTES, sealed.length - TAG_BYTES)),
        decipher.final(),
      ]);
    } catch {
      throw new PayloadDecryptionError(`payload with key id "${keyId}" failed authentication`);
    }
    return ProtoPayload.decode(plain);
  }
}
