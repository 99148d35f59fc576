/**
 * When a webhook delivery is tried again, and what an answer means. Pure: the relay passes the
 * clock and a random number in.
 */

/**
 * Delay before attempt n+1 after attempt n failed (index 0: before the second attempt). The
 * first attempt is immediate; the whole schedule spans about three days (67.6 h before the last).
 */
export const WEBHOOK_RETRY_DELAYS_SECONDS: readonly number[] = [
  5,
  5 * 60,
  30 * 60,
  2 * 3600,
  5 * 3600,
  10 * 3600,
  10 * 3600,
  10 * 3600,
  10 * 3600,
  10 * 3600,
  10 * 3600,
];

/** Attempts before a delivery is given up: the first plus one per delay. */
export const WEBHOOK_MAX_ATTEMPTS = WEBHOOK_RETRY_DELAYS_SECONDS.length + 1;

/** Jitter: each delay is stretched or shrunk by up to this fraction, so retries of many endpoints spread. */
export const WEBHOOK_RETRY_JITTER = 0.2;

/** A receiver's Retry-After is honoured up to this long; beyond it the endpoint waits a day. */
export const WEBHOOK_MAX_RETRY_AFTER_SECONDS = 24 * 3600;

export type AttemptOutcome =
  | { readonly kind: 'delivered' }
  /** 410 Gone: the receiver says it no longer exists; the endpoint is disabled. */
  | { readonly kind: 'gone' }
  /** Anything else: tried again later, at `retryAfterSeconds` when the receiver said so (429, 503). */
  | { readonly kind: 'failed'; readonly retryAfterSeconds: number | null };

/** An HTTP answer's meaning: only 2xx delivers; no answer at all (timeout, refused) is `failed`. */
export function classifyResponse(
  status: number | null,
  retryAfter: string | null | undefined,
  now: Date,
): AttemptOutcome {
  if (status !== null && status >= 200 && status < 300) return { kind: 'delivered' };
  if (status === 410) return { kind: 'gone' };
  const honoured = status === 429 || status === 503 ? parseRetryAfter(retryAfter, now) : null;
  return { kind: 'failed', retryAfterSeconds: honoured };
}

/** `Retry-After` as seconds (delta-seconds or an HTTP date), capped; null when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, now: Date): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  let seconds: number;
  if (/^\d+$/.test(trimmed)) seconds = Number(trimmed);
  else {
    const at = Date.parse(trimmed);
    if (Number.isNaN(at)) return null;
    seconds = Math.max(0, Math.ceil((at - now.getTime()) / 1000));
  }
  return Math.min(seconds, WEBHOOK_MAX_RETRY_AFTER_SECONDS);
}

/**
 * When to try again after `attemptsMade` failed attempts of this round, or null when the schedule
 * is exhausted (the delivery is given up). `random` is in [0, 1).
 */
export function nextAttemptAt(
  attemptsMade: number,
  now: Date,
  random: number,
  retryAfterSeconds: number | null = null,
): Date | null {
  if (attemptsMade >= WEBHOOK_MAX_ATTEMPTS) return null;
  if (retryAfterSeconds !== null) return new Date(now.getTime() + retryAfterSeconds * 1000);
  const base = WEBHOOK_RETRY_DELAYS_SECONDS[attemptsMade - 1];
  if (base === undefined) return null;
  const factor = 1 + WEBHOOK_RETRY_JITTER * (2 * random - 1);
  return new Date(now.getTime() + Math.round(base * factor * 1000));
}

/** Whether an endpoint that has failed since `failingSince` has failed long enough to be switched off. */
export function failingTooLong(failingSince: Date | null, now: Date, disableAfterSeconds: number): boolean {
  return failingSince !== null && now.getTime() - failingSince.getTime() >= disableAfterSeconds * 1000;
}
