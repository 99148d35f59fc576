export * from './availability-cache';
export * from './redis-client.factory';
