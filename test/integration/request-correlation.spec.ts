/**
 * The gateway's request id reaches every activity a request causes, local activities included:
 * the client interceptor sends it as a header within the request's context, the bundled workflow
 * interceptor keeps the latest one and passes it on, and the worker's activity interceptors see
 * it (and time local activities as `kind="local"`).
 */
import { Client, Connection } from '@temporalio/client';
import { defaultPayloadConverter } from '@temporalio/common';
import {
  bundleWorkflowCode,
  DefaultLogger,
  NativeConnection,
  Runtime,
  Worker,
  type ActivityInterceptorsFactory,
} from '@temporalio/worker';
import { randomBytes } from 'node:crypto';
import { requestContext } from '../../apps/gateway/src/infrastructure/request-context';
import { RequestIdClientInterceptor } from '../../apps/gateway/src/infrastructure/request-id.client-interceptor';
import { activityMetrics, requestIdLogging } from '../../apps/worker/src/activity-interceptors';
import { workflowInterceptorModules } from '../../apps/worker/src/workflow-bundle.options';
import { WorkerMetrics } from '../../apps/worker/src/worker-metrics';
import { REQUEST_ID_HEADER } from '@tablekeeper/temporal/shared/correlation';
import { eventually } from '../support/http';
import { temporalAddress } from '../support/test-env';
import { nextStepUpdate } from '../support/workflows/correlation-probe.workflow';

const seen: { step: string; local: boolean; requestId?: string }[] = [];
const recordHeaders: ActivityInterceptorsFactory = (ctx) => ({
  inbound: {
    execute(input, next) {
      const header = input.headers[REQUEST_ID_HEADER];
      seen.push({
        step: input.args[0] as string,
        local: ctx.info.isLocal,
        requestId: header ? defaultPayloadConverter.fromPayload<string>(header) : undefined,
      });
      return next(input);
    },
  },
});

beforeAll(() => Runtime.install({ logger: new DefaultLogger('WARN') }));

it('carries the request id of the start and of a later update into local and regular activities', async () => {
  const taskQueue = `test-corr-${randomBytes(4).toString('hex')}`;
  const bundle = await bundleWorkflowCode({
    workflowsPath: require.resolve('../support/workflows/correlation-probe.workflow'),
    workflowInterceptorModules: workflowInterceptorModules(false),
    logger: { trace() {}, debug() {}, info() {}, warn() {}, error: console.error, log() {} },
  });
  const metrics = new WorkerMetrics();
  const nativeConnection = await NativeConnection.connect({ address: temporalAddress() });
  const worker = await Worker.create({
    connection: nativeConnection,
    taskQueue,
    workflowBundle: bundle,
    activities: { probe: async (step: string) => step },
    interceptors: { activity: [recordHeaders, requestIdLogging, activityMetrics(metrics)] },
  });
  const connection = await Connection.connect({ address: temporalAddress() });
  const client = new Client({ connection, interceptors: { workflow: [new RequestIdClientInterceptor()] } });
  try {
    await worker.runUntil(async () => {
      const handle = await requestContext.run('req-start', () =>
        client.workflow.start('correlationProbeWorkflow', { taskQueue, workflowId: `corr-${taskQueue}` }),
      );
      // The update comes once the start's activities ran, as a later request would.
      await eventually(async () => (seen.length === 2 ? true : undefined));
      await requestContext.run('req-update', () =>
        handle.executeUpdate(nextStepUpdate, { args: ['after-update'] }),
      );
      expect(await handle.result()).toHaveLength(3);
    });
  } finally {
    await connection.close();
    await nativeConnection.close();
  }
  expect(seen).toEqual([
    { step: 'after-start:local', local: true, requestId: 'req-start' },
    { step: 'after-start:regular', local: false, requestId: 'req-start' },
    { step: 'after-update', local: true, requestId: 'req-update' },
    { step: 'after-update:regular', local: false, requestId: 'req-update' },
  ]);
  const text = await metrics.registry.metrics();
  expect(text).toMatch(
    /tablekeeper_activity_duration_seconds_count\{activity="probe",kind="local",outcome="completed"\} 2/,
  );
  expect(text).toMatch(
    /tablekeeper_activity_duration_seconds_count\{activity="probe",kind="regular",outcome="completed"\} 2/,
  );
}, 120_000);
