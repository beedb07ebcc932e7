// Minifies files in place for `cargo xtask dist` (xtask/src/tools.rs):
//   node scripts/minify.mjs module FILE...   ES modules (wasm-bindgen's glue, the chunks' loader)
//   node scripts/minify.mjs script FILE...   classic scripts (the service worker)
//   node scripts/minify.mjs css FILE...      stylesheets
// JavaScript with terser, CSS with lightningcss (the version Trunk's minifier uses, so the
// stylesheet is the same bytes as Trunk's). Both come from e2e/node_modules (scripts/setup.sh).
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';

const [kind, ...files] = process.argv.slice(2);
if (!['module', 'script', 'css'].includes(kind) || files.length === 0) {
  console.error('usage: node scripts/minify.mjs module|script|css FILE...');
  process.exit(2);
}
const require = createRequire(new URL('../e2e/package.json', import.meta.url));
function load(name) {
  try {
    return require(name);
  } catch {
    console.error(`minify.mjs: ${name} is missing; run scripts/setup.sh (it installs e2e/node_modules)`);
    process.exit(1);
  }
}

if (kind === 'css') {
  const { transform } = load('lightningcss');
  for (const file of files) {
    const { code } = transform({ filename: file, code: readFileSync(file), minify: true });
    writeFileSync(file, code);
  }
} else {
  const terser = load('terser');
  for (const file of files) {
    // A module's top level is private (its names may be mangled); a classic script's is global.
    const out = await terser.minify(readFileSync(file, 'utf8'), { module: kind === 'module', compress: true, mangle: true, format: { comments: false } });
    writeFileSync(file, out.code);
  }
}
