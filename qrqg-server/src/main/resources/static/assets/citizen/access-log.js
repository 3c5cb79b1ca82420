// "Who saw my data" (docs/privacy.md): the chosen person's access log, newest first, grouped by day
// in Vietnam's time, each read in one plain sentence (who, which fields, why) and its outcome, with
// "I don't recognise this", which opens a short form beside the read and sends an UNRECOGNISED_READ
// report linked to it (docs/feedback.md). The words come from the API, in the page's language.
import { onClick, sendOnce } from '/assets/actions.js';
import { currentLanguage, t } from '/assets/i18n.js';
import { focusOn } from '/assets/page.js';
import { explain, notify, portal } from '/assets/citizen/portal-api.js';
import { dueDay } from '/assets/feedback/words.js';
import { showReports } from '/assets/citizen/feedback-list.js';

const $ = (id) => document.getElementById(id);
let shown = null; // { person, items, total, page } for the chosen person
let loading = null; // the latest load: an earlier one that answers late draws nothing

function element(tag, text, className) {
  const el = document.createElement(tag);
  if (text !== undefined) el.textContent = text;
  if (className) el.className = className;
  return el;
}

const locale = () => (currentLanguage() === 'en' ? 'en-GB' : 'vi-VN');
const dayOf = (iso) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date(iso));

/** "Hôm nay — Thứ Hai, 7 tháng 12, 2026": a day's heading, Vietnam's calendar, the page's language. */
function dayHeading(day) {
  const date = new Date(`${day}T12:00:00+07:00`);
  const words = new Intl.DateTimeFormat(locale(), { timeZone: 'Asia/Ho_Chi_Minh', weekday: 'long', day: 'numeric',
    month: 'long', year: 'numeric' }).format(date);
  const today = dayOf(new Date().toISOString());
  const yesterday = dayOf(new Date(Date.now() - 86_400_000).toISOString());
  if (day === today) return t('accessLog.today', { date: words });
  if (day === yesterday) return t('accessLog.yesterday', { date: words });
  return words;
}

function time(iso) {
  return new Intl.DateTimeFormat(locale(), { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit',
    hourCycle: 'h23' }).format(new Date(iso));
}

/** Who read, as a person knows them: the venue, the app or the body, and who runs it. */
function who(reader) {
  const name = reader.name || t('accessLog.unknownReader');
  return reader.operator && reader.operator !== name ? `${name} (${reader.operator})` : name;
}

/** "14:05 — Công an phường X (Bộ Công an) đã xem họ tên, năm sinh. Lý do: Công an kiểm tra giấy tờ." */
function sentence(access) {
  const fields = access.fields.map((field) => field.words).join(', ');
  return t(fields ? 'accessLog.row' : 'accessLog.rowNoFields',
    { time: time(access.at), who: who(access.reader), fields, why: access.purpose.words });
}

function reportForm(access, item, button) {
  const form = element('form', undefined, 'access-report');
  const id = `access-report-${access.accessId}`;
  const label = element('label', t('accessLog.report.label'));
  label.htmlFor = id;
  const text = element('textarea');
  text.id = id;
  text.maxLength = 2000;
  text.required = true;
  text.value = t('accessLog.report.text', { read: sentence(access) });
  const send = element('button', t('accessLog.report.send'), 'button');
  send.type = 'submit';
  const cancel = element('button', t('accessLog.report.cancel'), 'button secondary');
  cancel.type = 'button';
  const result = element('div');
  result.setAttribute('aria-live', 'polite');
  form.append(label, text, element('div', undefined, 'actions'), result);
  form.querySelector('.actions').append(send, cancel);
  onClick(cancel, () => { form.remove(); button.hidden = false; button.focus(); });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (send.disabled) return;
    send.disabled = true;
    const person = shown.person;
    const body = new FormData();
    body.set('category', 'UNRECOGNISED_READ');
    body.set('accessId', access.accessId);
    body.set('text', text.value);
    try {
      const answer = await sendOnce(`unrecognised:${person.qid}:${access.accessId}`, body,
        (headers) => portal(`/portal/api/people/${encodeURIComponent(person.qid)}/feedback`,
          { method: 'POST', body, headers }));
      const done = element('p', t('accessLog.report.sent', { number: answer.trackingNumber, due: dueDay(answer.dueAt) }),
        'notice ok');
      done.setAttribute('role', 'status');
      form.replaceWith(done);
      focusOn(done);
      showReports(person);
    } catch (e) {
      notify(result, explain(e));
      send.disabled = false;
    }
  });
  item.append(form);
  text.focus(); // focusable already: focusOn would take it out of the Tab order
}

function row(access) {
  const item = element('li', undefined, 'access-read');
  item.dataset.accessId = access.accessId;
  item.append(element('p', sentence(access), 'access-sentence'),
    element('p', t('accessLog.outcome', { outcome: access.outcome.words }), 'hint'));
  const button = element('button', t('accessLog.notMe'), 'button secondary');
  button.type = 'button';
  button.setAttribute('aria-label', `${t('accessLog.notMe')}: ${sentence(access)}`);
  onClick(button, () => { button.hidden = true; reportForm(access, item, button); });
  item.append(button);
  return item;
}

function render() {
  const list = $('access-log');
  const more = $('access-log-more');
  if (!shown.items.length) {
    list.replaceChildren(element('p', t('accessLog.empty'), 'hint'));
    more.hidden = true;
    return;
  }
  const days = new Map();
  shown.items.forEach((access) => {
    const day = dayOf(access.at);
    if (!days.has(day)) days.set(day, []);
    days.get(day).push(access);
  });
  list.replaceChildren(...[...days].map(([day, reads]) => {
    const group = element('section', undefined, 'access-day');
    const heading = element('h4', dayHeading(day));
    heading.id = `access-day-${day}`;
    group.setAttribute('aria-labelledby', heading.id);
    const ordered = element('ol', undefined, 'access-reads');
    ordered.append(...reads.map(row));
    group.append(heading, ordered);
    return group;
  }));
  more.hidden = shown.items.length >= shown.total;
  more.textContent = t('accessLog.older');
}

async function load(person, page) {
  const ticket = {};
  loading = ticket;
  const answer = await portal(`/portal/api/people/${encodeURIComponent(person.qid)}/access-log?page=${page}`);
  if (loading !== ticket) return;
  const items = page === 0 ? answer.items : [...shown.items, ...answer.items];
  shown = { person, items, total: answer.total, page };
  render();
}

/** Loads and shows the first page of this person's log. */
export async function showAccessLog(person) {
  shown = { person, items: [], total: 0, page: 0 };
  notify($('access-log-result'), '');
  $('access-log').replaceChildren(element('p', t('common.loading'), 'hint'));
  $('access-log-more').hidden = true;
  try {
    await load(person, 0);
  } catch (e) {
    $('access-log').replaceChildren();
    notify($('access-log-result'), explain(e));
  }
}

/** Wires "older" once. */
export function startAccessLog() {
  onClick($('access-log-more'), async () => {
    if (!shown) return;
    try {
      await load(shown.person, shown.page + 1);
    } catch (e) {
      notify($('access-log-result'), explain(e));
    }
  });
}

/** Reads the log again in the page's language: its words come from the API. */
export function relabelAccessLog() {
  if (shown) showAccessLog(shown.person);
}
