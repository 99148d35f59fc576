/**
 * openapi.json and the types generated from it (the typed client's and the admin UI's, one file)
 * are what the gateway's decorators generate now. Runs the compiled CLI (`npm test` builds first) in a plain Node process:
 * openapi-typescript loads ES modules, which Jest's CommonJS runtime cannot.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'apps', 'gateway', 'src', 'openapi', 'openapi.cli.js');
const FILES = ['openapi.json', 'libs/api-client/src/api-schema.generated.ts'];

function check(root?: string) {
  return spawnSync(process.execPath, [CLI, '--check', ...(root ? ['--root', root] : [])], {
    cwd: ROOT,
    encoding: 'utf8',
  });
}

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run the tests with npm test, which builds first`);
});

it('has the committed document and its generated types up to date with the gateway', () => {
  const result = check();
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
});

it('fails the check on a stale copy, naming the file and the fix', () => {
  const root = mkdtempSync(join(tmpdir(), 'tk-openapi-'));
  for (const file of FILES) cpSync(join(ROOT, file), join(root, file), { recursive: true });
  const types = join(root, 'libs/api-client/src/api-schema.generated.ts');
  const fresh = readFileSync(types, 'utf8');
  const stale = fresh.replace('nextCursor: string | null;', '');
  expect(stale).not.toBe(fresh);
  writeFileSync(types, stale);
  const result = check(root);
  expect(result.status).toBe(1);
  expect(result.stderr).toBe(
    'libs/api-client/src/api-schema.generated.ts is stale: run `npm run openapi` and commit the result\n',
  );
});

it('gives the admin UI no types of its own: it imports the generated client types', () => {
  expect(existsSync(join(ROOT, 'apps/admin/src/api.generated.ts'))).toBe(false);
  expect(readFileSync(join(ROOT, 'apps/admin/src/api.ts'), 'utf8')).toContain(
    "from '../../../libs/api-client/src/api-schema.generated'",
  );
});
