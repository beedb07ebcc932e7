// Trunk post-build step (scripts/post_build.sh): minifies the page's JavaScript with terser.
//   node scripts/minify.mjs glue   wasm-bindgen's glue module (Trunk's own minifier gives up on
//                                  it and ships it as written: 43 KB, 7.7 KB gzip) and the loader
//                                  of the wasm chunks
//   node scripts/minify.mjs sw     the service worker, once scripts/sw.py has filled it in
// Works in TRUNK_STAGING_DIR (or the directory given second); only for release builds.
import { createRequire } from 'node:module';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const which = process.argv[2];
const dir = process.env.TRUNK_STAGING_DIR || process.argv[3] || 'dist';
if (process.env.TRUNK_PROFILE && process.env.TRUNK_PROFILE !== 'release') process.exit(0);

let terser;
try {
  terser = createRequire(new URL('../e2e/package.json', import.meta.url))('terser');
} catch {
  console.error('minify.mjs: terser is missing; run scripts/setup.sh (it installs e2e/node_modules)');
  process.exit(1);
}

// The glue, and the loader of the wasm chunks when the page is split (scripts/split_chunks.py).
const splitDir = join(dir, 'snippets', 'split');
const files = which === 'sw'
  ? ['sw.js']
  : [
      ...readdirSync(dir).filter((f) => /^skillgap-[0-9a-f]+\.js$/.test(f)),
      ...(existsSync(splitDir) ? readdirSync(splitDir).filter((f) => /^__wasm_split-[0-9a-f]+\.js$/.test(f)).map((f) => join('snippets', 'split', f)) : []),
    ];
if (files.length === 0) {
  console.error(`minify.mjs: no ${which} script in ${dir}`);
  process.exit(1);
}
for (const f of files) {
  const path = join(dir, f);
  const code = readFileSync(path, 'utf8');
  // The glue is an ES module (its top level is private); the worker is a classic script.
  const out = await terser.minify(code, { module: which !== 'sw', compress: true, mangle: true, format: { comments: false } });
  writeFileSync(path, out.code);
  console.log(`minify.mjs: ${f} ${code.length} -> ${out.code.length} bytes`);
}
