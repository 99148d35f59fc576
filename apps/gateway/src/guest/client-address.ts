import type { FastifyRequest } from 'fastify';

/**
 * The address anonymous traffic is counted by: the socket's peer, or the client a trusted proxy
 * names in X-Forwarded-For (TRUSTED_PROXIES; fastify's trustProxy walks the header only through
 * those hops). IPv6 clients are counted by their /64, which one household or phone gets whole.
 */
export function clientAddress(request: FastifyRequest): string {
  const ip = request.ip;
  if (!ip.includes(':') || ip.startsWith('::ffff:')) return ip.replace(/^::ffff:/, '');
  const groups = expandIpv6(ip);
  return groups ? `${groups.slice(0, 4).join(':')}::/64` : ip;
}

function expandIpv6(ip: string): string[] | null {
  const [head, tail] = ip.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  if (tail === undefined) return left.length === 8 ? left : null;
  const missing = 8 - left.length - right.length;
  if (missing < 0) return null;
  return [...left, ...Array<string>(missing).fill('0'), ...right];
}
