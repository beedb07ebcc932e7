// End-to-end: the catalogue's English half loads when a person switches to English (the
// public page's first load carries the Chinese half only). What was entered stays; a failed load
// says so and can be tried again; once loaded, English works with the network down.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { watchedPage } from '../lib/browser.mjs';
import { appSuite, DIST } from '../lib/suite.mjs';
import { serveDist } from '../lib/server.mjs';

const app = appSuite();
const HALF = /catalogue\.en\.json/;

/** Waits for an English occupation name in the target list (the English half has arrived). */
async function englishNamesShown(page) {
  await page.getByRole('combobox', { name: 'Target occupation' }).locator('option', { hasText: 'Industrial robot system operator' })
    .first().waitFor({ state: 'attached' });
}

async function enterWelding(page) {
  await page.getByRole('combobox', { name: '查找技能' }).fill('电焊');
  await page.getByRole('option', { name: /焊条电弧焊/ }).click();
  await page.locator('.profile__item').first().waitFor();
}

test('the English half is fetched only on switching to English, and what was entered stays', async () => {
  const { context, page, problems } = await watchedPage(app.browser);
  const asked = [];
  page.on('request', (r) => { if (HALF.test(r.url())) asked.push(r.url()); });
  await page.goto(app.server.url);
  await enterWelding(page);
  const target = page.getByRole('combobox', { name: '目标职业' });
  await target.locator('option', { hasText: '工业机器人系统操作员' }).first().waitFor({ state: 'attached' });
  assert.deepEqual(asked, [], 'a Chinese session never asks for the English half');

  await page.getByRole('button', { name: 'English' }).click();
  await englishNamesShown(page);
  assert.equal(asked.length, 1, asked.join());
  assert.match(asked[0], /catalogue\.en\.json\?v=[0-9a-f]{16}$/, 'the address names the build');
  assert.match(await page.locator('.profile__name').first().textContent(), /Shielded metal arc welding/);
  assert.equal((await page.locator('#english-status').textContent()).trim(), '', 'the status line is cleared');
  // Back to Chinese and again to English: nothing more to fetch.
  await page.getByRole('button', { name: '中文' }).click();
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('combobox', { name: 'Target occupation' }).waitFor();
  assert.equal(asked.length, 1);
  assert.deepEqual(problems.pageErrors, []);
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test('an English half that cannot be had is reported, the page keeps working, and a new try succeeds', async () => {
  // No service worker: the routes below stand in for the network.
  const { context, page, problems } = await watchedPage(app.browser, { serviceWorkers: 'block' });
  await page.goto(app.server.url);
  await enterWelding(page);
  const failed = page.getByRole('alert').filter({ hasText: 'could not be loaded' });
  for (const [name, fulfil] of [
    ['missing', (route) => route.fulfill({ status: 404, body: 'not found' })],
    ['broken', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"edition": "2025Q2", "texts": ["a"' })],
  ]) {
    // This try's answer first: until then the alert found could be the one of the try before.
    let served;
    const answered = new Promise((resolve) => { served = resolve; });
    await page.route(HALF, async (route) => {
      await fulfil(route);
      served();
    });
    if (name === 'missing') await page.getByRole('button', { name: 'English' }).click();
    else await page.getByRole('button', { name: 'Try again' }).click();
    await answered;
    await failed.waitFor();
    await page.unroute(HALF);
    // Names stay Chinese, the interface English, the profile as it was.
    assert.match(await page.locator('.profile__name').first().textContent(), /焊条电弧焊/, name);
    assert.equal(await page.locator('.profile__item').count(), 1, name);
    await page.getByRole('heading', { name: 'Your skills' }).waitFor();
  }
  // "Try again" leaves focus on the message, not on the page's start.
  await page.getByRole('button', { name: 'Try again' }).click();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'english-status');
  await page.locator('.profile__name', { hasText: 'Shielded metal arc welding' }).waitFor();
  assert.equal(await failed.count(), 0);
  assert.deepEqual(problems.pageErrors, []);
  await context.close();
});

test('the English half of another build asks for a reload, which brings the right one', async () => {
  const { context, page, problems } = await watchedPage(app.browser, { serviceWorkers: 'block' });
  await page.goto(app.server.url);
  await enterWelding(page);
  const real = await (await page.request.get(new URL('catalogue.en.json', app.server.url).href)).json();
  // Same edition and counts, another build: the texts would land on the wrong entries.
  const other = { ...real, chinese_half: '0123456789abcdef' };
  await page.route(HALF, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(other) }));
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('alert').filter({ hasText: 'has been updated' }).waitFor();
  assert.match(await page.locator('.profile__name').first().textContent(), /焊条电弧焊/);
  await page.unroute(HALF);
  await page.getByRole('button', { name: 'Reload' }).click();
  // The language choice and the saved assessment come back, now with English names.
  await page.locator('.profile__name', { hasText: 'Shielded metal arc welding' }).waitFor();
  assert.deepEqual(problems.pageErrors, []);
  await context.close();
});

test('once the English half was used, English works with the network down', async () => {
  const server = await serveDist(DIST);
  const { context, page, problems } = await watchedPage(app.browser);
  await page.goto(server.url);
  await page.waitForFunction(async () => (await navigator.serviceWorker.ready) && navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });
  await page.getByRole('button', { name: 'English' }).click();
  await englishNamesShown(page);
  await server.close();
  await context.setOffline(true);
  // The language choice is remembered; the English half comes from the worker's cache.
  await page.reload();
  await englishNamesShown(page);
  assert.equal(await page.getByRole('alert').count(), 0);
  await context.setOffline(false);
  assert.deepEqual(problems.pageErrors, []);
  await context.close();
});

test('an English word in the Chinese interface brings the English half, and finds the skill', async () => {
  const { context, page, problems } = await watchedPage(app.browser);
  const asked = [];
  page.on('request', (r) => { if (HALF.test(r.url())) asked.push(r.url()); });
  await page.goto(app.server.url);
  const search = page.getByRole('combobox', { name: '查找技能' });
  // Pinyin is Latin letters too, but it finds something in the Chinese half: nothing to fetch.
  await search.fill('hanjie');
  await page.getByRole('listbox').getByRole('option').first().waitFor();
  assert.deepEqual(asked, []);
  await search.fill('forklift');
  await page.getByRole('listbox').getByRole('option', { name: /叉车/ }).first().click();
  await page.locator('.profile__item').first().waitFor();
  assert.equal(asked.length, 1);
  assert.equal(await page.getByRole('status').filter({ hasText: 'Loading the English' }).count(), 0, 'nothing shown in Chinese');
  assert.deepEqual(problems.pageErrors, []);
  await context.close();
});
