/**
 * The webhook event catalog: every type a restaurant's endpoint can subscribe to, which outbox
 * rows become it, and an example of its `data`. The relay, the API's validation and the OpenAPI
 * document's `webhooks` section all read this one list, so a new event (a waitlist offer, say) is
 * one entry here.
 */

/** The envelope's `version`: bumped only when a field changes meaning or goes away. */
export const WEBHOOK_ENVELOPE_VERSION = 1;

/** What an event's `data` describes: a booking (its current facts are attached) or itself alone. */
export type WebhookSubject = 'booking' | 'none';

export interface WebhookEventDefinition {
  readonly type: string;
  readonly summary: string;
  readonly description: string;
  /** The outbox row type it comes from; null for events the relay makes itself (pings, notices). */
  readonly outboxType: string | null;
  /** When one outbox type feeds two events (confirmed after review = approved), which rows are this one's. */
  readonly matches?: (payload: Readonly<Record<string, unknown>>) => boolean;
  readonly subject: WebhookSubject;
  /** Event-specific fields of `data` beside `booking`, as an example of what it carries. */
  readonly example: Readonly<Record<string, unknown>>;
}

const fromReview = (payload: Readonly<Record<string, unknown>>) => payload.from === 'manual_review';

const booking = (
  type: string,
  summary: string,
  description: string,
  example: Record<string, unknown> = {},
  matches?: WebhookEventDefinition['matches'],
  outboxType = type,
): WebhookEventDefinition => ({
  type,
  summary,
  description,
  outboxType,
  matches,
  subject: 'booking',
  example,
});

/** A waitlist entry's event: `data` is the entry's facts (no guest contact), no booking attached. */
const waitlist = (
  type: string,
  summary: string,
  description: string,
  example: Record<string, unknown> = {},
): WebhookEventDefinition => ({
  type,
  summary,
  description,
  outboxType: type,
  subject: 'none',
  example: {
    restaurantId: '0b9f7d3a-52a1-4a43-8d0e-2f6c1b8e9a10',
    entry: {
      id: '2f8e6c1d-3b4a-5c6d-8e7f-9a0b1c2d3e4f',
      kind: 'wish',
      status:
        type === 'waitlist.offer'
          ? 'offered'
          : type === 'waitlist.notified'
            ? 'waiting'
            : type.slice('waitlist.'.length),
      partySize: 4,
      from: '2026-12-24T19:00:00.000Z',
      to: '2026-12-24T21:00:00.000Z',
    },
    ...example,
  },
});

