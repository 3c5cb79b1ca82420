// What the officials' page draws from answers: the public level of a commune or province after an
// action, as the risk map shows it (levels named, never colour alone), and today's declarations.
import { onClick } from '/assets/actions.js';
import { t } from '/assets/i18n.js';
import { when } from '/assets/citizen/portal-api.js';
import { levelLabel, levelNumber, levelText } from '/assets/risk/levels.js';

function term(list, field, label, ...values) {
  const dt = document.createElement('dt');
  dt.textContent = label;
  const dd = document.createElement('dd');
  dd.dataset.field = field;
  values.filter(Boolean).forEach((value, i) => {
    if (i > 0) dd.append(document.createElement('br'));
    dd.append(value);
  });
  list.append(dt, dd);
}

function decision(declared) {
  return t('risk.declared.decision', { number: declared.decisionNumber, from: when(declared.from, false) });
}

/** "Đã công bố …" / "Đã gỡ …" / "Đã ghi năng lực điều trị …": what the action did. */
function done(outcome) {
  const params = { name: outcome.name, level: outcome.level ? levelText(outcome.level) : '' };
  return t(`officials.outcome.${outcome.action}`, params);
}

/**
 * Fills box with what was done and the area's public level (item of GET /api/v1/risk/levels, or
 * null when the map has none yet), and a link to it on the map.
 */
export function drawOutcome(box, outcome) {
  const said = document.createElement('p');
  said.className = 'notice ok';
  said.textContent = done(outcome);
  const list = document.createElement('dl');
  list.className = 'officials-outcome';
  const item = outcome.item;
  term(list, 'level', t('risk.col.level'), levelLabel(item?.level ?? null));
  term(list, 'computedLevel', t('risk.col.computed'), levelNumber(item?.computedLevel ?? null));
  if (outcome.code.length === 5) {
    const d = item?.declared;
    term(list, 'declared', t('risk.col.declared'), ...(d ? [levelNumber(d.level), decision(d), d.reason] : ['—']));
  } else {
    const met = item?.capacityMet;
    term(list, 'capacityMet', t('officials.capacity.title'),
      met === null || met === undefined ? '—' : t(`officials.capacity.met.${met}`));
  }
  const link = document.createElement('a');
  link.id = 'outcome-link';
  link.href = `/risk.html#${outcome.code}`;
  link.textContent = t('officials.outcome.link', { name: outcome.name });
  box.replaceChildren(said, list, link);
}

/** Fills the table's body with today's declarations, each with a button that lifts it. */
export function drawDeclared(table, items, lift) {
  table.tBodies[0].replaceChildren(...items.map((item) => {
    const tr = document.createElement('tr');
    tr.dataset.code = item.communeCode;
    const name = document.createElement('th');
    name.scope = 'row';
    name.textContent = `${item.communeName ?? item.communeCode} (${item.communeCode})`;
    const level = document.createElement('td');
    level.append(levelLabel(item.level), document.createElement('br'),
      decision({ decisionNumber: item.decisionNumber, from: item.effectiveFrom }));
    const reason = document.createElement('td');
    reason.textContent = item.reason;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'button secondary';
    button.textContent = t('officials.declared.lift');
    button.setAttribute('aria-label', t('officials.declared.liftOf', { name: item.communeName ?? item.communeCode }));
    onClick(button, () => lift(item));
    const action = document.createElement('td');
    action.append(button);
    tr.append(name, level, reason, action);
    return tr;
  }));
}
