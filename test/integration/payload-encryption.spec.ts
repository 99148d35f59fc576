/**
 * Guest data never reaches Temporal in plain text: a booking's stored history (as the Temporal
 * CLI reads it from the server) holds none of the guest's details, not even base64-encoded; an
 * engineer with a temporal:codec key reads them through the gateway's codec endpoint, with the
 * real CLI; keys rotate; the endpoint refuses the unauthorised and other origins.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import { loadConfig } from '@tablekeeper/config';
import { ApiKeyRepository } from '@tablekeeper/db';
import { createTestRestaurant, tomorrowAt, type TestRestaurant } from '../support/fixtures';
import { apiClient, type ApiCall } from '../support/http';
import { TEST_PAYLOAD_KEYS, temporalAddress } from '../support/test-env';
import { startTestStack, type TestStack } from '../support/test-stack';

const run = promisify(execFile);
const tag = randomBytes(3).toString('hex');
const guest = {
  name: `Zebulon Quartermaine-${tag}`,
  phone: `+4477009${Math.floor(10000 + Math.random() * 89999)}`,
  email: `zebulon.${tag}@example.org`,
};
const notes = `Allergic to kumquats ${tag}`;
const secrets = [guest.name, guest.phone, guest.email, notes];

let stack: TestStack;
let api: ApiCall;
let restaurant: TestRestaurant;
let codecKey: string;
let workflowId: string;

function cli(): string {
  const path = process.env.TEMPORAL_CLI;
  if (!path) throw new Error('TEMPORAL_CLI is not set: run the suite with `npm test`');
  return path;
}

async function showHistory(extra: string[] = []): Promise<string> {
  const { stdout } = await run(
    cli(),
    [
      'workflow',
      'show',
      '--address',
      temporalAddress(),
      '--workflow-id',
      workflowId,
      '--output',
      'json',
      ...extra,
    ],
    { maxBuffer: 32 * 1024 * 1024 },
  );
  return stdout;
}

/** Every string in the history, plus the base64 `data` fields decoded. */
function everyText(json: string): string {
  const texts: string[] = [json];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') texts.push(Buffer.from(value, 'base64').toString('latin1'));
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(JSON.parse(json));
  return texts.join('\n');
}

beforeAll(async () => {
  stack = await startTestStack();
  api = apiClient(stack.baseUrl);
  restaurant = await createTestRestaurant(stack.prisma, {
    scopes: ['admin', 'bookings:write', 'bookings:read'],
  });
  const keys = new ApiKeyRepository(stack.prisma);
  codecKey = (
    await keys.create({ name: 'engineer', scopes: ['temporal:codec'], restaurantIds: [restaurant.id] })
  ).rawKey;
  const booked = await api<{ status: string; workflowId: string }>('POST', '/v1/bookings', {
    key: restaurant.apiKey,
    body: { restaurantId: restaurant.id, partySize: 2, startsAt: tomorrowAt(19), guest, notes },
  });
  expect(booked.status).toBe(201);
  workflowId = booked.body.workflowId;
});
afterAll(() => stack?.stop());

it('stores no guest data in plain text in the workflow history', async () => {
  const history = await showHistory();
  expect(history).toContain('workflowExecutionStartedEventAttributes');
  const text = everyText(history);
  for (const secret of secrets) expect(text).not.toContain(secret);
  // The encrypted payloads name their key, so rotation knows which one to use.
  expect(text).toContain('binary/encrypted');
  expect(text).toContain('test-1');
});

it('decodes the history through the codec endpoint with the Temporal CLI and a temporal:codec key', async () => {
  const decoded = await showHistory([
    '--codec-endpoint',
    `${stack.baseUrl}/codec`,
    '--codec-auth',
    `Bearer ${codecKey}`,
  ]);
  // Decoded, the outer layer shows the workflow's input; the guest's data inside it stays sealed
  // with the booking's own key (README "Guests" → GDPR), which only the activities open.
  expect(everyText(decoded)).toContain('sealedGuest');
  expect(everyText(decoded)).toContain(workflowId);
  for (const secret of secrets) expect(everyText(decoded)).not.toContain(secret);
});

it('refuses callers without a key, with an unknown key, or with a restaurant admin key', async () => {
  const body = { payloads: [] };
  const none = await api('POST', '/codec/decode', { body, withoutIdempotencyKey: true });
  expect(none.status).toBe(401);
  expect(none.headers.get('content-type')).toContain('application/problem+json');
  expect(none.body).toMatchObject({ code: 'unauthorized' });
  const unknown = await api('POST', '/codec/decode', { body, key: `tk_aaaaaaaaaa_${'x'.repeat(43)}` });
  expect(unknown.status).toBe(401);
  const admin = await api('POST', '/codec/decode', { body, key: restaurant.apiKey });
  expect(admin.status).toBe(403);
  expect(admin.body).toMatchObject({ code: 'insufficient_scope' });
});

