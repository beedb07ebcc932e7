// Launches Debian's Chromium through playwright-core and records what a test must check:
// requests that leave 127.0.0.1, console errors and uncaught page errors.
import { chromium } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
];

export async function launch() {
  return chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** A new page that records off-host requests, console errors and page errors. */
export async function watchedPage(browser, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const problems = { offHost: [], consoleErrors: [], pageErrors: [] };
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (!['127.0.0.1'].includes(u.hostname) && !['data:', 'blob:'].includes(u.protocol)) problems.offHost.push(r.url());
  });
  page.on('console', (m) => { if (m.type() === 'error') problems.consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => problems.pageErrors.push(String(e)));
  return { context, page, problems };
}

/** Clicks `link` (a download link) and returns the text of the file the browser saved. */
export async function downloadedText(page, link) {
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const { readFile } = await import('node:fs/promises');
  return readFile(await download.path(), 'utf8');
}
