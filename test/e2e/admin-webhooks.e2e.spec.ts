/// <reference lib="dom" />
/**
 * Issue 18, Setup → Webhooks in a real browser against the real stack, with a real HTTP receiver
 * on loopback and the relay delivering: a manager adds an endpoint and sees its secret once, sends
 * a test ping and sees it delivered with the receiver's answer, sends it again and sees the second
 * attempt; a relay-disabled endpoint shows its banner; an ops member of staff sees it all
 * read-only. Every state of the screen is checked with axe-core for WCAG 2.2 AA violations.
 */
import http from 'node:http';
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { Webhook } from 'standardwebhooks';
import { WebhookDeliveryRepository } from '@tablekeeper/db';
import { WebhookRelay } from '../../apps/worker/src/webhooks/webhook-relay';
import { createStaff, signIn, type StaffLogin } from '../support/admin';
import { launchChromium, signedInPage } from '../support/admin-browser';
import { wcagViolations } from '../support/axe';
import { createTestRestaurant, type TestRestaurant } from '../support/fixtures';
import { startTestStack, type TestStack } from '../support/test-stack';

jest.setTimeout(150_000);

const SCREENSHOTS = join(__dirname, '..', '..', 'artifacts', 'screenshots');

interface Received {
  readonly headers: Record<string, string>;
  readonly body: string;
}

let stack: TestStack;
let restaurant: TestRestaurant;
let manager: StaffLogin;
let ops: StaffLogin;
let browser: Browser;
let relay: WebhookRelay;
let receiverUrl = '';
const received: Received[] = [];
const receiver = http.createServer((req, res) => {
  let body = '';
  req.on('data', (c: Buffer) => (body += c.toString()));
  req.on('end', () => {
    received.push({ headers: req.headers as Record<string, string>, body });
    res.writeHead(204).end();
  });
});

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/tablekeeper/hooks`;
  stack = await startTestStack();
  restaurant = await createTestRestaurant(stack.prisma);
  manager = await createStaff(stack.prisma, restaurant.id, 'manager');
  ops = await createStaff(stack.prisma, restaurant.id, 'ops');
  relay = new WebhookRelay(new WebhookDeliveryRepository(stack.prisma), {
    ...stack.config.webhooks,
    pollMs: 50,
  });
  relay.start();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await relay?.stop();
  receiver.closeAllConnections();
  await new Promise((r) => receiver.close(r));
  await stack?.stop();
});

async function expectAccessible(page: Page, screen: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${screen}.png`), fullPage: true });
  expect({ screen, violations: await wcagViolations(page) }).toEqual({ screen, violations: [] });
}

async function openWebhooks(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Setup' }).click();
  await page.getByRole('tab', { name: 'Webhooks' }).click();
  await page.getByRole('heading', { name: 'Webhooks' }).waitFor();
}

type Found = ReturnType<Page['locator']>;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits (up to 15 s) until `locator` reads `want`; then fails naming what it read. */
async function textSoon(locator: Found, want: string): Promise<void> {
  const until = Date.now() + 15_000;
  for (;;) {
    const text = (await locator.textContent())?.trim();
    if (text === want || Date.now() > until) return expect(text).toBe(want);
    await sleep(100);
  }
}

async function focusedSoon(locator: Found): Promise<void> {
  const until = Date.now() + 5_000;
  for (;;) {
    const focused = await locator.evaluate((el) => el === document.activeElement);
    if (focused || Date.now() > until) return expect(focused).toBe(true);
    await sleep(50);
  }
}

const deliveries = (page: Page) => page.getByRole('table', { name: `Recent deliveries to ${receiverUrl}` });

