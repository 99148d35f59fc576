import { Inject, Injectable, Logger } from '@nestjs/common';
import { Client } from '@temporalio/client';
import type { AppConfig } from '@tablekeeper/config';
import { WaitlistRepository } from '@tablekeeper/db';
import { wakeWaitlistMatcher } from '@tablekeeper/temporal/shared/waitlist-matcher-wake';
import { APP_CONFIG, TEMPORAL_CLIENT } from '../infrastructure/tokens';

/** Long enough for a signal-with-start on a healthy server; a setup answer never waits on more. */
const SIGNAL_DEADLINE_MS = 2_000;

/**
 * A committed setup change may free capacity (a block lifted, a closure removed, longer hours, a
 * new table): the restaurant's waitlist matcher is told at once rather than at its next poll.
 * Best effort: the poll (WAITLIST_MATCH_POLL_SECONDS) stays the durable backstop.
 */
@Injectable()
export class WaitlistWake {
  private readonly logger = new Logger('WaitlistWake');

  constructor(
    @Inject(TEMPORAL_CLIENT) private readonly client: Client,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly entries: WaitlistRepository,
  ) {}

  async afterSetupChange(restaurantId: string): Promise<void> {
    try {
      if (!(await this.entries.anyWaiting(restaurantId, new Date()))) return;
      await this.client.withDeadline(Date.now() + SIGNAL_DEADLINE_MS, () =>
        wakeWaitlistMatcher(this.client, {
          restaurantId,
          taskQueue: this.config.taskQueue,
          pollSeconds: this.config.waitlistMatchPollSeconds,
        }),
      );
    } catch (error) {
      this.logger.warn(`waitlist matcher not woken after a setup change: ${String(error)}`);
    }
  }
}
