// "Forwarded to source systems" (GET /api/v1/feedback/forwarded): each system that pushed records
// reported wrong, how many of its reports are open and corrected, and its reports as a CSV file.
// The CSV needs the official's token, which a link cannot carry: the page reads it and saves it.
import { t } from '/assets/i18n.js';

function cell(...content) {
  const td = document.createElement('td');
  td.append(...content);
  return td;
}

/** Saves blob as a file named name, as a download link would. */
export function save(blob, name) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The file name of a source's CSV: feedback-<source>-<day>.csv. */
export function csvName(source, day) {
  return `feedback-${String(source).replace(/[^0-9A-Za-z_-]/g, '_')}-${day}.csv`;
}

/** Fills the table's body; download(item, button) fetches and saves one source's CSV. */
export function drawForwarded(table, items, download) {
  table.tBodies[0].replaceChildren(...items.map((item) => {
    const row = document.createElement('tr');
    row.dataset.source = item.source;
    const name = document.createElement('th');
    name.scope = 'row';
    name.textContent = item.name ? `${item.name} (${item.source})` : item.source;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'button secondary';
    button.textContent = t('feedback.forwarded.download');
    button.setAttribute('aria-label', t('feedback.forwarded.downloadOf', { name: item.name || item.source }));
    button.addEventListener('click', () => download(item, button));
    row.append(name, cell(String(item.open ?? 0)), cell(String(item.corrected ?? 0)), cell(button));
    return row;
  }));
}
