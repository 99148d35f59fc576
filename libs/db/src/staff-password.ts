import * as argon2 from 'argon2';

/** OWASP's argon2id baseline (19 MiB, 2 passes): slow for an attacker, quick enough for a sign-in. */
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const MIN_PASSWORD_LENGTH = 12;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, OPTIONS);
}

export async function passwordMatches(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/**
 * Checked when nobody has that email, so an unknown email costs as much time as a wrong password
 * and the answer time does not tell which emails exist.
 */
let decoy: Promise<string> | undefined;
export async function burnPasswordCheck(password: string): Promise<void> {
  decoy ??= hashPassword('decoy-password-never-matches');
  await passwordMatches(await decoy, password);
}
