import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { isInternalAddress, webhookUrlProblem } from '@tablekeeper/domain';

/** What one attempt got back: a status (null when there was no answer) and how long it took. */
export interface AttemptResponse {
  readonly status: number | null;
  readonly retryAfter: string | null;
  readonly latencyMs: number;
  /** Why there was no usable answer (timeout, refused, internal address), for the delivery's record. */
  readonly error: string | null;
}

export interface SendOptions {
  readonly timeoutMs: number;
  readonly allowPrivateTargets: boolean;
  readonly allowHttp: boolean;
  /** Bytes of the answer read at most; the rest is cut off (the status is all that counts). */
  readonly maxResponseBytes?: number;
}

const USER_AGENT = 'Tablekeeper-Webhooks/1 (+https://www.standardwebhooks.com)';
const agents = {
  'http:': new http.Agent({ keepAlive: true, maxSockets: 64 }),
  'https:': new https.Agent({ keepAlive: true, maxSockets: 64 }),
};

class InternalAddressError extends Error {
  readonly code = 'EINTERNAL';
}

/**
 * A DNS lookup that refuses internal addresses: the check is on the address the socket then
 * connects to, so a name that resolves differently the second time (DNS rebinding) gains nothing.
 */
function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      const allowed = allowPrivate ? addresses : addresses.filter((a) => !isInternalAddress(a.address));
      if (allowed.length === 0) {
        return callback(new InternalAddressError(`${hostname} resolves to an internal address`), '', 0);
      }
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, allowed);
      callback(null, allowed[0].address, allowed[0].family);
    });
  };
}

/**
 * POSTs one signed message: no redirects followed (a 3xx is just not a 2xx), the whole exchange
 * bounded by `timeoutMs`, at most `maxResponseBytes` of the answer read.
 */
export function postWebhook(
  url: string,
  headers: Record<string, string>,
  body: string,
  options: SendOptions,
): Promise<AttemptResponse> {
  const started = process.hrtime.bigint();
  const elapsed = () => Math.round(Number(process.hrtime.bigint() - started) / 1e6);
  const problem = webhookUrlProblem(url, options);
  if (problem) return Promise.resolve({ status: null, retryAfter: null, latencyMs: 0, error: problem });
  const target = new URL(url);
  const client = target.protocol === 'https:' ? https : http;
  const limit = options.maxResponseBytes ?? 4096;
  return new Promise((resolve) => {
    let settled = false;
    const finish = (response: Omit<AttemptResponse, 'latencyMs'>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ ...response, latencyMs: elapsed() });
    };
    const request = client.request(
      target,
      {
        method: 'POST',
        agent: agents[target.protocol as 'http:' | 'https:'],
        lookup: guardedLookup(options.allowPrivateTargets),
        headers: {
          ...headers,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          'user-agent': USER_AGENT,
        },
      },
      (response) => {
        const retryAfter = response.headers['retry-after'] ?? null;
        let read = 0;
        response.on('data', (chunk: Buffer) => {
          read += chunk.length;
          if (read > limit) {
            // Enough: the status is the answer. Cutting the socket keeps a huge body from costing us.
            response.destroy();
            finish({ status: response.statusCode ?? null, retryAfter, error: null });
          }
        });
        response.on('end', () => finish({ status: response.statusCode ?? null, retryAfter, error: null }));
        response.on('error', () => finish({ status: response.statusCode ?? null, retryAfter, error: null }));
      },
    );
    const timer = setTimeout(() => {
      request.destroy(new Error(`no answer within ${options.timeoutMs} ms`));
    }, options.timeoutMs);
    request.on('error', (error: NodeJS.ErrnoException) => {
      finish({
        status: null,
        retryAfter: null,
        error: error.code === 'EINTERNAL' ? 'internal_address' : error.message,
      });
    });
    request.end(body);
  });
}
