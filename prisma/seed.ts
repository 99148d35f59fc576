import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadConfig } from '@tablekeeper/config';
import {
  ApiKeyRepository,
  SetupDocumentRepository,
  StaffRepository,
  createPrismaClient,
} from '@tablekeeper/db';
import { importSetupDocument, parseSetupDocument } from '../apps/gateway/src/setup/setup-document';
import { DEMO_TABLES, DEMO_ZONES, demoRestaurantSetup, demoSetupDocument } from './demo-restaurant';

// The raw dev key is kept in the ignored data folder so a second `npm start` can print it again
// (the database only has its hash).
// DEMO ONLY: a fixed, documented password so a fresh `npm start` can be tried at once. Never use
// it anywhere real; create real accounts with `npm run cli -- staff create`.
const DEMO_STAFF_EMAIL = 'ops@demo.tablekeeper.test';
const DEMO_STAFF_PASSWORD = 'demo-ops-password';

const DATA_DIR = process.env.TABLEKEEPER_DATA_DIR ?? join(process.cwd(), '.data');
const DEV_KEY_FILE = join(DATA_DIR, 'demo-api-key');
// The widget's key for the demo site `npm start` serves on a second origin (scripts/start.mjs).
const WIDGET_KEY_FILE = join(DATA_DIR, 'demo-publishable-key');

/** The demo site's origins: both spellings of the loopback host, as a browser may use either. */
function demoSiteOrigins(): string[] {
  const configured = process.env.DEMO_SITE_ORIGIN;
  if (configured) return [new URL(configured).origin];
  const port = process.env.DEMO_SITE_PORT ?? '3001';
  return [`http://localhost:${port}`, `http://127.0.0.1:${port}`];
}

/** A publishable key of the demo restaurant for the demo site, made again when its origins changed. */
async function ensureWidgetKey(apiKeys: ApiKeyRepository, restaurantId: string): Promise<string> {
  const origins = demoSiteOrigins();
  const existing = existsSync(WIDGET_KEY_FILE) ? readFileSync(WIDGET_KEY_FILE, 'utf8').trim() : '';
  const valid = existing ? await apiKeys.authenticate(existing) : null;
  if (
    valid?.kind === 'publishable' &&
    valid.restaurantIds.includes(restaurantId) &&
    origins.every((origin) => valid.allowedOrigins.includes(origin))
  ) {
    return existing;
  }
  const created = await apiKeys.create({
    name: 'demo widget key',
    restaurantIds: [restaurantId],
    publishable: { allowedOrigins: origins, holdTtlSeconds: 300 },
  });
  if (valid) await apiKeys.revoke(valid.prefix);
  mkdirSync(dirname(WIDGET_KEY_FILE), { recursive: true });
  writeFileSync(WIDGET_KEY_FILE, `${created.rawKey}\n`, { mode: 0o600 });
  return created.rawKey;
}

async function main(): Promise<void> {
  const config = loadConfig();
  const prisma = createPrismaClient(config.databaseUrl, { poolSize: 2 });
  try {
    const setup = demoRestaurantSetup();
    // Through the same import as `npm run cli -- restaurant import`; once it exists, the demo's
    // setup is whatever its managers made of it, so a restart never imports over their changes.
    const documents = new SetupDocumentRepository(prisma);
    const restaurantId =
      (await documents.findRestaurantId(setup.slug)) ??
      (await importSetupDocument(documents, 'seed', await parseSetupDocument(demoSetupDocument())))
        .restaurantId;
    const apiKeys = new ApiKeyRepository(prisma);
    let devKey = existsSync(DEV_KEY_FILE) ? readFileSync(DEV_KEY_FILE, 'utf8').trim() : '';
    const valid = devKey ? await apiKeys.authenticate(devKey) : null;
    if (!valid || !valid.restaurantIds.includes(restaurantId)) {
      const created = await apiKeys.create({
        name: 'demo dev key',
        channel: 'api',
        scopes: ['availability:read', 'bookings:read', 'bookings:write', 'reviews:write', 'admin'],
        restaurantIds: [restaurantId],
      });
      devKey = created.rawKey;
      mkdirSync(dirname(DEV_KEY_FILE), { recursive: true });
      writeFileSync(DEV_KEY_FILE, `${devKey}\n`, { mode: 0o600 });
    }
    const widgetKey = await ensureWidgetKey(apiKeys, restaurantId);
    await new StaffRepository(prisma).upsert({
      email: DEMO_STAFF_EMAIL,
      password: DEMO_STAFF_PASSWORD,
      role: 'ops',
      restaurantId,
    });
    const api = `http://localhost:${config.port}`;
    console.log(
      [
        '',
        `Seeded restaurant ${setup.slug} (${restaurantId}), ${DEMO_TABLES.length} tables in ${DEMO_ZONES.length} zones, open 12:00-22:30 ${setup.timezone}.`,
        `  API          ${api}/v1   (health: ${api}/health/ready)`,
        `  API docs     ${api}/docs`,
        `  Temporal UI  ${config.temporalUiUrl}`,
        `  Admin UI     ${api}/admin   (DEMO account: ${DEMO_STAFF_EMAIL} / ${DEMO_STAFF_PASSWORD}; demo only)`,
        `  Dev API key  ${devKey}   (also in ${DEV_KEY_FILE}; local development only)`,
        `  Widget key   ${widgetKey}   (publishable, for ${demoSiteOrigins().join(' and ')}; in ${WIDGET_KEY_FILE})`,
        '',
      ].join('\n'),
    );
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(`seed failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
