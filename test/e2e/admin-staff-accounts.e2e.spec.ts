/// <reference lib="dom" />
/**
 * Setup → Staff in a real browser against the real stack: a manager adds an ops account that then
 * signs in, changes its role, and deactivates it (its open session stops working at once); a
 * viewer is told only managers manage staff. Every state is checked with axe-core (WCAG 2.2 AA).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createStaff, signIn, type StaffLogin } from '../support/admin';
import { launchChromium, signedInPage } from '../support/admin-browser';
import { wcagViolations } from '../support/axe';
import { createTestRestaurant, type TestRestaurant } from '../support/fixtures';
import { startTestStack, type TestStack } from '../support/test-stack';

jest.setTimeout(150_000);

const SCREENSHOTS = join(__dirname, '..', '..', 'artifacts', 'screenshots');

let stack: TestStack;
let restaurant: TestRestaurant;
let manager: StaffLogin;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  stack = await startTestStack();
  restaurant = await createTestRestaurant(stack.prisma);
  manager = await createStaff(stack.prisma, restaurant.id, 'manager');
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

async function openStaff(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Setup' }).click();
  await page.getByRole('tab', { name: 'Staff accounts' }).click();
  await page.getByRole('heading', { name: 'Staff', exact: true }).waitFor();
}

it('lets a manager add an ops account, change its role and deactivate it', async () => {
  const page = await signedInPage(browser, stack.baseUrl, manager);
  await openStaff(page);
  const table = page.getByRole('table', { name: 'Staff accounts' });
  await table.getByRole('cell', { name: manager.email, exact: true }).waitFor();
  await expectAccessible(page, '80-staff-list');

  const email = `sam-${Date.now()}@bistro.test`;
  const form = page.getByRole('form', { name: 'Add a staff account' });
  await form.getByRole('textbox', { name: 'Email' }).fill('not-an-email@');
  await form.getByRole('button', { name: 'Add account' }).click();
  await form.getByRole('textbox', { name: 'Email' }).fill(email);
  await form.getByRole('combobox', { name: 'Role' }).selectOption('ops');
  await form.getByLabel('Initial password').fill('a-long-enough-password');
  await form.getByRole('button', { name: 'Add account' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: `Added ${email} as ops` })
    .waitFor();
  await table.getByRole('cell', { name: email, exact: true }).waitFor();
  await expectAccessible(page, '81-staff-added');

  // The new account signs in (over the API, as a second browser would) and is ops.
  const ops = await signIn(stack.baseUrl, { email, password: 'a-long-enough-password' });
  expect((await ops.call<{ staff: { role: string } }>('GET', '/admin/api/session')).body.staff.role).toBe(
    'ops',
  );

  await page.getByRole('combobox', { name: `Role of ${email}` }).selectOption('viewer');
  await page
    .getByRole('status')
    .filter({ hasText: `${email} is now viewer` })
    .waitFor();
  expect((await ops.call<{ staff: { role: string } }>('GET', '/admin/api/session')).body.staff.role).toBe(
    'viewer',
  );

  await page.getByRole('button', { name: `Deactivate ${email}` }).click();
  await page
    .getByRole('status')
    .filter({ hasText: `Deactivated ${email}` })
    .waitFor();
  await page.getByRole('button', { name: `Reactivate ${email}` }).waitFor();
  expect((await ops.call('GET', '/admin/api/session')).status).toBe(401);
  await expectAccessible(page, '82-staff-deactivated');

  await page.getByRole('button', { name: `Reset password of ${email}` }).click();
  const oneTime = await page.getByTestId('one-time-password').textContent();
  expect(oneTime).toMatch(/^[a-zA-Z0-9]{5}(-[a-zA-Z0-9]{5}){3}$/);
  await expectAccessible(page, '83-staff-password-reset');
  await page.close();
});

it('tells a viewer only managers manage staff, and lists nothing', async () => {
  const viewer = await createStaff(stack.prisma, restaurant.id, 'viewer');
  const page = await signedInPage(browser, stack.baseUrl, viewer);
  await openStaff(page);
  await page.getByText('Only managers see and manage staff accounts').waitFor();
  expect(await page.getByRole('table', { name: 'Staff accounts' }).count()).toBe(0);
  await expectAccessible(page, '84-staff-viewer');
  await page.close();
});
