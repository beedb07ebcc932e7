// Accessibility: axe-core (WCAG 2.1 A and AA rules, including contrast) finds no violation in each
// state of the screens that exist so far, on a phone and a kiosk, in both languages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { watchedPage } from '../lib/browser.mjs';
import { appSuite } from '../lib/suite.mjs';
import { axeViolations } from '../lib/axe.mjs';
import { partsLoaded } from '../lib/wait.mjs';

const tmp = mkdtempSync(join(tmpdir(), 'skillgap-a11y-'));

const app = appSuite();

async function check(page, state, checked) {
  const v = await axeViolations(page);
  checked.push(state);
  assert.deepEqual(v, [], `${state}: ${v.join('\n')}`);
}

for (const [device, options] of [
  ['phone', { viewport: { width: 360, height: 800 } }],
  ['kiosk', { viewport: { width: 1920, height: 1080 }, hasTouch: true }],
]) {
  test(`no axe violation in any state (${device})`, async () => {
    const { context, page } = await watchedPage(app.browser, options);
    const checked = [];
    await page.goto(app.server.url);
    // The app's first screen, all of it (ui::later shows step 3 last); index.html's static first
    // screen, which the app replaces, has a level-1 heading too.
    await page.locator('#step-result').waitFor();
    await check(page, 'start', checked);
    const search = page.getByRole('combobox', { name: '查找技能' });
    await search.fill('电焊');
    await page.getByRole('listbox').getByRole('option').first().waitFor();
    await check(page, 'suggestions open', checked);
    await page.getByRole('listbox').getByRole('option').first().click();
    await search.fill('zzzz');
    await page.getByText('没有找到这个技能').waitFor();
    await check(page, 'no suggestion found', checked);
    await search.fill('');
    const target = page.getByRole('combobox', { name: '目标职业' });
    await target.selectOption({ index: 2 });
    await page.getByRole('table', { name: '技能差距' }).waitFor();
    await partsLoaded(page);
    await check(page, 'result and plan', checked);
    await page.locator('summary', { hasText: '用自己的话说说' }).click();
    await page.getByLabel('你做过什么、会什么？').fill('会开叉车，懂一点电工');
    await page.getByRole('button', { name: '找出技能' }).click();
    await page.locator('.describe__item').first().waitFor();
    await check(page, 'description analysed', checked);
    // The counsellors' tools are a page of their own; the assessment saved here comes along.
    await page.getByRole('link', { name: '就业服务人员工具' }).click();
    await page.waitForURL(/\/tools\/$/);
    await page.getByRole('table', { name: '技能差距' }).waitFor();
    await check(page, 'tools page', checked);
    await page.locator('summary', { hasText: '目录与数据导入' }).click();
    const bad = join(tmp, `bad-${device}.json`);
    writeFileSync(bad, '{ "format_version": 1,');
    await page.getByLabel('加载目录文件（JSON）').setInputFiles(bad);
    await page.getByRole('alert').waitFor();
    await check(page, 'import error', checked);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Skill Gap Check' }).waitFor();
    await check(page, 'English result', checked);
    console.log(`axe (${device}): 0 violations in ${checked.join(', ')}`);
    await context.close();
  });
}

test('no axe violation on the recovery screen', async () => {
  const { context, page } = await watchedPage(app.browser);
  await page.goto(`${app.server.url}?selftest=panic`);
  await page.getByRole('combobox', { name: '查找技能' }).fill('电焊');
  await page.getByRole('listbox').getByRole('option').first().click();
  await page.getByRole('alertdialog').waitFor();
  assert.deepEqual(await axeViolations(page), []);
  await context.close();
});

const LINK = '#a=1&s=smaw:3,safety:2&t=eq-ship-welder&k=eq-robot-operator,eq-cnc-turner&c=fuxin&m=3,4,5,11,12&h=20&o=h';

for (const [device, options] of [
  ['phone', { viewport: { width: 360, height: 800 } }],
  ['kiosk', { viewport: { width: 1920, height: 1080 }, hasTouch: true }],
]) {
  test(`no axe violation in the result, print, kiosk and error states (${device})`, async () => {
    const { context, page } = await watchedPage(app.browser, options);
    const checked = [];
    await page.goto(app.server.url + LINK);
    await page.getByRole('table', { name: '职业比较' }).waitFor();
    // The comparison is in the take-away's part; the result's part may come after it.
    await partsLoaded(page);
    await check(page, 'shared result with comparison and take-away', checked);
    await page.getByRole('button', { name: '大字' }).click();
    await page.getByRole('button', { name: '大字', pressed: true }).waitFor();
    await check(page, 'large text', checked);
    await page.getByRole('button', { name: '大字' }).click();
    await page.getByRole('button', { name: '大字', pressed: false }).waitFor();
    await page.emulateMedia({ media: 'print' });
    await check(page, 'print view', checked);
    await page.emulateMedia({ media: 'screen' });
    await page.goto(app.server.url + '?mode=kiosk' + LINK);
    await page.getByRole('table', { name: '职业比较' }).waitFor();
    await partsLoaded(page);
    await check(page, 'kiosk mode', checked);
    await page.getByRole('button', { name: '删除这份评估' }).click();
    await page.getByRole('status').filter({ hasText: '已删除' }).waitFor();
    await check(page, 'forgotten (kiosk)', checked);
    await page.goto(app.server.url + '#a=1&s=smaw:99&h=40&o=h');
    await page.getByRole('alert').waitFor();
    await check(page, 'doctored link', checked);
    await page.evaluate(() => localStorage.setItem('skillgap.assessment.v1', '{broken'));
    await page.goto(app.server.url + '?r=1');
    await page.getByRole('alert').waitFor();
    await check(page, 'damaged saved copy set aside', checked);
    await page.getByLabel('打开评估文件').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('[') });
    await page.getByRole('alert').filter({ hasText: '这个文件打不开' }).waitFor();
    await check(page, 'bad assessment file', checked);
    console.log(`axe (${device}): 0 violations in ${checked.join(', ')}`);
    await context.close();
  });
}

