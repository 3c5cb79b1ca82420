// The chosen person's feedback (docs/portal.md, "Feedback"): a form that reports a problem (a
// category, what is wrong, the venue or the health record it is about, a commune, a photo) and the
// person's reports with their status and answer (citizen/feedback-list.js). The API decides; the
// page checks only the photo's size and type before sending it, to save a long upload.
import { sendOnce } from '/assets/actions.js';
import { t } from '/assets/i18n.js';
import { focusOn, show } from '/assets/page.js';
import { clearFieldErrors, showFieldErrors } from '/assets/forms.js';
import { explain, notify, portal } from '/assets/citizen/portal-api.js';
import { venueCodeFrom } from '/assets/citizen/visits.js';
import { dueDay, fillCategories, FROM_ACCESS_LOG } from '/assets/feedback/words.js';
import { relabelReports, showReports } from '/assets/citizen/feedback-list.js';

/** The largest photo the API takes (docs/feedback.md): 5 MB. */
export const MAX_PHOTO_BYTES = 5_242_880;
const MAX_TEXT = 2000;
const PHOTO_TYPES = ['image/jpeg', 'image/png'];
const $ = (id) => document.getElementById(id);

let person = null;
let records = null; // { qid, items: [{recordId, kind, …}] } once read for the chosen person
let sending = false;
let lastSent = null; // the answer to the last report sent, said again after a language switch

const path = (rest = '') => `/portal/api/people/${encodeURIComponent(person.qid)}/feedback${rest}`;

