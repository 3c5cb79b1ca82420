// A commune's or province's last weeks (GET /api/v1/risk/history): a chart (Chart.js, from
// /vendor/) of the level that applied and the cases per 100,000, and the same figures as a table,
// which is what a screen reader reads. A suppressed figure ("< 4.1") is a gap in the chart.
import { currentLanguage, t } from '/assets/i18n.js';
import { when } from '/assets/citizen/portal-api.js';
import { loadScript } from '/assets/vendor.js';
import { formatFigure, levelColour, levelNumber, levelText } from '/assets/risk/levels.js';

let chart = null;

function cell(text) {
  const td = document.createElement('td');
  td.textContent = text;
  return td;
}

function fillTable(table, points) {
  table.tBodies[0].replaceChildren(...points.map((point) => {
    const row = document.createElement('tr');
    row.append(cell(when(point.date, false)), cell(levelText(point.level ?? null)),
      cell(levelNumber(point.computedLevel ?? null)), cell(formatFigure(point.casesPerWeek)),
      cell(formatFigure(point.casesPer100k, 1)));
    return row;
  }));
}

/** "19/10": the week's last day, short enough for the axis (the table has the full date). */
function shortDate(iso) {
  return new Intl.DateTimeFormat(currentLanguage() === 'en' ? 'en-GB' : 'vi-VN', { day: 'numeric', month: 'numeric',
    timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}

async function drawChart(canvas, points) {
  const Chart = await loadScript('chart.umd.js', 'Chart');
  const ink = getComputedStyle(document.documentElement).getPropertyValue('--ink').trim();
  const brand = getComputedStyle(document.documentElement).getPropertyValue('--link').trim();
  const data = {
    labels: points.map((point) => shortDate(point.date)),
    datasets: [
      { type: 'bar', label: t('risk.trend.level'), yAxisID: 'level', data: points.map((p) => p.level ?? null),
        backgroundColor: points.map((p) => levelColour(p.level ?? null)), borderColor: ink, borderWidth: 1 },
      { type: 'line', label: t('risk.col.casesPer100k'), yAxisID: 'cases', borderColor: brand, backgroundColor: brand,
        data: points.map((p) => (typeof p.casesPer100k === 'number' ? p.casesPer100k : null)), spanGaps: false },
    ],
  };
  const options = {
    animation: false, maintainAspectRatio: false,
    scales: {
      level: { position: 'left', min: 0, max: 4, ticks: { stepSize: 1, callback: (v) => (v ? levelNumber(v) : '') },
        title: { display: true, text: t('risk.trend.levelAxis') } },
      cases: { position: 'right', beginAtZero: true, grid: { drawOnChartArea: false },
        title: { display: true, text: t('risk.trend.casesAxis') } },
    },
    plugins: { legend: { display: false }, tooltip: { callbacks: { label: (item) => (item.dataset.yAxisID === 'level'
      ? levelText(item.raw) : `${item.dataset.label}: ${formatFigure(item.raw, 1)}`) } } },
  };
  chart?.destroy();
  chart = new Chart(canvas, { data, options });
}

/** Shows history (the API's answer) in the chart and the table; the chart waits for Chart.js. */
export async function showTrend(canvas, table, history) {
  fillTable(table, history.points);
  canvas.setAttribute('aria-label', t('risk.trend.chart', { name: history.name, weeks: history.points.length }));
  canvas.setAttribute('role', 'img');
  await drawChart(canvas, history.points);
}