it('lets a manager add an endpoint, see its secret once, ping it and send the ping again', async () => {
  const page = await signedInPage(browser, stack.baseUrl, manager);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: stack.baseUrl });
  await openWebhooks(page);
  await page.getByText('No webhook endpoints yet.').waitFor();
  await expectAccessible(page, '60-webhooks-empty');

  await page.getByRole('button', { name: 'Add endpoint' }).click();
  const form = page.getByRole('dialog', { name: 'Add a webhook endpoint' });
  // The dialog takes focus on its first field, so a keyboard user types straight away.
  await focusedSoon(form.getByRole('textbox', { name: 'URL' }));
  await page.keyboard.type(receiverUrl);
  await form.getByRole('textbox', { name: 'Description' }).fill('Front-of-house POS');
  await expectAccessible(page, '61-webhooks-add');
  await form.getByRole('button', { name: 'Add endpoint' }).click();

  const shown = page.getByRole('dialog', { name: `Endpoint added: ${receiverUrl}` });
  const secretField = shown.getByRole('textbox', { name: 'Signing secret' });
  await secretField.waitFor();
  const secret = await secretField.inputValue();
  expect(secret).toMatch(/^whsec_/);
  const stored = await stack.prisma.webhookEndpoint.findFirstOrThrow({
    where: { restaurantId: restaurant.id },
  });
  expect(stored.secret).toBe(secret);
  expect(stored).toMatchObject({ url: receiverUrl, description: 'Front-of-house POS', eventTypes: [] });
  await shown.getByRole('button', { name: 'Copy secret' }).click();
  await shown.getByRole('button', { name: 'Copied' }).waitFor();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
  await expectAccessible(page, '62-webhooks-secret-once');
  await shown.getByRole('button', { name: 'Done' }).click();
  await shown.waitFor({ state: 'hidden' });

  // Once means once: neither the screen nor a reload of it carries the secret any more.
  await page.getByRole('heading', { name: receiverUrl }).waitFor();
  expect(await page.content()).not.toContain(secret);
  await page.reload();
  await page.getByRole('heading', { name: receiverUrl }).waitFor();
  expect(await page.content()).not.toContain(secret);
  await page.getByText('Events: All events').waitFor();

  await page.getByRole('button', { name: `Send test ping to ${receiverUrl}` }).click();
  await page.getByRole('status').getByText(`Test ping queued for ${receiverUrl}`).waitFor();
  const row = deliveries(page).locator('tbody tr').first();
  await deliveries(page).locator('tr[data-status="delivered"]').waitFor({ timeout: 15_000 });
  await textSoon(row.locator('td').first(), 'webhook.test');
  await textSoon(row.locator('[data-column="response"]'), '204');
  await textSoon(row.locator('[data-column="attempts"]'), '1');
  expect(received).toHaveLength(1);
  const verify = (r: Received) => new Webhook(secret).verify(r.body, r.headers) as { type: string };
  expect(verify(received[0]).type).toBe('webhook.test');
  await expectAccessible(page, '63-webhooks-delivered');

  const deliveryId = await row.getAttribute('data-delivery-id');
  await row.getByRole('button', { name: /^Send again: webhook\.test/ }).click();
  await textSoon(
    deliveries(page).locator(`tr[data-delivery-id="${deliveryId}"] [data-column="attempts"]`),
    '2',
  );
  await deliveries(page).locator(`tr[data-delivery-id="${deliveryId}"][data-status="delivered"]`).waitFor();
  // The same message again: same webhook-id, a fresh signature that verifies.
  expect(received).toHaveLength(2);
  expect(received[1].headers['webhook-id']).toBe(received[0].headers['webhook-id']);
  expect(verify(received[1]).type).toBe('webhook.test');

  // Editing: only some events, and the screen says which.
  await page.getByRole('button', { name: `Edit ${receiverUrl}` }).click();
  const edit = page.getByRole('dialog', { name: `Edit ${receiverUrl}` });
  await edit.getByRole('radio', { name: 'Only the events I choose' }).check();
  await edit.getByRole('checkbox', { name: /^booking\.cancelled:/ }).check();
  await edit.getByRole('checkbox', { name: /^booking\.no_show:/ }).check();
  await edit.getByRole('button', { name: 'Save' }).click();
  await page.getByText('Events: booking.cancelled, booking.no_show').waitFor();
  const edited = await stack.prisma.webhookEndpoint.findUniqueOrThrow({ where: { id: stored.id } });
  expect([...edited.eventTypes].sort()).toEqual(['booking.cancelled', 'booking.no_show']);

  // Rotating shows the new secret once too, and the old one keeps signing for a while.
  await page.getByRole('button', { name: `Rotate secret of ${receiverUrl}` }).click();
  const rotate = page.getByRole('dialog', { name: `Rotate the secret of ${receiverUrl}` });
  await rotate.getByRole('button', { name: 'Rotate secret' }).click();
  const newSecret = await rotate.getByRole('textbox', { name: 'New signing secret' }).inputValue();
  expect(newSecret).toMatch(/^whsec_/);
  expect(newSecret).not.toBe(secret);
  const rotated = await stack.prisma.webhookEndpoint.findUniqueOrThrow({ where: { id: stored.id } });
  expect(rotated).toMatchObject({ secret: newSecret, previousSecret: secret });
  await rotate.getByRole('button', { name: 'Done' }).click();
  await page.getByText(/^Previous secret also signs until/).waitFor();
  expect(await page.content()).not.toContain(newSecret);
  await page.context().close();
});

