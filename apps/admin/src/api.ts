/** The admin API (same origin, session cookie), with the session's CSRF token on every write. */
import type { components } from './api.generated';

// The shapes come from the gateway's OpenAPI document (api.generated.ts, `npm run api-types`).
type Schemas = components['schemas'];

export type Session = Schemas['SessionOutput'];
export type AdminBooking = Schemas['AdminBookingOutput'];
export type ReviewItem = Schemas['ReviewItemOutput'];
export type ReviewPage = Schemas['ReviewPageOutput'];
export type BookingPage = Schemas['BookingPageOutput'];
export type BookingDetails = Schemas['BookingDetailsOutput'];
export type Floor = Schemas['FloorOutput'];
export type BookingStatus = AdminBooking['status'];
export type FloorState = Schemas['FloorTableOutput']['state'];

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

let csrfToken = '';
export function setCsrfToken(token: string): void {
  csrfToken = token;
}

export async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET') headers['x-csrf-token'] = csrfToken;
  const response = await fetch(`/admin/api${path}`, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 204) return undefined as T;
  const payload = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok) {
    throw new ApiError(
      response.status,
      String(payload.code ?? 'error'),
      String(payload.detail ?? payload.title ?? `Request failed (${response.status})`),
    );
  }
  return payload as T;
}
