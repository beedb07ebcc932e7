// End-to-end: the cohort view (?mode=cohort) — 50 generated assessments (and two bad files)
// dropped and chosen at once; the aggregates shown, and the CSV download equal to what
// `skillgap-cli cohort` computes natively from the same files.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { watchedPage } from '../lib/browser.mjs';
import { appSuite } from '../lib/suite.mjs';
import { axeViolations } from '../lib/axe.mjs';
import { measured } from '../lib/measure.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const ROOT = join(here, '..', '..');
const app = appSuite();
const dir = mkdtempSync(join(tmpdir(), 'skillgap-cohort-'));
const files = [];

before(() => {
  // 50 assessments drawn deterministically from the default catalogue.
  const cat = JSON.parse(readFileSync(join(ROOT, 'data', 'catalogue.json'), 'utf8'));
  const cities = [null, 'fuxin', 'fushun', 'chaoyang', 'huludao', 'tieling', 'shenyang', 'dalian'];
  let seed = 7;
  const next = (n) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
  for (let i = 0; i < 50; i++) {
    const skills = [];
    for (let k = 0; k < 1 + next(6); k++) {
      const s = cat.skills[next(cat.skills.length)].id;
      if (!skills.some((x) => x.skill === s)) skills.push({ skill: s, level: 1 + next(4) });
    }
    const a = {
      format: 'skillgap-assessment', version: 1, catalogue_edition: cat.edition, skills,
      target: i % 10 === 9 ? null : cat.occupations[next(cat.occupations.length)].id,
      city: cities[next(cities.length)], free_months: next(3) === 0 ? [3, 4, 5, 6] : [],
      hours_per_week: [10, 20, 40][next(3)], objective: next(2) ? 'hours' : 'cost',
      notes: i === 0 ? 'notes are never read by the cohort view' : undefined,
    };
    const path = join(dir, `assessment-${String(i).padStart(2, '0')}.json`);
    writeFileSync(path, JSON.stringify(a));
    files.push(path);
  }
  writeFileSync(join(dir, 'broken.json'), '{"format": "skillgap-assessment", "version": 1, "skills": [');
  writeFileSync(join(dir, 'named.json'), JSON.stringify({ format: 'skillgap-assessment', version: 1, skills: [], name: '张三' }));
  files.push(join(dir, 'broken.json'), join(dir, 'named.json'));
});

