// A tiny static file server for dist/ on 127.0.0.1 (a free port), for the end-to-end tests and
// Lighthouse. Like the production web server it compresses text and wasm with gzip when the browser
// asks for it, so Lighthouse's simulated slow 4G sees the bytes a phone would download, and it
// sends the caching headers the README asks installers for: a year for files whose names carry
// their content's hash, a check with the server each time for the rest.
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

// Hashed names (cargo xtask dist, xtask/src/name.rs): main-<hex>.css, skillgap-<hex>.js,
// skillgap_bg-<hex>.wasm, snippets/split/<chunk>-<hex>.wasm and __wasm_split-<hex>.js (16 hex
// digits; Trunk's own builds use up to 16, unpadded).
const HASHED = /-[0-9a-f]{1,16}(_bg)?\.(css|js|wasm)$/;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
};

export async function serveDist(dir) {
  const root = resolve(dir);
  await stat(join(root, 'index.html')); // fail early when the build is missing
  const gzipped = new Map(); // compressed once per file, like a server's precompressed assets
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const compressible = !type.startsWith('image/png') && !type.startsWith('application/octet-stream');
      const cache = HASHED.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache';
      if (compressible && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding', 'cache-control': cache });
        if (!gzipped.has(file)) gzipped.set(file, gzipSync(body, { level: 9 }));
        res.end(gzipped.get(file));
      } else {
        res.writeHead(200, { 'content-type': type, 'cache-control': cache });
        res.end(body);
      }
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  // Closing also drops open connections: `server.close` alone waits for every one to end, and a
  // socket the browser opened ahead of need kept the offline test waiting for 10+ minutes.
  const close = () => new Promise((ok) => {
    server.close(ok);
    server.closeAllConnections();
  });
  return { url: `http://127.0.0.1:${port}/`, close };
}
