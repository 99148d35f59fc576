import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { AuthenticatedRequest } from '../auth/principal';

/** What makes a state-changing request "the same request" when it is sent again. */
export interface RequestIdempotency {
  /** The caller's Idempotency-Key, checked well-formed. */
  readonly key: string;
  /** Method, path and body (see `requestFingerprint`), computed once per request. */
  readonly fingerprint: string;
}

export type IdempotentRequest = AuthenticatedRequest & { idempotency?: RequestIdempotency };

/**
 * The key and fingerprint of an @Idempotent() route, as the idempotency interceptor worked them
 * out: handlers that pass them on (to Postgres and the workflow) use the very same fingerprint
 * the replay records were checked against.
 */
export const Idempotency = createParamDecorator(
  (_data: unknown, context: ExecutionContext): RequestIdempotency => {
    const request = context.switchToHttp().getRequest<IdempotentRequest>();
    if (!request.idempotency) throw new Error('Idempotency read on a route that is not @Idempotent()');
    return request.idempotency;
  },
);
