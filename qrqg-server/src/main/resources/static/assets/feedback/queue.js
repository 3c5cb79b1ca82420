// The officials' queue (GET /api/v1/feedback): the filters as a query, and the reports of a page as
// table rows, each tracking number a button that opens the report. An overdue report is marked in
// words and by a sign and a frame, not by colour alone.
import { onClick } from '/assets/actions.js';
import { t } from '/assets/i18n.js';
import { when } from '/assets/citizen/portal-api.js';
import { provinceName } from '/assets/citizen/areas.js';
import { categoryText, dueDay, statusBadge } from '/assets/feedback/words.js';

export const PAGE_SIZE = 50;

/** The query of GET /api/v1/feedback for the filter form and a page (from 0). */
export function queueQuery(form, page) {
  const query = new URLSearchParams();
  const statuses = [...form.querySelectorAll('input[name=status]:checked')].map((box) => box.value);
  if (statuses.length) query.set('status', statuses.join(','));
  const category = form.elements.category.value;
  if (category) query.set('category', category);
  const province = form.elements.provinceCode.value;
  if (province) query.set('provinceCode', province);
  if (form.elements.overdue.checked) query.set('overdue', 'true');
  query.set('sort', form.elements.sort.value || 'dueAt');
  query.set('page', String(page));
  query.set('size', String(PAGE_SIZE));
  return query;
}

function cell(...content) {
  const td = document.createElement('td');
  td.append(...content);
  return td;
}

/** "⚠ Quá hạn": an overdue report's badge, the word and a sign. */
export function overdueBadge() {
  const badge = document.createElement('span');
  badge.className = 'overdue-badge';
  const icon = document.createElement('span');
  icon.setAttribute('aria-hidden', 'true');
  icon.textContent = '⚠ ';
  badge.append(icon, t('feedback.overdue'));
  return badge;
}

/** The due day, with the overdue badge when the report is overdue. */
export function dueCell(summary) {
  const parts = [dueDay(summary.dueAt)];
  if (summary.overdue) parts.push(document.createElement('br'), overdueBadge());
  return parts;
}

/** Fills the table's body with the page's reports; open(trackingNumber) opens one. */
export function drawQueue(table, items, open, selected) {
  table.tBodies[0].replaceChildren(...items.map((item) => {
    const row = document.createElement('tr');
    row.dataset.tracking = item.trackingNumber;
    row.classList.toggle('overdue', Boolean(item.overdue));
    row.classList.toggle('selected', item.trackingNumber === selected);
    const number = document.createElement('th');
    number.scope = 'row';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'link feedback-open';
    button.textContent = item.trackingNumber;
    button.setAttribute('aria-label', t('feedback.queue.open', { number: item.trackingNumber }));
    onClick(button, () => open(item.trackingNumber));
    number.append(button);
    if (item.hasPhoto) {
      const photo = document.createElement('span');
      photo.className = 'hint feedback-has-photo';
      photo.textContent = t('feedback.queue.hasPhoto');
      number.append(document.createElement('br'), photo);
    }
    row.append(number, cell(categoryText(item.category)), cell(statusBadge(item.status)),
      cell(item.provinceCode ? provinceName(item.provinceCode) : t('feedback.nationwide')),
      cell(when(item.createdAt)), cell(...dueCell(item)));
    return row;
  }));
}
