export * from './pino-options';
export * from './pino-nest-logger';
export * from './temporal-runtime-logger';
