import type { BookingStatus } from './booking-status';

/**
 * Shapes shared by the gateway, the workflow and its activities. Plain data only: these cross
 * Temporal's payload converter, so dates travel as ISO 8601 strings.
 */
// `phone` and `walk_in` are staff's own bookings, taken in the admin UI.
export const CHANNELS = [
  'api',
  'voice',
  'whatsapp',
  'web_widget',
  'chat',
  'partner',
  'admin',
  'phone',
  'walk_in',
] as const;
export type Channel = (typeof CHANNELS)[number];

export interface GuestDetails {
  readonly name: string;
  readonly phone?: string;
  readonly email?: string;
}

/** What a booking says about its guest beyond contact: added to the guest's profile. */
export interface GuestProfileHints {
  /** BCP 47, e.g. en, de-AT. */
  readonly language?: string;
  readonly marketingConsent?: boolean;
  /** Codes of EU_ALLERGENS. */
  readonly allergens?: readonly string[];
  readonly dietaryNotes?: string;
}

/**
 * The guest's data of a workflow input or update, sealed with its booking's own key
 * (booking_data_keys, AES-256-GCM): `data` is base64 of iv | ciphertext | tag, with the booking id
 * as additional data. Erasing the guest deletes the key, so the histories keep only this.
 */
export interface SealedGuestData {
  readonly v: 1;
  readonly data: string;
}

/** What a booking request seals: the guest's contact, the free text and the profile hints. */
export interface BookingGuestSecrets {
  readonly guest: GuestDetails;
  readonly notes?: string;
  readonly guestProfile?: GuestProfileHints;
}

/** What a command's free-text reason seals (cancel, reject, approve, no-show...). */
export interface ReasonSecrets {
  readonly reason: string;
}

/** A booking request as the workflow carries it: references and numbers, the guest data sealed. */
export type SealedBookingRequest = Omit<BookingRequest, 'guest' | 'notes' | 'guestProfile'> & {
  readonly sealedGuest: SealedGuestData;
};

/** `book` runs straight through to confirmed / manual review; `hold` stops at held until confirmed. */
export type BookingMode = 'book' | 'hold';

export interface BookingRequest {
  readonly bookingId: string;
  readonly workflowId: string;
  readonly restaurantId: string;
  readonly partySize: number;
  readonly startsAt: string;
  readonly guest: GuestDetails;
  readonly notes?: string;
  /** What the booking tells of its guest's profile (guest-identity.ts, linkGuest). */
  readonly guestProfile?: GuestProfileHints;
  /** A zone name the guest prefers; the assignment engine favours it. */
  readonly seatingPreference?: string;
  readonly channel: Channel;
  readonly apiKeyId: string | null;
  readonly idempotencyKey: string;
  readonly requestFingerprint: string;
  readonly mode: BookingMode;
  /** Recorded on the booking's first event, e.g. `api:tk_3f9a…`. */
  readonly actor: string;
  /**
   * A hold's TTL is at most this (a widget's publishable key keeps anonymous holds short); the
   * restaurant's own TTL when absent or longer.
   */
  readonly maxHoldSeconds?: number;
  /**
   * The hold's TTL exactly, whatever the restaurant's hold TTL: a waitlist offer's hold lasts the
   * restaurant's offer window. Absent in every other request.
   */
  readonly holdSeconds?: number;
  /**
   * Staff's own booking (admin UI): staff are the reviewers, so a large party is confirmed, not sent
   * to review. Absent in every other request.
   */
  readonly byStaff?: boolean;
  /** The tables staff chose; the hold takes exactly these or refuses with `tables_unavailable`. */
  readonly tableIds?: readonly string[];
  /**
   * A walk-in (admin UI): the party is at the table already, so the booking is seated as it is
   * placed, in the same transaction (WALK_IN_SEATED_PATCH in the workflow). Absent otherwise.
   */
  readonly walkIn?: boolean;
}

/** The restaurant's policy as it stood when the booking was held; the workflow's timers use it. */
export interface BookingPolicy {
  readonly holdTtlSeconds: number;
  readonly reminderLeadSeconds: readonly number[];
  readonly noShowGraceSeconds: number;
  readonly manualReviewTimeoutSeconds: number;
  readonly autoConfirmMaxPartySize: number;
  /** How long after a no-show staff may undo it; absent in policies recorded before it existed. */
  readonly undoNoShowWindowSeconds?: number;
}

export interface BookingSnapshot {
  readonly id: string;
  readonly workflowId: string;
  readonly restaurantId: string;
  readonly status: BookingStatus;
  readonly partySize: number;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly holdExpiresAt: string | null;
  readonly tables: readonly string[];
  readonly reviewReason: string | null;
  readonly closeReason: string | null;
  /**
   * `closeReason` sealed with the booking's key (ReasonSecrets) while the snapshot travels through
   * Temporal (activity results, update answers, the workflow's result): `closeReason` is null
   * beside it. The gateway opens it before anyone reads the snapshot.
   */
  readonly sealedCloseReason?: SealedGuestData;
  readonly version: number;
  /** A change of this booking that waits for staff; absent where the reader does not look. */
  readonly pendingChange?: PendingChange | null;
}

/** A change under staff review: what the booking would become; its new tables are held. */
export interface PendingChange {
  readonly id: string;
  readonly partySize: number;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly tables: readonly string[];
  readonly reviewReason: string;
}

export type HoldRefusalCode =
  | 'no_capacity'
  | 'restaurant_closed'
  | 'closed_on_date'
  | 'party_size_out_of_range'
  | 'restaurant_not_found'
  | 'beyond_booking_window'
  | 'off_grid_start_time'
  | 'starts_at_in_past'
  | 'insufficient_notice'
  | 'tables_unavailable';

export type HoldOutcome =
  | {
      readonly ok: true;
      readonly booking: BookingSnapshot;
      readonly policy: BookingPolicy;
      /**
       * Whether the booking's guest was known before it, as the hold that linked them found; absent
       * when the hold was a retry that answered an earlier one (the gateway then reads it).
       */
      readonly guestRecognised?: boolean;
    }
  | { readonly ok: false; readonly code: HoldRefusalCode; readonly detail: string };

/** Who changed a booking: `api:<key prefix>`, `staff:<email>`, `system:<timer>` ... */
export interface ActorRef {
  readonly actor: string;
  readonly reason?: string;
  /**
   * `reason` sealed with the booking's key (ReasonSecrets) instead of it: what the gateway sends
   * the workflow (free text may name the guest), opened by the activity that writes it.
   */
  readonly sealedReason?: SealedGuestData;
}
