import { createHash, randomBytes } from 'node:crypto';
import { normalizeEmail, type StaffPrincipal, type StaffRole } from '@tablekeeper/auth';
import type { PrismaClient } from './prisma-client.factory';
import { burnPasswordCheck, hashPassword, passwordMatches } from './staff-password';

export interface NewSession {
  /** The raw token for the cookie; the database keeps only its hash. */
  readonly token: string;
  readonly csrfToken: string;
  readonly expiresAt: Date;
}

function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

/** What an account is made of; the password is stored only as its hash. */
export interface StaffAccountInput {
  readonly email: string;
  readonly password: string;
  readonly role: StaffRole;
  readonly restaurantId: string;
}

/** Staff accounts and their server-side sessions. */
export class StaffRepository {
  constructor(private readonly prisma: PrismaClient) {}

  async create(input: StaffAccountInput): Promise<{ id: string; email: string }> {
    const email = normalizeEmail(input.email);
    const row = await this.prisma.staffAccount.create({
      data: {
        email,
        passwordHash: await hashPassword(input.password),
        role: input.role,
        restaurantId: input.restaurantId,
      },
      select: { id: true, email: true },
    });
    return row;
  }

  /** Sets a new password and role for an existing account (the demo seed re-runs). */
  async upsert(input: StaffAccountInput): Promise<{ id: string; email: string }> {
    const email = normalizeEmail(input.email);
    const passwordHash = await hashPassword(input.password);
    return this.prisma.staffAccount.upsert({
      where: { email },
      create: { email, passwordHash, role: input.role, restaurantId: input.restaurantId },
      update: { passwordHash, role: input.role, restaurantId: input.restaurantId, disabledAt: null },
      select: { id: true, email: true },
    });
  }

  /** The account id when email and password match an enabled account; null otherwise. */
  async verifyPassword(email: string, password: string): Promise<string | null> {
    const row = await this.prisma.staffAccount.findUnique({
      where: { email: normalizeEmail(email) },
      select: { id: true, passwordHash: true, disabledAt: true },
    });
    if (!row) {
      await burnPasswordCheck(password);
      return null;
    }
    const ok = await passwordMatches(row.passwordHash, password);
    return ok && !row.disabledAt ? row.id : null;
  }

  async startSession(staffId: string, ttlSeconds: number, now = new Date()): Promise<NewSession> {
    const token = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(24).toString('base64url');
    const expiresAt = new Date(now.getTime() + ttlSeconds * 1000);
    await this.prisma.staffSession.create({
      data: { id: tokenHash(token), staffId, csrfToken, expiresAt },
    });
    // Expired sessions are useless; sweep a few on each sign-in so the table stays small.
    await this.prisma.staffSession.deleteMany({ where: { expiresAt: { lt: now } } });
    return { token, csrfToken, expiresAt };
  }

  async findSession(token: string, now = new Date()): Promise<StaffPrincipal | null> {
    const row = await this.prisma.staffSession.findUnique({
      where: { id: tokenHash(token) },
      include: { staff: { include: { restaurant: true } } },
    });
    if (!row || row.expiresAt <= now || row.staff.disabledAt) return null;
    return {
      staffId: row.staff.id,
      email: row.staff.email,
      role: row.staff.role,
      restaurantId: row.staff.restaurantId,
      restaurantName: row.staff.restaurant.name,
      timezone: row.staff.restaurant.timezone,
      csrfToken: row.csrfToken,
    };
  }

  async endSession(token: string): Promise<void> {
    await this.prisma.staffSession.deleteMany({ where: { id: tokenHash(token) } });
  }
}
