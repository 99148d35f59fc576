/**
 * Environment, read and validated once. A bad variable stops the process with a message that
 * names it, instead of failing later in some request.
 */
export interface AppConfig {
  readonly databaseUrl: string;
  readonly redisUrl: string;
  /**
   * Put before every Redis key this process writes (not pub/sub channels), so several stacks can
   * share one Redis without reading or clearing each other's limits and caches. Empty by default.
   */
  readonly redisKeyPrefix: string;
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
  /**
   * How often a restaurant's waitlist matcher looks for freed capacity while anyone waits, besides
   * being woken by every cancellation and expiry (WAITLIST_MATCH_POLL_SECONDS).
   */
  readonly waitlistMatchPollSeconds: number;
  /** Serve availability from the Redis cache (off: always compute from Postgres; for measuring). */
  readonly availabilityCache: boolean;
  /**
   * Booking workflows the worker keeps in memory between their tasks. The SDK's default grows with
   * the heap limit (thousands on a big machine, each a few hundred KB); an evicted workflow is
   * replayed from its short history when its next task comes.
   */
  readonly workerMaxCachedWorkflows: number;
  /**
   * The workflow stack trace query (Temporal UI "Stack Trace"). On, the SDK captures and
   * source-maps a stack for every promise made in workflow code: ~4 ms of the worker's CPU per
   * booking (README "Performance"). Off by default; turn on while debugging a stuck workflow (a
   * workflow replayed on a worker with it on answers the query). Our patch of the SDK reads the
   * variable itself in the workflow threads (they copy the environment, and the SDK has no option
   * to hand them); this field validates it and says it at boot.
   */
  readonly workflowStackTraces: boolean;
  /** Keys that encrypt Temporal payloads (guest data in histories); null: payloads stay plain (dev only). */
  readonly payloadEncryption: PayloadEncryptionConfig | null;
  /**
   * Who may call the codec endpoint: `api-key` (Bearer key with the temporal:codec scope) or
   * `loopback` (anyone on this machine, for `npm start`; refused in production).
   */
  readonly codecAuth: 'api-key' | 'loopback';
  /** Port of the gateway's Prometheus `/metrics` listener (0: any free port). */
  readonly metricsPort: number;
  /** Port of the worker's Prometheus `/metrics` listener (0: any free port). */
  readonly workerMetricsPort: number;
  /** When set, `/metrics` wants `Authorization: Bearer <token>`. */
  readonly metricsToken: string | null;
  /**
   * OpenTelemetry tracing, off unless OTEL_TRACES_EXPORTER asks for it (`otlp`: endpoint and
   * headers from the standard OTEL_EXPORTER_OTLP_* variables; `console`: spans on stdout).
   */
  readonly tracesExporter: 'none' | 'otlp' | 'console';
  /** Admission control: requests of each kind in progress at once, and the queue before them. */
  readonly admission: {
    readonly reads: number;
    readonly writes: number;
    readonly admin: number;
    /** Each kind's queue holds this many times its concurrency. */
    readonly queueFactor: number;
    readonly queueTimeoutMs: number;
  };
  /**
   * Host names (no port) the MCP endpoint answers to: a request whose Host, or Origin when sent,
   * names another host is refused (DNS-rebinding protection).
   */
  readonly mcpAllowedHosts: readonly string[];
  readonly webhooks: WebhookConfig;
  /**
   * The URL clients reach this gateway at (behind a proxy: the proxy's), the OpenAPI document's
   * `servers` entry. PUBLIC_BASE_URL; the default is the address `npm start` listens on.
   */
  readonly publicBaseUrl: string;
  /** The booking widget's anonymous traffic: manage links and abuse limits (README "Booking widget"). */
  readonly widget: WidgetConfig;
  /**
   * Proxies whose X-Forwarded-For is believed (addresses or CIDRs); empty: none, the client's
   * address is the socket's. Per-IP limits would be worthless if anyone could name their own IP.
   */
  readonly trustedProxies: readonly string[];
}

export interface WidgetConfig {
  /** HMAC key of manage tokens (MANAGE_TOKEN_SECRET, base64 of at least 32 bytes). */
  readonly manageTokenSecret: Buffer;
  /** Where guests open their manage link; null: the gateway's own address as the request named it. */
  readonly publicUrl: string | null;
  /** Per client IP, on top of each publishable key's own budgets. */
  readonly ipReadsPerMinute: number;
  readonly ipWritesPerMinute: number;
  /** Live (unconfirmed, unexpired) widget holds one client IP may have at once. */
  readonly liveHoldsPerIp: number;
}

