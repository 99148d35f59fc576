import { Inject, Injectable } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { AppConfig } from '@tablekeeper/config';
import { ManageTokenRepository, type ManageTokenGrant } from '@tablekeeper/db';
import { ProblemException } from '../common/problem';
import { APP_CONFIG } from '../infrastructure/tokens';
import { ManageTokenSigner } from './manage-token.signer';

export class ManageLinkOutput {
  @ApiProperty({ description: 'The manage token: the credential of GET/PATCH /v1/manage/{token}' })
  token!: string;
  @ApiProperty({ example: 'https://book.example.com/manage/Qk9…', description: 'The page for the guest' })
  url!: string;
}

/**
 * Manage links: issued for a booking (once; asked again, the same link), and resolved from the
 * token a guest brings back, refusing forged, revoked and expired ones alike.
 */
@Injectable()
export class ManageLinks {
  constructor(
    private readonly tokens: ManageTokenRepository,
    private readonly signer: ManageTokenSigner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async issue(bookingId: string, request: FastifyRequest): Promise<ManageLinkOutput> {
    const token = this.signer.sign((await this.tokens.issue(bookingId)).id);
    const base = this.config.widget.publicUrl ?? `${request.protocol}://${request.host}`;
    return Object.assign(new ManageLinkOutput(), { token, url: `${base}/manage/${token}` });
  }

  async revoke(bookingId: string): Promise<number> {
    return this.tokens.revokeForBooking(bookingId);
  }

  /** The grant behind a token; 404 `manage_link_invalid` or 410 `manage_link_expired` otherwise. */
  async resolve(token: string, now = new Date()): Promise<ManageTokenGrant> {
    const id = this.signer.verify(token);
    const grant = id ? await this.tokens.find(id) : null;
    if (!grant || grant.revokedAt) {
      throw new ProblemException('manage_link_invalid', 'This booking link is not valid');
    }
    if (grant.bookingEndsAt.getTime() <= now.getTime()) {
      await this.tokens.recordUse(grant.id, { action: 'view', outcome: 'manage_link_expired' });
      throw new ProblemException('manage_link_expired', 'The booking has ended; its link with it');
    }
    return grant;
  }

  async recordUse(
    grant: ManageTokenGrant,
    action: 'view' | 'cancel' | 'modify' | 'confirm',
    outcome: string,
  ) {
    await this.tokens.recordUse(grant.id, { action, outcome });
  }
}