test('cohort: 50 assessments by drag and drop and by picker; the CSV matches the native computation', async () => {
  const { context, page, problems } = await watchedPage(app.browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(`${app.server.url}tools/?mode=cohort`);
  await page.getByRole('heading', { name: '多份评估汇总（供决策分析）' }).waitFor();

  // Drag and drop ten files.
  const payload = files.slice(0, 10).map((f) => ({ name: f.split('/').pop(), text: readFileSync(f, 'utf8') }));
  const dataTransfer = await page.evaluateHandle((items) => {
    const dt = new DataTransfer();
    for (const i of items) dt.items.add(new File([i.text], i.name, { type: 'application/json' }));
    return dt;
  }, payload);
  await page.locator('.cohort__drop').dispatchEvent('dragover', { dataTransfer });
  await page.locator('.cohort__drop').dispatchEvent('drop', { dataTransfer });
  await page.getByRole('status').filter({ hasText: '已读入 10 份评估，0 个文件没有读入。' }).waitFor();

  // All 52 through the file picker.
  await page.getByLabel('或选择评估文件（可多选）').setInputFiles(files);
  await page.getByRole('status').filter({ hasText: '已读入 50 份评估，2 个文件没有读入。' }).waitFor();
  assert.match(await page.locator('.cohort__skipped').textContent(), /broken\.json.*named\.json/s);
  assert.match(await page.locator('.cohort__totals').textContent(), /评估份数50选了目标职业的45/);
  await page.getByRole('img', { name: '最常缺的技能（人数）' }).waitFor();
  assert.ok((await page.locator('#cohort-industry ~ div tbody tr, section:has(#cohort-industry) tbody tr').count()) >= 3);
  // The slack season: free workers against seasonal openings, month by month and city by city.
  const seasons = page.locator('section[aria-labelledby="cohort-seasons"]');
  await seasons.getByRole('heading', { name: '农闲劳力与季节性岗位（按月、按城市）' }).waitFor();
  await seasons.getByRole('img', { name: /全省合计/ }).waitFor();
  const seasonRows = await seasons.locator('tbody tr').allTextContents();
  assert.ok(seasonRows.length >= 7 && seasonRows.some((r) => r.startsWith('朝阳市')), seasonRows.join(' | '));
  await seasons.screenshot({ path: join(here, '..', 'artifacts', 'cohort-seasons.png') });

  const href = await page.getByRole('link', { name: '下载汇总表（CSV）' }).getAttribute('href');
  const csv = decodeURIComponent(href.replace(/^data:text\/csv;charset=utf-8,/, '')).replace(/^\uFEFF/, '');
  const native = execFileSync('cargo', ['run', '-q', '-p', 'skillgap-cli', '--', 'cohort', 'data/catalogue.json', ...files, '--lang', 'zh'],
    { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  assert.equal(csv, native, 'the browser and the CLI give the same CSV');
  const lines = csv.trim().split('\n');
  assert.equal(lines[1], 'summary,,assessments,,50');
  assert.ok(lines.some((l) => l.startsWith('missing_skill_by_industry,')) && lines.some((l) => l.startsWith('missing_skill_by_city,fuxin,')));
  assert.ok(lines.some((l) => l.startsWith('season_openings,chaoyang,12,12月,')) && lines.some((l) => l.startsWith('season_free_workers,')));
  assert.doesNotMatch(csv, /notes are never read|张三/);
  console.log(`cohort: 50 assessments, CSV ${lines.length} rows = skillgap-cli cohort`);

  assert.deepEqual(await axeViolations(page), [], 'axe: cohort view');
  assert.deepEqual(problems.pageErrors, []);
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(problems.offHost, []);
  await context.close();
});

test('cohort: 5,000 files are read with a progress bar, the page stays responsive (longest task reported)', async () => {
  // 5,000 small assessments (the view's limit), all valid.
  const big = mkdtempSync(join(tmpdir(), 'skillgap-cohort-5000-'));
  const cat = JSON.parse(readFileSync(join(ROOT, 'data', 'catalogue.json'), 'utf8'));
  const many = [];
  for (let i = 0; i < 5000; i++) {
    const path = join(big, `a${String(i).padStart(4, '0')}.json`);
    writeFileSync(path, JSON.stringify({
      format: 'skillgap-assessment', version: 1, catalogue_edition: cat.edition,
      skills: [{ skill: cat.skills[(i * 37) % cat.skills.length].id, level: 1 + (i % 4) }],
      target: cat.occupations[(i * 13) % cat.occupations.length].id, city: ['fuxin', 'chaoyang', 'dalian'][i % 3],
      free_months: [], hours_per_week: 20, objective: 'hours',
    }));
    many.push(path);
  }
  const { context, page, problems } = await watchedPage(app.browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(`${app.server.url}tools/?mode=cohort`);
  await page.getByRole('heading', { name: '多份评估汇总（供决策分析）' }).waitFor();
  // Long tasks, and when the progress bar first showed, recorded by the page itself. Chromium
  // makes the 5,000 File objects in one task of its own when the page first touches the input's
  // list (1.4 s here, the same on a bare page with an empty handler): that task is reported
  // apart; the goal is for the tasks of reading and summing, which start with the progress bar.
  await page.evaluate(() => {
    window.__tasks = [];
    window.__progressAt = null;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__tasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask' });
    new MutationObserver(() => {
      if (window.__progressAt == null && document.getElementById('cohort-progress')) window.__progressAt = performance.now();
    }).observe(document.body, { childList: true, subtree: true });
  });
  const started = Date.now();
  await page.getByLabel('或选择评估文件（可多选）').setInputFiles(many);
  await page.getByRole('status').filter({ hasText: '已读入 5000 份评估，0 个文件没有读入。' }).waitFor({ timeout: 300_000 });
  const elapsed = Date.now() - started;
  const { tasks, progressAt } = await page.evaluate(() => ({ tasks: window.__tasks, progressAt: window.__progressAt }));
  assert.ok(progressAt != null, 'the progress bar showed while the files were read');
  // The task that made the list also shows the progress bar (the first render runs in it).
  const before = tasks.filter(([start]) => start < progressAt).map(([, d]) => d);
  const reading = tasks.filter(([start]) => start >= progressAt).map(([, d]) => d);
  measured('cohort_5000_longest_task', Math.max(0, ...reading), 'ms', { max: 50 },
    'cohort view, 5,000 files: the longest task of ours while reading and summing (counsellors\' page)');
  measured('cohort_5000_file_list', Math.max(0, ...before), 'ms', null,
    'cohort view, 5,000 files: the browser\'s own task making the list of chosen files');
  measured('cohort_5000_total', elapsed, 'ms', null, 'cohort view, 5,000 files: from choosing them to the summary');
  assert.match(await page.locator('.cohort__totals').textContent(), /评估份数5000/);
  assert.deepEqual(problems.pageErrors, []);
  await context.close();
});
