import type { LoggerService } from '@nestjs/common';
import type { Logger as Pino } from 'pino';

/** Nest's logging, written by pino, for processes without HTTP requests (the worker, the CLI). */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly pino: Pino) {}

  log(message: unknown, context?: string): void {
    this.write('info', message, context);
  }
  error(message: unknown, trace?: string, context?: string): void {
    this.write('error', message, context, trace);
  }
  warn(message: unknown, context?: string): void {
    this.write('warn', message, context);
  }
  debug(message: unknown, context?: string): void {
    this.write('debug', message, context);
  }
  verbose(message: unknown, context?: string): void {
    this.write('trace', message, context);
  }

  private write(
    level: 'trace' | 'debug' | 'info' | 'warn' | 'error',
    message: unknown,
    context?: string,
    trace?: string,
  ): void {
    const fields = { ...(context ? { context } : {}), ...(trace ? { stack: trace } : {}) };
    if (message !== null && typeof message === 'object')
      this.pino[level]({ ...fields, ...(message as object) });
    else this.pino[level](fields, String(message));
  }
}
