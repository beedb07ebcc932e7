// End-to-end: a counsellor loads data files in the browser — a shortage list, a broken file, and
// the full ESCO set (its timings reported, not asserted) — and nothing entered before is lost.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { watchedPage } from '../lib/browser.mjs';
import { appSuite } from '../lib/suite.mjs';
import { measured } from '../lib/measure.mjs';
import { until } from '../lib/wait.mjs';
import { described, keystrokeLatencies, medians, profileChangeLatencies, typed } from '../lib/latency.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const ESCO = join(here, '..', '..', '..', 'shared', 'data', 'esco-v1.1.1');
const tmp = mkdtempSync(join(tmpdir(), 'skillgap-e2e-'));
const ARTIFACTS = join(here, '..', 'artifacts');
mkdirSync(ARTIFACTS, { recursive: true });

const app = appSuite();

async function start(page) {
  await page.goto(app.server.url + 'tools/');
  const search = page.getByRole('combobox', { name: /技能/ });
  await search.fill('电焊');
  await page.getByRole('option', { name: /焊条电弧焊/ }).click();
  await page.locator('.profile__item').first().waitFor();
  await page.locator('summary', { hasText: '目录与数据导入' }).click();
}

test('a shortage list changes what the target list shows; a bad file changes nothing', async () => {
  const { context, page, problems } = await watchedPage(app.browser);
  await start(page);
  const target = page.getByRole('combobox', { name: '目标职业' });
  const electrician = target.locator('option', { hasText: /^电工（智能产线电气维护）|^电工/ }).first();
  const before = await electrician.textContent();

  // A broken catalogue: a located message, the profile and catalogue stay.
  const broken = join(tmp, 'broken.json');
  writeFileSync(broken, '{"format_version": 1,\n "edition": ');
  await page.getByLabel('加载目录文件（JSON）').setInputFiles(broken);
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.textContent(), /broken\.json 第 2 行/);
  assert.equal(await page.locator('.profile__item').count(), 1, 'the skill entered is still there');

  // A shortage list naming the electrician code for 2026Q1, with one unknown code.
  const code = (before.match(/\d-\d\d-\d\d-\d\d/) || [])[0];
  assert.ok(code, before);
  const csv = join(tmp, 'shortage.csv');
  writeFileSync(csv, `职业编码,职业名称,季度\n${code},电工,2026Q1\n9-99-99-99,不存在的职业,2026Q1\n`);
  await page.getByLabel(/应用本季度紧缺职业目录/).setInputFiles(csv);
  await page.getByText(/紧缺职业目录已应用/).waitFor();
  const status = await page.locator('.data-panel__status').textContent();
  assert.match(status, /9-99-99-99/, 'the unknown code is reported');
  const after = await target.locator('option', { hasText: code }).first().textContent();
  assert.match(after, /紧缺/);
  const shortageCount = await target.locator('option', { hasText: '紧缺' }).count();
  assert.ok(shortageCount >= 1 && shortageCount <= 3, `only the listed code is flagged now (${shortageCount})`);
  assert.equal(await page.locator('.profile__item').count(), 1);
  assert.deepEqual(problems.offHost, []);
  assert.deepEqual(problems.pageErrors, []);
  await context.close();
});

test('a shortage list saved by Excel on a Chinese Windows machine (GB18030) reads like the UTF-8 one', async () => {
  const { context, page, problems } = await watchedPage(app.browser);
  await start(page);
  const target = page.getByRole('combobox', { name: '目标职业' });
  // tests/fixtures/encodings (scripts/make_encoding_fixtures.py): 6-31-01-03 and 6-18-02-04 for
  // 2026Q1, one unknown code; the same table in UTF-16 reads the same.
  for (const name of ['shortage.gb18030.csv', 'shortage.utf16le.csv']) {
    await page.getByLabel(/应用本季度紧缺职业目录/).setInputFiles(join(here, '..', '..', 'tests', 'fixtures', 'encodings', name));
    const status = page.locator('.data-panel__status').filter({ hasText: /紧缺职业目录已应用/ });
    await status.waitFor();
    assert.match(await status.textContent(), /9-99-99-99/, `${name}: the unknown code is reported`);
    assert.match(await target.locator('option', { hasText: '6-31-01-03' }).first().textContent(), /紧缺/, name);
  }
  assert.equal(await page.locator('.profile__item').count(), 1);
  assert.deepEqual(problems.offHost, []);
  assert.deepEqual(problems.pageErrors, []);
  await context.close();
});

