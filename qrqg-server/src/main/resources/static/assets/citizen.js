// The citizen portal (/): sign in with a mobile number and an SMS code, the account's people,
// and for the chosen one an active exposure alert first, then their QR, COVID card, risk levels,
// alert history, check-ins, visits, vaccine passport, declarations and feedback.
import { onClick } from '/assets/actions.js';
import { onLanguageChange, t } from '/assets/i18n.js';
import { focusOn, show, startPage } from '/assets/page.js';
import { explain, notify, portal } from '/assets/citizen/portal-api.js';
import { startSignIn } from '/assets/citizen/sign-in.js';
import { describe, listPeople, nameOf, startDeclareForm } from '/assets/citizen/people.js';
import { relabelQr, showQr, startQrPanel } from '/assets/citizen/qr-panel.js';
import { relabelHealth, showHealth } from '/assets/citizen/health-panel.js';
import { listDeclarations, showDeclarations, startDeclarations } from '/assets/citizen/declarations.js';
import { listVisits, showVisits, startCheckIns } from '/assets/citizen/visits.js';
import { relabelPickers, startPickers } from '/assets/citizen/areas.js';
import { showHolders } from '/assets/citizen/holders.js';
import { relabelAlerts, showAlerts } from '/assets/citizen/alerts.js';
import { relabelRisk, showRisk } from '/assets/citizen/risk-panel.js';
import { relabelFeedback, showFeedback, startFeedback } from '/assets/citizen/feedback.js';
import { relabelAccessLog, showAccessLog, startAccessLog } from '/assets/citizen/access-log.js';
import { relabelPassport, showPassport, startPassport } from '/assets/citizen/passport.js';
import { forgetPeople, startOffline } from '/assets/citizen/offline.js';
import { clearRoute, go, isRoute, parseRoute, PEOPLE, personRoute, SECTIONS, showCurrent, startRoutes }
  from '/assets/citizen/routes.js';

const CHOSEN = 'qrqg.person'; // the chosen person's QID, for the /v/{code} page
const message = document.getElementById('message');
const views = ['view-sign-in', 'view-people', 'view-person'].map((id) => document.getElementById(id));
let phone = null;
let person = null;
let people = null; // the list last read, to open a person named in the address and to tick at a check-in
let pickers = null;

/** Where to go after signing in: only a venue page of this site (/v/{code}). */
function returnPath() {
  const next = new URLSearchParams(location.search).get('next');
  return next && /^\/v\/[0-9A-Za-z-]{1,20}$/.test(next) ? next : null;
}

function showView(id) {
  views.forEach((view) => show(view, view.id === id));
  show(document.getElementById('account-bar'), id !== 'view-sign-in');
  document.getElementById('heading').classList.toggle('visually-hidden', id === 'view-person'); // the QR first
}

function remembered() {
  try { return localStorage.getItem(CHOSEN); } catch { return null; }
}

function remember(qid) {
  try { if (qid) localStorage.setItem(CHOSEN, qid); else localStorage.removeItem(CHOSEN); } catch { /* this page only */ }
}

/** A person picked in the list: their view, a new entry in the history. */
function open(chosen) {
  go(personRoute(chosen.qid));
}

async function showPeople(focus = true) {
  person = null;
  showView('view-people');
  try {
    people = await listPeople(open);
  } catch (e) {
    handle(e);
  }
  if (focus) focusOn(document.getElementById('people-heading'));
}

/**
 * The view the address names (routes.js), once signed in: the people, a person, or one of their
 * sections; an unknown view, or a person not (or no longer) of this account, is the people.
 */
async function showRoute(route) {
  if (!phone) return; // signed out: the sign-in first, then this view (signedIn shows it)
  if (!route) {
    go(PEOPLE, { replace: true });
    return;
  }
  if (route.view === 'people') {
    await showPeople();
    return;
  }
  const view = document.getElementById('view-person');
  if (person?.qid === route.qid && !view.hidden && !view.dataset.offline) {
    focusSection(route.section);
    return;
  }
  let found = people?.find((candidate) => candidate.qid === route.qid);
  if (!found) {
    try {
      people = await portal('/portal/api/people');
    } catch (e) {
      handle(e);
      return;
    }
    found = people.find((candidate) => candidate.qid === route.qid);
  }
  if (!found) {
    go(PEOPLE, { replace: true });
    return;
  }
  await choose(found, route.section);
}

/** Brings the person's section (or, without one, their name) into view with the focus. */
function focusSection(section) {
  const target = section ? document.getElementById(SECTIONS[section]) : null;
  focusOn(target?.querySelector('h3') || document.getElementById('person-name'));
  if (!target) window.scrollTo(0, 0);
}

async function choose(chosen, section = null) {
  person = chosen;
  delete document.getElementById('view-person').dataset.offline;
  remember(chosen.qid);
  notify(message, '');
  showView('view-person');
  const heading = document.getElementById('person-name');
  heading.textContent = `${nameOf(chosen)} — ${describe(chosen)}`;
  document.querySelectorAll('.section-nav a[data-section]').forEach((link) => {
    link.href = personRoute(chosen.qid, link.dataset.section);
  });
  focusSection(section);
  showQr(chosen, nameOf(chosen));
  if (navigator.serviceWorker?.controller) keepShown();
  pickers ??= startPickers().catch(() => notify(document.getElementById('travel-result'), t('travel.error.areas')));
  await Promise.all([showAlerts(chosen), showHealth(chosen), showRisk(chosen), showVisits(chosen, people || []),
    showDeclarations(chosen), showHolders(chosen), showFeedback(chosen), showAccessLog(chosen),
    showPassport(chosen)]);
}

