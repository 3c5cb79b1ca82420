// The operators' page: sign in as the operator client (scope admin); list apps and certify or
// suspend them; rotate the platform's signing key; search the audit (admin/audit-search.js) and
// see its unusual readers (admin/unusual-readers.js); read the admin actions, newest first; the
// citizens' feedback per week (admin/feedback-counts.js).
import { onClick as onClickBusy, onSubmit } from '/assets/actions.js';
import { api } from '/assets/api.js';
import { clientSession, NoScope, SessionExpired } from '/assets/client-session.js';
import { formValues, notify } from '/assets/forms.js';
import { onLanguageChange, t } from '/assets/i18n.js';
import { focusOn, show, startPage } from '/assets/page.js';
import { problemMessage } from '/assets/problems.js';
import { formatTime } from '/assets/scan-result.js';
import { drawCounts, loadCounts, relabelCounts } from '/assets/admin/feedback-counts.js';
import { fillAuditChoices, setUpAuditSearch } from '/assets/admin/audit-search.js';
import { drawUnusual, loadUnusual } from '/assets/admin/unusual-readers.js';

const $ = (id) => document.getElementById(id);
const operator = clientSession('qrqg.admin', ['admin']);
const AUDIT_SIZE = 50;
let actionsPage = 0;
let apps = [];

/** Says text in where (the notice at the top unless the section of what caused it is named). */
function say(text, tone = 'error', where = $('notice')) {
  notify(where, text, tone);
  if (text) focusOn(where);
}

async function call(path, options = {}) {
  return api(path, { ...options, token: await operator.freshToken() });
}

/** A failure, said beside what caused it (where); a lost session at the top, by the sign-in form. */
function failed(e, where) {
  if (e instanceof SessionExpired || e.status === 401) {
    operator.signOut();
    showSignedIn();
    return say(t('common.error.signInAgain'));
  }
  return say(problemMessage(e), 'error', where);
}

function cells(row, texts) {
  texts.forEach((text) => {
    const td = document.createElement('td');
    td.textContent = text;
    row.append(td);
  });
}

function button(label, onClick) {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'button secondary';
  b.textContent = label;
  onClickBusy(b, onClick);
  return b;
}

function drawApps() {
  $('apps-table').tBodies[0].replaceChildren(...apps.map((app) => {
    const row = document.createElement('tr');
    row.dataset.clientId = app.clientId;
    cells(row, [app.name, app.operator, app.scopes.join(' '), t(`admin.status.${app.status}`)]);
    const actions = document.createElement('td');
    if (app.status === 'PENDING' || app.status === 'SUSPENDED') {
      actions.append(button(t('admin.apps.certify'), () => setStatus(app, 'CERTIFIED')));
    }
    if (app.status === 'CERTIFIED' && !app.scopes.includes('admin')) {
      actions.append(button(t('admin.apps.suspend'), () => setStatus(app, 'SUSPENDED')));
    }
    row.append(actions);
    return row;
  }));
}

async function loadApps() {
  const status = $('apps-status').value;
  try {
    apps = await call(`/api/v1/admin/apps${status ? `?status=${status}` : ''}`);
    drawApps();
  } catch (e) {
    failed(e, $('apps-notice'));
  }
}

async function setStatus(app, status) {
  try {
    await call(`/api/v1/admin/apps/${app.appId}/status`, { method: 'POST', body: { status } });
    say(t(`admin.apps.done.${status}`, { name: app.name }), 'ok', $('apps-notice'));
    await loadApps();
  } catch (e) {
    failed(e, $('apps-notice'));
  }
}

async function rotate() {
  if (!window.confirm(t('admin.keys.confirm'))) return;
  try {
    const rotated = await call('/api/v1/admin/keys/rotate', { method: 'POST' });
    notify($('rotated'), t('admin.keys.rotated', { kid: rotated.kid, previous: rotated.previous?.kid ?? '—' }), 'ok');
    focusOn($('rotated'));
  } catch (e) {
    failed(e, $('rotated'));
  }
}

async function loadActions() {
  try {
    const found = await call(`/api/v1/admin/actions?${new URLSearchParams({ page: actionsPage, size: AUDIT_SIZE })}`);
    $('actions-total').textContent = t('admin.actions.total', { total: found.total });
    $('actions-table').tBodies[0].replaceChildren(...found.items.map((item) => {
      const row = document.createElement('tr');
      cells(row, [formatTime(item.at, true), item.actor ?? t('admin.actions.platform'), item.action,
        item.subjects.join(', '), item.summary]);
      return row;
    }));
    show($('actions-prev'), found.page > 0);
    show($('actions-next'), (found.page + 1) * found.size < found.total);
    notify($('actions-notice'), '');
  } catch (e) {
    failed(e, $('actions-notice'));
  }
}

function showSignedIn() {
  const session = operator.current();
  show($('sign-in'), !session);
  show($('operator'), Boolean(session));
  if (!session) return;
  $('who').textContent = t('admin.who', { clientId: session.clientId });
  loadApps();
  loadActions();
  loadFeedbackCounts();
  loadAuditChoices();
  loadUnusualReaders();
}

/** The audit's choices and unusual readers say their own failure in their section, as the feedback counts do. */
async function loadAuditChoices() {
  try {
    await fillAuditChoices(call);
  } catch (e) {
    failed(e, $('audit-notice'));
  }
}

async function loadUnusualReaders() {
  try {
    await loadUnusual(call);
    notify($('unusual-error'), '');
  } catch (e) {
    if (e instanceof SessionExpired || e.status === 401) return failed(e);
    notify($('unusual-error'), problemMessage(e));
  }
}

/** The feedback counts say their own failure in their section: the rest of the page still works. */
async function loadFeedbackCounts() {
  try {
    await loadCounts(call);
    notify($('feedback-error'), '');
  } catch (e) {
    if (e instanceof SessionExpired || e.status === 401) return failed(e);
    notify($('feedback-error'), problemMessage(e));
  }
}

async function onSignIn(event) {
  event.preventDefault();
  const { clientId, clientSecret } = formValues(event.target);
  try {
    await operator.signIn(clientId, clientSecret);
    $('client-secret').value = '';
    say('');
    showSignedIn();
    focusOn($('who'));
  } catch (e) {
    if (e instanceof NoScope) return say(t('admin.signIn.noScope'));
    if (e.problem?.error === 'invalid_client') return say(t('admin.signIn.wrong'));
    failed(e);
  }
}

await startPage('admin');
showSignedIn();
onLanguageChange(() => {
  if (!operator.current()) return;
  $('who').textContent = t('admin.who', { clientId: operator.current().clientId });
  drawApps();
  relabelCounts();
  drawUnusual();
});
onSubmit($('sign-in-form'), onSignIn);
$('sign-out').addEventListener('click', () => { operator.signOut(); showSignedIn(); focusOn($('client-secret')); });
onSubmit($('apps-form'), (event) => { event.preventDefault(); return loadApps(); });
onClickBusy($('rotate'), rotate);
setUpAuditSearch(call, failed);
onSubmit($('unusual-form'), (event) => { event.preventDefault(); return loadUnusualReaders(); });
onClickBusy($('actions-refresh'), () => { actionsPage = 0; return loadActions(); });
onClickBusy($('actions-prev'), () => { actionsPage -= 1; return loadActions(); });
onClickBusy($('actions-next'), () => { actionsPage += 1; return loadActions(); });
$('feedback-province').addEventListener('change', () => drawCounts());
onClickBusy($('feedback-refresh'), loadFeedbackCounts);
