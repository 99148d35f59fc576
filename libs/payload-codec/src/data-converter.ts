import type { DataConverter } from '@temporalio/common';
import type { AppConfig } from '@tablekeeper/config';
import { AesGcmPayloadCodec } from './aes-gcm.codec';

/**
 * The data converter every Temporal client and worker of Tablekeeper uses: payloads (inputs,
 * results, update arguments, memo, summaries) encrypted with the configured key. Without keys
 * (development only) payloads stay plain.
 *
 * Failure messages stay readable on purpose: ours name statuses and codes, never guest data.
 */
export function bookingDataConverter(
  config: Pick<AppConfig, 'payloadEncryption'>,
): DataConverter | undefined {
  if (!config.payloadEncryption) return undefined;
  return { payloadCodecs: [new AesGcmPayloadCodec(config.payloadEncryption)] };
}
