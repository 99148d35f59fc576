import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import type { RequestHandlerExtra } from '@modelcontextprotocol/sdk/shared/protocol.js';
import {
  CallToolRequestSchema,
  ErrorCode,
  GetPromptRequestSchema,
  ListPromptsRequestSchema,
  ListResourcesRequestSchema,
  ListResourceTemplatesRequestSchema,
  ListToolsRequestSchema,
  McpError,
  ReadResourceRequestSchema,
  type CallToolResult,
  type ElicitRequestFormParams,
  type ElicitResult,
  type ServerNotification,
  type ServerRequest,
  type Tool,
} from '@modelcontextprotocol/sdk/types.js';
import type { ApiPrincipal } from '@tablekeeper/auth';
import { RestaurantRepository } from '@tablekeeper/db';
import { AdmissionControl } from '../admission/admission-control';
import type { Release } from '../admission/admission-gate';
import { ApiKeyRateLimiter, type RateBudget } from '../auth/api-key.rate-limiter';
import { apiKeyCallerOf } from '../bookings/booking-caller';
import { BookingLookup } from '../bookings/booking-lookup.service';
import { ProblemException } from '../common/problem';
import { TAKE_BOOKING_BY_PHONE, takeBookingByPhone } from './mcp-prompts';
import { mayUse, type McpTool, type ToolCall } from './mcp-tool';
import { parseToolArguments, toolInputSchema, type JsonSchema } from './tool-arguments';
import { SessionRequestKeys } from './tool-idempotency';
import { refusalOf, refusalResult } from './tool-refusal';
import { AgentRestaurantContext } from './tools/get-restaurant.tool';

export const MCP_TOOLS = Symbol('MCP_TOOLS');

type Extra = RequestHandlerExtra<ServerRequest, ServerNotification>;

/** How a session learns who is calling: per HTTP request (its Bearer key) or per call (stdio's key). */
export type PrincipalSource = (extra: Extra) => Promise<ApiPrincipal>;

export const SERVER_INFO = { name: 'tablekeeper', title: 'Tablekeeper', version: '0.1.0' } as const;

const INSTRUCTIONS =
  'Tablekeeper takes table bookings for the restaurants this API key acts for. Start with get_restaurant ' +
  '(hours, party sizes, policies), check times with check_availability, then book_table (or hold_table and ' +
  'confirm_hold while the guest decides). Refusals say why and what to offer the guest. Repeating a call ' +
  'is safe: the same call in the same session, or the same request_id, never books twice.';

const RESOURCE_NOT_FOUND = -32002;
const ELICITATION_TIMEOUT_MS = 120_000;

interface ToolEntry {
  readonly tool: McpTool;
  readonly inputSchema: JsonSchema;
}

/**
 * The MCP server of one session: tools, resources and the phone prompt over the gateway's own
 * services, for whichever transport carries it (Streamable HTTP in the gateway, stdio in
 * `npm run mcp`). Every call is the caller's: their restaurants, their scopes (a tool the key may
 * not use is not listed, and calling it is an unknown tool), their rate-limit budget, and the
 * gateway's admission gates, as a REST request would be.
 */
@Injectable()
export class TablekeeperMcp {
  private readonly logger = new Logger('Mcp');
  private readonly entries: readonly ToolEntry[];

  constructor(
    @Inject(MCP_TOOLS) tools: readonly McpTool[],
    private readonly admission: AdmissionControl,
    private readonly rateLimiter: ApiKeyRateLimiter,
    private readonly restaurants: RestaurantRepository,
    private readonly contexts: AgentRestaurantContext,
    private readonly lookup: BookingLookup,
  ) {
    this.entries = tools.map((tool) => ({
      tool,
      inputSchema: toolInputSchema(tool.args, tool.argumentDescriptions),
    }));
  }

  /** The tools a key sees, as tools/list lists them. */
  toolsFor(principal: ApiPrincipal): Tool[] {
    return this.entries
      .filter(({ tool }) => mayUse(principal, tool))
      .map(({ tool, inputSchema }) => ({
        name: tool.name,
        title: tool.title,
        description: tool.description,
        inputSchema: inputSchema as Tool['inputSchema'],
        outputSchema: tool.outputSchema as Tool['outputSchema'],
        annotations: { title: tool.title, ...tool.annotations },
      }));
  }

