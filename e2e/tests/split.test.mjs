// End-to-end: the public page's wasm chunks (src/ui/lazy.rs) are not needed to start: the page
// itself fetches a chunk when the part that needs it is first shown (the service worker pre-caches
// them in the background once the page runs, for offline use; its fetches are not the page's).
// A chunk that cannot be fetched says so in the person's language, keeps what was entered, and
// loads when tried again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { watchedPage } from '../lib/browser.mjs';
import { appSuite } from '../lib/suite.mjs';
import { waitForCount } from '../lib/wait.mjs';

const app = appSuite();
const CHUNK = /\/snippets\/split\/[^/]+\.wasm$/;

/** The chunk names the page fetched (without their content hashes). */
function chunkNames(urls) {
  return urls.filter((u) => CHUNK.test(u)).map((u) => u.split('/').pop().replace(/-[0-9a-f]+\.wasm$/, '')).sort();
}

// The everyday word (电焊) is known once the catalogue's rest has arrived; the name is known from
// the first part, even when no chunk can be fetched.
async function pickWelding(page, word = '电焊') {
  const search = page.getByRole('combobox', { name: /技能/ });
  await search.fill(word);
  await page.getByRole('option', { name: /焊条电弧焊/ }).click();
}

test('the page starts without any chunk; picking a skill fetches the result, the take-away and the suggestions', async () => {
  const { context, page, problems } = await watchedPage(app.browser, { viewport: { width: 360, height: 800 } });
  const fetched = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto(app.server.url);
  // The chunks' loader, which the glue imports before it fetches the wasm, is fetched with the glue
  // (a modulepreload in index.html, beside the glue's), not a round trip later.
  const preload = await page.locator('link[rel=modulepreload][href*="/__wasm_split-"]').getAttribute('href');
  assert.match(preload, /^\/snippets\/split\/__wasm_split-[0-9a-f]+\.js$/);
  assert.ok(fetched.includes(preload), `the loader was fetched: ${fetched}`);
  await page.getByRole('heading', { name: '第三步：差距和培训' }).waitFor();
  await page.getByText('选好目标职业后').waitFor();
  // Deliberate: time for a chunk fetched without need to show up (none may).
  await page.waitForTimeout(1500);
  assert.deepEqual(chunkNames(fetched), [], 'no chunk before anything is entered');

  await pickWelding(page);
  // Step 4 now shows what to take away (share link), from the result chunk.
  await page.getByRole('heading', { name: '带走结果' }).waitFor();
  await page.getByRole('heading', { name: '适合我的职业' }).waitFor();
  const names = chunkNames(fetched);
  assert.ok(names.includes('split_result_chunk'), `result chunk fetched: ${names}`);
  assert.ok(names.includes('split_take_away_chunk'), `take-away chunk fetched: ${names}`);
  assert.ok(names.includes('split_suggestions_chunk'), `suggestions chunk fetched: ${names}`);
  assert.ok(!names.includes('split_describe_chunk') && !names.includes('split_english_chunk'), `nothing else: ${names}`);

  // "In your own words" brings its chunk when opened; English brings the code that merges its half.
  await page.getByText('用自己的话说说').click();
  await page.getByRole('textbox', { name: '你做过什么、会什么？' }).waitFor();
  assert.ok(chunkNames(fetched).includes('split_describe_chunk'));
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { name: 'Step 1: What can you do?' }).waitFor();
  await page.locator('.english-status--loading').waitFor({ state: 'detached' });
  assert.ok(chunkNames(fetched).includes('split_english_chunk'));
  assert.equal(await page.locator('.profile__item').count(), 1);
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(problems.pageErrors, []);
  await context.close();
});

