// The shared set-up of every end-to-end test file: the release build served on 127.0.0.1 and
// one Chromium, started before the file's tests and closed after them.
import { before, after } from 'node:test';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { serveDist } from './server.mjs';
import { launch } from './browser.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const DIST = process.env.DIST_DIR || join(here, '..', '..', 'dist');

/** Registers the set-up; the returned object's `server` and `browser` are ready inside tests. */
export function appSuite() {
  const app = { server: null, browser: null };
  before(async () => {
    app.server = await serveDist(DIST);
    app.browser = await launch();
  });
  after(async () => {
    await app.browser?.close();
    await app.server?.close();
  });
  return app;
}
