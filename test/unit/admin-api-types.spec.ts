/**
 * The admin UI's API types (apps/admin/src/api.generated.ts) are what the gateway's OpenAPI
 * document generates now. Runs the compiled generator (`npm test` builds first) in a plain Node
 * process: openapi-typescript loads ES modules, which Jest's CommonJS runtime cannot.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'apps', 'gateway', 'src', 'admin', 'admin-api-types.cli.js');
const COMMITTED = join(ROOT, 'apps', 'admin', 'src', 'api.generated.ts');

function check(file?: string) {
  return spawnSync(process.execPath, [CLI, '--check', ...(file ? [file] : [])], {
    cwd: ROOT,
    encoding: 'utf8',
  });
}

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run the tests with npm test, which builds first`);
});

it('has the committed admin API types up to date with the gateway’s DTOs', () => {
  const result = check();
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
});

it('fails the check on a stale copy, naming the fix', () => {
  const stale = join(mkdtempSync(join(tmpdir(), 'tk-api-types-')), 'api.generated.ts');
  writeFileSync(stale, readFileSync(COMMITTED, 'utf8').replace('readonly nextCursor: string | null;', ''));
  const result = check(stale);
  expect(result.status).toBe(1);
  expect(result.stderr).toContain('npm run api-types');
});
