// The admin page's "Feedback per week" (GET /api/v1/admin/feedback/counts): a Chart.js stacked bar
// chart (from /vendor/, as the risk map's trend) of each ISO week's reports by category, for the
// country or one province, and the same figures as tables, which is what a screen reader reads:
// per week (what the chart shows) and per province (the whole period).
import { currentLanguage, t } from '/assets/i18n.js';
import { when } from '/assets/citizen/portal-api.js';
import { loadProvinces, provinceName } from '/assets/citizen/areas.js';
import { loadScript } from '/assets/vendor.js';
import { CATEGORIES, categoryText } from '/assets/feedback/words.js';

// One colour a category (Okabe and Ito's palette, told apart with colour blindness too); the
// legend and the tables name them, so the colour is never the only sign.
const COLOURS = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9'];
const DAY_MS = 24 * 60 * 60 * 1000;
const $ = (id) => document.getElementById(id);

let counts = null; // the API's answer: {from, to, items: [{week, provinceCode, category, count}]}
let chart = null;

/** Every week's Monday from the one of from to to (YYYY-MM-DD), so that a week without reports shows 0. */
export function weeksBetween(from, to) {
  const start = new Date(`${from}T00:00:00Z`);
  start.setUTCDate(start.getUTCDate() - ((start.getUTCDay() + 6) % 7));
  const weeks = [];
  for (let day = start.getTime(); day <= Date.parse(`${to}T00:00:00Z`); day += 7 * DAY_MS) {
    weeks.push(new Date(day).toISOString().slice(0, 10));
  }
  return weeks;
}

/** Sums of the items by key(item) and category: Map(key → {category → n, total}). */
function tally(items, key) {
  const sums = new Map();
  items.forEach((item) => {
    const row = sums.get(key(item)) ?? { total: 0 };
    row[item.category] = (row[item.category] ?? 0) + item.count;
    row.total += item.count;
    sums.set(key(item), row);
  });
  return sums;
}

function cell(tag, text) {
  const el = document.createElement(tag);
  el.textContent = text;
  return el;
}

function header(table, first) {
  const row = document.createElement('tr');
  row.append(cell('th', first), ...CATEGORIES.map((c) => cell('th', categoryText(c))), cell('th', t('admin.feedback.total')));
  row.querySelectorAll('th').forEach((th) => { th.scope = 'col'; });
  table.tHead.replaceChildren(row);
}

function fill(table, rows) {
  table.tBodies[0].replaceChildren(...rows.map(([label, sums]) => {
    const row = document.createElement('tr');
    const name = cell('th', label);
    name.scope = 'row';
    row.append(name, ...CATEGORIES.map((c) => cell('td', String(sums?.[c] ?? 0))), cell('td', String(sums?.total ?? 0)));
    return row;
  }));
}

function shortDate(iso) {
  return new Intl.DateTimeFormat(currentLanguage() === 'en' ? 'en-GB' : 'vi-VN', { day: 'numeric', month: 'numeric',
    timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}

async function drawChart(weeks, byWeek) {
  const Chart = await loadScript('chart.umd.js', 'Chart');
  const ink = getComputedStyle(document.documentElement).getPropertyValue('--ink').trim();
  const datasets = CATEGORIES.map((category, i) => ({
    label: categoryText(category), data: weeks.map((week) => byWeek.get(week)?.[category] ?? 0),
    backgroundColor: COLOURS[i], borderColor: ink, borderWidth: 1,
  }));
  chart?.destroy();
  chart = new Chart($('feedback-chart'), {
    type: 'bar',
    data: { labels: weeks.map(shortDate), datasets },
    options: {
      animation: false, maintainAspectRatio: false,
      scales: { x: { stacked: true, title: { display: true, text: t('admin.feedback.weekAxis') } },
        y: { stacked: true, beginAtZero: true, grace: '5%', ticks: { precision: 0 }, title: { display: true, text: t('admin.feedback.countAxis') } } },
      plugins: { legend: { position: 'bottom' } },
    },
  });
}

/** Draws the chart and both tables for the chosen province (or the country), in the page's language. */
export async function drawCounts() {
  if (!counts) return;
  const province = $('feedback-province').value;
  const chosen = counts.items.filter((item) => !province || item.provinceCode === province);
  const weeks = weeksBetween(counts.from, counts.to);
  const byWeek = tally(chosen, (item) => item.week);
  const where = province ? provinceName(province) : t('admin.feedback.country');
  $('feedback-range').textContent = t('admin.feedback.range', { from: when(counts.from, false), to: when(counts.to, false), where });
  header($('feedback-weeks'), t('admin.feedback.week'));
  fill($('feedback-weeks'), weeks.map((week) => [t('admin.feedback.weekOf', { date: when(week, false) }), byWeek.get(week)]));
  $('feedback-weeks-caption').textContent = t('admin.feedback.weeksCaption', { where });
  const byProvince = tally(counts.items, (item) => item.provinceCode ?? '');
  header($('feedback-provinces'), t('admin.feedback.province'));
  fill($('feedback-provinces'), [...byProvince.entries()].sort((a, b) => b[1].total - a[1].total)
    .map(([code, sums]) => [code ? provinceName(code) : t('admin.feedback.noProvince'), sums]));
  const canvas = $('feedback-chart');
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', t('admin.feedback.chart', { where, weeks: weeks.length }));
  await drawChart(weeks, byWeek);
}

/** The province filter: the country, then the 34 provinces. */
async function fillProvinces() {
  const select = $('feedback-province');
  const chosen = select.value;
  const provinces = await loadProvinces();
  select.replaceChildren(new Option(t('admin.feedback.country'), ''), ...provinces.map((p) => new Option(p.name, p.code)));
  select.value = chosen;
}

/** Reads the last 12 weeks' counts with call (the operator's authorised api) and draws them. */
export async function loadCounts(call) {
  const [answer] = await Promise.all([call('/api/v1/admin/feedback/counts'), fillProvinces()]);
  counts = answer;
  await drawCounts();
}

/** Draws again after a language switch. */
export function relabelCounts() {
  if (!counts) return;
  fillProvinces().catch(() => {});
  drawCounts();
}
