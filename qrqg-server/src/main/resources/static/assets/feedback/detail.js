// One report as GET /api/v1/feedback/{trackingNumber} answers it, drawn for an official: its facts,
// what the person wrote, the person, the venue and its previous reports, the health record, the
// photo (an object URL of the bytes read with the official's token) and the answer.
import { onClick } from '/assets/actions.js';
import { t } from '/assets/i18n.js';
import { when } from '/assets/citizen/portal-api.js';
import { communeLabel, provinceName } from '/assets/citizen/areas.js';
import { categoryText, recordKindText, statusBadge } from '/assets/feedback/words.js';
import { dueCell, overdueBadge } from '/assets/feedback/queue.js';

function element(tag, text, className) {
  const el = document.createElement(tag);
  if (text !== undefined && text !== null) el.textContent = text;
  if (className) el.className = className;
  return el;
}

/** A definition list of [field, label, ...values] rows; a value may be text or an element. */
function facts(rows, className = 'feedback-facts') {
  const list = element('dl', undefined, className);
  rows.forEach(([field, label, ...values]) => {
    const dd = element('dd');
    dd.dataset.field = field;
    values.filter((v) => v !== null && v !== undefined && v !== '').forEach((value, i) => {
      if (i > 0) dd.append(' ');
      dd.append(value);
    });
    if (!dd.childNodes.length) dd.textContent = '—';
    list.append(element('dt', label), dd);
  });
  return list;
}

function part(heading, ...content) {
  const box = element('div', undefined, 'feedback-part');
  box.append(element('h3', heading), ...content);
  return box;
}

/** The venue's other reports, newest first, each a button that opens it. */
function previous(reports, open) {
  if (!reports?.length) return element('p', t('feedback.venue.noPrevious'), 'hint');
  const list = element('ul', undefined, 'feedback-previous');
  list.append(...reports.map((summary) => {
    const item = element('li');
    const button = element('button', summary.trackingNumber, 'link');
    button.type = 'button';
    onClick(button, () => open(summary.trackingNumber));
    item.append(button, ` · ${categoryText(summary.category)} · `, statusBadge(summary.status), ` · ${when(summary.createdAt)}`);
    if (summary.overdue) item.append(' ', overdueBadge());
    return item;
  }));
  return list;
}

function answerBox(answer) {
  const box = element('div', undefined, 'feedback-answer');
  const heading = element('p', undefined, 'feedback-answer-title');
  const icon = element('span', '✉', 'feedback-answer-icon');
  icon.setAttribute('aria-hidden', 'true');
  heading.append(icon, element('span', t('feedback.answer.title', { date: when(answer.answeredAt), by: answer.answeredBy || '—' })));
  box.append(heading, element('p', answer.text, 'feedback-answer-text pre-line'));
  return box;
}

/** The read of the person's data an UNRECOGNISED_READ report is about, in the API's words (docs/privacy.md). */
function readFacts(read) {
  if (!read.kept) {
    return facts([['readAt', t('feedback.detail.readAt'), when(read.at)],
      ['readGone', t('feedback.detail.readWho'), t('feedback.detail.readGone')]]);
  }
  const who = [read.reader?.name, read.reader?.operator].filter(Boolean).join(' — ');
  return facts([
    ['readAt', t('feedback.detail.readAt'), when(read.at)],
    ['readWho', t('feedback.detail.readWho'), who || '—'],
    ['readWhy', t('feedback.detail.readWhy'), read.purpose?.words || ''],
    ['readFields', t('feedback.detail.readFields'), (read.fields || []).map((f) => f.words).join(', ')],
    ['readOutcome', t('feedback.detail.readOutcome'), read.outcome?.words || ''],
    ['accessId', t('feedback.detail.accessId'), element('span', read.accessId, 'secret')],
  ]);
}