test('the full ESCO set loads from an upload in the browser (timings reported)', { skip: !existsSync(ESCO) && 'needs ../shared/data' }, async () => {
  const { context, page, problems } = await watchedPage(app.browser);
  await start(page);
  const relations = join(tmp, 'occupationSkillRelations.csv');
  writeFileSync(relations, gunzipSync(readFileSync(join(ESCO, 'occupationSkillRelations.csv.gz'))));
  await page.getByLabel(/导入 ESCO/).setInputFiles([join(ESCO, 'occupations_en.csv'), join(ESCO, 'skills_en.csv'), relations]);
  const done = page.getByText(/已加载：3007 个职业、13896 项技能/);
  await done.waitFor({ timeout: 120_000 });
  const text = await done.textContent();
  const [, ms, mb] = text.match(/用时 (\d+) 毫秒，内存 (\d+) MB/);
  measured('esco_upload_parse_validate_ms', Number(ms), 'ms', null, 'ESCO (3,007 occupations, 13,896 skills) parsed and validated in the browser, as the page reports it');
  measured('esco_upload_wasm_memory_mb', Number(mb), 'MB', null, 'wasm memory after the ESCO upload');
  // Keystroke → suggestions with 13,896 skills, as typed one key at a time.
  const keys = typed(['welding', 'forklift', 'electric', 'machine', 'operate', 'hydraulic']);
  const plain = medians(await keystrokeLatencies(page, keys));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const throttled = medians(await keystrokeLatencies(page, keys));
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  console.log(`skill search keystroke latency, ESCO (13,896 skills), medians of ${keys.length} keystrokes: ${described(plain)}; at 4x CPU throttling ${described(throttled)}`);
  // Reported against the goal (a frame, 16 ms), never asserted: a shared machine's noise decides a
  // timing as much as the code does. The figures are in the test command's summary.
  measured('esco_keystroke_median_ms', plain.task, 'ms', { max: 16 }, 'skill search keystroke on ESCO, to the next task');
  measured('esco_keystroke_median_4x_ms', throttled.dom, 'ms', { max: 16 }, 'skill search keystroke on ESCO at 4x CPU throttling, to the DOM');
  await page.getByRole('combobox', { name: /技能/ }).fill('');
  // The worker's skill is not in ESCO (different ids), so it is reported as removed.
  await page.getByText(/新目录中没有以下条目/).waitFor();
  // The app still works on ESCO: search an English skill and pick a target.
  await page.getByRole('combobox', { name: /技能/ }).fill('welding');
  await page.getByRole('listbox').getByRole('option').first().click();
  await page.getByRole('combobox', { name: '目标职业' }).selectOption({ index: 1 });
  await page.getByRole('table', { name: '技能差距' }).waitFor();
  // Profile change → the 3,007 occupations re-ranked and the target's plan redone.
  for (const q of ['forklift', 'electric']) {
    await page.getByRole('combobox', { name: /技能/ }).fill(q);
    await page.getByRole('listbox').getByRole('option').first().click();
  }
  await page.locator('.suggestions').first().waitFor();
  const levels = [1, 2, 3, 4, 5, 4, 3, 2, 1, 2, 3, 4, 5, 4, 3, 2, 1, 2, 3, 4];
  const changePlain = medians(await profileChangeLatencies(page, levels));
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const changeThrottled = medians(await profileChangeLatencies(page, levels));
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  console.log(`profile change → re-ranked options and re-planned courses, ESCO (3,007 occupations), medians of ${levels.length} changes: ${described(changePlain)}; at 4x CPU throttling ${described(changeThrottled)}`);
  measured('esco_profile_change_median_4x_ms', changeThrottled.dom, 'ms', { max: 16 }, 'profile change on ESCO at 4x CPU throttling: 3,007 occupations re-ranked, the plan redone');
  writeFileSync(join(ARTIFACTS, 'esco-browser.json'), JSON.stringify({ ms: Number(ms), wasm_memory_mb: Number(mb), keystroke_median_ms: plain, keystroke_median_ms_4x: throttled, profile_change_median_ms: changePlain, profile_change_median_ms_4x: changeThrottled }));
  assert.equal(await page.locator('.profile__item select').first().inputValue(), '4');
  assert.deepEqual(problems.offHost, []);
  assert.deepEqual(problems.pageErrors, []);
  await context.close();
});

