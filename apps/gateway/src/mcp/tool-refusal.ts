import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import type { AvailabilitySlot } from '@tablekeeper/domain';
import { PROBLEMS, ProblemException, type FieldError } from '../common/problem';
import { dependencyOutage, OUTAGE_RETRY_AFTER_SECONDS } from '../common/problem-details.filter';
import { snakeCase } from './tool-arguments';

/** A refusal as the agent gets it: the stable problem code, the arguments at fault, the alternatives. */
export interface ToolRefusal {
  readonly code: string;
  readonly status: number;
  readonly detail: string;
  readonly errors?: readonly FieldError[];
  readonly alternatives?: readonly AvailabilitySlot[];
  readonly retryAfterSeconds?: number;
  /** For no_capacity: join_waitlist's arguments for a start around the refused time. */
  readonly waitlist?: WaitlistArguments;
}

/** join_waitlist's arguments, as a no_capacity refusal suggests them. */
export interface WaitlistArguments {
  readonly restaurant_id: string;
  readonly party_size: number;
  readonly from: string;
  readonly to: string;
  readonly guest: { readonly name: string };
}

function waitlistArguments(body: Record<string, unknown>): WaitlistArguments | undefined {
  const w = body.waitlist as
    | { restaurantId: string; partySize: number; from: string; to: string; guest: { name: string } }
    | undefined;
  if (!w || typeof w !== 'object') return undefined;
  return { restaurant_id: w.restaurantId, party_size: w.partySize, from: w.from, to: w.to, guest: w.guest };
}

/** REST names fields as the body and headers do; a tool's caller knows them as its arguments. */
export function argumentName(field: string): string {
  if (field === 'Idempotency-Key') return 'request_id';
  return field.split('.').map(snakeCase).join('.');
}

/** An error a tool met, as a refusal; null for a failure of ours (the caller gets an error id). */
export function refusalOf(error: unknown): ToolRefusal | null {
  const outage = dependencyOutage(error);
  if (outage) {
    return {
      code: outage,
      status: 503,
      detail: PROBLEMS[outage].title,
      retryAfterSeconds: OUTAGE_RETRY_AFTER_SECONDS,
    };
  }
  if (!(error instanceof ProblemException)) return null;
  const body = error.toBody();
  const retryAfter = (error as { retryAfterSeconds?: number }).retryAfterSeconds;
  const waitlist = waitlistArguments(body as unknown as Record<string, unknown>);
  return {
    code: body.code,
    status: body.status,
    detail: body.detail,
    ...(body.errors?.length
      ? { errors: body.errors.map((e) => ({ ...e, field: argumentName(e.field) })) }
      : {}),
    ...(Array.isArray(body.alternatives) ? { alternatives: body.alternatives as AvailabilitySlot[] } : {}),
    ...(retryAfter ? { retryAfterSeconds: retryAfter } : {}),
    ...(waitlist ? { waitlist } : {}),
  };
}

function times(slots: readonly AvailabilitySlot[]): string {
  return slots.map((s) => `${s.time} (starts_at ${s.startsAt})`).join(', ');
}

/** What the model should tell the guest or do next, in words. */
export function describeRefusal(refusal: ToolRefusal): string {
  const fields = (refusal.errors ?? []).map((e) => `${e.field}: ${e.message}`).join('; ');
  switch (refusal.code) {
    case 'no_capacity':
    case 'restaurant_closed': {
      const why =
        refusal.code === 'no_capacity'
          ? 'There is no table for this party at that time.'
          : 'The restaurant does not take bookings at that time.';
      const alternatives = refusal.alternatives ?? [];
      const wait = refusal.waitlist
        ? ` If the guest would rather wait for this time, call join_waitlist with ${JSON.stringify({ ...refusal.waitlist, guest: { ...refusal.waitlist.guest, phone: '<their phone>' } })}.`
        : '';
      return alternatives.length
        ? `${why} Nearest free times that day, nearest first: ${times(alternatives)}. Offer these to the guest; ` +
            `if they choose one, call the tool again with that starts_at.${wait}`
        : `${why} No other time is free that day; ask the guest for another day and check it with check_availability.${wait}`;
    }
    case 'validation_failed':
      return `Some arguments are invalid (${fields}). Correct them and call the tool again.`;
    case 'party_size_out_of_range':
    case 'starts_at_in_past':
    case 'unknown_seating_preference':
      return `${refusal.detail}. Ask the guest for a different ${refusal.errors?.[0]?.field ?? 'value'}.`;
    case 'restaurant_not_found':
      return 'No such restaurant for this API key. Use get_restaurant to see the restaurants it acts for.';
    case 'booking_not_found':
      return 'No such booking for this API key. Check the booking id with the guest.';
    case 'version_mismatch':
      return `${refusal.detail}. Someone changed the booking since you read it: call get_booking, check the change still makes sense, and call again with its version.`;
    case 'invalid_transition':
      return `${refusal.detail}. Nothing was changed.`;
    case 'idempotency_key_reused':
      return 'This request_id was already used for a different request. Use a new request_id for a new request.';
    case 'idempotency_request_in_progress':
    case 'rate_limited':
    case 'overloaded':
    case 'database_unavailable':
    case 'workflow_engine_unavailable':
    case 'cache_unavailable':
      return `${refusal.detail}. Nothing was changed; call the tool again in ${refusal.retryAfterSeconds ?? 1} s with the same arguments.`;
    default:
      return refusal.detail;
  }
}

/** A refusal as a tool result (isError): words for the model first, then the machine-readable problem. */
export function refusalResult(refusal: ToolRefusal): CallToolResult {
  return {
    isError: true,
    content: [
      { type: 'text', text: `Refused (${refusal.code}): ${describeRefusal(refusal)}` },
      { type: 'text', text: JSON.stringify(refusal) },
    ],
  };
}
