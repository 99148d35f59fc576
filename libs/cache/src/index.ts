export * from './availability-cache';
export * from './redis-client.factory';
export * from './api-key-events';
export * from './idempotency-store';
export * from './booking-changes';
export * from './redis-errors';
export * from './setup-events';
export * from './guest-redis-purge';
