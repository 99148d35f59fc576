import { ApiNoAuth } from '../openapi/openapi.decorators';
import { Body, Controller, Delete, Get, Inject, Post, Req, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiExtraModels,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { IncomingMessage } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuthInfo } from '@modelcontextprotocol/sdk/server/auth/types.js';
import { isInitializeRequest } from '@modelcontextprotocol/sdk/types.js';
import { API_SCOPES, type ApiPrincipal } from '@tablekeeper/auth';
import type { AppConfig } from '@tablekeeper/config';
import { ApiKeyAuthenticator } from '../auth/api-key.authenticator';
import { Public } from '../auth/principal';
import { ProblemException } from '../common/problem';
import { APP_CONFIG } from '../infrastructure/tokens';
import { McpSessions } from './mcp-sessions';
import { refuseForeignHost, resourceMetadataUrl, resourceUrl } from './mcp-http.guard';

const SESSION_HEADER = {
  name: 'Mcp-Session-Id',
  required: false,
  description: 'The session, as the answer to initialize gave it (required on every later request)',
};

function jsonRpcError(reply: FastifyReply, status: number, code: number, message: string): void {
  void reply.status(status).send({ jsonrpc: '2.0', error: { code, message }, id: null });
}

/**
 * The MCP server over Streamable HTTP (MCP 2025-11-25 and earlier): JSON-RPC in POST bodies, answers
 * as JSON or an SSE stream, server-to-client messages on GET, DELETE to end a session. The restaurant's
 * API key is the Bearer token; a missing or wrong one answers 401 with WWW-Authenticate pointing at
 * the protected-resource metadata, as the MCP authorization spec asks of a resource server.
 */
