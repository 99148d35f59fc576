/// <reference lib="dom" />
/**
 * The booking widget as a guest meets it: a restaurant's own page on another origin (a tiny host
 * server on its own loopback port) loads /widget.js from the gateway and books through the real
 * stack in Debian's chromium. A disallowed origin is refused by CORS, a full time offers the
 * nearest free ones, a lapsed hold says so, the manage link cancels, keyboard alone books, and the
 * widget and the manage page pass axe-core's WCAG 2.2 AA rules.
 */
import { mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/admin-browser';
import { wcagViolations } from '../support/axe';
import { createTestRestaurant, phoneOf, tomorrowAt, type TestRestaurant } from '../support/fixtures';
import { apiClient, eventually, type ApiCall } from '../support/http';
import { startTestStack, type TestStack } from '../support/test-stack';

jest.setTimeout(120_000);

let stack: TestStack;
let api: ApiCall;
let restaurant: TestRestaurant;
let browser: Browser;
let host: Server;
/** The restaurant's site: an origin the keys allow. */
let site: string;
/** The same server under another name: an origin no key allows. */
let foreignSite: string;
let pub: string;
let shortHoldKey: string;

const DAY = tomorrowAt(0).slice(0, 10);
const SCREENSHOTS = join(__dirname, '..', '..', 'artifacts', 'screenshots');

function hostPage(query: URLSearchParams): string {
  const attr = (name: string) => (query.get(name) ?? '').replace(/[&"<]/g, '');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test bistro</title></head>
<body><main><h1>Test bistro</h1>
<script src="${attr('api')}/widget.js"></script>
<tablekeeper-booking restaurant="${attr('restaurant')}" key="${attr('key')}" api="${attr('api')}" locale="en"></tablekeeper-booking>
</main></body></html>`;
}

async function createPublishable(origins: string[], holdTtlSeconds: number): Promise<string> {
  const created = await api<{ key: string }>('POST', '/v1/api-keys/publishable', {
    key: restaurant.apiKey,
    body: { name: 'widget', restaurantId: restaurant.id, allowedOrigins: origins, holdTtlSeconds },
  });
  expect(created.status).toBe(201);
  return created.body.key;
}

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  stack = await startTestStack();
  api = apiClient(stack.baseUrl);
  restaurant = await createTestRestaurant(stack.prisma, {
    scopes: ['admin', 'availability:read', 'bookings:read', 'bookings:write'],
    // Long enough for the guest to type; the short-hold key makes its own holds lapse in seconds.
    policy: { holdTtlSeconds: 600, slotIntervalMinutes: 60 },
    tables: [
      { label: 'T1', zone: 'Main', min: 1, max: 2 },
      { label: 'T2', zone: 'Main', min: 1, max: 4 },
    ],
    combinations: [],
  });
  host = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://host');
    response.writeHead(url.pathname === '/' ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    response.end(url.pathname === '/' ? hostPage(url.searchParams) : 'not found');
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  const port = (host.address() as AddressInfo).port;
  site = `http://127.0.0.1:${port}`;
  foreignSite = `http://localhost:${port}`;
  expect(new URL(site).origin).not.toBe(new URL(stack.baseUrl).origin);
  pub = await createPublishable([site], 300);
  shortHoldKey = await createPublishable([site], 6);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => (host ? host.close(resolve) : resolve(undefined)));
  await stack?.stop();
});

async function widgetPage(options: { key?: string; origin?: string } = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1024, height: 900 }, locale: 'en-US' });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`[browser] page error: ${error.message}`));
  const query = new URLSearchParams({
    key: options.key ?? pub,
    restaurant: restaurant.slug,
    api: stack.baseUrl,
  });
  await page.goto(`${options.origin ?? site}/?${query}`);
  return page;
}

/** Each checked screen is also kept as a screenshot (artifacts/, ignored by git) for people to look at. */
async function expectAccessible(page: Page, screen: string): Promise<void> {
  await page.screenshot({
    path: join(SCREENSHOTS, `widget-${screen.replace(/\W+/g, '-')}.png`),
    fullPage: true,
  });
  expect({ screen, violations: await wcagViolations(page) }).toEqual({ screen, violations: [] });
}

