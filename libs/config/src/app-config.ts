/**
 * Environment, read and validated once. A bad variable stops the process with a message that
 * names it, instead of failing later in some request.
 */
export interface AppConfig {
  readonly databaseUrl: string;
  readonly redisUrl: string;
  readonly temporalAddress: string;
  readonly temporalNamespace: string;
  readonly taskQueue: string;
  readonly port: number;
  readonly logLevel: 'debug' | 'info' | 'warn' | 'error';
  /** `json` (one object per line, for machines) or `pretty` (for people, `npm start`). */
  readonly logFormat: 'json' | 'pretty';
  /** Base URL of the Temporal UI, used to link bookings to their workflow. */
  readonly temporalUiUrl: string;
  /** How long POST /v1/bookings waits for the workflow before answering 202. */
  readonly bookingAnswerDeadlineMs: number;
  /** Serve availability from the Redis cache (off: always compute from Postgres; for measuring). */
  readonly availabilityCache: boolean;
  /**
   * Booking workflows the worker keeps in memory between their tasks. The SDK's default grows with
   * the heap limit (thousands on a big machine, each a few hundred KB); an evicted workflow is
   * replayed from its short history when its next task comes.
   */
  readonly workerMaxCachedWorkflows: number;
}

export class ConfigError extends Error {
  constructor(variable: string, problem: string) {
    super(`Invalid environment variable ${variable}: ${problem}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

function url(env: Env, name: string, fallback: string, protocols: string[]): string {
  const value = env[name] ?? fallback;
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new ConfigError(name, 'not a URL');
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(name, `expected a ${protocols.join(' or ')} URL`);
  }
  return value;
}

function int(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(name, `expected an integer between ${min} and ${max}`);
  }
  return value;
}

function oneOf<T extends string>(env: Env, name: string, fallback: T, allowed: readonly T[]): T {
  const raw = env[name] ?? fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(name, `expected one of ${allowed.join(', ')}`);
  }
  return raw as T;
}

export const DEFAULT_DATABASE_URL = 'postgresql://postgres@127.0.0.1:5432/tablekeeper';
export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';

export function loadConfig(env: Env = process.env): AppConfig {
  const temporalAddress = env.TEMPORAL_ADDRESS ?? '127.0.0.1:7233';
  if (!/^[\w.-]+:\d+$/.test(temporalAddress)) throw new ConfigError('TEMPORAL_ADDRESS', 'expected host:port');
  return {
    databaseUrl: url(env, 'DATABASE_URL', DEFAULT_DATABASE_URL, ['postgresql:', 'postgres:']),
    redisUrl: url(env, 'REDIS_URL', DEFAULT_REDIS_URL, ['redis:', 'rediss:']),
    temporalAddress,
    temporalNamespace: env.TEMPORAL_NAMESPACE ?? 'default',
    taskQueue: env.TEMPORAL_TASK_QUEUE ?? 'tablekeeper-bookings',
    port: int(env, 'PORT', 3000, 0, 65535),
    logLevel: oneOf(env, 'LOG_LEVEL', 'info', ['debug', 'info', 'warn', 'error'] as const),
    logFormat: oneOf(env, 'LOG_FORMAT', 'json', ['json', 'pretty'] as const),
    temporalUiUrl: url(env, 'TEMPORAL_UI_URL', 'http://localhost:8233', ['http:', 'https:']),
    bookingAnswerDeadlineMs: int(env, 'BOOKING_ANSWER_DEADLINE_MS', 10_000, 100, 120_000),
    availabilityCache: oneOf(env, 'AVAILABILITY_CACHE', 'on', ['on', 'off'] as const) === 'on',
    workerMaxCachedWorkflows: int(env, 'TEMPORAL_MAX_CACHED_WORKFLOWS', 300, 0, 100_000),
  };
}

/** Database URL with its password replaced, safe to print. */
export function redactUrl(value: string): string {
  try {
    const parsed = new URL(value);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '<invalid url>';
  }
}