it('shows a banner when the relay switched an endpoint off, and lets the manager enable it again', async () => {
  const endpoint = await stack.prisma.webhookEndpoint.findFirstOrThrow({
    where: { restaurantId: restaurant.id },
  });
  // What the relay's disabling writes (libs/db webhook-delivery.repository.ts disableEndpoint).
  await stack.prisma.webhookEndpoint.update({
    where: { id: endpoint.id },
    data: { enabled: false, disabledReason: 'failing', disabledAt: new Date(), failingSince: new Date(0) },
  });
  const page = await signedInPage(browser, stack.baseUrl, manager);
  await openWebhooks(page);
  const banner = page.locator(`[data-disabled-banner="${endpoint.id}"]`);
  await banner.getByText('A webhook endpoint was switched off').waitFor();
  await banner.getByText(/because it kept failing for days/).waitFor();
  await expectAccessible(page, '64-webhooks-disabled-banner');
  await banner.getByRole('button', { name: `Enable ${receiverUrl} again` }).click();
  await banner.waitFor({ state: 'detached' });
  const enabled = await stack.prisma.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } });
  expect(enabled).toMatchObject({ enabled: true, disabledReason: null, failingSince: null });
  await page.context().close();
});

it('shows ops staff the endpoints and deliveries read-only, and the API refuses their changes', async () => {
  const page = await signedInPage(browser, stack.baseUrl, ops);
  await openWebhooks(page);
  await page.getByRole('heading', { name: receiverUrl }).waitFor();
  await deliveries(page).locator('tr[data-status="delivered"]').first().waitFor();
  await page.getByText('Only managers add, change, test or remove webhook endpoints').waitFor();
  for (const name of ['Add endpoint', 'Send test ping', 'Edit', 'Rotate secret', 'Remove', 'Send again']) {
    expect({ name, count: await page.getByRole('button', { name: new RegExp(`^${name}`) }).count() }).toEqual(
      {
        name,
        count: 0,
      },
    );
  }
  await expectAccessible(page, '65-webhooks-read-only');
  await page.context().close();

  const endpoint = await stack.prisma.webhookEndpoint.findFirstOrThrow({
    where: { restaurantId: restaurant.id },
  });
  const session = await signIn(stack.baseUrl, ops);
  const listed = await session.call<{ endpoints: { id: string; secret?: string }[] }>(
    'GET',
    '/admin/api/setup/webhooks',
  );
  expect(listed.status).toBe(200);
  expect(listed.body.endpoints.map((e) => e.id)).toEqual([endpoint.id]);
  expect(listed.body.endpoints[0].secret).toBeUndefined();
  for (const [method, path] of [
    ['POST', '/admin/api/setup/webhooks'],
    ['POST', `/admin/api/setup/webhooks/${endpoint.id}/test`],
    ['PATCH', `/admin/api/setup/webhooks/${endpoint.id}`],
    ['DELETE', `/admin/api/setup/webhooks/${endpoint.id}`],
  ] as const) {
    const refused = await session.call<{ code: string }>(method, path, {
      body: method === 'DELETE' ? undefined : { url: receiverUrl },
    });
    expect({ method, path, status: refused.status, code: refused.body.code }).toEqual({
      method,
      path,
      status: 403,
      code: 'role_forbidden',
    });
  }
});

it('keeps other restaurants’ endpoints out of reach of this restaurant’s manager', async () => {
  const other = await createTestRestaurant(stack.prisma);
  const otherManager = await createStaff(stack.prisma, other.id, 'manager');
  const endpoint = await stack.prisma.webhookEndpoint.findFirstOrThrow({
    where: { restaurantId: restaurant.id },
  });
  const session = await signIn(stack.baseUrl, otherManager);
  const listed = await session.call<{ endpoints: unknown[] }>('GET', '/admin/api/setup/webhooks');
  expect(listed.body.endpoints).toEqual([]);
  const foreign = await session.call<{ code: string }>(
    'POST',
    `/admin/api/setup/webhooks/${endpoint.id}/test`,
  );
  expect({ status: foreign.status, code: foreign.body.code }).toEqual({
    status: 404,
    code: 'webhook_endpoint_not_found',
  });
});

it('lets a manager remove an endpoint after saying so', async () => {
  const page = await signedInPage(browser, stack.baseUrl, manager);
  await openWebhooks(page);
  await page.getByRole('button', { name: `Remove ${receiverUrl}` }).click();
  const confirm = page.getByRole('dialog', { name: `Remove ${receiverUrl}?` });
  // Focus starts on the safe choice; Escape closes without removing.
  await focusedSoon(confirm.getByRole('button', { name: 'Keep it' }));
  await page.keyboard.press('Escape');
  await confirm.waitFor({ state: 'hidden' });
  expect(await stack.prisma.webhookEndpoint.count({ where: { restaurantId: restaurant.id } })).toBe(1);
  await page.getByRole('button', { name: `Remove ${receiverUrl}` }).click();
  await confirm.getByRole('button', { name: 'Remove endpoint' }).click();
  await page.getByRole('status').getByText(`Removed ${receiverUrl}`).waitFor();
  await page.getByText('No webhook endpoints yet.').waitFor();
  expect(await stack.prisma.webhookEndpoint.count({ where: { restaurantId: restaurant.id } })).toBe(0);
  await page.context().close();
});
