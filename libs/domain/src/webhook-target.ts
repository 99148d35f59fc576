import { BlockList, isIP } from 'node:net';

/**
 * Where a webhook may be sent (SSRF protection): addresses inside our own network, the machine
 * itself and cloud metadata services are refused unless the deployment allows them (development).
 */
const INTERNAL = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, cloud metadata (169.254.169.254)
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15], // benchmarking
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const) {
  INTERNAL.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [
  ['::', 128], // unspecified
  ['::1', 128],
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['ff00::', 8], // multicast
  ['fd00:ec2::', 32], // AWS metadata over IPv6 (inside fc00::/7 too; listed for the reader)
] as const) {
  INTERNAL.addSubnet(net, prefix, 'ipv6');
}

/** Whether an IP address (v4, v6, or v4-mapped v6) is internal. Anything unparsable counts as internal. */
export function isInternalAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '');
  const family = isIP(bare);
  if (family === 0) return true;
  if (family === 4) return INTERNAL.check(bare, 'ipv4');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(bare);
  if (mapped) return INTERNAL.check(mapped[1], 'ipv4');
  return INTERNAL.check(bare, 'ipv6');
}

export type WebhookUrlProblem = 'invalid_url' | 'https_required' | 'credentials_in_url' | 'internal_address';

export interface WebhookUrlRules {
  readonly allowHttp: boolean;
  readonly allowPrivateTargets: boolean;
}

/**
 * What is wrong with an endpoint URL on its face (scheme, credentials, an internal IP literal or
 * `localhost`), or null. Names resolving to internal addresses are refused at send time, where
 * the address actually connected to is checked.
 */
export function webhookUrlProblem(raw: string, rules: WebhookUrlRules): WebhookUrlProblem | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'invalid_url';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'invalid_url';
  if (url.protocol === 'http:' && !rules.allowHttp) return 'https_required';
  if (url.username || url.password) return 'credentials_in_url';
  if (!rules.allowPrivateTargets) {
    const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
    if (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.internal'))
      return 'internal_address';
    if (isIP(host) !== 0 && isInternalAddress(host)) return 'internal_address';
  }
  return null;
}
