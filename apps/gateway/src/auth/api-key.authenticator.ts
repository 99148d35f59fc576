import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { AppConfig } from '@tablekeeper/config';
import { API_KEY_REVOKED_CHANNEL, closeRedis, createRedis } from '@tablekeeper/cache';
import type { ApiPrincipal } from '@tablekeeper/auth';
import { ApiKeyRepository } from '@tablekeeper/db';
import { APP_CONFIG } from '../infrastructure/tokens';

const TTL_MS = 10_000;
const MAX_ENTRIES = 10_000;

/**
 * Resolves an API key to its principal without a database read on every request: principals are
 * kept in memory for a few seconds, and only while this gateway is subscribed to revocations
 * (a revoked key is dropped by every gateway the moment it is published). When the subscription
 * is down, every request goes to Postgres.
 */
@Injectable()
export class ApiKeyAuthenticator implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('ApiKeys');
  private readonly cache = new Map<string, { principal: ApiPrincipal; expiresAt: number }>();
  private subscriber?: Redis;
  private subscribed = false;

  constructor(
    private readonly apiKeys: ApiKeyRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    const subscriber = createRedis(this.config.redisUrl, this.logger);
    this.subscriber = subscriber;
    const unsubscribed = () => {
      this.subscribed = false;
      this.cache.clear();
    };
    subscriber.on('close', unsubscribed);
    subscriber.on('error', unsubscribed);
    subscriber.on('ready', () => {
      subscriber.subscribe(API_KEY_REVOKED_CHANNEL).then(
        () => (this.subscribed = true),
        (error: unknown) => this.logger.warn(`revocation channel unavailable: ${String(error)}`),
      );
    });
    subscriber.on('message', (_channel: string, prefix: string) => this.forget(prefix));
  }

  async onModuleDestroy(): Promise<void> {
    this.subscribed = false;
    if (this.subscriber) await closeRedis(this.subscriber);
  }

  async authenticate(rawKey: string): Promise<ApiPrincipal | null> {
    const id = createHash('sha256').update(rawKey).digest('hex');
    const now = Date.now();
    const hit = this.cache.get(id);
    if (this.subscribed && hit && hit.expiresAt > now) return hit.principal;
    const principal = await this.apiKeys.authenticate(rawKey);
    if (principal && this.subscribed) {
      if (this.cache.size >= MAX_ENTRIES) this.cache.delete(this.cache.keys().next().value!);
      this.cache.set(id, { principal, expiresAt: now + TTL_MS });
    } else {
      this.cache.delete(id);
    }
    return principal;
  }

  private forget(prefix: string): void {
    for (const [id, entry] of this.cache) if (entry.principal.prefix === prefix) this.cache.delete(id);
  }
}
