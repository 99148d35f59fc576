/**
 * The committed openapi.json (equal to the served document: openapi-artifacts.spec.ts) passes
 * Redocly's recommended rules (redocly.yaml) and Spectral's oas rules (.spectral.yaml) with no
 * error and no warning. Rules turned off are in those files, each with its reason.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const bin = (name: string) => join(ROOT, 'node_modules', '.bin', name);

it('passes Redocly recommended with 0 errors and 0 warnings', () => {
  const result = spawnSync(bin('redocly'), ['lint', 'openapi.json', '--format=stylish'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  const problems = (result.stdout + result.stderr)
    .split('\n')
    .filter((l) => /\b(error|warning)\s{2,}/.test(l));
  expect(problems).toEqual([]);
  expect(result.status).toBe(0);
}, 120_000);

it('passes Spectral oas with 0 errors and 0 warnings', () => {
  const result = spawnSync(
    bin('spectral'),
    ['lint', 'openapi.json', '--ruleset', '.spectral.yaml', '--format', 'text', '--fail-severity', 'warn'],
    { cwd: ROOT, encoding: 'utf8' },
  );
  expect(result.stdout.split('\n').filter((l) => / (error|warning) /.test(l))).toEqual([]);
  expect(result.status).toBe(0);
}, 120_000);
