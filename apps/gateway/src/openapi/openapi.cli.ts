/**
 * `npm run openapi`: writes openapi.json (the document the gateway serves), the typed client's
 * schema and the admin UI's types from it. `--check` writes nothing and exits 1 naming each file
 * that differs from what would be generated; the test suite runs it. `--root <dir>` reads and
 * writes the files under another directory (the test's stale copies).
 */
import 'reflect-metadata';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  OPENAPI_ARTIFACTS,
  buildServedDocument,
  renderOpenApiArtifacts,
  repositoryRoot,
} from './openapi-artifacts';

function read(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    // A missing file is as stale as a different one.
    return '';
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  const rootAt = args.indexOf('--root');
  const root = rootAt >= 0 ? args[rootAt + 1] : repositoryRoot();
  if (!root || args.some((a, i) => a !== '--check' && a !== '--root' && i !== rootAt + 1)) {
    process.stderr.write('usage: openapi [--check] [--root <dir>]\n');
    process.exit(2);
  }
  const rendered = await renderOpenApiArtifacts(await buildServedDocument());
  const files = (Object.keys(OPENAPI_ARTIFACTS) as (keyof typeof OPENAPI_ARTIFACTS)[]).map((name) => ({
    shown: OPENAPI_ARTIFACTS[name],
    path: join(root, OPENAPI_ARTIFACTS[name]),
    text: rendered[name],
  }));
  if (check) {
    const stale = files.filter((file) => read(file.path) !== file.text);
    for (const file of stale) {
      process.stderr.write(`${file.shown} is stale: run \`npm run openapi\` and commit the result\n`);
    }
    process.exit(stale.length ? 1 : 0);
  }
  for (const file of files) {
    mkdirSync(dirname(file.path), { recursive: true });
    writeFileSync(file.path, file.text);
    process.stdout.write(`wrote ${file.shown}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
