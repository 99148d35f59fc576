import { Inject, Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@tablekeeper/auth';
import type { AppConfig } from '@tablekeeper/config';
import { StaffRepository } from '@tablekeeper/db';
import { ProblemException } from '../common/problem';
import { APP_CONFIG } from '../infrastructure/tokens';
import type { SessionOutput } from './admin.outputs';
import { SignInLimiter } from './sign-in-limiter';
import { SESSION_TTL_SECONDS } from './staff-session';

export interface StartedSession {
  /** The raw token for the cookie; only its hash is stored. */
  readonly token: string;
  readonly expiresAt: Date;
  readonly session: SessionOutput;
}

/**
 * Signing staff in and out: a password check slowed by the sign-in limiter (per email and client
 * address, shared by every gateway), and server-side sessions the cookie only names.
 */
@Injectable()
export class StaffSessionService {
  constructor(
    private readonly staff: StaffRepository,
    private readonly limiter: SignInLimiter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async signIn(email: string, password: string, ip: string): Promise<StartedSession> {
    await this.limiter.check(email, ip);
    const staffId = await this.staff.verifyPassword(email, password);
    if (!staffId) {
      await this.limiter.failed(email, ip);
      throw new ProblemException('invalid_credentials');
    }
    await this.limiter.succeeded(email, ip);
    const started = await this.staff.startSession(staffId, SESSION_TTL_SECONDS);
    const principal = await this.staff.findSession(started.token);
    return { token: started.token, expiresAt: started.expiresAt, session: this.describe(principal!) };
  }

  async signOut(token: string | undefined): Promise<void> {
    if (token) await this.staff.endSession(token);
  }

  /** What the admin UI learns about its session: who, where, and the CSRF token to send. */
  describe(staff: StaffPrincipal): SessionOutput {
    return {
      staff: {
        id: staff.staffId,
        email: staff.email,
        role: staff.role,
        restaurantId: staff.restaurantId,
        restaurantName: staff.restaurantName,
        timezone: staff.timezone,
      },
      csrfToken: staff.csrfToken,
      temporalUiUrl: this.config.temporalUiUrl,
    };
  }
}
