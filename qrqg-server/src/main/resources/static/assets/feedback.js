// The page of officials who handle citizens' feedback (/feedback.html): they sign in with their
// app's client id and secret (scope feedback:handle), filter the queue, open a report, assign it to
// themselves, answer, forward it to the system that pushed its record, or close it, and download
// what was forwarded to each system. The API decides what they see and may do (their provinces and
// categories); the page says in words what it refused. See docs/portal.md, "Feedback officials".
import { busyWhile, onClick, onSubmit } from '/assets/actions.js';
import { api, apiBlob, ApiError } from '/assets/api.js';
import { onLanguageChange, t } from '/assets/i18n.js';
import { focusOn, show, startPage, todayInVietnam } from '/assets/page.js';
import { problemMessage } from '/assets/problems.js';
import { notify } from '/assets/forms.js';
import { clientSession, NoScope, SessionExpired } from '/assets/client-session.js';
import { loadProvinces } from '/assets/citizen/areas.js';
import { fillCategories } from '/assets/feedback/words.js';
import { drawQueue, PAGE_SIZE, queueQuery } from '/assets/feedback/queue.js';
import { reportPanel } from '/assets/feedback/report.js';
import { csvName, drawForwarded, save } from '/assets/feedback/forwarded.js';

const $ = (id) => document.getElementById(id);
const officials = clientSession('qrqg.feedback', ['feedback:handle']);
const NEXT_STEPS = { 'feedback-not-found': 'feedback.error.notFound', 'feedback-closed': 'feedback.error.closed' };
let page = 0;
let queue = null; // the last page of GET /api/v1/feedback
let forwarded = null; // the answer of GET /api/v1/feedback/forwarded
let provinces = null; // [{code, name}] for the province filter, once read
// The report shown is in the address, #report/{trackingNumber} (no personal data: the number the
// page shows), so that Back returns to the queue and a reload opens it again (issue 20).
const REPORT = /^#report\/([A-Za-z0-9-]{1,40})$/;

function linkedReport() {
  return REPORT.exec(location.hash)?.[1] ?? null;
}

/** A report picked in the queue: a new entry in the history, opened by the hashchange. */
function openReport(trackingNumber) {
  const hash = `#report/${encodeURIComponent(trackingNumber)}`;
  if (location.hash === hash) return report.open(trackingNumber);
  location.hash = hash;
  return null;
}

/** Shows what the address names: its report, or none. */
function showLinked() {
  if (!officials.current()) return null;
  const number = linkedReport();
  if (number && number !== report.selected()) return report.open(number);
  if (!number && report.selected()) report.close();
  return null;
}

function showSignedIn(session) {
  show($('sign-in'), !session);
  show($('working'), Boolean(session));
  if (session) $('who').textContent = t('feedback.who', { clientId: session.clientId });
}

function signInError(message) {
  notify($('sign-in-error'), message);
  if (message) focusOn($('sign-in-error'));
}

async function onSignIn(event) {
  event.preventDefault();
  const clientId = $('client-id').value.trim();
  const clientSecret = $('client-secret').value;
  if (!clientId || !clientSecret) return signInError(t('feedback.signIn.missing'));
  signInError('');
  try {
    const session = await officials.signIn(clientId, clientSecret);
    $('client-secret').value = '';
    showSignedIn(session);
    focusOn($('who'));
    await Promise.all([loadQueue(), loadForwarded()]);
    await showLinked();
  } catch (e) {
    if (e instanceof NoScope) return signInError(t('feedback.signIn.noScope'));
    if (e instanceof ApiError && e.problem.error === 'invalid_client') return signInError(t('feedback.signIn.wrong'));
    signInError(problemMessage(e));
  }
}

function onSignOut() {
  officials.signOut();
  report.close(false);
  if (linkedReport()) history.replaceState(null, '', location.pathname + location.search);
  queue = null;
  forwarded = null;
  showSignedIn(null);
  focusOn($('client-id'));
}

