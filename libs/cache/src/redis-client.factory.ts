import { Logger } from '@nestjs/common';
import { Redis } from 'ioredis';

/** Redis only accelerates: a request never hangs on it, and an outage is logged once, not per retry. */
export function createRedis(
  url: string,
  logger = new Logger('Redis'),
  options: { keyPrefix?: string } = {},
): Redis {
  const redis = new Redis(url, {
    keyPrefix: options.keyPrefix ?? '',
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    connectTimeout: 2000,
    // Commands issued in the same tick by concurrent requests share one write: +11% availability
    // throughput at 50 clients (README "Performance").
    enableAutoPipelining: true,
  });
  let down = false;
  redis.on('error', (error: Error) => {
    if (!down) logger.warn(`Redis unavailable (${error.message}); retrying in the background`);
    down = true;
  });
  redis.on('ready', () => {
    if (down) logger.log('Redis is back');
    down = false;
  });
  return redis;
}

/** Closes politely when Redis answers, and stops reconnecting in any case (or the process never exits). */
export async function closeRedis(redis: Redis): Promise<void> {
  try {
    await redis.quit();
  } catch {
    // not connected: nothing to say goodbye to
  } finally {
    redis.disconnect();
  }
}
