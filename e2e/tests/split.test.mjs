// End-to-end: the public page's wasm chunks (src/ui/lazy.rs) are not part of the first load; the
// part that needs one fetches it when it is first shown, and a chunk that cannot be fetched says
// so in the person's language, keeps what was entered, and loads when tried again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { watchedPage } from '../lib/browser.mjs';
import { appSuite } from '../lib/suite.mjs';

const app = appSuite();
const CHUNK = /\/snippets\/split\/[^/]+\.wasm$/;

/** The chunk names the page fetched (without their content hashes). */
function chunkNames(urls) {
  return urls.filter((u) => CHUNK.test(u)).map((u) => u.split('/').pop().replace(/-[0-9a-f]+\.wasm$/, '')).sort();
}

async function pickWelding(page) {
  const search = page.getByRole('combobox', { name: /技能/ });
  await search.fill('电焊');
  await page.getByRole('option', { name: /焊条电弧焊/ }).click();
}

test('the first load fetches no chunk; picking a skill fetches the result and the suggestions', async () => {
  const { context, page, problems } = await watchedPage(app.browser, { viewport: { width: 360, height: 800 } });
  const fetched = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto(app.server.url);
  await page.getByRole('heading', { name: '第三步：差距和培训' }).waitFor();
  await page.getByText('选好目标职业后').waitFor();
  await page.waitForTimeout(1500);
  assert.deepEqual(chunkNames(fetched), [], 'no chunk before anything is entered');

  await pickWelding(page);
  // Step 4 now shows what to take away (share link), from the result chunk.
  await page.getByRole('heading', { name: '带走结果' }).waitFor();
  await page.getByRole('heading', { name: '适合我的职业' }).waitFor();
  const names = chunkNames(fetched);
  assert.ok(names.includes('split_result_chunk'), `result chunk fetched: ${names}`);
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
  await pickWelding(page);

  const alert = page.locator('.part-failed').first();
  await alert.waitFor();
  assert.match(await alert.innerText(), /没有加载成功.*已填写的内容不会丢失/s);
  assert.equal(await page.locator('.profile__item').count(), 1, 'the picked skill is still there');

  await context.unroute(CHUNK);
  // Keyboard: the retry buttons are reachable and work with Enter.
  const retries = page.getByRole('button', { name: '重试' });
  const n = await retries.count();
  assert.ok(n >= 1);
  for (let i = 0; i < n; i++) {
    await retries.first().focus();
    await page.keyboard.press('Enter');
  }
  await page.getByRole('heading', { name: '带走结果' }).waitFor();
  assert.equal(await page.locator('.part-failed').count(), 0, 'no failure message left');
  assert.equal(await page.locator('.profile__item').count(), 1);
  assert.deepEqual(problems.pageErrors, []);
  await context.close();
});
