// End-to-end: offline use and installation — the service worker keeps the build, so a loaded app
// reloads and completes the main path with the network down; the web app manifest is valid.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { watchedPage } from '../lib/browser.mjs';
import { appSuite, DIST } from '../lib/suite.mjs';
import { serveDist } from '../lib/server.mjs';

const app = appSuite();

test('once loaded, the app works with the network down (reload, then the whole path)', async () => {
  // A server of its own, stopped half-way: nothing can come from the network after that.
  const server = await serveDist(DIST);
  const { context, page, problems } = await watchedPage(app.browser, { viewport: { width: 360, height: 800 } });
  await page.goto(server.url);
  await page.getByRole('combobox', { name: '查找技能' }).waitFor();
  await page.waitForFunction(async () => (await navigator.serviceWorker.ready) && navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });
  const cached = await page.evaluate(async () => (await (await caches.open((await caches.keys())[0])).keys()).length);
  assert.ok(cached >= 6, `${cached} files kept for offline use`);

  await server.close();
  await context.setOffline(true);
  await page.goto(`${server.url}?mode=kiosk`);
  await page.getByRole('heading', { level: 1, name: '技能差距评估' }).waitFor();
  await page.getByRole('combobox', { name: '查找技能' }).fill('电焊');
  await page.getByRole('option', { name: /焊条电弧焊/ }).click();
  const target = page.getByRole('combobox', { name: '目标职业' });
  await target.selectOption(await target.locator('option', { hasText: /^焊工（船舶焊接）/ }).getAttribute('value'));
  await page.getByRole('table', { name: '技能差距' }).waitFor();
  assert.match(await page.locator('.score__number').textContent(), /^\d+$/);
  await page.getByRole('heading', { name: '推荐课程' }).waitFor();
  await context.setOffline(false);
  assert.deepEqual(problems.pageErrors, []);
  await context.close();
});

test('the web app manifest makes it installable', async () => {
  const { context, page } = await watchedPage(app.browser);
  await page.goto(app.server.url);
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const response = await page.request.get(new URL(href, app.server.url).href);
  assert.equal(response.status(), 200);
  const manifest = await response.json();
  assert.equal(manifest.display, 'standalone');
  assert.equal(manifest.start_url, './');
  assert.ok(manifest.icons.some((i) => i.sizes === '512x512' && i.type === 'image/png'));
  for (const icon of manifest.icons) {
    assert.equal((await page.request.get(new URL(icon.src, app.server.url).href)).status(), 200, icon.src);
  }
  await context.close();
});
