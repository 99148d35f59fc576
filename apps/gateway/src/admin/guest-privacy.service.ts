import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Redis } from 'ioredis';
import type { StaffPrincipal } from '@tablekeeper/auth';
import { staffActor } from '@tablekeeper/auth';
import { AvailabilityCache, purgeGuestFromRedis, type RedisPurgeResult } from '@tablekeeper/cache';
import {
  GuestNotFoundError,
  GuestPrivacyRepository,
  type ErasureReceipt,
  type GuestExport,
} from '@tablekeeper/db';
import { ProblemException, fieldProblem } from '../common/problem';
import { REDIS } from '../infrastructure/tokens';

export interface ErasureAnswer extends ErasureReceipt {
  /** Redis was searched and the guest's entries deleted; false: Redis was unreachable (retry). */
  readonly redisPurged: boolean;
  readonly redis: RedisPurgeResult | null;
}

/**
 * GDPR export and erasure of one guest of the signed-in manager's restaurant: Postgres in one
 * transaction (GuestPrivacyRepository), then Redis. The Temporal side needs no call: the keys
 * that seal the guest's data in their booking and waitlist workflows' payloads die with the
 * transaction.
 */
@Injectable()
export class GuestPrivacyService {
  private readonly logger = new Logger(GuestPrivacyService.name);

  constructor(
    private readonly privacy: GuestPrivacyRepository,
    private readonly availability: AvailabilityCache,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  async export(staff: StaffPrincipal, guestId: string): Promise<GuestExport> {
    const data = await this.privacy.export(staff.restaurantId, guestId);
    if (!data) throw new ProblemException('guest_not_found', 'No such guest at this restaurant');
    return data;
  }

  async erase(staff: StaffPrincipal, guestId: string, confirm: string | undefined): Promise<ErasureAnswer> {
    if (confirm !== guestId) {
      throw fieldProblem(
        'erasure_not_confirmed',
        'confirm',
        "confirm must be the guest's id, to say this is the guest to erase",
      );
    }
    const identity = await this.privacy.identityOf(staff.restaurantId, guestId);
    if (!identity) throw new ProblemException('guest_not_found', 'No such guest at this restaurant');
    let receipt: ErasureReceipt;
    try {
      receipt = await this.privacy.erase(staff.restaurantId, guestId, staffActor(staff));
    } catch (error) {
      if (error instanceof GuestNotFoundError)
        throw new ProblemException('guest_not_found', 'No such guest at this restaurant');
      throw error;
    }
    let redis: RedisPurgeResult | null = null;
    try {
      redis = await purgeGuestFromRedis(this.redis, [
        ...identity.bookingIds,
        ...identity.waitlistEntryIds,
        ...identity.values,
      ]);
      // Cached availability holds counts only; dropped anyway so no view outlives the erasure.
      await this.availability.invalidate(staff.restaurantId);
    } catch (error) {
      // Ids only in the log: never the guest's data.
      this.logger.warn(
        `guest ${guestId} erased in Postgres; Redis purge failed: ${(error as Error).message}`,
      );
    }
    return { ...receipt, redisPurged: redis !== null, redis };
  }
}
