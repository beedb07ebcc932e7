// End-to-end: how quickly the page answers, measured with the Performance API in Chromium,
// plain and at 4x CPU throttling (Chrome DevTools Protocol): start-up long tasks on a phone-like
// screen, and profile change → re-ranked options and re-planned courses on the default catalogue.
// Timings are reported with their goals (lib/measure.mjs), never asserted; what is asserted is
// what the page shows (it re-ranked, nothing moved, no page error).
// (Keystroke latency and profile change on the ESCO-size catalogue: import.test.mjs.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { watchedPage } from '../lib/browser.mjs';
import { appSuite } from '../lib/suite.mjs';
import { measured } from '../lib/measure.mjs';
import { described, median, medians, profileChangeLatencies } from '../lib/latency.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const ARTIFACTS = join(here, '..', 'artifacts');
mkdirSync(ARTIFACTS, { recursive: true });
const app = appSuite();

// Four skills, a target with a plan, and the "what fits me" ranking shown.
const LINK = '#a=1&s=smaw:3,safety:2,electrical-basics:2,forklift:1&t=eq-ship-welder&c=fuxin&h=20&o=h';
const LEVELS = [1, 2, 3, 4, 5, 4, 3, 2, 1, 2, 3, 4, 5, 4, 3, 2, 1, 2, 3, 4];

function record(key, value) {
  const file = join(ARTIFACTS, 'latency.json');
  const all = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  all[key] = value;
  writeFileSync(file, JSON.stringify(all, null, 2));
}

test('start-up: the main thread is never blocked long on a throttled phone', async () => {
  const { context, page, problems } = await watchedPage(app.browser, { viewport: { width: 360, height: 740 } });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(app.server.url);
  await page.getByRole('combobox', { name: /技能/ }).waitFor();
  const ready = await page.evaluate(() => performance.now());
  // Deliberate: a measuring period, so that the long tasks of the start-up's last steps are in.
  await page.waitForTimeout(500);
  const tasks = await page.evaluate(() => window.__longTasks);
  const blocking = tasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0);
  const longest = Math.max(0, ...tasks);
  console.log(`start-up at 4x CPU throttling: usable after ${ready.toFixed(0)} ms, longest task ${longest.toFixed(0)} ms, blocking time ${blocking.toFixed(0)} ms (${tasks.length} tasks over 50 ms)`);
  record('startup_4x', { ready_ms: ready, longest_task_ms: longest, blocking_ms: blocking });
  // The catalogue loads in steps and the page renders in parts, so no single task should come near
  // a frame budget's multiple; reported against the goals, never asserted (a noisy host decides
  // a timing as much as the code does).
  measured('startup_4x_ready_ms', ready, 'ms', null, 'start-up at 4x CPU throttling on a 360-px phone: the skill search usable');
  measured('startup_4x_longest_task_ms', longest, 'ms', { max: 200 }, 'start-up at 4x: the longest main-thread task');
  measured('startup_4x_blocking_ms', blocking, 'ms', { max: 200 }, 'start-up at 4x: total blocking time (each task over 50 ms, summed)');
  // What is asserted is that it rendered without a page error.
  assert.deepEqual(problems.pageErrors, []);
  await context.close();
});

test('start-up: nothing on the first screen moves while the page fills in (phone and kiosk)', async () => {
  // The parts below the search box render a task later each (ui::later), top first, and the main
  // part keeps the footer below the first screen meanwhile; in another order they pushed what
  // was already shown off the screen (Lighthouse CLS 0.29 on a phone, 0.05 on a kiosk).
  const cases = [
    [{ width: 360, height: 740 }, ''],
    [{ width: 412, height: 823 }, ''],
    [{ width: 1920, height: 1080 }, ''],
    [{ width: 1920, height: 1080 }, '?mode=kiosk'],
    // English remembered: the English half loads after the start, and the line saying so floats
    // over the page (in the flow it pushed everything down, then let it back up).
    [{ width: 360, height: 740 }, '', 'en'],
  ];
  for (const [viewport, mode, lang] of cases) {
    const { context, page, problems } = await watchedPage(app.browser, { viewport });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    if (lang) await page.addInitScript((l) => localStorage.setItem('skillgap.lang', l), lang);
    await page.addInitScript(() => {
      window.__shifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          window.__shifts.push({ value: e.value, sources: e.sources.map((s) => s.node?.className || s.node?.nodeName || '?') });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(app.server.url + mode);
    await page.locator('#step-result').waitFor();
    if (lang) {
      await page.waitForFunction(() => !document.querySelector('.english-status--loading'));
      // In English, with the English half in (not failed, which would also end the loading line).
      assert.equal(await page.locator('h1').first().textContent(), 'Skill Gap Check');
      assert.equal((await page.locator('#english-status').textContent()).trim(), '');
    }
    // Deliberate: a measuring period, so that a shift just after the page filled in is counted.
    await page.waitForTimeout(300);
    const shifts = await page.evaluate(() => window.__shifts);
    const cls = shifts.reduce((sum, s) => sum + s.value, 0);
    const where = `${viewport.width}x${viewport.height}${mode}${lang ? ' (' + lang + ')' : ''}`;
    console.log(`start-up layout shift at ${where} (4x CPU): ${cls.toFixed(4)}`);
    assert.ok(cls < 0.01, `layout shift ${cls} at ${where}: ${JSON.stringify(shifts)}`);
    assert.deepEqual(problems.pageErrors, []);
    await context.close();
  }
});

test('profile change → re-ranked options and re-planned courses (default catalogue)', async () => {
  const { context, page, problems } = await watchedPage(app.browser);
  await page.goto(app.server.url + '?latency' + LINK);
  await page.locator('.plan').first().waitFor();
  await page.locator('.suggestions').first().waitFor();
  const before = await page.locator('.suggestions').first().textContent();
  const plain = medians(await profileChangeLatencies(page, LEVELS));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const throttled = medians(await profileChangeLatencies(page, LEVELS));
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  console.log(`profile change → re-ranked options and re-planned courses, default catalogue, medians of ${LEVELS.length} changes: ${described(plain)}; at 4x CPU throttling ${described(throttled)}`);
  measured('profile_change_median_4x_ms', throttled.dom, 'ms', { max: 16 }, 'profile change on the default catalogue at 4x CPU throttling: options re-ranked, plan redone');
  record('profile_change_default', { median_ms: plain, median_ms_4x: throttled });
  // The page really re-ranked: the last level set (4) shows in the profile and the options moved.
  assert.equal(await page.locator('.profile__item select').first().inputValue(), '4');
  assert.notEqual(await page.locator('.suggestions').first().textContent(), before);
  assert.deepEqual(problems.pageErrors, []);
  await context.close();
});
