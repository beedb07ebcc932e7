// End-to-end: counsellor mode (?mode=counsellor) — three occupations compared with their plans,
// notes that print and export but never enter a share link, and the device's saved list (saved
// only after consent, reopened, deleted; a damaged list is set aside with a notice).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { downloadedText, watchedPage } from '../lib/browser.mjs';
import { appSuite } from '../lib/suite.mjs';
import { axeViolations } from '../lib/axe.mjs';
import { waitForCount } from '../lib/wait.mjs';

const app = appSuite();
const LINK = '#a=1&s=smaw:3,safety:2&t=eq-ship-welder&k=eq-robot-operator,eq-cnc-turner&c=fuxin&m=3,4,5,11,12&h=20&o=h';

test('counsellor: compare three plans, keep notes, save with consent, reopen and delete', async () => {
  const { context, page, problems } = await watchedPage(app.browser, { viewport: { width: 1440, height: 900 } });
  await page.goto(`${app.server.url}tools/?mode=counsellor${LINK}`);
  await page.locator('.score__number').waitFor();
  await page.locator('.score').getByRole('button', { name: '加入比较' }).click();
  const compare = page.getByRole('table', { name: '职业比较' });
  await waitForCount(compare.locator('thead th'), 3);
  assert.equal(await compare.locator('thead th').count(), 3, 'three occupations side by side');
  const plans = compare.locator('.compare__plan');
  assert.equal(await plans.count(), 3, 'each with its plan');
  for (let i = 0; i < 3; i++) assert.ok((await plans.nth(i).locator('li').count()) >= 1, `plan ${i} lists its courses`);

  // Notes: a phone number gets a warning; notes go in the file and on paper, never in the link.
  await page.getByLabel(/工作人员备注/).fill('电话 138 0013 8000');
  await page.getByRole('alert').filter({ hasText: '好像有电话' }).waitFor();
  await page.getByLabel(/工作人员备注/).fill('想学白班；三月再联系。');
  await waitForCount(page.getByRole('alert').filter({ hasText: '好像有电话' }), 0);
  assert.equal(await page.getByRole('alert').filter({ hasText: '好像有电话' }).count(), 0);
  const file = await downloadedText(page, page.getByRole('link', { name: /下载评估文件/ }));
  assert.match(file, /"notes": "想学白班；三月再联系。"/);
  assert.doesNotMatch(await page.getByRole('textbox', { name: /^分享链接/ }).inputValue(), /notes|%E6%83%B3/);
  await page.emulateMedia({ media: 'print' });
  assert.ok(await page.locator('.notes-print').isVisible(), 'the notes are printed');
  assert.equal(await page.getByLabel(/工作人员备注/).isVisible(), false);
  await page.emulateMedia({ media: 'screen' });
  assert.deepEqual(await axeViolations(page), [], 'axe: counsellor mode');

  // Saving needs the consent box.
  const save = page.getByRole('button', { name: '保存到本机' });
  assert.equal(await save.isDisabled(), true);
  await page.getByLabel(/已告知本人并征得同意/).check();
  await save.click();
  await page.getByText('已保存到本机。').waitFor();
  const saved = page.getByRole('list', { name: '这台设备上保存的评估' });
  assert.equal(await saved.getByRole('listitem').count(), 1);
  assert.match(await saved.textContent(), /\d{4}-\d\d-\d\d \d\d:\d\d · 焊工（船舶焊接） · 2 项技能/);
  const stored = JSON.parse(await page.evaluate(() => localStorage.getItem('skillgap.saved.v1')));
  assert.equal(stored.length, 1);
  assert.equal(stored[0].assessment.notes, '想学白班；三月再联系。');

  // Start over, then reopen the saved one.
  await page.getByRole('button', { name: '删除这份评估' }).click();
  await waitForCount(page.locator('.profile__item'), 0);
  assert.equal(await page.locator('.profile__item').count(), 0);
  assert.equal(await saved.getByRole('listitem').count(), 1, 'forgetting the open assessment keeps the saved list');
  await saved.getByRole('button', { name: /^打开/ }).click();
  await page.locator('.score__number').waitFor();
  assert.equal(await page.locator('.profile__item').count(), 2);
  assert.equal(await page.getByLabel(/工作人员备注/).inputValue(), '想学白班；三月再联系。');

  // Delete it.
  await saved.getByRole('button', { name: /^删除/ }).click();
  await page.getByText('还没有保存的评估。').waitFor();
  assert.equal(await page.evaluate(() => localStorage.getItem('skillgap.saved.v1')), '[]');

  // A damaged list is set aside with a notice; the app keeps working.
  await page.evaluate(() => localStorage.setItem('skillgap.saved.v1', '[{"id": 1,'));
  await page.reload();
  await page.getByRole('alert').filter({ hasText: '保存的列表读不出来' }).waitFor();
  assert.equal(await page.evaluate(() => localStorage.getItem('skillgap.saved.set-aside')), '[{"id": 1,');
  assert.deepEqual(await axeViolations(page), [], 'axe: counsellor mode with a damaged list');
  assert.deepEqual(problems.pageErrors, []);
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test('the tools are a page of their own: the public page links to it and old addresses go there', async () => {
  const { context, page, problems } = await watchedPage(app.browser);
  await page.goto(app.server.url);
  await page.getByRole('combobox', { name: /技能/ }).waitFor();
  assert.equal(await page.locator('summary', { hasText: '目录与数据导入' }).count(), 0, 'no import panel on the public page');
  const link = page.getByRole('link', { name: '就业服务人员工具' });
  assert.equal(await link.getAttribute('href'), 'tools/');
  // A bookmark of counsellor mode on the public page, with a share link, lands on the tools page.
  await page.goto(`${app.server.url}?mode=counsellor${LINK}`);
  await page.waitForURL(/\/tools\/\?mode=counsellor/);
  await page.getByRole('table', { name: '技能差距' }).waitFor();
  await page.locator('summary', { hasText: '目录与数据导入' }).waitFor();
  // The share link made on the tools page leads a worker to the public page, not to the tools.
  // (Its first render has no address yet: wait for the link with one.)
  await page.waitForFunction(() => document.getElementById('share-link')?.value.startsWith('http'));
  const shared = await page.locator('#share-link').inputValue();
  assert.ok(shared.startsWith(`${app.server.url}#a=1&`), shared);
  // The cohort view's old address goes there too.
  await page.goto(`${app.server.url}?mode=cohort`);
  await page.waitForURL(/\/tools\/\?mode=cohort/);
  // A kiosk shows no way to the tools, and a kiosk on the tools page no import panel.
  await page.goto(`${app.server.url}?mode=kiosk`);
  await page.getByRole('combobox', { name: /技能/ }).waitFor();
  assert.equal(await page.getByRole('link', { name: '就业服务人员工具' }).count(), 0);
  await page.goto(`${app.server.url}tools/?mode=kiosk`);
  await page.getByRole('combobox', { name: /技能/ }).waitFor();
  assert.equal(await page.locator('summary', { hasText: '目录与数据导入' }).count(), 0);
  assert.deepEqual(problems.pageErrors, []);
  assert.deepEqual(problems.offHost, []);
  await context.close();
});
