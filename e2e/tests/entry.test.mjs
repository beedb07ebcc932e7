// End-to-end: saying what you can do — pinyin, colloquial words, a previous job, a description in
// your own words, undo and the same-level warning — by keyboard at a desk and by touch at a kiosk.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { watchedPage } from '../lib/browser.mjs';
import { appSuite } from '../lib/suite.mjs';
import { waitForCount } from '../lib/wait.mjs';

const app = appSuite();

const profileNames = (page) => page.locator('.profile__name').allTextContents();
/** Waits until the profile lists `n` skills (then read with `profileNames`). */
const profileCount = (page, n) => waitForCount(page.locator('.profile__name'), n);

test('a miner enters a profile by keyboard alone: pinyin, colloquial word, previous job, a sentence, undo', async () => {
  const { context, page, problems } = await watchedPage(app.browser);
  await page.goto(app.server.url);
  const search = page.getByRole('combobox', { name: '查找技能' });
  await search.focus();

  // Pinyin: dianhan → 焊条电弧焊 (its everyday name 电焊), chosen with ArrowDown + Enter.
  await page.keyboard.type('dianhan');
  await page.getByRole('option', { name: /焊条电弧焊/ }).waitFor();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  // A colloquial word: 放炮 → 井下爆破.
  await page.keyboard.type('放炮');
  await page.getByRole('option', { name: /井下爆破/ }).waitFor();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await profileCount(page, 2);
  assert.deepEqual(await profileNames(page), ['焊条电弧焊', '井下爆破']);
  assert.match(await page.locator('#your-skills').textContent(), /2 项/);

  // A previous job: 下井的 → 煤矿采煤工 fills its usual skills.
  const origin = page.getByRole('combobox', { name: '从以前的工作开始' });
  await origin.focus();
  await page.keyboard.type('下井的');
  await page.getByRole('option', { name: /煤矿采煤工/ }).waitFor();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const filled = await page.getByText(/已按“煤矿采煤工”填入 \d+ 项常见技能/).textContent();
  const n = Number(filled.match(/填入 (\d+) 项/)[1]);
  assert.ok(n >= 5, filled);
  const afterOrigin = (await profileNames(page)).length;
  assert.ok(afterOrigin >= n && afterOrigin <= n + 2, `${afterOrigin} skills after filling ${n}`);

  // Undo takes the previous job's skills away again.
  await page.getByRole('button', { name: '撤销上一步' }).click();
  await profileCount(page, 2);
  assert.deepEqual(await profileNames(page), ['焊条电弧焊', '井下爆破']);

  // A sentence in the worker's own words.
  await page.locator('summary', { hasText: '用自己的话说说' }).click();
  await page.getByLabel('你做过什么、会什么？').fill('在煤矿井下干了十五年，会开采煤机，懂一点电工，有叉车证，电脑不会');
  await page.getByRole('button', { name: '找出技能' }).click();
  // Nothing is highlighted before the first analysis: the first mark is this one's.
  await page.locator('.describe__text mark').first().waitFor();
  const marks = await page.locator('.describe__text mark').allTextContents();
  assert.deepEqual(marks, ['开采煤机', '电工', '叉车证'], 'what was found is highlighted; 电脑 (negated) is not');
  const found = page.locator('.describe__item');
  assert.equal(await found.count(), 3);
  // The levels proposed: years → 中级工 (3), 懂一点 → 学徒工 (1), a permit → 中级工 (3).
  const levels = await found.locator('select').evaluateAll((els) => els.map((e) => e.value));
  assert.deepEqual(levels, ['3', '1', '3']);
  // The worker unticks the electrics and adds the rest.
  await found.nth(1).getByRole('checkbox').uncheck();
  await page.getByRole('button', { name: '添加选中的技能' }).click();
  await profileCount(page, 4);
  assert.deepEqual(await profileNames(page), ['焊条电弧焊', '井下爆破', '采煤机操作', '叉车驾驶']);
  assert.deepEqual(problems.pageErrors, []);
  assert.deepEqual(problems.offHost, []);
  await context.close();
});

test('at a touch kiosk: tap to pick, and a gentle warning when every level is the same', async () => {
  const { context, page, problems } = await watchedPage(app.browser, { viewport: { width: 1080, height: 1920 }, hasTouch: true, isMobile: false });
  await page.goto(app.server.url);
  const search = page.getByRole('combobox', { name: '查找技能' });
  for (const [query, option] of [['chache', /叉车驾驶/], ['开铲车', /装载机操作/], ['kcmj', /采煤机操作/]]) {
    await search.tap();
    await search.fill(query);
    await page.getByRole('option', { name: option }).tap();
  }
  await waitForCount(page.locator('.profile__item'), 3);
  assert.equal(await page.locator('.profile__item').count(), 3);
  const warning = page.getByText('你给所有技能选了同样的水平');
  await warning.waitFor();
  await page.getByRole('combobox', { name: '水平：采煤机操作' }).selectOption('4');
  await warning.waitFor({ state: 'detached' });
  assert.deepEqual(problems.pageErrors, []);
  await context.close();
});
