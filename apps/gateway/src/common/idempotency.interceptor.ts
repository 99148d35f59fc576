import {
  HttpException,
  Injectable,
  Logger,
  SetMetadata,
  applyDecorators,
  UseInterceptors,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { ApiHeader, ApiResponse } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { catchError, from, mergeMap, of, type Observable } from 'rxjs';
import { randomUUID } from 'node:crypto';
import { IN_FLIGHT_RENEW_MS, IdempotencyStore } from '@tablekeeper/cache';
import { keyReused, requestFingerprint, requireIdempotencyKey } from './idempotency-key';
import { ProblemException } from './problem';
import type { IdempotentRequest } from './request-idempotency';

export const IDEMPOTENT_ROUTE = 'tablekeeper:idempotent';

/** Answers that are not replayed: the request never really ran, so a retry may run it. */
const NOT_REPLAYED = new Set([400, 401, 403, 413, 415, 429]);
const REPLAYED_HEADERS = ['location', 'etag'];

/**
 * Exactly-once for state-changing requests: requires an Idempotency-Key, answers a retry with the
 * first answer (`Idempotent-Replayed: true`), refuses the key for a different request (422) and
 * while the first request still runs (409 with Retry-After).
 *
 * Who decides what about idempotency, from fastest to most durable:
 * - This interceptor (Redis) checks the key's form, computes the request fingerprint (once; the
 *   handler gets it through @Idempotency()) and replays stored answers for 24 h. It is an
 *   accelerator: with Redis down the request runs and the layers below still hold.
 * - Postgres decides for good whether a key already made a booking: the unique
 *   (api_key_id, idempotency_key) row with its fingerprint (`BookingService.place`), read before
 *   any workflow starts, outlives Redis and Temporal's retention.
 * - Temporal decides between concurrent first attempts: the workflow ID and update ID come from
 *   the key (`bookingWorkflowId`), so two racing requests attach to one workflow; the fingerprint
 *   it was started with comes back in its answer and a different body is refused (422).
 * - Commands on an existing booking (cancel, check-in, ...) have no anchor of their own: a retry
 *   that misses the replay record meets the transition table, which refuses a second change.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  private readonly logger = new Logger('Idempotency');

  constructor(private readonly store: IdempotencyStore) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const request = context.switchToHttp().getRequest<IdempotentRequest>();
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    const key = requireIdempotencyKey(request.headers['idempotency-key']);
    const principal = request.principal!;
    // The raw body: the validation pipe refuses unknown fields and never coerces, so a body that
    // reaches the handler is exactly this one.
    const fingerprint = requestFingerprint(request.method, request.url.split('?')[0], request.body ?? {});
    request.idempotency = { key, fingerprint };

    let recorded = true;
    const owner = randomUUID();
    let lease: NodeJS.Timeout | undefined;
    try {
      const existing = await this.store.begin(principal.apiKeyId, key, fingerprint, owner);
      if (existing !== 'claimed') {
        if (existing.fingerprint !== fingerprint) throw keyReused();
        if (existing.state === 'in_flight') {
          throw Object.assign(
            new ProblemException(
              'idempotency_request_in_progress',
              'A request with this Idempotency-Key is still being processed; retry shortly',
            ),
            { retryAfterSeconds: 1 },
          );
        }
        void reply.status(existing.status);
        for (const [name, value] of Object.entries(existing.headers)) void reply.header(name, value);
        void reply.header('Idempotent-Replayed', 'true');
        if (existing.status >= 400) {
          void reply.header('content-type', 'application/problem+json');
          return of(JSON.stringify(existing.body));
        }
        return of(existing.body);
      }
    } catch (error) {
      if (error instanceof HttpException) throw error;
      // Redis down: the request still runs; bookings stay exactly-once through Postgres and Temporal.
      recorded = false;
      this.logger.warn(`replay records unavailable: ${String(error)}`);
    }
    if (recorded) {
      // The claim lives only as long as this request: renewed while it runs, so if this process
      // dies the key is free for a retry within one lease (IN_FLIGHT_LEASE_MS).
      lease = setInterval(() => {
        this.store.renew(principal.apiKeyId, key, owner).catch(() => undefined);
      }, IN_FLIGHT_RENEW_MS);
      lease.unref();
    }
    const endLease = () => clearInterval(lease);

    const save = (status: number, body: unknown) =>
      recorded
        ? this.store
            .complete(principal.apiKeyId, key, {
              state: 'done',
              fingerprint,
              status,
              body,
              headers: Object.fromEntries(
                REPLAYED_HEADERS.flatMap((h) => {
                  const value = reply.getHeader(h);
                  return value === undefined ? [] : [[h, String(value)]];
                }),
              ),
            })
            .catch((error: unknown) => this.logger.warn(`replay record not saved: ${String(error)}`))
        : Promise.resolve();

    const abandon = () =>
      recorded
        ? this.store.abandon(principal.apiKeyId, key, owner).catch(() => undefined)
        : Promise.resolve();

    return next.handle().pipe(
      // 202 means "still running": a retry must look again, not see "still running" for a day.
      mergeMap((body: unknown) => {
        endLease();
        return from((reply.statusCode === 202 ? abandon() : save(reply.statusCode, body)).then(() => body));
      }),
      catchError((error: unknown) => {
        endLease();
        const status = error instanceof HttpException ? error.getStatus() : 500;
        const keep = status < 500 && !NOT_REPLAYED.has(status) && error instanceof ProblemException;
        const settle = keep
          ? save(status, (error as ProblemException).toBody(request.url.split('?')[0]))
          : abandon();
        return from(settle.then(() => Promise.reject(error)));
      }),
    );
  }
}

export const IDEMPOTENCY_KEY_HEADER = {
  name: 'Idempotency-Key',
  required: true,
  description:
    'Unique per intended change (1-255 printable ASCII characters). A retry with the same key and request answers the first answer again, with Idempotent-Replayed: true, for at least 24 h.',
} as const;

/** Marks a state-changing route: Idempotency-Key required, answers replayed. */
export function Idempotent(): MethodDecorator {
  return applyDecorators(
    SetMetadata(IDEMPOTENT_ROUTE, true),
    UseInterceptors(IdempotencyInterceptor),
    ApiHeader(IDEMPOTENCY_KEY_HEADER),
    ApiResponse({
      status: 409,
      description:
        'Problem: idempotency_request_in_progress (the same key is still being processed; see Retry-After)',
    }),
    ApiResponse({ status: 400, description: 'Problem: idempotency_key_required, invalid_idempotency_key' }),
    ApiResponse({
      status: 422,
      description: 'Problem: idempotency_key_reused (the key was used for another body)',
    }),
  );
}
