// The citizen portal's service worker (docs/portal.md, "Offline at the door"), served at /sw.js so
// that its scope is the whole portal. It keeps two things and nothing else:
// - the app shell: the citizen page (/) and the files under /assets/ it loaded, network first, so
//   that a reload without network shows the page, never the browser's error page;
// - each person's last QR (/portal/api/people/{qid}/qr, qr.png, qr.svg, each form by its query)
//   and COVID card (…/covid-card), network first, kept with the time they were fetched, and
//   answered from the cache only when the network fails. The page is told (a message) that what
//   it shows is kept, and since when.
// No other answer of the API is kept. The page empties the people's cache when its account signs
// in or out; a 401 empties it here too.
const SHELL = 'qrqg-shell-v1';
const PEOPLE = 'qrqg-people';
const FETCHED_AT = 'X-QRQG-Fetched-At';
const KEPT = /^\/portal\/api\/people\/[0-9]{1,20}\/(qr|qr\.png|qr\.svg|covid-card)$/;
const PRECACHE = ['/', '/assets/portal.css', '/manifest.webmanifest', '/assets/icons/qrqg.svg',
  '/assets/icons/icon-192.png'];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(SHELL).then((cache) => cache.addAll(PRECACHE)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((names) => Promise.all(names.filter((name) => name.startsWith('qrqg-shell-') && name !== SHELL)
      .map((name) => caches.delete(name))))
    .then(() => self.clients.claim()));
});

// The page names the files it is made of once the worker runs: those it loaded before are kept too.
self.addEventListener('message', (event) => {
  if (event.data?.kind !== 'qrqg-shell' || !Array.isArray(event.data.files)) return;
  const files = event.data.files.filter((file) => typeof file === 'string' && file.startsWith('/assets/'));
  event.waitUntil(caches.open(SHELL).then((cache) => Promise.all(files.map((file) =>
    cache.match(file).then((hit) => hit || cache.add(file)).catch(() => undefined)))));
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate' && (url.pathname === '/' || url.pathname === '/index.html')) {
    event.respondWith(shell(request, '/'));
  } else if (url.pathname.startsWith('/assets/') || url.pathname === '/manifest.webmanifest') {
    event.respondWith(shell(request, request));
  } else if (KEPT.test(url.pathname)) {
    event.respondWith(kept(request, event.clientId));
  }
});

/** The network's answer, kept as the shell; the kept one when the network fails. */
async function shell(request, key) {
  const cache = await caches.open(SHELL);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(key, response.clone());
    return response;
  } catch (e) {
    const hit = await cache.match(key, { ignoreSearch: key === '/' });
    if (hit) return hit;
    throw e;
  }
}

async function tell(clientId, news) {
  const client = clientId ? await self.clients.get(clientId) : null;
  client?.postMessage({ kind: 'qrqg-kept', ...news });
}

/** A person's QR or COVID card: the network's, kept with its time; the kept one when the network fails. */
async function kept(request, clientId) {
  const cache = await caches.open(PEOPLE);
  let response;
  try {
    response = await fetch(request);
  } catch {
    const hit = await cache.match(request);
    const url = request.url;
    if (!hit) {
      await tell(clientId, { url, offline: true, fetchedAt: null });
      return new Response(JSON.stringify({ type: 'offline-not-kept', status: 503, title: 'Offline',
        detail: 'Not kept for offline display' }), { status: 503, headers: { 'Content-Type': 'application/problem+json' } });
    }
    await tell(clientId, { url, offline: true, fetchedAt: hit.headers.get(FETCHED_AT) });
    return hit;
  }
  if (response.ok) {
    const headers = new Headers(response.headers);
    headers.set(FETCHED_AT, new Date().toISOString());
    await cache.put(request, new Response(await response.clone().blob(), { status: 200, headers }));
    await tell(clientId, { url: request.url, offline: false });
  } else if (response.status === 401) {
    await caches.delete(PEOPLE); // signed out elsewhere: keep nothing of the account
  } else if (response.status === 404) {
    await cache.delete(request); // not (any more) one of the account's people
  }
  return response;
}
