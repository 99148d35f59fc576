// Generates the Prisma client. Prisma 7's client needs no engine, but the CLI insists on a schema
// engine path even for `generate`; the native engine cannot be downloaded on these machines, so we
// point it at a placeholder file when none is configured (generate never executes it).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const env = { ...process.env };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY || !existsSync(env.PRISMA_SCHEMA_ENGINE_BINARY)) {
  const placeholder = join(root, '.tools', 'prisma-schema-engine-placeholder');
  mkdirSync(dirname(placeholder), { recursive: true });
  if (!existsSync(placeholder)) writeFileSync(placeholder, '');
  env.PRISMA_SCHEMA_ENGINE_BINARY = placeholder;
}
env.PRISMA_HIDE_UPDATE_MESSAGE = '1';
const prismaBin = join(root, 'node_modules', '.bin', 'prisma');
const result = spawnSync(prismaBin, ['generate'], { cwd: root, env, stdio: 'inherit' });
process.exit(result.status ?? 1);
