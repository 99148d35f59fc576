// @node-rs/argon2 rather than `argon2`: the latter's prebuilt linux-x64 binary crashes Node with a
// segfault on these Debian 12 machines, while the napi-rs build loads cleanly.
import { hash, verify } from '@node-rs/argon2';

/**
 * OWASP's argon2id baseline (19 MiB, 2 passes): slow for an attacker, quick enough for a sign-in.
 * argon2id is the library's default algorithm (its `Algorithm` is a const enum, which the test
 * compiler cannot inline), and the stored hash says so: `$argon2id$v=19$m=19456,t=2,p=1$...`.
 */
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const MIN_PASSWORD_LENGTH = 12;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function passwordMatches(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
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
