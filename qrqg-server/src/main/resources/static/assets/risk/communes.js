// A province's communes as a table that sorts by any column (a button in each header; the
// header says how it is sorted, aria-sort). A commune's name opens its weekly trend.
import { t } from '/assets/i18n.js';
import { when } from '/assets/citizen/portal-api.js';
import { formatFigure, levelLabel, levelNumber, sortValue } from '/assets/risk/levels.js';

let table;
let rows = [];
let onPick;
let sort = { key: 'code', ascending: true };
let selected = null;

const KEYS = {
  code: (item) => item.code,
  name: (item) => item.name,
  level: (item) => item.level ?? null,
  computedLevel: (item) => item.computedLevel ?? null,
  declaredLevel: (item) => item.declaredLevel ?? item.declared?.level ?? null,
  casesPerWeek: (item) => sortValue(item.casesPerWeek),
  casesPer100k: (item) => sortValue(item.casesPer100k),
  coverage: (item) => (item.coverage ? Number(Boolean(item.coverage.met)) : null),
};

function compare(a, b) {
  const x = KEYS[sort.key](a);
  const y = KEYS[sort.key](b);
  if (x === y) return a.code.localeCompare(b.code);
  if (x === null) return 1; // no value last, either way
  if (y === null) return -1;
  const order = typeof x === 'string' ? x.localeCompare(y, 'vi') : x - y;
  return sort.ascending ? order : -order;
}

function lines(...texts) {
  const el = document.createElement('td');
  texts.filter(Boolean).forEach((text, i) => {
    if (i > 0) el.append(document.createElement('br'));
    el.append(text);
  });
  return el;
}

function declared(item) {
  const d = item.declared;
  if (!d) return lines(levelNumber(item.declaredLevel ?? null));
  return lines(levelNumber(d.level), t('risk.declared.decision', { number: d.decisionNumber, from: when(d.from, false) }),
    d.reason);
}

function coverage(item) {
  const c = item.coverage;
  if (!c) return lines('—');
  const measures = (c.measures || []).map((m) => t('risk.coverage.measure', {
    doses: t(`risk.coverage.doses.${m.doses}`), minAge: m.minAge,
    percent: m.percent === null || m.percent === undefined ? '—' : `${formatFigure(m.percent, 1)} %`,
    target: `${formatFigure(m.targetPercent, 1)} %`,
  }));
  return lines(t(c.met ? 'risk.coverage.met' : 'risk.coverage.notMet'), ...measures);
}

function row(item) {
  const tr = document.createElement('tr');
  tr.dataset.code = item.code;
  tr.classList.toggle('selected', item.code === selected);
  const name = document.createElement('button');
  name.type = 'button';
  name.className = 'link';
  name.textContent = item.name;
  name.addEventListener('click', () => onPick(item));
  const header = document.createElement('th');
  header.scope = 'row';
  header.append(name);
  const level = document.createElement('td');
  level.append(levelLabel(item.level ?? null));
  tr.append(lines(item.code), header, level, lines(levelNumber(item.computedLevel ?? null)), declared(item),
    lines(formatFigure(item.casesPerWeek)), lines(formatFigure(item.casesPer100k, 1)), coverage(item));
  return tr;
}

function draw() {
  table.querySelectorAll('th[data-sort]').forEach((th) => {
    if (th.dataset.sort === sort.key) th.setAttribute('aria-sort', sort.ascending ? 'ascending' : 'descending');
    else th.removeAttribute('aria-sort');
  });
  table.tBodies[0].replaceChildren(...[...rows].sort(compare).map(row));
}

/** Wires the headers' sort buttons once; pick(item) when a commune's name is chosen. */
export function startCommuneTable(communeTable, pick) {
  table = communeTable;
  onPick = pick;
  table.querySelectorAll('th[data-sort]').forEach((th) => {
    th.querySelector('button').addEventListener('click', () => {
      sort = { key: th.dataset.sort, ascending: sort.key === th.dataset.sort ? !sort.ascending : true };
      draw();
    });
  });
}

/** Shows these communes (items of GET /api/v1/risk/levels, scope commune), the chosen one marked. */
export function showCommunes(items, selectedCode = null) {
  rows = items;
  selected = selectedCode;
  draw();
}

/** Draws again, in the page's new language. */
export function redrawCommunes() {
  draw();
}
