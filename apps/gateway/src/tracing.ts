// First import of main.ts: instrumentation must patch `http` and `pg` before they are loaded.
import { startTracingFromEnv } from '../../../libs/observability/src/tracing-state';

startTracingFromEnv('tablekeeper-gateway');
