import { createHash } from 'node:crypto';
import { ProblemException, fieldProblem } from './problem';

export const IDEMPOTENCY_KEY_PATTERN = /^[\x21-\x7E]([\x20-\x7E]{0,253}[\x21-\x7E])?$/;

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
  if (!IDEMPOTENCY_KEY_PATTERN.test(key)) {
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

/** The same key sent again with a different request. */
export function keyReused(): ProblemException {
  return new ProblemException(
    'idempotency_key_reused',
    'This Idempotency-Key was already used with a different request; use a new key for a new request',
    [
      {
        field: 'Idempotency-Key',
        code: 'idempotency_key_reused',
        message: 'key already used for another request',
      },
    ],
  );
}
