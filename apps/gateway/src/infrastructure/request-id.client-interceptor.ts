import type { Next, WorkflowClientInterceptor } from '@temporalio/client';
import { defaultPayloadConverter, type Headers } from '@temporalio/common';
import { REQUEST_ID_HEADER } from '@tablekeeper/temporal/shared/correlation';
import { requestContext } from './request-context';

function withRequestId(headers: Headers): Headers {
  const requestId = requestContext.getStore();
  return requestId
    ? { ...headers, [REQUEST_ID_HEADER]: defaultPayloadConverter.toPayload(requestId) }
    : headers;
}

type Input<K extends keyof WorkflowClientInterceptor> = Parameters<Next<WorkflowClientInterceptor, K>>[0];

/** Sends the current request's id to the workflow as a header (temporal/shared/correlation.ts). */
export class RequestIdClientInterceptor implements WorkflowClientInterceptor {
  start(input: Input<'start'>, next: Next<WorkflowClientInterceptor, 'start'>) {
    return next({ ...input, headers: withRequestId(input.headers) });
  }
  startWithDetails(
    input: Input<'startWithDetails'>,
    next: Next<WorkflowClientInterceptor, 'startWithDetails'>,
  ) {
    return next({ ...input, headers: withRequestId(input.headers) });
  }
  startUpdate(input: Input<'startUpdate'>, next: Next<WorkflowClientInterceptor, 'startUpdate'>) {
    return next({ ...input, headers: withRequestId(input.headers) });
  }
  startUpdateWithStart(
    input: Input<'startUpdateWithStart'>,
    next: Next<WorkflowClientInterceptor, 'startUpdateWithStart'>,
  ) {
    return next({
      ...input,
      workflowStartHeaders: withRequestId(input.workflowStartHeaders),
      updateHeaders: withRequestId(input.updateHeaders),
    });
  }
  signal(input: Input<'signal'>, next: Next<WorkflowClientInterceptor, 'signal'>) {
    return next({ ...input, headers: withRequestId(input.headers) });
  }
  signalWithStart(input: Input<'signalWithStart'>, next: Next<WorkflowClientInterceptor, 'signalWithStart'>) {
    return next({ ...input, headers: withRequestId(input.headers) });
  }
}
