import type { Payload } from '@temporalio/common';

/** A payload as Temporal's remote codec protocol carries it: protobuf JSON, bytes as base64. */
export interface JsonPayload {
  metadata?: Record<string, string>;
  data?: string;
}

export class CodecRequestError extends Error {
  constructor(
    readonly field: string,
    problem: string,
  ) {
    super(`${field}: ${problem}`);
    this.name = 'CodecRequestError';
  }
}

export const MAX_CODEC_PAYLOADS = 1000;
const BASE64 = /^[A-Za-z0-9+/_-]*={0,2}$/;

function bytes(value: unknown, field: string): Buffer {
  if (typeof value !== 'string' || !BASE64.test(value)) throw new CodecRequestError(field, 'expected base64');
  return Buffer.from(value, 'base64');
}

/** Reads `{ payloads: [...] }`, refusing anything that is not the protocol's shape. */
export function payloadsFromJson(body: unknown): Payload[] {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new CodecRequestError('payloads', 'expected an object { payloads: [...] }');
  }
  // Protobuf JSON leaves an empty list out: the CLI sends `{}` for no payloads.
  const list = (body as { payloads?: unknown }).payloads ?? [];
  if (!Array.isArray(list)) throw new CodecRequestError('payloads', 'expected an array of payloads');
  if (list.length > MAX_CODEC_PAYLOADS) {
    throw new CodecRequestError('payloads', `at most ${MAX_CODEC_PAYLOADS} payloads per request`);
  }
  return list.map((item: unknown, i) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      throw new CodecRequestError(`payloads[${i}]`, 'expected a payload object');
    }
    const { metadata = {}, data = '' } = item as { metadata?: unknown; data?: unknown };
    if (metadata === null || typeof metadata !== 'object' || Array.isArray(metadata)) {
      throw new CodecRequestError(`payloads[${i}].metadata`, 'expected an object of base64 values');
    }
    const decoded: Record<string, Uint8Array> = {};
    for (const [key, value] of Object.entries(metadata)) {
      decoded[key] = bytes(value, `payloads[${i}].metadata.${key}`);
    }
    return { metadata: decoded, data: bytes(data, `payloads[${i}].data`) };
  });
}

export function payloadsToJson(payloads: readonly Payload[]): { payloads: JsonPayload[] } {
  return {
    payloads: payloads.map((p) => ({
      metadata: Object.fromEntries(
        Object.entries(p.metadata ?? {}).map(([k, v]) => [
          k,
          Buffer.from(v ?? new Uint8Array()).toString('base64'),
        ]),
      ),
      data: Buffer.from(p.data ?? new Uint8Array()).toString('base64'),
    })),
  };
}
