import type { Redis } from 'ioredis';

/**
 * Gateways keep authenticated API keys in memory for a few seconds; a revocation is published
 * here so every gateway drops the key at once instead of at the end of that window.
 */
export const API_KEY_REVOKED_CHANNEL = 'tk:api-keys:revoked';

export async function publishApiKeyRevoked(redis: Redis, prefix: string): Promise<void> {
  await redis.publish(API_KEY_REVOKED_CHANNEL, prefix);
}
