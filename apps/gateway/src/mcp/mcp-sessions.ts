import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import type { ApiPrincipal } from '@tablekeeper/auth';
import { TablekeeperMcp } from './tablekeeper-mcp';

/** A session nobody used for this long is closed; its client starts a new one (404, per the protocol). */
export const SESSION_IDLE_MS = 30 * 60_000;
/** Sessions one gateway keeps; beyond it the longest idle one is closed. */
export const MAX_SESSIONS = 2_000;

interface Session {
  readonly transport: StreamableHTTPServerTransport;
  readonly server: Server;
  /** A session belongs to the key that opened it: another key's requests never reach it. */
  readonly apiKeyId: string;
  lastSeen: number;
}

/**
 * The Streamable HTTP sessions of this gateway, in memory: each has its own MCP server and
 * transport (elicitation answers and the derived idempotency keys live there). Behind a load
 * balancer, route by the `Mcp-Session-Id` header; a session this gateway does not know answers 404
 * and the client opens a new one, which loses nothing but that session's derived keys.
 */
@Injectable()
export class McpSessions implements OnApplicationShutdown {
  private readonly logger = new Logger('McpSessions');
  private readonly sessions = new Map<string, Session>();
  private readonly sweeper: NodeJS.Timeout;

  constructor(private readonly mcp: TablekeeperMcp) {
    this.sweeper = setInterval(() => this.sweep(Date.now() - SESSION_IDLE_MS), 60_000);
    this.sweeper.unref();
  }

  /** A new session's transport for the key that sends the initialize request. */
  async open(principal: ApiPrincipal): Promise<StreamableHTTPServerTransport> {
    if (this.sessions.size >= MAX_SESSIONS) this.closeIdlest();
    const id = randomUUID();
    const transport = new StreamableHTTPServerTransport({
      sessionIdGenerator: () => id,
      onsessioninitialized: () => undefined,
    });
    const server = this.mcp.createServer(id, async (extra) => {
      const current = (extra.authInfo?.extra as { principal?: ApiPrincipal } | undefined)?.principal;
      if (!current) throw new Error('MCP request without an authenticated key');
      return current;
    });
    this.sessions.set(id, { transport, server, apiKeyId: principal.apiKeyId, lastSeen: Date.now() });
    transport.onclose = () => this.sessions.delete(id);
    await server.connect(transport);
    return transport;
  }

  /** The session's transport, only for the key that opened it. */
  find(sessionId: string, principal: ApiPrincipal): StreamableHTTPServerTransport | undefined {
    const session = this.sessions.get(sessionId);
    if (!session || session.apiKeyId !== principal.apiKeyId) return undefined;
    session.lastSeen = Date.now();
    return session.transport;
  }

  get size(): number {
    return this.sessions.size;
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.sweeper);
    await Promise.allSettled([...this.sessions.values()].map((s) => s.server.close()));
    this.sessions.clear();
  }

  private sweep(idleSince: number): void {
    for (const [id, session] of this.sessions) {
      if (session.lastSeen < idleSince) this.close(id, session);
    }
  }

  private closeIdlest(): void {
    let idlest: [string, Session] | undefined;
    for (const entry of this.sessions) if (!idlest || entry[1].lastSeen < idlest[1].lastSeen) idlest = entry;
    if (idlest) this.close(...idlest);
  }

  private close(id: string, session: Session): void {
    this.sessions.delete(id);
    session.server.close().catch((error: unknown) => this.logger.warn(`closing session: ${String(error)}`));
  }
}
