import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { Redis } from 'ioredis';
import { Observable, Subject, filter, takeUntil } from 'rxjs';
import { BOOKING_CHANGED_CHANNEL, parseBookingChanged, type BookingChanged } from '@tablekeeper/cache';
import type { AppConfig } from '@tablekeeper/config';
import { APP_CONFIG } from '../infrastructure/tokens';

/**
 * One Redis subscription per gateway process, fanned out to every connected admin UI. Each
 * gateway subscribes on its own, so every instance sees every change whichever worker made it.
 */
@Injectable()
export class BookingChangesHub implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('BookingChanges');
  private readonly changes = new Subject<BookingChanged>();
  private readonly closing = new Subject<void>();
  private subscriber?: Redis;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async onModuleInit(): Promise<void> {
    // A subscriber connection of its own (a subscribed connection can do nothing else); it queues
    // the subscribe until connected and re-subscribes after every reconnect.
    this.subscriber = new Redis(this.config.redisUrl, { maxRetriesPerRequest: null, lazyConnect: true });
    this.subscriber.on('error', (error: Error) => this.logger.warn(`Redis subscriber: ${error.message}`));
    this.subscriber.on('message', (_channel: string, raw: string) => {
      const change = parseBookingChanged(raw);
      if (change) this.changes.next(change);
    });
    this.subscriber.connect().catch(() => undefined);
    void this.subscriber.subscribe(BOOKING_CHANGED_CHANNEL).catch((error: unknown) => {
      this.logger.warn(`could not subscribe to booking changes: ${String(error)}`);
    });
  }

  /** The changes of one restaurant, as they arrive. */
  forRestaurant(restaurantId: string): Observable<BookingChanged> {
    return this.changes.pipe(filter((change) => change.restaurantId === restaurantId));
  }

  /** Ends a stream when the gateway shuts down, so open event streams do not hold it up. */
  untilShutdown<T>(stream: Observable<T>): Observable<T> {
    return stream.pipe(takeUntil(this.closing));
  }

  onModuleDestroy(): void {
    this.closing.next();
    this.changes.complete();
    // Not quit(): with Redis down a polite QUIT would wait in the offline queue for ever.
    this.subscriber?.disconnect();
  }
}
