import type { LoggerOptions } from 'pino';
import type { AppConfig } from '@tablekeeper/config';

/**
 * Guest data and credentials never reach the logs: these paths are replaced wherever they occur
 * in a logged object (request headers, bodies, booking payloads, Temporal log metadata).
 */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  'guest',
  '*.guest',
  'phone',
  '*.phone',
  'email',
  '*.email',
  'notes',
  '*.notes',
  'rawKey',
  '*.rawKey',
  'key',
];

export function pinoOptions(
  config: Pick<AppConfig, 'logLevel' | 'logFormat'>,
  service: string,
): LoggerOptions {
  return {
    level: config.logLevel,
    base: { service },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    timestamp: () => `,"time":"${new Date().toISOString()}"`,
    ...(config.logFormat === 'pretty'
      ? {
          transport: {
            target: 'pino-pretty',
            options: { singleLine: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' },
          },
        }
      : {}),
  };
}
