// End-to-end: "read to me" (src/ui/read_aloud.rs) with a stubbed speech engine. The stub stands
// in for the browser's speechSynthesis and SpeechSynthesisUtterance and records what would be
// said, in which language, with which voice; `voices` sets what the device has.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { watchedPage } from '../lib/browser.mjs';
import { appSuite } from '../lib/suite.mjs';
import { until } from '../lib/wait.mjs';

const app = appSuite();
const LINK = '#a=1&s=smaw:3,safety:2&t=eq-ship-welder&c=fuxin&h=20&o=h';

/** Installs the stub before the page's scripts run. */
async function stubSpeech(context, voices) {
  await context.addInitScript((voices) => {
    window.__said = [];
    window.__cancelled = 0;
    class Utterance {
      constructor(text) { this.text = text; this.lang = ''; this.voice = null; this.rate = 1; this.onend = null; }
    }
    window.SpeechSynthesisUtterance = Utterance;
    const synth = new EventTarget();
    synth.getVoices = () => voices.map((v) => ({ ...v, voiceURI: v.name, default: false }));
    synth.speak = (u) => {
      window.__said.push({ text: u.text, lang: u.lang, voice: u.voice && u.voice.name, local: u.voice && u.voice.localService, rate: u.rate });
    };
    synth.cancel = () => { window.__cancelled += 1; };
    synth.pause = () => {};
    synth.resume = () => {};
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  }, voices);
}

const ZH = { name: 'Tingting (on device)', lang: 'zh-CN', localService: true };
const EN = { name: 'Daniel (on device)', lang: 'en-GB', localService: true };
const NETWORK_ZH = { name: 'Cloud Chinese', lang: 'zh-CN', localService: false };

const said = (page) => page.evaluate(() => window.__said);

test('read to me: the result in short spoken sentences, in Chinese and in English', async () => {
  const { context, page, problems } = await watchedPage(app.browser, { viewport: { width: 360, height: 800 } });
  await stubSpeech(context, [NETWORK_ZH, ZH, EN]);
  await page.goto(app.server.url + LINK);
  const occupation = (await page.locator('#score-label').textContent()).split(' · ').pop();
  const firstCourse = (await page.locator('.course__name').first().textContent()).trim();
  const result = page.locator('.score');
  await result.getByRole('button', { name: '读给我听' }).click();
  const zh = await until(() => said(page), (s) => s.length > 2);
  const text = zh.map((s) => s.text);
  console.log(`# read to me (zh): ${text.join(' / ')}`);
  assert.match(text[0], new RegExp(`你和${occupation.replace(/[()（）]/g, '.')}的匹配度是百分之[零一二两三四五六七八九十百]+。`));
  assert.ok(text.some((t) => /^最缺的是.+，还差[一两三四五六七八]级。$/.test(t)), 'the first gap');
  assert.ok(text.some((t) => t.startsWith(`建议先上“${firstCourse}”`)), `the first course (${firstCourse})`);
  assert.ok(zh.every((s) => s.lang === 'zh-CN' && s.voice === ZH.name && s.local === true), 'the on-device Chinese voice only');
  // Stop, slower, and again.
  await result.getByRole('button', { name: '停下' }).click();
  await result.getByRole('button', { name: '读慢一点' }).click();
  await page.evaluate(() => { window.__said = []; });
  await result.getByRole('button', { name: '读给我听' }).click();
  const slow = await until(() => said(page), (s) => s.length > 2);
  assert.ok(slow.every((s) => s.rate < 0.8), 'slower');

  // The suggested jobs are read too.
  await page.evaluate(() => { window.__said = []; });
  await page.locator('.suggestions').getByRole('button', { name: '读给我听' }).click();
  const jobs = await until(() => said(page), (s) => s.length > 1);
  assert.match(jobs[0].text, /^适合你的工作有[一两三四五]个。$/);
  assert.match(jobs[1].text, /^第一个，.+，匹配度百分之.+。$/);

  await page.getByRole('button', { name: 'English' }).click();
  await result.getByRole('button', { name: 'Read to me' }).waitFor();
  await page.evaluate(() => { window.__said = []; });
  await result.getByRole('button', { name: 'Read to me' }).click();
  const en = await until(() => said(page), (s) => s.length > 2);
  console.log(`# read to me (en): ${en.map((s) => s.text).join(' / ')}`);
  assert.match(en[0].text, /^You match the job .+ at \d+ percent\.$/);
  assert.ok(en.some((s) => /^The biggest gap is .+: \w+ levels? short\.$/.test(s.text)), 'the first gap');
  assert.ok(en.some((s) => s.text.startsWith('Start with the course ')), 'the first course');
  assert.ok(en.every((s) => s.lang === 'en-GB' && s.voice === EN.name), 'the English voice');
  assert.deepEqual(problems.pageErrors, []);
  await context.close();
});

test('read to me is not offered without a voice on the device for the language', async () => {
  const { context, page, problems } = await watchedPage(app.browser, { viewport: { width: 360, height: 800 } });
  // A network voice only: it would send the words away, so it is not used.
  await stubSpeech(context, [NETWORK_ZH, EN]);
  await page.goto(app.server.url + LINK);
  await page.locator('.score__number').waitFor();
  await page.locator('.course__name').first().waitFor();
  assert.equal(await page.getByRole('button', { name: '读给我听' }).count(), 0, 'no Chinese voice on the device: no button');
  // English has one.
  await page.getByRole('button', { name: 'English' }).click();
  await page.locator('.score').getByRole('button', { name: 'Read to me' }).waitFor();
  assert.deepEqual(problems.pageErrors, []);
  await context.close();
});

test('on a kiosk the idle reset stops the voice', async () => {
  const { context, page, problems } = await watchedPage(app.browser, { viewport: { width: 1920, height: 1080 }, hasTouch: true });
  await stubSpeech(context, [ZH, EN]);
  await page.goto(`${app.server.url}?mode=kiosk&idle=10&warn=4${LINK}`);
  await page.locator('.score').getByRole('button', { name: '读给我听' }).tap();
  await until(() => said(page), (s) => s.length > 2);
  const before = await page.evaluate(() => window.__cancelled);
  // Left alone: the warning, then the reset.
  await page.getByRole('alertdialog').waitFor({ timeout: 15_000 });
  await page.getByRole('alertdialog').waitFor({ state: 'detached', timeout: 15_000 });
  await page.locator('#step-result').waitFor();
  const after = await until(() => page.evaluate(() => window.__cancelled), (n) => n > before);
  assert.ok(after > before, `speech cancelled at the reset (${before} → ${after})`);
  assert.equal(await page.locator('.score__number').count(), 0, 'the result is gone');
  assert.deepEqual(problems.pageErrors, []);
  await context.close();
});
