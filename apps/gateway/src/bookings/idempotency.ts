import { createHash } from 'node:crypto';
import { ProblemException, fieldProblem } from '../common/problem';

const KEY_PATTERN = /^[\x21-\x7E]([\x20-\x7E]{0,253}[\x21-\x7E])?$/;
// Fixed namespace for booking ids derived from workflow ids (UUID v5, RFC 9562).
const BOOKING_ID_NAMESPACE = '6b0f3c1e-2d4a-5e8f-9a7b-1c2d3e4f5a6b';

/** 1-255 printable ASCII characters, no leading or trailing space. */
export function requireIdempotencyKey(raw: string | string[] | undefined): string {
  if (raw === undefined || raw === '') {
    throw new ProblemException(
      'idempotency_key_required',
      'Send an Idempotency-Key header (1-255 printable characters)',
      [{ field: 'Idempotency-Key', code: 'required', message: 'Idempotency-Key header is required' }],
    );
  }
  const key = Array.isArray(raw) ? raw[0] : raw;
  if (Array.isArray(raw) && raw.length > 1) {
    throw fieldProblem(
      'invalid_idempotency_key',
      'Idempotency-Key',
      'Send exactly one Idempotency-Key header',
    );
  }
  if (!KEY_PATTERN.test(key)) {
    throw fieldProblem(
      'invalid_idempotency_key',
      'Idempotency-Key',
      'Idempotency-Key must be 1-255 printable ASCII characters without leading or trailing spaces',
    );
  }
  return key;
}

/** JSON with object keys sorted, so equal bodies give equal fingerprints whatever their key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Identifies "the same request": method, route and the validated body. */
export function requestFingerprint(method: string, route: string, body: unknown): string {
  return createHash('sha256')
    .update(`${method} ${route}\n${canonical(body)}`)
    .digest('hex');
}

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