test('a chunk that cannot be fetched says so, keeps the profile, and loads when tried again', async () => {
  const { context, page, problems } = await watchedPage(app.browser, { viewport: { width: 360, height: 800 } });
  await context.route(CHUNK, (route) => route.abort('internetdisconnected'));
  await page.goto(app.server.url);
  await pickWelding(page, '焊条电弧焊');

  const alert = page.locator('.part-failed').first();
  await alert.waitFor();
  assert.match(await alert.innerText(), /没有加载成功.*已填写的内容不会丢失/s);
  assert.equal(await page.locator('.profile__item').count(), 1, 'the picked skill is still there');

  assert.equal(await alert.getByRole('button', { name: '重新加载' }).count(), 1, 'a reload is offered too');

  await context.unroute(CHUNK);
  // Keyboard: each alert's "Try again" works with Enter; focus then goes to the step's heading.
  for (let i = 0; i < 10 && (await page.locator('.part-failed').count()) > 0; i++) {
    const retry = page.locator('.part-failed').first().getByRole('button', { name: '重试' });
    await retry.focus();
    await page.keyboard.press('Enter');
    // The retried part has its answer (its code, with the focus on its step, or a new failure)
    // before the next is tried and before the focus is read.
    await page.locator('.part-loading').first().waitFor({ state: 'detached' });
  }
  const focused = await page.evaluate(() => document.activeElement?.id);
  assert.ok(['step-result', 'step-target'].includes(focused), `focus on a step heading after the retry, not ${focused}`);
  await page.getByRole('heading', { name: '带走结果' }).waitFor();
  assert.equal(await page.locator('.part-failed').count(), 0, 'no failure message left');
  assert.equal(await page.locator('.profile__item').count(), 1);
  assert.deepEqual(problems.pageErrors, []);
  await context.close();
});

test('a chunk that never arrives (a hanging network) is reported after a while, with Reload', async () => {
  const { context, page, problems } = await watchedPage(app.browser, { viewport: { width: 1920, height: 1080 } });
  // Requests for chunks get no answer at all.
  await context.route(CHUNK, () => {});
  await page.goto(app.server.url);
  await pickWelding(page, '焊条电弧焊');
  await page.locator('.part-loading').first().waitFor();
  const alert = page.locator('.part-failed').first();
  await alert.waitFor({ timeout: 20000 });
  assert.match(await alert.innerText(), /没有加载成功/);
  assert.equal(await alert.getByRole('button', { name: '重新加载' }).count(), 1);
  assert.equal(await page.locator('.profile__item').count(), 1, 'the picked skill is still there');
  assert.deepEqual(problems.pageErrors, []);
  await context.close();
});

test('a saved copy is read by code fetched only when there is one; when it cannot be fetched the copy is kept', async () => {
  const { context, page, problems } = await watchedPage(app.browser, { viewport: { width: 360, height: 800 }, serviceWorkers: 'block' });
  const fetched = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto(app.server.url);
  await pickWelding(page);
  await page.getByRole('heading', { name: '带走结果' }).waitFor();
  await page.waitForFunction(() => localStorage.getItem('skillgap.assessment.v1'));
  assert.ok(!chunkNames(fetched).includes('split_startup_chunk'), `a first visit does not fetch the reader: ${chunkNames(fetched)}`);
  const saved = await page.evaluate(() => localStorage.getItem('skillgap.assessment.v1'));

  // The reader cannot be fetched: the page says so, starts empty, and keeps the saved copy.
  await context.route(CHUNK, (route) => route.abort('internetdisconnected'));
  await page.reload();
  const notice = page.locator('.notice--fault');
  await notice.waitFor();
  assert.match(await notice.innerText(), /现在读不出来.*还保存在这台设备上/s);
  await page.locator('#step-result').waitFor(); // the whole page shown, the profile list too
  assert.equal(await page.locator('.profile__item').count(), 0);
  // What is entered now is not saved over the copy.
  await pickWelding(page, '焊条电弧焊');
  await waitForCount(page.locator('.profile__item'), 1);
  // Deliberate: time for a save that must not come.
  await page.waitForTimeout(800);
  assert.equal(await page.evaluate(() => localStorage.getItem('skillgap.assessment.v1')), saved);

  // A reader that never answers: after the time a part waits for its chunk, the same notice.
  await context.unroute(CHUNK);
  await context.route(CHUNK, () => {});
  await page.reload();
  await page.locator('.notice--fault').waitFor({ timeout: 20000 });
  assert.match(await page.locator('.notice--fault').innerText(), /现在读不出来/);
  assert.equal(await page.evaluate(() => localStorage.getItem('skillgap.assessment.v1')), saved);

  // Online again, a reload reads it.
  await context.unroute(CHUNK);
  await page.reload();
  await page.getByText('已恢复你上次在这台设备上的评估').waitFor();
  await waitForCount(page.locator('.profile__item'), 1);
  assert.equal(await page.locator('.profile__item').count(), 1);
  assert.ok(chunkNames(fetched).includes('split_startup_chunk'));
  assert.deepEqual(problems.pageErrors, []);
  await context.close();
});
