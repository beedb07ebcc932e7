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
    await page.getByRole('heading', { level: 1 }).waitFor();
    await check(page, 'start', checked);
    const search = page.getByRole('combobox', { name: '查找技能' });
    await search.fill('电焊');
    await page.getByRole('option').first().waitFor();
    await check(page, 'suggestions open', checked);
    await page.getByRole('option').first().click();
    await search.fill('zzzz');
    await page.getByText('没有找到这个技能').waitFor();
    await check(page, 'no suggestion found', checked);
    await search.fill('');
    const target = page.getByRole('combobox', { name: '目标职业' });
    await target.selectOption({ index: 2 });
    await page.getByRole('table', { name: '技能差距' }).waitFor();
    await check(page, 'result and plan', checked);
    await page.locator('summary', { hasText: '用自己的话说说' }).click();
    await page.getByLabel('你做过什么、会什么？').fill('会开叉车，懂一点电工');
    await page.getByRole('button', { name: '找出技能' }).click();
    await page.locator('.describe__item').first().waitFor();
    await check(page, 'description analysed', checked);
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
  await page.getByRole('option').first().click();
  await page.getByRole('alertdialog').waitFor();
  assert.deepEqual(await axeViolations(page), []);
  await context.close();
});