/** "12/11/2026": a record's day, as a person reads it on their papers. */
function day(iso) {
  if (!iso) return '';
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00+07:00` : iso);
  return new Intl.DateTimeFormat(document.documentElement.lang === 'en' ? 'en-GB' : 'vi-VN',
    { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric' }).format(date);
}

/** "Mũi 2 · 12/11/2026 · Comirnaty": one record, as the choice names it. */
function recordLabel(item) {
  switch (item.kind) {
    case 'VACCINATION':
      return [t('covid.dose', { n: item.doseNumber }), day(item.date), item.productName || item.product].filter(Boolean).join(' · ');
    case 'TEST':
      return [t(`covid.testType.${item.type}`), day(item.sampledAt), t(`covid.result.${item.result}`)].join(' · ');
    default:
      return [t('covid.recoveries'), day(item.recoveredAt)].join(' · ');
  }
}

/** The person's records that a report may name: those the API gives a recordId. */
function choosable(answer) {
  const kind = (list, name) => (list || []).filter((item) => item.recordId).map((item) => ({ ...item, kind: name }));
  return [...kind(answer.vaccinations, 'VACCINATION'), ...kind(answer.tests, 'TEST'), ...kind(answer.recoveries, 'RECOVERY')];
}

function fillRecords() {
  const select = $('feedback-record');
  const chosen = select.value;
  const items = records?.items ?? [];
  select.replaceChildren(new Option(t(records ? 'feedback.record.choose' : 'common.loading'), ''),
    ...items.map((item) => new Option(recordLabel(item), item.recordId)));
  select.value = chosen;
  select.disabled = Boolean(records) && items.length === 0;
  $('feedback-record-hint').textContent = t(records && !items.length ? 'feedback.record.none' : 'feedback.record.hint');
}

/** Reads the person's health records once, when a report about one is chosen. */
async function loadRecords() {
  if (records?.qid === person.qid) return;
  const qid = person.qid;
  fillRecords();
  try {
    const answer = await portal(`/portal/api/people/${encodeURIComponent(qid)}/health-records`);
    if (person?.qid !== qid) return;
    records = { qid, items: choosable(answer) };
    fillRecords();
  } catch (e) {
    notify($('feedback-result'), `${t('feedback.record.error')} ${explain(e)}`);
  }
}

/** Shows the fields the chosen category asks for: a venue, or a health record. */
function followCategory() {
  const category = $('feedback-category').value;
  show($('feedback-venue-field'), category === 'VENUE_NOT_COMPLYING');
  $('feedback-venue').required = category === 'VENUE_NOT_COMPLYING';
  show($('feedback-record-field'), category === 'WRONG_HEALTH_RECORD');
  $('feedback-record').required = category === 'WRONG_HEALTH_RECORD';
  if (category === 'WRONG_HEALTH_RECORD' && person) loadRecords();
}

function count() {
  $('feedback-text-count').textContent = t('feedback.text.count', { n: $('feedback-text').value.length, max: MAX_TEXT });
}

/** What is wrong with the chosen photo before it is sent, or null. */
function photoProblem(file) {
  if (!file) return null;
  if (file.type && !PHOTO_TYPES.includes(file.type)) return t('feedback.photo.notAccepted');
  if (file.size > MAX_PHOTO_BYTES) return t('feedback.photo.tooLarge', { mb: (file.size / 1_048_576).toFixed(1) });
  return null;
}

function checkPhoto() {
  const form = $('feedback-form');
  clearFieldErrors(form);
  const problem = photoProblem($('feedback-photo').files[0]);
  if (problem) showFieldErrors(form, { errors: [{ field: 'photo', message: problem }] });
  return !problem;
}

function body() {
  const data = new FormData();
  const category = $('feedback-category').value;
  data.set('category', category);
  data.set('text', $('feedback-text').value.trim());
  if (category === 'VENUE_NOT_COMPLYING') {
    const typed = $('feedback-venue').value;
    data.set('venueCode', venueCodeFrom(typed) ?? typed.trim());
  }
  if (category === 'WRONG_HEALTH_RECORD') data.set('recordId', $('feedback-record').value);
  if ($('feedback-commune').value) data.set('communeCode', $('feedback-commune').value);
  const photo = $('feedback-photo').files[0];
  if (photo) data.set('photo', photo, photo.name);
  return data;
}

/** The refusal in words, with what to do; a refused photo is also named beside its input. */
function refused(e) {
  const form = $('feedback-form');
  const photo = e.status === 413 ? 'feedback.photo.tooLargeServer' : e.status === 415 ? 'feedback.photo.notAccepted' : null;
  if (photo) {
    showFieldErrors(form, { errors: [{ field: 'photo', message: t(photo, { mb: Math.round((e.problem.maxBytes || MAX_PHOTO_BYTES) / 1_048_576) }) }] });
    return t(`feedback.error.${e.status}`);
  }
  if (e.status === 429) return t('feedback.error.429');
  const beside = showFieldErrors(form, e.problem);
  return beside ? t('common.error.fixFields') : explain(e);
}

function busy(on) {
  sending = on;
  const button = $('feedback-submit');
  button.disabled = on;
  button.setAttribute('aria-busy', String(on));
  button.textContent = t(on ? 'feedback.sending' : 'feedback.submit');
}

function sent(answer, focus = true) {
  lastSent = answer;
  const box = $('feedback-result');
  const notice = document.createElement('p');
  notice.className = 'notice ok';
  notice.setAttribute('role', 'status');
  const number = document.createElement('strong');
  number.id = 'feedback-tracking';
  number.textContent = answer.trackingNumber;
  notice.append(t('feedback.sent.before'), number, t('feedback.sent.after', { due: dueDay(answer.dueAt) }));
  box.replaceChildren(notice);
  if (focus) focusOn(notice);
}

/** The form as new: the commune list follows the emptied province, the fields the emptied category. */
function empty(form) {
  form.reset();
  $('feedback-province').dispatchEvent(new Event('change'));
  followCategory();
  count();
}

async function onSubmit(event) {
  event.preventDefault();
  if (sending || !person) return; // a double tap sends one report
  const form = $('feedback-form');
  lastSent = null;
  notify($('feedback-result'), '');
  if (!checkPhoto()) return;
  busy(true);
  try {
    const sentBody = body();
    const answer = await sendOnce(`feedback:${person.qid}`, sentBody,
      (headers) => portal(path(), { method: 'POST', body: sentBody, headers }));
    empty(form);
    sent(answer);
    await showReports(person);
  } catch (e) {
    notify($('feedback-result'), refused(e));
    if (!form.querySelector('[aria-invalid]')) focusOn($('feedback-result').firstChild || $('feedback-result'));
  } finally {
    busy(false);
  }
}

/** Wires the form once. */
export function startFeedback() {
  fillCategories($('feedback-category'), 'feedback.category.choose', { except: FROM_ACCESS_LOG });
  $('feedback-category').addEventListener('change', followCategory);
  $('feedback-text').addEventListener('input', count);
  $('feedback-photo').addEventListener('change', checkPhoto);
  $('feedback-form').addEventListener('submit', onSubmit);
  count();
}

/** Draws what was loaded again in the current language. */
export function relabelFeedback() {
  fillCategories($('feedback-category'), 'feedback.category.choose', { except: FROM_ACCESS_LOG });
  if (records) fillRecords();
  if (!sending) busy(false);
  count();
  if (lastSent) sent(lastSent, false);
  relabelReports();
}

/** An empty form and this person's reports. */
export function showFeedback(chosen) {
  person = chosen;
  const form = $('feedback-form');
  empty(form);
  clearFieldErrors(form);
  lastSent = null;
  notify($('feedback-result'), '');
  return showReports(chosen);
}
