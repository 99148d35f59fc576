/// <reference lib="dom" />
/**
 * Issue 15, the admin UI's Setup area in a real browser against the real stack (gateway, worker,
 * Postgres, Redis, Temporal): a manager adds a table, closes a date and blocks a table, and each
 * time the public availability answers differently; a refused form shows the API's problem code
 * at the field at fault; the policy form saves and the change log shows it; a viewer and an ops
 * member of staff see setup read-only and cannot change it. Every screen is checked with axe-core
 * for WCAG 2.2 AA violations.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createStaff, signIn, type StaffLogin } from '../support/admin';
import { launchChromium, signedInPage } from '../support/admin-browser';
import { wcagViolations } from '../support/axe';
import { createTestRestaurant, type TestRestaurant } from '../support/fixtures';
import { apiClient, type ApiCall } from '../support/http';
import { startTestStack, type TestStack } from '../support/test-stack';

jest.setTimeout(150_000);

const SCREENSHOTS = join(__dirname, '..', '..', 'artifacts', 'screenshots');

let stack: TestStack;
let api: ApiCall;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  stack = await startTestStack();
  api = apiClient(stack.baseUrl);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

const dateIn = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const nextDay = (date: string) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** A restaurant (open around the clock, UTC) with these tables only, and its manager. */
async function restaurantWith(
  tables: { label: string; zone: string; min: number; max: number }[],
): Promise<{ r: TestRestaurant; manager: StaffLogin }> {
  const r = await createTestRestaurant(stack.prisma, { tables, combinations: [] });
  return { r, manager: await createStaff(stack.prisma, r.id, 'manager') };
}

/**
 * Start times the public API offers on `date` for `partySize` that a table seats at once (a party
 * no free table fits is still offered, for staff review: not what a new table changes).
 */
async function bookable(r: TestRestaurant, date: string, partySize: number): Promise<number> {
  const day = await api<{ slots: { available: boolean; manualReview: boolean }[] }>(
    'GET',
    `/v1/restaurants/${r.id}/availability?date=${date}&partySize=${partySize}`,
    { key: r.apiKey },
  );
  expect(day.status).toBe(200);
  return day.body.slots.filter((s) => s.available && !s.manualReview).length;
}

async function book(r: TestRestaurant, startsAt: string, partySize: number): Promise<string> {
  const made = await api<{ id: string; status: string }>('POST', '/v1/bookings', {
    key: r.apiKey,
    idempotencyKey: `setup-ui-${randomUUID()}`,
    body: { restaurantId: r.id, partySize, startsAt, guest: { name: 'Setup Guest' } },
  });
  expect(made.status).toBe(201);
  return made.body.id;
}

