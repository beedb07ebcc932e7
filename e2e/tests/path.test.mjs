// End-to-end: the release build served on 127.0.0.1, driven in Chromium as a person would use it.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { watchedPage } from '../lib/browser.mjs';
import { appSuite } from '../lib/suite.mjs';
import { partsLoaded, until, waitForCount } from '../lib/wait.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const ARTIFACTS = join(here, '..', 'artifacts');

const app = appSuite();
before(async () => {
  await mkdir(ARTIFACTS, { recursive: true });
});

function assertClean(problems) {
  assert.deepEqual(problems.offHost, [], 'no request left 127.0.0.1');
  assert.deepEqual(problems.consoleErrors, [], 'no console error');
  assert.deepEqual(problems.pageErrors, [], 'no page error');
}

test('a worker goes from skills to courses (phone, mouse and keyboard)', async () => {
  const { context, page, problems } = await watchedPage(app.browser, { viewport: { width: 360, height: 800 }, deviceScaleFactor: 1 });
  await page.goto(app.server.url);
  // The app, not index.html's static first screen, which has the same heading, language and
  // sample-data notice until the app replaces it.
  await page.getByRole('combobox', { name: /技能/ }).waitFor();
  await assert.doesNotReject(page.getByRole('heading', { level: 1, name: '技能差距评估' }).waitFor());
  assert.equal(await page.locator('html').getAttribute('lang'), 'zh-CN');
  await page.getByText('示例数据').waitFor();

  const search = page.getByRole('combobox', { name: /技能/ });
  // A colloquial word: 电焊 → 焊条电弧焊, picked with a tap/click.
  await search.fill('电焊');
  await page.getByRole('option', { name: /焊条电弧焊/ }).click();
  // Keyboard only: 叉车 → ArrowDown → Enter.
  await search.fill('叉车');
  await page.getByRole('listbox').getByRole('option').first().waitFor();
  await search.press('ArrowDown');
  await search.press('Enter');
  // English words work in the Chinese interface too.
  await search.fill('safety');
  await page.getByRole('option', { name: /安全生产/ }).click();
  await assert.doesNotReject(page.locator('.profile__item').nth(2).waitFor());
  assert.equal(await page.locator('.profile__item').count(), 3);

  // Say the welding skill is 中级工 (level 3).
  await page.getByRole('combobox', { name: /水平：焊条电弧焊/ }).selectOption('3');

  const target = page.getByRole('combobox', { name: '目标职业' });
  const welder = await target.locator('option', { hasText: /^焊工（船舶焊接）/ }).getAttribute('value');
  await target.selectOption(welder);

  const gap = page.getByRole('table', { name: '技能差距' });
  await gap.waitFor();
  // 焊工（船舶焊接）, total weight 20: smaw 3 meets its 2 (w2) → 2; safety 2 of 3 (w3) → 2; related
  // credit from smaw: flux-cored 0.9/3 (w3) → 0.9, positional 1.5/3 (w3) → 1.5, flame cutting
  // 0.6/2 (w2) → 0.6, confined space (from safety) 1.0/2 (w2) → 1: 8/20 → 40 %.
  assert.equal(await page.locator('.score__number').textContent(), '40');
  assert.match(await page.locator('.score__summary').textContent(), /9 项技能中已达到 1 项/);
  assert.match(await page.locator('.credited').textContent(), /焊条电弧焊 → 全位置焊接/);
  const rows = await gap.locator('tbody tr').allTextContents();
  assert.equal(rows.length, 8, rows.join(' | '));
  assert.ok(rows.some((r) => r.includes('二氧化碳气体保护焊')), rows.join(' | '));
  const courses = page.getByRole('list', { name: '推荐课程' });
  const items = await courses.getByRole('listitem').allTextContents();
  assert.ok(items.length >= 2, items.join(' | '));
  assert.ok(items.every((t) => t.includes('学时')), 'hours are shown');
  assert.ok(items.some((t) => /焊工.*级/.test(t)), 'a welding certificate is shown');

  assert.ok(items.every((t) => t.includes('自付')), 'out-of-pocket cost is shown');
  assert.match(await page.locator('.plan__totals').textContent(), /补贴合计/);
  assert.match(await page.locator('.outlook').textContent(), /可以报考|还达不到/);

  // A farm worker's slack season in Fuxin: every course now starts between November and March.
  await page.getByRole('combobox', { name: /你所在的城市/ }).selectOption('fuxin');
  for (const m of ['11月', '12月', '1月', '2月', '3月']) {
    await page.getByRole('checkbox', { name: m, exact: true }).check();
  }
  // The plan made for the city and the months, not the one before it.
  const inSeason = (t) => /^(次年)?(11|12|1|2|3)月/.test(t);
  const inFuxin = (t) => t.includes('阜新市') || t.includes('线上');
  const [starts, places] = await until(
    () => Promise.all([page.locator('.course__facts div:first-child dd').allTextContents(), page.locator('.course__facts').allTextContents()]),
    ([s, p]) => s.every(inSeason) && p.every(inFuxin));
  assert.ok(starts.every(inSeason), starts.join(' | '));
  assert.ok(places.every(inFuxin), 'held in Fuxin or online');

  // "Jobs that fit me": the first suggestion can be opened.
  const suggestions = page.getByRole('list', { name: '适合我的职业' });
  const first = suggestions.getByRole('listitem').first();
  const firstName = await first.locator('.suggestion__name').textContent();
  // Each suggestion says why it is there: the worker's skills it uses and what is left to learn.
  assert.match(await first.locator('.suggestion__why').textContent(), /^用上你 \d+ 项技能中的 \d+ 项；(还要学 \d+ 项|不用再学新技能)/);
  await first.getByRole('button', { name: /看这个/ }).click();
  await page.locator('#score-label', { hasText: firstName }).waitFor();

  // Nothing overflows the 360-px screen.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the phone`);

  await page.screenshot({ path: join(ARTIFACTS, 'result-phone.png'), fullPage: true });
  assertClean(problems);
  await context.close();
});