/** Party and date, then the day's times. */
async function findTimes(page: Page, party: number): Promise<void> {
  await page.getByRole('heading', { name: `Book a table · Test ${restaurant.slug}` }).waitFor();
  await page.getByLabel('Party size').selectOption(String(party));
  await page.getByLabel('Date').fill(DAY);
  await page.getByRole('button', { name: 'Find a time' }).click();
  await page.getByRole('heading', { name: /^Times on / }).waitFor();
}

async function bookingAt(hour: number) {
  return stack.prisma.booking.findFirst({
    where: {
      restaurantId: restaurant.id,
      startsAt: new Date(tomorrowAt(hour)),
      status: { not: 'cancelled' },
    },
    include: { guest: true },
    orderBy: { createdAt: 'desc' },
  });
}

let manageUrl = '';

it('books a table end to end from another origin, showing the manage link', async () => {
  const page = await widgetPage();
  await findTimes(page, 2);
  await expectAccessible(page, 'times');
  await page.getByRole('button', { name: '12:00', exact: true }).click();
  await page.getByRole('heading', { name: 'Holding your table' }).waitFor();
  await expect(page.getByRole('timer').textContent()).resolves.toMatch(/^[45]:\d\d$/);
  await expectAccessible(page, 'held');
  // The API's own rules, said before any request: a name and a way to reach the guest.
  await page.getByRole('button', { name: 'Confirm booking' }).click();
  await page.getByText('Enter your name.').waitFor();
  await expect(page.getByRole('alert').textContent()).resolves.toBe('Please correct 2 fields.');
  await expectAccessible(page, 'held with errors');
  await page.getByLabel('Name').fill('Grace Hopper');
  await page.getByLabel('Phone').fill(phoneOf('Grace Hopper'));
  await page.getByRole('button', { name: 'Confirm booking' }).click();
  await page.getByRole('heading', { name: 'You are booked' }).waitFor();
  const link = page.getByRole('link', { name: 'View, change or cancel your booking' });
  manageUrl = (await link.getAttribute('href')) ?? '';
  expect(manageUrl.startsWith(`${stack.baseUrl}/manage/`)).toBe(true);
  await expectAccessible(page, 'confirmed');
  const booking = await bookingAt(12);
  expect(booking).toMatchObject({ status: 'confirmed', partySize: 2, guest: { name: 'Grace Hopper' } });
  await page.context().close();
});

it('lets the guest cancel through the manage link', async () => {
  expect(manageUrl).not.toBe('');
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  const response = await page.goto(manageUrl);
  expect(response?.headers()['cache-control']).toBe('no-store');
  await page.getByText('Confirmed', { exact: true }).waitFor();
  await expect(page.getByText('Grace Hopper').count()).resolves.toBe(1);
  await expectAccessible(page, 'manage');
  await page.getByRole('button', { name: 'Cancel booking' }).click();
  await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe('TABLEKEEPER-MANAGE');
  await expectAccessible(page, 'manage cancel question');
  await page.getByRole('button', { name: 'Yes, cancel it' }).click();
  await page.getByText('Your booking is cancelled.').waitFor();
  await page.getByText('Cancelled', { exact: true }).waitFor();
  await expectAccessible(page, 'manage cancelled');
  const managed = await api<{ id: string }>('GET', `/v1/manage/${manageUrl.split('/manage/')[1]}`);
  const booking = await stack.prisma.booking.findUniqueOrThrow({ where: { id: managed.body.id } });
  expect(booking).toMatchObject({ status: 'cancelled', closeReasonCode: 'guest_request' });
  await context.close();
});