function signedIn(signedInPhone) {
  phone = signedInPhone;
  document.getElementById('signed-in-as').textContent = t('citizen.signedInAs', { phone });
  const next = returnPath();
  if (next) {
    location.assign(next);
    return;
  }
  if (isRoute(location.hash)) showCurrent(); // the view asked for, also after signing in
  else go(PEOPLE, { replace: true });
}

function showSignIn() {
  phone = null;
  showView('view-sign-in');
  show(document.getElementById('return-hint'), returnPath() !== null);
}

/** A failure: a lost session goes back to sign-in, anything else is said at the top. */
function handle(e) {
  notify(message, explain(e));
  if (e.status === 401) showSignIn();
}

/**
 * Fetches through the service worker, so that it keeps them, the chosen person's QR text (which
 * names them offline), the QR image shown and the COVID card.
 */
function keepShown() {
  if (!person || document.getElementById('view-person').dataset.offline) return;
  const base = `/portal/api/people/${encodeURIComponent(person.qid)}`;
  [`${base}/qr`, document.getElementById('qr-image').src, `${base}/covid-card`]
    .forEach((url) => { if (url) fetch(url).catch(() => {}); });
}

function offlineHeading() {
  document.getElementById('person-name').textContent = person.birthYear
    ? `${nameOf(person)} — ${t('people.born', { year: person.birthYear })}` : nameOf(person);
}

/**
 * Without network: the remembered person's QR and COVID card as this device kept them, named from
 * the kept QR's text; false when nothing is kept for them.
 */
async function showOffline() {
  const route = parseRoute(location.hash);
  const qid = route?.view === 'person' ? route.qid : remembered();
  if (!qid) return false;
  let kept;
  try {
    kept = await portal(`/portal/api/people/${encodeURIComponent(qid)}/qr`);
  } catch {
    return false;
  }
  const fields = String(kept.qr?.masked || '').split('|');
  person = { qid, shortName: fields[1] || qid, birthYear: Number((fields[2] || '').slice(0, 4)) || null };
  showView('view-person');
  document.getElementById('view-person').dataset.offline = 'true';
  notify(message, t('offline.page'), 'ok');
  offlineHeading();
  showQr(person, nameOf(person));
  await showHealth(person, { offline: true });
  return true;
}

async function start() {
  await startPage('citizen');
  startOffline(keepShown);
  startSignIn(message, (signedInPhone) => forgetPeople().then(() => signedIn(signedInPhone)));
  startDeclareForm(message, (declared) => {
    people = null; // read again, with the one declared
    go(personRoute(declared.qid));
  });
  startQrPanel((text) => notify(document.getElementById('qr-error'), text));
  startDeclarations();
  startCheckIns();
  startFeedback();
  startAccessLog();
  startPassport();
  startRoutes(showRoute);
  document.getElementById('back').addEventListener('click', () => go(PEOPLE));
  document.querySelector('.section-nav').addEventListener('click', (event) => {
    const link = event.target.closest('a[data-section]');
    if (link && link.getAttribute('href') === location.hash) { // the same link again: no hashchange
      event.preventDefault();
      showCurrent();
    }
  });
  onClick(document.getElementById('sign-out'), async () => {
    try { await portal('/portal/api/sign-out', { method: 'POST' }); } catch { /* signed out anyway */ }
    await forgetPeople();
    remember(null);
    people = null;
    clearRoute();
    notify(message, '');
    showSignIn();
    focusOn(document.getElementById('sign-in-heading'));
  });
  onClick(document.getElementById('remove-person'), async () => {
    if (!person || !window.confirm(t('person.removeConfirm', { name: nameOf(person) }))) return;
    try {
      await portal(`/portal/api/people/${encodeURIComponent(person.qid)}`, { method: 'DELETE' });
      remember(null);
      people = null;
      go(PEOPLE, { replace: true }); // Back does not lead to someone gone
    } catch (e) {
      handle(e);
    }
  });
  onLanguageChange(() => {
    if (phone) document.getElementById('signed-in-as').textContent = t('citizen.signedInAs', { phone });
    relabelQr();
    relabelHealth();
    relabelAlerts();
    relabelRisk();
    relabelPickers();
    relabelFeedback();
    relabelAccessLog();
    relabelPassport();
    if (person && document.getElementById('view-person').dataset.offline) {
      offlineHeading();
      notify(message, t('offline.page'), 'ok');
    } else if (person) {
      document.getElementById('person-name').textContent = `${nameOf(person)} — ${describe(person)}`;
      listVisits();
      listDeclarations();
      showHolders(person);
    } else if (phone) {
      listPeople(open).then((listed) => { people = listed; }).catch(handle);
    }
  });
  try {
    const session = await portal('/portal/api/session');
    signedIn(session.phone);
  } catch (e) {
    if (e.status === 0 && await showOffline()) return;
    if (e.status !== 401) notify(message, explain(e));
    showSignIn();
  }
}

start();
