import { createHash } from 'node:crypto';

// Fixed namespace for booking ids derived from workflow ids (UUID v5, RFC 9562).
const BOOKING_ID_NAMESPACE = '6b0f3c1e-2d4a-5e8f-9a7b-1c2d3e4f5a6b';

/** One workflow per (caller, key): the caller's scope keeps two callers' keys apart. */
export function bookingWorkflowId(apiKeyId: string, idempotencyKey: string): string {
  return `booking:${apiKeyId}:${idempotencyKey}`;
}

/** UUID v5 of the workflow ID: a retry computes the same booking id before any workflow answers. */
export function bookingIdFor(workflowId: string): string {
  const namespace = Buffer.from(BOOKING_ID_NAMESPACE.replace(/-/g, ''), 'hex');
  const hash = createHash('sha1').update(namespace).update(workflowId, 'utf8').digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
