/**
 * Redis is down or unreachable, as ioredis reports it: a command that gave up retrying, or one
 * sent on a closed connection. Every caller today falls back (rate limits in memory, replays
 * through Postgres, availability computed); a Redis failure that escapes one answers 503
 * cache_unavailable rather than 500.
 */
export function isRedisUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name === 'MaxRetriesPerRequestError') return true;
  return /Connection is closed|Stream isn't writeable|enableOfflineQueue options is false/.test(
    error.message,
  );
}
