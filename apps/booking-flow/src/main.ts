/**
 * `npm run booking-flow`: the booking-flow probe. Creates a booking through the public API, the
 * way an agent would, and follows it to its outcome, logging one JSON line per phase
 * (`submit`, `poll`, `final_summary`, `error`). Exits 0 only when the booking reaches the expected
 * status (default `confirmed`).
 */
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DateTime } from 'luxon';
import { BOOKING_STATUSES } from '@tablekeeper/domain/booking-status';

const USAGE = `Usage: npm run booking-flow -- [options]
  --restaurant <slug>     restaurant slug (default demo-bistro)
  --date <YYYY-MM-DD>     local date (default tomorrow)
  --time <HH:MM>          local time (default 19:00)
  --party-size <n>        covers (default 2)
  --hold                  two steps: POST /v1/holds, then confirm it
  --expect <status>       final status that counts as success (default confirmed)
  --api-url <url>         API base URL (env BOOKING_API_BASE_URL, default http://localhost:3000)
  --api-key <key>         API key (env BOOKING_API_KEY, default .data/demo-api-key)
  --timeout <seconds>     give up after this long (default 90)
  --pretty                indented JSON`;

interface Options {
  restaurant: string;
  date?: string;
  time: string;
  partySize: number;
  hold: boolean;
  expect: string;
  apiUrl: string;
  apiKey: string;
  timeoutMs: number;
  pretty: boolean;
}