  createServer(sessionId: string, principalOf: PrincipalSource): Server {
    const server = new Server(SERVER_INFO, {
      capabilities: { tools: {}, resources: {}, prompts: {} },
      instructions: INSTRUCTIONS,
    });
    const keys = new SessionRequestKeys(sessionId);

    server.setRequestHandler(ListToolsRequestSchema, async (_request, extra) => ({
      tools: this.toolsFor(await principalOf(extra)),
    }));

    server.setRequestHandler(CallToolRequestSchema, async (request, extra) => {
      const principal = await principalOf(extra);
      const entry = this.entries.find((e) => e.tool.name === request.params.name);
      // Not listed for this key, so not there: the same answer as for a tool that does not exist.
      if (!entry || !mayUse(principal, entry.tool)) {
        throw new McpError(ErrorCode.InvalidParams, `Unknown tool: ${request.params.name}`);
      }
      return this.call(server, entry, principal, keys, request.params.arguments, extra);
    });

    server.setRequestHandler(ListResourcesRequestSchema, async (_request, extra) => {
      const principal = await principalOf(extra);
      const mine = await this.restaurants.listForTenant(principal.restaurantIds);
      return {
        resources: mine.map((r) => ({
          uri: `restaurant://${r.id}`,
          name: r.slug,
          title: r.name,
          description: `Hours, policies and limits of ${r.name}`,
          mimeType: 'application/json',
        })),
      };
    });

    server.setRequestHandler(ListResourceTemplatesRequestSchema, async (_request, extra) => {
      const principal = await principalOf(extra);
      return {
        resourceTemplates: [
          {
            uriTemplate: 'restaurant://{restaurant_id}',
            name: 'restaurant',
            title: 'Restaurant context',
            description: 'Hours, policies, limits and seating areas of a restaurant',
            mimeType: 'application/json',
          },
          ...(mayUse(principal, { scope: 'bookings:read' })
            ? [
                {
                  uriTemplate: 'booking://{booking_id}',
                  name: 'booking',
                  title: 'Booking',
                  description: 'A booking with its guest, tables and status history',
                  mimeType: 'application/json',
                },
              ]
            : []),
        ],
      };
    });

    server.setRequestHandler(ReadResourceRequestSchema, async (request, extra) => {
      const principal = await principalOf(extra);
      const { uri } = request.params;
      const contents = await this.guarded(principal, 'reads', () => this.readResource(principal, uri));
      return { contents: [{ uri, mimeType: 'application/json', text: JSON.stringify(contents) }] };
    });

    server.setRequestHandler(ListPromptsRequestSchema, () => ({ prompts: [TAKE_BOOKING_BY_PHONE] }));

    server.setRequestHandler(GetPromptRequestSchema, async (request, extra) => {
      if (request.params.name !== TAKE_BOOKING_BY_PHONE.name) {
        throw new McpError(ErrorCode.InvalidParams, `Unknown prompt: ${request.params.name}`);
      }
      const principal = await principalOf(extra);
      const args = request.params.arguments ?? {};
      const restaurant = await this.guarded(principal, 'reads', () =>
        this.contexts.context(principal, args.restaurant_id || undefined),
      );
      return takeBookingByPhone(restaurant, args.caller_phone || undefined);
    });

    return server;
  }

  private async readResource(principal: ApiPrincipal, uri: string): Promise<object> {
    const match = /^(restaurant|booking):\/\/([0-9a-fA-F-]{36})$/.exec(uri);
    try {
      if (match?.[1] === 'restaurant') return await this.contexts.context(principal, match[2]);
      if (match?.[1] === 'booking' && mayUse(principal, { scope: 'bookings:read' })) {
        return await this.lookup.details(apiKeyCallerOf(principal), match[2]);
      }
    } catch (error) {
      if (!(error instanceof ProblemException) || error.getStatus() !== 404) throw error;
    }
    throw new McpError(RESOURCE_NOT_FOUND, 'Resource not found', { uri });
  }

  /** Admission and the key's budget around a read that is not a tool call. */
  private async guarded<T>(principal: ApiPrincipal, budget: RateBudget, read: () => Promise<T>): Promise<T> {
    const release = await this.admission.gate(budget).acquire();
    if (release === 'shed') throw new McpError(ErrorCode.InternalError, 'overloaded: retry in 1 s');
    try {
      await this.rateLimiter.consume(principal, budget).catch((error: unknown) => {
        throw new McpError(ErrorCode.InternalError, error instanceof Error ? error.message : String(error));
      });
      return await read();
    } finally {
      release();
    }
  }

  private async call(
    server: Server,
    { tool, inputSchema }: ToolEntry,
    principal: ApiPrincipal,
    keys: SessionRequestKeys,
    raw: Record<string, unknown> | undefined,
    extra: Extra,
  ): Promise<CallToolResult> {
    const started = Date.now();
    const gate = this.admission.gate(tool.budget);
    const admitted = await gate.acquire();
    if (admitted === 'shed') {
      return refusalResult({
        code: 'overloaded',
        status: 503,
        detail: `The gateway is at its limit for ${tool.budget}`,
        retryAfterSeconds: 1,
      });
    }
    let release: Release | null = admitted;
    let outcome = 'ok';
    try {
      await this.rateLimiter.consume(principal, tool.budget);
      const args = await parseToolArguments(tool.args, inputSchema, raw);
      const call: ToolCall = {
        principal,
        caller: apiKeyCallerOf(principal),
        keys,
        elicit: server.getClientCapabilities()?.elicitation?.form
          ? async (params: ElicitRequestFormParams) => {
              // Nobody should hold a place in the gate while a person makes up their mind.
              release?.();
              release = null;
              let answered: ElicitResult | undefined;
              let failure: unknown;
              try {
                answered = await server.elicitInput(params, {
                  relatedRequestId: extra.requestId,
                  timeout: ELICITATION_TIMEOUT_MS,
                  signal: extra.signal,
                });
              } catch (error) {
                failure = error;
              }
              const again = await gate.acquire();
              if (again === 'shed') {
                throw new ProblemException('overloaded', `The gateway is at its limit for ${tool.budget}`);
              }
              release = again;
              if (!answered) throw failure;
              return answered;
            }
          : undefined,
      };
      const answer = await tool.run(args, call);
      return {
        content: [{ type: 'text', text: answer.text }],
        structuredContent: JSON.parse(JSON.stringify(answer.structured)) as Record<string, unknown>,
      };
    } catch (error) {
      const refusal = refusalOf(error);
      if (refusal) {
        outcome = refusal.code;
        return refusalResult(refusal);
      }
      const errorId = randomUUID();
      outcome = 'internal_error';
      this.logger.error(
        `tool ${tool.name} failed [errorId=${errorId}]: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
      return refusalResult({
        code: 'internal_error',
        status: 500,
        detail: `Unexpected error; quote errorId ${errorId} when reporting it`,
      });
    } finally {
      release?.();
      // Never the arguments: they carry guest data.
      this.logger.log(
        `tool ${tool.name} key=${principal.prefix} outcome=${outcome} ms=${Date.now() - started}`,
      );
    }
  }
}
