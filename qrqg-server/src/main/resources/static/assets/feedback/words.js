// A report's category, status and record kind in words (common.json, feedback.*), shared by the
// citizen's feedback panel, the officials' page (/feedback.html) and the admin page's chart, so
// that all three name them alike. See docs/feedback.md for the values.
import { t } from '/assets/i18n.js';
import { when } from '/assets/citizen/portal-api.js';

export const CATEGORIES = ['WRONG_PERSONAL_DATA', 'WRONG_HEALTH_RECORD', 'WRONG_COVID_CARD', 'VENUE_NOT_COMPLYING',
  'APP_PROBLEM', 'OTHER', 'UNRECOGNISED_READ'];
/** Sent from a read of the person's access log ("I don't recognise this"), never chosen in the feedback form. */
export const FROM_ACCESS_LOG = ['UNRECOGNISED_READ'];
export const STATUSES = ['RECEIVED', 'IN_PROGRESS', 'ANSWERED', 'CLOSED'];

/** The text of key, or fallback when the dictionaries have none (a value the pages do not know yet). */
function known(key, fallback) {
  const text = t(key);
  return text === key ? fallback : text;
}

export function categoryText(category) {
  return known(`feedback.category.${category}`, category ?? '');
}

export function statusText(status) {
  return known(`feedback.status.${status}`, status ?? '');
}

/** A health record's kind (VACCINATION, TEST, RECOVERY) in words. */
export function recordKindText(kind) {
  return known(`feedback.recordKind.${kind}`, kind ?? '');
}

/** The status written on its own tone (the word says it, the tone only helps). */
export function statusBadge(status) {
  const badge = document.createElement('span');
  badge.className = `feedback-status status-${String(status).toLowerCase().replace(/_/g, '-')}`;
  badge.dataset.status = status;
  badge.textContent = statusText(status);
  return badge;
}

/** Fills select with an empty choice (its text the key emptyKey) and the six categories in words. */
export function fillCategories(select, emptyKey, { except = [] } = {}) {
  const chosen = select.value;
  select.replaceChildren(new Option(t(emptyKey), ''),
    ...CATEGORIES.filter((c) => !except.includes(c)).map((c) => new Option(categoryText(c), c)));
  select.value = chosen;
}

/**
 * The day a report is due: its dueAt is the end of a Vietnam day, so the instant just before it
 * names that day whether the API writes the day's last moment or the next day's first.
 */
export function dueDay(iso) {
  return iso ? when(new Date(Date.parse(iso) - 1).toISOString(), false) : '';
}
