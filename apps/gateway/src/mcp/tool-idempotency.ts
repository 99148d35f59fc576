import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { IN_FLIGHT_LEASE_MS, IN_FLIGHT_RENEW_MS, IdempotencyStore } from '@tablekeeper/cache';
import type { AppConfig } from '@tablekeeper/config';
import { keyReused, requestFingerprint } from '../common/idempotency-key';
import { ProblemException, type ProblemBody, type ProblemCode } from '../common/problem';
import { APP_CONFIG } from '../infrastructure/tokens';

/**
 * The REST request a write tool stands for. Its fingerprint is the one the REST API computes for
 * that request, so a `request_id` used over MCP and the same Idempotency-Key over REST with the same
 * body are one request: the same workflow ID, the same booking.
 */
export interface EquivalentRequest {
  readonly method: 'POST' | 'PATCH';
  readonly route: string;
  readonly body: object;
}

/** The idempotency key and fingerprint one tool call runs under. */
export interface ToolRequestIdentity {
  readonly key: string;
  readonly fingerprint: string;
  /** The key came from the caller (request_id), not from the session. */
  readonly explicit: boolean;
}

export function fingerprintOf(request: EquivalentRequest): string {
  // A plain copy: DTO instances carry undefined optional fields, which the fingerprint leaves out.
  return requestFingerprint(request.method, request.route, JSON.parse(JSON.stringify(request.body)));
}

/** Refusals after which nothing exists for the key: an identical call later is a new attempt. */
export function isFinalRefusal(error: unknown): boolean {
  if (!(error instanceof ProblemException)) return false;
  const status = error.getStatus();
  return (
    status >= 400 &&
    status < 500 &&
    error.code !== 'idempotency_request_in_progress' &&
    error.code !== 'rate_limited'
  );
}

/**
 * Keys for calls that bring no request_id, derived from the MCP session and the call itself (the
 * tool and its validated arguments): a client that sends the same call again in the same session,
 * because an answer was lost or it timed out, gets the same key and so the same booking. The
 * attempt number moves on only after a refusal (which left nothing behind), so asking again later,
 * once a table may have freed up, is a fresh attempt rather than a replay of the old refusal.
 */
export class SessionRequestKeys {
  private readonly attempts = new Map<string, number>();

  constructor(readonly sessionId: string) {}

  identity(tool: string, request: EquivalentRequest, requestId: string | undefined): ToolRequestIdentity {
    const fingerprint = fingerprintOf(request);
    if (requestId) return { key: requestId, fingerprint, explicit: true };
    const attempt = this.attempts.get(`${tool}:${fingerprint}`) ?? 0;
    return {
      key: `mcp:${this.sessionId}:${tool}:${fingerprint.slice(0, 24)}:${attempt}`,
      fingerprint,
      explicit: false,
    };
  }

  /** The call was refused for good: the next identical call is a new attempt. */
  refused(tool: string, identity: ToolRequestIdentity): void {
    if (identity.explicit) return;
    const id = `${tool}:${identity.fingerprint}`;
    this.attempts.set(id, (this.attempts.get(id) ?? 0) + 1);
  }
}

/** Answers that are not replayed (as over REST): the call never really ran, so a retry may run it. */
const NOT_REPLAYED = new Set([400, 401, 403, 413, 415, 429]);
const POLL_MS = 50;

function problemFrom(body: ProblemBody): ProblemException {
  const {
    type: _t,
    title: _ti,
    status: _s,
    detail,
    code,
    errors,
    instance: _i,
    errorId: _e,
    ...extensions
  } = body;
  return new ProblemException(code as ProblemCode, detail, errors, extensions);
}

/**
 * Exactly-once for write tools, on the REST API's replay records (Redis, 25 h) and behind them the
 * same durable anchors (the booking's unique idempotency key in Postgres and its workflow ID).
 * Where REST answers a concurrent duplicate with 409 in progress, a tool call waits for the first
 * one and answers what it answered: an agent should not have to retry to learn the outcome.
 * MCP answers are kept apart from REST's (their bodies differ), under `mcp:<api key id>`.
 */
@Injectable()
export class ToolIdempotency {
  private readonly logger = new Logger('McpIdempotency');

  constructor(
    private readonly store: IdempotencyStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async run<T>(
    apiKeyId: string,
    identity: ToolRequestIdentity,
    work: () => Promise<T>,
    /** False for an answer that must not be replayed: "still being processed" (a retry must look again). */
    final: (value: T) => boolean = () => true,
  ): Promise<{ readonly value: T; readonly replayed: boolean }> {
    const scope = `mcp:${apiKeyId}`;
    const owner = randomUUID();
    const deadline = Date.now() + this.config.bookingAnswerDeadlineMs + IN_FLIGHT_LEASE_MS;
    let recorded = true;
    for (;;) {
      let existing: Awaited<ReturnType<IdempotencyStore['begin']>>;
      try {
        existing = await this.store.begin(scope, identity.key, identity.fingerprint, owner);
      } catch (error) {
        // Redis down: the call still runs; bookings stay exactly-once through Postgres and Temporal.
        this.logger.warn(`replay records unavailable: ${String(error)}`);
        recorded = false;
        break;
      }
      if (existing === 'claimed') break;
      if (existing.fingerprint !== identity.fingerprint) throw keyReused();
      if (existing.state === 'done') {
        if (existing.status >= 400) throw problemFrom(existing.body as ProblemBody);
        return { value: existing.body as T, replayed: true };
      }
      if (Date.now() > deadline) {
        throw Object.assign(
          new ProblemException(
            'idempotency_request_in_progress',
            'An identical call is still being processed',
          ),
          { retryAfterSeconds: 1 },
        );
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }

    const lease = recorded
      ? setInterval(() => {
          this.store.renew(scope, identity.key, owner).catch(() => undefined);
        }, IN_FLIGHT_RENEW_MS)
      : undefined;
    lease?.unref();
    try {
      const value = await work();
      clearInterval(lease);
      if (recorded) {
        if (final(value)) await this.save(scope, identity, 200, value);
        else await this.store.abandon(scope, identity.key, owner).catch(() => undefined);
      }
      return { value, replayed: false };
    } catch (error) {
      clearInterval(lease);
      if (recorded) {
        const status = error instanceof ProblemException ? error.getStatus() : 500;
        if (error instanceof ProblemException && status < 500 && !NOT_REPLAYED.has(status)) {
          await this.save(scope, identity, status, error.toBody());
        } else {
          await this.store.abandon(scope, identity.key, owner).catch(() => undefined);
        }
      }
      throw error;
    }
  }

  private save(scope: string, identity: ToolRequestIdentity, status: number, body: unknown): Promise<void> {
    return this.store
      .complete(scope, identity.key, {
        state: 'done',
        fingerprint: identity.fingerprint,
        status,
        headers: {},
        body,
      })
      .catch((error: unknown) => this.logger.warn(`replay record not saved: ${String(error)}`));
  }
}
