// The citizen page without network (docs/portal.md, "Offline at the door"): registers the service
// worker /sw.js, gives it the files this page is made of (so that a reload offline finds them all),
// says beside the QR and the COVID card when what they show is kept and since when (the worker's
// messages), and empties the kept QRs and cards when the account signs in or out.
import { t } from '/assets/i18n.js';
import { when } from '/assets/citizen/portal-api.js';

const PEOPLE = 'qrqg-people';
const news = new Map(); // url -> {offline, fetchedAt} of the worker's last answer for it
const notices = []; // {matches(url), element, notKept}

function shellFiles() {
  return performance.getEntriesByType('resource').map((entry) => new URL(entry.name))
    .filter((url) => url.origin === location.origin && url.pathname.startsWith('/assets/'))
    .map((url) => url.pathname + url.search);
}

function say(notice, latest) {
  const { element } = notice;
  if (!latest?.offline) {
    element.hidden = true;
    element.textContent = '';
    return;
  }
  element.textContent = latest.fetchedAt ? t('offline.shownAt', { time: when(latest.fetchedAt) }) : t(notice.notKept);
  element.hidden = false;
}

/**
 * Registers the worker and listens to it; nothing where the browser has none (or no HTTPS).
 * controlled() once the worker first takes over this page: what it shows was fetched before, not
 * through the worker, and is fetched again to be kept.
 */
export function startOffline(controlled) {
  if (!('serviceWorker' in navigator)) return;
  const before = navigator.serviceWorker.controller;
  navigator.serviceWorker.addEventListener('controllerchange', () => { if (!before) controlled(); });
  navigator.serviceWorker.addEventListener('message', (event) => {
    if (event.data?.kind !== 'qrqg-kept') return;
    news.set(event.data.url, event.data);
    notices.filter((notice) => notice.matches(event.data.url) && notice.current === event.data.url)
      .forEach((notice) => say(notice, event.data));
  });
  navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => { /* online only, as before */ });
  navigator.serviceWorker.ready.then((registration) => {
    registration.active?.postMessage({ kind: 'qrqg-shell', files: shellFiles() });
  });
}

/** Shows in element whether the answer at urls matching matches is kept (and since when), or notKept. */
export function keptNotice(element, matches, notKept) {
  const notice = { element, matches, notKept, current: null };
  notices.push(notice);
  return {
    /** What is shown now comes from url. */
    showing(url) {
      notice.current = new URL(url, location.href).href;
      say(notice, news.get(notice.current));
    },
    /** Whether the worker last said url is offline and not kept. */
    notKept(url) {
      const latest = news.get(new URL(url, location.href).href);
      return Boolean(latest?.offline && !latest.fetchedAt);
    },
    relabel() {
      say(notice, news.get(notice.current));
    },
  };
}

/** Forgets every kept QR and card: another account may sign in on this browser. */
export async function forgetPeople() {
  try {
    await caches.delete(PEOPLE);
  } catch { /* no Cache Storage here: nothing kept */ }
}
