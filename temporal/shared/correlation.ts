/**
 * The gateway's request id travels with a booking into the worker as a Temporal header (set by
 * the gateway's client interceptor, kept by the workflow's, handed to each activity), so the
 * gateway's request line and the worker's log lines for that request share `requestId`.
 */
export const REQUEST_ID_HEADER = 'tablekeeper-request-id';
