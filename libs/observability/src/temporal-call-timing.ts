import type { Next, WorkflowClientInterceptor } from '@temporalio/client';
import { secondsSince, type CallObserver } from './dependency-timing';

async function timed<T>(observe: CallObserver, operation: string, call: () => Promise<T>): Promise<T> {
  const started = process.hrtime.bigint();
  try {
    return await call();
  } finally {
    observe(operation, secondsSince(started));
  }
}

/** Times the gateway's calls into Temporal (start, updates, queries...) for the latency histogram. */
export class TemporalCallTimingInterceptor implements WorkflowClientInterceptor {
  constructor(private readonly observe: CallObserver) {}

  start(
    input: Parameters<Next<WorkflowClientInterceptor, 'start'>>[0],
    next: Next<WorkflowClientInterceptor, 'start'>,
  ) {
    return timed(this.observe, 'start', () => next(input));
  }
  startWithDetails(
    input: Parameters<Next<WorkflowClientInterceptor, 'startWithDetails'>>[0],
    next: Next<WorkflowClientInterceptor, 'startWithDetails'>,
  ) {
    return timed(this.observe, 'start', () => next(input));
  }
  startUpdate(
    input: Parameters<Next<WorkflowClientInterceptor, 'startUpdate'>>[0],
    next: Next<WorkflowClientInterceptor, 'startUpdate'>,
  ) {
    return timed(this.observe, 'update', () => next(input));
  }
  startUpdateWithStart(
    input: Parameters<Next<WorkflowClientInterceptor, 'startUpdateWithStart'>>[0],
    next: Next<WorkflowClientInterceptor, 'startUpdateWithStart'>,
  ) {
    return timed(this.observe, 'update_with_start', () => next(input));
  }
  signal(
    input: Parameters<Next<WorkflowClientInterceptor, 'signal'>>[0],
    next: Next<WorkflowClientInterceptor, 'signal'>,
  ) {
    return timed(this.observe, 'signal', () => next(input));
  }
  query(
    input: Parameters<Next<WorkflowClientInterceptor, 'query'>>[0],
    next: Next<WorkflowClientInterceptor, 'query'>,
  ) {
    return timed(this.observe, 'query', () => next(input));
  }
  describe(
    input: Parameters<Next<WorkflowClientInterceptor, 'describe'>>[0],
    next: Next<WorkflowClientInterceptor, 'describe'>,
  ) {
    return timed(this.observe, 'describe', () => next(input));
  }
}
