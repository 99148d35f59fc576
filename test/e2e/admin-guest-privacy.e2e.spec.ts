/// <reference lib="dom" />
/**
 * The guest profile's privacy panel in a real browser against the real stack: ops see why export
 * and erasure are not theirs; a manager downloads the guest's export (the JSON holds their
 * bookings), erases them after typing their name (the dialog names the booking still in
 * progress), reads the receipt, and the profile is anonymous. Every state is checked with
 * axe-core for WCAG 2.2 AA violations.
 */
import { mkdirSync, readFileSync } from 'node:fs';
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
const NAME = 'Hypatia Alexandrou';
const PHONE = '+447700900931';

let stack: TestStack;
let restaurant: TestRestaurant;
let manager: StaffLogin;
let ops: StaffLogin;
let browser: Browser;
const bookingIds: Record<'upcoming' | 'cancelled', string> = { upcoming: '', cancelled: '' };
let guestId = '';

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  stack = await startTestStack();
  restaurant = await createTestRestaurant(stack.prisma);
  await stack.prisma.restaurant.update({ where: { id: restaurant.id }, data: { country: 'GB' } });
  manager = await createStaff(stack.prisma, restaurant.id, 'manager');
  ops = await createStaff(stack.prisma, restaurant.id, 'ops');
  const api = apiClient(stack.baseUrl);
  for (const [which, hour] of [
    ['upcoming', 19],
    ['cancelled', 20],
  ] as const) {
    const res = await api<{ id: string }>('POST', '/v1/bookings', {
      key: restaurant.apiKey,
      body: {
        restaurantId: restaurant.id,
        partySize: 2,
        startsAt: tomorrowAt(hour),
        guest: { name: NAME, phone: PHONE },
      },
    });
    expect(res.status).toBe(201);
    bookingIds[which] = res.body.id;
  }
  const cancel = await api('POST', `/v1/bookings/${bookingIds.cancelled}/cancel`, {
    key: restaurant.apiKey,
    body: { reason: `${NAME} cannot come` },
  });
  expect(cancel.status).toBe(200);
  guestId = (await stack.prisma.booking.findUniqueOrThrow({ where: { id: bookingIds.upcoming } })).guestId;
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

async function openGuest(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Guests' }).click();
  await page.getByRole('heading', { name: 'Guests' }).waitFor();
  await page.getByRole('link', { name: NAME }).click();
  await page.getByRole('heading', { name: NAME }).waitFor();
  await page.getByRole('heading', { name: 'Privacy (GDPR)' }).waitFor();
}

it('ops see the privacy panel without its buttons, and why', async () => {
  const page = await signedInPage(browser, stack.baseUrl, ops);
  await openGuest(page);
  await page.getByText("Only managers can export a guest's data or erase a guest.").waitFor();
  expect(await page.getByRole('button', { name: 'Export data' }).count()).toBe(0);
  expect(await page.getByRole('button', { name: 'Erase guest' }).count()).toBe(0);
  await page.context().close();
});

it('a manager exports the guest, erases them with confirmation, and sees the receipt', async () => {
  const page = await signedInPage(browser, stack.baseUrl, manager);
  await openGuest(page);
  await expectAccessible(page, 'guest-privacy-panel');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export data' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`guest-${guestId}.json`);
  const exported = JSON.parse(readFileSync((await download.path())!, 'utf8')) as {
    guest: { id: string; name: string };
    bookings: { id: string; status: string }[];
  };
  expect(exported.guest).toMatchObject({ id: guestId, name: NAME });
  expect(exported.bookings.map((b) => b.id).sort()).toEqual(Object.values(bookingIds).sort());
  await page.getByText(`Export downloaded as guest-${guestId}.json`).waitFor();

  await page.getByRole('button', { name: 'Erase guest' }).click();
  const dialog = page.getByRole('dialog', { name: `Erase ${NAME}?` });
  await dialog.waitFor();
  // The booking still in progress is named before anything is erased; the cancelled one is not.
  const inProgress = dialog.getByRole('list', { name: 'Bookings in progress' }).getByRole('listitem');
  expect(await inProgress.count()).toBe(1);
  await inProgress.getByText('confirmed').waitFor();
  const confirmBox = dialog.getByLabel("Type the guest's name to confirm");
  expect(await confirmBox.evaluate((el) => el === document.activeElement)).toBe(true);
  await expectAccessible(page, 'guest-erase-dialog');
  const eraseButton = dialog.getByRole('button', { name: 'Erase for good' });
  await confirmBox.fill('Hypatia');
  expect(await eraseButton.isDisabled()).toBe(true);
  await confirmBox.fill(NAME);
  await eraseButton.click();

  const receipt = page.getByRole('region', { name: 'Guest erased' });
  await receipt.waitFor();
  await receipt.getByText(/^Receipt [0-9a-f-]{36}, by staff:/).waitFor();
  // The dialog's trigger is disabled now: focus lands on the receipt, not on the page's body.
  await page.waitForFunction(() => document.activeElement?.id === 'receipt-title');
  const stillRunning = receipt
    .getByRole('list', { name: 'Bookings still in progress' })
    .getByRole('listitem');
  expect(await stillRunning.count()).toBe(1);
  await page.getByRole('heading', { name: 'Erased guest' }).waitFor();
  expect(await page.getByRole('button', { name: 'Erase guest' }).isDisabled()).toBe(true);
  await expectAccessible(page, 'guest-erased-receipt');

  const row = await stack.prisma.guest.findUniqueOrThrow({ where: { id: guestId } });
  expect(row).toMatchObject({ name: 'Erased guest', phone: null, email: null });
  expect(row.erasedAt).not.toBeNull();
  const receipts = await stack.prisma.guestErasure.findMany({ where: { guestId } });
  expect(receipts).toHaveLength(1);
  expect(receipts[0].inProgressBookings).toEqual([bookingIds.upcoming]);
  const upcoming = await stack.prisma.booking.findUniqueOrThrow({ where: { id: bookingIds.upcoming } });
  expect(upcoming.status).toBe('confirmed');
  await page.context().close();
});
