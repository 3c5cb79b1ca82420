// The chosen person's COVID card (colour, reason, until when) and their vaccinations and tests.
import { t } from '/assets/i18n.js';
import { explain, notify, portal, when } from '/assets/citizen/portal-api.js';
import { keptNotice } from '/assets/citizen/offline.js';

const COLOURS = { GREEN: 'result-green', YELLOW: 'result-yellow', RED: 'result-red' };

function element(tag, text, className) {
  const el = document.createElement(tag);
  if (text !== undefined) el.textContent = text;
  if (className) el.className = className;
  return el;
}

function cardPanel(card) {
  const colour = card.colour in COLOURS ? card.colour : 'NONE';
  const panel = element('div', undefined, `result covid-card ${COLOURS[colour] || 'result-neutral'}`);
  panel.dataset.colour = colour;
  panel.append(element('p', t(`covid.colour.${colour}`), 'result-title'),
    element('p', card.validUntil ? t('covid.until', { date: when(card.validUntil) }) : t('covid.noEnd'), 'result-subtitle'));
  const reason = element('dl');
  reason.append(element('dt', t('covid.reason')), element('dd', card.reason || ''));
  panel.append(reason, element('p', t('covid.evaluatedAt', { date: when(card.evaluatedAt) }), 'next-step'));
  return panel;
}

function table(headers, rows) {
  const wrap = element('div', undefined, 'table-scroll');
  const tableEl = element('table');
  const head = element('tr');
  headers.forEach((h) => head.append(Object.assign(element('th', h), { scope: 'col' })));
  tableEl.append(element('thead'), element('tbody'));
  tableEl.tHead.append(head);
  rows.forEach((cells) => {
    const row = element('tr');
    cells.forEach((cell) => row.append(element('td', cell ?? '')));
    tableEl.tBodies[0].append(row);
  });
  wrap.append(tableEl);
  return wrap;
}

function recordsPanel(records) {
  const parts = [element('h4', t('covid.vaccinations'))];
  const doses = records.vaccinations || [];
  parts.push(doses.length ? table([t('covid.date'), t('covid.product'), t('covid.site')], doses.map((v) => [
    when(v.date, false), `${t('covid.dose', { n: v.doseNumber })}: ${v.productName || v.product}`, v.site]))
    : element('p', t('covid.noVaccinations'), 'hint'));
  parts.push(element('h4', t('covid.tests')));
  const tests = records.tests || [];
  parts.push(tests.length ? table([t('covid.date'), t('covid.testType'), t('covid.result'), t('covid.lab')],
    tests.map((test) => [when(test.sampledAt), t(`covid.testType.${test.type}`), t(`covid.result.${test.result}`), test.lab]))
    : element('p', t('covid.noTests'), 'hint'));
  (records.recoveries || []).forEach((r) => parts.push(element('p', t('covid.recovered', { date: when(r.recoveredAt, false) }))));
  return parts;
}

let shown = null;
let kept = null;

function render() {
  document.getElementById('covid-card').replaceChildren(cardPanel(shown.card));
  if (shown.records) document.getElementById('health-records').replaceChildren(...recordsPanel(shown.records));
}

/** Draws what was loaded again in the current language, then the card again: its reason comes in that language. */
export function relabelHealth() {
  if (!shown) return;
  render();
  kept?.relabel();
  const showing = shown;
  portal(`${shown.base}/covid-card`).then((card) => {
    if (shown === showing) {
      shown = { ...shown, card };
      render();
    }
  }).catch(() => { /* offline, or it failed: the card shown stays, in the language it came in */ });
}

/**
 * Loads and shows the card and, unless offline (only the card is kept for offline display),
 * the records, each failing on its own.
 */
export async function showHealth(person, { offline = false } = {}) {
  const cardBox = document.getElementById('covid-card');
  const recordsBox = document.getElementById('health-records');
  const base = `/portal/api/people/${encodeURIComponent(person.qid)}`;
  kept ??= keptNotice(document.getElementById('covid-offline'), (url) => url.endsWith('/covid-card'),
    'offline.cardNotKept');
  kept.showing(`${base}/covid-card`);
  shown = null;
  recordsBox.replaceChildren();
  const [card, records] = await Promise.allSettled([portal(`${base}/covid-card`),
    offline ? Promise.resolve(null) : portal(`${base}/health-records`)]);
  if (card.status === 'fulfilled') {
    shown = { card: card.value, records: records.status === 'fulfilled' ? records.value : null, base };
    render();
  } else if (card.reason?.code === 'offline-not-kept') {
    cardBox.replaceChildren();
  } else {
    notify(cardBox, `${t('covid.error')} ${explain(card.reason)}`);
  }
  if (records.status === 'rejected') notify(recordsBox, explain(records.reason));
}