test('importing a demand table changes what the result and the ranking show', async () => {
  const { context, page, problems } = await watchedPage(app.browser);
  await start(page);
  await page.getByRole('combobox', { name: /你所在的城市/ }).selectOption('fuxin');
  const target = page.getByRole('combobox', { name: '目标职业' });
  const electrician = await target.locator('option', { hasText: /^电工（工厂维修电工）/ }).getAttribute('value');
  await target.selectOption(electrician);
  const summary = page.locator('.openings__summary');
  await summary.waitFor();
  assert.match(await summary.textContent(), /阜新市 \d+ 个岗位 · 全省 \d+ 个 · 月薪 .* · 2025Q2/);
  assert.match(await page.locator('.openings').textContent(), /来源：示例数据，不是官方统计/);

  const csv = join(tmp, 'demand.csv');
  writeFileSync(csv, '职业编码,城市,岗位数,月薪下限,月薪上限,期间,来源\n6-31-01-03,阜新市,777,4100,6900,2025Q3,阜新市人社局（测试）\n6-18-02-04,大连市,30,5000,8000,2025Q3,大连市人社局（测试）\n');
  await page.getByLabel(/导入本季度岗位需求/).setInputFiles(csv);
  await page.getByText(/岗位需求已导入：2 行/).waitFor();
  await page.locator('.openings__summary', { hasText: '777' }).waitFor();
  assert.equal(await summary.textContent(), '阜新市 777 个岗位 · 全省 777 个 · 月薪 4,100–6,900 元 · 2025Q3');
  assert.match(await page.locator('.openings').textContent(), /阜新市人社局（测试）/);

  // Only jobs with openings in Fuxin: the electricians; with the boost they come first.
  await page.getByRole('checkbox', { name: '优先显示本市岗位多的职业' }).check();
  await page.getByRole('combobox', { name: '只看有岗位的职业' }).selectOption('city');
  // The list as filtered, not the list before it.
  const names = await until(() => page.getByRole('list', { name: '适合我的职业' }).locator('.suggestion__name').allTextContents(),
    (ns) => ns.length >= 1 && ns.every((n) => n.startsWith('电工')));
  assert.ok(names.length >= 1 && names.every((n) => n.startsWith('电工')), names.join(' | '));
  const line = await page.locator('.suggestion__openings').first().textContent();
  assert.match(line, /阜新市 777 个岗位/);

  // A bad row: located, and the table loaded before stays.
  const bad = join(tmp, 'bad-demand.csv');
  writeFileSync(bad, 'code,city,openings,wage_low,wage_high,period\n6-31-01-03,fuxin,lots,4000,6000,2025Q4\n');
  await page.getByLabel(/导入本季度岗位需求/).setInputFiles(bad);
  await page.getByRole('alert').waitFor();
  assert.match(await page.getByRole('alert').textContent(), /bad-demand\.csv 第 2 行.*openings/);
  assert.match(await summary.textContent(), /777/);
  assert.deepEqual(problems.pageErrors, []);
  assert.deepEqual(problems.offHost, []);
  await context.close();
});

