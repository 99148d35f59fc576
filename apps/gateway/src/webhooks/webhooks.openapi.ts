import { WEBHOOK_ENVELOPE_VERSION, WEBHOOK_EVENTS } from '@tablekeeper/domain';

type Json = Record<string, unknown>;

const BOOKING_EXAMPLE = {
  id: '3c1e5f7a-9b2d-4e6f-8a1c-2d3e4f5a6b7c',
  restaurantId: '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a',
  status: 'confirmed',
  startsAt: '2026-12-24T19:00:00.000Z',
  endsAt: '2026-12-24T20:30:00.000Z',
  partySize: 2,
  tables: ['A1'],
  channel: 'voice',
  guestTags: ['vip'],
  link: 'https://api.tablekeeper.example/v1/bookings/3c1e5f7a-9b2d-4e6f-8a1c-2d3e4f5a6b7c',
};

const HEADERS: Json = {
  'webhook-id': {
    required: true,
    schema: { type: 'string' },
    description: 'The message id, the same on every attempt',
  },
  'webhook-timestamp': {
    required: true,
    schema: { type: 'string' },
    description: 'Unix seconds of this attempt',
  },
  'webhook-signature': {
    required: true,
    schema: { type: 'string' },
    description:
      'Space-separated `v1,<base64 HMAC-SHA256 of "{id}.{timestamp}.{body}">`, two during a rotation',
  },
};

/**
 * The event catalog as OpenAPI 3.1 `webhooks`: one POST per event type with its envelope and an
 * example, generated from libs/domain/src/webhook-events.ts so the document cannot drift from it.
 */
export function webhooksSection(): Json {
  return Object.fromEntries(
    WEBHOOK_EVENTS.map((event) => {
      const data =
        event.subject === 'booking'
          ? { ...event.example, booking: { ...BOOKING_EXAMPLE, status: event.type.slice('booking.'.length) } }
          : event.example;
      return [
        event.type,
        {
          post: {
            operationId: webhookOperationId(event.type),
            summary: event.summary,
            description: `${event.description} Signed per Standard Webhooks; answer 2xx within 15 s (410 disables the endpoint, 429/503 with Retry-After postpone).`,
            tags: ['webhooks'],
            // We call the receiver: the signature headers are the authentication, not a scheme of ours.
            security: [],
            parameters: Object.entries(HEADERS).map(([name, h]) => ({ name, in: 'header', ...(h as Json) })),
            requestBody: {
              required: true,
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    required: ['version', 'type', 'id', 'timestamp', 'data'],
                    properties: {
                      version: { type: 'integer', const: WEBHOOK_ENVELOPE_VERSION },
                      type: { type: 'string', const: event.type },
                      id: { type: 'string', description: 'Equals the webhook-id header' },
                      timestamp: { type: 'string', format: 'date-time', description: 'When it happened' },
                      data: { type: 'object', additionalProperties: true },
                    },
                  },
                  example: {
                    version: WEBHOOK_ENVELOPE_VERSION,
                    type: event.type,
                    id: 'evt_1042',
                    timestamp: '2026-12-02T18:00:00.000Z',
                    data,
                  },
                },
              },
            },
            responses: { '200': { description: 'Received (any 2xx)' } },
          },
        },
      ];
    }),
  );
}

/** `booking.no_show` → `bookingNoShowEvent`: camelCase like every operation id of the document. */
export function webhookOperationId(type: string): string {
  return `${type.replace(/[._]([a-z])/g, (_m, c: string) => c.toUpperCase())}Event`;
}
