// The admin page's "Unusual readers" (GET /api/v1/admin/audit/unusual-readers): per kind of reader
// (venue staff, officials) its usual level and threshold; the credentials above it; a Chart.js
// line chart (from /vendor/, as the feedback counts') of each one's different people per hour
// against its kind's threshold, and the same figures as a table, which is what a screen reader reads.
import { currentLanguage, t } from '/assets/i18n.js';
import { loadScript } from '/assets/vendor.js';
import { show } from '/assets/page.js';
import { formatTime } from '/assets/scan-result.js';
import { hoursAgo, instantOf } from '/assets/admin/audit-search.js';

// Okabe and Ito's palette, told apart with colour blindness too; the legend and tables name each line.
const COLOURS = ['#d55e00', '#0072b2', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#f0e442'];
const $ = (id) => document.getElementById(id);

let review = null; // the API's answer: {from, to, factor, floor, kinds: [{kind, …, flagged: [{…, hours}]}]}
let chart = null;

function cell(tag, text) {
  const el = document.createElement(tag);
  el.textContent = text;
  return el;
}

function bodyRow(header, texts) {
  const row = document.createElement('tr');
  const th = cell('th', header);
  th.scope = 'row';
  row.append(th, ...texts.map((text) => cell('td', text)));
  return row;
}

const number = (n) => new Intl.NumberFormat(currentLanguage() === 'en' ? 'en-GB' : 'vi-VN',
  { maximumFractionDigits: 1 }).format(n);
const kindName = (kind) => t(`admin.unusual.kind.${kind}`);
const readerName = (reader) => `${reader.appName ?? t('admin.unusual.unknownApp')} (${reader.clientId})`;

/** Every flagged credential with its kind, highest peak first within a kind. */
function flaggedReaders() {
  return review.kinds.flatMap((kind) => kind.flagged.map((reader) => ({ ...reader, kind })));
}

function hourLabel(iso) {
  return new Intl.DateTimeFormat(currentLanguage() === 'en' ? 'en-GB' : 'vi-VN', { timeZone: 'Asia/Ho_Chi_Minh',
    day: '2-digit', month: '2-digit', hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}

async function drawChart(readers, hours) {
  const Chart = await loadScript('chart.umd.js', 'Chart');
  const kinds = [...new Set(readers.map((reader) => reader.kind))];
  const datasets = readers.map((reader, i) => ({
    label: readerName(reader), data: reader.hours.map((hour) => hour.people),
    borderColor: COLOURS[i % COLOURS.length], backgroundColor: COLOURS[i % COLOURS.length], pointRadius: 2,
  })).concat(kinds.map((kind) => ({
    label: t('admin.unusual.thresholdOf', { kind: kindName(kind.kind) }), data: hours.map(() => kind.threshold),
    borderColor: '#555555', borderDash: [6, 4], pointRadius: 0, borderWidth: 2,
  })));
  chart?.destroy();
  chart = new Chart($('unusual-chart'), {
    type: 'line',
    data: { labels: hours.map(hourLabel), datasets },
    options: {
      animation: false, maintainAspectRatio: false,
      scales: { x: { title: { display: true, text: t('admin.unusual.hourAxis') } },
        y: { beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: t('admin.unusual.countAxis') } } },
      plugins: { legend: { position: 'bottom' } },
    },
  });
}

/** The hourly table: one row an hour, one column a credential, then each kind's threshold. */
function drawHours(readers, hours) {
  const kinds = [...new Set(readers.map((reader) => reader.kind))];
  const head = document.createElement('tr');
  head.append(cell('th', t('admin.unusual.hour')), ...readers.map((reader) => cell('th', readerName(reader))),
    ...kinds.map((kind) => cell('th', t('admin.unusual.thresholdOf', { kind: kindName(kind.kind) }))));
  head.querySelectorAll('th').forEach((th) => { th.scope = 'col'; });
  $('unusual-hours').tHead.replaceChildren(head);
  $('unusual-hours').tBodies[0].replaceChildren(...hours.map((hour, i) => bodyRow(hourLabel(hour),
    [...readers.map((reader) => String(reader.hours[i].people)), ...kinds.map((kind) => number(kind.threshold))])));
}

/** Draws the tables and the chart in the page's language. */
export async function drawUnusual() {
  if (!review) return;
  $('unusual-range').textContent = t('admin.unusual.range', { from: formatTime(review.from, true),
    to: formatTime(review.to, true), factor: number(review.factor), floor: review.floor });
  $('unusual-kinds').tBodies[0].replaceChildren(...review.kinds.map((kind) => bodyRow(kindName(kind.kind),
    [String(kind.credentialHours), number(kind.median), number(kind.threshold), String(kind.flaggedCount)])));
  const readers = flaggedReaders();
  show($('unusual-none'), readers.length === 0);
  show($('unusual-found'), readers.length > 0);
  $('unusual-flagged').tBodies[0].replaceChildren(...readers.map((reader) => {
    const row = bodyRow(readerName(reader), [kindName(reader.kind.kind), reader.operator ?? '—', reader.venueCode ?? '—',
      formatTime(reader.peakHour, true), String(reader.peakCount), number(reader.kind.threshold)]);
    row.dataset.clientId = reader.clientId;
    return row;
  }));
  if (readers.length === 0) return;
  const hours = readers[0].hours.map((hour) => hour.hour);
  drawHours(readers, hours);
  const canvas = $('unusual-chart');
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', t('admin.unusual.chart', { count: readers.length }));
  await drawChart(readers, hours);
}

/** Reads the review of the form's range (the last 24 hours unless chosen) with call and draws it. */
export async function loadUnusual(call) {
  if (!$('unusual-from').value) $('unusual-from').value = hoursAgo(24);
  const query = new URLSearchParams({ from: instantOf($('unusual-from').value) });
  if ($('unusual-to').value) query.set('to', instantOf($('unusual-to').value));
  review = await call(`/api/v1/admin/audit/unusual-readers?${query}`);
  await drawUnusual();
}
