// The demo restaurant's own website, as `npm start` serves it: a page on a second origin (its own
// port) that embeds the booking widget from the gateway with the demo's publishable key, so the
// widget is seen working cross-origin, CORS and all, exactly as on a real restaurant's site.
import { createServer } from 'node:http';

function escapeAttribute(value) {
  return String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** The host page: a plain site with the widget snippet of the README in it. */
export function demoSitePage({ apiUrl, publishableKey, restaurant = 'demo-bistro', locale = 'en' }) {
  return `<!doctype html>
<html lang="${escapeAttribute(locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Demo Bistro</title>
<style>
  body { font-family: Georgia, 'Times New Roman', serif; margin: 0; background: #faf7f2; color: #2b2118; }
  header, main { max-width: 40rem; margin: 0 auto; padding: 1rem; }
  header { border-bottom: 1px solid #b9a98f; }
</style>
</head>
<body>
<header><h1>Demo Bistro</h1><p>Seasonal cooking on Market Street. Book a table below.</p></header>
<main>
<script src="${escapeAttribute(apiUrl)}/widget.js" async></script>
<tablekeeper-booking
  restaurant="${escapeAttribute(restaurant)}"
  key="${escapeAttribute(publishableKey)}"
  api="${escapeAttribute(apiUrl)}"
  locale="${escapeAttribute(locale)}"
  brand="#7a2e12"></tablekeeper-booking>
</main>
</body>
</html>
`;
}

/** Serves the page on `port`; `?lang=de` shows the German widget. Resolves with the server. */
export function startDemoSite({ port, host = '0.0.0.0', apiUrl, publishableKey }) {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (request.method !== 'GET' || url.pathname !== '/') {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const locale = url.searchParams.get('lang') === 'de' ? 'de' : 'en';
    response
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' })
      .end(demoSitePage({ apiUrl, publishableKey: publishableKey(), locale }));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}
