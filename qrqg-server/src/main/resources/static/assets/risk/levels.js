// Resolution 128's levels as the risk map writes them: the number and the name beside the
// colour, never the colour alone; figures in the page's language, "< 5" (a count too small to
// publish) kept as such; commune names compared as people type them.
import { currentLanguage, t } from '/assets/i18n.js';

export const LEVELS = [1, 2, 3, 4];

function known(level) {
  return LEVELS.includes(level);
}

/** 'risk-1' … 'risk-4', or 'risk-none' when there is no level: the class of its colour in portal.css. */
export function levelClass(level) {
  return known(level) ? `risk-${level}` : 'risk-none';
}

/** The colour of a level, as portal.css defines it (--risk-1 … --risk-none). */
export function levelColour(level) {
  return getComputedStyle(document.documentElement).getPropertyValue(`--${levelClass(level)}`).trim();
}

/** "Cấp 3 – Nguy cơ cao", or "Chưa có số liệu" when there is no level. */
export function levelText(level) {
  return known(level) ? t('risk.level', { n: level, name: t(`risk.level.${level}`) }) : t('risk.level.none');
}

/** "Cấp 3" alone, or "—". */
export function levelNumber(level) {
  return known(level) ? t('risk.level.short', { n: level }) : '—';
}

/** The level's swatch (decorative) followed by its text. */
export function levelLabel(level) {
  const label = document.createElement('span');
  label.className = 'risk-level';
  const swatch = document.createElement('span');
  swatch.className = `swatch ${levelClass(level)}`;
  swatch.setAttribute('aria-hidden', 'true');
  label.append(swatch, levelText(level));
  label.dataset.level = known(level) ? String(level) : 'none';
  return label;
}

/** A figure in the page's language: 3.4 → "3,4" in Vietnamese; "< 4.1" → "< 4,1"; null → "—". */
export function formatFigure(value, digits = 0) {
  if (value === null || value === undefined) return '—';
  const format = (n) => new Intl.NumberFormat(currentLanguage() === 'en' ? 'en-GB' : 'vi-VN',
    { maximumFractionDigits: digits }).format(n);
  if (typeof value === 'number') return format(value);
  const below = /^<\s*([\d.]+)$/.exec(String(value));
  return below ? `< ${format(Number(below[1]))}` : String(value);
}

/** A figure to sort by: "< 5" just under 5, null as null. */
export function sortValue(value) {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value;
  const below = /^<\s*([\d.]+)$/.exec(String(value));
  return below ? Number(below[1]) - 1e-6 : null;
}

/**
 * A name as compared by the search: tone marks dropped (NFD, whatever style of marks it was
 * typed in: "Hoà" and "Hòa" alike), đ as d, lower case, spaces collapsed, and the kind of unit
 * in front ("Phường", "Xã", "Đặc khu", "Thị trấn") left out.
 */
export function searchKey(name) {
  return String(name).normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase()
    .replace(/\s+/g, ' ').trim().replace(/^(phuong|xa|dac khu|thi tran) /, '');
}