async function expectAccessible(page: Page, screen: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${screen}.png`), fullPage: true });
  expect({ screen, violations: await wcagViolations(page) }).toEqual({ screen, violations: [] });
}

type Found = ReturnType<Page['locator']>;

/** What an input's description says (its help and its error, as a screen reader reads them). */
async function describedAs(input: Found): Promise<string> {
  return input.evaluate((el) =>
    (el.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' '),
  );
}

/** Waits until the field at fault says `text` (the API's code and message) in its own error. */
async function fieldSays(input: Found, text: string): Promise<void> {
  const until = Date.now() + 15_000;
  for (;;) {
    const said = await describedAs(input);
    if (said.includes(text) || Date.now() > until) {
      expect(said).toContain(text);
      return expect(await input.getAttribute('aria-invalid')).toBe('true');
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function openSetup(page: Page, section: string, heading = section): Promise<void> {
  await page.getByRole('tab', { name: 'Setup', exact: true }).click();
  await page.getByRole('tab', { name: section }).click();
  await page.getByRole('heading', { name: heading, exact: true }).waitFor();
}

it('lets a manager add a table that the very next availability answer offers, with API errors at the field', async () => {
  const { r, manager } = await restaurantWith([{ label: 'A1', zone: 'Main', min: 1, max: 2 }]);
  const date = dateIn(3);
  expect(await bookable(r, date, 4)).toBe(0);

  const page = await signedInPage(browser, stack.baseUrl, manager);
  await openSetup(page, 'Tables and zones');
  await page.locator('tr[data-table-label="A1"]').waitFor();
  await expectAccessible(page, '70-setup-tables');

  await page.getByRole('button', { name: 'Add table' }).click();
  const form = page.getByRole('dialog', { name: 'Add a table' });
  const label = form.getByRole('textbox', { name: 'Label' });
  await label.fill('A1');
  await form.getByRole('textbox', { name: 'Max covers' }).fill('4');
  await form.getByRole('button', { name: 'Add table' }).click();
  // The API's code, next to the field it named.
  await fieldSays(label, 'duplicate_table_label: A table labelled A1 exists already');
  await expectAccessible(page, '71-setup-table-error');

  await label.fill('T4');
  await form.getByRole('textbox', { name: 'Min covers' }).fill('5');
  await form.getByRole('button', { name: 'Add table' }).click();
  await fieldSays(
    form.getByRole('textbox', { name: 'Min covers' }),
    'invalid_setup: minCovers must not exceed maxCovers',
  );
  expect(await stack.prisma.diningTable.count({ where: { restaurantId: r.id } })).toBe(1);

  await form.getByRole('textbox', { name: 'Min covers' }).fill('3');
  await form.getByRole('button', { name: 'Add table' }).click();
  await form.waitFor({ state: 'hidden' });
  await page.getByRole('status').getByText('Added table T4').waitFor();
  expect((await page.locator('tr[data-table-label="T4"] [data-column="covers"]').textContent())?.trim()).toBe(
    '3–4',
  );
  expect(await bookable(r, date, 4)).toBeGreaterThan(0);

  // A table a booking holds cannot go: the refusal lists the booking; deactivating lists it too.
  const held = await book(r, `${date}T19:00:00+00:00`, 4);
  await page.getByRole('button', { name: 'Delete T4' }).click();
  await page
    .getByRole('dialog', { name: 'Delete table T4?' })
    .getByRole('button', { name: 'Delete table' })
    .click();
  await page.getByRole('alert').getByText('table_has_future_bookings', { exact: true }).waitFor();
  await page
    .getByRole('table', { name: 'Bookings that hold the table' })
    .locator(`tr[data-booking-id="${held}"]`)
    .waitFor();
  await expectAccessible(page, '72-setup-table-delete-refused');
  expect(await stack.prisma.diningTable.count({ where: { restaurantId: r.id } })).toBe(2);

  await page.getByRole('button', { name: 'Deactivate T4' }).click();
  await page
    .getByRole('table', { name: 'Bookings holding T4 to move' })
    .locator(`tr[data-booking-id="${held}"]`)
    .waitFor();
  await page.locator('tr[data-table-label="T4"][data-active="false"]').waitFor();
  expect(await bookable(r, date, 4)).toBe(0);
  expect((await stack.prisma.booking.findUniqueOrThrow({ where: { id: held } })).status).toBe('confirmed');
  await page.context().close();
});

it('lets a manager close a date: the calendar shows it and availability offers nothing that day', async () => {
  const { r, manager } = await restaurantWith([{ label: 'A1', zone: 'Main', min: 1, max: 4 }]);
  const date = dateIn(4);
  expect(await bookable(r, date, 2)).toBeGreaterThan(0);

  const page = await signedInPage(browser, stack.baseUrl, manager);
  await openSetup(page, 'Hours and exceptions');
  const day = page.getByRole('table', { name: 'The coming six weeks' }).locator(`td[data-date="${date}"]`);
  expect(await day.getAttribute('data-state')).toBe('open');
  await expectAccessible(page, '73-setup-hours');

  await page.getByRole('textbox', { name: 'From' }).fill(date);
  await page.getByRole('textbox', { name: 'Reason' }).fill('Private party');
  await page.getByRole('button', { name: 'Close these dates' }).click();
  await page.getByRole('status').getByText(`Closed ${date}`).waitFor();
  await page.locator(`td[data-date="${date}"][data-state="closed"]`).waitFor();
  expect(await day.textContent()).toContain('Private party');
  await page.getByRole('table', { name: 'Closures and special hours' }).getByText('Private party').waitFor();
  await expectAccessible(page, '74-setup-date-closed');
  expect(await bookable(r, date, 2)).toBe(0);
  expect(await bookable(r, nextDay(date), 2)).toBeGreaterThan(0);

  // Special hours on the next day, with a refused overlap shown at the period's field first.
  const special = nextDay(date);
  await page.getByRole('radio', { name: 'Special hours' }).check();
  await page.getByRole('textbox', { name: 'From' }).fill(special);
  await page.getByRole('textbox', { name: 'Period name' }).first().fill('Brunch');
  await page.getByRole('textbox', { name: 'Opens' }).first().fill('14:00');
  await page.getByRole('textbox', { name: 'Closes' }).first().fill('10:00');
  await page.getByRole('button', { name: 'Save special hours' }).click();
  await page
    .getByText(/^invalid_setup( \(\w+\))?: /)
    .first()
    .waitFor();
  await page.getByRole('textbox', { name: 'Closes' }).first().fill('15:00');
  await page.getByRole('button', { name: 'Save special hours' }).click();
  await page.getByRole('status').getByText(`Special hours on ${special}`).waitFor();
  await page.locator(`td[data-date="${special}"][data-state="special"]`).waitFor();
  expect(await bookable(r, special, 2)).toBeGreaterThan(0);
  await page.context().close();
});

it('lets a manager block a table: its bookings are listed to move and availability drops its slots', async () => {
  const { r, manager } = await restaurantWith([{ label: 'A1', zone: 'Main', min: 1, max: 2 }]);
  const date = dateIn(2);
  const held = await book(r, `${date}T12:00:00+00:00`, 2);
  expect(await bookable(r, date, 2)).toBeGreaterThan(0);

  const page = await signedInPage(browser, stack.baseUrl, manager);
  await openSetup(page, 'Table blocks');
  await page.getByText('No tables are blocked.').waitFor();
  await expectAccessible(page, '75-setup-blocks');
  await page.getByRole('combobox', { name: 'Table or zone' }).selectOption({ label: 'Table A1' });
  await page.getByRole('textbox', { name: 'From' }).fill(`${date}T00:00`);
  await page.getByRole('textbox', { name: 'Until' }).fill(`${nextDay(date)}T00:00`);
  await page.getByRole('textbox', { name: 'Reason' }).fill('Wobbly leg');
  await page.getByRole('button', { name: 'Block', exact: true }).click();
  await page.getByRole('status').getByText('Blocked Table A1').waitFor();
  await page
    .getByRole('table', { name: 'Bookings at the blocked tables, to move' })
    .locator(`tr[data-booking-id="${held}"]`)
    .waitFor();
  await page.getByRole('table', { name: 'Blocks' }).getByText('Wobbly leg').waitFor();
  await expectAccessible(page, '76-setup-table-blocked');
  expect(await bookable(r, date, 2)).toBe(0);
  expect((await stack.prisma.booking.findUniqueOrThrow({ where: { id: held } })).status).toBe('confirmed');

  await page.getByRole('button', { name: 'End block: Table A1' }).click();
  await page.getByText('No tables are blocked.').waitFor();
  expect(await bookable(r, date, 2)).toBeGreaterThan(0);
  await page.context().close();
});

it('lets a manager change the policy, shows a refusal at its field, and logs the change', async () => {
  const { r, manager } = await restaurantWith([{ label: 'A1', zone: 'Main', min: 1, max: 4 }]);
  const page = await signedInPage(browser, stack.baseUrl, manager);
  await openSetup(page, 'Pacing and policy');
  await expectAccessible(page, '77-setup-policy');

  const smallest = page.getByRole('textbox', { name: 'Smallest party (guests)' });
  await smallest.fill('10');
  await page.getByRole('textbox', { name: 'Largest party (guests)' }).fill('5');
  await page.getByRole('button', { name: 'Save policy' }).click();
  await fieldSays(smallest, 'invalid_setup: minPartySize must not exceed maxPartySize');
  await expectAccessible(page, '78-setup-policy-error');

  await smallest.fill('1');
  await page.getByRole('textbox', { name: 'Largest party (guests)' }).fill('12');
  await page.getByRole('textbox', { name: 'Minimum notice (minutes)' }).fill('30');
  await page.getByRole('button', { name: 'Save policy' }).click();
  await page
    .getByRole('status')
    .getByText(/^Saved /)
    .waitFor();
  const saved = await stack.prisma.restaurant.findUniqueOrThrow({ where: { id: r.id } });
  expect(saved).toMatchObject({ minNoticeMinutes: 30, maxPartySize: 12, minPartySize: 1 });

  await page.getByRole('tab', { name: 'Change log' }).click();
  const entry = page
    .getByRole('table', { name: 'Setup changes' })
    .locator('tr[data-action="restaurant.update"]');
  await entry.first().waitFor();
  expect(await entry.first().textContent()).toContain('minNoticeMinutes: 0 → 30');
  expect(await entry.first().textContent()).toContain(`staff:${manager.email}`);
  await expectAccessible(page, '79-setup-change-log');
  await page.context().close();
});

it.each(['viewer', 'ops'] as const)(
  'shows a %s every Setup screen read-only, and the API refuses them',
  async (role) => {
    const { r } = await restaurantWith([{ label: 'A1', zone: 'Main', min: 1, max: 4 }]);
    const login = await createStaff(stack.prisma, r.id, role);
    const page = await signedInPage(browser, stack.baseUrl, login);
    const readOnly = (what: string) =>
      page.getByText(`Only managers change ${what}; you are signed in as ${role}.`).waitFor();

    await openSetup(page, 'Tables and zones');
    await readOnly('tables and zones');
    await page.locator('tr[data-table-label="A1"]').waitFor();
    expect(
      await page
        .getByRole('button', { name: /^(Add table|Add zone|Edit A1|Delete A1|Deactivate A1)$/ })
        .count(),
    ).toBe(0);
    await expectAccessible(page, `80-setup-${role}-tables`);

    await page.getByRole('tab', { name: 'Hours and exceptions' }).click();
    await readOnly('opening hours and exceptions');
    await page.getByRole('table', { name: 'The coming six weeks' }).waitFor();
    expect(
      await page.getByRole('button', { name: /Close these dates|Save weekly hours|Add period/ }).count(),
    ).toBe(0);
    expect(await page.getByRole('textbox', { name: 'Opens' }).first().isDisabled()).toBe(true);
    await expectAccessible(page, `81-setup-${role}-hours`);

    await page.getByRole('tab', { name: 'Table blocks' }).click();
    await readOnly('table blocks');
    expect(await page.getByRole('button', { name: 'Block', exact: true }).count()).toBe(0);

    await page.getByRole('tab', { name: 'Pacing and policy' }).click();
    await readOnly('pacing and the booking policy');
    const notice = page.getByRole('textbox', { name: 'Minimum notice (minutes)' });
    await notice.waitFor();
    expect(await notice.isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: /Save policy|Save pacing/ }).count()).toBe(0);
    await expectAccessible(page, `82-setup-${role}-policy`);

    await page.getByRole('tab', { name: 'Change log' }).click();
    await page.getByRole('heading', { name: 'Change log' }).waitFor();
    await page.context().close();

    const session = await signIn(stack.baseUrl, login);
    for (const [method, path, body] of [
      ['POST', '/admin/api/setup/tables', { label: 'X1', zoneId: randomUUID(), minCovers: 1, maxCovers: 2 }],
      ['POST', '/admin/api/setup/exceptions', { date: dateIn(3), closed: true }],
      ['PATCH', '/admin/api/setup/policy', { minNoticeMinutes: 5 }],
    ] as const) {
      const refused = await session.call(method, path, { body });
      expect({ path, status: refused.status, code: refused.body.code }).toEqual({
        path,
        status: 403,
        code: 'role_forbidden',
      });
    }
    expect(await stack.prisma.setupChange.count({ where: { restaurantId: r.id } })).toBe(0);
  },
);
