// Skill Gap Check service worker: keeps the built app (HTML, CSS, JS, wasm with the embedded
// catalogue) so a loaded app works with the network down. scripts/sw.py fills in the file list
// and a version from their contents after each build; a new build means a new cache, and the
// old one is deleted when the new worker takes over. Nothing is ever sent anywhere.
const CACHE = 'skillgap-__VERSION__';
const PRECACHE = __PRECACHE__;

self.addEventListener('install', (event) => {
  // `reload`: straight from the server, never a stale copy from the browser's HTTP cache.
  const fresh = PRECACHE.map((url) => new Request(url, { cache: 'reload' }));
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(fresh)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('skillgap-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // The page from the network when there is one (so a new build arrives), else the kept copy
    // whatever the query (?mode=kiosk) or fragment.
    event.respondWith(fetch(request).catch(() => caches.match('./index.html', { ignoreSearch: true })));
    return;
  }
  // Hashed files never change: the kept copy first.
  event.respondWith(caches.match(request, { ignoreSearch: true }).then((hit) => hit || fetch(request)));
});
