/**
 * The widget's client of the Tablekeeper API: JSON in and out, problem+json turned into a typed
 * `ApiProblem`, and writes retried with the same Idempotency-Key when the network (or a 503 with
 * Retry-After) fails, so a flaky connection never books twice.
 */

export interface Slot {
  readonly time: string;
  readonly startsAt: string;
  readonly available: boolean;
  readonly remainingCovers: number | null;
  readonly zones: readonly string[];
  readonly manualReview: boolean;
}

export interface Availability {
  readonly date: string;
  readonly timezone: string;
  readonly partySize: number;
  readonly slots: readonly Slot[];
  readonly requested?: { readonly time: string; readonly startsAt: string; readonly available: boolean };
  readonly alternatives?: readonly Slot[];
}

export interface CalendarDay {
  readonly date: string;
  readonly closed: boolean;
}

export interface RestaurantContext {
  readonly id: string;
  readonly slug: string;
  readonly name: string;
  readonly timezone: string;
  readonly contact: { readonly phone: string | null; readonly email: string | null };
  readonly partySize: { readonly min: number; readonly max: number };
  readonly booking: { readonly bookableUntil: string };
  readonly holdTtlSeconds: number;
  readonly calendar: readonly CalendarDay[];
}

export interface PlacedHold {
  readonly id: string;
  readonly status: string;
  readonly startsAt: string;
  readonly partySize: number;
  readonly holdExpiresAt: string | null;
  readonly manage?: { readonly token: string; readonly url: string };
}

export interface ManagedBooking {
  readonly id: string;
  readonly status: string;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly partySize: number;
  readonly holdExpiresAt: string | null;
  readonly guest: { readonly name: string; readonly phone?: string | null; readonly email?: string | null };
  readonly notes: string | null;
  readonly restaurant: { readonly id: string; readonly name: string; readonly timezone: string };
  readonly changeable: boolean;
  readonly changePending: boolean;
  readonly version: number;
}

export interface GuestDetails {
  readonly name: string;
  readonly phone?: string;
  readonly email?: string;
}

export interface FieldProblem {
  readonly field: string;
  readonly code: string;
  readonly message: string;
}

/** A refusal the guest should read: the API's problem, or `network` when no answer came. */
export class ApiProblem extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
    readonly body: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
  }

  get fieldErrors(): readonly FieldProblem[] {
    return Array.isArray(this.body.errors) ? (this.body.errors as FieldProblem[]) : [];
  }

  get alternatives(): readonly Slot[] {
    return Array.isArray(this.body.alternatives) ? (this.body.alternatives as Slot[]) : [];
  }
}

const WRITE_ATTEMPTS = 3;
const RETRYABLE_STATUSES = new Set([502, 503, 504]);

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export function newIdempotencyKey(): string {
  return `widget-${crypto.randomUUID()}`;
}

export class WidgetApi {
  constructor(
    private readonly origin: string,
    private readonly key: string | null,
  ) {}

  restaurants(): Promise<{ data: RestaurantContext[] }> {
    return this.call('GET', '/v1/restaurants');
  }

  availability(restaurantId: string, date: string, partySize: number, time?: string): Promise<Availability> {
    const query = new URLSearchParams({ date, partySize: String(partySize) });
    if (time) query.set('time', time);
    return this.call('GET', `/v1/restaurants/${encodeURIComponent(restaurantId)}/availability?${query}`);
  }

  hold(
    body: { restaurantId: string; partySize: number; startsAt: string; guest: GuestDetails },
    idempotencyKey: string,
  ): Promise<PlacedHold> {
    return this.call('POST', '/v1/holds', { body, idempotencyKey });
  }

  managed(token: string): Promise<ManagedBooking> {
    return this.call('GET', `/v1/manage/${encodeURIComponent(token)}`);
  }

  confirm(
    token: string,
    body: { guest: GuestDetails; notes?: string },
    idempotencyKey: string,
  ): Promise<ManagedBooking> {
    return this.call('POST', `/v1/manage/${encodeURIComponent(token)}/confirm`, { body, idempotencyKey });
  }

  cancel(token: string, idempotencyKey: string): Promise<ManagedBooking> {
    return this.call('POST', `/v1/manage/${encodeURIComponent(token)}/cancel`, { idempotencyKey });
  }

  change(
    token: string,
    body: { startsAt?: string; partySize?: number },
    idempotencyKey: string,
  ): Promise<ManagedBooking> {
    return this.call('PATCH', `/v1/manage/${encodeURIComponent(token)}`, { body, idempotencyKey });
  }

  private async call<T>(
    method: 'GET' | 'POST' | 'PATCH',
    path: string,
    options: { body?: unknown; idempotencyKey?: string } = {},
  ): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
    // Manage routes need no key, but sending it is what gives a cross-origin page its CORS headers.
    if (this.key) headers.authorization = `Bearer ${this.key}`;
    if (options.idempotencyKey) headers['idempotency-key'] = options.idempotencyKey;
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    const init: RequestInit = {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'omit',
      mode: 'cors',
    };
    // Reads are always safe to repeat; writes only because they carry an Idempotency-Key.
    const attempts = method === 'GET' || options.idempotencyKey ? WRITE_ATTEMPTS : 1;
    let last: ApiProblem | undefined;
    for (let attempt = 1; attempt <= attempts; attempt += 1) {
      let response: Response;
      try {
        response = await fetch(`${this.origin}${path}`, init);
      } catch (error) {
        last = new ApiProblem('network', 0, error instanceof Error ? error.message : String(error));
        if (attempt < attempts) await sleep(400 * attempt);
        continue;
      }
      if (response.ok) return (await response.json()) as T;
      const problem = await this.problemOf(response);
      const retryAfter = Number(response.headers.get('retry-after'));
      const inProgress = problem.code === 'idempotency_request_in_progress';
      if ((RETRYABLE_STATUSES.has(response.status) || inProgress) && attempt < attempts) {
        last = problem;
        await sleep(Math.min(Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : 500, 5000));
        continue;
      }
      throw problem;
    }
    if (last && last.code === 'network' && (await this.reachable())) {
      // The server answers, yet the browser let us read nothing: CORS refused this page's origin.
      throw new ApiProblem('cors_refused', 0, last.message);
    }
    throw last ?? new ApiProblem('network', 0, 'no answer');
  }

  /** Whether the API answers at all: an opaque no-cors request resolves even when CORS refuses. */
  private async reachable(): Promise<boolean> {
    try {
      await fetch(`${this.origin}/health`, { mode: 'no-cors', credentials: 'omit', cache: 'no-store' });
      return true;
    } catch {
      return false;
    }
  }

  private async problemOf(response: Response): Promise<ApiProblem> {
    const text = await response.text().catch(() => '');
    let body: Record<string, unknown> = {};
    try {
      const parsed: unknown = JSON.parse(text);
      if (parsed && typeof parsed === 'object') body = parsed as Record<string, unknown>;
    } catch {
      // Not problem+json (a proxy's page): the status alone must do.
    }
    const code = typeof body.code === 'string' ? body.code : `http_${response.status}`;
    const message =
      (typeof body.detail === 'string' && body.detail) ||
      (typeof body.title === 'string' && body.title) ||
      `HTTP ${response.status}`;
    return new ApiProblem(code, response.status, message, body);
  }
}