it('offers the nearest free times when the chosen one is full', async () => {
  for (const name of ['Full One', 'Full Two']) {
    const taken = await api('POST', '/v1/bookings', {
      key: restaurant.apiKey,
      body: {
        restaurantId: restaurant.id,
        partySize: 2,
        startsAt: tomorrowAt(15),
        guest: { name, phone: phoneOf(name) },
      },
    });
    expect(taken.status).toBe(201);
  }
  const page = await widgetPage();
  await findTimes(page, 2);
  await page.getByRole('button', { name: '15:00 (full)' }).click();
  await page.getByRole('heading', { name: '15:00 is fully booked' }).waitFor();
  const offered = await page.locator('tablekeeper-booking ul.times button').allTextContents();
  expect(offered.length).toBeGreaterThan(0);
  expect(offered).not.toContain('15:00');
  expect(offered).toEqual(expect.arrayContaining(['14:00', '16:00']));
  await expectAccessible(page, 'alternatives');
  await page.context().close();
});

it('shows a hold that lapsed as lapsed, with a way to start again', async () => {
  const page = await widgetPage({ key: shortHoldKey });
  await findTimes(page, 2);
  await page.getByRole('button', { name: '18:00', exact: true }).click();
  await page.getByRole('heading', { name: 'Holding your table' }).waitFor();
  await page.getByRole('heading', { name: 'Your hold has lapsed' }).waitFor({ timeout: 15_000 });
  await expectAccessible(page, 'lapsed');
  const held = await bookingAt(18);
  expect(held).not.toBeNull();
  await eventually(async () => {
    const row = await stack.prisma.booking.findUniqueOrThrow({ where: { id: held!.id } });
    return row.status === 'expired' ? row : undefined;
  });
  await page.getByRole('button', { name: 'Start again' }).click();
  await page.getByRole('heading', { name: /^Times on / }).waitFor();
  await expect(page.getByRole('button', { name: '18:00', exact: true }).count()).resolves.toBe(1);
  await page.context().close();
});

it('is refused by CORS on an origin the key does not allow, and says so', async () => {
  const blocked: string[] = [];
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  page.on('requestfailed', (r) => {
    if (r.url().startsWith(`${stack.baseUrl}/v1/`)) blocked.push(`${r.url()} ${r.failure()?.errorText}`);
  });
  const query = new URLSearchParams({ key: pub, restaurant: restaurant.slug, api: stack.baseUrl });
  await page.goto(`${foreignSite}/?${query}`);
  await page
    .getByRole('alert')
    .filter({ hasText: 'Online booking is not enabled for this website' })
    .waitFor({ timeout: 20_000 });
  expect(blocked.length).toBeGreaterThan(0);
  expect(blocked.every((line) => line.includes('/v1/restaurants') && line.includes('net::ERR_FAILED'))).toBe(
    true,
  );
  await expect(page.getByRole('button', { name: 'Find a time' }).count()).resolves.toBe(0);
  // What the browser met: the preflight for that origin is refused, without CORS headers.
  const preflight = await fetch(`${stack.baseUrl}/v1/restaurants`, {
    method: 'OPTIONS',
    headers: { origin: foreignSite, 'access-control-request-method': 'GET' },
  });
  expect(preflight.status).toBe(403);
  expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  await context.close();
});

it('books with the keyboard alone', async () => {
  const page = await widgetPage();
  await page.getByRole('heading', { name: `Book a table · Test ${restaurant.slug}` }).waitFor();
  const focused = () =>
    page.evaluate(() => {
      const widget = document.querySelector('tablekeeper-booking');
      const active = widget?.shadowRoot?.activeElement;
      return active ? `${active.tagName.toLowerCase()}:${active.textContent?.trim() ?? ''}` : 'outside';
    });
  await page.keyboard.press('Tab');
  expect(await focused()).toMatch(/^select:/);
  await page.keyboard.press('ArrowDown'); // 2 → 3 guests
  await page.keyboard.press('Tab');
  expect(await focused()).toMatch(/^input:/);
  const [year, month, day] = DAY.split('-');
  await page.keyboard.type(`${month}${day}${year}`);
  await expect(page.getByLabel('Date').inputValue()).resolves.toBe(DAY);
  // Tab walks the date's own fields (month, day, year) before it leaves the input.
  for (let i = 0; i < 3 && (await focused()).startsWith('input:'); i += 1) await page.keyboard.press('Tab');
  expect(await focused()).toBe('button:Find a time');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: /^Times on .* for 3 guests$/ }).waitFor();
  expect(await focused()).toMatch(/^h3:Times on /);
  // The first time of the day (00:00) is the first stop after the heading's hint.
  await page.keyboard.press('Tab');
  expect(await focused()).toBe('button:00:00');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Holding your table' }).waitFor();
  expect(await focused()).toBe('h3:Holding your table');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Alan Turing');
  await page.keyboard.press('Tab');
  await page.keyboard.type(phoneOf('Alan Turing'));
  await page.keyboard.press('Tab');
  await page.keyboard.type('alan@example.com');
  await page.keyboard.press('Tab');
  await page.keyboard.type('By the window');
  await page.keyboard.press('Tab');
  expect(await focused()).toBe('button:Confirm booking');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'You are booked' }).waitFor();
  expect(await focused()).toBe('h3:You are booked');
  const booking = await bookingAt(0);
  expect(booking).toMatchObject({
    status: 'confirmed',
    partySize: 3,
    notes: 'By the window',
    guest: { name: 'Alan Turing', email: 'alan@example.com' },
  });
  await page.context().close();
});

