/// <reference lib="dom" />
/**
 * The Guests screen in a real browser against the real stack: ops search a guest by a phone typed
 * in another format, open the profile, add a note and an allergy and tag them VIP, and then see
 * the VIP mark and the allergy on that guest's booking in the day view. Every state is checked
 * with axe-core for WCAG 2.2 AA violations.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createStaff, type StaffLogin } from '../support/admin';
import { launchChromium, signedInPage } from '../support/admin-browser';
import { wcagViolations } from '../support/axe';
import { createTestRestaurant, tomorrowAt, type TestRestaurant } from '../support/fixtures';
import { apiClient } from '../support/http';
import { startTestStack, type TestStack } from '../support/test-stack';

jest.setTimeout(150_000);

const SCREENSHOTS = join(__dirname, '..', '..', 'artifacts', 'screenshots');

let stack: TestStack;
let restaurant: TestRestaurant;
let ops: StaffLogin;
let browser: Browser;
let bookingId = '';

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  stack = await startTestStack();
  restaurant = await createTestRestaurant(stack.prisma);
  await stack.prisma.restaurant.update({ where: { id: restaurant.id }, data: { country: 'GB' } });
  ops = await createStaff(stack.prisma, restaurant.id, 'ops');
  const api = apiClient(stack.baseUrl);
  for (const [name, phone, hour] of [
    ['Mary Somerville', '+447700900911', 19],
    ['Charles Babbage', '+447700900912', 20],
  ] as const) {
    const res = await api<{ id: string }>('POST', '/v1/bookings', {
      key: restaurant.apiKey,
      body: { restaurantId: restaurant.id, partySize: 2, startsAt: tomorrowAt(hour), guest: { name, phone } },
    });
    expect(res.status).toBe(201);
    if (name === 'Mary Somerville') bookingId = res.body.id;
  }
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

it('search a guest, add a note, an allergy and VIP, and see them on the booking in the day view', async () => {
  const page = await signedInPage(browser, stack.baseUrl, ops);
  await page.getByRole('tab', { name: 'Guests' }).click();
  await page.getByRole('heading', { name: 'Guests' }).waitFor();
  await page.getByRole('link', { name: 'Charles Babbage' }).waitFor();
  await expectAccessible(page, 'guests-list');

  await page.getByLabel('Search guests').fill('07700 900911');
  await page.getByRole('link', { name: 'Charles Babbage' }).waitFor({ state: 'detached' });
  await page.getByRole('link', { name: 'Mary Somerville' }).click();
  await page.getByRole('heading', { name: 'Mary Somerville' }).waitFor();
  await expectAccessible(page, 'guest-profile');

  await page.getByLabel('New note').fill('Celebrating her anniversary');
  await page.getByRole('button', { name: 'Save note' }).first().click();
  await page.getByText('Note added', { exact: true }).waitFor();
  await page.getByText('Celebrating her anniversary').first().waitFor();

  await page.getByRole('checkbox', { name: 'Peanuts' }).check();
  await page.getByLabel('Tags').fill('vip, window seat');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await page.getByText('Profile saved', { exact: true }).waitFor();
  await page.getByText('Allergy: Peanuts').first().waitFor();
  await expectAccessible(page, 'guest-profile-edited');

  const guest = await stack.prisma.booking.findUniqueOrThrow({
    where: { id: bookingId },
    include: { guest: true },
  });
  expect(guest.guest.allergens).toEqual(['peanuts']);
  expect(guest.guest.tags).toEqual(['vip', 'window-seat']);

  await page.getByRole('tab', { name: 'Day' }).click();
  await page.getByLabel('Date').fill(tomorrowAt(19).slice(0, 10));
  const row = page.locator(`tr[data-booking-id="${bookingId}"]`);
  await row.getByText('VIP', { exact: true }).waitFor();
  await row.getByText('Allergy: Peanuts').waitFor();
  await expectAccessible(page, 'day-with-guest-badges');
  await page.context().close();
});
