// End-to-end: a worker who does not type (src/ui/browse.rs). From the first screen, "rather not
// type" opens pictures: a trade → its common skills as tiles → how well, as a picture scale; a
// previous job by its picture. Then a suggested job, and the result with a plan: taps alone, no
// key pressed, on a 1080×1920 kiosk and a 360-px phone. axe finds nothing with the pictures shown.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { watchedPage } from '../lib/browser.mjs';
import { appSuite } from '../lib/suite.mjs';
import { axeViolations } from '../lib/axe.mjs';
import { waitForCount } from '../lib/wait.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const ARTIFACTS = join(here, '..', 'artifacts');
const app = appSuite();
mkdirSync(ARTIFACTS, { recursive: true });

for (const [device, viewport] of [['kiosk', { width: 1080, height: 1920 }], ['phone', { width: 360, height: 800 }]]) {
  test(`taps alone reach a result with a plan (${device})`, async () => {
    const { context, page, problems } = await watchedPage(app.browser, { viewport, hasTouch: true, isMobile: device === 'phone' });
    await context.addInitScript(() => {
      window.__keys = 0;
      addEventListener('keydown', () => { window.__keys += 1; }, true);
    });
    await page.goto(device === 'kiosk' ? `${app.server.url}?mode=kiosk` : app.server.url);
    await page.getByRole('button', { name: '不想打字？看图选' }).tap();
    const title = page.locator('#browse-title');
    await page.getByRole('heading', { name: '你干过哪一行？点一下图片' }).waitFor();
    assert.deepEqual(await axeViolations(page), [], 'axe with the trade pictures shown');
    await page.locator('.browse').screenshot({ path: join(ARTIFACTS, `browse-${device}.png`) });

    // A previous job by its picture fills its skills.
    await page.locator('.tile', { hasText: '煤矿采煤工' }).tap();
    await page.locator('.browse__said', { hasText: /已按“煤矿采煤工”填入 \d+ 项/ }).waitFor();
    const filled = await page.locator('.profile__item').count();
    assert.ok(filled >= 3, `${filled} skills filled`);

    // A trade → a skill → a level, all by tiles.
    await page.locator('.tile', { hasText: '焊接' }).tap();
    await page.getByRole('heading', { name: /^焊接 · 点一样你会干的活$/ }).waitFor();
    const skill = (await page.locator('.tile .tile__label').first().textContent()).trim();
    await page.locator('.tile').first().tap();
    await page.getByRole('heading', { name: `“${skill}”你干到什么程度？` }).waitFor();
    assert.equal(await page.locator('.tile--level').count(), 5);
    assert.equal(await page.locator('.tile--level').nth(1).locator('.dot--on').count(), 2, 'the second level shows two marks');
    assert.deepEqual(await axeViolations(page), [], 'axe with the level scale shown');
    await page.locator('.tile--level', { hasText: '初级工（五级）' }).tap();
    await page.locator('.browse__said', { hasText: `已加上：${skill}，初级工（五级）。` }).waitFor();
    assert.match(await title.textContent(), /^焊接 · /, 'back to the trade, for the next skill');
    assert.equal(await waitForCount(page.locator('.profile__item'), filled + 1), filled + 1);

    // A suggested job, shown with a tap; the result has a plan.
    const show = page.locator('.suggestion').first().getByRole('button', { name: /^看这个/ });
    await show.tap();
    await page.locator('.score__number').waitFor();
    await page.locator('.course__name').first().waitFor();
    assert.ok(await page.locator('.suggestion .picto').count() > 0, 'the suggestions have pictures');
    assert.deepEqual(await axeViolations(page), [], 'axe in the result with pictures');
    if (device === 'phone') await page.locator('.suggestions').screenshot({ path: join(ARTIFACTS, 'suggestions-pictures-phone.png') });
    assert.equal(await page.evaluate(() => window.__keys), 0, 'no key was pressed');
    assert.deepEqual(problems.pageErrors, []);
    assert.deepEqual(problems.consoleErrors, []);
    await context.close();
  });
}
