/**
 * One booking told through the agent flow, as the document's examples: a party of 4 held at the
 * terrace on 23 November at 19:30, confirmed, read back, cancelled. Written by hand so an
 * integrator sees answers that agree with each other; test/unit/openapi-examples.spec.ts validates
 * each against its schema.
 */
const RESTAURANT_ID = '2f7b1c9e-5a43-4d8e-9b61-3c0a7e2d4f15';
const BOOKING_ID = '9c4e2a71-0b3d-4f6a-8e15-7d2c9b0a3e48';
const WORKFLOW_ID = `booking:${BOOKING_ID}`;

const booking = {
  id: BOOKING_ID,
  restaurantId: RESTAURANT_ID,
  startsAt: '2026-11-23T19:30:00Z',
  endsAt: '2026-11-23T21:00:00Z',
  partySize: 4,
  tables: ['T4'],
  workflowId: WORKFLOW_ID,
  reviewReason: null,
  closeReason: null,
  pendingChange: null,
};

export const CREATE_BOOKING_REQUEST_EXAMPLE = {
  restaurantId: RESTAURANT_ID,
  partySize: 4,
  startsAt: '2026-11-23T19:30:00+00:00',
  guest: {
    name: 'Ada Lovelace',
    phone: '+447700900123',
    email: 'ada@example.com',
    language: 'en',
    allergens: ['peanuts'],
  },
  seatingPreference: 'Terrace',
  notes: 'Birthday: a quiet table if possible',
};

export const HELD_EXAMPLE = {
  ...booking,
  status: 'held',
  holdExpiresAt: '2026-11-22T18:10:00Z',
  version: 1,
  guestRecognised: false,
};

export const CONFIRMED_PLACED_EXAMPLE = {
  ...booking,
  status: 'confirmed',
  holdExpiresAt: null,
  version: 3,
  guestRecognised: false,
};

export const CONFIRMED_EXAMPLE = { ...booking, status: 'confirmed', holdExpiresAt: null, version: 3 };

export const PENDING_EXAMPLE = {
  id: BOOKING_ID,
  status: 'pending',
  workflowId: WORKFLOW_ID,
  detail: 'The booking is still being processed; poll GET /v1/bookings/{id}',
};

export const BOOKING_DETAILS_EXAMPLE = {
  ...CONFIRMED_EXAMPLE,
  channel: 'api',
  notes: 'Birthday: a quiet table if possible',
  seatingPreference: 'Terrace',
  closeReasonCode: null,
  guest: { name: 'Ada Lovelace', phone: '+447700900123', email: 'ada@example.com' },
  createdAt: '2026-11-22T18:00:00Z',
  workflowUrl: `http://localhost:8233/namespaces/default/workflows/${WORKFLOW_ID}`,
  events: [
    { from: null, to: 'held', actor: 'api:4f1c9e2a', reason: null, at: '2026-11-22T18:00:00Z' },
    {
      from: 'held',
      to: 'capacity_verified',
      actor: 'system:booking-workflow',
      reason: null,
      at: '2026-11-22T18:04:12Z',
    },
    {
      from: 'capacity_verified',
      to: 'assigned',
      actor: 'system:booking-workflow',
      reason: null,
      at: '2026-11-22T18:04:12Z',
    },
    {
      from: 'assigned',
      to: 'confirmed',
      actor: 'system:booking-workflow',
      reason: null,
      at: '2026-11-22T18:04:13Z',
    },
  ],
};

export const CANCEL_REQUEST_EXAMPLE = { reasonCode: 'guest_request', reason: 'Plans changed' };

export const CANCELLED_EXAMPLE = {
  ...CONFIRMED_EXAMPLE,
  status: 'cancelled',
  closeReason: 'Plans changed',
  version: 4,
};

export const AVAILABILITY_EXAMPLE = {
  restaurantId: RESTAURANT_ID,
  date: '2026-11-23',
  timezone: 'Europe/London',
  partySize: 4,
  slots: [
    {
      time: '19:00',
      startsAt: '2026-11-23T19:00:00Z',
      available: false,
      remainingCovers: 0,
      zones: [],
      manualReview: false,
    },
    {
      time: '19:30',
      startsAt: '2026-11-23T19:30:00Z',
      available: true,
      remainingCovers: 12,
      zones: ['Main room', 'Terrace'],
      manualReview: false,
    },
  ],
  requested: { time: '19:00', startsAt: '2026-11-23T19:00:00Z', available: false },
  alternatives: [
    {
      time: '19:30',
      startsAt: '2026-11-23T19:30:00Z',
      available: true,
      remainingCovers: 12,
      zones: ['Main room', 'Terrace'],
      manualReview: false,
    },
  ],
};
