import type { FastifyInstance } from 'fastify';

const ALLOWED_HEADERS = 'content-type, x-namespace, authorization';

/**
 * CORS for the codec endpoint only, and only for the Temporal UI's origin (TEMPORAL_UI_URL): the
 * UI calls it from the engineer's browser, with credentials when "Pass access token" is on.
 * Other origins get no CORS headers, so browsers refuse them. Preflights are answered here; the
 * API's own routes stay without CORS.
 */
export function registerCodecCors(fastify: FastifyInstance, temporalUiUrl: string): void {
  const allowedOrigin = new URL(temporalUiUrl).origin;
  fastify.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/codec/')) return;
    const origin = request.headers.origin;
    void reply.header('vary', 'Origin');
    if (origin === allowedOrigin) {
      void reply
        .header('access-control-allow-origin', origin)
        .header('access-control-allow-credentials', 'true');
    }
    if (request.method === 'OPTIONS') {
      if (origin === allowedOrigin) {
        void reply
          .header('access-control-allow-methods', 'POST')
          .header('access-control-allow-headers', ALLOWED_HEADERS)
          .header('access-control-max-age', '600');
      }
      return reply.code(204).send();
    }
  });
}