/** Delivery of lifecycle webhooks (README "Webhooks"). */
export interface WebhookConfig {
  /** Run the relay in this worker process (off: another process delivers). */
  readonly relay: boolean;
  /**
   * Deliver to (and accept endpoints at) loopback, private, link-local and metadata addresses.
   * On by default outside production (`npm start` posts to a receiver on this machine), off in it.
   */
  readonly allowPrivateTargets: boolean;
  /** Accept plain http:// endpoint URLs; by default only outside production. */
  readonly allowHttp: boolean;
  /** Base of the `link` in payloads (the public API's address). */
  readonly publicBaseUrl: string;
  /** One attempt's limit, connect to last byte. */
  readonly timeoutMs: number;
  /** How long a relay holds a delivery it is sending; after it another relay may send it again. */
  readonly leaseSeconds: number;
  /** How often an idle relay looks for work. */
  readonly pollMs: number;
  /** Deliveries sent at once by one relay. */
  readonly concurrency: number;
  /** An endpoint failing without a single success this long is disabled. */
  readonly disableAfterFailingSeconds: number;
}

export interface PayloadEncryptionConfig {
  /** The key id new payloads are encrypted with. */
  readonly activeKeyId: string;
  /** Every key that may still decrypt (the active one and retired ones), by id. */
  readonly keys: ReadonlyMap<string, Buffer>;
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

/** Printable and short: it is part of every key, and a glob character would widen a SCAN over it. */
const KEY_PREFIX = /^[A-Za-z0-9:._-]{0,64}$/;

function keyPrefix(env: Env, name: string): string {
  const value = env[name] ?? '';
  if (!KEY_PREFIX.test(value)) throw new ConfigError(name, 'expected at most 64 of [A-Za-z0-9:._-]');
  return value;
}

const KEY_ID = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * `PAYLOAD_ENCRYPTION_KEYS=<id>:<base64 of 32 bytes>[,<id>:<key>...]` and
 * `PAYLOAD_ENCRYPTION_KEY_ID=<id>` (default: the first listed). Rotation: add a new key, make it
 * the active id, keep the old ones listed until no history needs them.
 */
function payloadEncryption(env: Env, production: boolean): PayloadEncryptionConfig | null {
  const raw = env.PAYLOAD_ENCRYPTION_KEYS?.trim();
  if (!raw) {
    if (production) {
      throw new ConfigError(
        'PAYLOAD_ENCRYPTION_KEYS',
        'required in production (guest data in Temporal histories must be encrypted); see README "Observability"',
      );
    }
    if (env.PAYLOAD_ENCRYPTION_KEY_ID) throw new ConfigError('PAYLOAD_ENCRYPTION_KEYS', 'missing');
    return null;
  }
  const keys = new Map<string, Buffer>();
  for (const entry of raw.split(',').map((e) => e.trim())) {
    const separator = entry.indexOf(':');
    const id = entry.slice(0, separator);
    const encoded = entry.slice(separator + 1);
    if (separator < 1 || !KEY_ID.test(id)) {
      throw new ConfigError(
        'PAYLOAD_ENCRYPTION_KEYS',
        'expected <id>:<base64 key> entries, ids of [A-Za-z0-9._-]',
      );
    }
    const key = Buffer.from(encoded, 'base64');
    if (key.length !== 32 || key.toString('base64').replace(/=+$/, '') !== encoded.replace(/=+$/, '')) {
      throw new ConfigError('PAYLOAD_ENCRYPTION_KEYS', `key ${id} is not the base64 of 32 bytes`);
    }
    if (keys.has(id)) throw new ConfigError('PAYLOAD_ENCRYPTION_KEYS', `key id ${id} is listed twice`);
    keys.set(id, key);
  }
  const activeKeyId = env.PAYLOAD_ENCRYPTION_KEY_ID || [...keys.keys()][0];
  if (!keys.has(activeKeyId)) {
    throw new ConfigError(
      'PAYLOAD_ENCRYPTION_KEY_ID',
      `no key with id ${activeKeyId} in PAYLOAD_ENCRYPTION_KEYS`,
    );
  }
  return { activeKeyId, keys };
}

/** Development's manage-token key: public, so refused in production. */
const DEV_MANAGE_TOKEN_SECRET = Buffer.from('tablekeeper development manage tokens, not secret');

function manageTokenSecret(env: Env, production: boolean): Buffer {
  const raw = env.MANAGE_TOKEN_SECRET?.trim();
  if (!raw) {
    if (production) throw new ConfigError('MANAGE_TOKEN_SECRET', 'required in production');
    return DEV_MANAGE_TOKEN_SECRET;
  }
  const key = Buffer.from(raw, 'base64');
  if (key.length < 32)
    throw new ConfigError('MANAGE_TOKEN_SECRET', 'expected the base64 of at least 32 bytes');
  return key;
}

const PROXY = /^[0-9a-fA-F:.]+(\/\d{1,3})?$/;

/** TRUSTED_PROXIES=<ip or cidr>[,...]; unset: X-Forwarded-For is ignored. */
export function trustedProxies(env: Env = process.env): readonly string[] {
  const raw = env.TRUSTED_PROXIES?.trim();
  if (!raw) return [];
  const proxies = raw.split(',').map((p) => p.trim());
  for (const proxy of proxies) {
    if (!PROXY.test(proxy))
      throw new ConfigError('TRUSTED_PROXIES', `${proxy || '(empty)'} is not an IP or CIDR`);
  }
  return proxies;
}

export const DEFAULT_DATABASE_URL = 'postgresql://postgres@127.0.0.1:5432/tablekeeper';
export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';
export const DEFAULT_PUBLIC_BASE_URL = 'http://localhost:3000';

export function loadConfig(env: Env = process.env): AppConfig {
  const production = env.NODE_ENV === 'production';
  const codecAuth = oneOf(env, 'CODEC_AUTH', 'api-key', ['api-key', 'loopback'] as const);
  if (production && codecAuth === 'loopback') {
    throw new ConfigError('CODEC_AUTH', 'loopback is for development; production needs api-key');
  }
  const temporalAddress = env.TEMPORAL_ADDRESS ?? '127.0.0.1:7233';
  if (!/^[\w.-]+:\d+$/.test(temporalAddress)) throw new ConfigError('TEMPORAL_ADDRESS', 'expected host:port');
  return {
    databaseUrl: url(env, 'DATABASE_URL', DEFAULT_DATABASE_URL, ['postgresql:', 'postgres:']),
    redisUrl: url(env, 'REDIS_URL', DEFAULT_REDIS_URL, ['redis:', 'rediss:']),
    redisKeyPrefix: keyPrefix(env, 'REDIS_KEY_PREFIX'),
    temporalAddress,
    temporalNamespace: env.TEMPORAL_NAMESPACE ?? 'default',
    taskQueue: env.TEMPORAL_TASK_QUEUE ?? 'tablekeeper-bookings',
    port: int(env, 'PORT', 3000, 0, 65535),
    logLevel: oneOf(env, 'LOG_LEVEL', 'info', ['debug', 'info', 'warn', 'error'] as const),
    logFormat: oneOf(env, 'LOG_FORMAT', 'json', ['json', 'pretty'] as const),
    temporalUiUrl: url(env, 'TEMPORAL_UI_URL', 'http://localhost:8233', ['http:', 'https:']),
    bookingAnswerDeadlineMs: int(env, 'BOOKING_ANSWER_DEADLINE_MS', 10_000, 100, 120_000),
    waitlistMatchPollSeconds: int(env, 'WAITLIST_MATCH_POLL_SECONDS', 30, 1, 3600),
    availabilityCache: oneOf(env, 'AVAILABILITY_CACHE', 'on', ['on', 'off'] as const) === 'on',
    workerMaxCachedWorkflows: int(env, 'TEMPORAL_MAX_CACHED_WORKFLOWS', 100, 0, 100_000),
    workflowStackTraces: oneOf(env, 'TEMPORAL_WORKFLOW_STACK_TRACES', 'off', ['on', 'off'] as const) === 'on',
    payloadEncryption: payloadEncryption(env, production),
    codecAuth,
    metricsPort: int(env, 'METRICS_PORT', 9464, 0, 65535),
    workerMetricsPort: int(env, 'WORKER_METRICS_PORT', 9465, 0, 65535),
    metricsToken: env.METRICS_TOKEN || null,
    tracesExporter:
      env.OTEL_SDK_DISABLED === 'true'
        ? 'none'
        : oneOf(env, 'OTEL_TRACES_EXPORTER', 'none', ['none', 'otlp', 'console'] as const),
    // Defaults sized on the 2-core machine of README "Performance": enough in progress to keep the
    // CPU busy (a booking write mostly waits on Temporal), few enough that the queue stays short.
    admission: {
      reads: int(env, 'ADMISSION_READS', 64, 1, 10_000),
      writes: int(env, 'ADMISSION_WRITES', 32, 1, 10_000),
      admin: int(env, 'ADMISSION_ADMIN', 16, 1, 10_000),
      queueFactor: int(env, 'ADMISSION_QUEUE_FACTOR', 2, 0, 100),
      queueTimeoutMs: int(env, 'ADMISSION_QUEUE_TIMEOUT_MS', 1_000, 1, 60_000),
    },
    mcpAllowedHosts: hostNames(env, 'MCP_ALLOWED_HOSTS', ['localhost', '127.0.0.1', '[::1]']),
    webhooks: webhookConfig(env, production),
    publicBaseUrl: url(env, 'PUBLIC_BASE_URL', DEFAULT_PUBLIC_BASE_URL, ['http:', 'https:']).replace(
      /\/+$/,
      '',
    ),
    widget: {
      manageTokenSecret: manageTokenSecret(env, production),
      publicUrl: env.PUBLIC_URL ? new URL(url(env, 'PUBLIC_URL', '', ['http:', 'https:'])).origin : null,
      ipReadsPerMinute: int(env, 'WIDGET_IP_READS_PER_MINUTE', 120, 1, 1_000_000),
      ipWritesPerMinute: int(env, 'WIDGET_IP_WRITES_PER_MINUTE', 30, 1, 1_000_000),
      liveHoldsPerIp: int(env, 'WIDGET_LIVE_HOLDS_PER_IP', 3, 1, 1_000),
    },
    trustedProxies: trustedProxies(env),
  };
}

function flag(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'true' || raw === 'on' || raw === '1') return true;
  if (raw === 'false' || raw === 'off' || raw === '0') return false;
  throw new ConfigError(name, 'expected true or false');
}