it('answers problems for malformed requests, foreign namespaces and undecryptable payloads', async () => {
  const malformed = await api('POST', '/codec/decode', {
    key: codecKey,
    body: { payloads: [{ data: '%%%' }] },
  });
  expect(malformed.status).toBe(400);
  expect(malformed.body).toMatchObject({
    code: 'validation_failed',
    errors: [{ field: 'payloads[0].data' }],
  });
  const foreign = await api('POST', '/codec/decode', {
    key: codecKey,
    body: { payloads: [] },
    headers: { 'x-namespace': 'someone-else' },
  });
  expect(foreign.status).toBe(400);
  const encrypted = await api<{ payloads: { metadata: Record<string, string>; data: string }[] }>(
    'POST',
    '/codec/encode',
    {
      key: codecKey,
      body: { payloads: [{ metadata: { encoding: btoa('json/plain') }, data: btoa('"x"') }] },
    },
  );
  expect(encrypted.status).toBe(200);
  const sealed = encrypted.body.payloads[0];
  const tampered = Buffer.from(sealed.data, 'base64');
  tampered[tampered.length - 1] ^= 1;
  const refused = await api('POST', '/codec/decode', {
    key: codecKey,
    body: { payloads: [{ ...sealed, data: tampered.toString('base64') }] },
  });
  expect(refused.status).toBe(422);
  expect(refused.body).toMatchObject({ code: 'payload_not_decryptable' });
});

it('allows CORS for the Temporal UI origin only', async () => {
  const uiOrigin = new URL(stack.config.temporalUiUrl).origin;
  const preflight = (origin: string) =>
    fetch(`${stack.baseUrl}/codec/decode`, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,x-namespace,authorization',
      },
    });
  const ui = await preflight(uiOrigin);
  expect(ui.status).toBe(204);
  expect(ui.headers.get('access-control-allow-origin')).toBe(uiOrigin);
  expect(ui.headers.get('access-control-allow-credentials')).toBe('true');
  expect(ui.headers.get('access-control-allow-headers')).toContain('x-namespace');
  const evil = await preflight('https://evil.example');
  expect(evil.headers.get('access-control-allow-origin')).toBeNull();
  const post = await api('POST', '/codec/decode', {
    key: codecKey,
    body: { payloads: [] },
    headers: { origin: uiOrigin },
  });
  expect(post.status).toBe(200);
  expect(post.headers.get('access-control-allow-origin')).toBe(uiOrigin);
  // The API's own routes stay without CORS.
  const health = await fetch(`${stack.baseUrl}/health/live`, { headers: { origin: uiOrigin } });
  expect(health.headers.get('access-control-allow-origin')).toBeNull();
});

describe('after a key rotation', () => {
  const newKey = `test-2:${randomBytes(32).toString('base64')}`;
  let rotated: TestStack | undefined;
  afterAll(() => rotated?.stop());

  it('still decodes histories written with the retired key, and encrypts with the new one', async () => {
    const { payloadEncryption } = loadConfig({
      PAYLOAD_ENCRYPTION_KEYS: `${newKey},${TEST_PAYLOAD_KEYS.PAYLOAD_ENCRYPTION_KEYS}`,
      PAYLOAD_ENCRYPTION_KEY_ID: 'test-2',
    });
    rotated = await startTestStack({ worker: false, config: { payloadEncryption } });
    const decoded = await showHistory([
      '--codec-endpoint',
      `${rotated.baseUrl}/codec`,
      '--codec-auth',
      `Bearer ${await new ApiKeyRepository(rotated.prisma)
        .create({ name: 'engineer', scopes: ['temporal:codec'], restaurantIds: [] })
        .then((k) => k.rawKey)}`,
    ]);
    // The outer layer opens with the retired key: the input's references read, the guest stays sealed.
    expect(everyText(decoded)).toContain(`"restaurantId":"${restaurant.id}"`);
    expect(everyText(decoded)).toContain('sealedGuest');
    const encoded = await apiClient(rotated.baseUrl)<{ payloads: { metadata: Record<string, string> }[] }>(
      'POST',
      '/codec/encode',
      {
        key: await new ApiKeyRepository(rotated.prisma)
          .create({ name: 'engineer-2', scopes: ['temporal:codec'], restaurantIds: [] })
          .then((k) => k.rawKey),
        body: { payloads: [{ metadata: {}, data: btoa('"y"') }] },
      },
    );
    expect(atob(encoded.body.payloads[0].metadata['encryption-key-id'])).toBe('test-2');
  });
});

it('lets callers on this machine decode without a key when CODEC_AUTH=loopback (npm start)', async () => {
  const local = await startTestStack({ worker: false, config: { codecAuth: 'loopback' } });
  try {
    const answer = await apiClient(local.baseUrl)('POST', '/codec/decode', { body: { payloads: [] } });
    expect(answer.status).toBe(200);
  } finally {
    await local.stop();
  }
});
