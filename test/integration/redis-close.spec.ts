/**
 * Closing a Redis client (gateway and worker shutdown, test teardown) against the real Redis:
 * commands issued just before the close still get their answers, although auto-pipelining holds
 * them back a turn of the event loop (a QUIT written at once overtook them and they failed with
 * "Connection is closed."), and a client whose Redis is unreachable is dropped at once.
 */
import { randomBytes } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { closeRedis, createRedis } from '@tablekeeper/cache';
import { TcpProxy } from '../support/tcp-proxy';
import { REDIS_URL } from '../support/test-env';

const quiet = new Logger('redis-close.spec');
quiet.warn = () => undefined;
quiet.log = () => undefined;
const prefix = () => `test:redis-close:${randomBytes(4).toString('hex')}:`;
const ready = (redis: ReturnType<typeof createRedis>) =>
  redis.status === 'ready' ? Promise.resolve() : new Promise((resolve) => redis.once('ready', resolve));

it('answers the commands issued in the same turn as the close', async () => {
  const keyPrefix = prefix();
  const redis = createRedis(REDIS_URL, quiet, { keyPrefix });
  await ready(redis);
  const written = redis.set('k', 'v', 'PX', 10_000);
  const read = redis.get('k');
  const piped = redis.pipeline().set('p', 'v', 'PX', 10_000).exec();
  const closed = closeRedis(redis);
  await expect(written).resolves.toBe('OK');
  await expect(read).resolves.toBe('v');
  await expect(piped).resolves.toEqual([[null, 'OK']]);
  await closed;
  expect(redis.status).toBe('end');
  // Issued after the close: refused with the error every caller treats as "Redis down".
  await expect(redis.get('k')).rejects.toThrow('Connection is closed.');
});

it('drops a client whose Redis is unreachable at once, and it stops reconnecting', async () => {
  const proxy = await TcpProxy.start(Number(new URL(REDIS_URL).port || 6379));
  const url = new URL(REDIS_URL);
  url.host = `127.0.0.1:${proxy.port}`;
  const redis = createRedis(url.toString(), quiet, { keyPrefix: prefix() });
  try {
    await ready(redis);
    await proxy.cut();
    await new Promise((resolve) => redis.once('close', resolve));
    const started = Date.now();
    await closeRedis(redis);
    expect(Date.now() - started).toBeLessThan(1000);
    const attempts: string[] = [];
    redis.on('connecting', () => attempts.push('connecting'));
    await proxy.restore();
    // Its retry delay is 50 ms after the first failure: a client still reconnecting would be back.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(attempts).toEqual([]);
    expect(redis.status).not.toBe('ready');
  } finally {
    redis.disconnect();
    await proxy.stop();
  }
});
