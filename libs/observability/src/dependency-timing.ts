import type { Redis } from 'ioredis';

/** Called once per finished call to a dependency (seconds), whatever its outcome. */
export type CallObserver = (operation: string, seconds: number) => void;

export function secondsSince(started: bigint): number {
  return Number(process.hrtime.bigint() - started) / 1e9;
}

/**
 * Times every Redis command by wrapping the client's one entry point, `sendCommand`; costs a
 * clock read and a histogram observation per command.
 */
export function observeRedis(redis: Redis, observe: CallObserver): Redis {
  const send = redis.sendCommand.bind(redis);
  redis.sendCommand = ((command: Parameters<Redis['sendCommand']>[0], stream?: unknown) => {
    const started = process.hrtime.bigint();
    const done = () => observe(command.name, secondsSince(started));
    command.promise.then(done, done);
    return (send as (c: typeof command, s?: unknown) => unknown)(command, stream);
  }) as Redis['sendCommand'];
  return redis;
}
