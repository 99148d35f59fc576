import { BOOKING_STATUSES, CHANNELS, WAITLIST_KINDS, WAITLIST_STATUSES } from '@tablekeeper/domain';
import type { AvailabilityOutput, AvailabilitySlotOutput } from '../availability/availability.dto';
import type {
  PendingChangeOutput,
  BookingDetailsOutput,
  BookingEventOutput,
  BookingOutput,
  BookingSearchOutput,
  GuestOutput,
  PendingBookingOutput,
} from '../bookings/booking.outputs';
import type {
  ArrivalOutput,
  BookingTimesOutput,
  CalendarDayOutput,
  CancellationOutput,
  ContactOutput,
  DurationRuleOutput,
  DurationsOutput,
  ManualReviewOutput,
  PartySizeOutput,
  RestaurantContextOutput,
} from '../restaurants/restaurant-context.outputs';
import type { PacingOutput, PeriodOutput, WeeklyPeriodOutput } from '../setup/setup.outputs';
import type { WaitlistEntryOutput, WaitlistOfferOutput } from '../waitlist/waitlist.outputs';
import type { JsonSchema } from './tool-arguments';

/**
 * The structured output of the tools is the REST API's answers, field for field (a booking is the
 * same object over HTTP and MCP). Their schemas are typed against the output classes: a field added
 * to a class and not here, or named differently, does not compile, and the SDK's client checks
 * every answer against them in the tests.
 */
type Properties<T> = { readonly [K in keyof T]-?: JsonSchema };

function object<T>(properties: Properties<T>, optional: readonly (keyof T)[] = []): JsonSchema {
  return {
    type: 'object',
    properties,
    required: Object.keys(properties).filter((k) => !optional.includes(k as keyof T)),
  };
}

const string: JsonSchema = { type: 'string' };
const integer: JsonSchema = { type: 'integer' };
const boolean: JsonSchema = { type: 'boolean' };
const uuid: JsonSchema = { type: 'string', format: 'uuid' };
const instant: JsonSchema = { type: 'string', format: 'date-time' };
const orNull = (schema: JsonSchema): JsonSchema => ({
  ...schema,
  type: [schema.type, 'null'],
  ...(Array.isArray(schema.enum) ? { enum: [...(schema.enum as unknown[]), null] } : {}),
});
const list = (items: JsonSchema): JsonSchema => ({ type: 'array', items });
const status: JsonSchema = { type: 'string', enum: [...BOOKING_STATUSES] };

const bookingProperties: Properties<BookingOutput> = {
  id: uuid,
  restaurantId: uuid,
  status,
  startsAt: instant,
  endsAt: instant,
  partySize: integer,
  tables: list(string),
  workflowId: string,
  holdExpiresAt: orNull(instant),
  reviewReason: orNull(string),
  closeReason: orNull(string),
  version: integer,
  pendingChange: orNull(
    object<PendingChangeOutput>({
      id: uuid,
      partySize: integer,
      startsAt: instant,
      endsAt: instant,
      tables: list(string),
      reviewReason: string,
    }),
  ),
};
export const BOOKING_SCHEMA = object<BookingOutput>(bookingProperties);

/** find_bookings: the REST lookup's answer. */
export const BOOKING_SEARCH_SCHEMA = object<BookingSearchOutput>({ items: list(BOOKING_SCHEMA) });

export const PENDING_BOOKING_SCHEMA = object<PendingBookingOutput>({
  id: uuid,
  status: { type: 'string', enum: ['pending'] },
  workflowId: string,
  detail: string,
});

export const BOOKING_DETAILS_SCHEMA = object<BookingDetailsOutput>({
  ...bookingProperties,
  channel: string,
  notes: orNull(string),
  guest: object<GuestOutput>({ name: string, phone: orNull(string), email: orNull(string) }),
  createdAt: instant,
  seatingPreference: orNull(string),
  closeReasonCode: orNull(string),
  events: list(
    object<BookingEventOutput>(
      {
        from: orNull(status),
        to: status,
        actor: string,
        reason: orNull(string),
        data: { type: ['object', 'null'] },
        at: instant,
      },
      ['data'],
    ),
  ),
  workflowUrl: string,
});

/** What every write tool answers: the booking as it now is, and how the call was recognised. */
export interface BookingChangeOutput {
  readonly booking: BookingOutput | PendingBookingOutput;
  /** The idempotency key the call ran under: send it again as request_id to repeat the call safely. */
  readonly requestId: string;
  /** True when this answer is the one an earlier identical call already got. */
  readonly replayed: boolean;
}

