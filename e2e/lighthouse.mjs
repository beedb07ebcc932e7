// Lighthouse (mobile preset: a mid-range phone on slow 4G, simulated) against the release build
// served on 127.0.0.1, with Debian's Chromium (CHROME_PATH). Prints the scores, writes
// artifacts/lighthouse.json, and fails when a category is under its floor (scripts/budgets.json).
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serveDist } from './lib/server.mjs';
import { CHROMIUM_ARGS } from './lib/browser.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const DIST = process.env.DIST_DIR || join(here, '..', 'dist');
const floors = JSON.parse(readFileSync(join(here, '..', 'scripts', 'budgets.json'), 'utf8')).lighthouse_floor;

const server = await serveDist(DIST);
const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH || '/usr/bin/chromium', chromeFlags: CHROMIUM_ARGS });
let failed = 0;
try {
  const result = await lighthouse(server.url, {
    port: chrome.port, output: 'json', logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices'],
  });
  const lhr = result.lhr;
  mkdirSync(join(here, 'artifacts'), { recursive: true });
  writeFileSync(join(here, 'artifacts', 'lighthouse.json'), result.report);
  const metric = (id) => lhr.audits[id]?.displayValue ?? '?';
  console.log(`[lighthouse] mobile preset, ${lhr.lighthouseVersion}: FCP ${metric('first-contentful-paint')}, LCP ${metric('largest-contentful-paint')}, TBT ${metric('total-blocking-time')}, CLS ${metric('cumulative-layout-shift')}`);
  for (const [id, category] of Object.entries(lhr.categories)) {
    const score = Math.round(category.score * 100);
    const floor = Number(floors?.[id] ?? 0);
    const ok = score >= floor;
    if (!ok) failed++;
    console.log(`[lighthouse] ${id}: ${score} (floor ${floor}) ${ok ? 'ok' : 'BELOW'}`);
    if (score < 100) {
      const lost = category.auditRefs
        .map((r) => lhr.audits[r.id])
        .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'notApplicable')
        .slice(0, 6)
        .map((a) => `${a.id}${a.displayValue ? ` (${a.displayValue})` : ''}`);
      if (lost.length) console.log(`[lighthouse]   ${id} lost points on: ${lost.join(', ')}`);
    }
  }
} finally {
  await chrome.kill();
  await server.close();
}
console.log(`lighthouse: ${failed === 0 ? 1 : 0} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
