/// <reference lib="dom" />
/**
 * The ops admin UI in a real browser (Debian's chromium driven by playwright-core) against the real
 * stack: the gateway serving the built UI, a worker, Temporal, Postgres and Redis. Screenshots of
 * each screen go to artifacts/screenshots/ (ignored by git) for people to look at, and each screen
 * shot is checked with axe-core for WCAG 2.2 AA violations.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { bookingStateQuery } from '@tablekeeper/temporal/shared/booking.contract';
import { createStaff, type StaffLogin } from '../support/admin';
import { wcagViolations } from '../support/axe';
import { createTestRestaurant, phoneOf, tomorrowAt, type TestRestaurant } from '../support/fixtures';
import { apiClient, type ApiCall } from '../support/http';
import { startTestStack, type TestStack } from '../support/test-stack';

jest.setTimeout(120_000);

const SCREENSHOTS = join(__dirname, '..', '..', 'artifacts', 'screenshots');
// Without the background-networking flags chromium keeps calling home, which misbehaves on a
// closed network. playwright-core gives each launch a fresh temporary user-data-dir.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

type Booking = { id: string; status: string; tables: string[]; workflowId: string };

let stack: TestStack;
let api: ApiCall;
let restaurant: TestRestaurant;
let ops: StaffLogin;
let viewer: StaffLogin;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  stack = await startTestStack();
  api = apiClient(stack.baseUrl);
  restaurant = await createTestRestaurant(stack.prisma, { policy: { autoConfirmMaxPartySize: 4 } });
  ops = await createStaff(stack.prisma, restaurant.id, 'ops');
  viewer = await createStaff(stack.prisma, restaurant.id, 'viewer');
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

/** A screenshot of the screen as it is, which must also pass axe-core's WCAG 2.2 AA rules. */
async function shot(target: Page, name: string): Promise<void> {
  await target.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
  expect({ screen: name, violations: await wcagViolations(target) }).toEqual({
    screen: name,
    violations: [],
  });
}

async function book(partySize: number, hour: number, name: string, minute = 0): Promise<Booking> {
  const response = await api<Booking>('POST', '/v1/bookings', {
    key: restaurant.apiKey,
    body: {
      restaurantId: restaurant.id,
      partySize,
      startsAt: tomorrowAt(hour, minute),
      guest: { name, phone: phoneOf(name) },
      notes: partySize > 4 ? 'Corporate dinner, one vegan' : undefined,
    },
  });
  expect(response.status).toBe(201);
  return response.body;
}

/** A fresh browser context (its own cookies) at the sign-in page. */
async function freshPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  const page = await context.newPage();
  // What the browser saw goes to the test output, so a page that never renders can be explained.
  page.on('pageerror', (error) => console.error(`[browser] page error: ${error.message}`));
  // (A 401 from GET /session before sign-in is expected; Chromium reports it as a console error.)
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource'))
      console.error(`[browser] console: ${m.text()}`);
  });
  page.on('requestfailed', (r) => console.error(`[browser] failed: ${r.url()} ${r.failure()?.errorText}`));
  const heading = page.getByRole('heading', { name: 'Tablekeeper ops sign-in' });
  await page.goto(`${stack.baseUrl}/admin/`);
  try {
    await heading.waitFor({ timeout: 20_000 });
  } catch {
    // Seen once in CI: the very first page of a cold browser under full-suite load never rendered
    // (later pages did). Keep what it showed, then give it one reload before failing.
    await page.screenshot({ path: join(SCREENSHOTS, '00-first-load-not-rendered.png'), fullPage: true });
    console.error(`[browser] sign-in page not rendered; body: ${(await page.content()).slice(0, 2000)}`);
    await page.reload();
    await heading.waitFor({ timeout: 30_000 });
  }
  return page;
}