test('the English interface on a 1920×1080 kiosk screen', async () => {
  const { context, page, problems } = await watchedPage(app.browser, { viewport: { width: 1920, height: 1080 }, hasTouch: true });
  await page.goto(app.server.url);
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { level: 1, name: 'Skill Gap Check' }).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');

  const search = page.getByRole('combobox', { name: /Skill/ });
  await search.fill('robot');
  await page.getByRole('option', { name: /teach-pendant/ }).tap();
  await page.getByRole('combobox', { name: 'Target occupation' }).selectOption({ index: 1 });
  await page.getByRole('table', { name: 'Skill gap' }).waitFor();
  await page.getByRole('list', { name: 'Recommended courses' }).waitFor();
  // All of the page, the parts whose code comes on demand too (the take-away, the suggestions).
  await partsLoaded(page);
  const text = await page.locator('body').innerText();
  assert.doesNotMatch(text.replace('中文', ''), /[\u4e00-\u9fff]/, 'no Chinese left in the English interface');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0);
  await page.screenshot({ path: join(ARTIFACTS, 'result-kiosk-en.png') });
  assertClean(problems);
  await context.close();
});

test('a worker finds the job they want by the word they use for it (touch)', async () => {
  const { context, page, problems } = await watchedPage(app.browser, { viewport: { width: 360, height: 800 }, hasTouch: true });
  await page.goto(app.server.url);
  const find = page.getByRole('combobox', { name: '查找岗位' });
  await find.waitFor();
  // 护工 is what people call the job; the catalogue calls it 养老护理员.
  await find.fill('护工');
  await page.getByRole('listbox', { name: '查找岗位' }).getByRole('option', { name: /养老护理员/ }).tap();
  const target = page.getByRole('combobox', { name: '目标职业' });
  const shown = await until(() => target.locator('option:checked').textContent(), (text) => /^养老护理员/.test(text));
  assert.match(shown, /^养老护理员/, 'the list shows the job picked by search');
  await page.getByRole('table', { name: '技能差距' }).waitFor();
  // Initials and the code work too.
  await find.fill('6-18-02-04');
  await assert.doesNotReject(page.getByRole('listbox', { name: '查找岗位' }).getByRole('option', { name: /焊工/ }).first().waitFor());
  assertClean(problems);
  await context.close();
});

test('a worker starts from a job of the catalogue they used to do (its requirements load on demand)', async () => {
  const { context, page, problems } = await watchedPage(app.browser, { viewport: { width: 360, height: 800 } });
  await page.goto(app.server.url);
  const origin = page.getByRole('combobox', { name: '从以前的工作开始' });
  await origin.waitFor();
  await origin.fill('天车工');
  await page.getByRole('listbox', { name: '从以前的工作开始' }).getByRole('option', { name: /起重装卸机械操作工（桥门式起重机）/ }).click();
  const status = page.getByRole('status').filter({ hasText: /已按“起重装卸机械操作工（桥门式起重机）”填入 \d+ 项/ });
  await status.waitFor();
  const n = Number((await status.textContent()).match(/填入 (\d+) 项/)[1]);
  assert.ok(n >= 3, `${n} skills filled`);
  assert.equal(await waitForCount(page.locator('.profile__item'), n), n);
  assertClean(problems);
  await context.close();
});
