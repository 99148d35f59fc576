/**
 * `npm run build` step: bundles the workflow code ahead of time, once without and once with the
 * tracing interceptors. A worker that finds its bundle starts without running webpack, which
 * takes seconds and leaves a few hundred MB of peak memory behind (Temporal's advice for
 * production workers).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleWorkflowCode } from '@temporalio/worker';
import {
  bookingWorkflowsPath,
  leanSourceMaps,
  prebuiltBundlePath,
  workflowInterceptorModules,
} from './workflow-bundle.options';

async function main(): Promise<void> {
  for (const tracing of [false, true]) {
    const { code } = await bundleWorkflowCode({
      workflowsPath: bookingWorkflowsPath(),
      workflowInterceptorModules: workflowInterceptorModules(tracing),
      webpackConfigHook: leanSourceMaps,
      logger: {
        trace: () => undefined,
        debug: () => undefined,
        info: () => undefined,
        log: () => undefined,
        warn: (message) => console.warn(message),
        error: (message) => console.error(message),
      },
    });
    const file = prebuiltBundlePath(tracing);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, code);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
