import type { FastifyReply, FastifyRequest } from 'fastify';

/** The URL of this server's protected-resource metadata (RFC 9728), as a client reached it. */
export function resourceMetadataUrl(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}/.well-known/oauth-protected-resource/mcp`;
}

/** The MCP endpoint as a client reached it: the `resource` its token is for. */
export function resourceUrl(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}/mcp`;
}

function hostnameOf(hostHeader: string): string | null {
  try {
    return new URL(`http://${hostHeader}`).hostname.toLowerCase();
  } catch {
    return null;
  }
}

function originHostname(origin: string): string | null {
  try {
    return new URL(origin).hostname.toLowerCase();
  } catch {
    return null;
  }
}

/**
 * DNS-rebinding protection, the rule of the SDK's own hostHeaderValidation middleware (which is
 * Express-only) as a check on the raw headers: the Host header's name, port aside, must be one of
 * MCP_ALLOWED_HOSTS, and so must an Origin a browser sends. Answers 403 and returns false otherwise.
 */
export function refuseForeignHost(
  request: FastifyRequest,
  reply: FastifyReply,
  allowedHosts: readonly string[],
): boolean {
  const host = request.headers.host;
  const hostname = host ? hostnameOf(host) : null;
  const origin = request.headers.origin;
  let problem: string | null = null;
  if (!hostname || !allowedHosts.includes(hostname)) problem = `Invalid Host header: ${host ?? '(none)'}`;
  else if (origin !== undefined) {
    const name = originHostname(origin);
    if (!name || !allowedHosts.includes(name)) problem = `Invalid Origin header: ${origin}`;
  }
  if (!problem) return true;
  void reply.status(403).send({ jsonrpc: '2.0', error: { code: -32000, message: problem }, id: null });
  return false;
}
