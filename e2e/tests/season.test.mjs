// End-to-end: a seasonal farm worker from Chaoyang, free from November to March, sees seasonal
// work for those months near them, with when they can start after the short plan — in Chinese
// on a 360-px phone, in English on a 1920×1080 touch kiosk.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { watchedPage } from '../lib/browser.mjs';
import { appSuite } from '../lib/suite.mjs';
import { axeViolations } from '../lib/axe.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const ARTIFACTS = join(here, '..', 'artifacts');
mkdirSync(ARTIFACTS, { recursive: true });
const app = appSuite();

// The plan starts in the month the page is opened: the tests open it on 15 October, before the
// slack season, so what they see does not depend on the day they run.
const OCTOBER = new Date('2026-10-15T09:00:00+08:00');

const SLACK = { zh: ['11月', '12月', '1月', '2月', '3月'], en: ['Nov', 'Dec', 'Jan', 'Feb', 'Mar'] };

function clean(problems) {
  assert.deepEqual(problems.offHost, []);
  assert.deepEqual(problems.pageErrors, []);
  assert.deepEqual(problems.consoleErrors, []);
}

test('a Chaoyang worker free November to March sees seasonal work with a plan that ends in time (phone, Chinese)', async () => {
  const { context, page, problems } = await watchedPage(app.browser, { viewport: { width: 360, height: 800 }, deviceScaleFactor: 1 });
  await page.clock.setFixedTime(OCTOBER);
  await page.goto(app.server.url);
  const search = page.getByRole('combobox', { name: /技能/ });
  await search.fill('安全');
  await page.getByRole('listbox').getByRole('option', { name: /安全生产/ }).first().click();
  await page.locator('.profile__item').first().waitFor();
  await page.getByRole('combobox', { name: /你所在的城市/ }).selectOption('chaoyang');
  for (const m of SLACK.zh) await page.getByRole('checkbox', { name: m, exact: true }).check();

  const section = page.locator('section.seasonal');
  await section.getByRole('heading', { name: '空闲月份能做的季节工' }).waitFor();
  // The list for Chaoyang and these months, not one made before the last month was ticked.
  const lines = section.locator('.seasonal__line');
  await page.waitForFunction(() => {
    const ls = [...document.querySelectorAll('.seasonal__line')].map((e) => e.textContent);
    return ls.length > 0 && ls.every((l) => l.startsWith('朝阳市'));
  });
  const texts = await lines.allTextContents();
  for (const t of texts) {
    const months = [...t.matchAll(/(\d+)月/g)].map((m) => Number(m[1]));
    assert.ok(months.every((m) => [11, 12, 1, 2, 3].includes(m)), t);
  }
  const whens = await section.locator('.seasonal__when').allTextContents();
  assert.ok(whens.some((w) => /就能干/.test(w)), whens.join(' | '));
  assert.ok(whens.some((w) => /先学 .*学时/.test(w)), `a plan of courses before the season: ${whens.join(' | ')}`);
  await section.getByText('来源：示例数据，不是官方统计').waitFor();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the phone`);
  await section.screenshot({ path: join(ARTIFACTS, 'seasonal-phone.png') });

  // "Show this job" makes it the target.
  const first = section.locator('.seasonal__name').first();
  const name = await first.textContent();
  await section.getByRole('button', { name: `看这个职业：${name}` }).click();
  await page.locator('#score-label', { hasText: name }).waitFor();
  assert.deepEqual(await axeViolations(page), [], 'axe: the result with seasonal work');
  clean(problems);
  await context.close();
});

test('the same worker on a touch kiosk in English', async () => {
  const { context, page, problems } = await watchedPage(app.browser, { viewport: { width: 1920, height: 1080 }, hasTouch: true });
  await page.clock.setFixedTime(OCTOBER);
  await page.goto(app.server.url);
  await page.getByRole('button', { name: 'English' }).tap();
  await page.getByRole('heading', { level: 1, name: 'Skill Gap Check' }).waitFor();
  const search = page.getByRole('combobox', { name: /Skill/ });
  await search.fill('safety');
  await page.getByRole('listbox').getByRole('option', { name: /safety/i }).first().tap();
  await page.locator('.profile__item').first().waitFor();
  await page.getByRole('combobox', { name: /^Your city/ }).selectOption('chaoyang');
  for (const m of SLACK.en) await page.getByRole('checkbox', { name: m, exact: true }).tap();
  const section = page.locator('section.seasonal');
  await section.getByRole('heading', { name: 'Seasonal work in your free months' }).waitFor();
  await page.waitForFunction(() => {
    const ls = [...document.querySelectorAll('.seasonal__line')].map((e) => e.textContent);
    return ls.length > 0 && ls.every((l) => l.startsWith('Chaoyang'));
  });
  await page.waitForFunction(() => !/[\u4e00-\u9fff]/.test(document.querySelector('section.seasonal').innerText));
  const whens = await section.locator('.seasonal__when').allTextContents();
  assert.ok(whens.some((w) => /you can start in (Nov|Dec|Jan|Feb|Mar)/.test(w)), whens.join(' | '));
  await section.screenshot({ path: join(ARTIFACTS, 'seasonal-kiosk-en.png') });
  clean(problems);
  await context.close();
});