test('workbooks: the blank templates download, a filled workbook imports like the CSV, a bad cell is named', async () => {
  const { context, page, problems } = await watchedPage(app.browser);
  await start(page);
  const fixtures = join(here, '..', '..', 'tests', 'fixtures', 'workbooks');
  const target = page.getByRole('combobox', { name: '目标职业' });

  // The templates the build wrote from the tables' definitions, linked from the panel.
  const inputs = { shortage: /应用本季度紧缺职业目录/, demand: /导入本季度岗位需求/, courses: /导入本地培训课程表/, requirements: /导入岗位技能要求表/ };
  for (const [table, title, first] of [['shortage', '急需紧缺职业（工种）目录', '职业编码'], ['demand', '岗位需求表', '职业编码'], ['courses', '培训课程表', '课程编号'], ['requirements', '岗位技能要求表', '职业']]) {
    const xlsx = page.getByRole('link', { name: `${title}模板（Excel）` });
    const response = await page.request.get(new URL(await xlsx.getAttribute('href'), page.url()).href);
    assert.equal(response.status(), 200, `${table}.xlsx`);
    const body = await response.body();
    assert.equal(body.subarray(0, 4).toString('latin1'), 'PK\x03\x04', `${table}.xlsx is a workbook`);
    const csv = await page.request.get(new URL(await page.getByRole('link', { name: `${title}模板（CSV）` }).getAttribute('href'), page.url()).href);
    assert.ok((await csv.text()).replace(/^\uFEFF/, '').startsWith(first), `${table}.csv starts with its header`);
    // The blank template itself: its header is recognised, it has no rows yet.
    const blank = join(tmp, `${table}-template.xlsx`);
    writeFileSync(blank, body);
    await page.getByLabel(inputs[table]).setInputFiles(blank);
    const alert = page.getByRole('alert').filter({ hasText: `${table}-template.xlsx` });
    await alert.waitFor();
    assert.match(await alert.textContent(), /文件是空的/);
  }

  // tests/fixtures/workbooks (cargo xtask fixtures): the rows of the encodings' fixtures.
  await page.getByLabel(/应用本季度紧缺职业目录/).setInputFiles(join(fixtures, 'shortage.xlsx'));
  const applied = page.locator('.data-panel__status').filter({ hasText: /紧缺职业目录已应用/ });
  await applied.waitFor();
  assert.match(await applied.textContent(), /9-99-99-99/, 'the unknown code is reported, with its row');
  assert.match(await target.locator('option', { hasText: '6-31-01-03' }).first().textContent(), /紧缺/);

  await page.getByLabel(/导入本季度岗位需求/).setInputFiles(join(fixtures, 'demand.xlsx'));
  await page.locator('.data-panel__status').filter({ hasText: /岗位需求已导入：2 行/ }).waitFor();
  await page.getByLabel(inputs.courses).setInputFiles(join(fixtures, 'courses.xlsx'));
  await page.locator('.data-panel__status').filter({ hasText: '课程表已导入：新增 1 门课程，替换 1 门。' }).waitFor();
  await page.getByLabel(inputs.requirements).setInputFiles(join(fixtures, 'requirements.xlsx'));
  const requirements = page.locator('.data-panel__status').filter({ hasText: '技能要求已导入：1 个职业，共 3 条要求。' });
  await requirements.waitFor();
  assert.match(await requirements.textContent(), /6-18-02-04 对应多个职业/);

  // A word where a number must be: the cell named as Excel names it; what was loaded stays.
  await page.getByLabel(/导入本季度岗位需求/).setInputFiles(join(fixtures, 'demand-bad.xlsx'));
  const alert = page.getByRole('alert').filter({ hasText: 'demand-bad.xlsx' });
  await alert.waitFor();
  assert.match(await alert.textContent(), /demand-bad\.xlsx 的 岗位需求!C3 单元格.*三十/);
  assert.equal(await page.locator('.profile__item').count(), 1, 'the skill entered is still there');
  assert.deepEqual(problems.offHost, []);
  assert.deepEqual(problems.pageErrors, []);
  await context.close();
});
