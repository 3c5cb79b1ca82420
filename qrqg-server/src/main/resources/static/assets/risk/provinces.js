// The map as a table: every province with its level in words, what the map shows, for those
// who do not see the map or cannot click a polygon. A province's name opens its communes.
import { when } from '/assets/citizen/portal-api.js';
import { formatFigure, levelLabel } from '/assets/risk/levels.js';

function cell(tag, content) {
  const el = document.createElement(tag);
  el.append(content);
  return el;
}

/** Fills the table's body from the levels of a day (scope province); onPick(code) on a name. */
export function fillProvinceTable(table, items, onPick) {
  table.tBodies[0].replaceChildren(...items.map((item) => {
    const row = document.createElement('tr');
    row.dataset.code = item.code;
    const name = document.createElement('button');
    name.type = 'button';
    name.className = 'link';
    name.textContent = item.name;
    name.addEventListener('click', () => onPick(item.code));
    const header = cell('th', name);
    header.scope = 'row';
    row.append(cell('td', item.code), header, cell('td', levelLabel(item.level ?? null)),
      cell('td', formatFigure(item.casesPer100k, 1)), cell('td', item.since ? when(item.since, false) : '—'));
    return row;
  }));
}
