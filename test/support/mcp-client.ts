import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import {
  ElicitRequestSchema,
  type CallToolResult,
  type ElicitRequest,
  type ElicitResult,
} from '@modelcontextprotocol/sdk/types.js';
import { TEST_PAYLOAD_KEYS } from './test-env';
import type { TestStack } from './test-stack';

export type ToolResult = CallToolResult & { structuredContent?: Record<string, unknown> };

export interface McpClientOptions {
  /** Answers the server's elicitation requests; the client declares the capability only with it. */
  readonly elicit?: (request: ElicitRequest) => Promise<ElicitResult> | ElicitResult;
}

/** The SDK's own client, over real Streamable HTTP to the gateway under test. */
export async function connectHttp(
  baseUrl: string,
  apiKey: string,
  options: McpClientOptions = {},
): Promise<Client> {
  const client = newClient(options);
  const transport = new StreamableHTTPClientTransport(new URL(`${baseUrl}/mcp`), {
    requestInit: { headers: { Authorization: `Bearer ${apiKey}` } },
  });
  await client.connect(transport);
  // The client checks structured results against the output schemas it has listed: list them first.
  await client.listTools();
  return client;
}

/** The SDK's own client over stdio to the compiled `npm run mcp` process on the stack's database. */
export async function connectStdio(
  stack: TestStack,
  apiKey: string,
  options: McpClientOptions = {},
): Promise<{ client: Client; stderr: () => string }> {
  const main = join(__dirname, '..', '..', 'dist', 'apps', 'mcp', 'src', 'main.js');
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [main, '--api-key', apiKey],
    env: stdioEnv(stack),
    stderr: 'pipe',
  });
  let stderr = '';
  transport.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const client = newClient(options);
  await client.connect(transport);
  await client.listTools();
  return { client, stderr: () => stderr };
}

export function stdioEnv(stack: TestStack): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    DATABASE_URL: stack.config.databaseUrl,
    REDIS_URL: stack.config.redisUrl,
    REDIS_KEY_PREFIX: stack.config.redisKeyPrefix,
    TEMPORAL_ADDRESS: stack.config.temporalAddress,
    TEMPORAL_TASK_QUEUE: stack.taskQueue,
    LOG_LEVEL: 'warn',
    ...TEST_PAYLOAD_KEYS,
  };
}

function newClient(options: McpClientOptions): Client {
  const client = new Client(
    { name: 'tablekeeper-test-agent', version: '1.0.0' },
    { capabilities: options.elicit ? { elicitation: { form: {} } } : {} },
  );
  if (options.elicit) client.setRequestHandler(ElicitRequestSchema, options.elicit);
  return client;
}

export async function callTool(
  client: Client,
  name: string,
  args: Record<string, unknown>,
): Promise<ToolResult> {
  return (await client.callTool({ name, arguments: args })) as ToolResult;
}

/** The words of a tool result (its first text block). */
export function textOf(result: ToolResult): string {
  const first = result.content[0];
  return first?.type === 'text' ? first.text : '';
}

/** The machine-readable refusal of an isError result (its second text block). */
export function refusalOf(result: ToolResult): {
  code: string;
  errors?: { field: string }[];
  alternatives?: { startsAt: string; time: string }[];
} {
  const second = result.content[1];
  if (!result.isError || second?.type !== 'text') throw new Error(`not a refusal: ${JSON.stringify(result)}`);
  return JSON.parse(second.text);
}

/** A conversation as an agent had it: every call and the words it got back, for the README. */
export class Transcript {
  private readonly lines: string[] = [];

  constructor(private readonly title: string) {}

  say(who: 'Guest' | 'Agent', words: string): void {
    this.lines.push(`**${who}:** ${words}`, '');
  }

  async call(client: Client, name: string, args: Record<string, unknown>): Promise<ToolResult> {
    const result = await callTool(client, name, args);
    this.lines.push(
      `\`\`\`text`,
      `→ ${name} ${JSON.stringify(args)}`,
      `← ${result.isError ? '[isError] ' : ''}${textOf(result)}`,
      `\`\`\``,
      '',
    );
    return result;
  }

  /** Written to artifacts/ (not tracked): the README quotes a run of it. */
  write(file: string): string {
    const dir = join(__dirname, '..', '..', 'artifacts');
    mkdirSync(dir, { recursive: true });
    const path = join(dir, file);
    writeFileSync(path, [`# ${this.title}`, '', ...this.lines].join('\n'));
    return path;
  }
}
