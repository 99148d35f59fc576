/** The admin API (same origin, session cookie), with the session's CSRF token on every write. */
// The same generated types as the typed client @tablekeeper/api-client (`npm run openapi`): a type
// import only, so Vite bundles nothing from outside the app.
import type { components } from '../../../libs/api-client/src/api-schema.generated';

// The shapes come from the gateway's OpenAPI document.
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
export type SetupTable = Schemas['TableOutput'];
export type SetupZone = Schemas['ZoneOutput'];
export type SetupZoneList = Schemas['ZoneListOutput'];
export type SetupTableList = Schemas['TableListOutput'];
export type TableInput = Schemas['TableInput'];
export type TableChange = Schemas['TableChangeOutput'];
export type AffectedBooking = Schemas['AffectedBookingOutput'];
export type WeeklyPeriodInput = Schemas['WeeklyPeriodInput'];
export type PeriodTimesInput = Schemas['PeriodTimesInput'];
export type PacingInput = Schemas['PacingInput'];
export type HoursException = Schemas['ExceptionOutput'];
export type HoursExceptionList = Schemas['ExceptionListOutput'];
export type ExceptionInput = Schemas['ExceptionInput'];
export type ExceptionChange = Schemas['ExceptionChangeOutput'];
export type TableBlockList = Schemas['BlockListOutput'];
export type BlockInput = Schemas['BlockInput'];
export type BlockChange = Schemas['BlockChangeOutput'];
export type Policy = Schemas['PolicyOutput'];
export type PolicyInput = Schemas['PolicyInput'];
export type SetupChange = Schemas['SetupChangeOutput'];
export type SetupChangePage = Schemas['SetupChangePageOutput'];
export type TableBlock = Schemas['BlockOutput'];
export type WeeklyHours = Schemas['HoursOutput'];
export type Availability = Schemas['AvailabilityOutput'];
export type AvailabilitySlot = Schemas['AvailabilitySlotOutput'];
export type GuestMatch = Schemas['GuestMatchOutput'];
export type GuestPage = Schemas['GuestPageOutput'];
export type GuestProfileData = Schemas['GuestProfileOutput'];
export type WebhookOverview = Schemas['AdminWebhooksOutput'];
export type WebhookEndpoint = Schemas['AdminWebhookEndpointOutput'];
export type WebhookDelivery = Schemas['WebhookDeliveryOutput'];
export type CreatedWebhookEndpoint = Schemas['CreatedWebhookEndpointOutput'];
export type RotatedWebhookSecret = Schemas['RotatedSecretOutput'];
export type WidgetKeyPage = Schemas['AdminWidgetKeyPageOutput'];
export type WidgetKey = Schemas['ApiKeyOutput'];
export type WidgetEmbed = Schemas['WidgetEmbedOutput'];
export type CreatedWidgetKey = Schemas['CreatedApiKeyOutput'];
export type WaitlistEntry = Schemas['AdminWaitlistEntryOutput'];
export type WaitlistPage = Schemas['AdminWaitlistPageOutput'];
export type WaitlistStatus = WaitlistEntry['status'];
export type CancelReasonCode = NonNullable<BookingDetails['closeReasonCode']>;

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** The problem's extensions, e.g. `alternatives` of a no_capacity refusal. */
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

let csrfToken = '';
export function setCsrfToken(token: string): void {
  csrfToken = token;
}

/** A fresh Idempotency-Key: one per booking or change staff mean to make. */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}

export async function call<T>(
  method: string,
  path: string,
  body?: unknown,
  extraHeaders: Record<string, string> = {},
): Promise<T> {
  const headers: Record<string, string> = { ...extraHeaders };
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
      payload,
    );
  }
  return payload as T;
}
