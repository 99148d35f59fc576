import { trace } from '@opentelemetry/api';
import type { FastifyInstance } from 'fastify';

/**
 * With tracing on: names the HTTP server span after the route template (`POST /v1/bookings/:id`)
 * instead of the bare method the HTTP instrumentation knows, and records `http.route`.
 */
export function registerRouteSpanNames(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', async (request) => {
    const route = request.routeOptions.url;
    const span = trace.getActiveSpan();
    if (!span || !route) return;
    span.updateName(`${request.method} ${route}`);
    span.setAttribute('http.route', route);
  });
}
