// First import of main.ts: instrumentation must patch `http` and `pg` before they are loaded.
import { startTracingFromEnv } from '@tablekeeper/observability/tracing-state';

startTracingFromEnv('tablekeeper-worker');
