import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { Redis } from 'ioredis';
import type { AppConfig } from '@tablekeeper/config';
import {
  AvailabilityCache,
  SETUP_CHANGED_CHANNEL,
  closeRedis,
  createRedis,
  publishSetupChanged,
} from '@tablekeeper/cache';
import { AvailabilityRepository } from '@tablekeeper/db';
import { APP_CONFIG, REDIS } from '../infrastructure/tokens';
import { WaitlistWake } from './waitlist-wake';

/**
 * Makes a committed setup change visible at once on every gateway: the restaurant's availability
 * version is bumped (every cached day of it goes stale, in Redis and in each gateway's memory),
 * and the change is announced on Redis so each gateway drops the setup it keeps in memory. A
 * gateway not subscribed (Redis down, reconnecting) keeps no setups at all, so it never serves an
 * old one; the hold reads the setup in its own transaction regardless.
 */
@Injectable()
export class SetupChanges implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('SetupChanges');
  private subscriber?: Redis;

  constructor(
    private readonly availability: AvailabilityRepository,
    private readonly cache: AvailabilityCache,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly waitlist: WaitlistWake,
  ) {}

  onModuleInit(): void {
    this.availability.setCaching(false);
    const subscriber = createRedis(this.config.redisUrl, this.logger);
    this.subscriber = subscriber;
    const unsubscribed = () => this.availability.setCaching(false);
    subscriber.on('close', unsubscribed);
    subscriber.on('error', unsubscribed);
    subscriber.on('ready', () => {
      subscriber.subscribe(SETUP_CHANGED_CHANNEL).then(
        () => this.availability.setCaching(true),
        (error: unknown) => this.logger.warn(`setup change channel unavailable: ${String(error)}`),
      );
    });
    subscriber.on('message', (_channel: string, restaurantId: string) =>
      this.availability.forget(restaurantId),
    );
  }

  async onModuleDestroy(): Promise<void> {
    this.availability.setCaching(false);
    if (this.subscriber) await closeRedis(this.subscriber);
  }

  /**
   * After the change's transaction committed. Best effort: Redis down means nothing is cached.
   * The waitlist is told after the caches are, so its matcher sees the new setup.
   */
  async announce(restaurantId: string): Promise<void> {
    this.availability.forget(restaurantId);
    await Promise.all([
      this.cache.invalidate(restaurantId),
      publishSetupChanged(this.redis, restaurantId),
    ]).catch((error: unknown) => this.logger.warn(`setup change not announced: ${String(error)}`));
    await this.waitlist.afterSetupChange(restaurantId);
  }
}
