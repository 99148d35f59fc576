import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';

/**
 * Facts the request log line carries, set on the raw request by the code that learns them: the
 * key (by prefix, never the key) and the booking, so one line ties request id, key, booking id and
 * workflow id together.
 */
export type LoggedRequest = IncomingMessage & {
  apiKeyPrefix?: string;
  bookingId?: string;
  workflowId?: string;
};

const REQUEST_ID = /^[\w.:-]{1,100}$/;

/** The request id: the caller's X-Request-Id / X-Correlation-Id when sane, otherwise a new one. */
export function requestId(req: IncomingMessage): string {
  const given = [req.headers['x-request-id'], req.headers['x-correlation-id']]
    .flat()
    .find((v) => v && REQUEST_ID.test(v));
  return given ?? randomUUID();
}

/**
 * One JSON line per request (pino), written from fastify's own hooks: no per-request middleware
 * or child logger, which cost a third of the availability endpoint's throughput when measured.
 * Bodies and headers are never logged.
 */
export function registerRequestLog(fastify: FastifyInstance, log: Logger): void {
  fastify.addHook('onRequest', async (request, reply) => {
    void reply.header('x-request-id', request.id);
  });
  fastify.addHook('onResponse', async (request, reply) => {
    if (request.url.startsWith('/health')) return;
    const raw = request.raw as LoggedRequest;
    const status = reply.statusCode;
    const level = status >= 500 ? 'error' : status >= 400 ? 'warn' : 'info';
    if (!log.isLevelEnabled(level)) return;
    log[level](
      {
        req: { id: request.id, method: request.method, url: request.url },
        res: { statusCode: status },
        responseTime: Math.round(reply.elapsedTime * 10) / 10,
        ...(raw.apiKeyPrefix ? { apiKey: raw.apiKeyPrefix } : {}),
        ...(raw.bookingId ? { bookingId: raw.bookingId, workflowId: raw.workflowId } : {}),
      },
      'request completed',
    );
  });
}
