// The chosen person's exposure alerts (docs/portal.md, "Exposure alerts"): an active one first on
// the page, above the QR, as a banner no one can miss (what, where, when, what to do); the past and
// withdrawn ones in the history. Only what the API answers is shown: never the case nor anyone else.
import { currentLanguage, t } from '/assets/i18n.js';
import { explain, notify, portal, when } from '/assets/citizen/portal-api.js';

/**
 * How long after the exposure's end an alert is shown as active, for F1 and F2 alike: the 14 days
 * for which tracing follows an F1's own visits (docs/tracing.md, second-level-for), the span of the
 * quarantine and health watch that F1 and F2 alerts asked for.
 */
export const ACTIVE_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;

let shown = null; // { alerts, places: Map(venueCode → the venue's public facts) }
let loading = null; // the latest showAlerts call: an earlier one that answers late draws nothing

function element(tag, text, className) {
  const el = document.createElement(tag);
  if (text !== undefined) el.textContent = text;
  if (className) el.className = className;
  return el;
}

function recent(alert, now) {
  return Date.parse(alert.to) + ACTIVE_DAYS * DAY_MS > now;
}

/** Whether the alert still asks something of its person: not withdrawn, and its exposure recent. */
export function isActive(alert, now = Date.now()) {
  return !alert.withdrawn && recent(alert, now);
}

/** Where: the venue's name, and its commune and province when its public facts could be read; or the vehicle. */
function place(alert) {
  if (alert.reason === 'TRAVEL' || !alert.venue) return [t('alerts.vehicle', { vehicle: alert.vehicleNumber || '' })];
  const name = alert.venue.name || t('alerts.venueCode', { code: alert.venue.code });
  const facts = shown.places.get(alert.venue.code);
  return facts ? [name, [facts.communeName, facts.provinceName].filter(Boolean).join(', ')] : [name];
}

/** When: from–to in Vietnam's time, in the page's language. */
function period(alert) {
  const format = new Intl.DateTimeFormat(currentLanguage() === 'en' ? 'en-GB' : 'vi-VN',
    { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  try {
    return format.formatRange(new Date(alert.from), new Date(alert.to));
  } catch {
    return `${when(alert.from)} – ${when(alert.to)}`;
  }
}

function facts(alert) {
  const list = element('dl');
  const where = element('dd');
  place(alert).forEach((line, i) => where.append(i ? element('span', line, 'alert-commune') : element('span', line)));
  list.append(element('dt', t('alerts.where')), where, element('dt', t('alerts.when')), element('dd', period(alert)));
  return list;
}

function banner(alert, index) {
  const level = alert.level === 'F1' ? 'F1' : 'F2';
  const box = element('section', undefined, `alert-banner alert-${level.toLowerCase()}`);
  box.setAttribute('role', 'alert');
  box.dataset.level = level;
  const heading = element('h3');
  heading.id = `alert-heading-${index}`;
  const icon = element('span', '⚠', 'alert-icon');
  icon.setAttribute('aria-hidden', 'true');
  heading.append(icon, element('span', t(`alerts.heading.${level}`)));
  box.setAttribute('aria-labelledby', heading.id);
  const advice = currentLanguage() === 'en' ? alert.advice?.en : alert.advice?.vi;
  box.append(heading, facts(alert), element('h4', t('alerts.todo')), element('p', advice || '', 'alert-advice'));
  return box;
}

function historyItem(alert) {
  const item = element('li', undefined, alert.withdrawn ? 'alert-past withdrawn' : 'alert-past');
  item.append(element('p', t(`alerts.heading.${alert.level === 'F1' ? 'F1' : 'F2'}`), 'alert-past-level'), facts(alert),
    element('p', alert.withdrawn ? t('alerts.status.withdrawn') : t('alerts.status.ended', { days: ACTIVE_DAYS }),
      'alert-status'),
    element('p', t('alerts.issuedAt', { date: when(alert.issuedAt) }), 'hint'));
  return item;
}

function render(now = Date.now()) {
  const top = document.getElementById('alerts-now');
  const history = document.getElementById('alert-history');
  const active = shown.alerts.filter((a) => isActive(a, now));
  const byLevel = (a, b) => (a.level === b.level ? 0 : a.level === 'F1' ? -1 : 1); // F1 first, then newest first
  const banners = [...active].sort(byLevel).map(banner);
  // a withdrawn alert that would still be active says so at the top, calmly: its person was told to act on it
  const lifted = shown.alerts.filter((a) => a.withdrawn && recent(a, now)).map((a) => {
    const notice = element('p', t('alerts.withdrawnNotice', { level: a.level, place: place(a)[0], time: period(a) }),
      'notice alert-lifted');
    notice.setAttribute('role', 'status');
    return notice;
  });
  top.replaceChildren(...banners, ...lifted);
  const past = shown.alerts.filter((a) => !isActive(a, now));
  if (past.length) {
    const list = element('ol', undefined, 'alert-history');
    list.append(...past.map(historyItem));
    history.replaceChildren(list);
  } else {
    history.replaceChildren(element('p', t(shown.alerts.length ? 'alerts.noPast' : 'alerts.none'), 'hint'));
  }
}

/** Draws what was loaded again in the current language. */
export function relabelAlerts() {
  if (shown) render();
}

/** Loads and shows this person's alerts, with the public facts (commune, province) of their venues. */
export async function showAlerts(person) {
  const top = document.getElementById('alerts-now');
  const history = document.getElementById('alert-history');
  const ticket = {};
  loading = ticket;
  shown = null;
  top.replaceChildren();
  history.replaceChildren();
  try {
    const page = await portal(`/portal/api/people/${encodeURIComponent(person.qid)}/alerts`);
    const codes = [...new Set(page.items.filter((a) => a.venue?.code).map((a) => a.venue.code))];
    const read = await Promise.allSettled(codes.map((code) => portal(`/portal/api/venues/${encodeURIComponent(code)}`)));
    const places = new Map(codes.flatMap((code, i) => (read[i].status === 'fulfilled' ? [[code, read[i].value]] : [])));
    if (loading !== ticket) return;
    shown = { alerts: page.items, places };
    render();
  } catch (e) {
    if (loading === ticket) notify(top, `${t('alerts.error')} ${explain(e)}`);
  }
}