export const BOOKING_CHANGE_SCHEMA = object<BookingChangeOutput>({
  booking: { anyOf: [BOOKING_SCHEMA, PENDING_BOOKING_SCHEMA] },
  requestId: string,
  replayed: boolean,
});

const slot = object<AvailabilitySlotOutput>({
  time: string,
  startsAt: instant,
  available: boolean,
  remainingCovers: orNull(integer),
  zones: list(string),
  manualReview: boolean,
});

export const AVAILABILITY_SCHEMA = object<AvailabilityOutput>(
  {
    restaurantId: uuid,
    date: string,
    timezone: string,
    partySize: integer,
    slots: list(slot),
    requested: object<NonNullable<AvailabilityOutput['requested']>>({
      time: string,
      startsAt: instant,
      available: boolean,
    }),
    alternatives: list(slot),
  },
  ['requested', 'alternatives'],
);

const period = {
  name: string,
  opens: string,
  closes: string,
  lastSeating: orNull(string),
} satisfies Properties<PeriodOutput>;

/** get_restaurant and restaurant://: GET /v1/restaurants/{id}'s answer. */
export const RESTAURANT_CONTEXT_SCHEMA = object<RestaurantContextOutput>({
  id: uuid,
  slug: string,
  name: string,
  timezone: string,
  contact: object<ContactOutput>({
    phone: orNull(string),
    email: orNull(string),
    address: orNull(string),
    website: orNull(string),
  }),
  bookingChannels: list({ type: 'string', enum: [...CHANNELS] }),
  partySize: object<PartySizeOutput>({ min: integer, max: integer }),
  manualReview: object<ManualReviewOutput>({ partiesLargerThan: integer, decisionWithinSeconds: integer }),
  booking: object<BookingTimesOutput>({
    windowDays: integer,
    bookableUntil: instant,
    minNoticeMinutes: integer,
    startTimeGridMinutes: integer,
    offGridStartsAllowed: boolean,
    mustEndByClose: boolean,
  }),
  holdTtlSeconds: integer,
  durations: object<DurationsOutput>({
    defaultSeconds: integer,
    byPartySize: list(object<DurationRuleOutput>({ maxPartySize: integer, durationSeconds: integer })),
  }),
  cancellation: object<CancellationOutput>({ cutoffMinutes: integer, policy: orNull(string) }),
  arrival: object<ArrivalOutput>({ noShowAfterSeconds: integer, reminderLeadSeconds: list(integer) }),
  pacing: list(
    object<PacingOutput>({
      period: orNull(string),
      intervalMinutes: integer,
      maxCovers: integer,
      maxParties: integer,
    }),
  ),
  seatingPreferences: list(string),
  weeklyHours: list(object<WeeklyPeriodOutput>({ ...period, days: list(integer) })),
  calendar: list(
    object<CalendarDayOutput>({
      date: string,
      weekday: integer,
      closed: boolean,
      exception: orNull(string),
      periods: list(object<PeriodOutput>(period)),
    }),
  ),
});

const waitlistOffer = object<WaitlistOfferOutput>({
  offerId: uuid,
  startsAt: instant,
  expiresAt: instant,
  tables: list(string),
});

export const WAITLIST_ENTRY_SCHEMA = object<WaitlistEntryOutput>({
  id: uuid,
  restaurantId: uuid,
  kind: { type: 'string', enum: [...WAITLIST_KINDS] },
  status: { type: 'string', enum: [...WAITLIST_STATUSES] },
  partySize: integer,
  from: instant,
  to: instant,
  offer: { anyOf: [waitlistOffer, { type: 'null' }] },
  offersMade: integer,
  bookingId: orNull(uuid),
  closeReason: orNull(string),
  workflowId: string,
  createdAt: instant,
});

/** What join_waitlist answers: the entry, and how the call was recognised. */
export interface WaitlistJoinedOutput {
  readonly entry: WaitlistEntryOutput;
  /** The idempotency key the call ran under: send it again as request_id to repeat the call safely. */
  readonly requestId: string;
  /** True when an identical earlier call already made this entry. */
  readonly replayed: boolean;
}

export const WAITLIST_JOINED_SCHEMA = object<WaitlistJoinedOutput>({
  entry: WAITLIST_ENTRY_SCHEMA,
  requestId: string,
  replayed: boolean,
});
