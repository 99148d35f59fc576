/**
 * `npm run api-types`: writes apps/admin/src/api.generated.ts from the gateway's OpenAPI document.
 * `--check [file]` writes nothing and exits 1 when the file (the committed one by default) differs
 * from what would be generated; the test suite runs it.
 */
import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { ADMIN_API_TYPES_FILE, renderAdminApiTypes } from './admin-api-types.generator';

async function main(): Promise<void> {
  const [mode, file = ADMIN_API_TYPES_FILE] = process.argv.slice(2);
  const generated = await renderAdminApiTypes();
  const shown = relative(process.cwd(), file);
  if (mode === '--check') {
    let current = '';
    try {
      current = readFileSync(file, 'utf8');
    } catch {
      // A missing file is as stale as a different one.
    }
    if (current !== generated) {
      process.stderr.write(`${shown} is stale: run \`npm run api-types\` and commit the result\n`);
      process.exit(1);
    }
    return;
  }
  if (mode) {
    process.stderr.write('usage: admin-api-types [--check [file]]\n');
    process.exit(2);
  }
  writeFileSync(file, generated);
  process.stdout.write(`wrote ${shown}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