@ApiTags('mcp')
@ApiBearerAuth()
@Public()
@Controller('mcp')
export class McpController {
  constructor(
    private readonly apiKeys: ApiKeyAuthenticator,
    private readonly sessions: McpSessions,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post()
  @ApiOperation({
    operationId: 'postMcpMessage',
    summary: 'MCP: send a JSON-RPC message',
    description:
      'Model Context Protocol, Streamable HTTP transport. Send initialize without Mcp-Session-Id to open a session; ' +
      'see README "MCP server" for the tools. Accept: application/json, text/event-stream.',
  })
  @ApiHeader(SESSION_HEADER)
  @ApiOkResponse({ description: 'The JSON-RPC answer (application/json or text/event-stream)' })
  @ApiResponse({ status: 202, description: 'A notification or response was accepted' })
  @ApiResponse({
    status: 401,
    description: 'Problem: unauthorized; WWW-Authenticate names the resource metadata',
  })
  @ApiResponse({ status: 403, description: 'Host or Origin not allowed (DNS-rebinding protection)' })
  @ApiResponse({ status: 404, description: 'Unknown session: initialize a new one' })
  async post(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Body() body: unknown,
  ): Promise<void> {
    await this.handle(request, reply, body);
  }

  @Get()
  @ApiOperation({
    operationId: 'openMcpStream',
    summary: "MCP: open the session's server-to-client stream (text/event-stream)",
    description:
      'Opens the session’s server-to-client event stream (Streamable HTTP). Needs Mcp-Session-Id ' +
      'from initialize.',
  })
  @ApiHeader({ ...SESSION_HEADER, required: true })
  @ApiOkResponse({ description: 'An SSE stream' })
  async stream(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    await this.handle(request, reply, undefined);
  }

  @Delete()
  @ApiOperation({
    operationId: 'endMcpSession',
    summary: 'MCP: end the session',
    description:
      'Ends an MCP session (Streamable HTTP transport); its Mcp-Session-Id stops working and a client ' +
      'starts a new one with an initialize POST. An unknown or already ended session answers HTTP 404 with a ' +
      'JSON-RPC error, so a retry after a lost answer does no harm.',
  })
  @ApiHeader({ ...SESSION_HEADER, required: true })
  @ApiOkResponse({ description: 'The session is closed' })
  async end(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    await this.handle(request, reply, undefined);
  }

  private async handle(request: FastifyRequest, reply: FastifyReply, body: unknown): Promise<void> {
    if (!refuseForeignHost(request, reply, this.config.mcpAllowedHosts)) return;
    const principal = await this.authenticate(request, reply);
    const sessionId = request.headers['mcp-session-id'];
    let transport;
    if (typeof sessionId === 'string') {
      transport = this.sessions.find(sessionId, principal);
      if (!transport) return jsonRpcError(reply, 404, -32001, 'Session not found');
    } else if (request.method === 'POST' && isInitializeRequest(body)) {
      transport = await this.sessions.open(principal);
    } else {
      return jsonRpcError(reply, 400, -32000, 'Bad Request: send initialize first, then Mcp-Session-Id');
    }
    const auth: AuthInfo = {
      token: 'redacted',
      clientId: principal.apiKeyId,
      scopes: [...principal.scopes],
      extra: { principal },
    };
    (request.raw as IncomingMessage & { auth?: AuthInfo }).auth = auth;
    reply.hijack();
    await transport.handleRequest(request.raw, reply.raw, body);
  }

  private async authenticate(request: FastifyRequest, reply: FastifyReply): Promise<ApiPrincipal> {
    const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
    const principal = match ? await this.apiKeys.authenticate(match[1]) : null;
    // A publishable key sits in a web page: agents' tools read and change bookings, so not for it.
    if (principal?.kind === 'publishable') {
      throw new ProblemException('publishable_key_not_allowed', 'MCP tools need a secret API key');
    }
    if (principal) return principal;
    const challenge = [
      'Bearer realm="tablekeeper"',
      `resource_metadata="${resourceMetadataUrl(request)}"`,
      ...(match ? ['error="invalid_token"', 'error_description="The API key is unknown or revoked"'] : []),
    ].join(', ');
    void reply.header('WWW-Authenticate', challenge);
    throw new ProblemException(
      'unauthorized',
      match ? 'The API key is unknown or revoked' : 'Send Authorization: Bearer <api key>',
    );
  }
}

export class ProtectedResourceOutput {
  @ApiProperty({ example: 'http://localhost:3000/mcp' }) resource!: string;
  @ApiProperty({ type: [String], example: ['header'] }) bearer_methods_supported!: string[];
  @ApiProperty({ type: [String] }) scopes_supported!: string[];
  @ApiProperty({ example: 'Tablekeeper' }) resource_name!: string;
  @ApiProperty({ example: 'http://localhost:3000/docs' }) resource_documentation!: string;
}

/**
 * OAuth 2.0 Protected Resource Metadata (RFC 9728) for the MCP endpoint, at both the root and the
 * path-suffixed well-known URL. It names no authorization server: the restaurant's API keys are
 * issued to it out of band (admin API, CLI), and a client presents one as a static Bearer token.
 */
@ApiTags('mcp')
@ApiExtraModels(ProtectedResourceOutput)
@ApiNoAuth()
@Public()
@Controller('.well-known/oauth-protected-resource')
export class ProtectedResourceController {
  @Get()
  @ApiOperation({
    operationId: 'getProtectedResourceMetadata',
    summary: 'Protected-resource metadata of the MCP endpoint (RFC 9728)',
    description:
      'OAuth protected-resource metadata (RFC 9728) of the MCP endpoint: how an MCP client learns ' +
      'to send an API key as a Bearer token. Read-only; safe to retry.',
  })
  @ApiOkResponse({ type: ProtectedResourceOutput })
  root(@Req() request: FastifyRequest): ProtectedResourceOutput {
    return this.metadata(request);
  }

  @Get('mcp')
  @ApiOperation({
    operationId: 'getMcpProtectedResourceMetadata',
    summary: 'Protected-resource metadata of /mcp (RFC 9728 path form)',
    description:
      'The same metadata as getProtectedResourceMetadata at the RFC 9728 path form for /mcp. ' +
      'Read-only; safe to retry.',
  })
  @ApiOkResponse({ type: ProtectedResourceOutput })
  forMcp(@Req() request: FastifyRequest): ProtectedResourceOutput {
    return this.metadata(request);
  }

  private metadata(request: FastifyRequest): ProtectedResourceOutput {
    return {
      resource: resourceUrl(request),
      bearer_methods_supported: ['header'],
      scopes_supported: API_SCOPES.filter((s) => s !== 'admin'),
      resource_name: 'Tablekeeper',
      resource_documentation: `${request.protocol}://${request.host}/docs`,
    };
  }
}
