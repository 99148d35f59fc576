import { WEBHOOK_ENVELOPE_VERSION, type WebhookEventDefinition } from './webhook-events';

/** The booking's facts as an event's `data.booking` carries them. */
export interface WebhookBookingFacts {
  readonly id: string;
  readonly restaurantId: string;
  readonly status: string;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly partySize: number;
  readonly tables: readonly string[];
  readonly channel: string;
  /**
   * The guest's tags (vip, regular, free tags) as the event is fanned out: not contact details,
   * so every endpoint gets them, guest contact allowed or not.
   */
  readonly guestTags: readonly string[];
  /** Where an API caller reads the booking (GET /v1/bookings/{id}). */
  readonly link: string;
}

export interface WebhookGuestContact {
  readonly name: string;
  readonly phone: string | null;
  readonly email: string | null;
}

/** The thin, versioned body every delivery sends: what happened, when, and to which booking. */
export interface WebhookEnvelope {
  readonly version: number;
  readonly type: string;
  /** The event's id, also the `webhook-id` header: receivers deduplicate by it. */
  readonly id: string;
  readonly timestamp: string;
  readonly data: Readonly<Record<string, unknown>>;
}

/** Outbox fields that say how the row was made, not what happened: not for receivers. */
const INTERNAL_FIELDS = new Set(['bookingId', 'status']);

/**
 * The envelope of one event. The outbox payload's own fields (reason, reason code, before and
 * after of a change, a reminder's lead) sit beside `booking`; `guest` only when the endpoint may
 * receive contact details.
 */
export function webhookEnvelope(input: {
  readonly event: WebhookEventDefinition;
  readonly messageId: string;
  readonly occurredAt: Date;
  readonly payload: Readonly<Record<string, unknown>>;
  readonly booking: WebhookBookingFacts | null;
  readonly guest: WebhookGuestContact | null;
}): WebhookEnvelope {
  const own = Object.fromEntries(Object.entries(input.payload).filter(([k]) => !INTERNAL_FIELDS.has(k)));
  const data: Record<string, unknown> = { ...own };
  if (input.booking) {
    // The status the event moved the booking to, not the status at fan-out (a quick later change
    // must not make an older event read as if it had happened already).
    const status = typeof input.payload.status === 'string' ? input.payload.status : input.booking.status;
    data.booking = { ...input.booking, status };
  }
  if (input.guest) data.guest = input.guest;
  return {
    version: WEBHOOK_ENVELOPE_VERSION,
    type: input.event.type,
    id: input.messageId,
    timestamp: input.occurredAt.toISOString(),
    data,
  };
}

/** The message id of an outbox row's event: stable across retries, redeliveries and endpoints. */
export function outboxMessageId(outboxEventId: bigint | number | string): string {
  return `evt_${String(outboxEventId)}`;
}
