/** The admin API (same origin, session cookie), with the session's CSRF token on every write. */
export type BookingStatus =
  | 'held'
  | 'capacity_verified'
  | 'assigned'
  | 'confirmed'
  | 'manual_review'
  | 'rejected'
  | 'expired'
  | 'cancelled'
  | 'checked_in'
  | 'completed'
  | 'no_show';

export interface Session {
  staff: {
    id: string;
    email: string;
    role: 'ops' | 'viewer';
    restaurantId: string;
    restaurantName: string;
    timezone: string;
  };
  csrfToken: string;
  temporalUiUrl: string;
}

export interface TableRef {
  id: string;
  label: string;
}

export interface AdminBooking {
  id: string;
  workflowId: string;
  status: BookingStatus;
  partySize: number;
  startsAt: string;
  endsAt: string;
  channel: string;
  notes: string | null;
  guest: { name: string; phone: string | null };
  tables: TableRef[];
  reviewReason: string | null;
  closeReason: string | null;
}

export interface ReviewItem extends AdminBooking {
  suggestion: { tables: string[]; strategy: string | null; score: number | null; reason: string | null };
  sentToReviewAt: string | null;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface BookingDetails {
  id: string;
  status: BookingStatus;
  partySize: number;
  startsAt: string;
  endsAt: string;
  tables: string[];
  workflowId: string;
  workflowUrl: string;
  channel: string;
  notes: string | null;
  reviewReason: string | null;
  closeReason: string | null;
  guest: { name: string; phone: string | null; email: string | null };
  events: { from: string | null; to: string; actor: string; reason: string | null; at: string }[];
}

export type FloorState = 'free' | 'held' | 'reserved' | 'seated' | 'blocked';

export interface FloorZone {
  id: string;
  name: string;
  tables: {
    id: string;
    label: string;
    minCovers: number;
    maxCovers: number;
    state: FloorState;
    booking: {
      id: string;
      status: BookingStatus;
      guestName: string;
      partySize: number;
      startsAt: string;
      endsAt: string;
    } | null;
  }[];
}

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