export const WEBHOOK_EVENTS: readonly WebhookEventDefinition[] = [
  booking('booking.held', 'A table is held', 'A hold was placed; it expires unless confirmed.'),
  booking(
    'booking.confirmed',
    'The booking is confirmed',
    'The engine confirmed the booking at its tables (not after a staff review: that is booking.approved).',
    { from: 'assigned' },
    (p) => !fromReview(p),
  ),
  booking(
    'booking.review_required',
    'Staff must review the booking',
    'The engine would not confirm on its own (party size, notes); staff approve or reject it.',
    { reason: 'party_above_auto_confirm_limit' },
    undefined,
    'booking.manual_review',
  ),
  booking(
    'booking.approved',
    'Staff approved the booking',
    'A booking under review was approved by staff and is now confirmed.',
    { from: 'manual_review', reason: null },
    fromReview,
    'booking.confirmed',
  ),
  booking(
    'booking.rejected',
    'Staff rejected the booking',
    'A booking under review was rejected (or its review timed out).',
    {
      reason: 'fully booked that evening',
    },
  ),
  booking(
    'booking.modified',
    'The booking was changed',
    'Its time, party size or tables changed (PATCH /v1/bookings/{id} or staff); `before` and `after` are the placements.',
    {
      changeId: '6f1f8c6e-58a4-4f0b-9d8e-0f3f5b7a1c2d',
      before: { startsAt: '2026-12-24T19:00:00.000Z', partySize: 2, tables: ['A1'] },
      after: { startsAt: '2026-12-24T20:00:00.000Z', partySize: 4, tables: ['A2'] },
    },
  ),
  booking(
    'booking.cancelled',
    'The booking was cancelled',
    'Cancelled by the guest, an agent or staff, with a reason code.',
    {
      reason: 'guest called',
      reasonCode: 'guest_request',
    },
  ),
  booking(
    'booking.expired',
    'The hold expired',
    'A hold was not confirmed in time; its tables are free again.',
  ),
  booking('booking.checked_in', 'The party arrived', 'Staff seated the party.'),
  booking('booking.no_show', 'The party did not come', 'Marked no-show after the grace period, or by staff.'),
  booking(
    'booking.no_show_undone',
    'A no-show was undone',
    'Staff undid a no-show within the undo window; the booking is confirmed again.',
  ),
  booking('booking.completed', 'The visit ended', 'The party left; the booking is complete.'),
  booking(
    'booking.reminder',
    'A reminder is due',
    'The reminder `leadSeconds` before the start (per restaurant, 24 h and 2 h by default) fell due.',
    { leadSeconds: 7200, dueAt: '2026-12-24T17:00:00.000Z' },
    undefined,
    'booking.reminder_due',
  ),
  waitlist(
    'waitlist.waiting',
    'A waitlist entry joined the list',
    'A wish for a full window (or a walk-in at the door) is waiting for a table.',
  ),
  waitlist(
    'waitlist.offer',
    'A freed table is held for a waitlist entry',
    'Capacity freed and the engine holds it for the first matching entry until `offer.expiresAt`; relay it to the guest, who accepts with POST `acceptUrl` (body `{"offerId"}`).',
    {
      offer: {
        offerId: '5d3c2b1a-0f9e-4d8c-b7a6-958473625140',
        startsAt: '2026-12-24T19:30:00.000Z',
        expiresAt: '2026-12-24T18:15:00.000Z',
        acceptUrl: 'https://book.example.com/v1/waitlist/2f8e6c1d-3b4a-5c6d-8e7f-9a0b1c2d3e4f/accept',
      },
    },
  ),
  waitlist(
    'waitlist.booked',
    'A waitlist entry became a booking',
    'The guest accepted the offer (or staff seated the walk-in); `bookingId` is the booking.',
    { bookingId: '5d3c2b1a-0f9e-4d8c-b7a6-958473625140' },
  ),
  waitlist(
    'waitlist.expired',
    'A waitlist entry expired',
    'Its offer was not accepted in time (the hold passes to the next entry) or its window passed.',
    { reason: 'offer_not_accepted' },
  ),
  waitlist('waitlist.cancelled', 'A waitlist entry was cancelled', 'The guest or their agent left the list.'),
  waitlist('waitlist.removed', 'Staff removed a waitlist entry', 'Staff took the entry off the list.', {
    reason: 'left',
  }),
  waitlist(
    'waitlist.notified',
    'Staff asked for the guest to be told',
    'Staff pressed "notify" on a walk-in (their table is ready) or a wish: text the guest. `data.guest` (name, phone, email) comes to endpoints allowed guest contact; `notification.number` counts the notifications of the entry.',
    {
      notification: { number: 1, at: '2026-12-24T19:42:00.000Z', quotedAt: '2026-12-24T19:45:00.000Z' },
      actor: 'staff:ops@example.com',
    },
  ),
  {
    type: 'webhook_endpoint.disabled',
    summary: 'One of the restaurant’s endpoints was disabled',
    description:
      'Sent to the restaurant’s other endpoints when one answered 410 Gone or kept failing for days and was switched off.',
    outboxType: null,
    subject: 'none',
    example: {
      endpointId: '0b9f7d3a-52a1-4a43-8d0e-2f6c1b8e9a10',
      url: 'https://pos.example.com/hooks',
      reason: 'failing',
    },
  },
  {
    type: 'webhook.test',
    summary: 'A test ping',
    description:
      'Sent by POST /v1/webhook-endpoints/{id}/test to check the endpoint and its signature check.',
    outboxType: null,
    subject: 'none',
    example: { endpointId: '0b9f7d3a-52a1-4a43-8d0e-2f6c1b8e9a10', message: 'Hello from Tablekeeper' },
  },
];

export const WEBHOOK_EVENT_TYPES: readonly string[] = WEBHOOK_EVENTS.map((e) => e.type);

/** Types an endpoint may subscribe to (a test ping always reaches the endpoint it tests). */
export const SUBSCRIBABLE_EVENT_TYPES: readonly string[] = WEBHOOK_EVENT_TYPES.filter(
  (t) => t !== 'webhook.test',
);

export function webhookEvent(type: string): WebhookEventDefinition | undefined {
  return WEBHOOK_EVENTS.find((e) => e.type === type);
}

/**
 * The event an outbox row becomes, or undefined for rows no one outside needs (the engine's
 * internal steps, capacity_verified and assigned).
 */
export function webhookEventOfOutbox(
  outboxType: string,
  payload: Readonly<Record<string, unknown>>,
): WebhookEventDefinition | undefined {
  return WEBHOOK_EVENTS.find((e) => e.outboxType === outboxType && (e.matches?.(payload) ?? true));
}

/** Whether an endpoint subscribed to `types` (empty: all) wants `type`; pings always pass. */
export function endpointWants(types: readonly string[], type: string): boolean {
  return type === 'webhook.test' || types.length === 0 || types.includes(type);
}
