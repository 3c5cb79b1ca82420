// The chosen person's vaccine passport (issue 24, docs/dcc.md): the state of their latest request
// in plain words (at the site, at the department, rejected and why, issued and until when, revoked
// and why), a button to ask for one (disabled with the reason while a request is open), and the PDF
// of an issued one. A site's or the department's reason is shown as they wrote it.
import { busyWhile, sendOnce } from '/assets/actions.js';
import { t } from '/assets/i18n.js';
import { focusOn } from '/assets/page.js';
import { explain, notify, portal, when } from '/assets/citizen/portal-api.js';

const $ = (id) => document.getElementById(id);
let shown = null; // { person, latest, loaded } for the chosen person
let loading = null; // the latest load: an earlier one that answers late draws nothing

function element(tag, text, className) {
  const el = document.createElement(tag);
  if (text !== undefined) el.textContent = text;
  if (className) el.className = className;
  return el;
}

const base = (person) => `/portal/api/people/${encodeURIComponent(person.qid)}/passports`;

/** One sentence for where the request is; the reason as the site or department wrote it. */
function statusWords(passport) {
  switch (passport.status) {
    case 'AWAITING_SITE':
      return t('passport.status.AWAITING_SITE', { site: passport.site || '', date: when(passport.requestedAt) });
    case 'AWAITING_SIGNATURE': return t('passport.status.AWAITING_SIGNATURE', { date: when(passport.decidedAt) });
    case 'REJECTED':
      return t('passport.status.REJECTED', { date: when(passport.decidedAt), reason: passport.reason || t('passport.noReason') });
    case 'ISSUED': return t('passport.status.ISSUED', { date: when(passport.validUntil, false) });
    case 'REVOKED':
      return t('passport.status.REVOKED', { date: when(passport.decidedAt), reason: passport.reason || t('passport.noReason') });
    default: return passport.status;
  }
}

function render() {
  const box = $('passport-status');
  const button = $('passport-request');
  const hint = $('passport-request-hint');
  const latest = shown.latest;
  const open = latest && (latest.status === 'AWAITING_SITE' || latest.status === 'AWAITING_SIGNATURE');
  if (!latest) {
    box.replaceChildren(element('p', t('passport.none'), 'hint'));
  } else {
    const panel = element('div', undefined, `passport-state passport-${latest.status.toLowerCase()}`);
    panel.dataset.status = latest.status;
    panel.append(element('p', statusWords(latest), 'result-title'));
    if (latest.status === 'ISSUED') {
      if (latest.uvci) panel.append(element('p', t('passport.uvci', { uvci: latest.uvci }), 'hint'));
      const link = element('a', t('passport.pdf'), 'button secondary');
      link.id = 'passport-pdf';
      link.href = `${base(shown.person)}/${encodeURIComponent(latest.id)}/pdf`;
      link.download = 'qrqg-vaccine-passport.pdf';
      panel.append(link);
    }
    box.replaceChildren(panel);
  }
  button.textContent = t(latest && latest.status === 'ISSUED' ? 'passport.requestAgain' : 'passport.request');
  button.disabled = Boolean(open);
  hint.textContent = open ? t('passport.openHint') : t('passport.requestHint');
}

async function load(person) {
  const ticket = {};
  loading = ticket;
  const answer = await portal(base(person));
  if (loading !== ticket) return;
  shown = { person, latest: (answer.items || [])[0] || null, loaded: true };
  render();
}

/** A refused request in the citizen's words: nothing to certify, or one open already. */
function refusal(error) {
  if (error?.code === 'no-vaccination-record') return t('passport.error.noVaccination');
  if (error?.code === 'passport-request-open') return t('passport.error.open');
  return explain(error);
}

async function request() {
  const person = shown.person;
  notify($('passport-result'), '');
  try {
    const created = await sendOnce(`passport:${person.qid}`, null,
      (headers) => portal(base(person), { method: 'POST', headers }));
    if (shown?.person !== person) return;
    shown = { person, latest: created, loaded: true };
    notify($('passport-result'), t('passport.requested'), 'ok');
  } catch (e) {
    notify($('passport-result'), refusal(e));
    if (e?.code === 'passport-request-open') await load(person).catch(() => {});
  }
}

/** Loads and shows this person's latest request. */
export async function showPassport(person) {
  shown = { person, latest: null, loaded: false };
  notify($('passport-result'), '');
  $('passport-status').replaceChildren(element('p', t('common.loading'), 'hint'));
  $('passport-request').disabled = true;
  try {
    await load(person);
  } catch (e) {
    $('passport-status').replaceChildren();
    notify($('passport-result'), explain(e));
  }
}

/** Wires the request button once; the state is drawn after the button is no longer busy. */
export function startPassport() {
  const button = $('passport-request');
  button.addEventListener('click', () => {
    if (!shown || button.disabled) return;
    busyWhile(button, request).then(() => {
      if (shown?.loaded) render();
      const result = $('passport-result').firstElementChild;
      if (result) focusOn(result);
    });
  });
}

/** Draws the state again in the page's language. */
export function relabelPassport() {
  if (shown?.loaded) render();
}
