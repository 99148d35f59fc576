import type { FastifyInstance, FastifyReply } from 'fastify';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PROBLEM_CONTENT_TYPE, ProblemException } from '../common/problem';

export const WIDGET_SCRIPT_PATH = '/widget.js';
const VERSIONED_PREFIX = '/widget/';
export const MANAGE_PAGE_PREFIX = '/manage/';

/** The built widget (apps/widget/dist/widget.js, made by `npm run build`), from source or dist/. */
function widgetScriptFile(): string | null {
  const candidates = [
    resolve(__dirname, '../../../widget/dist/widget.js'),
    resolve(__dirname, '../../../../../apps/widget/dist/widget.js'),
  ];
  return candidates.find((file) => existsSync(file)) ?? null;
}

interface WidgetScript {
  readonly source: Buffer;
  /** The first 16 hex digits of the script's SHA-256: its version, ETag and immutable URL. */
  readonly version: string;
}

function loadScript(): WidgetScript | null {
  const file = widgetScriptFile();
  if (!file) return null;
  const source = readFileSync(file);
  return { source, version: createHash('sha256').update(source).digest('hex').slice(0, 16) };
}

/** The widget's own pages and script, not API routes (the OpenAPI coverage check leaves them out). */
export function isWidgetRoute(url: string): boolean {
  return url === WIDGET_SCRIPT_PATH || url.startsWith(VERSIONED_PREFIX) || url.startsWith(MANAGE_PAGE_PREFIX);
}

function sendProblem(reply: FastifyReply, problem: ProblemException, instance: string): FastifyReply {
  return reply
    .status(problem.getStatus())
    .header('content-type', PROBLEM_CONTENT_TYPE)
    .send(JSON.stringify(problem.toBody(instance)));
}

/** The manage page: static (the token stays in the address, read by the script), never cached. */
function managePage(version: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Your booking</title>
<style>body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;padding:1rem;background:#f4f4f6;color:#1d1d1f}main{max-width:34rem;margin:0 auto}</style>
</head>
<body>
<main>
<tablekeeper-manage></tablekeeper-manage>
</main>
<script src="${VERSIONED_PREFIX}${version}.js"></script>
</body>
</html>
`;
}

// The manage page carries a guest's credential in its address: it is never cached, framed,
// indexed, or sent on as a Referer; it runs our script only.
const MANAGE_PAGE_HEADERS: Record<string, string> = {
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; connect-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  'cache-control': 'no-store',
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'x-robots-tag': 'noindex',
};

/**
 * Serves the embeddable widget and the guests' manage page:
 * - `GET /widget.js`: the current script for any site to load (public, CORS `*`, cached five
 *   minutes then revalidated by ETag, so a release reaches every site within minutes);
 * - `GET /widget/{version}.js`: one release for good (immutable), for sites that pin it or use SRI;
 * - `GET /manage/{token}`: the page a manage link opens, using `/v1/manage/{token}`.
 */
export function registerWidget(fastify: FastifyInstance): void {
  const script = loadScript();
  const notBuilt = (instance: string, reply: FastifyReply) =>
    sendProblem(
      reply,
      new ProblemException('not_found', 'The widget is not built; run `npm run build`'),
      instance,
    );
  const sendScript = (reply: FastifyReply, cacheControl: string, ifNoneMatch: string | undefined) => {
    const etag = `"${script!.version}"`;
    void reply
      .header('content-type', 'text/javascript; charset=utf-8')
      .header('cache-control', cacheControl)
      .header('etag', etag)
      .header('x-widget-version', script!.version)
      .header('access-control-allow-origin', '*')
      .header('cross-origin-resource-policy', 'cross-origin')
      .header('x-content-type-options', 'nosniff');
    if (ifNoneMatch === etag) return reply.status(304).send();
    return reply.send(script!.source);
  };

  fastify.get(WIDGET_SCRIPT_PATH, (request, reply) => {
    if (!script) return notBuilt(WIDGET_SCRIPT_PATH, reply);
    return sendScript(
      reply,
      'public, max-age=300, stale-while-revalidate=3600',
      request.headers['if-none-match'],
    );
  });
  fastify.get(`${VERSIONED_PREFIX}:file`, (request, reply) => {
    const file = (request.params as { file: string }).file;
    const instance = request.url.split('?')[0];
    if (!script) return notBuilt(instance, reply);
    if (file !== `${script.version}.js`) {
      return sendProblem(reply, new ProblemException('not_found', 'No such widget version'), instance);
    }
    return sendScript(reply, 'public, max-age=31536000, immutable', request.headers['if-none-match']);
  });
  fastify.get(`${MANAGE_PAGE_PREFIX}:token`, (request, reply) => {
    const instance = MANAGE_PAGE_PREFIX.slice(0, -1);
    if (!script) return notBuilt(instance, reply);
    return reply
      .headers(MANAGE_PAGE_HEADERS)
      .type('text/html; charset=utf-8')
      .send(managePage(script.version));
  });
}
