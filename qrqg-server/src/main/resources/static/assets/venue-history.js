// The venue's entries and exits of a day (Vietnam time): counts per hour as a bar chart (inline
// SVG drawn here, no library) and the list, a page at a time.
import { onClick, onSubmit } from '/assets/actions.js';
import { api } from '/assets/api.js';
import { onLanguageChange, t } from '/assets/i18n.js';
import { show, todayInVietnam } from '/assets/page.js';
import { problemMessage } from '/assets/problems.js';
import { formatTime } from '/assets/scan-result.js';

const SVG = 'http://www.w3.org/2000/svg';
const PAGE_SIZE = 50;
const $ = (id) => document.getElementById(id);
let owner;
let say;
let page = 0;
let last = null;

function svg(tag, attributes, text) {
  const el = document.createElementNS(SVG, tag);
  Object.entries(attributes).forEach(([name, value]) => el.setAttribute(name, value));
  if (text !== undefined) el.textContent = text;
  return el;
}

/** 24 pairs of bars (entries, exits), the hours under them, the tallest count on the left. */
function drawChart(counts) {
  const width = 480;
  const height = 200;
  const top = 16;
  const bottom = 30;
  const left = 30;
  const slot = (width - left) / 24;
  const max = Math.max(1, ...counts.map((c) => Math.max(c.in, c.out)));
  const scale = (height - top - bottom) / max;
  const totalIn = counts.reduce((sum, c) => sum + c.in, 0);
  const totalOut = counts.reduce((sum, c) => sum + c.out, 0);
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img',
    'aria-label': t('venue.history.chart', { in: totalIn, out: totalOut }) });
  chart.append(svg('line', { x1: left, y1: height - bottom, x2: width, y2: height - bottom, stroke: '#4a4a4a' }));
  chart.append(svg('text', { x: 0, y: top + 2, 'font-size': 16 }, String(max)));
  counts.forEach(({ hour, in: entries, out: exits }) => {
    const x = left + hour * slot;
    const barWidth = slot / 2 - 1;
    [[entries, 'in', x + 1], [exits, 'out', x + slot / 2]].forEach(([count, kind, barX]) => {
      const barHeight = count * scale;
      const bar = svg('rect', { x: barX, y: height - bottom - barHeight, width: barWidth, height: barHeight, class: kind });
      bar.dataset.hour = hour;
      bar.dataset.count = count;
      bar.append(svg('title', {}, t(`venue.history.bar.${kind}`, { hour, count })));
      chart.append(bar);
    });
    if (hour % 3 === 0) chart.append(svg('text', { x, y: height - 8, 'font-size': 16 }, `${hour}h`));
  });
  $('chart').replaceChildren(chart);
  $('history-totals').textContent = t('venue.history.totals', { in: totalIn, out: totalOut });
}

function drawList(history) {
  const rows = history.items.map((item) => {
    const row = document.createElement('tr');
    const person = item.person ? `${item.person.shortName ?? ''} (${item.person.birthYear ?? '?'})` : t('venue.history.unknown');
    [formatTime(item.occurredAt), t(`venue.history.direction.${item.direction}`), person,
      t(`venue.history.source.${item.source}`)].forEach((text) => {
      const td = document.createElement('td');
      td.textContent = text;
      row.append(td);
    });
    return row;
  });
  $('history-table').tBodies[0].replaceChildren(...rows);
  show($('history-prev'), history.page > 0);
  show($('history-next'), (history.page + 1) * history.size < history.total);
}

function draw() {
  if (!last) return;
  drawChart(last.counts);
  drawList(last);
}

async function load() {
  const day = $('h-day').value || todayInVietnam();
  try {
    last = await api(`/api/v1/venues/${encodeURIComponent(owner.venueCode)}/history?day=${day}&page=${page}&size=${PAGE_SIZE}`,
      { token: owner.ownerToken });
    draw();
    say('');
  } catch (e) {
    say(problemMessage(e));
  }
}

/** Shows the day's history of the signed-in owner's venue; say(message, tone) reports to the page. */
export function showHistory(signedIn, report) {
  owner = signedIn;
  say = report;
  page = 0;
  const form = $('history-form');
  if (!form.dataset.wired) {
    $('h-day').value = todayInVietnam();
    onSubmit(form, (event) => { event.preventDefault(); page = 0; return load(); });
    onClick($('history-prev'), () => { page -= 1; return load(); });
    onClick($('history-next'), () => { page += 1; return load(); });
    onLanguageChange(draw);
    form.dataset.wired = 'true';
  }
  return load();
}
