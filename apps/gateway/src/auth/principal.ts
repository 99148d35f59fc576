import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { ApiPrincipal, ApiScope } from '@tablekeeper/auth';

export type AuthenticatedRequest = FastifyRequest & { principal?: ApiPrincipal };

export const REQUIRED_SCOPE = 'tablekeeper:required-scope';
/** The scope a route needs; the API key guard refuses keys without it (403). */
export const RequireScope = (scope: ApiScope) => SetMetadata(REQUIRED_SCOPE, scope);

export const PUBLIC_ROUTE = 'tablekeeper:public';
/** No API key: health and docs, and the admin API (its staff session guard stands in). */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/** The authenticated caller, as the guard attached it. */
export function principalOf(context: ExecutionContext): ApiPrincipal {
  const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
  if (!request.principal) throw new Error('Principal read on a route without the API key guard');
  return request.principal;
}

export const Principal = createParamDecorator((_data: unknown, context: ExecutionContext) =>
  principalOf(context),
);
