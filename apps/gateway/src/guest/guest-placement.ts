import { Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { ApiPrincipal } from '@tablekeeper/auth';
import type { BookingMode, BookingSnapshot } from '@tablekeeper/domain';
import { clientAddress } from './client-address';
import { LiveHoldLimiter } from './live-holds';
import { ManageLinks, type ManageLinkOutput } from './manage-links';

/**
 * What placing a booking or hold with a publishable key adds to the placement itself: the cap on
 * live holds per address before it, and the guest's manage link after it (the same link again
 * for a retried request, so a widget that lost the first answer can still show it).
 */
@Injectable()
export class GuestPlacement {
  constructor(
    private readonly liveHolds: LiveHoldLimiter,
    private readonly links: ManageLinks,
  ) {}

  async before(principal: ApiPrincipal, request: FastifyRequest, mode: BookingMode): Promise<void> {
    if (principal.kind === 'publishable' && mode === 'hold') {
      await this.liveHolds.assertRoom(clientAddress(request));
    }
  }

  async after(
    principal: ApiPrincipal,
    request: FastifyRequest,
    booking: BookingSnapshot,
  ): Promise<ManageLinkOutput | undefined> {
    if (principal.kind !== 'publishable') return undefined;
    if (booking.status === 'held') {
      await this.liveHolds.add(clientAddress(request), booking.id, booking.holdExpiresAt);
    }
    return this.links.issue(booking.id, request);
  }
}
