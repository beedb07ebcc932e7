// End-to-end: the result view and taking it away — gap chart, plan calendar, comparison, print to
// PDF (at most two A4 pages), share link round trip, doctored link, QR code (decoded here),
// saved progress on reload, "forget", a damaged saved copy, assessment files and kiosk mode.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { PNG } from 'pngjs';
import jsQR from 'jsqr';
import { downloadedText, watchedPage } from '../lib/browser.mjs';
import { appSuite } from '../lib/suite.mjs';
import { until, waitForCount } from '../lib/wait.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const ARTIFACTS = join(here, '..', 'artifacts');
const app = appSuite();
before(async () => {
  await mkdir(ARTIFACTS, { recursive: true });
});

// A worker with two skills aiming at 焊工（船舶焊接）, comparing two other occupations.
const LINK = '#a=1&s=smaw:3,safety:2&t=eq-ship-welder&k=eq-robot-operator,eq-cnc-turner&c=fuxin&m=3,4,5,11,12&h=20&o=h';

function assertClean(problems) {
  assert.deepEqual(problems.offHost, [], 'no request left 127.0.0.1');
  assert.deepEqual(problems.consoleErrors, [], 'no console error');
  assert.deepEqual(problems.pageErrors, [], 'no page error');
}

async function ourStorage(page) {
  return page.evaluate(() => ({
    local: Object.keys(localStorage).filter((k) => k.startsWith('skillgap')),
    session: sessionStorage.length,
    hash: location.hash,
  }));
}