/** A call with the officials' token; a sign-in run out returns to the sign-in form. */
async function call(path, options = {}, read = api) {
  try {
    return await read(path, { ...options, token: await officials.freshToken() });
  } catch (e) {
    if (e instanceof SessionExpired || e.status === 401) {
      onSignOut();
      signInError(t('feedback.error.expired'));
    }
    throw e;
  }
}

function failed(notice, e) {
  if (e instanceof SessionExpired || e.status === 401) return;
  notify(notice, problemMessage(e, NEXT_STEPS));
}

async function loadQueue() {
  try {
    queue = await call(`/api/v1/feedback?${queueQuery($('queue-form'), page)}`);
    notify($('queue-error'), '');
    drawQueueList();
  } catch (e) {
    failed($('queue-error'), e);
  }
}

function drawQueueList() {
  if (!queue) return;
  const pages = Math.max(1, Math.ceil(queue.total / PAGE_SIZE));
  $('queue-total').textContent = queue.total
    ? t('feedback.queue.total', { total: queue.total, page: queue.page + 1, pages }) : t('feedback.queue.none');
  show($('queue-table'), queue.items.length > 0);
  drawQueue($('queue-table'), queue.items, openReport, report.selected());
  show($('queue-prev'), queue.page > 0);
  show($('queue-next'), (queue.page + 1) * PAGE_SIZE < queue.total);
}

async function loadForwarded() {
  try {
    forwarded = await call('/api/v1/feedback/forwarded');
    notify($('forwarded-error'), '');
    drawForwardedList();
  } catch (e) {
    failed($('forwarded-error'), e);
  }
}

function drawForwardedList() {
  if (!forwarded) return;
  const items = Array.isArray(forwarded) ? forwarded : forwarded.items ?? [];
  show($('forwarded-empty'), items.length === 0);
  show($('forwarded-table'), items.length > 0);
  drawForwarded($('forwarded-table'), items, download);
}

function download(item, button) {
  return busyWhile(button, async () => {
    notify($('forwarded-error'), '');
    try {
      const csv = await call(`/api/v1/feedback/forwarded.csv?${new URLSearchParams({ source: item.source })}`, {}, apiBlob);
      save(csv, csvName(item.source, todayInVietnam()));
    } catch (e) {
      failed($('forwarded-error'), e);
    }
  });
}

/** The filters' choices, "all" first: the six categories, and the 34 provinces once they are read. */
function fillFilters() {
  fillCategories($('queue-category'), 'feedback.queue.allCategories');
  const select = $('queue-province');
  const chosen = select.value;
  select.replaceChildren(new Option(t('feedback.queue.allProvinces'), ''),
    ...(provinces ?? []).map((p) => new Option(p.name, p.code)));
  select.value = chosen;
}

await startPage('feedback');
const report = reportPanel({
  call,
  failed,
  changed: (action) => Promise.all([loadQueue(), action === 'forward' ? loadForwarded() : null]),
  drawn: drawQueueList,
});
fillFilters();
showSignedIn(officials.current());
onLanguageChange(() => {
  fillFilters();
  showSignedIn(officials.current());
  drawQueueList();
  drawForwardedList();
  report.relabel();
});
onSubmit($('sign-in-form'), onSignIn);
$('sign-out').addEventListener('click', onSignOut);
onSubmit($('queue-form'), (event) => { event.preventDefault(); page = 0; return loadQueue(); });
onClick($('queue-prev'), () => { page -= 1; return loadQueue(); });
onClick($('queue-next'), () => { page += 1; return loadQueue(); });
onClick($('forwarded-refresh'), loadForwarded);
window.addEventListener('hashchange', showLinked);
// the panel's own Back closes it; the address follows, so that a reload shows the queue
$('detail-back').addEventListener('click', () => {
  if (linkedReport()) history.pushState(null, '', location.pathname + location.search);
});
try {
  provinces = await loadProvinces();
  fillFilters();
} catch (e) {
  notify($('queue-error'), problemMessage(e));
}
if (officials.current()) {
  await Promise.all([loadQueue(), loadForwarded()]);
  await showLinked();
}
