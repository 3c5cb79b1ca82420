// The big result panel of a scan or a staff check-in: the outcome in words, the COVID card's
// colour and reason, and exactly the person's fields that the answer holds.
import { currentLanguage, t } from '/assets/i18n.js';

const PANEL = { VALID: 'green', SUPERSEDED: 'yellow', NOT_FOUND: 'neutral', UNSUPPORTED: 'neutral', VENUE: 'neutral' };
const CARD = { GREEN: 'green', YELLOW: 'yellow', RED: 'red' };

export function element(tag, className, text) {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined && text !== null) el.textContent = text;
  return el;
}

/** A time in Vietnam time, in the page's language. */
export function formatTime(iso, withDate = false) {
  if (!iso) return '';
  const options = { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit', second: '2-digit' };
  if (withDate) Object.assign(options, { day: '2-digit', month: '2-digit', year: 'numeric' });
  return new Intl.DateTimeFormat(currentLanguage() === 'vi' ? 'vi-VN' : 'en-GB', options).format(new Date(iso));
}

/** The words of prefix.value, else the value as it is. */
export function word(prefix, value) {
  const key = `${prefix}.${value}`;
  const text = t(key);
  return text === key ? String(value) : text;
}

/** An outcome's words for this kind of text when they differ (a venue code of no venue), else the outcome's. */
function outcomeWord(prefix, scan) {
  const specific = `${prefix}.${scan.outcome}.${scan.format}`;
  return t(specific) === specific ? word(prefix, scan.outcome) : t(specific);
}

function healthRecordsText(records) {
  const lines = [];
  (records.vaccinations || []).forEach((v) => lines.push(t('scan.vaccination',
    { dose: v.doseNumber, product: v.productName || v.product, date: v.date })));
  (records.tests || []).forEach((test) => lines.push(t('scan.test',
    { type: test.type, result: word('scan.testResult', test.result), date: formatTime(test.sampledAt, true) })));
  (records.recoveries || []).forEach((r) => lines.push(t('scan.recovery',
    { date: formatTime(r.recoveredAt || r.confirmedAt, true) })));
  return lines.length ? lines.join('\n') : t('scan.noRecords');
}

/** A calendar day (YYYY-MM-DD) in the page's language. */
function formatDay(day) {
  return new Intl.DateTimeFormat(currentLanguage() === 'vi' ? 'vi-VN' : 'en-GB',
    { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date(`${day}T00:00:00Z`));
}

/** What social insurance says today of the card: valid until when, expired since when, or unknown. */
function insuranceCardText(card) {
  return t(`scan.insuranceCard.${card.status}`, {
    from: card.validFrom ? formatDay(card.validFrom) : '', to: card.validTo ? formatDay(card.validTo) : '',
  });
}

function valueText(field, value) {
  if (value === null || value === undefined || value === '') return t('scan.unknown');
  if (field === 'gender') return word('scan.gender', value);
  if (field === 'healthRecords') return healthRecordsText(value);
  if (field === 'insuranceCard') return insuranceCardText(value);
  return String(value);
}

function personList(person) {
  const list = element('dl');
  Object.entries(person).filter(([field]) => field !== 'covidCard').forEach(([field, value]) => {
    list.append(element('dt', null, word('scan.field', field)));
    const dd = element('dd', null, valueText(field, value));
    dd.dataset.field = field;
    if (field === 'insuranceCard') dd.dataset.status = value?.status || '';
    if (field === 'healthRecords') dd.classList.add('pre-line');
    list.append(dd);
  });
  return list;
}

function covidCard(card) {
  const box = element('div', `card-badge badge-${CARD[card.colour] || 'neutral'}`);
  box.dataset.colour = card.colour;
  box.append(element('p', 'card-colour', t('scan.covidCard', { colour: word('scan.colour', card.colour) })));
  if (card.validUntil) box.append(element('p', null, t('scan.validUntil', { date: formatTime(card.validUntil, true) })));
  if (card.reason) box.append(element('p', 'card-reason', card.reason));
  return box;
}

/**
 * Why a text was refused, in the page's language, chosen by the outcome and for MALFORMED by the
 * answer's problem and field (the codec's stable names): never the server's English reason.
 */
export function reasonText(scan) {
  if (scan.outcome === 'UNSUPPORTED') return t('scan.reason.UNSUPPORTED');
  if (scan.outcome !== 'MALFORMED') return null;
  const known = (prefix, value) => (value && t(`${prefix}.${value}`) !== `${prefix}.${value}`
    ? t(`${prefix}.${value}`) : t(`${prefix}.unknown`));
  return t('scan.reason.MALFORMED', { field: known('scan.qrField', scan.field), problem: known('scan.problem', scan.problem) });
}

/** What a staff check-in's answer says was recorded, as the panel's subtitle. */
export function recordedText(checkIn) {
  return t(`scan.recorded.${checkIn.direction}`, { venue: checkIn.venue?.name || '', time: formatTime(checkIn.occurredAt) });
}

/** Starts panel for a scan answer: its colour, under subtitle when given, the outcome and the kind of text in words. */
export function startPanel(panel, scan, subtitle = null) {
  panel.replaceChildren();
  panel.className = `result result-${PANEL[scan.outcome] || 'red'}`;
  panel.dataset.outcome = scan.outcome;
  if (subtitle) panel.append(element('p', 'result-subtitle', subtitle));
  panel.append(element('h2', 'result-title', outcomeWord('scan.outcome', scan)));
  if (scan.format) panel.append(element('p', null, word('scan.format', scan.format)));
}

/** Ends panel with what to do next after this outcome. */
export function endPanel(panel, scan) {
  const next = outcomeWord('scan.next', scan);
  if (next !== scan.outcome) panel.append(element('p', 'next-step', next));
}

/** Fills panel with a scan answer ({outcome, format, person, venue, reason}), under subtitle when given. */
export function showScan(panel, scan, subtitle = null) {
  startPanel(panel, scan, subtitle);
  if (scan.venue) panel.append(element('p', 'result-venue', t('scan.venue', { name: scan.venue.name, code: scan.venue.venueCode })));
  const reason = reasonText(scan);
  if (reason) panel.append(element('p', 'result-reason', reason));
  if (scan.person?.covidCard) panel.append(covidCard(scan.person.covidCard));
  if (scan.person) panel.append(personList(scan.person));
  endPanel(panel, scan);
}

/** Fills panel with what went wrong (an ApiError or a message key) and what to do next. */
export function showError(panel, title, detail, nextStep) {
  panel.replaceChildren();
  panel.className = 'result result-error';
  panel.dataset.outcome = 'ERROR';
  panel.append(element('h2', 'result-title', title));
  if (detail) panel.append(element('p', null, detail));
  if (nextStep) panel.append(element('p', 'next-step', nextStep));
}
