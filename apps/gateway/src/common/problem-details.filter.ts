import { ArgumentsHost, Catch, HttpException, Logger, type ExceptionFilter } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { isGrpcServiceError } from '@temporalio/client';
import { isDatabaseUnavailable } from '@tablekeeper/db/postgres-errors';
import { isRedisUnavailable } from '@tablekeeper/cache/redis-errors';
import {
  PROBLEM_CONTENT_TYPE,
  PROBLEMS,
  ProblemException,
  problemType,
  type ProblemBody,
  type ProblemCode,
} from './problem';

const STATUS_CODES: Record<number, ProblemCode> = {
  400: 'validation_failed',
  401: 'unauthorized',
  403: 'insufficient_scope',
  404: 'not_found',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  503: 'service_unavailable',
};

export const OUTAGE_RETRY_AFTER_SECONDS = 2;

/** Which dependency an unexpected error says is down, if it is an outage at all. */
export function dependencyOutage(
  exception: unknown,
): 'database_unavailable' | 'cache_unavailable' | 'workflow_engine_unavailable' | null {
  if (exception instanceof HttpException) return null;
  if (isDatabaseUnavailable(exception)) return 'database_unavailable';
  if (isRedisUnavailable(exception)) return 'cache_unavailable';
  if (isGrpcServiceError(exception) && exception.code === 14) return 'workflow_engine_unavailable';
  return null;
}

/**
 * Every error leaves as application/problem+json. 4xx say what was wrong; 5xx say only that it was
 * us, with an error id that is also in the log, so no internal detail (or secret) reaches a client.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const outage = dependencyOutage(exception);
    if (outage) {
      // An outage, not a bug: the client is told which dependency and when to retry; the log
      // names it once per request, without the driver's message (it may carry a connection string).
      const problem = new ProblemException(outage, undefined, undefined, {});
      this.logger.warn(`${request.method} ${request.url.split('?')[0]} answered 503 ${outage}`);
      if (reply.sent) return;
      void reply
        .status(503)
        .header('Retry-After', String(OUTAGE_RETRY_AFTER_SECONDS))
        .header('content-type', PROBLEM_CONTENT_TYPE)
        .send(JSON.stringify(problem.toBody(request.url.split('?')[0])));
      return;
    }
    const body = this.toProblem(exception, request);
    if (body.status >= 500) {
      this.logger.error(
        `${request.method} ${request.url.split('?')[0]} failed [errorId=${body.errorId}]: ${exception instanceof Error ? (exception.stack ?? exception.message) : String(exception)}`,
      );
    }
    if (reply.sent) return;
    const retryAfter = (exception as { retryAfterSeconds?: number }).retryAfterSeconds;
    if (retryAfter) reply.header('Retry-After', String(retryAfter));
    void reply.status(body.status).header('content-type', PROBLEM_CONTENT_TYPE).send(JSON.stringify(body));
  }

  private toProblem(exception: unknown, request: FastifyRequest): ProblemBody {
    const instance = request.url.split('?')[0];
    if (exception instanceof ProblemException) return exception.toBody(instance);

    if (exception instanceof HttpException && exception.getStatus() < 500) {
      const status = exception.getStatus();
      const code = STATUS_CODES[status] ?? 'validation_failed';
      const detail = status === 404 ? `No route for ${request.method} ${instance}` : exception.message;
      return { type: problemType(code), title: PROBLEMS[code].title, status, detail, code, instance };
    }
    const errorId = randomUUID();
    const { status, title } = PROBLEMS.internal_error;
    return {
      type: problemType('internal_error'),
      title,
      status,
      detail: `Unexpected error; quote errorId ${errorId} when reporting it`,
      code: 'internal_error',
      instance,
      errorId,
    };
  }
}
