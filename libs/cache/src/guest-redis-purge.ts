import type { Redis } from 'ioredis';

export interface RedisPurgeResult {
  /** Keys deleted because their value held the guest's data or a booking of theirs. */
  readonly keysDeleted: number;
  /** Members (a booking id in a set or sorted set) taken out of keys that stay. */
  readonly membersRemoved: number;
}

const SCAN_COUNT = 500;

/**
 * Erasure's side in Redis: every key of this deployment (its key prefix) is looked at, and a
 * string or hash that holds one of `needles` (the guest's name, phone, e-mail, their bookings'
 * ids) is deleted: idempotency replays carrying their booking answers, MCP tool answers, cached
 * views. A set or sorted set loses just the booking ids (live-hold counters per address). Redis
 * is an accelerator: a deleted replay record only means a retry is answered from Postgres.
 * A whole-keyspace SCAN is fine for an operation staff run by hand, one guest at a time.
 */
export async function purgeGuestFromRedis(
  redis: Redis,
  needles: readonly string[],
): Promise<RedisPurgeResult> {
  const wanted = needles.filter((n) => n.length > 0);
  if (wanted.length === 0) return { keysDeleted: 0, membersRemoved: 0 };
  const prefix = redis.options.keyPrefix ?? '';
  const holds = (text: string | null | undefined) => !!text && wanted.some((n) => text.includes(n));
  let keysDeleted = 0;
  let membersRemoved = 0;
  let cursor = '0';
  do {
    // SCAN's pattern is not prefixed by ioredis and the keys it answers carry the prefix.
    const [next, found] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', SCAN_COUNT);
    cursor = next;
    for (const full of found) {
      const key = full.slice(prefix.length);
      const type = await redis.type(key);
      if (type === 'string') {
        if (holds(await redis.get(key))) keysDeleted += await redis.del(key);
      } else if (type === 'hash') {
        const fields = await redis.hgetall(key);
        if (Object.entries(fields).some(([f, v]) => holds(f) || holds(v)))
          keysDeleted += await redis.del(key);
      } else if (type === 'zset' || type === 'set') {
        const members = type === 'zset' ? await redis.zrange(key, '0', '-1') : await redis.smembers(key);
        const hit = members.filter((m) => holds(m));
        if (hit.length > 0) {
          membersRemoved += type === 'zset' ? await redis.zrem(key, ...hit) : await redis.srem(key, ...hit);
        }
      } else if (type === 'list') {
        if ((await redis.lrange(key, 0, -1)).some((v) => holds(v))) keysDeleted += await redis.del(key);
      }
    }
  } while (cursor !== '0');
  return { keysDeleted, membersRemoved };
}