test('a share link opens the full result: chart, calendar, comparison, take-away', async () => {
  const { context, page, problems } = await watchedPage(app.browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(app.server.url + LINK);
  await page.getByRole('status').filter({ hasText: '已打开分享给你的评估' }).waitFor();
  // The link leaves the address bar once read.
  assert.equal(await page.evaluate(() => location.hash), '');
  // The profile list is shown a task after the page's top (ui::later): maybe after the notice.
  await waitForCount(page.locator('.profile__item'), 2);
  assert.equal(await page.locator('.profile__item').count(), 2);
  await page.getByRole('img', { name: /差距图/ }).waitFor();
  await page.getByRole('table', { name: '技能差距' }).waitFor();
  // The chart has a row per required skill; its rows marked as gaps are the table's rows.
  const gaps = await page.getByRole('table', { name: '技能差距' }).locator('tbody tr').count();
  assert.equal(await page.locator('.chart__row--gap').count(), gaps, 'the chart and the table show the same gaps');
  assert.ok((await page.locator('.chart__row').count()) >= 5, 'one chart row per required skill');
  await page.getByRole('heading', { name: '培训日程' }).waitFor();
  assert.ok((await page.locator('.timeline__bar').count()) >= 1);
  assert.match(await page.locator('.timeline__total').textContent(), /全部课程约 \d+ 个月学完/);
  const compare = page.getByRole('table', { name: '职业比较' });
  await compare.waitFor();
  assert.equal(await compare.locator('thead th').count(), 2, 'two occupations compared');
  // Put the target in the comparison too: three plans side by side.
  await page.locator('.score').getByRole('button', { name: '加入比较' }).click();
  await waitForCount(compare.locator('thead th'), 3);
  assert.equal(await compare.locator('thead th').count(), 3);
  assert.match(await compare.textContent(), /匹配度.*总学时/s);
  await page.screenshot({ path: join(ARTIFACTS, 'result-view.png'), fullPage: false });
  assertClean(problems);
  await context.close();
});

test('share link round trip: made in one browser, opened in another', async () => {
  const a = await watchedPage(app.browser);
  await a.page.goto(app.server.url);
  const search = a.page.getByRole('combobox', { name: /技能/ });
  await search.fill('电焊');
  await a.page.getByRole('option', { name: /焊条电弧焊/ }).click();
  await a.page.getByRole('combobox', { name: /水平：焊条电弧焊/ }).selectOption('4');
  const target = a.page.getByRole('combobox', { name: '目标职业' });
  await target.selectOption(await target.locator('option', { hasText: /^焊工（船舶焊接）/ }).getAttribute('value'));
  const score = await a.page.locator('.score__number').textContent();
  await a.page.waitForFunction(() => document.getElementById('share-link')?.value.startsWith('http'));
  const link = await a.page.getByRole('textbox', { name: /分享链接/ }).inputValue();
  assert.match(link, /^http:\/\/127\.0\.0\.1:\d+\/#a=1&e=[^&]+&s=smaw:4&t=eq-ship-welder&h=40&o=h$/);
  assert.doesNotMatch(link, /name|%E5%BC%A0/i, 'no personal name in the link');

  const b = await watchedPage(app.browser);
  await b.page.goto(link);
  await b.page.getByRole('status').filter({ hasText: '已打开分享给你的评估' }).waitFor();
  assert.equal(await b.page.locator('.score__number').textContent(), score);
  assert.equal(await b.page.getByRole('combobox', { name: /水平：焊条电弧焊/ }).inputValue(), '4');
  assertClean(a.problems);
  assertClean(b.problems);
  await a.context.close();
  await b.context.close();
});

test('a doctored or old link gives a clear message and an empty, working app', async () => {
  for (const [fragment, words] of [
    ['#a=1&s=smaw:99&h=40&o=h', /链接打不开.*“技能水平”的值“99”不对/s],
    ['#a=9&h=40&o=h', /更新的版本（9）/],
    ['#a=1&t=%3Cscript%3E&h=40&o=h&x=1', /链接不完整或被改动过/],
  ]) {
    const { context, page, problems } = await watchedPage(app.browser);
    await page.goto(app.server.url + fragment);
    const alert = page.getByRole('alert').filter({ hasText: '分享链接' });
    await alert.waitFor();
    assert.match(await alert.textContent(), words);
    // The whole page shown (ui::later shows step 3 last), so that "no skill" is not "no list yet".
    await page.locator('#step-result').waitFor();
    assert.equal(await page.locator('.profile__item').count(), 0);
    assert.equal(await page.locator('script', { hasText: 'alert' }).count(), 0);
    // Still working: a skill can be added.
    await page.getByRole('combobox', { name: /技能/ }).fill('叉车');
    await page.getByRole('listbox').getByRole('option').first().click();
    await waitForCount(page.locator('.profile__item'), 1);
    assert.equal(await page.locator('.profile__item').count(), 1);
    assertClean(problems);
    await context.close();
  }
});

test('the QR code on screen decodes to the share link', async () => {
  const { context, page, problems } = await watchedPage(app.browser, { viewport: { width: 360, height: 800 } });
  await page.goto(app.server.url + LINK);
  await page.waitForFunction(() => document.getElementById('share-link')?.value.startsWith('http'));
  const link = await page.getByRole('textbox', { name: /分享链接/ }).inputValue();
  const qr = page.getByRole('img', { name: /扫这个二维码/ });
  await qr.scrollIntoViewIfNeeded();
  // The first QR code is drawn before the page knows its own address (the link then starts with
  // '#'); the one for the whole link comes after the next paint (take_away.rs,
  // use_deferred_extras). Read the picture until it holds the link shown.
  const code = await until(async () => {
    const png = PNG.sync.read(await qr.screenshot());
    return jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  }, (c) => c?.data === link, 10_000);
  assert.ok(code, 'a QR code was found in the picture');
  assert.equal(code.data, link);
  assertClean(problems);
  await context.close();
});

test('print gives a clean A4 report of at most two pages', async () => {
  const { context, page, problems } = await watchedPage(app.browser);
  // The heaviest case in the default catalogue: no skills, a long plan, three compared.
  await page.goto(app.server.url + '#a=1&t=eq-robot-maintainer&k=eq-robot-operator,eq-cnc-turner,eq-ship-welder&h=40&o=h');
  await page.locator('.score__number').waitFor();
  // The QR code is in the take-away, whose code may arrive after the result's.
  await page.locator('.qr').waitFor();
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.assessment__inputs').isVisible(), false, 'inputs are not printed');
  assert.equal(await page.getByRole('button').first().isVisible(), false, 'no buttons on paper');
  assert.ok(await page.locator('.print-header').isVisible());
  assert.match(await page.locator('.print-header').textContent(), /技能差距评估报告.*日期：\d{4}-\d\d-\d\d.*课程目录版本：/s);
  assert.ok(await page.locator('.qr').isVisible(), 'the QR code is printed');
  assert.ok(await page.locator('.app-footer').isVisible(), 'the disclaimer is printed');
  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  await writeFile(join(ARTIFACTS, 'report.pdf'), pdf);
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
  assert.ok(pages >= 1 && pages <= 2, `${pages} pages`);
  // English words are longer: the same report in English fits too.
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('button', { name: 'English' }).click();
  // The English page first (the Chinese one has no loading notice either), then its names: the
  // catalogue's English half arrives after the click.
  await page.locator('html[lang="en"]').waitFor({ state: 'attached' });
  await page.locator('.english-status--loading').waitFor({ state: 'detached' });
  await page.emulateMedia({ media: 'print' });
  const en = await page.pdf({ format: 'A4', printBackground: false });
  await writeFile(join(ARTIFACTS, 'report-en.pdf'), en);
  const enPages = (en.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
  assert.ok(enPages >= 1 && enPages <= 2, `English: ${enPages} pages`);
  console.log(`print: ${pages} A4 pages in Chinese, ${enPages} in English`);
  assertClean(problems);
  await context.close();
});

test('progress is saved on this device, restored on reload, and forgotten on request', async () => {
  const { context, page, problems } = await watchedPage(app.browser);
  await page.goto(app.server.url + LINK);
  await page.locator('.score__number').waitFor();
  // Opening a link saves nothing until the person changes something.
  assert.deepEqual((await ourStorage(page)).local, []);
  await page.getByRole('combobox', { name: /水平：焊条电弧焊/ }).selectOption('4');
  // Saved by the render that shows the change: the score read after it is the new one.
  await page.waitForFunction(() => localStorage.getItem('skillgap.assessment.v1') !== null);
  const score = await page.locator('.score__number').textContent();
  assert.deepEqual((await ourStorage(page)).local, ['skillgap.assessment.v1']);
  const saved = JSON.parse(await page.evaluate(() => localStorage.getItem('skillgap.assessment.v1')));
  assert.equal(saved.format, 'skillgap-assessment');
  assert.equal(saved.target, 'eq-ship-welder');

  await page.reload();
  await page.getByRole('status').filter({ hasText: '已恢复你上次' }).waitFor();
  assert.equal(await page.locator('.score__number').textContent(), score);
  await waitForCount(page.locator('.profile__item'), 2);
  assert.equal(await page.locator('.profile__item').count(), 2);

  await page.getByRole('button', { name: '删除这份评估' }).click();
  await page.getByRole('status').filter({ hasText: '已删除' }).waitFor();
  assert.deepEqual(await ourStorage(page), { local: [], session: 0, hash: '' });
  assert.equal(await page.locator('.profile__item').count(), 0);
  await page.reload();
  // The whole page shown (ui::later shows step 3 last), so that "no skill" is not "no list yet".
  await page.locator('#step-result').waitFor();
  assert.equal(await page.locator('.profile__item').count(), 0, 'nothing comes back after forgetting');
  assertClean(problems);
  await context.close();
});

test('opening a share link never deletes or overwrites the copy saved on the device', async () => {
  const { context, page, problems } = await watchedPage(app.browser);
  await page.goto(app.server.url);
  await page.getByRole('combobox', { name: /技能/ }).fill('叉车');
  await page.getByRole('listbox').getByRole('option').first().click();
  await page.waitForFunction(() => localStorage.getItem('skillgap.assessment.v1') !== null);
  const mine = await page.evaluate(() => localStorage.getItem('skillgap.assessment.v1'));
  // (A query that changes makes each a real page load, not a jump within the page.)
  for (const [i, fragment, words] of [[1, '#a=1&s=smaw:99&h=40&o=h', '链接打不开'], [2, LINK, '已打开分享给你的评估']]) {
    await page.goto(`${app.server.url}?visit=${i}${fragment}`);
    await page.locator('.notice', { hasText: words }).waitFor();
    assert.equal(await page.evaluate(() => localStorage.getItem('skillgap.assessment.v1')), mine, fragment);
  }
  // Working on the shared assessment makes it this device's copy.
  await page.getByRole('combobox', { name: /水平：焊条电弧焊/ }).selectOption('4');
  await page.waitForFunction((old) => localStorage.getItem('skillgap.assessment.v1') !== old, mine);
  assert.match(await page.evaluate(() => localStorage.getItem('skillgap.assessment.v1')), /"skill": "smaw",\s*"level": 4/);
  assert.deepEqual(problems.pageErrors, []);
  await context.close();
});

test('a damaged saved copy is set aside with a notice; the app starts empty', async () => {
  const { context, page, problems } = await watchedPage(app.browser);
  await page.goto(app.server.url);
  // Once the app has started (it clears an empty assessment's copy when it starts).
  await page.getByRole('combobox', { name: /技能/ }).waitFor();
  await page.evaluate(() => localStorage.setItem('skillgap.assessment.v1', '{"format":"skillgap-assessment","version":1,"skills":[{"skill":"smaw","le'));
  await page.reload();
  const alert = page.getByRole('alert').filter({ hasText: '上次保存的评估读不出来' });
  await alert.waitFor();
  await page.locator('#step-result').waitFor(); // the whole page shown, the profile list too
  assert.equal(await page.locator('.profile__item').count(), 0);
  const kept = await page.evaluate(() => [localStorage.getItem('skillgap.assessment.v1'), localStorage.getItem('skillgap.assessment.set-aside')]);
  assert.equal(kept[0], null, 'the damaged copy is no longer read');
  assert.match(kept[1], /"le$/, 'but it is kept aside, not lost');
  // An old-version copy is set aside the same way.
  await page.evaluate(() => localStorage.setItem('skillgap.assessment.v1', '{"format":"skillgap-assessment","version":2,"skills":[]}'));
  await page.reload();
  await page.getByRole('alert').filter({ hasText: '更新的版本（2）' }).waitFor();
  assertClean(problems);
  await context.close();
});

test('assessment files: download, open, and a bad file changes nothing', async () => {
  const { context, page, problems } = await watchedPage(app.browser);
  await page.goto(app.server.url + LINK);
  await page.locator('.score__number').waitFor();
  const json = await downloadedText(page, page.getByRole('link', { name: /下载评估文件/ }));
  const file = JSON.parse(json);
  assert.equal(file.format, 'skillgap-assessment');
  assert.deepEqual(file.skills, [{ skill: 'smaw', level: 3 }, { skill: 'safety', level: 2 }]);

  const input = page.getByLabel('打开评估文件');
  for (const [name, buffer, words] of [
    ['big.json', Buffer.alloc(70 * 1024, 32), /内容太大/],
    ['bad.json', Buffer.from('{"format": "skillgap-assessment", "version": 1, "skills": [', 'utf8'), /格式不对/],
    ['named.json', Buffer.from(JSON.stringify({ ...file, name: '张三' }), 'utf8'), /格式不对/],
    ['binary.json', Buffer.from([0xff, 0xfe, 0x00, 0x7b]), /不是文本文件/],
    ['other.json', Buffer.from('{"format_version": 1}', 'utf8'), /不是技能差距评估的文件/],
  ]) {
    await input.setInputFiles({ name, mimeType: 'application/json', buffer });
    const alert = page.getByRole('alert').filter({ hasText: '这个文件打不开' });
    await alert.waitFor();
    assert.match(await alert.textContent(), words, name);
    assert.equal(await page.locator('.profile__item').count(), 2, `${name}: what was entered is unchanged`);
    // Dismissed, so that the next file's wait can only find that file's message (the same
    // notice with the old words matched it before; two files even have the same words).
    await alert.getByRole('button', { name: '知道了' }).click();
    await alert.waitFor({ state: 'detached' });
  }
  const other = { ...file, skills: [{ skill: 'forklift', level: 3 }], target: 'cs-warehouse-keeper', compare: [] };
  await input.setInputFiles({ name: 'ok.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(other)) });
  await page.getByRole('status').filter({ hasText: '已打开评估文件' }).waitFor();
  assert.equal(await page.locator('.profile__item').count(), 1);
  assertClean(problems);
  await context.close();
});

test('kiosk mode never writes the assessment to storage', async () => {
  const { context, page, problems } = await watchedPage(app.browser, { viewport: { width: 1920, height: 1080 } });
  await page.goto(app.server.url + '?mode=kiosk' + LINK);
  await page.locator('.score__number').waitFor();
  await page.getByRole('combobox', { name: /技能/ }).fill('叉车');
  await page.getByRole('listbox').getByRole('option').first().click();
  assert.match(await page.locator('.take-away').textContent(), /公共设备：什么都不保存/);
  // The share link does not carry kiosk mode to the phone.
  assert.doesNotMatch(await page.getByRole('textbox', { name: /分享链接/ }).inputValue(), /kiosk/);
  assert.deepEqual(await ourStorage(page), { local: [], session: 0, hash: '' });
  assertClean(problems);
  await context.close();
});
