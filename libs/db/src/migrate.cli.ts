import { loadConfig, redactUrl } from '@tablekeeper/config';
import { ensureDatabase, migrate } from './migrations';

async function main(): Promise<void> {
  const { databaseUrl } = loadConfig();
  if (await ensureDatabase(databaseUrl)) process.stdout.write(`created database ${redactUrl(databaseUrl)}\n`);
  const result = await migrate(databaseUrl);
  process.stdout.write(
    `migrations: ${result.applied.length} applied, ${result.alreadyApplied.length} already applied\n` +
      result.applied.map((name) => `  + ${name}\n`).join(''),
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`migration failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
