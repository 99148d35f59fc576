/// <reference lib="dom" />
/**
 * Issue 22, Setup → Website widget in a real browser against the real stack: a manager adds a
 * publishable key for the restaurant's site and sees it once, inside the embed snippet, copies it,
 * and revokes it after confirming; the key works from its origin until then and not after. An ops
 * member of staff sees the list read-only. Every state is checked with axe-core (WCAG 2.2 AA).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createStaff, type StaffLogin } from '../support/admin';
import { launchChromium, signedInPage } from '../support/admin-browser';
import { wcagViolations } from '../support/axe';
import { createTestRestaurant, type TestRestaurant } from '../support/fixtures';
import { apiClient, type ApiCall } from '../support/http';
import { startTestStack, type TestStack } from '../support/test-stack';

jest.setTimeout(150_000);

const SCREENSHOTS = join(__dirname, '..', '..', 'artifacts', 'screenshots');
const SITE = 'https://www.bistro-site.example';
const SECOND_SITE = 'https://bistro-site.example';

let stack: TestStack;
let api: ApiCall;
let restaurant: TestRestaurant;
let manager: StaffLogin;
let ops: StaffLogin;
let browser: Browser;
let rawKey = '';

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  stack = await startTestStack();
  api = apiClient(stack.baseUrl);
  restaurant = await createTestRestaurant(stack.prisma);
  manager = await createStaff(stack.prisma, restaurant.id, 'manager');
  ops = await createStaff(stack.prisma, restaurant.id, 'ops');
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

async function expectAccessible(page: Page, screen: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${screen}.png`), fullPage: true });
  expect({ screen, violations: await wcagViolations(page) }).toEqual({ screen, violations: [] });
}

async function openWidgetKeys(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Setup' }).click();
  await page.getByRole('tab', { name: 'Website widget' }).click();
  await page.getByRole('heading', { name: 'Website widget' }).waitFor();
}

const keysTable = (page: Page) => page.getByRole('table', { name: 'Widget keys' });

it('lets a manager add a widget key, see it once in the embed snippet, and copy it', async () => {
  const page = await signedInPage(browser, stack.baseUrl, manager);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: stack.baseUrl });
  await openWidgetKeys(page);
  await page.getByText('No widget keys yet.').waitFor();
  await expectAccessible(page, '70-widget-keys-empty');

  await page.getByRole('button', { name: 'Add widget key' }).click();
  const form = page.getByRole('dialog', { name: 'Add a widget key' });
  await form.getByRole('textbox', { name: 'Name' }).fill('Main website');
  await form.getByRole('textbox', { name: 'Allowed origins' }).fill(`${SITE}\n\n  ${SECOND_SITE}  \n`);
  await form.getByRole('textbox', { name: 'Hold time (seconds)' }).fill('120');
  await expectAccessible(page, '71-widget-keys-add');
  await form.getByRole('button', { name: 'Add widget key' }).click();

  const shown = page.getByRole('dialog', { name: 'Widget key added: Main website' });
  const snippetField = shown.getByRole('textbox', { name: 'Embed snippet' });
  await snippetField.waitFor();
  const snippet = await snippetField.inputValue();
  rawKey = await shown.getByRole('textbox', { name: 'Publishable key' }).inputValue();
  expect(rawKey).toMatch(/^tk_pub_[a-z0-9]{10}_/);
  expect(snippet).toBe(
    `<script src="${stack.baseUrl}/widget.js" async></script>\n` +
      `<tablekeeper-booking restaurant="${restaurant.slug}" key="${rawKey}"></tablekeeper-booking>`,
  );
  const stored = await stack.prisma.apiKey.findFirstOrThrow({
    where: { kind: 'publishable', restaurants: { some: { restaurantId: restaurant.id } } },
  });
  expect(stored).toMatchObject({
    name: 'Main website',
    allowedOrigins: [SITE, SECOND_SITE],
    holdTtlSeconds: 120,
  });
  expect(rawKey.startsWith(`tk_pub_${stored.prefix}_`)).toBe(true);
  await shown.getByRole('button', { name: 'Copy snippet' }).click();
  await shown.getByRole('button', { name: 'Copied' }).waitFor();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
  await expectAccessible(page, '72-widget-keys-key-once');
  await shown.getByRole('button', { name: 'Done' }).click();
  await shown.waitFor({ state: 'hidden' });

  // The key does what the snippet promises: the widget's calls from the site get through.
  const fromSite = await api('GET', '/v1/restaurants', { key: rawKey, headers: { origin: SECOND_SITE } });
  expect(fromSite.status).toBe(200);
  expect(fromSite.headers.get('access-control-allow-origin')).toBe(SECOND_SITE);

  // Once means once: neither the screen nor a reload of it carries the key any more.
  const row = keysTable(page).locator(`tr[data-key-id="${stored.id}"]`);
  await row.waitFor();
  expect(await page.content()).not.toContain(rawKey);
  await page.reload();
  await row.waitFor();
  expect(await page.content()).not.toContain(rawKey);
  await row.getByText(stored.prefix).waitFor();
  await row.getByText(SITE, { exact: true }).waitFor();
  await row.getByText('120 s').waitFor();
  await row.getByText('Active').waitFor();
  await page.context().close();
});

it('shows ops staff the keys read-only', async () => {
  const page = await signedInPage(browser, stack.baseUrl, ops);
  await openWidgetKeys(page);
  await keysTable(page).getByText('Main website').waitFor();
  await page.getByText('Only managers add or revoke widget keys').waitFor();
  for (const name of ['Add widget key', 'Revoke']) {
    expect({ name, count: await page.getByRole('button', { name: new RegExp(`^${name}`) }).count() }).toEqual(
      { name, count: 0 },
    );
  }
  await expectAccessible(page, '73-widget-keys-read-only');
  await page.context().close();
});

it('lets a manager revoke a key after confirming, and the key stops working', async () => {
  const stored = await stack.prisma.apiKey.findFirstOrThrow({
    where: { kind: 'publishable', restaurants: { some: { restaurantId: restaurant.id } } },
  });
  const page = await signedInPage(browser, stack.baseUrl, manager);
  await openWidgetKeys(page);
  const revokeButton = page.getByRole('button', { name: `Revoke Main website (${stored.prefix})` });
  await revokeButton.click();
  const confirm = page.getByRole('dialog', { name: 'Revoke Main website?' });
  const keep = confirm.getByRole('button', { name: 'Keep it' });
  await keep.waitFor();
  // Focus starts on the safe choice, so Enter alone never revokes.
  const until = Date.now() + 5_000;
  let focused = false;
  while (!focused && Date.now() < until) {
    focused = await keep.evaluate((el) => el === document.activeElement);
    if (!focused) await new Promise((r) => setTimeout(r, 50));
  }
  expect(focused).toBe(true);
  await expectAccessible(page, '74-widget-keys-revoke-confirm');
  // Keeping it changes nothing.
  await keep.click();
  await confirm.waitFor({ state: 'hidden' });
  expect((await stack.prisma.apiKey.findUniqueOrThrow({ where: { id: stored.id } })).revokedAt).toBeNull();

  await revokeButton.click();
  await confirm.getByRole('button', { name: 'Revoke key' }).click();
  await page.getByRole('status').getByText('Revoked Main website: it stops working at once').waitFor();
  const row = keysTable(page).locator(`tr[data-key-id="${stored.id}"][data-revoked="true"]`);
  await row.getByText(/Revoked/).waitFor();
  expect(await revokeButton.count()).toBe(0);
  expect(
    (await stack.prisma.apiKey.findUniqueOrThrow({ where: { id: stored.id } })).revokedAt,
  ).not.toBeNull();
  await expectAccessible(page, '75-widget-keys-revoked');
  const refused = await api('GET', '/v1/restaurants', { key: rawKey, headers: { origin: SITE } });
  expect(refused.status).toBe(401);
  await page.context().close();
});
