/// <reference lib="dom" />
/**
 * The admin UI in Debian's chromium (playwright-core): fresh browser contexts signed in as a
 * member of staff, each with what the page logged sent to the test output.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import type { StaffLogin } from './admin';

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

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
}

/** A fresh context (its own cookies) signed in as `login`, subscribed to live changes. */
export async function signedInPage(browser: Browser, baseUrl: string, login: StaffLogin): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`[browser] page error: ${error.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource'))
      console.error(`[browser] console: ${m.text()}`);
  });
  await page.goto(`${baseUrl}/admin/`);
  const email = page.getByLabel('Email');
  await email.waitFor({ timeout: 30_000 });
  await email.fill(login.email);
  await page.getByRole('textbox', { name: 'Password' }).fill(login.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('tab', { name: 'Review queue' }).waitFor();
  await page.getByText('Live', { exact: true }).waitFor();
  return page;
}
