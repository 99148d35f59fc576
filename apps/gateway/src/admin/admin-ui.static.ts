import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { existsSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { PROBLEM_CONTENT_TYPE, ProblemException } from '../common/problem';

export const ADMIN_UI_PREFIX = '/admin';

/**
 * The built admin UI (apps/admin/dist, made by `npm run build`), found from the source file when
 * run by ts tooling and from dist/ when compiled.
 */
export function adminUiRoot(): string | null {
  const candidates = [
    resolve(__dirname, '../../../admin/dist'),
    resolve(__dirname, '../../../../../apps/admin/dist'),
  ];
  return candidates.find((dir) => existsSync(join(dir, 'index.html'))) ?? null;
}

/** The UI's own pages, not API routes (the OpenAPI coverage check leaves them out). */
export function isAdminUiRoute(url: string): boolean {
  return (
    (url === ADMIN_UI_PREFIX || url.startsWith(`${ADMIN_UI_PREFIX}/`)) &&
    !url.startsWith(`${ADMIN_UI_PREFIX}/api/`)
  );
}

// The admin UI only talks to its own origin; it is never framed (clickjacking) or sniffed.
const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy':
    "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'same-origin',
};

function sendProblem(reply: FastifyReply, problem: ProblemException, instance: string): void {
  void reply
    .status(problem.getStatus())
    .header('content-type', PROBLEM_CONTENT_TYPE)
    .send(JSON.stringify(problem.toBody(instance)));
}

/**
 * Serves the single-page admin UI under /admin: hashed assets cached for good, index.html never
 * cached, and any other path under /admin answered with index.html so client-side routes survive a
 * reload. Unknown /admin/api paths stay problem+json 404s.
 */
export function registerAdminUi(fastify: FastifyInstance): void {
  const root = adminUiRoot();
  if (root) void fastify.register(fastifyStatic, { root, serve: false });
  fastify.get(ADMIN_UI_PREFIX, (_request, reply) => reply.redirect(`${ADMIN_UI_PREFIX}/`));
  fastify.get(`${ADMIN_UI_PREFIX}/*`, (request, reply) => {
    const path = (request.params as { '*'?: string })['*'] ?? '';
    const instance = request.url.split('?')[0];
    if (path.startsWith('api/') || path === 'api') {
      return sendProblem(reply, new ProblemException('not_found', `No route for GET ${instance}`), instance);
    }
    if (!root) {
      return sendProblem(
        reply,
        new ProblemException('not_found', 'The admin UI is not built; run `npm run build`'),
        instance,
      );
    }
    void reply.headers(SECURITY_HEADERS);
    const file = resolve(root, path);
    const isAsset = path !== '' && file.startsWith(root + sep) && existsSync(file) && statSync(file).isFile();
    if (isAsset && path.startsWith('assets/')) {
      void reply.header('cache-control', 'public, max-age=31536000, immutable');
      return reply.sendFile(path, { cacheControl: false });
    }
    void reply.header('cache-control', 'no-cache');
    return reply.sendFile(isAsset ? path : 'index.html', { cacheControl: false });
  });
}
