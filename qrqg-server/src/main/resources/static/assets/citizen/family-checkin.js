// Several of the account's people checked in at once (POST /portal/api/checkins): when the account
// has more than one person, the check-in form lists them to tick (the chosen person ticked), and
// the answer says each one's result in words.
import { sendOnce } from '/assets/actions.js';
import { ApiError } from '/assets/api.js';
import { onLanguageChange, t } from '/assets/i18n.js';
import { show } from '/assets/page.js';
import { explain, portal } from '/assets/citizen/portal-api.js';
import { describe, nameOf } from '/assets/citizen/people.js';

let everyone = [];

function choice(person, ticked) {
  const label = document.createElement('label');
  label.className = 'choice';
  const box = Object.assign(document.createElement('input'), { type: 'checkbox', name: 'qids', value: person.qid, checked: ticked });
  const name = document.createElement('span');
  name.textContent = `${nameOf(person)} (${describe(person)})`;
  label.append(box, name);
  return label;
}

/** The people to tick, shown only when the account has more than one; the chosen person ticked. */
export function offerPeople(people, chosen) {
  everyone = Array.isArray(people) ? people : [];
  const several = everyone.length > 1;
  document.getElementById('checkin-people-list')
    .replaceChildren(...(several ? everyone.map((person) => choice(person, person.qid === chosen.qid)) : []));
  show(document.getElementById('checkin-people'), several);
}

/** The ticked QIDs, in the order the list shows them; null when the list is not shown. */
export function tickedPeople() {
  const box = document.getElementById('checkin-people');
  if (box.hidden) return null;
  return [...box.querySelectorAll('input[name=qids]:checked')].map((input) => input.value);
}

function nameFor(qid) {
  const person = everyone.find((one) => one.qid === qid);
  return person ? nameOf(person) : t('checkin.family.someone');
}

/** Why one person was not checked in, in words. */
function refusal(problem) {
  const error = new ApiError(problem || {});
  return error.code === 'not-your-person' ? t('checkin.family.notYours') : explain(error);
}

/**
 * Checks the ticked people in or out at venueCode at once and says each one's result in container;
 * answers whether anybody was checked in. A refusal of the whole request (no such venue) throws.
 */
export async function checkInFamily(container, qids, venueCode, direction, checkedIn) {
  const body = { venueCode, direction, qids };
  const answer = await sendOnce('checkin:family', body, (headers) =>
    portal('/portal/api/checkins', { method: 'POST', body, headers }));
  const refused = answer.items.filter((item) => item.status !== 'CHECKED_IN').length;
  const notice = document.createElement('div');
  notice.className = `notice ${refused ? 'error' : 'ok'}`;
  notice.setAttribute('role', refused ? 'alert' : 'status');
  const summary = document.createElement('p');
  summary.textContent = refused
    ? t('checkin.family.someRefused', { refused, total: answer.items.length })
    : t('checkin.family.done', { total: answer.items.length });
  const list = document.createElement('ul');
  list.className = 'family-results';
  answer.items.forEach((item) => {
    const row = document.createElement('li');
    row.dataset.qid = item.qid;
    row.dataset.status = item.status;
    const what = item.status === 'CHECKED_IN' ? checkedIn(item.checkIn) : refusal(item.error);
    row.textContent = t('checkin.family.result', { name: nameFor(item.qid), result: what });
    list.append(row);
  });
  notice.append(summary, list);
  container.replaceChildren(notice);
  return refused < answer.items.length;
}

onLanguageChange(() => {
  document.querySelectorAll('#checkin-people-list input[name=qids]').forEach((input) => {
    const person = everyone.find((one) => one.qid === input.value);
    if (person) input.nextElementSibling.textContent = `${nameOf(person)} (${describe(person)})`;
  });
});
