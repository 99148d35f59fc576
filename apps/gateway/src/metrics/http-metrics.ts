import type { FastifyInstance } from 'fastify';
import type { GatewayMetrics } from './gateway-metrics';

/**
 * Request latency by route template (`/v1/bookings/:id`, never the raw URL: bounded label
 * values), from the same fastify hook the request log uses, so no middleware runs per request.
 */
export function registerHttpMetrics(fastify: FastifyInstance, metrics: GatewayMetrics): void {
  fastify.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    metrics.observeHttp(request.method, route, reply.statusCode, reply.elapsedTime / 1000);
  });
}
