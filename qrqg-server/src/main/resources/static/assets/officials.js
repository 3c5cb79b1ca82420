// The province officials' page (/officials.html): officials sign in with their app's client id and
// secret (scope risk:write, limited to their province), enter treatment capacity, declare a
// commune's level by decision or lift it, and see at once the level the public map shows. The API
// decides what they may do; the page names every field it refuses. See docs/portal.md.
import { onSubmit } from '/assets/actions.js';
import { api, ApiError } from '/assets/api.js';
import { onLanguageChange, t } from '/assets/i18n.js';
import { focusOn, show, startPage } from '/assets/page.js';
import { problemMessage } from '/assets/problems.js';
import { clearFieldErrors, formValues, notify, showFieldErrors } from '/assets/forms.js';
import { clientSession, NoScope, SessionExpired } from '/assets/client-session.js';
import { relabelPickers, startPickers } from '/assets/citizen/areas.js';
import { LEVELS, levelText } from '/assets/risk/levels.js';
import { drawDeclared, drawOutcome } from '/assets/officials/views.js';

const $ = (id) => document.getElementById(id);
const officials = clientSession('qrqg.officials', ['risk:write']);
const NEXT_STEPS = { 'not-your-province': 'officials.error.notYourProvince' };
let outcome = null; // the last action and the public level after it, drawn again after a language switch
let declared = null; // today's declarations: the answer of GET /api/v1/risk/declarations

function showSignedIn(session) {
  show($('sign-in'), !session);
  show($('working'), Boolean(session));
  if (session) $('who').textContent = t('officials.who', { clientId: session.clientId });
}

function signInError(message) {
  notify($('sign-in-error'), message);
  if (message) focusOn($('sign-in-error'));
}

async function onSignIn(event) {
  event.preventDefault();
  const clientId = $('client-id').value.trim();
  const clientSecret = $('client-secret').value;
  if (!clientId || !clientSecret) return signInError(t('officials.signIn.missing'));
  signInError('');
  try {
    const session = await officials.signIn(clientId, clientSecret);
    $('client-secret').value = '';
    showSignedIn(session);
    focusOn($('who'));
    await loadDeclared();
  } catch (e) {
    if (e instanceof NoScope) return signInError(t('officials.signIn.noScope'));
    if (e instanceof ApiError && e.problem.error === 'invalid_client') return signInError(t('officials.signIn.wrong'));
    signInError(problemMessage(e));
  }
}

function onSignOut() {
  officials.signOut();
  outcome = null;
  declared = null;
  show($('outcome'), false);
  showSignedIn(null);
  focusOn($('client-id'));
}

/** A call with the officials' token; a sign-in run out returns to the sign-in form. */
async function call(path, options = {}) {
  try {
    return await api(path, { ...options, token: await officials.freshToken() });
  } catch (e) {
    if (e instanceof SessionExpired || e.status === 401) {
      onSignOut();
      signInError(t('officials.error.expired'));
    }
    throw e;
  }
}

/** The refusal beside its fields and in the form's notice, in words. */
function refused(form, notice, e) {
  if (e instanceof SessionExpired || e.status === 401) return;
  const beside = showFieldErrors(form, e.problem);
  notify(notice, problemMessage(e, NEXT_STEPS));
  if (!beside) focusOn(notice);
}

/** The area as the public map shows it now: its item of GET /api/v1/risk/levels, or null. */
async function publicItem(code, provinceCode) {
  const params = code.length === 5 ? { scope: 'commune', provinceCode } : { scope: 'province' };
  const answer = await api(`/api/v1/risk/levels?${new URLSearchParams(params)}`);
  return answer.items.find((item) => item.code === code) ?? null;
}

async function showOutcome(action, { code, name, provinceCode, level = null }) {
  outcome = { action, code, name, level, item: await publicItem(code, provinceCode) };
  drawOutcome($('outcome-body'), outcome);
  show($('outcome'));
  focusOn($('outcome-title'));
}

async function loadDeclared() {
  try {
    declared = await call('/api/v1/risk/declarations');
    notify($('declared-error'), '');
    drawDeclaredList();
  } catch (e) {
    notify($('declared-error'), problemMessage(e));
  }
}

function drawDeclaredList() {
  if (!declared) return;
  const items = declared.items;
  $('declared-caption').textContent = t('officials.declared.caption', { n: items.length });
  show($('declared-empty'), items.length === 0);
  show($('declared-table'), items.length > 0);
  drawDeclared($('declared-table'), items, lift);
}

function chosenName(select) {
  return select.selectedOptions[0]?.textContent ?? select.value;
}

async function onCapacity(event) {
  event.preventDefault();
  const form = $('capacity-form');
  clearFieldErrors(form);
  clearFieldErrors($('province-form'));
  notify($('capacity-error'), '');
  const provinceCode = $('province').value;
  if (!provinceCode) {
    showFieldErrors($('province-form'), { errors: [{ field: 'provinceCode', message: t('officials.province.missing') }] });
    return;
  }
  const { met, note } = formValues(form);
  try {
    await call(`/api/v1/risk/provinces/${encodeURIComponent(provinceCode)}/capacity`,
      { method: 'PUT', body: { met: met === 'true', note: note || undefined } });
    await showOutcome(met === 'true' ? 'capacityMet' : 'capacityNotMet',
      { code: provinceCode, name: chosenName($('province')) });
  } catch (e) {
    refused(form, $('capacity-error'), e);
  }
}

async function onDeclare(event) {
  event.preventDefault();
  const form = $('declare-form');
  clearFieldErrors(form);
  notify($('declare-error'), '');
  const values = formValues(form);
  const body = { communeCode: values.communeCode, level: values.level ? Number(values.level) : null,
    reason: values.reason, decisionNumber: values.decisionNumber };
  try {
    const answer = await call('/api/v1/risk/declarations', { method: 'POST', body });
    form.reset();
    await showOutcome('declared', { code: answer.communeCode, name: answer.communeName,
      provinceCode: answer.provinceCode, level: answer.level });
    await loadDeclared();
  } catch (e) {
    refused(form, $('declare-error'), e);
  }
}

async function lift(item) {
  notify($('declared-error'), '');
  try {
    await call(`/api/v1/risk/declarations/${encodeURIComponent(item.communeCode)}`, { method: 'DELETE' });
    await showOutcome('lifted', { code: item.communeCode, name: item.communeName, provinceCode: item.provinceCode });
    await loadDeclared();
  } catch (e) {
    if (!(e instanceof SessionExpired || e.status === 401)) notify($('declared-error'), problemMessage(e, NEXT_STEPS));
  }
}

function fillLevels() {
  const select = $('level');
  const chosen = select.value;
  select.replaceChildren(new Option(t('officials.declare.chooseLevel'), ''),
    ...LEVELS.map((level) => new Option(levelText(level), String(level))));
  select.value = chosen;
}

await startPage('officials', 'risk');
fillLevels();
showSignedIn(officials.current());
onLanguageChange(() => {
  relabelPickers();
  fillLevels();
  showSignedIn(officials.current());
  drawDeclaredList();
  if (outcome) drawOutcome($('outcome-body'), outcome);
});
onSubmit($('sign-in-form'), onSignIn);
$('sign-out').addEventListener('click', onSignOut);
$('province-form').addEventListener('submit', (event) => event.preventDefault());
onSubmit($('capacity-form'), onCapacity);
onSubmit($('declare-form'), onDeclare);
try {
  await startPickers();
} catch (e) {
  notify($('declare-error'), problemMessage(e));
}
if (officials.current()) await loadDeclared();
