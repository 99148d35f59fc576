import type { Redis } from 'ioredis';

/**
 * A restaurant's setup changed (tables, hours, exceptions, blocks, policy). Each gateway keeps
 * setups in memory only while subscribed here, and drops a restaurant's the moment it is announced,
 * so the next availability answer on every gateway reads the change.
 */
export const SETUP_CHANGED_CHANNEL = 'tk:setup:changed';

export async function publishSetupChanged(redis: Redis, restaurantId: string): Promise<void> {
  await redis.publish(SETUP_CHANGED_CHANNEL, restaurantId);
}
