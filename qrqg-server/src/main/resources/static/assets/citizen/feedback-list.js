// The chosen person's reports, newest first (GET /portal/api/people/{qid}/feedback): the tracking
// number, category and status in words, the dates, what was sent and its photo; an answer stands
// out in its own box with its heading in words (never by colour alone), and a record the source
// system corrected since says so.
import { t } from '/assets/i18n.js';
import { explain, notify, portal, when } from '/assets/citizen/portal-api.js';
import { categoryText, dueDay, statusBadge } from '/assets/feedback/words.js';

let shown = null; // { qid, items } as the API answered them
let loading = null; // the latest showReports call: an earlier one that answers late draws nothing

function element(tag, text, className) {
  const el = document.createElement(tag);
  if (text !== undefined && text !== null) el.textContent = text;
  if (className) el.className = className;
  return el;
}

function term(list, label, value) {
  list.append(element('dt', label), element('dd', value));
}

function photo(qid, item) {
  const src = `/portal/api/people/${encodeURIComponent(qid)}/feedback/${encodeURIComponent(item.trackingNumber)}/photo`;
  const link = element('a', undefined, 'feedback-photo-link');
  link.href = src;
  link.target = '_blank';
  link.rel = 'noopener';
  const image = element('img', undefined, 'feedback-photo');
  image.src = src;
  image.loading = 'lazy';
  image.alt = t('feedback.photo.alt', { number: item.trackingNumber });
  link.append(image);
  return link;
}

function answer(item) {
  const box = element('div', undefined, 'feedback-answer');
  const heading = element('p', undefined, 'feedback-answer-title');
  const icon = element('span', '✉', 'feedback-answer-icon');
  icon.setAttribute('aria-hidden', 'true');
  heading.append(icon, element('span', t('feedback.answer.title', { date: when(item.answer.answeredAt) })));
  box.append(heading, element('p', item.answer.text, 'feedback-answer-text pre-line'));
  return box;
}

function report(qid, item) {
  const li = element('li', undefined, 'feedback-item');
  li.dataset.tracking = item.trackingNumber;
  li.dataset.status = item.status;
  const head = element('p', undefined, 'feedback-head');
  head.append(element('strong', item.trackingNumber, 'feedback-number'), ' ', statusBadge(item.status));
  const facts = element('dl', undefined, 'feedback-facts');
  term(facts, t('feedback.list.category'), categoryText(item.category));
  term(facts, t('feedback.list.sent'), when(item.createdAt));
  if (item.status === 'RECEIVED' || item.status === 'IN_PROGRESS') term(facts, t('feedback.list.due'), dueDay(item.dueAt));
  if (item.venue) term(facts, t('feedback.list.venue'), `${item.venue.name || ''} (${item.venue.code})`.trim());
  if (item.closedAt) term(facts, t('feedback.list.closed'), when(item.closedAt));
  li.append(head, facts);
  if (item.answer) li.append(answer(item)); // what the person waits for, first
  if (item.recordCorrectedAt) {
    const corrected = element('p', undefined, 'feedback-corrected');
    const icon = element('span', '✓ ', 'feedback-corrected-icon');
    icon.setAttribute('aria-hidden', 'true');
    corrected.append(icon, t('feedback.corrected', { date: when(item.recordCorrectedAt) }));
    li.append(corrected);
  }
  if (item.text) li.append(element('p', t('feedback.list.text'), 'feedback-sent-title'), element('p', item.text, 'feedback-text pre-line'));
  if (item.hasPhoto) li.append(photo(qid, item));
  return li;
}

/** Draws the loaded reports (again, after a language switch). */
export function drawReports() {
  const box = document.getElementById('feedback-list');
  if (!shown) return;
  if (!shown.items.length) {
    box.replaceChildren(element('p', t('feedback.list.none'), 'hint'));
    return;
  }
  const list = element('ol', undefined, 'feedback-list');
  list.append(...shown.items.map((item) => report(shown.qid, item)));
  box.replaceChildren(list);
}

export function relabelReports() {
  drawReports();
}

/** Loads and shows this person's reports. */
export async function showReports(person) {
  const box = document.getElementById('feedback-list');
  const ticket = {};
  loading = ticket;
  if (shown?.qid !== person.qid) {
    shown = null;
    box.replaceChildren();
  }
  try {
    const page = await portal(`/portal/api/people/${encodeURIComponent(person.qid)}/feedback`);
    if (loading !== ticket) return;
    shown = { qid: person.qid, items: page.items };
    drawReports();
  } catch (e) {
    if (loading !== ticket) return;
    shown = null;
    notify(box, `${t('feedback.list.error')} ${explain(e)}`);
  }
}
