// Dates as Vietnamese write them, dd/mm/yyyy (and hh:mm), typed into plain text fields: a date
// input follows the browser's locale (mm/dd/yyyy on an English phone), which misleads here.

const DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const TIME = /^(\d{1,2})[:hg.](\d{2})$/;
const two = (n) => String(n).padStart(2, '0');

/** "3/1/1960" or "03/01/1960" → "1960-01-03"; null when it is no real day (30/02). */
export function parseDate(text) {
  const match = DATE.exec(String(text || '').trim());
  if (!match) return null;
  const [day, month, year] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${two(month)}-${two(day)}`;
}

/** "20/11/2021 14:30" → "2021-11-20T14:30" (no zone: the caller's); null when not that shape. */
export function parseDateTime(text) {
  const [date, time, extra] = String(text || '').trim().split(/\s+/);
  const day = parseDate(date);
  const match = TIME.exec(time || '');
  if (!day || !match || extra) return null;
  const [hour, minute] = match.slice(1).map(Number);
  if (hour > 23 || minute > 59) return null;
  return `${day}T${two(hour)}:${two(minute)}`;
}

/** "1960-01-03" → "03/01/1960". */
export function formatDate(iso) {
  const [year, month, day] = String(iso).slice(0, 10).split('-');
  return `${day}/${month}/${year}`;
}
