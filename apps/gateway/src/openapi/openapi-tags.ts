/**
 * Every tag an operation may carry, declared once with what it groups. A route with a tag that is
 * not here fails the OpenAPI conformance test (test/unit/openapi-conformance.spec.ts): add it here.
 */
export const OPENAPI_TAGS: readonly { readonly name: string; readonly description: string }[] = [
  {
    name: 'restaurants',
    description:
      'What an agent needs before it books: the restaurants a key may book, their hours and exceptions, party limits, booking window, notice, hold TTL and cancellation policy.',
  },
  {
    name: 'availability',
    description:
      'Bookable start times of one day for one party size, with the nearest alternatives to a wanted time.',
  },
  {
    name: 'holds',
    description:
      'Two-step booking: hold a table for a few minutes while the guest decides, then confirm the hold. Use POST /v1/bookings instead when the guest has already decided.',
  },
  {
    name: 'bookings',
    description:
      'One-step booking and everything after it: read, change, cancel, check in, no-show and its undo, and the decisions on bookings in manual review.',
  },
  {
    name: 'restaurant setup',
    description:
      'Opening hours, exceptions, zones, tables, table blocks and booking policy, for API keys with the setup:write scope. Every change is one transaction with its change-log row.',
  },
  {
    name: 'waitlist',
    description:
      'The wish list for full windows: join, read, leave, and accept an offer (a real hold the engine took when capacity freed; event waitlist.offer).',
  },
  {
    name: 'api-keys',
    description: 'Create, list and revoke the API keys of a tenant (api-keys:admin scope).',
  },
  {
    name: 'webhooks',
    description:
      'Where a restaurant receives its lifecycle events (webhooks:read / webhooks:write scopes): endpoints, their signing secrets and rotation, a test ping, recent deliveries and redelivery. Deliveries follow Standard Webhooks; the event catalog is this document’s webhooks section.',
  },
  {
    name: 'manage',
    description:
      'A guest’s own booking through its manage link (the token in the path is the only credential): see it, change its time or party, cancel it, confirm a widget hold; and, for secret keys, issuing and revoking those links.',
  },
  {
    name: 'admin',
    description:
      'The admin UI’s own API, signed in with a staff session cookie: the day’s bookings, the floor, the review queues, staff decisions and setup.',
  },
  {
    name: 'mcp',
    description: 'The Model Context Protocol endpoint (Streamable HTTP) and its OAuth resource metadata.',
  },
  {
    name: 'codec',
    description:
      'The Temporal UI’s remote payload codec: decrypts workflow payloads for engineers who may read them.',
  },
  { name: 'health', description: 'Liveness and readiness probes for load balancers and orchestrators.' },
];
