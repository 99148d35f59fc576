import type { Redis } from 'ioredis';

/**
 * Replay records of state-changing requests, per (API key, Idempotency-Key). A record is first
 * `in_flight` (taken with SET NX, so two concurrent requests cannot both run) and then holds the
 * answer to replay. Redis is the fast path only: bookings are also anchored in Postgres
 * (unique api_key_id + idempotency_key) and in the workflow ID, so losing these records never
 * creates a second booking.
 */
export type IdempotencyRecord =
  | { readonly state: 'in_flight'; readonly fingerprint: string }
  | {
      readonly state: 'done';
      readonly fingerprint: string;
      readonly status: number;
      readonly headers: Readonly<Record<string, string>>;
      readonly body: unknown;
    };

/** In-flight records outlive any request (the booking answer deadline is at most 120 s). */
const IN_FLIGHT_TTL_MS = 150_000;
/** Answers are replayed for at least 24 h; a little more absorbs clock skew between clients. */
export const REPLAY_TTL_MS = 25 * 3600_000;

const recordKey = (apiKeyId: string, key: string) => `tk:idem:${apiKeyId}:${key}`;

export class IdempotencyStore {
  constructor(private readonly redis: Redis) {}

  /** Claims the key for this request, or returns the record another request left. */
  async begin(apiKeyId: string, key: string, fingerprint: string): Promise<IdempotencyRecord | 'claimed'> {
    const redisKey = recordKey(apiKeyId, key);
    const claim: IdempotencyRecord = { state: 'in_flight', fingerprint };
    const claimed = await this.redis.set(redisKey, JSON.stringify(claim), 'PX', IN_FLIGHT_TTL_MS, 'NX');
    if (claimed === 'OK') return 'claimed';
    const existing = await this.redis.get(redisKey);
    // Expired between the two calls: try once more.
    if (!existing) return this.begin(apiKeyId, key, fingerprint);
    return JSON.parse(existing) as IdempotencyRecord;
  }

  async complete(
    apiKeyId: string,
    key: string,
    record: Extract<IdempotencyRecord, { state: 'done' }>,
  ): Promise<void> {
    await this.redis.set(recordKey(apiKeyId, key), JSON.stringify(record), 'PX', REPLAY_TTL_MS);
  }

  /** Frees the key after a failure that should not be replayed (server error, invalid input). */
  async abandon(apiKeyId: string, key: string): Promise<void> {
    await this.redis.del(recordKey(apiKeyId, key));
  }
}
