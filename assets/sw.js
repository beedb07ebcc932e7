// Skill Gap Check service worker: keeps the built app (HTML, CSS, JS, wasm with the embedded
// catalogue) so a loaded app works with the network down. scripts/sw.py fills in the file list
// and a version from their contents after each build; a new build means a new cache, and the
// old one is deleted when the new worker takes over. Nothing is ever sent anywhere.
// The public page (scope /) and the counsellors' page (scope /tools/) each have a worker and a
// cache of their own; a worker only ever deletes its own old caches.
const SCOPE_PATH = new URL(self.registration.scope).pathname;
const PREFIX = `skillgap-${SCOPE_PATH}-`;
// Caches named before there were two pages belonged to the public page's worker: only it deletes them.
const PUBLIC_WORKER = !SCOPE_PATH.endsWith('/tools/');
const CACHE = `${PREFIX}__VERSION__`;
const OLD_NAMING = /^skillgap-[0-9a-f]{16}$/;
const PRECACHE = __PRECACHE__;

self.addEventListener('install', (event) => {
  // `reload`: straight from the server, never a stale copy from the browser's HTTP cache.
  const fresh = PRECACHE.map((url) => new Request(url, { cache: 'reload' }));
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(fresh)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys
        .filter((k) => (k.startsWith(PREFIX) && k !== CACHE) || (PUBLIC_WORKER && OLD_NAMING.test(k)))
        .map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // The page from the network when there is one (so a new build arrives), else the kept copy
    // of that page whatever the query (?mode=kiosk) or fragment. Another page never gets this
    // worker's page in its place (the public page at /tools/ would send itself on to
    // /tools/tools/...): the browser's offline page instead.
    const path = new URL(request.url).pathname;
    const mine = path === SCOPE_PATH || path === `${SCOPE_PATH}index.html`;
    event.respondWith(fetch(request).catch(async () =>
      (await caches.match(request, { ignoreSearch: true }))
        || (mine ? caches.match('./index.html', { ignoreSearch: true }) : Response.error())));
    return;
  }
  // A file loaded on demand (the English half, a group's tasks): kept once fetched, so it works
  // offline from then on. Its address carries a version; a new build has a new cache anyway.
  const path = new URL(request.url).pathname;
  if (path.endsWith('/catalogue.en.json') || path.startsWith(`${SCOPE_PATH}spine/`)) {
    event.respondWith(caches.match(request, { ignoreSearch: true }).then((hit) => hit || fetch(request).then((response) => {
      if (response.ok) {
        const copy = response.clone();
        // The worker stays alive until the copy is kept.
        event.waitUntil(caches.open(CACHE).then((cache) => cache.put(request, copy)));
      }
      return response;
    })));
    return;
  }
  // Hashed files never change: the kept copy first.
  event.respondWith(caches.match(request, { ignoreSearch: true }).then((hit) => hit || fetch(request)));
});
