import type { WebhookConfig } from '@tablekeeper/config';
import { classifyResponse, nextAttemptAt } from '@tablekeeper/domain';
import type { ClaimedDelivery, RecordedOutcome, WebhookDeliveryRepository } from '@tablekeeper/db';
import { postWebhook } from './webhook-sender';
import { signedHeaders } from './webhook-signature';

/** What the relay reports as it works (the worker's Prometheus series). */
export interface WebhookRelayObserver {
  attempt(outcome: 'delivered' | 'failed' | 'gone' | 'given_up', seconds: number): void;
  disabled(reason: 'gone' | 'failing'): void;
  /** A pass failed (the database away, say); the next pass tries again. */
  error(error: unknown): void;
}

/** Outbox rows fanned out per pass. */
const FAN_OUT_BATCH = 500;

const quiet: WebhookRelayObserver = { attempt: () => {}, disabled: () => {}, error: () => {} };

/**
 * Delivers the outbox to webhook endpoints, at least once. Each pass fans new outbox rows out into
 * delivery rows, then leases due deliveries and sends them; every step is a committed row, so a
 * relay that dies mid-send only leaves a lease that runs out, and the next relay sends the same
 * message again (same `webhook-id`). Any number of relays may run; see README "Webhooks".
 */
export class WebhookRelay {
  private running = false;
  private loop: Promise<void> | undefined;
  private wake: (() => void) | undefined;
  /** Sends per endpoint in the current second (this relay's share of the endpoint's rate limit). */
  private sentThisSecond = new Map<string, number>();
  private second = 0;

  constructor(
    private readonly deliveries: WebhookDeliveryRepository,
    private readonly config: WebhookConfig,
    private readonly observer: WebhookRelayObserver = quiet,
    private readonly random: () => number = Math.random,
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  /** Stops taking work and waits for the sends in flight to be recorded. */
  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
  }

  /**
   * One pass: fan out, then send what is due. Returns whether a batch came back full, i.e. more is
   * waiting now (look again at once). A trickle waits for the next poll: looping at once on every few
   * events ran a fan-out transaction per booking or two while bookings flowed, worker and Postgres CPU
   * spent on every booking, to save at most one poll interval of lag. An idle pass is one probe
   * statement (most of a quiet restaurant's day): the relay's five statements per poll were most of an
   * idle worker's CPU.
   */
  async pass(): Promise<boolean> {
    const claimLimit = this.config.concurrency * 4;
    const work = await this.deliveries.pendingWork();
    if (!work.outbox && !work.due) return false;
    const fanned = work.outbox ? await this.deliveries.fanOut(FAN_OUT_BATCH, this.config.publicBaseUrl) : 0;
    // Fanned-out rows are due at once: claim them in this pass rather than the next.
    const claimed =
      work.due || fanned > 0 ? await this.deliveries.claimDue(claimLimit, this.config.leaseSeconds) : [];
    await this.sendAll(claimed);
    return fanned >= FAN_OUT_BATCH || claimed.length >= claimLimit;
  }

  private async run(): Promise<void> {
    while (this.running) {
      let busy = false;
      try {
        busy = await this.pass();
      } catch (error) {
        this.observer.error(error);
      }
      if (!busy && this.running) {
        await new Promise<void>((resolve) => {
          this.wake = resolve;
          setTimeout(resolve, this.config.pollMs);
        });
      }
    }
  }

  /**
   * Sends with at most `concurrency` in flight. One endpoint's deliveries in a batch are never
   * of the same booking (the claim lets only a booking's oldest pending message through).
   */
  private async sendAll(claimed: readonly ClaimedDelivery[]): Promise<void> {
    let next = 0;
    const worker = async () => {
      while (next < claimed.length) {
        const delivery = claimed[next++];
        try {
          await this.sendOne(delivery);
        } catch (error) {
          // Recording failed: the lease runs out and the message goes again (at least once).
          this.observer.error(error);
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.config.concurrency, claimed.length) }, worker));
  }

  private withinRateLimit(delivery: ClaimedDelivery, now: number): boolean {
    const second = Math.floor(now / 1000);
    if (second !== this.second) {
      this.second = second;
      this.sentThisSecond = new Map();
    }
    const sent = this.sentThisSecond.get(delivery.endpointId) ?? 0;
    if (sent >= delivery.rateLimitPerSecond) return false;
    this.sentThisSecond.set(delivery.endpointId, sent + 1);
    return true;
  }

  private async sendOne(delivery: ClaimedDelivery): Promise<void> {
    const started = Date.now();
    if (!this.withinRateLimit(delivery, started)) {
      await this.deliveries.postpone(delivery.id, new Date((Math.floor(started / 1000) + 1) * 1000));
      return;
    }
    const at = new Date();
    const headers = signedHeaders(delivery.messageId, delivery.body, delivery.secrets, at);
    const response = await postWebhook(delivery.url, headers, delivery.body, {
      timeoutMs: this.config.timeoutMs,
      allowPrivateTargets: this.config.allowPrivateTargets,
      allowHttp: this.config.allowHttp,
    });
    const now = new Date();
    const classified = classifyResponse(response.status, response.retryAfter, now);
    const attemptsMade = delivery.attempts + 1;
    const outcome: RecordedOutcome =
      classified.kind === 'failed'
        ? {
            kind: 'failed',
            retryAt: nextAttemptAt(attemptsMade, now, this.random(), classified.retryAfterSeconds),
          }
        : classified;
    const effects = await this.deliveries.recordAttempt({
      delivery,
      outcome,
      statusCode: response.status,
      latencyMs: response.latencyMs,
      error: response.error,
      at: now,
      disableAfterSeconds: this.config.disableAfterFailingSeconds,
    });
    this.observer.attempt(
      outcome.kind === 'failed' && !outcome.retryAt ? 'given_up' : outcome.kind,
      response.latencyMs / 1000,
    );
    if (effects.disabled) this.observer.disabled(effects.disabled);
  }
}
