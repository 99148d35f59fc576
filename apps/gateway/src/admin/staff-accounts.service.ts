import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { SetupRefusal, StaffAccountsRepository } from '@tablekeeper/db';
import { refusalProblem, type SetupCaller } from '../setup/restaurant-setup.service';
import type {
  StaffAccountListOutput,
  StaffAccountOutput,
  StaffAccountWithPasswordOutput,
  StaffCreateInput,
  StaffPasswordInput,
  StaffPatchInput,
} from './staff-accounts.dto';

/** 20 characters from a 32-letter alphabet without look-alikes: 100 bits, easy to read out. */
function oneTimePassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789AB';
  const bytes = randomBytes(20);
  const chars = [...bytes].map((b) => alphabet[b % 32]);
  return [0, 5, 10, 15].map((i) => chars.slice(i, i + 5).join('')).join('-');
}

/**
 * Managers manage who works in their restaurant's admin UI. The rules (last active manager,
 * sessions ended on deactivation) live in the repository's transaction; here, generated
 * passwords and refusals as problem+json.
 */
@Injectable()
export class StaffAccountsService {
  constructor(private readonly accounts: StaffAccountsRepository) {}

  async list(restaurantId: string): Promise<StaffAccountListOutput> {
    return { data: await this.accounts.list(restaurantId) };
  }

  create(by: SetupCaller, input: StaffCreateInput): Promise<StaffAccountWithPasswordOutput> {
    const generated = input.password === undefined ? oneTimePassword() : undefined;
    return this.refused(async () => {
      const row = await this.accounts.create(by, {
        email: input.email,
        role: input.role,
        password: input.password ?? generated!,
      });
      return generated ? { ...row, initialPassword: generated } : row;
    });
  }

  update(by: SetupCaller, staffId: string, input: StaffPatchInput): Promise<StaffAccountOutput> {
    return this.refused(() => this.accounts.update(by, staffId, input));
  }

  resetPassword(
    by: SetupCaller,
    staffId: string,
    input: StaffPasswordInput,
  ): Promise<StaffAccountWithPasswordOutput> {
    const generated = input.password === undefined ? oneTimePassword() : undefined;
    return this.refused(async () => {
      const row = await this.accounts.resetPassword(by, staffId, input.password ?? generated!);
      return generated ? { ...row, initialPassword: generated } : row;
    });
  }

  private async refused<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      throw error instanceof SetupRefusal ? refusalProblem(error) : error;
    }
  }
}
