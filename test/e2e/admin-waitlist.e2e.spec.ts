/// <reference lib="dom" />
/**
 * The Waitlist screen in a real browser against the real stack (issue 19). Two wishes for a full
 * slot join through the public API; a cancellation frees the table and the engine offers it to the
 * first, and the screen shows each wish's window in restaurant time, its status and the offer (the
 * held table and the expiry counting down). The admin list endpoint itself: tenancy, validation
 * and keyset pages. Walk-ins (add, over-the-quote marking, notify, seat at a free table, remove)
 * run once the walk-in write API answers. Every state is checked with axe-core (WCAG 2.2 AA).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createStaff, signIn, type AdminSession, type StaffLogin } from '../support/admin';
import { launchChromium, signedInPage } from '../support/admin-browser';
import { wcagViolations } from '../support/axe';
import { createTestRestaurant, tomorrowAt, zoneInDaytime, type TestRestaurant } from '../support/fixtures';
import { apiClient, eventually, type ApiCall } from '../support/http';
import { startTestStack, type TestStack } from '../support/test-stack';

jest.setTimeout(180_000);

const SCREENSHOTS = join(__dirname, '..', '..', 'artifacts', 'screenshots');
// Half an hour off UTC, so a window shown in the browser's zone (UTC here) could not pass for it;
// one where it is daytime, so the walk-ins queued now are quoted before the restaurant's midnight.
const TZ = zoneInDaytime();

interface Entry {
  id: string;
  status: string;
  offer: { offerId: string; startsAt: string; expiresAt: string; tables: string[] } | null;
}
interface AdminPage {
  items: (Entry & { guest: { name: string; phone: string | null }; kind: string; quotedAt: string | null })[];
  nextCursor: string | null;
}

let stack: TestStack;
let api: ApiCall;
let restaurant: TestRestaurant;
let ops: StaffLogin;
let viewer: StaffLogin;
let opsApi: AdminSession;
let browser: Browser;
let seq = 0;
const key = (label: string) => `${label}-${Date.now()}-${seq++}`;
const startsAt = tomorrowAt(19);
const windowTo = tomorrowAt(19, 30);
let offered: Entry;
let waiting: Entry;

const local = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: TZ, hour: '2-digit', minute: '2-digit' }).format(
    new Date(iso),
  );

async function joinWish(name: string, email: string): Promise<Entry> {
  const joined = await api<Entry>('POST', '/v1/waitlist', {
    key: restaurant.apiKey,
    idempotencyKey: key('wish'),
    body: { restaurantId: restaurant.id, partySize: 2, from: startsAt, to: windowTo, guest: { name, email } },
  });
  expect(joined.status).toBe(201);
  return joined.body;
}

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  stack = await startTestStack({ config: { waitlistMatchPollSeconds: 1 } });
  api = apiClient(stack.baseUrl);
  restaurant = await createTestRestaurant(stack.prisma, {
    tables: [{ label: 'A1', zone: 'Main', min: 1, max: 2 }],
    combinations: [],
  });
  await stack.prisma.restaurant.update({
    where: { id: restaurant.id },
    data: { timezone: TZ, waitlistOfferWindowSeconds: 900 },
  });
  ops = await createStaff(stack.prisma, restaurant.id, 'ops');
  viewer = await createStaff(stack.prisma, restaurant.id, 'viewer');
  opsApi = await signIn(stack.baseUrl, ops);

  // The slot is full: its only table is booked.
  const booked = await api<{ id: string }>('POST', '/v1/bookings', {
    key: restaurant.apiKey,
    idempotencyKey: key('book'),
    body: { restaurantId: restaurant.id, partySize: 2, startsAt, guest: { name: 'Guest Zero' } },
  });
  expect(booked.status).toBe(201);
  const first = await joinWish('Olive Offered', 'olive@example.com');
  waiting = await joinWish('Walt Waiting', 'walt@example.com');
  // The table frees: the first come is offered it, the second waits on.
  const cancelled = await api('POST', `/v1/bookings/${booked.body.id}/cancel`, {
    key: restaurant.apiKey,
    idempotencyKey: key('cancel'),
    body: { reason: 'guest called' },
  });
  expect(cancelled.status).toBe(200);
  offered = await eventually(async () => {
    const e = await api<Entry>('GET', `/v1/waitlist/${first.id}`, { key: restaurant.apiKey });
    return e.body.status === 'offered' ? e.body : undefined;
  }, 30_000);
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

it('lists the open entries in fair order, by keyset pages, for this restaurant only', async () => {
  const all = await opsApi.call<AdminPage>('GET', '/admin/api/waitlist?kind=wish');
  expect(all.status).toBe(200);
  expect(all.body.items.map((e) => [e.id, e.status, e.guest.name])).toEqual([
    [offered.id, 'offered', 'Olive Offered'],
    [waiting.id, 'waiting', 'Walt Waiting'],
  ]);
  expect(all.body.items[0].offer).toMatchObject({ tables: ['A1'], offerId: offered.offer!.offerId });
  expect(all.body.nextCursor).toBeNull();

  const page1 = await opsApi.call<AdminPage>(
    'GET',
    `/admin/api/waitlist?restaurantId=${restaurant.id}&limit=1`,
  );
  expect(page1.body.items.map((e) => e.id)).toEqual([offered.id]);
  expect(page1.body.nextCursor).toEqual(expect.any(String));
  const page2 = await opsApi.call<AdminPage>(
    'GET',
    `/admin/api/waitlist?limit=1&cursor=${encodeURIComponent(page1.body.nextCursor!)}`,
  );
  expect(page2.body.items.map((e) => e.id)).toEqual([waiting.id]);
  expect(page2.body.nextCursor).toBeNull();

  const onlyWaiting = await opsApi.call<AdminPage>('GET', '/admin/api/waitlist?status=waiting');
  expect(onlyWaiting.body.items.map((e) => e.id)).toEqual([waiting.id]);
  const closed = await opsApi.call<AdminPage>('GET', '/admin/api/waitlist?status=booked,removed');
  expect(closed.body.items).toEqual([]);

  // A viewer reads it too; another restaurant's staff see none of it.
  const asViewer = await (await signIn(stack.baseUrl, viewer)).call<AdminPage>('GET', '/admin/api/waitlist');
  expect(asViewer.status).toBe(200);
  expect(asViewer.body.items).toHaveLength(2);
  const other = await createTestRestaurant(stack.prisma);
  const otherOps = await signIn(stack.baseUrl, await createStaff(stack.prisma, other.id, 'ops'));
  expect((await otherOps.call<AdminPage>('GET', '/admin/api/waitlist')).body.items).toEqual([]);
  const foreign = await otherOps.call('GET', `/admin/api/waitlist?restaurantId=${restaurant.id}`);
  expect(foreign.status).toBe(404);
  expect(foreign.body).toMatchObject({ code: 'restaurant_not_found' });

  for (const [query, field] of [
    ['kind=queue', 'kind'],
    ['status=waiting,later', 'status'],
    ['limit=0', 'limit'],
    ['cursor=bm90LW91cnM', 'cursor'],
    ['restaurantId=42', 'restaurantId'],
  ] as const) {
    const bad = await opsApi.call<{ code: string; errors?: { field: string }[] }>(
      'GET',
      `/admin/api/waitlist?${query}`,
    );
    expect({ query, status: bad.status, code: bad.body.code }).toEqual({
      query,
      status: 400,
      code: 'validation_failed',
    });
    expect(bad.body.errors?.map((e) => e.field)).toContain(field);
  }
  expect((await api('GET', '/admin/api/waitlist')).status).toBe(401);
});

it('shows each wish with its window in restaurant time, its status and the offer it holds', async () => {
  const page = await signedInPage(browser, stack.baseUrl, ops);
  await page.getByRole('tab', { name: 'Waitlist' }).click();
  await page.getByRole('heading', { name: 'Waitlist', exact: true }).waitFor();
  const offeredRow = page.locator(`tr[data-entry-id="${offered.id}"]`);
  const waitingRow = page.locator(`tr[data-entry-id="${waiting.id}"]`);
  await offeredRow.waitFor();
  const window = `${local(startsAt)}–${local(windowTo)}`;
  await offeredRow.getByText(window, { exact: false }).waitFor();
  await offeredRow.getByText('Offered', { exact: true }).waitFor();
  await offeredRow.getByText(`Holding A1 at ${local(offered.offer!.startsAt)}`).waitFor();
  await offeredRow.getByText(/Expires in \d+:\d{2}/).waitFor();
  await offeredRow.getByText('olive@example.com').waitFor();
  await waitingRow.getByText(window, { exact: false }).waitFor();
  await waitingRow.getByText('Waiting', { exact: true }).waitFor();
  await waitingRow.getByText('No offer yet').waitFor();
  // Fair order on screen as in the list: the first come is the first row.
  const rows = page.locator('section[aria-labelledby="wishes-title"] tbody tr');
  expect(await rows.first().getAttribute('data-entry-id')).toBe(offered.id);
  // The expiry counts down in the browser.
  const before = await offeredRow.getByText(/Expires in/).textContent();
  await eventually(async () =>
    (await offeredRow.getByText(/Expires in/).textContent()) !== before ? true : undefined,
  );
  await expectAccessible(page, 'waitlist-wishes');

  await page.getByLabel('Show').selectOption('closed');
  await page.getByText('No wish-list entries.').waitFor();
  await page.context().close();
});

it('a viewer sees the waitlist but no way to change it', async () => {
  const page = await signedInPage(browser, stack.baseUrl, viewer);
  await page.getByRole('tab', { name: 'Waitlist' }).click();
  await page.locator(`tr[data-entry-id="${offered.id}"]`).getByText('Offered', { exact: true }).waitFor();
  expect(await page.getByRole('form', { name: 'Add a walk-in' }).count()).toBe(0);
  expect(await page.getByRole('button', { name: /^(Seat|Remove|Notify) / }).count()).toBe(0);
  await expectAccessible(page, 'waitlist-viewer');
  await page.context().close();
});

it('walk-ins: add one, mark it over the quote, notify, seat it at a free table, remove another', async () => {
  const page = await signedInPage(browser, stack.baseUrl, ops);
  await page.getByRole('tab', { name: 'Waitlist' }).click();
  await page.getByText('Nobody is waiting at the door.').waitFor();
  const form = page.getByRole('form', { name: 'Add a walk-in' });
  await expectAccessible(page, 'waitlist-empty-queue');

  const add = async (name: string, party: string, notes: string) => {
    await form.getByLabel('Party size').fill(party);
    await form.getByLabel('Guest name').fill(name);
    await form.getByLabel('Phone').fill('+447700900555');
    await form.getByLabel('Notes').fill(notes);
    await form.getByRole('button', { name: 'Add walk-in' }).click();
    await page.getByText(`Added ${name}, party of ${party}, to the walk-in queue`).waitFor();
  };
  await add('Wendy Walkin', '2', 'Pram');
  const list = await opsApi.call<AdminPage>('GET', '/admin/api/waitlist?kind=walk_in');
  const wendy = list.body.items.find((e) => e.guest.name === 'Wendy Walkin')!;
  expect(wendy).toMatchObject({ kind: 'walk_in', status: 'waiting', partySize: 2 });
  const row = page.locator(`tr[data-entry-id="${wendy.id}"]`);
  await row.getByText('Pram').waitFor();
  if (wendy.quotedAt) await row.getByText(local(wendy.quotedAt), { exact: true }).waitFor();

  // Past the quote the row says so in words (and in red), counting up.
  await stack.prisma.waitlistEntry.update({
    where: { id: wendy.id },
    data: { quotedAt: new Date(Date.now() - 5 * 60_000) },
  });
  await row.getByText(/Over quote by 5:\d{2}/).waitFor({ timeout: 20_000 });
  await expectAccessible(page, 'waitlist-walk-in-over-quote');

  await row.getByRole('button', { name: 'Notify Wendy Walkin' }).click();
  await page.getByText('Wendy Walkin was notified that their table is ready').waitFor();

  await row.getByRole('button', { name: 'Seat Wendy Walkin' }).click();
  const seat = page.getByRole('dialog', { name: 'Seat Wendy Walkin, party of 2' });
  await seat.getByRole('checkbox', { name: /^A1/ }).check();
  await expectAccessible(page, 'waitlist-seat-dialog');
  await seat.getByRole('button', { name: 'Seat now' }).click();
  await page.getByText('Seated Wendy Walkin at A1').waitFor();
  await row.waitFor({ state: 'detached' });
  const seated = await stack.prisma.waitlistEntry.findUniqueOrThrow({ where: { id: wendy.id } });
  expect(seated.bookingId).not.toBeNull();

  await add('Roger Removed', '2', 'Will try elsewhere');
  const roger = page.locator('tr', { hasText: 'Roger Removed' });
  await roger.getByRole('button', { name: 'Remove Roger Removed' }).click();
  const remove = page.getByRole('dialog', { name: 'Remove Roger Removed, party of 2' });
  await remove.getByLabel('Reason (optional)').fill('left');
  await remove.getByRole('button', { name: 'Remove from waitlist' }).click();
  await page.getByText('Removed Roger Removed from the waitlist').waitFor();
  await roger.waitFor({ state: 'detached' });
  await page.getByText('Nobody is waiting at the door.').waitFor();
  await page.context().close();
});