/** The names of the report's communes (its own, the person's, the venue's), read before it is drawn. */
export async function communeLabels(report) {
  const [commune, person, venue] = await Promise.all([report.communeCode, report.person?.communeCode,
    report.venue?.communeCode].map((code) => communeLabel(report.provinceCode, code)));
  return { commune, person, venue };
}

/**
 * Fills box with the report; labels are its communeLabels, photoUrl the object URL of its photo
 * (or null), open(number) opens another report (a previous one of the same venue).
 */
export function drawDetail(box, report, { labels, photoUrl, open }) {
  const where = report.provinceCode ? provinceName(report.provinceCode) : t('feedback.nationwide');
  const status = [statusBadge(report.status)];
  if (report.overdue) status.push(overdueBadge());
  const rows = [
    ['category', t('feedback.col.category'), categoryText(report.category)],
    ['status', t('feedback.col.status'), ...status],
    ['createdAt', t('feedback.col.created'), when(report.createdAt)],
    ['dueAt', t('feedback.col.due'), ...dueCell(report)],
    ['province', t('feedback.col.province'), where],
    ['assignee', t('feedback.detail.assignee'), report.assignee || t('feedback.detail.nobody')],
  ];
  if (report.communeCode) rows.push(['commune', t('feedback.detail.commune'), labels.commune]);
  if (report.forwardedTo) rows.push(['forwardedTo', t('feedback.detail.forwardedTo'), report.record?.sourceName || report.forwardedTo]);
  if (report.recordCorrectedAt) rows.push(['recordCorrectedAt', t('feedback.detail.corrected'), when(report.recordCorrectedAt)]);
  if (report.closedAt) rows.push(['closedAt', t('feedback.detail.closedAt'), when(report.closedAt)]);
  const parts = [facts(rows), part(t('feedback.detail.text'), element('p', report.text, 'feedback-text pre-line'))];

  const person = report.person;
  if (person) {
    parts.push(part(t('feedback.detail.person'), facts([
      ['qid', t('feedback.detail.qid'), element('span', person.qid, 'secret')],
      ['shortName', t('feedback.detail.shortName'), person.shortName],
      ['birthYear', t('feedback.detail.birthYear'), person.birthYear ? String(person.birthYear) : ''],
      ['personCommune', t('feedback.detail.commune'), labels.person],
    ])));
  }
  if (report.venue) {
    const v = report.venue;
    parts.push(part(t('feedback.detail.venue'), facts([
      ['venue', t('feedback.detail.venueName'), `${v.name || ''} (${v.code})`.trim()],
      ['venueCommune', t('feedback.detail.commune'), labels.venue],
    ]), element('h4', t('feedback.venue.previous')), previous(report.previousReports, open)));
  }
  if (report.record) {
    const r = report.record;
    parts.push(part(t('feedback.detail.record'), facts([
      ['recordKind', t('feedback.detail.recordKind'), recordKindText(r.kind)],
      ['source', t('feedback.detail.source'), r.sourceName ? `${r.sourceName} (${r.source})` : r.source],
      ['pushedAt', t('feedback.detail.pushedAt'), when(r.pushedAt)],
      ['recordId', t('feedback.detail.recordId'), element('span', r.recordId, 'secret')],
    ])));
  }
  if (report.read) parts.push(part(t('feedback.detail.read'), readFacts(report.read)));
  if (report.hasPhoto) {
    let photo;
    if (photoUrl) {
      photo = element('img', undefined, 'feedback-photo');
      photo.id = 'detail-photo';
      photo.src = photoUrl;
      photo.alt = t('feedback.detail.photoAlt', { number: report.trackingNumber });
    } else {
      photo = element('p', t('feedback.detail.photoError'), 'notice error');
    }
    parts.push(part(t('feedback.detail.photo'), photo));
  }
  parts.push(part(t('feedback.detail.answer'), report.answer ? answerBox(report.answer)
    : element('p', t('feedback.detail.noAnswer'), 'hint')));
  box.replaceChildren(...parts);
}
