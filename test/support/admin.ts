import { randomBytes } from 'node:crypto';
import { StaffRepository, type PrismaClient, type StaffRole } from '@tablekeeper/db';
import type { ApiResponse } from './http';

export interface StaffLogin {
  readonly email: string;
  readonly password: string;
}

/** A staff account of `role` at the restaurant, with a fresh email and password. */
export async function createStaff(
  prisma: PrismaClient,
  restaurantId: string,
  role: StaffRole,
): Promise<StaffLogin> {
  const email = `${role}-${randomBytes(4).toString('hex')}@staff.test`;
  const password = `pw-${randomBytes(9).toString('base64url')}`;
  await new StaffRepository(prisma).create({ email, password, role, restaurantId });
  return { email, password };
}

export interface AdminSession {
  readonly cookie: string;
  readonly csrfToken: string;
  /** Real HTTP to the admin API with the session cookie, and the CSRF token on writes. */
  call<T = Record<string, unknown>>(
    method: string,
    path: string,
    options?: { body?: unknown; csrf?: string | null; baseUrl?: string; headers?: Record<string, string> },
  ): Promise<ApiResponse<T>>;
}

async function send<T>(url: string, init: RequestInit): Promise<ApiResponse<T>> {
  const response = await fetch(url, init);
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : {};
  } catch {
    // not JSON
  }
  return { status: response.status, headers: response.headers, body: body as T };
}

export async function signInRaw(
  baseUrl: string,
  login: StaffLogin,
): Promise<ApiResponse<Record<string, unknown>>> {
  return send(`${baseUrl}/admin/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(login),
  });
}

export async function signIn(baseUrl: string, login: StaffLogin): Promise<AdminSession> {
  const response = await signInRaw(baseUrl, login);
  if (response.status !== 200)
    throw new Error(`sign-in failed: ${response.status} ${JSON.stringify(response.body)}`);
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .find((c) => c.startsWith('tk_admin_session='));
  if (!cookie) throw new Error('no session cookie');
  const csrfToken = String(response.body.csrfToken);
  return {
    cookie,
    csrfToken,
    call: (method, path, options = {}) => {
      const headers: Record<string, string> = { ...options.headers, cookie };
      const csrf = options.csrf === undefined ? csrfToken : options.csrf;
      if (method !== 'GET' && csrf !== null) headers['x-csrf-token'] = csrf;
      if (options.body !== undefined) headers['content-type'] = 'application/json';
      return send(`${options.baseUrl ?? baseUrl}${path}`, {
        method,
        headers,
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
      });
    },
  };
}

/** Reads server-sent events from a stream until `stop()`; `events` fills as they arrive. */
export function openEventStream(
  url: string,
  cookie: string,
): {
  events: { type: string; data: Record<string, unknown> }[];
  status: Promise<number>;
  /** Resolves when the server ends the stream (not when `stop()` aborts it). */
  ended: Promise<void>;
  stop(): void;
} {
  const controller = new AbortController();
  const events: { type: string; data: Record<string, unknown> }[] = [];
  let markEnded!: () => void;
  const ended = new Promise<void>((resolve) => (markEnded = resolve));
  const status = fetch(url, {
    headers: { cookie, accept: 'text/event-stream' },
    signal: controller.signal,
  }).then((response) => {
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    const pump = (): Promise<void> =>
      reader.read().then(({ done, value }) => {
        if (done) return markEnded();
        buffer += decoder.decode(value, { stream: true });
        const blocks = buffer.split('\n\n');
        buffer = blocks.pop() ?? '';
        for (const block of blocks) {
          const type = /^event: ?(.*)$/m.exec(block)?.[1] ?? 'message';
          const data = /^data: ?(.*)$/m.exec(block)?.[1];
          if (data !== undefined) events.push({ type, data: JSON.parse(data) as Record<string, unknown> });
        }
        return pump();
      });
    pump().catch(() => undefined);
    return response.status;
  });
  status.catch(() => undefined);
  return { events, status, ended, stop: () => controller.abort() };
}
