// End-to-end: the release build (cargo xtask dist) as a browser gets it. Every script, stylesheet
// and modulepreload in each page carries an integrity value that matches the file served, and so
// does the wasm the inline script fetches; the app starts with them (and does not with a changed
// glue); every file named by a hash is named by the hash of its bytes (the glue and the chunks'
// loader, which import each other, by the hash of both: xtask/src/name.rs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { watchedPage } from '../lib/browser.mjs';
import { appSuite, DIST } from '../lib/suite.mjs';

const app = appSuite();
const PAGES = ['', 'tools/'];
const HASHED = /-([0-9a-f]{16})\.(css|js|wasm)$/;
const PLACEHOLDER = '0'.repeat(16);

function files(dir) {
  return readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
}

/** Each `integrity` the page asks for: [url, integrity]. */
function integrities(html) {
  const tags = html.match(/<(script|link)\b[^>]*>/g) ?? [];
  const found = [];
  for (const tag of tags) {
    const rel = tag.match(/\brel="?([^"\s>]+)/)?.[1];
    const src = tag.match(/\b(?:src|href)="?([^"\s>]+)/)?.[1];
    if (tag.startsWith('<script') ? !src : !['stylesheet', 'modulepreload'].includes(rel)) continue;
    const integrity = tag.match(/\bintegrity="?([^"\s>]+)/)?.[1];
    assert.ok(integrity, `${tag} has an integrity attribute`);
    found.push([src, integrity]);
  }
  // The wasm the inline script fetches.
  for (const [, url, integrity] of html.matchAll(/fetch\('([^']+)',\{integrity:'([^']+)'\}\)/g)) found.push([url, integrity]);
  return found;
}

function sri(algorithm, bytes) {
  return `${algorithm}-${createHash(algorithm).update(bytes).digest('base64')}`;
}

test('every script, stylesheet, modulepreload and the wasm carry the integrity of the file served', async () => {
  for (const page of PAGES) {
    const html = await (await fetch(app.server.url + page)).text();
    const found = integrities(html);
    const kinds = found.map(([url]) => url.split('.').pop()).sort();
    const split = page === '';
    // The stylesheet, the glue, the wasm, and on the split page the chunks' loader; the
    // counsellors' page has its own stylesheet besides.
    assert.deepEqual(kinds, split ? ['css', 'js', 'js', 'wasm'] : ['css', 'css', 'js', 'wasm'], `${page}: ${found}`);
    for (const [url, integrity] of found) {
      const body = Buffer.from(await (await fetch(new URL(url, app.server.url))).arrayBuffer());
      const algorithm = integrity.split('-')[0];
      assert.equal(integrity, sri(algorithm, body), `${page}index.html: ${url}`);
    }
  }
});

test('files named by a hash are named by the hash of their bytes', () => {
  const hash = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);
  for (const page of PAGES) {
    // The public page's files are all of dist/ but tools/.
    const named = files(join(DIST, page)).filter((f) => HASHED.test(f) && (page || !relative(DIST, f).startsWith('tools/')));
    const glue = named.find((f) => /^skillgap-[0-9a-f]{16}\.js$/.test(basename(f)));
    const loader = named.find((f) => /^__wasm_split-[0-9a-f]{16}\.js$/.test(basename(f)));
    assert.ok(glue && named.length >= 3, `${page}: ${named}`);
    assert.equal(Boolean(loader), page === '', 'only the public page is split');
    for (const f of named.filter((f) => f !== glue && f !== loader)) {
      assert.equal(f.match(HASHED)[1], hash(readFileSync(f)), relative(DIST, f));
    }
    if (loader) {
      // The cycle: both named by one hash of both files, read with the placeholder in its place.
      const h = glue.match(HASHED)[1];
      assert.equal(loader.match(HASHED)[1], h, 'the glue and the loader share their hash');
      const back = (f) => readFileSync(f, 'utf8').replaceAll(h, PLACEHOLDER);
      const both = createHash('sha256').update(back(glue)).update(Buffer.from([0])).update(back(loader)).digest('hex');
      assert.equal(both.slice(0, 16), h, 'the shared hash is the hash of both files');
    } else {
      assert.equal(glue.match(HASHED)[1], hash(readFileSync(glue)), relative(DIST, glue));
    }
  }
});

test('both pages start with their integrity checks; a changed glue is refused', async () => {
  for (const page of PAGES) {
    const { context, page: tab, problems } = await watchedPage(app.browser, { serviceWorkers: 'block' });
    await tab.goto(app.server.url + page);
    // The app's own search box, not index.html's static first screen.
    await tab.getByRole('combobox', { name: /技能/ }).waitFor();
    assert.deepEqual(problems.consoleErrors, [], page);
    assert.deepEqual(problems.pageErrors, [], page);
    await context.close();
  }
  const { context, page, problems } = await watchedPage(app.browser, { serviceWorkers: 'block' });
  await page.route(/\/skillgap-[0-9a-f]{16}\.js$/, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: `${await response.text()}\n// changed` });
  });
  await page.goto(app.server.url);
  await page.waitForTimeout(1500); // Deliberate: time for an app that must not start.
  assert.equal(await page.getByRole('combobox', { name: /技能/ }).count(), 0, 'the app did not start');
  assert.ok(problems.consoleErrors.some((e) => /integrity/i.test(e)), `the browser said why: ${problems.consoleErrors}`);
  await context.close();
});
