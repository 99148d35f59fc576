import type { Redis } from 'ioredis';

/**
 * Replay records of state-changing requests, per (API key, Idempotency-Key). A record is first
 * `in_flight` (taken with SET NX, so two concurrent requests cannot both run) and then holds the
 * answer to replay. The in-flight claim belongs to one live request: it is a short lease that the
 * request renews while it runs and only its owner may release, so a gateway that dies mid-request
 * (SIGKILL, OOM) strands the key for at most one lease, after which a retry runs again and meets
 * the workflow and Postgres anchors below (it answers the booking that was made). Redis is the fast path only: bookings are also anchored in Postgres
 * (unique api_key_id + idempotency_key) and in the workflow ID, so losing these records never
 * creates a second booking.
 */
export type IdempotencyRecord =
  | { readonly state: 'in_flight'; readonly fingerprint: string; readonly owner?: string }
  | {
      readonly state: 'done';
      readonly fingerprint: string;
      readonly status: number;
      readonly headers: Readonly<Record<string, string>>;
      readonly body: unknown;
    };

/** How long a claim outlives its last renewal: a crashed request's key is free again after this. */
export const IN_FLIGHT_LEASE_MS = 5_000;
/** Renewed three times per lease, so one slow event-loop turn never lets a live claim lapse. */
export const IN_FLIGHT_RENEW_MS = Math.floor(IN_FLIGHT_LEASE_MS / 3);

/** Compare-and-act on the claim's owner: a request that lost its lease must not touch a successor's. */
const RENEW_IF_OWNER = `local v = redis.call('GET', KEYS[1])
if v and cjson.decode(v).owner == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0`;
const DELETE_IF_OWNER = `local v = redis.call('GET', KEYS[1])
if v and cjson.decode(v).owner == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;
/** Answers are replayed for at least 24 h; a little more absorbs clock skew between clients. */
export const REPLAY_TTL_MS = 25 * 3600_000;

const recordKey = (apiKeyId: string, key: string) => `tk:idem:${apiKeyId}:${key}`;

export class IdempotencyStore {
  constructor(private readonly redis: Redis) {}

  /** Claims the key for this request, or returns the record another request left. */
  async begin(
    apiKeyId: string,
    key: string,
    fingerprint: string,
    owner: string,
  ): Promise<IdempotencyRecord | 'claimed'> {
    const redisKey = recordKey(apiKeyId, key);
    const claim: IdempotencyRecord = { state: 'in_flight', fingerprint, owner };
    const claimed = await this.redis.set(redisKey, JSON.stringify(claim), 'PX', IN_FLIGHT_LEASE_MS, 'NX');
    if (claimed === 'OK') return 'claimed';
    const existing = await this.redis.get(redisKey);
    // Expired between the two calls: try once more.
    if (!existing) return this.begin(apiKeyId, key, fingerprint, owner);
    return JSON.parse(existing) as IdempotencyRecord;
  }

  async complete(
    apiKeyId: string,
    key: string,
    record: Extract<IdempotencyRecord, { state: 'done' }>,
  ): Promise<void> {
    await this.redis.set(recordKey(apiKeyId, key), JSON.stringify(record), 'PX', REPLAY_TTL_MS);
  }

  /** Keeps `owner`'s claim alive while its request runs; false once the claim is no longer its own. */
  async renew(apiKeyId: string, key: string, owner: string): Promise<boolean> {
    const renewed = await this.redis.eval(
      RENEW_IF_OWNER,
      1,
      recordKey(apiKeyId, key),
      owner,
      IN_FLIGHT_LEASE_MS,
    );
    return renewed === 1;
  }

  /** Frees `owner`'s claim after a failure that should not be replayed (server error, invalid input). */
  async abandon(apiKeyId: string, key: string, owner: string): Promise<void> {
    await this.redis.eval(DELETE_IF_OWNER, 1, recordKey(apiKeyId, key), owner);
  }
}