async function signInAs(login: StaffLogin): Promise<Page> {
  const page = await freshPage();
  await page.getByLabel('Email').fill(login.email);
  await page.getByRole('textbox', { name: 'Password' }).fill(login.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('tab', { name: 'Review queue' }).waitFor();
  // Subscribed to live changes before the test makes any.
  await page.getByText('Live', { exact: true }).waitFor();
  return page;
}

const tomorrow = () => tomorrowAt(12).slice(0, 10);

it('signs in, with every control labelled', async () => {
  const page = await freshPage();
  await shot(page, '01-sign-in');
  await page.getByLabel('Email').fill(ops.email);
  await page.getByRole('textbox', { name: 'Password' }).fill('wrong password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('alert').getByText('Wrong email or password').waitFor();
  await page.getByRole('textbox', { name: 'Password' }).fill(ops.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByText('Live', { exact: true }).waitFor();
  await page.getByText('No bookings are waiting for review.').waitFor();
  const unlabelled = await page.evaluate(() =>
    Array.from(document.querySelectorAll('input, button, select, textarea, [role="tab"]'))
      .filter((el) => {
        const labelled = (el as HTMLInputElement).labels?.length || el.getAttribute('aria-label');
        const text = el.textContent?.trim();
        return (
          !labelled && !text && !el.getAttribute('aria-labelledby') && el.getAttribute('type') !== 'hidden'
        );
      })
      .map((el) => el.outerHTML.slice(0, 80)),
  );
  expect(unlabelled).toEqual([]);
});

it('a large party booked through the API appears in the queue live, and approving confirms it', async () => {
  const page = await signInAs(ops);
  let reloads = 0;
  page.on('framenavigated', (frame) => void (frame === page.mainFrame() && reloads++));
  const booking = await book(6, 19, 'Grace Hopper');
  const row = page.getByRole('row', { name: /Grace Hopper/ });
  // The UI polls nothing: the row can only come from the pushed change, without a reload.
  // How soon is the benchmark's question, not this test's.
  await row.waitFor();
  expect(reloads).toBe(0);
  await expect(row.getByText('Large party: over the auto-confirm limit').isVisible()).resolves.toBe(true);
  await expect(row.getByText('Corporate dinner, one vegan').isVisible()).resolves.toBe(true);
  await shot(page, '02-review-queue');

  await row.getByRole('button', { name: 'Approve booking of Grace Hopper' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByText('Tables').first().waitFor();
  await dialog.getByRole('checkbox').first().waitFor();
  await shot(page, '03-approve-dialog');
  await dialog.getByRole('button', { name: 'Confirm approval' }).click();
  await row.waitFor({ state: 'detached' });

  const state = await stack.temporal.workflow.getHandle(booking.workflowId).query(bookingStateQuery);
  expect(state.status).toBe('confirmed');

  await page.getByRole('tab', { name: 'Day' }).click();
  await page.getByLabel('Date').fill(tomorrow());
  const dayRow = page.getByRole('row', { name: /Grace Hopper/ });
  await dayRow.getByText('Confirmed').waitFor();
  await shot(page, '04-day');
  await dayRow.getByRole('button', { name: 'Open booking of Grace Hopper' }).click();
  const drawer = page.getByRole('dialog');
  await drawer.getByRole('list', { name: 'Event timeline' }).getByText(`by staff:${ops.email}`).waitFor();
  await expect(drawer.getByRole('link', { name: /Temporal UI/ }).getAttribute('href')).resolves.toContain(
    encodeURIComponent(booking.workflowId),
  );
  await shot(page, '05-booking-details');
  await page.keyboard.press('Escape');
});

it('rejects another with a reason', async () => {
  const page = await signInAs(ops);
  const booking = await book(8, 20, 'Alan Turing');
  const row = page.getByRole('row', { name: /Alan Turing/ });
  await row.waitFor();
  await row.getByRole('button', { name: 'Reject booking of Alan Turing' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Reason').fill('Private event that evening');
  await shot(page, '06-reject-dialog');
  await dialog.getByRole('button', { name: 'Reject booking' }).click();
  await row.waitFor({ state: 'detached' });
  const stored = await stack.prisma.booking.findUniqueOrThrow({ where: { id: booking.id } });
  expect(stored).toMatchObject({ status: 'rejected', closeReason: 'Private event that evening' });
});

it('the floor shows the seated table after check-in, with the booking on focus', async () => {
  const page = await signInAs(ops);
  const booking = await book(2, 21, 'Ada Lovelace');
  expect(booking.status).toBe('confirmed');
  await page.getByRole('tab', { name: 'Day' }).click();
  await page.getByLabel('Date').fill(tomorrow());
  await page.getByRole('button', { name: 'Open booking of Ada Lovelace' }).click();
  const drawer = page.getByRole('dialog');
  await drawer.getByRole('button', { name: 'Check in' }).click();
  await drawer.getByText('Seated').first().waitFor();
  await page.keyboard.press('Escape');

  await page.getByRole('tab', { name: 'Floor' }).click();
  await page.getByLabel('Time (UTC)').fill(`${tomorrow()}T21:15`);
  const tile = page.locator(`[data-table="${booking.tables[0]}"]`);
  await page.locator(`[data-table="${booking.tables[0]}"][data-state="seated"]`).waitFor();
  await expect(tile.textContent()).resolves.toContain('Seated');
  // The booking shows on hover, and on keyboard focus.
  await tile.hover();
  const tip = page.getByRole('tooltip').getByText(/Ada Lovelace, party of 2/);
  await tip.waitFor();
  await page.mouse.move(0, 0);
  await tip.waitFor({ state: 'hidden' });
  await tile.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(tile.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
  await tip.waitFor();
  await shot(page, '07-floor');
});

it('a viewer sees the queue but cannot approve', async () => {
  const booking = await book(6, 18, 'Katherine Johnson');
  const viewerPage = await signInAs(viewer);
  const row = viewerPage.getByRole('row', { name: /Katherine Johnson/ });
  await row.waitFor();
  await expect(
    row.getByRole('button', { name: 'Approve booking of Katherine Johnson' }).isDisabled(),
  ).resolves.toBe(true);
  await viewerPage.getByText('You are signed in as a viewer').waitFor();
  await shot(viewerPage, '08-viewer-queue');
  // Even a hand-made request from the viewer's session is refused by the API.
  const answer = await viewerPage.evaluate(async (id) => {
    const session = (await (await fetch('/admin/api/session')).json()) as { csrfToken: string };
    const response = await fetch(`/admin/api/bookings/${id}/approve`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
      body: '{}',
    });
    return { status: response.status, body: await response.json() };
  }, booking.id);
  expect(answer).toMatchObject({ status: 403, body: { code: 'role_forbidden' } });
  const stored = await stack.prisma.booking.findUniqueOrThrow({ where: { id: booking.id } });
  expect(stored.status).toBe('manual_review');
});
