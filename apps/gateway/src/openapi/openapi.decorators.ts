import { ApiExtension } from '@nestjs/swagger';

/** The extension that ApiNoAuth() sets and the document builder turns into `security: []`. */
export const NO_AUTH_EXTENSION = 'x-tablekeeper-no-auth';

/**
 * Documents a route that needs no credentials (`security: []`). Nest drops an empty method-level
 * security list, so the route is marked and buildOpenApiDocument writes the empty list. Routes
 * without it must say their scheme (@ApiBearerAuth, @ApiCookieAuth) or the conformance test fails.
 */
export function ApiNoAuth(): MethodDecorator & ClassDecorator {
  return ApiExtension(NO_AUTH_EXTENSION, true);
}