function webhookConfig(env: Env, production: boolean): WebhookConfig {
  const timeoutMs = int(env, 'WEBHOOK_TIMEOUT_MS', 15_000, 100, 60_000);
  const leaseSeconds = int(env, 'WEBHOOK_LEASE_SECONDS', 60, 1, 3600);
  if (leaseSeconds * 1000 <= timeoutMs) {
    // A lease shorter than an attempt would let a second relay send while the first still waits.
    throw new ConfigError('WEBHOOK_LEASE_SECONDS', 'must be longer than WEBHOOK_TIMEOUT_MS');
  }
  return {
    relay: flag(env, 'WEBHOOK_RELAY', true),
    allowPrivateTargets: flag(env, 'WEBHOOK_ALLOW_PRIVATE_TARGETS', !production),
    allowHttp: flag(env, 'WEBHOOK_ALLOW_HTTP', !production),
    publicBaseUrl: url(env, 'PUBLIC_BASE_URL', `http://localhost:${env.PORT ?? 3000}`, ['http:', 'https:']),
    timeoutMs,
    leaseSeconds,
    pollMs: int(env, 'WEBHOOK_POLL_MS', 200, 10, 60_000),
    concurrency: int(env, 'WEBHOOK_CONCURRENCY', 16, 1, 1000),
    disableAfterFailingSeconds: int(
      env,
      'WEBHOOK_DISABLE_AFTER_FAILING_SECONDS',
      5 * 24 * 3600,
      1,
      365 * 24 * 3600,
    ),
  };
}

const HOST_NAME = /^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+)$/;

function hostNames(env: Env, name: string, fallback: readonly string[]): readonly string[] {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const names = raw.split(',').map((h) => h.trim().toLowerCase());
  for (const host of names) {
    if (!HOST_NAME.test(host)) throw new ConfigError(name, `${host || '(empty)'} is not a host name`);
  }
  return names;
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
