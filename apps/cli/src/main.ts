import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { Redis } from 'ioredis';
import { readFileSync } from 'node:fs';
import { AvailabilityCache, publishApiKeyRevoked, publishSetupChanged } from '@tablekeeper/cache';
import { loadConfig } from '@tablekeeper/config';
import {
  API_SCOPES,
  ApiKeyRepository,
  MIN_PASSWORD_LENGTH,
  STAFF_ROLES,
  StaffRepository,
  type StaffRole,
  RestaurantRepository,
  SetupDocumentRepository,
  createPrismaClient,
  OPERATOR_SCOPES,
  type ApiScope,
} from '@tablekeeper/db';
import { CHANNELS, type Channel } from '@tablekeeper/domain';
import { ProblemException } from '../../gateway/src/common/problem';
import {
  documentOf,
  importSetupDocument,
  parseSetupDocument,
  todayIn,
} from '../../gateway/src/setup/setup-document';

const USAGE = `Usage:
  npm run cli -- api-key create --restaurant <slug>[,<slug>...] --name <label> [--channel <channel>] [--scopes a,b]
                                [--reads-per-minute N] [--writes-per-minute N]
  npm run cli -- api-key list --restaurant <slug>
  npm run cli -- api-key revoke --prefix <key prefix>
  npm run cli -- staff create --email <email> --role manager|ops|viewer [--restaurant <slug>] [--password <pw>]
                              (a strong password is generated and shown once when --password is left out;
                               --restaurant may be left out when there is only one restaurant)
  npm run cli -- restaurant import <setup.json>   creates or updates the restaurant the document's slug names,
                                                  all or nothing ("-" reads standard input)
  npm run cli -- restaurant export <slug>         prints its whole setup as such a document

Channels: ${CHANNELS.join(', ')}
Scopes:   ${API_SCOPES.join(', ')} (default: availability:read,bookings:read,bookings:write)
          ${OPERATOR_SCOPES.join(', ')} (engineers: decrypts Temporal payloads of every restaurant)`;

class UsageError extends Error {}

/** Tells every gateway to drop the key now; without Redis they drop it within seconds anyway. */
async function announceRevocation(prefix: string): Promise<void> {
  const redis = new Redis(loadConfig().redisUrl, {
    lazyConnect: true,
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
  });
  try {
    await redis.connect();
    await publishApiKeyRevoked(redis, prefix);
  } catch (error) {
    console.error(
      `warning: could not announce the revocation (${String(error)}); gateways drop the key within 10 s`,
    );
  } finally {
    redis.disconnect();
  }
}

function budget(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 1_000_000)
    throw new UsageError(`${flag} must be a whole number from 1 to 1000000`);
  return n;
}

async function listKeys(keys: ApiKeyRepository, restaurantIds: string[]): Promise<string[]> {
  const rows = await keys.listForTenant(restaurantIds, { limit: 100 });
  return rows.map(
    (k) =>
      `${k.prefix.padEnd(12)}${k.channel.padEnd(12)}${k.scopes.join(',').padEnd(70)}${(k.revokedAt ? 'revoked' : (k.lastUsedAt ?? 'never')).padEnd(26)}${k.name}`,
  );
}

function list(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

async function main(argv: string[]): Promise<void> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      restaurant: { type: 'string' },
      name: { type: 'string' },
      channel: { type: 'string' },
      scopes: { type: 'string' },
      prefix: { type: 'string' },
      'reads-per-minute': { type: 'string' },
      'writes-per-minute': { type: 'string' },
      email: { type: 'string' },
      role: { type: 'string' },
      password: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [noun, verb] = positionals;
  if (!values.help && noun === 'staff' && verb === 'create') return createStaff(values);
  if (!values.help && noun === 'restaurant' && verb === 'import') return importRestaurant(positionals[2]);
  if (!values.help && noun === 'restaurant' && verb === 'export') return exportRestaurant(positionals[2]);
  if (values.help || noun !== 'api-key' || !['create', 'list', 'revoke'].includes(verb ?? ''))
    throw new UsageError();

  const prisma = createPrismaClient(loadConfig().databaseUrl, { poolSize: 1 });
  try {
    const keys = new ApiKeyRepository(prisma);
    if (verb === 'revoke') {
      if (!values.prefix) throw new UsageError('--prefix is required');
      const revoked = await keys.revoke(values.prefix);
      if (revoked) await announceRevocation(values.prefix);
      console.log(revoked ? `revoked key ${values.prefix}` : `no active key with prefix ${values.prefix}`);
      if (!revoked) process.exitCode = 1;
      return;
    }
    const slugs = list(values.restaurant);
    if (!slugs.length) throw new UsageError('--restaurant is required');
    const restaurants = new RestaurantRepository(prisma);
    const restaurantIds: string[] = [];
    for (const slug of slugs) {
      const restaurant = await restaurants.findBySlug(slug);
      if (!restaurant) throw new UsageError(`no restaurant with slug ${slug}`);
      restaurantIds.push(restaurant.id);
    }
    if (verb === 'list') {
      const rows = await listKeys(keys, restaurantIds);
      console.log(
        [
          'prefix      channel     scopes                                                                last used                 name',
        ]
          .concat(rows)
          .join('\n'),
      );
      return;
    }
    if (!values.name?.trim()) throw new UsageError('--name is required');
    const channel = (values.channel ?? 'api') as Channel;
    if (!CHANNELS.includes(channel)) throw new UsageError(`unknown channel ${channel}`);
    const scopes = values.scopes === undefined ? undefined : list(values.scopes);
    const known: readonly string[] = [...API_SCOPES, ...OPERATOR_SCOPES];
    const unknown = scopes?.filter((s) => !known.includes(s)) ?? [];
    if (unknown.length) throw new UsageError(`unknown scope(s): ${unknown.join(', ')}`);
    const created = await keys.create({
      name: values.name.trim(),
      channel,
      scopes: scopes as ApiScope[] | undefined,
      restaurantIds,
      readsPerMinute: budget(values['reads-per-minute'], '--reads-per-minute'),
      writesPerMinute: budget(values['writes-per-minute'], '--writes-per-minute'),
    });
    console.log(`API key ${created.prefix} for ${slugs.join(', ')} (shown once; store it now):`);
    console.log(created.rawKey);
  } finally {
    await prisma.$disconnect();
  }
}