it('lets the guest move their booking on the manage page, offering free times when one is full', async () => {
  const placed = await api<{ id: string }>('POST', '/v1/bookings', {
    key: restaurant.apiKey,
    body: {
      restaurantId: restaurant.id,
      partySize: 2,
      startsAt: tomorrowAt(20),
      guest: { name: 'Ada Byron', phone: phoneOf('Ada Byron') },
    },
  });
  expect(placed.status).toBe(201);
  for (const name of ['Late One', 'Late Two']) {
    const taken = await api('POST', '/v1/bookings', {
      key: restaurant.apiKey,
      body: {
        restaurantId: restaurant.id,
        partySize: 2,
        startsAt: tomorrowAt(22),
        guest: { name, phone: phoneOf(name) },
      },
    });
    expect(taken.status).toBe(201);
  }
  const link = await api<{ url: string }>('POST', `/v1/bookings/${placed.body.id}/manage-link`, {
    key: restaurant.apiKey,
  });
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await page.goto(link.body.url);
  await page.getByText('Ada Byron').waitFor();
  await page.getByLabel('Time').fill('22:00');
  await page.getByRole('button', { name: 'Save change' }).click();
  await page.getByRole('alert').filter({ hasText: 'That time has just been taken.' }).waitFor();
  await page.getByText('The nearest free times that day:').waitFor();
  await expectAccessible(page, 'manage alternatives');
  await page.getByRole('button', { name: '21:00', exact: true }).click();
  await page.getByText('Your booking has been changed.').waitFor();
  const moved = await stack.prisma.booking.findUniqueOrThrow({ where: { id: placed.body.id } });
  expect(moved).toMatchObject({ status: 'confirmed', startsAt: new Date(tomorrowAt(21)) });
  await context.close();
});

it('serves the widget for any site: cached briefly at /widget.js, for good under its version', async () => {
  const current = await fetch(`${stack.baseUrl}/widget.js`);
  expect(current.status).toBe(200);
  expect(current.headers.get('content-type')).toContain('text/javascript');
  expect(current.headers.get('cache-control')).toContain('max-age=300');
  expect(current.headers.get('access-control-allow-origin')).toBe('*');
  const version = current.headers.get('x-widget-version')!;
  expect(current.headers.get('etag')).toBe(`"${version}"`);
  expect(await current.text()).toContain('tablekeeper-booking');
  const again = await fetch(`${stack.baseUrl}/widget.js`, { headers: { 'if-none-match': `"${version}"` } });
  expect(again.status).toBe(304);
  const pinned = await fetch(`${stack.baseUrl}/widget/${version}.js`);
  expect(pinned.status).toBe(200);
  expect(pinned.headers.get('cache-control')).toContain('immutable');
  const unknown = await fetch(`${stack.baseUrl}/widget/0000000000000000.js`);
  expect(unknown.status).toBe(404);
  expect(unknown.headers.get('content-type')).toContain('application/problem+json');
  const manage = await fetch(`${stack.baseUrl}/manage/anything`);
  expect(manage.headers.get('referrer-policy')).toBe('no-referrer');
  expect(manage.headers.get('content-security-policy')).toContain("script-src 'self'");
});
