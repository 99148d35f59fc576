import { DefaultLogger, type LogLevel } from '@temporalio/worker';
import type { Logger as Pino } from 'pino';

const LEVELS: Record<string, LogLevel> = { debug: 'DEBUG', info: 'INFO', warn: 'WARN', error: 'ERROR' };

/**
 * The Temporal SDK's logs (worker, workflow and activity loggers, with their workflowId, runId,
 * activityType...) as pino JSON lines, so one query finds a booking across gateway and worker.
 */
export function temporalLogger(pino: Pino, level: string): DefaultLogger {
  return new DefaultLogger(LEVELS[level] ?? 'INFO', (entry) => {
    const fields = { ...(entry.meta ?? {}), sdk: 'temporal' };
    switch (entry.level) {
      case 'TRACE':
      case 'DEBUG':
        return pino.debug(fields, entry.message);
      case 'INFO':
        return pino.info(fields, entry.message);
      case 'WARN':
        return pino.warn(fields, entry.message);
      default:
        return pino.error(fields, entry.message);
    }
  });
}
