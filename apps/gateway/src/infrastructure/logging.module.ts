import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { AppConfig } from '../../../../libs/config/src';
import { pinoOptions } from '../../../../libs/logging/src';
import { APP_CONFIG } from './tokens';

/**
 * Facts the request log line carries, set on the raw request by the code that learns them: the
 * key (by prefix, never the key) and the booking, so one line ties request id, key, booking id and
 * workflow id together.
 */
export type LoggedRequest = IncomingMessage & {
  apiKeyPrefix?: string;
  bookingId?: string;
  workflowId?: string;
};

const REQUEST_ID = /^[\w.:-]{1,100}$/;

function requestId(req: IncomingMessage, res: ServerResponse): string {
  const given = [req.headers['x-request-id'], req.headers['x-correlation-id']]
    .flat()
    .find((v) => v && REQUEST_ID.test(v));
  const id = given ?? randomUUID();
  res.setHeader('x-request-id', id);
  return id;
}

/**
 * Structured JSON logs (pino via nestjs-pino): one line per request with its id (taken from
 * X-Request-Id / X-Correlation-Id or made up, and echoed back), status and time; Nest's own
 * logging goes through the same logger, bound to the request. Bodies and headers are not logged.
 */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        pinoHttp: {
          ...pinoOptions(config, 'gateway'),
          genReqId: requestId,
          customProps: (req: LoggedRequest) => ({
            ...(req.apiKeyPrefix ? { apiKey: req.apiKeyPrefix } : {}),
            ...(req.bookingId ? { bookingId: req.bookingId, workflowId: req.workflowId } : {}),
          }),
          serializers: {
            req: (req: { id: string; method: string; url: string }) => ({
              id: req.id,
              method: req.method,
              url: req.url,
            }),
            res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
          },
          customLogLevel: (_req: IncomingMessage, res: ServerResponse, error?: Error) =>
            error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
          autoLogging: { ignore: (req: IncomingMessage) => (req.url ?? '').startsWith('/health') },
        },
      }),
    }),
  ],
})
export class LoggingModule {}
