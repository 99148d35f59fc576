import { AsyncLocalStorage } from 'node:async_hooks';
import type { FastifyInstance } from 'fastify';

/** The id of the request being handled, for code far from the request (the Temporal client). */
export const requestContext = new AsyncLocalStorage<string>();

/**
 * Entered just before the handler (after body parsing, whose stream callbacks would lose it),
 * and only for writes: reads never reach Temporal, so the availability hot path pays nothing.
 */
export function registerRequestContext(fastify: FastifyInstance): void {
  fastify.addHook('preHandler', (request, _reply, done) => {
    if (request.method === 'GET' || request.method === 'HEAD') return done();
    requestContext.run(request.id, done);
  });
}
