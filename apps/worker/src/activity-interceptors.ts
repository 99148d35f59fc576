import type { Context } from '@temporalio/activity';
import { defaultPayloadConverter } from '@temporalio/common';
import type { ActivityInterceptorsFactory } from '@temporalio/worker';
import { secondsSince } from '@tablekeeper/observability';
import { REQUEST_ID_HEADER } from '@tablekeeper/temporal/shared/correlation';
import type { WorkerMetrics } from './worker-metrics';

/** Adds the gateway's request id (header from the workflow) to every activity log line. */
export const requestIdLogging: ActivityInterceptorsFactory = () => {
  let requestId: string | undefined;
  return {
    inbound: {
      execute(input, next) {
        const payload = input.headers[REQUEST_ID_HEADER];
        if (payload) requestId = defaultPayloadConverter.fromPayload<string>(payload);
        return next(input);
      },
    },
    outbound: {
      getLogAttributes(input, next) {
        return next(requestId ? { ...input, requestId } : input);
      },
    },
  };
};

/** The status a committed activity result reports: a snapshot, or an outcome holding one. */
function committedStatus(result: unknown): string | undefined {
  const value = result as { status?: unknown; ok?: unknown; booking?: { status?: unknown } } | null;
  if (!value || typeof value !== 'object') return undefined;
  if (typeof value.status === 'string') return value.status;
  if (value.ok === false) return undefined;
  return typeof value.booking?.status === 'string' ? value.booking.status : undefined;
}

/**
 * Times every activity (local ones too) and counts the status changes they commit, without the
 * activities knowing: a booking's outcome is the status its last change reports.
 */
export function activityMetrics(metrics: WorkerMetrics): ActivityInterceptorsFactory {
  return (ctx: Context) => ({
    inbound: {
      async execute(input, next) {
        const { activityType, isLocal } = ctx.info;
        const started = process.hrtime.bigint();
        try {
          const result = await next(input);
          metrics.observeActivity(activityType, isLocal, 'completed', secondsSince(started));
          const status = committedStatus(result);
          if (status) {
            const action = (input.args[0] as { action?: unknown } | undefined)?.action;
            metrics.countStatusChange(status, action === 'expire');
          }
          return result;
        } catch (error) {
          metrics.observeActivity(activityType, isLocal, 'failed', secondsSince(started));
          throw error;
        }
      },
    },
  });
}
