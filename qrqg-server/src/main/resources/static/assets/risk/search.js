// Finds a commune anywhere in the country by its name, typed with or without tone marks and with
// or without "Phường"/"Xã" in front: the day's levels of all 3,321 communes are read once (GET
// /api/v1/risk/levels?scope=commune), then matched here as the user types.
import { t } from '/assets/i18n.js';
import { levelLabel, searchKey } from '/assets/risk/levels.js';

const SHOWN = 20;

/** Communes whose name holds the query: whole-name matches first, then those starting with it. */
export function findCommunes(items, query) {
  const key = searchKey(query);
  if (key.length < 2) return [];
  const rank = (name) => (name === key ? 0 : name.startsWith(key) ? 1 : 2);
  return items.map((item) => ({ item, name: searchKey(item.name) }))
    .filter(({ name }) => name.includes(key))
    .sort((a, b) => rank(a.name) - rank(b.name) || a.item.name.localeCompare(b.item.name, 'vi'))
    .map(({ item }) => item);
}

/**
 * Lists the communes matching query: one button each (name, province, level); pick(item) when
 * one is chosen. provinceName(code) names a province.
 */
export function showResults(list, status, found, { query, provinceName, pick }) {
  if (searchKey(query).length < 2) {
    status.textContent = query.trim() ? t('risk.search.tooShort') : '';
    list.replaceChildren();
    return;
  }
  status.textContent = found.length === 0 ? t('risk.search.none', { query })
    : found.length > SHOWN ? t('risk.search.some', { shown: SHOWN, n: found.length }) : t('risk.search.all', { n: found.length });
  list.replaceChildren(...found.slice(0, SHOWN).map((item) => {
    const entry = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.code = item.code;
    button.append(`${item.name}, ${provinceName(item.provinceCode)}: `, levelLabel(item.level ?? null));
    button.addEventListener('click', () => pick(item));
    entry.append(button);
    return entry;
  }));
}
