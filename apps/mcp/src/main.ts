import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { McpError } from '@modelcontextprotocol/sdk/types.js';
import { loadConfig } from '@tablekeeper/config';
import { PinoNestLogger, pinoOptions } from '@tablekeeper/logging';
import { ApiKeyAuthenticator } from '../../gateway/src/auth/api-key.authenticator';
import { TablekeeperMcp } from '../../gateway/src/mcp/tablekeeper-mcp';
import { McpStdioModule } from './mcp-stdio.module';

const USAGE = `Usage: npm run mcp -- --api-key <tk_...>   (or TABLEKEEPER_API_KEY=<tk_...> npm run mcp)

Serves Tablekeeper's MCP tools over stdio for a desktop agent, with the same database, Redis and
Temporal settings as the gateway (DATABASE_URL, REDIS_URL, TEMPORAL_ADDRESS, ...).
`;

const UNAUTHORIZED = -32001;

/**
 * Beside `npm start`, the payload keys it generated in .data/ (else the worker could not read the
 * bookings this process starts); an explicit PAYLOAD_ENCRYPTION_KEYS wins.
 */
function usePayloadKeysOfNpmStart(): void {
  if (process.env.PAYLOAD_ENCRYPTION_KEYS) return;
  // dist/apps/mcp/src/main.js -> the checkout's .data/
  const dataDir = process.env.TABLEKEEPER_DATA_DIR ?? join(__dirname, '..', '..', '..', '..', '.data');
  const file = join(dataDir, 'payload-encryption-keys');
  if (existsSync(file)) process.env.PAYLOAD_ENCRYPTION_KEYS = readFileSync(file, 'utf8').trim();
}

/**
 * `npm run mcp`: the MCP server over stdio, one session for the life of the process, acting as
 * one API key. Stdout carries the protocol only; logs go to stderr.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { 'api-key': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    strict: true,
  });
  if (values.help) {
    process.stderr.write(USAGE);
    return;
  }
  const apiKey = values['api-key'] ?? process.env.TABLEKEEPER_API_KEY;
  if (!apiKey) {
    process.stderr.write(USAGE);
    process.exit(2);
  }
  // A desktop agent starts this beside a running gateway: metrics must not take the gateway's port.
  process.env.METRICS_PORT = process.env.MCP_METRICS_PORT ?? '0';
  usePayloadKeysOfNpmStart();
  const config = loadConfig();
  const log = pino({ ...pinoOptions(config, 'mcp'), transport: undefined }, pino.destination(2));
  const app = await NestFactory.createApplicationContext(McpStdioModule, { logger: new PinoNestLogger(log) });
  app.enableShutdownHooks();
  await app.init();

  const apiKeys = app.get(ApiKeyAuthenticator);
  const principal = await apiKeys.authenticate(apiKey);
  if (!principal || principal.kind === 'publishable') {
    process.stderr.write('The API key is unknown, revoked or publishable (MCP needs a secret key).\n');
    await app.close();
    process.exit(1);
  }
  // Checked again on every request (cached for seconds, dropped at once on revocation).
  const server = app.get(TablekeeperMcp).createServer(randomUUID(), async () => {
    const current = await apiKeys.authenticate(apiKey);
    if (!current) throw new McpError(UNAUTHORIZED, 'The API key is unknown or revoked');
    return current;
  });
  const transport = new StdioServerTransport();
  let closing = false;
  const close = async () => {
    if (closing) return;
    closing = true;
    await server.close().catch(() => undefined);
    await app.close();
    process.exit(0);
  };
  transport.onclose = () => void close();
  process.stdin.once('end', () => void close());
  await server.connect(transport);
  log.info({ apiKeyPrefix: principal.prefix }, 'MCP server ready on stdio');
}

main().catch((error: unknown) => {
  process.stderr.write(
    `mcp server failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