async function createStaff(values: {
  email?: string;
  role?: string;
  restaurant?: string;
  password?: string;
}): Promise<void> {
  const email = values.email?.trim() ?? '';
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new UsageError('--email must be an email address');
  const role = values.role as StaffRole;
  if (!STAFF_ROLES.includes(role)) throw new UsageError(`--role must be one of ${STAFF_ROLES.join(', ')}`);
  if (values.password !== undefined && values.password.length < MIN_PASSWORD_LENGTH)
    throw new UsageError(`--password must have at least ${MIN_PASSWORD_LENGTH} characters`);
  const password = values.password ?? randomBytes(15).toString('base64url');
  const prisma = createPrismaClient(loadConfig().databaseUrl, { poolSize: 1 });
  try {
    const restaurants = new RestaurantRepository(prisma);
    let restaurant;
    if (values.restaurant) {
      restaurant = await restaurants.findBySlug(values.restaurant);
      if (!restaurant) throw new UsageError(`no restaurant with slug ${values.restaurant}`);
    } else {
      const all = await prisma.restaurant.findMany({ select: { id: true, slug: true }, take: 2 });
      if (all.length !== 1)
        throw new UsageError('--restaurant is required when there is not exactly one restaurant');
      restaurant = all[0];
    }
    const existing = await prisma.staffAccount.findUnique({ where: { email: email.toLowerCase() } });
    if (existing) throw new UsageError(`a staff account for ${email.toLowerCase()} already exists`);
    const created = await new StaffRepository(prisma).create({
      email,
      password,
      role,
      restaurantId: restaurant.id,
    });
    console.log(`Staff account ${created.email} (${role}) for ${restaurant.slug}.`);
    if (values.password === undefined) console.log(`Password (shown once; store it now): ${password}`);
  } finally {
    await prisma.$disconnect();
  }
}

/** Tells every gateway the setup changed; without Redis they use it anyway (nothing is cached then). */
async function announceSetupChange(restaurantId: string): Promise<void> {
  const redis = new Redis(loadConfig().redisUrl, {
    lazyConnect: true,
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
  });
  try {
    await redis.connect();
    await new AvailabilityCache(redis).invalidate(restaurantId);
    await publishSetupChanged(redis, restaurantId);
  } catch (error) {
    console.error(
      `warning: could not announce the setup change (${String(error)}); availability cached until it expires`,
    );
  } finally {
    redis.disconnect();
  }
}

function readDocument(file: string): unknown {
  const text = readFileSync(file === '-' ? 0 : file, 'utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new UsageError(`${file} is not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function importRestaurant(file: string | undefined): Promise<void> {
  if (!file) throw new UsageError('name the setup document: restaurant import <setup.json>');
  const raw = readDocument(file);
  const prisma = createPrismaClient(loadConfig().databaseUrl, { poolSize: 1 });
  try {
    const doc = await parseSetupDocument(raw);
    const done = await importSetupDocument(new SetupDocumentRepository(prisma), 'cli', doc);
    await announceSetupChange(done.restaurantId);
    console.log(
      `${done.created ? 'Created' : 'Updated'} restaurant ${doc.restaurant.slug} (${done.restaurantId}): ` +
        `${doc.zones.length} zone(s), ${doc.tables.length} table(s), ${doc.exceptions?.length ?? 0} exception(s).`,
    );
    if (done.deactivatedTables.length)
      console.log(`Deactivated (not in the document): ${done.deactivatedTables.join(', ')}`);
    for (const b of done.affectedBookings)
      console.log(
        `  to move: booking ${b.id} ${b.status} ${b.partySize} covers at ${b.startsAt} on ${b.tables.join('+') || '-'}`,
      );
  } catch (error) {
    if (error instanceof ProblemException) {
      console.error(`refused (${error.code}), nothing written: ${error.message}`);
      for (const e of error.errors ?? []) console.error(`  ${e.field}: ${e.message} [${e.code}]`);
      process.exitCode = 1;
      return;
    }
    throw error;
  } finally {
    await prisma.$disconnect();
  }
}

async function exportRestaurant(slug: string | undefined): Promise<void> {
  if (!slug) throw new UsageError('name the restaurant: restaurant export <slug>');
  const prisma = createPrismaClient(loadConfig().databaseUrl, { poolSize: 1 });
  try {
    const documents = new SetupDocumentRepository(prisma);
    const id = await documents.findRestaurantId(slug);
    if (!id) throw new UsageError(`no restaurant with slug ${slug}`);
    const today = todayIn((await documents.timezoneOf(id))!);
    process.stdout.write(
      `${JSON.stringify(documentOf(await documents.snapshot(id, today), today), null, 2)}\n`,
    );
  } finally {
    await prisma.$disconnect();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError) {
    if (error.message) console.error(`error: ${error.message}`);
    console.error(USAGE);
    process.exit(2);
  }
  console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
