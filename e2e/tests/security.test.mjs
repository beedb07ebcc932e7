// End-to-end: the Content-Security-Policy blocks injected scripts and nothing is refused for the
// app itself; hostile text in a catalogue renders as inert text; a failure shows the recovery
// screen with the assessment to download, never a blank page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { watchedPage } from '../lib/browser.mjs';
import { appSuite } from '../lib/suite.mjs';
import { until } from '../lib/wait.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SAMPLE = join(here, '..', '..', 'data', 'catalogue.sample.json');
const tmp = mkdtempSync(join(tmpdir(), 'skillgap-sec-'));

const app = appSuite();

async function recordViolations(page) {
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}

test('the Content-Security-Policy allows the app and blocks injected scripts', async () => {
  const { context, page, problems } = await watchedPage(app.browser);
  await recordViolations(page);
  await page.goto(app.server.url);
  // The app started and its page shown whole (ui::later shows step 3 last): index.html's static
  // first screen, shown before the wasm runs, has a level-1 heading too.
  await page.locator('#step-result').waitFor();
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.match(policy, /default-src 'self'/);
  assert.match(policy, /script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
  assert.doesNotMatch(policy, /unsafe-inline|https?:|frame-ancestors/);
  assert.deepEqual(await page.evaluate(() => window.__csp), [], 'the app itself needs nothing the policy refuses');
  const ran = await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__pwned = 1';
    document.body.appendChild(s);
    return window.__pwned === 1;
  });
  assert.equal(ran, false, 'an injected inline script does not run');
  // The violation's event is fired in a task of its own, after the script was refused.
  const reported = await until(() => page.evaluate(() => window.__csp), (v) => v.some((x) => x.startsWith('script-src')), 10_000);
  assert.ok(reported.some((v) => v.startsWith('script-src')));
  assert.deepEqual(problems.offHost, []);
  await context.close();
});

test('hostile names in a loaded catalogue render as inert text', async () => {
  const { context, page, problems } = await watchedPage(app.browser);
  await recordViolations(page);
  let dialogs = 0;
  page.on('dialog', async (d) => { dialogs += 1; await d.dismiss(); });
  const c = JSON.parse(readFileSync(SAMPLE, 'utf8'));
  const welder = c.occupations.find((o) => o.id === 'welder');
  welder.name.zh = '<img src=x onerror=alert(1)>焊工\u202Egnp.exe';
  const smaw = c.skills.find((s) => s.id === 'smaw');
  smaw.name.zh = '<script>alert(2)</script>' + '电'.repeat(500);
  const file = join(tmp, 'hostile.json');
  writeFileSync(file, JSON.stringify(c));
  await page.goto(app.server.url + 'tools/');
  await page.locator('summary', { hasText: '目录与数据导入' }).click();
  await page.getByLabel('加载目录文件（JSON）').setInputFiles(file);
  await page.getByText(/已加载：6 个职业/).waitFor();
  await page.getByRole('combobox', { name: '查找技能' }).fill('电焊');
  await page.getByRole('listbox').getByRole('option').first().click();
  const target = page.getByRole('combobox', { name: '目标职业' });
  await target.selectOption(await target.locator('option', { hasText: 'onerror' }).getAttribute('value'));
  await page.locator('#score-label', { hasText: '<img src=x onerror=alert(1)>' }).waitFor();
  assert.equal(await page.locator('img[src=x]').count(), 0, 'no element was made from the name');
  assert.equal(await page.locator('main script').count(), 0);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, 'a 500-character name does not break the layout');
  assert.equal(dialogs, 0);
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
  assert.deepEqual(problems.pageErrors, []);
  await context.close();
});

test('a failure shows the recovery screen with the assessment to download', async () => {
  const { context, page } = await watchedPage(app.browser);
  await page.goto(`${app.server.url}?selftest=panic`);
  await page.getByRole('combobox', { name: '查找技能' }).fill('电焊');
  await page.getByRole('listbox').getByRole('option').first().click();
  const dialog = page.getByRole('alertdialog', { name: '出错了' });
  await dialog.waitFor();
  const link = dialog.getByRole('link', { name: /下载刚才的评估/ });
  const href = await link.getAttribute('href');
  const exported = JSON.parse(decodeURIComponent(href.replace('data:application/json;charset=utf-8,', '')));
  assert.equal(exported.format, 'skillgap-assessment');
  assert.deepEqual(exported.skills, [{ skill: 'smaw', level: 2 }]);
  assert.equal(await dialog.getByRole('link', { name: '重新开始' }).getAttribute('href'), '/');
  await context.close();
});