class ProbeFailure extends Error {
  constructor(
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

// Statuses a booking rests in (the others pass within a second on their own).
const SETTLED: ReadonlySet<string> = new Set(
  BOOKING_STATUSES.filter((s) => !['held', 'capacity_verified', 'assigned'].includes(s)),
);

function options(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      restaurant: { type: 'string', default: 'demo-bistro' },
      date: { type: 'string' },
      time: { type: 'string', default: '19:00' },
      'party-size': { type: 'string', default: '2' },
      hold: { type: 'boolean', default: false },
      expect: { type: 'string', default: 'confirmed' },
      'api-url': { type: 'string' },
      'api-key': { type: 'string' },
      timeout: { type: 'string', default: '90' },
      pretty: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const partySize = Number(values['party-size']);
  const timeout = Number(values.timeout);
  if (!Number.isInteger(partySize) || partySize < 1)
    throw new ProbeFailure('--party-size must be a positive whole number');
  if (!Number.isFinite(timeout) || timeout <= 0)
    throw new ProbeFailure('--timeout must be a positive number of seconds');
  if (values.date && !/^\d{4}-\d{2}-\d{2}$/.test(values.date))
    throw new ProbeFailure('--date must be YYYY-MM-DD');
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(values.time!)) throw new ProbeFailure('--time must be HH:MM');
  const keyFile = join(process.cwd(), '.data', 'demo-api-key');
  const apiKey =
    values['api-key'] ??
    process.env.BOOKING_API_KEY ??
    (existsSync(keyFile) ? readFileSync(keyFile, 'utf8').trim() : '');
  if (!apiKey) throw new ProbeFailure('no API key: pass --api-key or set BOOKING_API_KEY');
  return {
    restaurant: values.restaurant!,
    date: values.date,
    time: values.time!,
    partySize,
    hold: values.hold!,
    expect: values.expect!,
    apiUrl: (values['api-url'] ?? process.env.BOOKING_API_BASE_URL ?? 'http://localhost:3000').replace(
      /\/$/,
      '',
    ),
    apiKey,
    timeoutMs: timeout * 1000,
    pretty: values.pretty!,
  };
}

/** Phone numbers never leave the probe in full. */
export function maskPhone(phone: string): string {
  return phone.length <= 4 ? '****' : `${'*'.repeat(phone.length - 4)}${phone.slice(-4)}`;
}

async function main(): Promise<number> {
  let opts: Options;
  const correlationId = randomUUID();
  const emit = (phase: string, data: Record<string, unknown>, pretty = false) =>
    console.log(
      JSON.stringify(
        { phase, correlationId, at: new Date().toISOString(), ...data },
        null,
        pretty ? 2 : undefined,
      ),
    );
  try {
    opts = options(process.argv.slice(2));
  } catch (error) {
    emit('error', { reason: error instanceof Error ? error.message : String(error) });
    console.error(USAGE);
    return 2;
  }
  const started = Date.now();
  const log = (phase: string, data: Record<string, unknown>) => emit(phase, data, opts.pretty);

  async function call<T>(
    method: string,
    path: string,
    body?: unknown,
    idempotencyKey?: string,
  ): Promise<{ status: number; body: T; ms: number }> {
    for (let attempt = 1; ; attempt++) {
      const t0 = performance.now();
      const response = await fetch(`${opts.apiUrl}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${opts.apiKey}`,
          'x-correlation-id': correlationId,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...(idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(Math.max(1000, opts.timeoutMs - (Date.now() - started))),
      });
      const ms = Math.round(performance.now() - t0);
      const text = await response.text();
      const parsed = (text ? JSON.parse(text) : {}) as T;
      if (response.status === 429 && attempt < 5 && Date.now() - started < opts.timeoutMs) {
        const wait = Number(response.headers.get('retry-after') ?? '1');
        log('rate_limited', { method, path, httpStatus: 429, retryAfterSeconds: wait, attempt });
        await new Promise((r) => setTimeout(r, wait * 1000));
        continue;
      }
      return { status: response.status, body: parsed, ms };
    }
  }

  try {
    const restaurants = await call<{
      data?: { id: string; slug: string; timezone: string }[];
      code?: string;
    }>('GET', '/v1/restaurants');
    if (restaurants.status !== 200)
      throw new ProbeFailure(`listing restaurants answered ${restaurants.status}`, {
        problem: restaurants.body,
      });
    const restaurant = restaurants.body.data?.find((r) => r.slug === opts.restaurant);
    if (!restaurant) throw new ProbeFailure(`no restaurant ${opts.restaurant} for this API key`);
    const date = opts.date ?? DateTime.now().setZone(restaurant.timezone).plus({ days: 1 }).toISODate()!;
    const local = DateTime.fromISO(`${date}T${opts.time}`, { zone: restaurant.timezone });
    const startsAt = local.toISO({ suppressMilliseconds: true })!;
    const phone = '+447700900000';
    const request = {
      restaurantId: restaurant.id,
      partySize: opts.partySize,
      startsAt,
      guest: { name: 'Booking-flow probe', phone },
      notes: `probe ${correlationId}`,
    };
    const path = opts.hold ? '/v1/holds' : '/v1/bookings';
    const submitted = await call<{
      id?: string;
      status?: string;
      code?: string;
      detail?: string;
      alternatives?: unknown[];
    }>('POST', path, request, `probe-${correlationId}`);
    log('submit', {
      method: 'POST',
      path,
      httpStatus: submitted.status,
      httpMs: submitted.ms,
      bookingId: submitted.body.id ?? null,
      status: submitted.body.status ?? null,
      restaurant: opts.restaurant,
      startsAt,
      partySize: opts.partySize,
      guestPhone: maskPhone(phone),
    });
    if (submitted.status === 409) {
      throw new ProbeFailure(`no capacity: ${submitted.body.detail ?? submitted.body.code}`, {
        code: submitted.body.code,
        alternatives: submitted.body.alternatives ?? [],
      });
    }
    if (submitted.status !== 201 && submitted.status !== 202) {
      throw new ProbeFailure(
        `submit answered ${submitted.status}: ${submitted.body.code ?? ''} ${submitted.body.detail ?? ''}`.trim(),
        {
          code: submitted.body.code,
        },
      );
    }
    const bookingId = submitted.body.id!;
    if (opts.hold && submitted.body.status === 'held') {
      const confirmed = await call<{ status?: string; code?: string }>(
        'POST',
        `/v1/holds/${bookingId}/confirm`,
        undefined,
        `probe-confirm-${correlationId}`,
      );
      log('submit', {
        method: 'POST',
        path: `/v1/holds/${bookingId}/confirm`,
        httpStatus: confirmed.status,
        httpMs: confirmed.ms,
        bookingId,
        status: confirmed.body.status ?? null,
      });
      if (confirmed.status !== 200)
        throw new ProbeFailure(`confirm answered ${confirmed.status}`, { code: confirmed.body.code });
    }

    let status = '';
    for (let poll = 1; ; poll++) {
      const current = await call<{ status: string; tables?: string[] }>('GET', `/v1/bookings/${bookingId}`);
      status = current.body.status;
      log('poll', {
        poll,
        httpStatus: current.status,
        httpMs: current.ms,
        bookingId,
        status,
        tables: current.body.tables ?? [],
      });
      if (status === opts.expect || SETTLED.has(status)) break;
      if (Date.now() - started > opts.timeoutMs)
        throw new ProbeFailure(`timed out in status ${status}`, { bookingId });
      await new Promise((r) => setTimeout(r, 250));
    }
    const ok = status === opts.expect;
    log('final_summary', { ok, bookingId, status, expected: opts.expect, durationMs: Date.now() - started });
    return ok ? 0 : 1;
  } catch (error) {
    const failure =
      error instanceof ProbeFailure
        ? error
        : new ProbeFailure(error instanceof Error ? error.message : String(error));
    log('error', { reason: failure.message, ...failure.details, durationMs: Date.now() - started });
    log('final_summary', {
      ok: false,
      expected: opts.expect,
      reason: failure.message,
      durationMs: Date.now() - started,
    });
    return 1;
  }
}

main().then((code) => process.exit(code));
