/**
 * Workflow interceptors (bundled with the workflows, not a workflow): remember the request id of
 * the latest start, update or signal, pass it to the activities that follow, and add it to the
 * workflow's log lines. Headers are recorded in the history, so replay sees the same ids.
 */
import { defaultPayloadConverter, type Headers } from '@temporalio/common';
import type { WorkflowInterceptorsFactory } from '@temporalio/workflow';
import { REQUEST_ID_HEADER } from '../shared/correlation';

export const interceptors: WorkflowInterceptorsFactory = () => {
  // One per workflow execution: the factory runs for each.
  let requestId: string | undefined;
  const remember = (headers: Headers) => {
    const payload = headers[REQUEST_ID_HEADER];
    if (payload) requestId = defaultPayloadConverter.fromPayload<string>(payload);
  };
  const withRequestId = (headers: Headers): Headers =>
    requestId ? { ...headers, [REQUEST_ID_HEADER]: defaultPayloadConverter.toPayload(requestId) } : headers;

  return {
    inbound: [
      {
        execute(input, next) {
          remember(input.headers);
          return next(input);
        },
        handleUpdate(input, next) {
          remember(input.headers);
          return next(input);
        },
        handleSignal(input, next) {
          remember(input.headers);
          return next(input);
        },
      },
    ],
    outbound: [
      {
        scheduleActivity(input, next) {
          return next({ ...input, headers: withRequestId(input.headers) });
        },
        scheduleLocalActivity(input, next) {
          return next({ ...input, headers: withRequestId(input.headers) });
        },
        getLogAttributes(input, next) {
          return next(requestId ? { ...input, requestId } : input);
        },
      },
    ],
  };
};
