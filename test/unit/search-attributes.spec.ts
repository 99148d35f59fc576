/**
 * One list of search attributes (temporal/shared/search-attributes.json): the keys the workflow
 * and gateway write match it, and every registrar (the stack scripts, docker-compose's script)
 * registers exactly it.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SearchAttributeType } from '@temporalio/common';
import { SEARCH_ATTRIBUTE_KEYS, SEARCH_ATTRIBUTES } from '@tablekeeper/temporal/shared/search-attributes';

const ROOT = join(__dirname, '..', '..');
const LIST = join(ROOT, 'temporal', 'shared', 'search-attributes.json');

/** The Temporal CLI's type names (`--type`, `--search-attribute Name=Type`) by SDK type. */
const CLI_TYPE: Record<string, string> = {
  [SearchAttributeType.KEYWORD]: 'Keyword',
  [SearchAttributeType.TEXT]: 'Text',
  [SearchAttributeType.INT]: 'Int',
  [SearchAttributeType.DOUBLE]: 'Double',
  [SearchAttributeType.BOOL]: 'Bool',
  [SearchAttributeType.DATETIME]: 'Datetime',
  [SearchAttributeType.KEYWORD_LIST]: 'KeywordList',
};

const registered = Object.entries(SEARCH_ATTRIBUTES).map(([name, type]) => `${name}=${type}`);

it('has a key of the registered type for every attribute, and no other key', () => {
  const keys = SEARCH_ATTRIBUTE_KEYS.map((key) => `${key.name}=${CLI_TYPE[key.type]}`);
  expect(keys.sort()).toEqual([...registered].sort());
});

it('is what the stack scripts register on the dev server', () => {
  const listed = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      "import('./scripts/lib/stack.mjs').then((m) => process.stdout.write(JSON.stringify(m.SEARCH_ATTRIBUTES)))",
    ],
    { cwd: ROOT, encoding: 'utf8' },
  );
  expect(listed.stderr).toBe('');
  expect(JSON.parse(listed.stdout)).toEqual(registered);
});

it("is what docker-compose's setup script registers", () => {
  // A stand-in `temporal` CLI on PATH records each registration the script asks for.
  const bin = mkdtempSync(join(tmpdir(), 'tk-sa-'));
  const calls = join(bin, 'calls.txt');
  writeFileSync(join(bin, 'temporal'), `#!/bin/sh\necho "$@" >> "${calls}"\n`);
  chmodSync(join(bin, 'temporal'), 0o755);
  const run = spawnSync(
    'sh',
    [join(ROOT, 'docker', 'register-search-attributes.sh'), LIST, 'temporal:7233'],
    {
      env: { ...process.env, PATH: `${bin}:${process.env.PATH}` },
      encoding: 'utf8',
    },
  );
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  const created = readFileSync(calls, 'utf8')
    .trim()
    .split('\n')
    .map((line) => {
      const args = line.split(' ');
      expect(args.slice(0, 5)).toEqual([
        'operator',
        'search-attribute',
        'create',
        '--address',
        'temporal:7233',
      ]);
      return `${args[args.indexOf('--name') + 1]}=${args[args.indexOf('--type') + 1]}`;
    });
  expect(created).toEqual(registered);
});
