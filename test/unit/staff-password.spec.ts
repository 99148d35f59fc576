import { hashPassword, passwordMatches } from '@tablekeeper/db/staff-password';

describe('staff passwords', () => {
  it('are stored as argon2id hashes with the OWASP baseline parameters', async () => {
    const stored = await hashPassword('correct horse battery staple');
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    await expect(passwordMatches(stored, 'correct horse battery staple')).resolves.toBe(true);
    await expect(passwordMatches(stored, 'Correct horse battery staple')).resolves.toBe(false);
  });

  it('never match a malformed hash', async () => {
    await expect(passwordMatches('not-a-hash', 'anything')).resolves.toBe(false);
  });
});
