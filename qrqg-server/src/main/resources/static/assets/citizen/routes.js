// The citizen portal's views in the address bar (issue 20), so that Back, Forward and a reload
// work: #/people (the account's people and the declaration form), #/people/{qid} (a person: the
// QR first) and #/people/{qid}/{section} (one of the person's sections). The QID is the only
// personal datum in an address, and it is on the page already; anything else stays out of it.
// Other hashes (#main, the skip link's) are in-page anchors, left to the browser.

/** A route's section → the id of the section it shows in #view-person. */
export const SECTIONS = {
  qr: 'qr-section',
  covid: 'covid-section',
  risk: 'risk-section',
  alerts: 'alerts-section',
  checkins: 'checkin-section',
  visits: 'visits-section',
  health: 'health-section',
  passport: 'passport-section',
  travel: 'travel-section',
  declarations: 'declarations-section',
  feedback: 'feedback-section',
  'access-log': 'access-log-section',
  holders: 'holders-section',
};

export const PEOPLE = '#/people';

/** The address of a person's view, or of one of its sections. */
export function personRoute(qid, section) {
  return `#/people/${encodeURIComponent(qid)}${section ? `/${section}` : ''}`;
}

/** True when hash names a view of this page (#/…), false for an in-page anchor or nothing. */
export function isRoute(hash) {
  return hash.startsWith('#/');
}

/** {view: 'people'}, {view: 'person', qid, section}, or null for an unknown or missing view. */
export function parseRoute(hash) {
  if (hash === PEOPLE) return { view: 'people' };
  const match = /^#\/people\/(\d{18})(?:\/([a-z-]+))?$/.exec(hash);
  if (!match || (match[2] && !SECTIONS[match[2]])) return null;
  return { view: 'person', qid: match[1], section: match[2] || null };
}

let render = () => {};

/**
 * Shows the view in the address whenever it changes (a link, Back, Forward), with show(route),
 * route null for an unknown view.
 */
export function startRoutes(show) {
  render = () => show(parseRoute(location.hash));
  window.addEventListener('hashchange', () => { if (isRoute(location.hash)) render(); });
}

/** Shows the view at the current address. */
export function showCurrent() {
  render();
}

/**
 * Goes to hash: a new history entry (so that Back returns), or with replace the current one;
 * shown at once when the address already is hash (a second tap on the same link).
 */
export function go(hash, { replace = false } = {}) {
  if (replace) {
    history.replaceState(history.state, '', hash);
    render();
  } else if (location.hash === hash) {
    render();
  } else {
    location.hash = hash; // the hashchange shows it
  }
}

/** Takes every view out of the address (signed out: no QID left in it or in a bookmark). */
export function clearRoute() {
  history.replaceState(null, '', location.pathname + location.search);
}
