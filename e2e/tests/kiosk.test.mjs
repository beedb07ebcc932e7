// End-to-end: kiosk mode (?mode=kiosk) — the idle warning and reset that leave nothing behind,
// and touch targets of at least 48 px in landscape (1920×1080) and portrait (1080×1920).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { watchedPage } from '../lib/browser.mjs';
import { appSuite } from '../lib/suite.mjs';
import { partsLoaded } from '../lib/wait.mjs';

const app = appSuite();
const LINK = '#a=1&s=smaw:3,safety:2&t=eq-ship-welder&k=eq-robot-operator,eq-cnc-turner&c=fuxin&m=3,4,5,11,12&h=20&o=h';

test('idle: a warning with a countdown, "continue" keeps the work, then a reset wipes everything', async () => {
  const { context, page, problems } = await watchedPage(app.browser, { viewport: { width: 1920, height: 1080 }, hasTouch: true });
  await page.goto(`${app.server.url}?mode=kiosk&idle=10&warn=6${LINK}`);
  await page.locator('.score__number').waitFor();
  await page.getByRole('button', { name: 'English' }).tap();
  await page.locator('summary', { hasText: 'Describe it in your own words' }).tap();
  await page.locator('textarea').fill('I drove a forklift for ten years');
  await page.evaluate(() => sessionStorage.setItem('left-behind', 'x'));

  // The warning comes after 10 s without input; "continue" keeps everything.
  const warning = page.getByRole('alertdialog', { name: 'Are you still there?' });
  await warning.waitFor({ timeout: 15_000 });
  assert.match(await warning.textContent(), /In \d seconds everything entered here is cleared/);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'kiosk-continue', 'the warning takes focus');
  await page.getByRole('button', { name: 'Continue' }).tap();
  await warning.waitFor({ state: 'detached' });
  assert.equal(await page.locator('.profile__item').count(), 2);

  // Left alone again: warning, then the reset.
  await warning.waitFor({ timeout: 15_000 });
  await page.getByRole('heading', { level: 1, name: '技能差距评估' }).waitFor({ timeout: 10_000 });
  // The new, empty page shown whole (ui::later shows step 3 last; the old page's went with its
  // English heading), so that "nothing left" is not "nothing shown yet".
  await page.locator('#step-result').waitFor();
  assert.equal(await page.locator('.profile__item').count(), 0, 'no skills left');
  assert.equal(await page.locator('.score__number').count(), 0, 'no result left');
  assert.equal(await page.locator('html').getAttribute('lang'), 'zh-CN', 'back to Chinese');
  assert.equal(await page.locator('textarea').count() === 0 || (await page.locator('textarea').inputValue()) === '', true, 'the description is gone');
  assert.deepEqual(await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length, hash: location.hash })), { local: 0, session: 0, hash: '' });
  assert.equal(await page.getByRole('alertdialog').count(), 0);
  assert.deepEqual(problems.pageErrors, []);
  await context.close();
});

for (const [name, viewport] of [['landscape 1920×1080', { width: 1920, height: 1080 }], ['portrait 1080×1920', { width: 1080, height: 1920 }]]) {
  test(`kiosk touch targets are at least 48 px (${name})`, async () => {
    const { context, page } = await watchedPage(app.browser, { viewport, hasTouch: true });
    await page.goto(`${app.server.url}?mode=kiosk${LINK}`);
    await page.locator('.score__number').waitFor();
    await page.locator('summary', { hasText: '用自己的话说说' }).tap();
    const search = page.getByRole('combobox', { name: '查找技能' });
    await search.fill('焊');
    await page.getByRole('listbox').getByRole('option').first().waitFor();
    // Every target there before measuring: the box opened above and the take-away load their code
    // on demand (the box's content also comes a task after the tap: the toggle event).
    await page.getByRole('textbox', { name: '你做过什么、会什么？' }).waitFor();
    await partsLoaded(page);
    const small = await page.evaluate(() => {
      const targets = [...document.querySelectorAll(
        'button, a[href], select, input[type="text"], textarea, summary, [role="option"], label.month, label.choice')];
      return targets
        .filter((e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden')
        .map((e) => ({ e, r: e.getBoundingClientRect() }))
        .filter(({ r }) => r.width < 48 || r.height < 48)
        .map(({ e, r }) => `${e.tagName}.${e.className} "${e.textContent.trim().slice(0, 20)}" ${Math.round(r.width)}×${Math.round(r.height)}`);
    });
    const measured = await page.evaluate(() => document.querySelectorAll('button, a[href], select, input[type="text"], textarea, summary, [role="option"], label.month, label.choice').length);
    assert.deepEqual(small, [], `targets under 48 px (${measured} measured)`);
    // No data tools or file pickers at a kiosk.
    assert.equal(await page.locator('input[type="file"]').count(), 0);
    console.log(`kiosk ${name}: ${measured} touch targets, none under 48 px`);
    await context.close();
  });
}
