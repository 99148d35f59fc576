/**
 * How the booking workflows are bundled for Temporal's sandbox, in a module of its own with no
 * alias imports: the prebuilt bundle (`npm run build`), the worker and Jest's global setup (which
 * runs outside Jest's module mapping) all bundle with exactly these options.
 */
import { join } from 'node:path';
import type { BundleOptions } from '@temporalio/worker';

export function bookingWorkflowsPath(): string {
  return require.resolve('../../../temporal/workflows');
}

/** Interceptor modules bundled with the workflows; a prebuilt bundle must be made with the same. */
export function workflowInterceptorModules(tracing: boolean): string[] {
  const modules = [require.resolve('../../../temporal/workflows/correlation.interceptors')];
  if (tracing)
    modules.push(require.resolve('@temporalio/interceptors-opentelemetry/lib/workflow-interceptors'));
  return modules;
}

/**
 * Every workflow bundle we make (prebuilt, at worker start, in tests) keeps its inline source map,
 * which the SDK requires to map workflow stack traces, but without the sources' text: positions
 * are all the SDK reads unless `showStackTraceSources` is on (it is not), and the text cost the
 * busy worker ~20 MB of RSS.
 */
export const leanSourceMaps: NonNullable<BundleOptions['webpackConfigHook']> = (config) => ({
  ...config,
  devtool: 'inline-nosources-source-map',
});

/** Where `npm run build` leaves the prebuilt workflow bundle (dist/workflow-bundles/). */
export function prebuiltBundlePath(tracing: boolean): string {
  return join(__dirname, '..', '..', '..', 'workflow-bundles', tracing ? 'traced.js' : 'plain.js');
}
