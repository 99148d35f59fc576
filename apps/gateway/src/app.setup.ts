import fastifyCookie from '@fastify/cookie';
import { SwaggerModule } from '@nestjs/swagger';
import { isAdminUiRoute, registerAdminUi } from './admin/admin-ui.static';
import { buildOpenApiDocument, openApiServers } from './openapi.document';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { ProblemDetailsFilter } from './common/problem-details.filter';
import { createValidationPipe } from './common/validation.pipe';
import { registerJsonBodyParser } from './common/json-body.parser';
import { registerRequestLog, requestId } from './infrastructure/request-log';
import type { Logger } from 'pino';
import { trustedProxies, type AppConfig } from '@tablekeeper/config';
import { registerCodecCors } from './codec/codec-cors';
import { APP_CONFIG } from './infrastructure/tokens';
import { registerRequestContext } from './infrastructure/request-context';
import { registerRouteSpanNames } from './infrastructure/route-span-names';
import { activeTracing } from '@tablekeeper/observability';
import { GatewayMetrics } from './metrics/gateway-metrics';
import { registerHttpMetrics } from './metrics/http-metrics';
import { AdmissionControl } from './admission/admission-control';
import { WidgetCors } from './guest/widget-cors';
import { isWidgetRoute, registerWidget } from './widget/widget.static';

export const BODY_LIMIT_BYTES = 64 * 1024;

/** The fastify adapter every entry point (main.ts, tests, benchmarks) creates the app with. */
export function createAdapter(proxies: readonly string[] = trustedProxies()): FastifyAdapter {
  return new FastifyAdapter({
    bodyLimit: BODY_LIMIT_BYTES,
    // request.ip is the socket's address unless the hop is a configured proxy (TRUSTED_PROXIES):
    // per-IP limits must not believe an X-Forwarded-For any client can write.
    trustProxy: proxies.length ? [...proxies] : false,
    genReqId: requestId,
    // A client that trickles its request, or sits on an idle connection, must not hold the
    // process's memory: the whole request within 10 s, idle keep-alive sockets closed after 10 s
    // (behind a load balancer, keep its idle timeout above ours), any silent socket after 60 s.
    requestTimeout: 10_000,
    keepAliveTimeout: 10_000,
    connectionTimeout: 60_000,
  });
}

/** Every route the app serves, as `METHOD /path/{param}` (the OpenAPI test checks each is documented). */
export const registeredRoutes = new WeakMap<NestFastifyApplication, string[]>();

/** Everything main.ts and the tests must configure identically. */
export function configureApp(app: NestFastifyApplication, requestLog?: Logger): void {
  const fastify = app.getHttpAdapter().getInstance();
  if (requestLog) registerRequestLog(fastify, requestLog);
  if (activeTracing()) registerRouteSpanNames(fastify);
  registerRequestContext(fastify);
  registerHttpMetrics(fastify, app.get(GatewayMetrics));
  // Before admission control: a shed widget request must still be readable by its page.
  app.get(WidgetCors).register(fastify);
  app.get(AdmissionControl).register(fastify);
  registerCodecCors(fastify, app.get<AppConfig>(APP_CONFIG).temporalUiUrl);
  const routes: string[] = [];
  registeredRoutes.set(app, routes);
  fastify.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD' && !isAdminUiRoute(route.url) && !isWidgetRoute(route.url))
        routes.push(`${method} ${route.url.replace(/:(\w+)/g, '{$1}')}`);
    }
  });
  registerJsonBodyParser(fastify, BODY_LIMIT_BYTES);
  void fastify.register(fastifyCookie);
  registerAdminUi(fastify);
  registerWidget(fastify);
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());
  app.enableShutdownHooks();
  const servers = openApiServers(app.get<AppConfig>(APP_CONFIG));
  SwaggerModule.setup('docs', app, () => buildOpenApiDocument(app, servers), {
    jsonDocumentUrl: 'docs-json',
  });
}
