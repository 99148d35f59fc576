import type { BookingStatus, FloorState, WaitlistStatus } from './api';

/** Status words and a symbol, so no status is told by colour alone. */
export const STATUS_LABEL: Record<BookingStatus, { label: string; symbol: string; color: string }> = {
  held: { label: 'Held', symbol: '◔', color: 'yellow.9' },
  capacity_verified: { label: 'Verified', symbol: '◑', color: 'yellow.9' },
  assigned: { label: 'Assigned', symbol: '◕', color: 'indigo.9' },
  confirmed: { label: 'Confirmed', symbol: '✓', color: 'green.9' },
  manual_review: { label: 'Needs review', symbol: '!', color: 'orange.9' },
  rejected: { label: 'Rejected', symbol: '✕', color: 'red.9' },
  expired: { label: 'Expired', symbol: '⌛', color: 'gray.8' },
  cancelled: { label: 'Cancelled', symbol: '⊘', color: 'gray.8' },
  checked_in: { label: 'Seated', symbol: '●', color: 'blue.9' },
  completed: { label: 'Completed', symbol: '✔', color: 'teal.9' },
  no_show: { label: 'No-show', symbol: '∅', color: 'red.9' },
};

/** Waitlist statuses the same way: a word and a symbol with the colour. */
export const WAITLIST_STATUS_LABEL: Record<WaitlistStatus, { label: string; symbol: string; color: string }> =
  {
    waiting: { label: 'Waiting', symbol: '◔', color: 'yellow.9' },
    offered: { label: 'Offered', symbol: '★', color: 'indigo.9' },
    booked: { label: 'Booked', symbol: '✓', color: 'green.9' },
    expired: { label: 'Expired', symbol: '⌛', color: 'gray.8' },
    cancelled: { label: 'Cancelled', symbol: '⊘', color: 'gray.8' },
    removed: { label: 'Removed', symbol: '✕', color: 'gray.8' },
  };

/** A duration as m:ss (or h:mm:ss), for countdowns. */
export function clock(ms: number): string {
  const total = Math.floor(Math.abs(ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

export const FLOOR_LABEL: Record<FloorState, { label: string; symbol: string; bg: string; border: string }> =
  {
    free: {
      label: 'Free',
      symbol: '○',
      bg: 'var(--mantine-color-green-0)',
      border: 'var(--mantine-color-green-9)',
    },
    held: {
      label: 'Held',
      symbol: '◔',
      bg: 'var(--mantine-color-yellow-1)',
      border: 'var(--mantine-color-yellow-9)',
    },
    reserved: {
      label: 'Reserved',
      symbol: '◆',
      bg: 'var(--mantine-color-indigo-1)',
      border: 'var(--mantine-color-indigo-9)',
    },
    seated: {
      label: 'Seated',
      symbol: '●',
      bg: 'var(--mantine-color-blue-2)',
      border: 'var(--mantine-color-blue-9)',
    },
    blocked: {
      label: 'Blocked',
      symbol: '✕',
      bg: 'var(--mantine-color-gray-3)',
      border: 'var(--mantine-color-gray-9)',
    },
  };

const REASONS: Record<string, string> = {
  party_size_over_auto_confirm_limit: 'Large party: over the auto-confirm limit',
  no_table_set_fits_party: 'No table set fits the party',
  no_table_free: 'No table free at that time',
  manual_review: 'Sent to review',
};

export function reasonText(reason: string | null): string {
  if (!reason) return '—';
  return REASONS[reason] ?? reason.replace(/_/g, ' ');
}

export function time(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit' }).format(
    new Date(iso),
  );
}

export function dateTime(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}

/** Today's date at the restaurant, YYYY-MM-DD. */
export function localDate(timeZone: string, at = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);
}
