import type { Policy } from '../../api';

type NumericKey = {
  [K in keyof Policy]: Policy[K] extends number ? K : never;
}[keyof Policy];

/** A number of the policy as the form shows it: in `unit`, `scale` API units each. */
export interface PolicyNumber {
  readonly key: NumericKey;
  readonly label: string;
  readonly unit: string;
  readonly scale: number;
  /** The API's limits, in API units. */
  readonly min: number;
  readonly max: number;
  readonly help: string;
}

export const PARTY_FIELDS: readonly PolicyNumber[] = [
  {
    key: 'minPartySize',
    label: 'Smallest party',
    unit: 'guests',
    scale: 1,
    min: 1,
    max: 100,
    help: 'Smaller parties are refused.',
  },
  {
    key: 'maxPartySize',
    label: 'Largest party',
    unit: 'guests',
    scale: 1,
    min: 1,
    max: 100,
    help: 'Larger parties are refused (agents tell guests to call).',
  },
  {
    key: 'autoConfirmMaxPartySize',
    label: 'Confirm at once up to',
    unit: 'guests',
    scale: 1,
    min: 0,
    max: 100,
    help: 'Larger parties wait for staff in the review queue.',
  },
  {
    key: 'manualReviewTimeoutSeconds',
    label: 'Review decision within',
    unit: 'minutes',
    scale: 60,
    min: 60,
    max: 604800,
    help: 'An undecided review is rejected after this long (or at the start, if sooner).',
  },
];

export const TIME_FIELDS: readonly PolicyNumber[] = [
  {
    key: 'bookingWindowDays',
    label: 'Booking window',
    unit: 'days',
    scale: 1,
    min: 1,
    max: 730,
    help: 'How far ahead bookings open.',
  },
  {
    key: 'minNoticeMinutes',
    label: 'Minimum notice',
    unit: 'minutes',
    scale: 1,
    min: 0,
    max: 10080,
    help: 'A booking must start at least this long from now.',
  },
  {
    key: 'cancellationCutoffMinutes',
    label: 'Cancellation cutoff',
    unit: 'minutes',
    scale: 1,
    min: 0,
    max: 10080,
    help: 'Guests may cancel until this long before the start (0: until the start); staff always may.',
  },
];

export const TIMER_FIELDS: readonly PolicyNumber[] = [
  {
    key: 'defaultDurationSeconds',
    label: 'Default duration',
    unit: 'minutes',
    scale: 60,
    min: 900,
    max: 43200,
    help: 'How long a booking lasts when no party-size rule below applies.',
  },
  {
    key: 'holdTtlSeconds',
    label: 'Hold time',
    unit: 'seconds',
    scale: 1,
    min: 30,
    max: 3600,
    help: 'How long a hold keeps a table while the guest confirms.',
  },
  {
    key: 'noShowGraceSeconds',
    label: 'No-show grace',
    unit: 'minutes',
    scale: 60,
    min: 0,
    max: 14400,
    help: 'A booking not checked in this long after its start is marked no-show.',
  },
  {
    key: 'waitlistOfferWindowSeconds',
    label: 'Waitlist offer window',
    unit: 'minutes',
    scale: 60,
    min: 60,
    max: 86400,
    help: 'How long a freed table is held for the first guest waiting before it passes to the next.',
  },
];

export const SLOT_INTERVALS = [5, 10, 15, 20, 30, 60];
