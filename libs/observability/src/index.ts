export * from './dependency-timing';
export * from './metrics-server';
export * from './temporal-call-timing';
export * from './tracing-state';
export * from './metrics.endpoint';
export * from './process-metrics';
