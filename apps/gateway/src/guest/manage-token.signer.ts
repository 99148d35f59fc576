import { Inject, Injectable } from '@nestjs/common';
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { AppConfig } from '@tablekeeper/config';
import { APP_CONFIG } from '../infrastructure/tokens';

const TOKEN = /^([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{43})$/;

/**
 * A manage token is `<id>.<signature>`: the row's UUID (base64url) and an HMAC-SHA256 of it under
 * MANAGE_TOKEN_SECRET. Unguessable without the secret (the id alone opens nothing), checked
 * before any database read (a forged token costs one HMAC), revocable through its row.
 */
@Injectable()
export class ManageTokenSigner {
  private readonly secret: Buffer;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.secret = config.widget.manageTokenSecret;
  }

  sign(tokenId: string): string {
    const id = Buffer.from(tokenId.replace(/-/g, ''), 'hex').toString('base64url');
    return `${id}.${this.signature(id).toString('base64url')}`;
  }

  /** The token's row id, or null for anything this gateway did not sign. */
  verify(token: string): string | null {
    const match = TOKEN.exec(token);
    if (!match) return null;
    const given = Buffer.from(match[2], 'base64url');
    const expected = this.signature(match[1]);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    const hex = Buffer.from(match[1], 'base64url').toString('hex');
    if (hex.length !== 32) return null;
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }

  private signature(id: string): Buffer {
    return createHmac('sha256', this.secret).update(`manage-token:v1:${id}`).digest();
  }
}
