/**
 * A client that books the way an AI agent does when the service misbehaves: the same
 * Idempotency-Key and body on every retry, retried on transport errors, timeouts, 5xx, 429, 409
 * idempotency_request_in_progress and 202 (still in progress), honouring Retry-After, with
 * exponential backoff and jitter otherwise, and giving up after a deadline. Every attempt is
 * recorded, so the fault suite can tell what each key was finally answered and when service came
 * back after a fault.
 */
export interface Attempt {
  readonly gateway: string;
  readonly sentAt: number;
  readonly endedAt: number;
  /** null: no answer (connection refused or reset, timeout). */
  readonly status: number | null;
  readonly code?: string;
}

export interface AgentOutcome {
  readonly idempotencyKey: string;
  readonly attempts: readonly Attempt[];
  /** The last answer's status; null when no attempt was ever answered. */
  readonly finalStatus: number | null;
  readonly finalCode?: string;
  /** From a 201 or a 202: the booking the service said it has. */
  readonly bookingId?: string;
}

export interface AgentOptions {
  /** Which gateway the next attempt goes to (a load balancer's choice). */
  readonly pickGateway: () => GatewayTarget;
  readonly apiKey: string;
  readonly deadlineMs: number;
  readonly attemptTimeoutMs: number;
  readonly onAttempt?: (attempt: Attempt) => void;
}

export interface GatewayTarget {
  readonly url: string;
  /** Requests on the wire to this gateway now: what a mid-request kill waits for. */
  inFlight: number;
}

const RETRYABLE_409 = new Set(['idempotency_request_in_progress']);

export async function bookLikeAnAgent(
  idempotencyKey: string,
  body: unknown,
  options: AgentOptions,
): Promise<AgentOutcome> {
  const attempts: Attempt[] = [];
  const giveUpAt = Date.now() + options.deadlineMs;
  let bookingId: string | undefined;
  for (let n = 0; ; n++) {
    const target = options.pickGateway();
    const sentAt = Date.now();
    let status: number | null = null;
    let code: string | undefined;
    let retryAfterMs: number | undefined;
    target.inFlight++;
    try {
      const response = await fetch(`${target.url}/v1/bookings`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${options.apiKey}`,
          'content-type': 'application/json',
          'idempotency-key': idempotencyKey,
        },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(options.attemptTimeoutMs),
      });
      status = response.status;
      const text = await response.text();
      const parsed = parseJson(text);
      code = typeof parsed?.code === 'string' ? parsed.code : undefined;
      if ((status === 201 || status === 202) && typeof parsed?.id === 'string') bookingId = parsed.id;
      const header = Number(response.headers.get('retry-after'));
      if (Number.isFinite(header) && header > 0) retryAfterMs = header * 1000;
    } catch {
      // Refused, reset or timed out: the agent cannot know whether it landed, so it retries.
    } finally {
      target.inFlight--;
    }
    const attempt = { gateway: target.url, sentAt, endedAt: Date.now(), status, code };
    attempts.push(attempt);
    options.onAttempt?.(attempt);
    const retry =
      status === null ||
      status >= 500 ||
      status === 429 ||
      status === 202 ||
      (status === 409 && RETRYABLE_409.has(code ?? ''));
    if (!retry) return { idempotencyKey, attempts, finalStatus: status, finalCode: code, bookingId };
    const backoff = Math.random() * Math.min(4_000, 200 * 2 ** n);
    const wait = Math.min(retryAfterMs ?? backoff, 5_000);
    if (Date.now() + wait >= giveUpAt) {
      const last = [...attempts].reverse().find((a) => a.status !== null);
      return {
        idempotencyKey,
        attempts,
        finalStatus: last?.status ?? null,
        finalCode: last?.code,
        bookingId,
      };
    }
    await new Promise((r) => setTimeout(r, wait));
  }
}

function parseJson(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
