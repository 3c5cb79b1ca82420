// The public risk map (/risk.html): each province's level on a day (Resolution 128) on a map and
// in a table, a province's communes, a search by commune name and a weekly trend. It reads the
// public /api/v1/risk/** endpoints only: no sign-in. See docs/portal.md, "Risk map".
import { api } from '/assets/api.js';
import { onLanguageChange, t } from '/assets/i18n.js';
import { focusOn, show, startPage, todayInVietnam } from '/assets/page.js';
import { problemMessage } from '/assets/problems.js';
import { when } from '/assets/citizen/portal-api.js';
import { colourMap, drawLegend, drawMap, relabelMap, selectOnMap } from '/assets/risk/map.js';
import { fillProvinceTable } from '/assets/risk/provinces.js';
import { redrawCommunes, showCommunes, startCommuneTable } from '/assets/risk/communes.js';
import { findCommunes, showResults } from '/assets/risk/search.js';
import { showTrend } from '/assets/risk/trend.js';

const $ = (id) => document.getElementById(id);
const WEEKS = 8;
// ?date=YYYY-MM-DD opens that day (a shared link), #<code> a commune or province; the picker keeps
// the address in step
const shared = new URLSearchParams(location.search).get('date');
let date = /^\d{4}-\d{2}-\d{2}$/.test(shared ?? '') ? shared : todayInVietnam();
let day = null; // the day's levels of the provinces: {date, assessedOn, criteria, items}
let open = null; // the province whose communes are shown: {code, name, commune}
let trendCode = null;
let trend = null; // the weeks shown: the history endpoint's answer
let everyCommune = null; // the day's levels of all communes, read on the first search
const asked = { day: 0, communes: 0, trend: 0 }; // only the latest answer of each is shown

function levels(params) {
  return api(`/api/v1/risk/levels?${new URLSearchParams({ date, ...params })}`);
}

function fail(e) {
  $('notice').textContent = problemMessage(e);
  show($('notice'));
}

function provinceName(code) {
  return day?.items.find((item) => item.code === code)?.name ?? code;
}

function drawDay() {
  $('assessed').textContent = day.assessedOn
    ? t('risk.assessed', { date: when(day.assessedOn, false), criteria: day.criteria?.name ?? '—' })
    : t('risk.notAssessed', { date: when(day.date, false) });
  drawLegend($('legend'), day.items);
  fillProvinceTable($('province-table'), day.items, (code) => openProvince(code));
  colourMap(day.items);
}

async function openProvince(code, { commune = null, focus = true } = {}) {
  const ask = ++asked.communes;
  open = { code, name: provinceName(code), commune };
  selectOnMap(code);
  try {
    const answer = await levels({ scope: 'commune', provinceCode: code });
    if (ask !== asked.communes) return;
    open.items = answer.items;
    drawCommunes();
    show($('communes'));
    if (focus) focusOn($('communes-title'));
  } catch (e) {
    fail(e);
  }
  if (!commune) await showTrendOf(code, false);
}

function drawCommunes() {
  $('communes-title').textContent = t('risk.communes.title', { name: open.name });
  $('communes-caption').textContent = t('risk.communes.caption', { name: open.name, n: open.items.length,
    date: when(date, false) });
  $('province-trend').textContent = t('risk.trend.ofProvince', { name: open.name });
  showCommunes(open.items, open.commune);
}

async function showTrendOf(code, focus = true) {
  const ask = ++asked.trend;
  trendCode = code;
  try {
    const answer = await api(`/api/v1/risk/history?${new URLSearchParams({ code, weeks: WEEKS, date })}`);
    if (ask !== asked.trend) return;
    trend = answer;
    show($('trend'));
    await drawTrend();
    if (focus) focusOn($('trend-title'));
  } catch (e) {
    fail(e);
  }
}

function drawTrend() {
  $('trend-title').textContent = t('risk.trend.title', { name: trend.name, weeks: trend.points.length });
  return showTrend($('trend-chart'), $('trend-table'), trend);
}

async function pickCommune(item) {
  await openProvince(item.provinceCode, { commune: item.code, focus: false });
  $('commune-table').querySelector(`tr[data-code="${item.code}"] button`)?.focus();
  await showTrendOf(item.code, false);
}

/** #<code>, as the citizen page links a commune: that commune in its province's table, or that province. */
async function openLinked() {
  const code = /^#(\d{2}|\d{5})$/.exec(location.hash)?.[1];
  if (!code) return;
  if (code.length === 2) {
    await openProvince(code);
    return;
  }
  await showTrendOf(code, false); // its weeks name its province
  if (trend?.code !== code) return;
  await openProvince(trend.provinceCode, { commune: code, focus: false });
  $('commune-table').querySelector(`tr[data-code="${code}"] button`)?.focus();
}

async function search() {
  const query = $('search').value;
  const found = await (everyCommune ??= levels({ scope: 'commune' }).then((answer) => answer.items))
    .then((items) => findCommunes(items, query))
    .catch((e) => {
      everyCommune = null;
      fail(e);
      return [];
    });
  if (query === $('search').value) {
    showResults($('search-results'), $('search-status'), found, { query, provinceName, pick: pickCommune });
  }
}

async function loadDay() {
  const ask = ++asked.day;
  show($('notice'), false);
  everyCommune = null;
  let answer;
  try {
    answer = await levels({ scope: 'province' });
  } catch (e) {
    if (ask === asked.day) fail(e);
    return;
  }
  if (ask !== asked.day) return; // another day was asked for meanwhile
  day = answer;
  drawDay();
  if (open) await openProvince(open.code, { commune: open.commune, focus: false });
  if (trendCode && trendCode !== open?.code) await showTrendOf(trendCode, false);
  if ($('search').value.trim()) await search();
}

async function startMap() {
  try {
    await drawMap($('map'), await api(`/api/v1/risk/provinces.geojson?date=${date}`), (code) => openProvince(code));
    if (day) colourMap(day.items);
    if (open) selectOnMap(open.code);
  } catch (e) {
    fail(e);
    toggleTable(true); // the table shows what the map would
  }
}

function toggleTable(visible = $('province-table-box').hidden) {
  show($('province-table-box'), visible);
  const button = $('table-toggle');
  button.setAttribute('aria-expanded', String(visible));
  button.dataset.i18n = visible ? 'risk.table.hide' : 'risk.table.show';
  button.textContent = t(button.dataset.i18n);
}

await startPage('risk');
$('date').value = date;
startCommuneTable($('commune-table'), (item) => {
  open.commune = item.code;
  drawCommunes();
  showTrendOf(item.code);
});
$('date-form').addEventListener('submit', (event) => {
  event.preventDefault();
  date = $('date').value || todayInVietnam();
  window.history.replaceState(null, '', `?date=${date}${location.hash}`);
  loadDay();
});
$('table-toggle').addEventListener('click', () => toggleTable());
$('province-trend').addEventListener('click', () => showTrendOf(open.code));
let typing;
$('search').addEventListener('input', () => {
  clearTimeout(typing);
  typing = setTimeout(search, 250);
});
$('search-form').addEventListener('submit', (event) => {
  event.preventDefault();
  search();
});
onLanguageChange(() => {
  relabelMap($('map'));
  if (day) drawDay();
  if (open?.items) drawCommunes();
  if (trend) drawTrend();
  if ($('search').value.trim() && everyCommune) search();
});
window.addEventListener('hashchange', openLinked);
await Promise.all([loadDay().then(openLinked), startMap()]);
