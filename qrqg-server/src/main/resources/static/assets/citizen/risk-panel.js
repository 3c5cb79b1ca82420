// The chosen person's risk levels (docs/portal.md, "Risk levels"): Resolution 128's level today of
// the commune they live in and of the communes of the venues they checked in at lately, as the
// public map shows them, each commune linked to it (/risk.html#<code>). The level's number and name
// are always written beside its colour, never the colour alone.
import { t } from '/assets/i18n.js';
import { explain, notify, portal, when } from '/assets/citizen/portal-api.js';
import { LEVELS, levelClass, levelText } from '/assets/risk/levels.js';

let shown = null; // the portal's answer: { date, home, venues }
let loading = null; // the latest showRisk call: an earlier one that answers late draws nothing

function element(tag, text, className) {
  const el = document.createElement(tag);
  if (text !== undefined) el.textContent = text;
  if (className) el.className = className;
  return el;
}

function known(level) {
  return LEVELS.includes(level);
}

/** The commune's level: its text on its colour, and (withDeclared) whether the province declared it. */
function badge(commune, withDeclared = true) {
  const level = commune?.level;
  const box = element('span', undefined, 'person-risk-level');
  const colour = element('span', levelText(level), `risk-badge ${levelClass(level)}`);
  colour.dataset.level = known(level) ? String(level) : 'none';
  box.append(colour);
  if (withDeclared && commune?.declaredLevel != null) {
    box.append(element('span', known(commune.computedLevel)
      ? t('risk.declaredOver', { computed: levelText(commune.computedLevel) }) : t('risk.declared'), 'person-risk-declared'));
  }
  return box;
}

/** The commune's name, linked to it on the public map. */
function onTheMap(commune) {
  const link = element('a', commune.name);
  link.href = `/risk.html#${encodeURIComponent(commune.code)}`;
  return link;
}

function homePanel(home) {
  if (!home) return element('p', t('risk.home.unknown'), 'hint');
  const list = element('dl', undefined, 'person-risk-home');
  const place = element('dd');
  place.append(onTheMap(home));
  const level = element('dd');
  level.append(badge(home));
  list.append(element('dt', t('risk.home')), place, element('dt', t('risk.levelToday')), level);
  return list;
}

/** Each venue, newest first: its name and commune, the commune's level, when the person was last there. */
function venuesList(venues) {
  if (!venues.length) return element('p', t('risk.venues.none'), 'hint');
  const list = element('ul', undefined, 'person-risk-venues');
  venues.forEach((venue) => {
    const where = element('p');
    where.append(element('strong', venue.venueName || venue.venueCode), ' · ',
      venue.commune ? onTheMap(venue.commune) : '—');
    const item = element('li');
    item.append(where, badge(venue.commune, false),
      element('p', t('risk.lastCheckIn', { date: when(venue.lastCheckInAt) }), 'hint'));
    list.append(item);
  });
  return list;
}

function render() {
  document.getElementById('risk-home').replaceChildren(homePanel(shown.home));
  document.getElementById('risk-venues').replaceChildren(venuesList(shown.venues));
  document.getElementById('risk-date').textContent = t('risk.date', { date: when(shown.date, false) });
}

/** Draws what was loaded again in the current language. */
export function relabelRisk() {
  if (shown) render();
}

/** Loads and shows the levels of this person's commune and recent venues. */
export async function showRisk(person) {
  const home = document.getElementById('risk-home');
  const ticket = {};
  loading = ticket;
  shown = null;
  ['risk-home', 'risk-venues', 'risk-date'].forEach((id) => document.getElementById(id).replaceChildren());
  try {
    const answer = await portal(`/portal/api/people/${encodeURIComponent(person.qid)}/risk`);
    if (loading !== ticket) return;
    shown = answer;
    render();
  } catch (e) {
    if (loading === ticket) notify(home, `${t('risk.error')} ${explain(e)}`);
  }
}
