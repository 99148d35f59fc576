import type { Type } from '@nestjs/common';
import type {
  ElicitRequestFormParams,
  ElicitResult,
  ToolAnnotations,
} from '@modelcontextprotocol/sdk/types.js';
import type { ApiPrincipal, ApiScope } from '@tablekeeper/auth';
import type { RateBudget } from '../auth/api-key.rate-limiter';
import type { BookingCaller } from '../bookings/booking-caller';
import type { JsonSchema } from './tool-arguments';
import type { SessionRequestKeys } from './tool-idempotency';

/** Who is calling a tool, in which session, and what the client can do for them. */
export interface ToolCall {
  readonly principal: ApiPrincipal;
  readonly caller: BookingCaller;
  readonly keys: SessionRequestKeys;
  /** Present when the client can show a form to its user (MCP elicitation). */
  readonly elicit?: (params: ElicitRequestFormParams) => Promise<ElicitResult>;
}

/** A tool's answer: the structured result (its outputSchema) and the same in words for the model. */
export interface ToolAnswer {
  readonly structured: object;
  readonly text: string;
}

/**
 * One MCP tool: what an agent sees in tools/list and what runs on tools/call. A tool refuses by
 * throwing the same ProblemException the REST API answers with; the server turns it into a tool
 * result with isError.
 */
export interface McpTool<A extends object = object> {
  readonly name: string;
  readonly title: string;
  readonly description: string;
  /** The scope a key needs to see and call the tool; null: any key of the restaurant. */
  readonly scope: ApiScope | null;
  /** The rate-limit budget and admission gate a call spends from. */
  readonly budget: RateBudget;
  readonly annotations: ToolAnnotations;
  /** The arguments' DTO: its class-validator rules are the input schema. */
  readonly args: Type<A>;
  /** Words for the model per argument, by snake_case name (dotted for nested ones). */
  readonly argumentDescriptions: Readonly<Record<string, string>>;
  readonly outputSchema: JsonSchema;
  run(args: A, call: ToolCall): Promise<ToolAnswer>;
}

/** `admin` may use every tool, as it may call every route. */
export function mayUse(principal: ApiPrincipal, tool: Pick<McpTool, 'scope'>): boolean {
  return tool.scope === null || principal.scopes.includes(tool.scope) || principal.scopes.includes('admin');
}

/** Descriptions shared by the tools that take them. */
export const ARGUMENT_WORDS = {
  restaurant_id: 'The restaurant (its id, from get_restaurant).',
  booking_id: 'The booking id returned when it was booked or held.',
  party_size: 'Number of guests, including children.',
  starts_at:
    'When the party arrives: ISO 8601 with an explicit offset, e.g. 2026-11-23T19:00:00+00:00 (use the restaurant timezone offset for that date, or Z for UTC).',
  request_id:
    'Optional idempotency key (1-255 printable ASCII characters): a call repeated with the same request_id never makes a second booking, even from another session or over the REST API (where it is the Idempotency-Key). Without it the server derives one from this session and the call.',
} as const;
