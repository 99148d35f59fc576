import { normalizeEmail, type StaffRole } from '@tablekeeper/auth';
import { lockRestaurant } from './booking-statements';
import { hasSqlState } from './postgres-errors';
import type { PrismaClient, Tx } from './prisma-client.factory';
import type { Actor } from './setup/restaurant-setup.repository';
import { recordSetupChange } from './setup/setup-audit';
import { SETUP_TX_OPTIONS } from './setup/setup-transaction';
import { SetupRefusal } from './setup/setup-errors';
import { hashPassword } from './staff-password';

/** A staff account as managers see it; never its password or hash. */
export interface StaffAccountRow {
  readonly id: string;
  readonly email: string;
  readonly role: StaffRole;
  readonly active: boolean;
  readonly createdAt: string;
}

const columns = { id: true, email: true, role: true, disabledAt: true, createdAt: true } as const;

function rowOf(a: { id: string; email: string; role: StaffRole; disabledAt: Date | null; createdAt: Date }) {
  return {
    id: a.id,
    email: a.email,
    role: a.role,
    active: a.disabledAt === null,
    createdAt: a.createdAt.toISOString(),
  };
}

/** What the change log keeps of an account: who and what, never a secret. */
const logged = (a: StaffAccountRow) => ({ email: a.email, role: a.role, active: a.active });

/**
 * Managers' work on the staff accounts of their restaurant. Every change runs under the
 * restaurant's lock with its setup change-log row, so two managers demoting each other cannot
 * leave the restaurant without an active manager; deactivating an account or resetting its
 * password ends its sessions in the same transaction.
 */
export class StaffAccountsRepository {
  constructor(private readonly prisma: PrismaClient) {}

  async list(restaurantId: string): Promise<StaffAccountRow[]> {
    const rows = await this.prisma.staffAccount.findMany({
      where: { restaurantId },
      select: columns,
      orderBy: { email: 'asc' },
    });
    return rows.map(rowOf);
  }

  async create(
    by: Actor,
    input: { email: string; role: StaffRole; password: string },
  ): Promise<StaffAccountRow> {
    const email = normalizeEmail(input.email);
    const passwordHash = await hashPassword(input.password);
    return this.write(by, async (tx) => {
      const created = await tx.staffAccount
        .create({
          data: { email, passwordHash, role: input.role, restaurantId: by.restaurantId },
          select: columns,
        })
        .catch((error: unknown) => {
          if (hasSqlState(error, '23505') || (error as { code?: string }).code === 'P2002')
            // Emails are unique across restaurants: say only that it is taken, not where.
            throw new SetupRefusal(
              'duplicate_staff_email',
              'An account with that email exists already',
              'email',
            );
          throw error;
        });
      const row = rowOf(created);
      await recordSetupChange(tx, { ...by, action: 'staff.create', subject: email, after: logged(row) });
      return row;
    });
  }

  async update(
    by: Actor,
    staffId: string,
    input: { role?: StaffRole; active?: boolean },
  ): Promise<StaffAccountRow> {
    return this.write(by, async (tx) => {
      const before = await this.accountIn(tx, by.restaurantId, staffId);
      const role = input.role ?? before.role;
      const active = input.active ?? before.active;
      if (before.role === 'manager' && before.active && (role !== 'manager' || !active)) {
        const others = await tx.staffAccount.count({
          where: { restaurantId: by.restaurantId, role: 'manager', disabledAt: null, id: { not: staffId } },
        });
        if (others === 0)
          throw new SetupRefusal(
            'last_active_manager',
            'This is the last active manager; make another account manager first',
            input.role !== undefined && role !== 'manager' ? 'role' : 'active',
          );
      }
      const updated = await tx.staffAccount.update({
        where: { id: staffId },
        data: {
          role,
          disabledAt: active ? null : before.active ? new Date() : undefined,
        },
        select: columns,
      });
      // A deactivated account is locked out at once, not when its cookie expires.
      if (!active) await tx.staffSession.deleteMany({ where: { staffId } });
      const row = rowOf(updated);
      if (row.role !== before.role || row.active !== before.active) {
        await recordSetupChange(tx, {
          ...by,
          action: 'staff.update',
          subject: row.email,
          before: logged(before),
          after: logged(row),
        });
      }
      return row;
    });
  }

  /** A new password; every session of the account ends, so whoever knew the old one is out. */
  async resetPassword(by: Actor, staffId: string, password: string): Promise<StaffAccountRow> {
    const passwordHash = await hashPassword(password);
    return this.write(by, async (tx) => {
      const before = await this.accountIn(tx, by.restaurantId, staffId);
      await tx.staffAccount.update({ where: { id: staffId }, data: { passwordHash } });
      await tx.staffSession.deleteMany({ where: { staffId } });
      await recordSetupChange(tx, {
        ...by,
        action: 'staff.password_reset',
        subject: before.email,
        before: logged(before),
        after: logged(before),
      });
      return before;
    });
  }

  private async accountIn(tx: Tx, restaurantId: string, staffId: string): Promise<StaffAccountRow> {
    const found = await tx.staffAccount.findFirst({ where: { id: staffId, restaurantId }, select: columns });
    if (!found) throw new SetupRefusal('staff_not_found', 'No such staff account in this restaurant');
    return rowOf(found);
  }

  private write<T>(by: Actor, change: (tx: Tx) => Promise<T>): Promise<T> {
    return this.prisma.$transaction(async (tx) => {
      await lockRestaurant(tx, by.restaurantId);
      return change(tx);
    }, SETUP_TX_OPTIONS);
  }
}