test('keyboard only: from a skill to the result, the comparison and forgetting', async () => {
  const { context, page } = await watchedPage(app.browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(app.server.url);
  const search = page.getByRole('combobox', { name: '查找技能' });
  await search.waitFor();
  // Tab from the top of the page to the search field: large text, language, "rather not type"
  // (and, once the page is in use, "read to me" of the step), then the field.
  let presses = 0;
  while (presses < 6 && (await page.evaluate(() => document.activeElement.id)) !== 'skill-search') {
    await page.keyboard.press('Tab');
    presses += 1;
  }
  assert.equal(await page.evaluate(() => document.activeElement.id), 'skill-search', `after ${presses} tabs`);
  await page.keyboard.type('dianhan');
  await page.getByRole('listbox').getByRole('option').first().waitFor();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.locator('.profile__item').first().waitFor();
  // The level select of the new skill, by Tab; one step up with the arrow key.
  const level = page.getByRole('combobox', { name: /水平：/ }).first();
  await level.focus();
  await page.keyboard.press('ArrowDown');
  // The target list by keyboard.
  const target = page.getByRole('combobox', { name: '目标职业' });
  await target.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.locator('.score__number').waitFor();
  // "Show" on the first suggestion by Enter: focus moves to the result heading.
  const show = page.getByRole('list', { name: '适合我的职业' }).getByRole('button', { name: /看这个/ }).first();
  await show.focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'step-result');
  // Tab onwards reaches "compare" in the result; Space presses it.
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(() => document.activeElement.textContent)).includes('加入比较')) break;
  }
  await page.keyboard.press('Space');
  await page.getByRole('table', { name: '职业比较' }).waitFor();
  // Forget by keyboard: focus returns to the skill search.
  await page.getByRole('button', { name: '删除这份评估' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('status').filter({ hasText: '已删除' }).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'skill-search');
  assert.equal(await page.locator('.profile__item').count(), 0);
  await context.close();
});

test('language and large text are remembered (not on a kiosk); 200 % zoom at 360 px fits', async () => {
  const { context, page } = await watchedPage(app.browser, { viewport: { width: 360, height: 800 } });
  await page.goto(app.server.url + LINK);
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'Larger text' }).click();
  await page.getByRole('button', { name: 'Larger text', pressed: true }).waitFor();
  assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize), '22px');
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Skill Gap Check' }).waitFor();
  // What is measured below: the whole page (ui::later shows step 3 last), with the catalogue's
  // English names (its English half arrives after the start; a longer name widens the lists).
  await page.locator('#step-result').waitFor();
  await page.locator('.english-status--loading').waitFor({ state: 'detached' });
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  assert.equal(await page.locator('html').getAttribute('class'), 'large-text');
  assert.equal(await page.getByRole('button', { name: 'Larger text' }).getAttribute('aria-pressed'), 'true');
  // 200 % zoom on a 360-px phone is a 180-px-wide layout: nothing may stick out sideways.
  await page.setViewportSize({ width: 180, height: 800 });
  for (const large of [true, false]) {
    await page.getByRole('button', { name: 'Larger text', pressed: large }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    const wide = await page.evaluate(() => [...document.querySelectorAll('body *')]
      .filter((e) => !e.parentElement.closest('.table-scroll') && e.getBoundingClientRect().right > window.innerWidth + 1)
      .slice(0, 5).map((e) => `${e.tagName}.${e.getAttribute('class')}`));
    assert.ok(overflow <= 0, `large text ${large}: the page is ${overflow}px too wide at 180 px: ${wide}`);
    await page.getByRole('button', { name: 'Larger text' }).click();
  }
  // A kiosk starts in Chinese at normal size whatever this browser remembers, and stores nothing.
  const kiosk = await watchedPage(app.browser, { viewport: { width: 1080, height: 1920 } });
  await kiosk.page.goto(app.server.url + '?mode=kiosk');
  // The app's heading: index.html's static first screen has the Chinese one too.
  await kiosk.page.getByRole('combobox', { name: '查找技能' }).waitFor();
  await kiosk.page.getByRole('heading', { level: 1, name: '技能差距评估' }).waitFor();
  await kiosk.page.getByRole('button', { name: 'English' }).click();
  // The click has taken effect: still nothing written.
  await kiosk.page.getByRole('heading', { level: 1, name: 'Skill Gap Check' }).waitFor();
  assert.deepEqual(await kiosk.page.evaluate(() => Object.keys(localStorage)), []);
  await kiosk.context.close();
  await context.close();
});
